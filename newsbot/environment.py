"""Every environment variable newsbot reads, in one place: secrets and addresses, which stay out
of command lines, shell histories and Scrapyd's job lists.

Every other setting is given the way Scrapy takes settings: ``-s NAME=value``, a Scrapyd job's
``setting=NAME=value``, or the ``SCRAPY_*`` variables Scrapy reads itself. docs/settings.md lists
these (``python -m tests.settings_table`` writes the list from here). Standard library only:
``python -m newsbot.schedule`` runs without Scrapy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

#: Settings of newsbot/settings.py that a crawl takes from the environment when they are set there.
CRAWL_SETTINGS = {
    "MONGO_URI": "the MongoDB server, with its credentials",
    "NEWSBOT_REDIS_URL": "the Redis server of a shared frontier, with its password",
    "SPIDERMON_SMTP_PASSWORD": "the password of the alert mail server",
    "SPIDERMON_SLACK_SENDER_TOKEN": "the token of the Slack alerts",
    "SPIDERMON_TELEGRAM_SENDER_TOKEN": "the token of the Telegram alerts",
    "SPIDERMON_DISCORD_WEBHOOK_URL": "the Discord webhook of the alerts (its URL holds the token)",
    "NEWSBOT_ALERT_WEBHOOK_URL": "the webhook the alerts are posted to (its URL may hold a token)",
}
#: Read by the tools that deploy (scrapy.cfg) and schedule, not by a crawl.
SCRAPYD = {
    "SCRAPYD_URL": "the Scrapyd nodes, comma-separated (`make deploy`: one), no trailing slash",
    "SCRAPYD_USERNAME": "the Scrapyd user",
    "SCRAPYD_PASSWORD": "the Scrapyd password",
}
#: Prefixes of newsbot's own settings: one of them in the environment is meant for newsbot.
PROJECT_PREFIXES = ("NEWSBOT_", "MONGO_", "SPIDERMON_")


def crawl_settings(environ: Mapping[str, str]) -> dict[str, str]:
    """The settings of CRAWL_SETTINGS that the environment sets."""
    return {name: environ[name] for name in CRAWL_SETTINGS if name in environ}


def unread_settings(environ: Mapping[str, str], settings: Iterable[str]) -> list[str]:
    """Names of newsbot's own settings that the environment sets but a crawl does not read from there."""
    return sorted(name for name in settings
                  if name in environ and name.startswith(PROJECT_PREFIXES) and name not in CRAWL_SETTINGS)


def scrapyd_nodes(environ: Mapping[str, str]) -> list[str]:
    """The node URLs of SCRAPYD_URL."""
    return [url.strip() for url in environ.get("SCRAPYD_URL", "").split(",") if url.strip()]


def scrapyd_credentials(environ: Mapping[str, str]) -> tuple[str, str]:
    return environ.get("SCRAPYD_USERNAME", ""), environ.get("SCRAPYD_PASSWORD", "")
