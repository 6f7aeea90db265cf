"""``scrapy crawl`` that checks its configuration before the first request.

A wrong start URL or an unreachable MongoDB ends the command with one line
naming the problem and exit code 2, instead of a traceback and exit code 0.
"""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from newsbot.addons.redis_frontier import FrontierError, check_frontier
from newsbot.spiders.base import parse_start_urls
from newsbot.storage import mongo

CONFIGURATION_ERROR = 2


class Command(ScrapyCrawlCommand):
    def run(self, args, opts):
        try:
            self._preflight(opts.spargs)
        except (UsageError, mongo.StorageError, FrontierError) as exc:
            print(f"newsbot: {exc}", file=sys.stderr)
            self.exitcode = CONFIGURATION_ERROR
            return
        super().run(args, opts)

    def _preflight(self, spider_args: dict) -> None:
        if spider_args.get("start_urls") is not None:
            parse_start_urls(spider_args["start_urls"])
        uri = (self.settings.get("MONGO_URI") or "").strip()
        pipelines = self.settings.getdict("ITEM_PIPELINES")
        if uri and pipelines.get("newsbot.pipelines.store.MongoStorePipeline") is not None:
            mongo.connect(uri, self.settings.getfloat("MONGO_CONNECT_TIMEOUT")).close()
        check_frontier(self.settings)
