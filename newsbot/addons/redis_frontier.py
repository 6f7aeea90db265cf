"""``NEWSBOT_REDIS_URL``: the crawl's queue and duplicate filter in Redis, shared by N processes.

scrapy-redis provides the scheduler and the duplicate filter. The queue is
persistent (``SCHEDULER_PERSIST``): with scrapy-redis' default the first
process to close would wipe the frontier the others still work on. The keys
are named after the spider and ``NEWSBOT_CRAWL_ID``, so each scheduled run has
a frontier of its own. Start requests go through the shared duplicate filter:
whichever process starts first pushes them, the others find them seen.
"""

from __future__ import annotations

import re
import warnings
from urllib.parse import urlsplit

import redis
from scrapy.exceptions import ScrapyDeprecationWarning

from newsbot.addons import switched_on_by
from newsbot.extensions.shared_frontier import SharedFrontier

_CRAWL_ID = re.compile(r"[A-Za-z0-9._-]*")
CONNECT_TIMEOUT_SECONDS = 10


class FrontierError(Exception):
    """The shared frontier cannot be used as configured; the message is safe to print."""


def crawl_id_of(settings) -> str:
    crawl_id = settings.get("NEWSBOT_CRAWL_ID") or ""
    if not _CRAWL_ID.fullmatch(crawl_id):
        raise FrontierError(f"NEWSBOT_CRAWL_ID {crawl_id!r}: use letters, digits, '.', '_' and '-' only")
    return crawl_id


def check_frontier(settings) -> None:
    """Before a crawl with NEWSBOT_REDIS_URL: a usable crawl id and a Redis that answers."""
    url = (settings.get("NEWSBOT_REDIS_URL") or "").strip()
    if not url:
        return
    crawl_id_of(settings)
    where = urlsplit(url).netloc.rpartition("@")[2] or "?"
    try:
        with redis.Redis.from_url(url, socket_connect_timeout=CONNECT_TIMEOUT_SECONDS) as server:
            server.ping()
    except ValueError as exc:
        raise FrontierError(f"NEWSBOT_REDIS_URL is not a Redis URL ({exc})") from None
    except redis.RedisError as exc:
        raise FrontierError(f"Redis at {where} did not answer ({exc})") from None


def frontier_keys(crawl_id: str) -> dict[str, str]:
    """The Redis key templates (``%(spider)s`` filled in by scrapy-redis) of one shared crawl."""
    prefix = f"newsbot:%(spider)s:{crawl_id}" if crawl_id else "newsbot:%(spider)s"
    return {"SCHEDULER_QUEUE_KEY": f"{prefix}:requests", "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter"}


class RedisFrontier:
    def __init__(self, url: str, crawl_id: str):
        self.url = url
        self.crawl_id = crawl_id

    @classmethod
    def from_crawler(cls, crawler):
        return cls(switched_on_by(crawler.settings, "NEWSBOT_REDIS_URL"), crawl_id_of(crawler.settings))

    def update_settings(self, settings):
        frontier = {
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_PERSIST": True,
            "REDIS_URL": self.url,
            **frontier_keys(self.crawl_id),
        }
        for name, value in frontier.items():
            settings.set(name, value, priority="addon")
        settings.set_in_component_priority_dict("EXTENSIONS", SharedFrontier, 950)
        # scrapy-redis 0.9.1 (the latest) still passes spider= to the stats under Scrapy 2.19;
        # harmless, and it would count as a warning in every crawl's stats.
        warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, module=r"scrapy_redis\.")
