"""What only a name in a string or a framework uses, for vulture (``make lint``): each is used here,
so that vulture counts it as used and reports only code that nothing reaches."""

from bench.crawl import CrawlResult
from bench.limit_spider import LimitSpider
from bench.probe import CrawlProbe
from harness.faults.server import FaultHandler
from harness.site import data as replica_data
from newsbot.addons.feed import ExtraFeed
from newsbot.addons.redis_frontier import RedisFrontier
from newsbot.addons.render import RenderAddon
from newsbot.downloadermiddlewares.resume import FailedPageJournal
from newsbot.environment import crawl_settings
from newsbot.extensions.feedstorage import GuardedFileFeedStorage
from newsbot.extensions.progress import Progress
from newsbot.extensions.report import ReportAtEnd
from newsbot.extensions.stats_file import StatsFile
from newsbot.extensions.summary import CrawlSummary
from newsbot.items import FEED_FIELDS
from newsbot.monitoring.alerts import EmailAlert, WebhookAlert
from newsbot.monitoring.monitors import CloseMonitors, QuietSpidermon
from newsbot.render.handler import LazyPlaywrightDownloadHandler
from newsbot.spidermiddlewares.incremental import IncrementalMiddleware
from newsbot.spidermiddlewares.resume import ResumeJournal
from newsbot.spiders.news import NewsSpider

__all__ = ["SETTINGS_MODULE", "COMPONENTS", "SPIDERS", "RESULT_FIELDS", "FAULTS", "REPLICA_LEGENDS"]

# newsbot/settings.py, whose names Scrapy reads, is not searched (pyproject.toml); what it uses:
SETTINGS_MODULE = (crawl_settings, FEED_FIELDS)
# Components named by their dotted path in newsbot/settings.py (or, for the monitors' actions, in monitors.py).
COMPONENTS = (ExtraFeed, RedisFrontier, RenderAddon, FailedPageJournal, IncrementalMiddleware, ResumeJournal,
              GuardedFileFeedStorage, Progress, ReportAtEnd, StatsFile, CrawlSummary, EmailAlert, WebhookAlert,
              CloseMonitors, QuietSpidermon, LazyPlaywrightDownloadHandler)
# Spiders found by Scrapy in SPIDER_MODULES, or run by path (scrapy runspider bench/limit_spider.py); the
# benchmark's probe is an extension of the benchmark's own -s EXTENSIONS.
SPIDERS = (NewsSpider, LimitSpider, CrawlProbe)
# Fields written out with dataclasses.asdict(): the benchmark's JSON results.
RESULT_FIELDS = (CrawlResult.pages_per_second, CrawlResult.cpu_seconds, CrawlResult.cpu_seconds_per_1000_pages,
                 CrawlResult.peak_rss_mb, CrawlResult.child_processes, CrawlResult.child_cpu_seconds,
                 CrawlResult.server_cpu_seconds, CrawlResult.database_cpu_seconds, CrawlResult.mongo_batches,
                 CrawlResult.mongo_written, CrawlResult.load_average)
# The fault server's faults, called by name from its FAULTS table.
FAULTS = (FaultHandler.error_500, FaultHandler.stall_before_headers, FaultHandler.stall_mid_body,
          FaultHandler.reset_before_response, FaultHandler.reset_mid_body, FaultHandler.truncated_body,
          FaultHandler.redirect_loop, FaultHandler.redirect_other_address, FaultHandler.redirect_other_name,
          FaultHandler.huge_with_length, FaultHandler.huge_streamed, FaultHandler.binary_as_image,
          FaultHandler.binary_as_html)
# What the replica's article roles and markup variants mean, read by people (harness/site/data.py).
REPLICA_LEGENDS = (replica_data.ROLES, replica_data.VARIANTS)
