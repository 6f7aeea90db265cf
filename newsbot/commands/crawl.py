"""``scrapy crawl`` that checks its configuration before the first request.

A setting that can't be used, a wrong start URL, an unreachable MongoDB or a
missing browser ends the command with one line naming the problem and exit code
2, before any request, instead of a traceback and exit code 0. A crawl that
fetched nothing, or whose failed requests passed NEWSBOT_MAX_ERROR_RATIO, exits
with code 1; one whose health verdict found a cause (newsbot.extensions.health) with code 3,
one line per cause.
"""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newsbot.addons.redis_frontier import FrontierError, check_frontier
from newsbot.config import setting_problem
from newsbot.extensions.health import CAUSES, HEALTHY
from newsbot.extensions.summary import FAILURE
from newsbot.render.config import RenderError, check_browser
from newsbot.storage import mongo

CRAWL_FAILED = 1
CONFIGURATION_ERROR = 2
UNHEALTHY = 3


class Command(ScrapyCrawlCommand):
    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("give one spider name, e.g. scrapy crawl laodongthudo")
        try:
            self._preflight(args[0], opts.spargs)
        except (UsageError, mongo.StorageError, RenderError, FrontierError, KeyError) as exc:
            print(f"newsbot: {exc}", file=sys.stderr)
            self.exitcode = CONFIGURATION_ERROR
            return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        failed = crawler.stats.get_value(FAILURE) if crawler.stats else None
        self._report_health(crawler.stats)
        if self.crawler_process.bootstrap_failed or failed:
            self.exitcode = CRAWL_FAILED
        if failed:
            print(f"newsbot: crawl failed: {failed}", file=sys.stderr)

    def _report_health(self, stats) -> None:
        causes = stats.get_value(CAUSES) if stats else None
        for cause in causes or []:
            print(f"newsbot: unhealthy: {cause}", file=sys.stderr)
        if causes:
            self.exitcode = UNHEALTHY
        elif stats and stats.get_value(HEALTHY):
            print(f"newsbot: healthy: {stats.get_value(HEALTHY)}", file=sys.stderr)

    def _preflight(self, spider_name: str, spider_args: dict) -> None:
        problem = setting_problem(self.settings)
        if problem:
            raise UsageError(problem)
        spider_class = self.crawler_process.spider_loader.load(spider_name)
        start_problem = getattr(spider_class, "start_problem", None)
        problem = start_problem(spider_args, self.settings) if start_problem else None
        if problem:
            raise UsageError(problem)
        check_browser(self.settings)
        uri = (self.settings.get("MONGO_URI") or "").strip()
        pipelines = self.settings.getdict("ITEM_PIPELINES")
        if uri and pipelines.get("newsbot.pipelines.store.MongoStorePipeline") is not None:
            mongo.connect(uri, self.settings.getfloat("MONGO_CONNECT_TIMEOUT")).close()
        check_frontier(self.settings)
