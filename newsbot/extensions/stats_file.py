"""Write a crawl's final stats to a JSON file (``NEWSBOT_STATS_FILE``), for cron jobs and monitors."""

import json
import logging
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class StatsFile:
    def __init__(self, crawler, path: Path):
        self.crawler = crawler
        self.path = path

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("NEWSBOT_STATS_FILE")
        if not path:
            raise NotConfigured  # without a message: Scrapy would log a choice as a warning
        extension = cls(crawler, Path(path))
        # Connected after Scrapy's CoreStats, so finish_reason and finish_time are set when this runs.
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(self.path.suffix + ".tmp")
        temporary.write_text(json.dumps(self.crawler.stats.get_stats(), default=str, indent=1, sort_keys=True),
                             encoding="utf-8")
        temporary.replace(self.path)
        logger.info("Crawl stats written to %s", self.path)
