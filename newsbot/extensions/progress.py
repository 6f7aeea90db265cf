"""One progress line every ``NEWSBOT_PROGRESS_SECONDS``: pages fetched, articles stored, queue length,
failures, rate, and an ETA when the crawl has a bound (``CLOSESPIDER_ITEMCOUNT``/``PAGECOUNT``)."""

from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s"


def progress_line(stats: dict, queued: int, elapsed: float, item_bound: int, page_bound: int) -> str:
    pages = stats.get("response_received_count", 0)
    articles = stats.get("item_scraped_count", 0)
    failures = sum(v for k, v in stats.items() if k.startswith("newsbot/fetch_failed/"))
    rate = pages / elapsed * 60 if elapsed > 0 else 0.0
    line = (f"progress: {pages} pages fetched, {articles} articles stored, {queued} queued, "
            f"{failures} failures, {rate:.0f} pages/min")
    remaining = [(bound - done) / (done / elapsed)
                 for bound, done in ((item_bound, articles), (page_bound, pages)) if bound and done and elapsed > 0]
    if remaining:
        line += f", ETA {_duration(max(0.0, min(remaining)))}"
    return line


class Progress:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.item_bound = crawler.settings.getint("CLOSESPIDER_ITEMCOUNT")
        self.page_bound = crawler.settings.getint("CLOSESPIDER_PAGECOUNT")
        self.started = 0.0
        self.timer: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("NEWSBOT_PROGRESS_SECONDS")
        if interval <= 0:
            raise NotConfigured
        extension = cls(crawler, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        self.started = time.monotonic()
        self.timer = task.LoopingCall(self.log)
        self.timer.start(self.interval, now=False)

    def log(self):
        logger.info(progress_line(self.crawler.stats.get_stats(), self._queued(),
                                  time.monotonic() - self.started, self.item_bound, self.page_bound))

    def _queued(self) -> int:
        scheduler = self.crawler.engine.scheduler
        try:
            return len(scheduler) if scheduler is not None else 0
        except TypeError:  # a scheduler that cannot count its queue (a shared frontier may not)
            return 0

    def spider_closed(self, spider, reason):
        if self.timer is not None and self.timer.running:
            self.timer.stop()
