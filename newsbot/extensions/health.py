"""The health verdict at the end of every crawl, recorded in the run history.

While the crawl runs it counts the watched fields each article fills. When the spider closes
it builds the run record, compares it with the spider's history (newsbot.monitoring.verdict)
and puts the causes in the stats, where the monitors (spidermon) may add theirs. When the
engine stops the verdict is final: it is logged, one line per cause, and recorded with the run;
``scrapy crawl`` exits with status 3 when there is a cause.
"""

from __future__ import annotations

import logging
import uuid

from itemadapter import ItemAdapter
from pymongo.errors import PyMongoError
from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsbot.extensions.summary import FAILURE
from newsbot.monitoring import verdict
from newsbot.monitoring.runs import FIELD_STAT, WATCHED_FIELDS, RunHistory, build_run
from newsbot.storage.mongo import StorageError

logger = logging.getLogger(__name__)
#: The causes of an unhealthy run (a list), or an empty list.
CAUSES = "newsbot/health/causes"
#: The one line that says a run is healthy.
HEALTHY = "newsbot/health/healthy"


def unhealthy(stats) -> bool:
    """Whether the crawl failed or its verdict found a cause: then nothing it made replaces older output."""
    return bool(stats.get_value(FAILURE) or stats.get_value(CAUSES))


class HealthCheck:
    def __init__(self, crawler):
        self.crawler = crawler
        self.thresholds = verdict.Thresholds.from_settings(crawler.settings)
        self.history = RunHistory.from_settings(crawler.settings)
        self.run: dict | None = None
        self.earlier: list[dict] = []

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSBOT_HEALTH_ENABLED"):
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def item_scraped(self, item, response=None, spider=None):
        adapter = ItemAdapter(item)
        for name in WATCHED_FIELDS:
            if adapter.get(name):
                self.crawler.stats.inc_value(FIELD_STAT + name)

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        self.run = build_run(stats.get_stats(), spider=spider.name, crawl_id=self._crawl_id(spider),
                             scope=self._scope(spider))
        try:
            self.earlier = self.history.runs(spider.name, limit=self.thresholds.history_runs * 4)
        except (PyMongoError, StorageError) as exc:
            logger.warning("Run history in %s not readable (%s): judged on the floors of a first run",
                           self.history.where, str(exc).split("\n")[0])
        stats.set_value(CAUSES, verdict.causes(self.run, self.earlier, self.thresholds))

    def engine_stopped(self):
        if self.run is None:
            return
        stats = self.crawler.stats
        causes = list(stats.get_value(CAUSES) or [])
        failure = stats.get_value(FAILURE)
        self.run["verdict"] = {"healthy": not causes and not failure, "causes": causes, "failure": failure}
        self.history.record(self.run)
        if causes:
            for cause in causes:
                logger.warning("unhealthy: %s", cause)
        elif not failure:
            line = verdict.healthy_line(self.run, self.earlier, self.thresholds)
            stats.set_value(HEALTHY, line)
            logger.info("healthy: %s", line)

    def _crawl_id(self, spider) -> str:
        # Scrapyd names its jobs with the spider argument _job.
        return self.crawler.settings.get("NEWSBOT_CRAWL_ID") or getattr(spider, "_job", None) or uuid.uuid4().hex[:12]

    def _scope(self, spider) -> str:
        """What decides how many articles a run can bring: runs of another scope have another usual yield."""
        settings = self.crawler.settings
        return " ".join([
            f"incremental={settings.getbool('NEWSBOT_INCREMENTAL')}",
            f"items={settings.getint('CLOSESPIDER_ITEMCOUNT')}",
            f"pages={settings.getint('CLOSESPIDER_PAGECOUNT')}",
            "start=" + ",".join(getattr(spider, "start_urls", [])),
            *([verdict.SHARED_FRONTIER] if settings.get("NEWSBOT_REDIS_URL") else []),
        ])
