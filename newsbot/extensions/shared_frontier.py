"""How a process of a shared crawl ends, and how the crawl's traces leave Redis.

With one frontier for N processes, an empty queue does not mean the crawl is
over: another process may be parsing a page that adds the next links. A
process therefore stays open until the queue has been empty, and the process
idle, for ``NEWSBOT_IDLE_CLOSE_SECONDS``. When it closes with the queue empty,
the crawl's duplicate filter is set to expire after ``NEWSBOT_REDIS_KEEP_SECONDS``
so that finished crawls do not pile up in Redis.
"""

from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.connection import get_redis_from_settings

logger = logging.getLogger(__name__)


class SharedFrontier:
    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.idle_close_seconds = settings.getfloat("NEWSBOT_IDLE_CLOSE_SECONDS")
        self.keep_seconds = settings.getint("NEWSBOT_REDIS_KEEP_SECONDS")
        self.idle_since: float | None = None

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.busy, signal=signals.response_received)
        crawler.signals.connect(extension.idle, signal=signals.spider_idle)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def busy(self):
        self.idle_since = None

    def idle(self):
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
            logger.info("The shared queue is empty: waiting up to %g s for other processes to add to it",
                        self.idle_close_seconds)
        if now - self.idle_since < self.idle_close_seconds:
            raise DontCloseSpider

    def closed(self, spider):
        settings = self.crawler.settings
        queue_key = settings.get("SCHEDULER_QUEUE_KEY") % {"spider": spider.name}
        dupefilter_key = settings.get("SCHEDULER_DUPEFILTER_KEY") % {"spider": spider.name}
        server = get_redis_from_settings(settings)
        # Redis deletes an emptied queue: no key, nothing left to crawl.
        if not server.exists(queue_key):
            server.expire(dupefilter_key, self.keep_seconds)
            logger.info("Shared crawl done: %s expires in %d s", dupefilter_key, self.keep_seconds)
        server.close()
