"""``NEWSBOT_REPORT=path``: the HTML run report (newsbot.report) written at the end of every crawl."""

from __future__ import annotations

import logging
from pathlib import Path

from pymongo.errors import PyMongoError
from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsbot import report
from newsbot.storage.mongo import StorageError

logger = logging.getLogger(__name__)


class ReportAtEnd:
    def __init__(self, crawler, path: Path):
        self.crawler = crawler
        self.path = path
        self.spider_name: str | None = None

    @classmethod
    def from_crawler(cls, crawler):
        path = (crawler.settings.get("NEWSBOT_REPORT") or "").strip()
        if not path:
            raise NotConfigured
        extension = cls(crawler, Path(path).expanduser())
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        self.spider_name = spider.name
        # Connected only now, after the run history and the feeds (whose storages are made when the
        # spider opens): the report then shows this run and the feed as it was left.
        self.crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    def engine_stopped(self):
        try:
            runs, articles = report.gather(self.crawler.settings, spider=self.spider_name)
        except (PyMongoError, StorageError) as exc:
            logger.warning("Run report not written: %s", str(exc).split("\n")[0])
            return
        report.write(self.path, runs, articles, spider=self.spider_name)
        logger.info("Run report written to %s", self.path)
