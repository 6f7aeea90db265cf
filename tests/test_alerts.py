"""Monitors and alerts end to end: an unhealthy crawl sends exactly one email (to a real SMTP server on
127.0.0.1) and one webhook call naming its causes; a healthy crawl sends none."""

import json
import socket
import threading
from contextlib import contextmanager
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from harness.site.server import serve_replica
from harness.site.variants import variant
from tests.conftest import run_crawl


class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, mailbox
    finally:
        controller.stop()


@contextmanager
def webhook_server():
    received = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def alerts():
    with smtp_server() as (smtp_port, mailbox), webhook_server() as (hook, calls):
        settings = {"SPIDERMON_SMTP_HOST": "127.0.0.1", "SPIDERMON_SMTP_PORT": smtp_port,
                    "SPIDERMON_EMAIL_SENDER": "newsbot@example.org", "SPIDERMON_EMAIL_TO": "ops@example.org",
                    "NEWSBOT_ALERT_WEBHOOK_URL": hook, "NEWSBOT_RENDER": "never"}
        yield settings, mailbox.messages, calls


def causes_printed(result) -> list[str]:
    return [line.removeprefix("newsbot: unhealthy: ") for line in result.log.splitlines()
            if line.startswith("newsbot: unhealthy: ")]


@pytest.mark.crawl
def test_an_unhealthy_crawl_sends_one_email_and_one_webhook_call_naming_the_causes(tmp_path):
    with alerts() as (settings, mails, calls):
        with serve_replica(pages_dir=variant("challenge", tmp_path)) as base:
            result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings)
    assert result.returncode == 3
    causes = causes_printed(result)
    assert causes and causes[0].startswith("no article from ")
    assert len(mails) == 1
    recipients, mail = mails[0]
    assert recipients == ["ops@example.org"]
    assert mail["Subject"] == "newsbot: laodongthudo unhealthy"
    text = next(part for part in mail.walk() if part.get_content_type() == "text/plain")
    assert text.get_payload(decode=True).decode("utf-8").splitlines() == [f"- {cause}" for cause in causes]
    assert len(calls) == 1
    assert calls[0]["spider"] == "laodongthudo" and calls[0]["causes"] == causes


@pytest.mark.crawl
def test_a_healthy_crawl_sends_nothing(tmp_path):
    with alerts() as (settings, mails, calls):
        with serve_replica() as base:
            result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings)
    assert result.returncode == 0
    assert (mails, calls) == ([], [])


@pytest.mark.crawl
def test_a_failed_spidermon_monitor_joins_the_verdict_and_the_alert(tmp_path):
    with alerts() as (settings, mails, calls):
        with serve_replica() as base:
            result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                               settings={**settings, "SPIDERMON_MIN_ITEMS": "1000"})
    assert result.returncode == 3
    causes = causes_printed(result)
    assert len(causes) == 1 and causes[0].startswith("Extracted Items Monitor: ") and "1000" in causes[0]
    assert len(mails) == 1 and calls[0]["causes"] == causes


def test_each_alert_is_switched_on_by_its_setting_and_its_action_loads():
    from scrapy.settings import Settings
    from scrapy.utils.misc import load_object

    from newsbot.monitoring.monitors import ALERTS, alert_actions

    assert alert_actions(Settings({"SPIDERMON_SMTP_HOST": " "})) == []
    for setting, action in ALERTS.items():
        assert alert_actions(Settings({setting: "x"})) == [action]
        assert load_object(action).__name__ == action.rpartition(".")[2], "its package is installed"
