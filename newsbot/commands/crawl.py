"""``scrapy crawl`` that checks its configuration before the first request.

A setting that can't be used, a wrong start URL or spider argument, a finished
JOBDIR, a MongoDB that can't be reached or written to, an unwritable spool, or a
missing browser ends the command with one line naming the problem and exit code
2, before any request, instead of a traceback and exit code 0. A crawl that
fetched nothing, whose failed requests passed NEWSBOT_MAX_ERROR_RATIO, or whose
articles still wait for MongoDB at the end exits with code 1; one whose health
verdict found a cause (newsbot.extensions.health) with code 3, one line per cause.

The line goes to stderr and, when the crawl logs to a file (Scrapyd's jobs), to
the log too, which then ends with ``newsbot: exit status N``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.crawler import CrawlerProcessBase
from scrapy.exceptions import UsageError
from scrapy.settings import Settings

from newsbot import checks, environment
from newsbot import settings as project_settings
from newsbot.addons.redis_frontier import FrontierError, check_frontier
from newsbot.config import setting_problem
from newsbot.extensions.health import CAUSES, HEALTHY
from newsbot.extensions.summary import FAILURE
from newsbot.render.config import RenderError, check_browser
from newsbot.storage import mongo

CRAWL_FAILED = 1
CONFIGURATION_ERROR = 2
UNHEALTHY = 3
#: The last line of a crawl's log file; `python -m newsbot.schedule` reads it from Scrapyd's job logs.
EXIT_STATUS_LINE = "newsbot: exit status "
STORE_PIPELINE = "newsbot.pipelines.store.MongoStorePipeline"
logger = logging.getLogger(__name__)
PROJECT_SETTINGS = [name for name in dir(project_settings) if name.isupper()]


class Command(ScrapyCrawlCommand):
    # scrapy.cmdline sets both before the command runs.
    settings: Settings
    crawler_process: CrawlerProcessBase
    settings_problem: str | None = None

    def process_options(self, args, opts):
        super().process_options(args, opts)
        # Scrapy sets its logging up from LOG_LEVEL before run(): a wrong level would be a traceback
        # there, so the problem is kept for run() to report, and logging set up with a level that works.
        self.settings_problem = setting_problem(self.settings)
        if self.settings_problem and self.settings_problem.startswith("LOG_LEVEL="):
            self.settings.set("LOG_LEVEL", "INFO", priority="cmdline")

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("give one spider name, e.g. scrapy crawl laodongthudo")
        self._warn_of_unread_environment()
        try:
            self._preflight(args[0], opts.spargs)
        except (UsageError, mongo.StorageError, RenderError, FrontierError, KeyError) as exc:
            # A KeyError's text is its quoted argument.
            self._end(CONFIGURATION_ERROR, exc.args[0] if isinstance(exc, KeyError) else str(exc))
            return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        stats = crawler.stats
        failed = stats.get_value(FAILURE) if stats else None
        causes = (stats.get_value(CAUSES) if stats else None) or []
        if failed:
            self._end(CRAWL_FAILED, f"crawl failed: {failed}", *(f"unhealthy: {cause}" for cause in causes))
        elif causes:
            self._end(UNHEALTHY, *(f"unhealthy: {cause}" for cause in causes))
        elif self.crawler_process.bootstrap_failed:
            self._end(CRAWL_FAILED)
        else:
            healthy = stats.get_value(HEALTHY) if stats else None
            self._end(0, *([f"healthy: {healthy}"] if healthy else []))

    def _end(self, status: int, *lines: str) -> None:
        """Set the exit status; say each line on stderr and, with a log file, in the log with the status."""
        self.exitcode = status
        for line in lines:
            print(f"newsbot: {line}", file=sys.stderr)
        if self.settings.get("LOG_FILE"):
            for line in lines:
                logger.log(logging.ERROR if status else logging.INFO, "newsbot: %s", line)
            logger.log(logging.ERROR if status else logging.INFO, "%s%d", EXIT_STATUS_LINE, status)

    @staticmethod
    def _warn_of_unread_environment() -> None:
        """A newsbot setting set in the environment is not read there: say so rather than crawl without it."""
        unread = environment.unread_settings(os.environ, PROJECT_SETTINGS)
        if unread:
            logger.warning("newsbot: the environment's %s not read (it gives only %s): give them as -s NAME=value",
                           " ".join(unread) + (" is" if len(unread) == 1 else " are"),
                           ", ".join(environment.CRAWL_SETTINGS))

    def _preflight(self, spider_name: str, spider_args: dict) -> None:
        if self.settings_problem:
            raise UsageError(self.settings_problem)
        spider_class = self.crawler_process.spider_loader.load(spider_name)
        problem = checks.unknown_argument(spider_class, spider_args) or checks.jobdir_problem(self.settings)
        if problem:
            raise UsageError(problem)
        start_problem = getattr(spider_class, "start_problem", None)
        problem = start_problem(spider_args, self.settings) if start_problem else None
        if problem:
            raise UsageError(problem)
        check_browser(self.settings)
        self._check_storage()
        check_frontier(self.settings)

    def _check_storage(self) -> None:
        """What the MongoDB store will do at open, done now: connect, prepare the collection, write the spool."""
        uri = (self.settings.get("MONGO_URI") or "").strip()
        if not uri or self.settings.getdict("ITEM_PIPELINES").get(STORE_PIPELINE) is None:
            return
        spool = Path(self.settings.get("NEWSBOT_SPOOL_DIR")).expanduser()
        problem = checks.unwritable_folder("NEWSBOT_SPOOL_DIR", spool)
        if problem:
            raise UsageError(problem)
        with mongo.connect(uri, self.settings.getfloat("MONGO_CONNECT_TIMEOUT")) as client:
            mongo.check_writable(client, uri, self.settings.get("MONGO_DATABASE"),
                                 self.settings.get("MONGO_COLLECTION"))
