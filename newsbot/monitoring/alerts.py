"""Alerts newsbot sends itself: email over SMTP and a generic webhook.

spidermon's own SMTP action needs a user and a password and hands the message to Twisted,
which may still be sending when the crawl's reactor stops; this one sends with smtplib
before the crawl ends, with or without login. Both name every cause, one per line.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import urllib.request

from spidermon.contrib.actions.email import SendEmail
from spidermon.core.actions import Action
from spidermon.exceptions import NotConfigured

from newsbot.monitoring.monitors import failed_causes


def alert_text(spider_name: str, causes: list[str]) -> str:
    return "\n".join([f"newsbot: {spider_name} unhealthy", *(f"- {cause}" for cause in causes)])


class EmailAlert(SendEmail):
    body_html_template = None

    def __init__(self, *args, smtp_host=None, smtp_port=25, smtp_user=None, smtp_password=None,
                 smtp_tls=False, smtp_ssl=False, timeout=10.0, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.sender:
            raise NotConfigured("SPIDERMON_EMAIL_SENDER is not set")
        self.smtp_host, self.smtp_port = smtp_host, smtp_port
        self.smtp_user, self.smtp_password = smtp_user, smtp_password
        self.smtp_tls, self.smtp_ssl = smtp_tls, smtp_ssl
        self.timeout = timeout

    @classmethod
    def from_crawler_kwargs(cls, crawler):
        settings = crawler.settings
        return {
            **super().from_crawler_kwargs(crawler),
            "smtp_host": settings.get("SPIDERMON_SMTP_HOST"),
            "smtp_port": settings.getint("SPIDERMON_SMTP_PORT"),
            "smtp_user": settings.get("SPIDERMON_SMTP_USER") or None,
            "smtp_password": settings.get("SPIDERMON_SMTP_PASSWORD") or None,
            "smtp_tls": settings.getbool("SPIDERMON_SMTP_ENFORCE_TLS"),
            "smtp_ssl": settings.getbool("SPIDERMON_SMTP_ENFORCE_SSL"),
            "timeout": settings.getfloat("NEWSBOT_ALERT_TIMEOUT"),
        }

    def get_template_context(self):
        return {**super().get_template_context(), "causes": failed_causes(self.result)}

    def send_message(self, message, **kwargs):
        connect = smtplib.SMTP_SSL if self.smtp_ssl else smtplib.SMTP
        with connect(self.smtp_host, self.smtp_port, timeout=self.timeout) as smtp:
            if self.smtp_tls:
                smtp.starttls(context=ssl.create_default_context())
            if self.smtp_user:
                smtp.login(self.smtp_user, self.smtp_password or "")
            smtp.send_message(message, from_addr=self.sender, to_addrs=[*self.to, *(self.cc or []), *(self.bcc or [])])


class WebhookAlert(Action):
    """POSTs ``{"spider", "causes", "text"}`` as JSON to ``NEWSBOT_ALERT_WEBHOOK_URL``."""

    def __init__(self, url: str, timeout: float):
        super().__init__()
        self.url = url
        self.timeout = timeout

    @classmethod
    def from_crawler_kwargs(cls, crawler):
        return {"url": crawler.settings.get("NEWSBOT_ALERT_WEBHOOK_URL").strip(),
                "timeout": crawler.settings.getfloat("NEWSBOT_ALERT_TIMEOUT")}

    def run_action(self):
        spider = self.data.spider
        causes = failed_causes(self.result)
        body = {"spider": spider.name, "causes": causes, "text": alert_text(spider.name, causes)}
        request = urllib.request.Request(self.url, data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                                         headers={"Content-Type": "application/json; charset=utf-8"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            response.read()
