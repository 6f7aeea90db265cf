"""newsbot settings. Every name here can be overridden, as usual, by ``-s NAME=value`` (or a
Scrapyd job's ``setting=NAME=value``); only the secrets and addresses of newsbot/environment.py
are also read from the environment (``MONGO_URI=... scrapy crawl laodongthudo``), at the end of
this file. No I/O happens here."""

import os

from newsbot import environment
from newsbot.items import FEED_FIELDS

BOT_NAME = "newsbot"
SPIDER_MODULES = ["newsbot.spiders"]
NEWSPIDER_MODULE = "newsbot.spiders"
COMMANDS_MODULE = "newsbot.commands"

# -- politeness towards the real site ---------------------------------------
USER_AGENT = "newsbot/0.1 (Vietnamese news archive crawler; Scrapy)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# -- hostile or broken servers ------------------------------------------------
#: A news page is well under 1 MB: a larger download is a broken or hostile server.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
#: A body shorter than its Content-Length is a failed fetch, never a page.
DOWNLOAD_FAIL_ON_DATALOSS = True
REDIRECT_MAX_TIMES = 5
#: Read a page as UTF-8 when it declares another charset but its bytes are UTF-8.
NEWSBOT_CHARSET_FIX_ENABLED = True
# After decompression (590) in the response path.
DOWNLOADER_MIDDLEWARES = {"newsbot.downloadermiddlewares.charset.Utf8CharsetFix": 570}

# -- bounds (0 = no bound) -------------------------------------------------
DEPTH_LIMIT = 0
CLOSESPIDER_ITEMCOUNT = 0
CLOSESPIDER_TIMEOUT = 0

# -- engine ------------------------------------------------------------------
# Items are cheap to process; a smaller window keeps the downloader busy.
CONCURRENT_ITEMS = 8
# Scrapy's remote-control HTTP endpoint is not wanted on every crawl.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

# -- output ------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = FEED_FIELDS

#: Write the crawl's final stats as JSON to this file (empty: don't).
NEWSBOT_STATS_FILE = ""
#: Write the end-of-crawl summary as JSON to this file (empty: only in the log).
NEWSBOT_SUMMARY_FILE = ""
EXTENSIONS = {
    # The verdict and the monitors come first, so that the stats file holds their causes.
    "newsbot.extensions.health.HealthCheck": 880,
    "newsbot.monitoring.monitors.QuietSpidermon": 885,
    "newsbot.extensions.progress.Progress": 890,
    "newsbot.extensions.report.ReportAtEnd": 895,
    "newsbot.extensions.stats_file.StatsFile": 900,
    "newsbot.extensions.summary.CrawlSummary": 901,
}
#: With JOBDIR set, a crawl killed and resumed fetches again only the pages in flight at the
#: kill, and writes no article twice (newsbot/spidermiddlewares/resume.py).
SPIDER_MIDDLEWARES = {"newsbot.spidermiddlewares.resume.ResumeJournal": 950}
# Before the retry (550), robots.txt (100) and offsite (50) middlewares: sees only what they gave up.
DOWNLOADER_MIDDLEWARES["newsbot.downloadermiddlewares.resume.FailedPageJournal"] = 10
#: A crawl whose failed requests pass this share of all its requests exits with code 1.
NEWSBOT_MAX_ERROR_RATIO = 0.5

# -- health: run history, verdict, monitors, alerts (docs/monitoring.md) -----
#: Judge every crawl against the spider's run history; an unhealthy one exits with status 3.
NEWSBOT_HEALTH_ENABLED = True
#: Where runs are recorded when MONGO_URI is not set (runs.jsonl).
NEWSBOT_STATE_DIR = "~/.local/state/newsbot"
#: The MongoDB collection of runs, beside MONGO_COLLECTION, when MONGO_URI is set.
NEWSBOT_RUNS_COLLECTION = "runs"
#: A run is compared with the median of this many earlier healthy runs of its spider.
NEWSBOT_HEALTH_HISTORY_RUNS = 5
#: A field usually filled on at least this share of articles ...
NEWSBOT_HEALTH_FIELD_USUAL = 0.8
#: ... has collapsed when a run fills it on less than this share.
NEWSBOT_HEALTH_FIELD_COLLAPSED = 0.4
#: With no earlier run: the least share of articles these fields must fill.
NEWSBOT_HEALTH_FIELD_FLOORS = {"title": 0.9, "body": 0.9, "published_at": 0.5}
#: Fill rates are judged only on runs with at least this many articles.
NEWSBOT_HEALTH_MIN_ARTICLES = 5
#: The least share of article pages that must give an article (duplicates count as given).
NEWSBOT_HEALTH_MIN_ARTICLE_SHARE = 0.5
#: A run bringing fewer articles than this share of the usual (same bounds and start) is unhealthy.
NEWSBOT_HEALTH_MIN_YIELD_RATIO = 0.5
#: A junk page's body (challenge wall, "not found", maintenance) is at most this long ...
NEWSBOT_NOTICE_MAX_CHARS = 400
#: ... and has fewer paragraphs than this.
NEWSBOT_NOTICE_MAX_PARAGRAPHS = 3
#: Seconds between progress lines (0: none).
NEWSBOT_PROGRESS_SECONDS = 30.0
#: Write the HTML run report to this file at the end of every crawl (empty: don't).
NEWSBOT_REPORT = ""
#: Local feeds are moved into place only when the crawl ends healthy; they are written as each
#: article comes, unbuffered, so a killed crawl's feed holds every article its resume journal counts as written.
FEED_STORAGES = {"": "newsbot.extensions.feedstorage.GuardedFileFeedStorage",
                 "file": "newsbot.extensions.feedstorage.GuardedFileFeedStorage"}

# spidermon's close-of-crawl monitors, each judged on its setting.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["newsbot.monitoring.monitors.CloseMonitors"]
#: Fewest articles a crawl must bring (0: any number; the verdict judges the yield).
SPIDERMON_MIN_ITEMS = 0
#: Most ERROR log lines a crawl may have. Scrapy logs one per request a hostile server breaks, which
#: NEWSBOT_MAX_ERROR_RATIO already judges: this catches errors of newsbot's own (a broken step, a storage error).
SPIDERMON_MAX_ERRORS = 100
SPIDERMON_EXPECTED_FINISH_REASONS = ["finished", "closespider_itemcount", "closespider_pagecount",
                                     "closespider_timeout"]
#: Responses with these codes, more than SPIDERMON_UNWANTED_HTTP_CODES_MAX_COUNT times, fail the crawl.
SPIDERMON_UNWANTED_HTTP_CODES = [403, 407, 429, 500, 502, 503, 504, 523, 540, 541]
SPIDERMON_UNWANTED_HTTP_CODES_MAX_COUNT = 10
SPIDERMON_ADD_FIELD_COVERAGE = True
SPIDERMON_FIELD_COVERAGE_SKIP_IF_NO_ITEM = True
#: Share of articles that must have each field (fields of Article, as spidermon names them).
SPIDERMON_FIELD_COVERAGE_RULES = {"Article/url": 1.0, "Article/title": 1.0, "Article/body": 1.0}
# -- alerts: each switched on by its first setting being set --
SPIDERMON_SMTP_HOST = ""
SPIDERMON_SMTP_PORT = 25
SPIDERMON_SMTP_USER = ""
SPIDERMON_SMTP_PASSWORD = ""
SPIDERMON_EMAIL_SENDER = ""
SPIDERMON_EMAIL_TO: list[str] = []
SPIDERMON_EMAIL_SUBJECT = "newsbot: {{ data.spider.name }} unhealthy"
SPIDERMON_BODY_TEXT = "{% for cause in causes %}- {{ cause }}\n{% endfor %}"
#: A JSON POST of the causes to this URL.
NEWSBOT_ALERT_WEBHOOK_URL = ""
SPIDERMON_SLACK_SENDER_TOKEN = ""
SPIDERMON_TELEGRAM_SENDER_TOKEN = ""
SPIDERMON_DISCORD_WEBHOOK_URL = ""
#: Seconds an alert may take to be sent.
NEWSBOT_ALERT_TIMEOUT = 10.0

# -- crawl rules -------------------------------------------------------------
#: Hosts besides the site's domains and loopback addresses that start URLs may name.
NEWSBOT_EXTRA_HOSTS: list[str] = []
#: Headings of the blocks followed from an article (empty: the site profile's).
NEWSBOT_BLOCK_HEADINGS: list[str] = []
#: At most this many links are read from one block (0: no cap); a block of hundreds is not related news.
NEWSBOT_MAX_BLOCK_LINKS = 100
#: Worker processes that read the pages (0: the crawl's own process reads them). Scrapy
#: crawls in one thread, where reading costs more than fetching: 1 puts it on another core.
NEWSBOT_EXTRACT_PROCESSES = 0

# -- JavaScript rendering (newsbot/render/) ----------------------------------
#: auto: a page goes through the browser only when its HTML looks incomplete; always; never.
NEWSBOT_RENDER = "auto"
#: The browser: Debian's Chromium (apt-get install chromium).
NEWSBOT_CHROMIUM = "/usr/bin/chromium"
#: Pages rendered at the same time.
NEWSBOT_RENDER_PAGES = 4
#: A browser context is replaced by a fresh one after this many pages.
NEWSBOT_RENDER_CONTEXT_PAGES = 100
#: Seconds a rendered page may take to load.
NEWSBOT_RENDER_TIMEOUT = 30.0
#: After loading, a page waits until its network is quiet, at most this many seconds.
NEWSBOT_RENDER_SETTLE = 5.0
#: Installs scrapy-playwright unless NEWSBOT_RENDER is "never".
ADDONS = {"newsbot.addons.render.RenderAddon": 0}

# -- item pipelines, each switched by its NEWSBOT_<STEP>_ENABLED -------------
ITEM_PIPELINES = {
    "newsbot.pipelines.clean.CleanPipeline": 100,
    "newsbot.pipelines.validate.ValidatePipeline": 200,
    "newsbot.pipelines.junk.NotAnArticlePipeline": 250,
    "newsbot.pipelines.stamp.StampPipeline": 300,
    "newsbot.pipelines.dedupe.DedupePipeline": 400,
    "newsbot.pipelines.stories.StoriesPipeline": 450,
    "newsbot.pipelines.store.MongoStorePipeline": 500,
}
NEWSBOT_CLEAN_ENABLED = True
NEWSBOT_VALIDATE_ENABLED = True
NEWSBOT_JUNK_ENABLED = True
NEWSBOT_STAMP_ENABLED = True
NEWSBOT_DEDUPE_ENABLED = True
NEWSBOT_STORIES_ENABLED = True
#: Text fields an item must have to be kept.
NEWSBOT_REQUIRED_FIELDS = ["url", "article_id", "title", "body"]

# -- stories: syndicated copies across sites (newsbot/stories/, docs/stories.md) ---------
#: Syllables per shingle.
NEWSBOT_STORIES_SHINGLE_SIZE = 3
#: MinHash bands x rows (the signature has bands * rows values): with 32 x 4, texts of Jaccard
#: similarity 0.5 are candidates 87% of the time, 0.6 99%, 0.3 23%.
NEWSBOT_STORIES_BANDS = 32
NEWSBOT_STORIES_ROWS = 4
#: A candidate is the same story when the Jaccard similarity of the shingles reaches this ...
NEWSBOT_STORIES_MIN_SIMILARITY = 0.5
#: ... and both were published within this many days of each other.
NEWSBOT_STORIES_WINDOW_DAYS = 3.0
#: Texts with fewer shingles are a story of their own.
NEWSBOT_STORIES_MIN_SHINGLES = 20
#: At most this many stored candidates are read per article.
NEWSBOT_STORIES_MAX_CANDIDATES = 50
#: This many of the process's latest articles are compared in memory (all that is compared without MongoDB),
#: about 20 KB each.
NEWSBOT_STORIES_RECENT = 3000

# -- MongoDB -----------------------------------------------------------------
#: Empty: storage steps aside and only feeds are written.
MONGO_URI = ""
MONGO_DATABASE = "newsbot"
MONGO_COLLECTION = "articles"
#: A batch is written when it holds this many items ... (FerretDB v1 hangs on one
#: update command of 100 statements or more: keep it below that there)
MONGO_BATCH_SIZE = 50
#: ... or when its oldest item has waited this many seconds.
MONGO_BATCH_SECONDS = 5.0
#: How long to wait for the server at start before giving up.
MONGO_CONNECT_TIMEOUT = 10.0
#: How long one batch write may take (server selection included) ...
MONGO_WRITE_TIMEOUT = 5.0
#: ... how often a failed batch write is tried again, after 1, 2, 4... times this many seconds ...
MONGO_WRITE_RETRIES = 2
MONGO_RETRY_BACKOFF = 0.5
#: ... and, once the server is out of reach, how long batches go straight to the spool.
MONGO_OUTAGE_PROBE_SECONDS = 10.0
#: Where writes wait that MongoDB has not taken yet (one folder per collection).
NEWSBOT_SPOOL_DIR = "~/.local/state/newsbot/spool"

# -- operations: Scrapyd feeds, incremental runs, a shared Redis frontier ----
ADDONS.update({
    "newsbot.addons.feed.ExtraFeed": 100,
    "newsbot.addons.redis_frontier.RedisFrontier": 200,
})
#: A JSON-lines feed URI written in addition to any other feed, Scrapyd's
#: items_dir included (Scrapy's placeholders work: %(name)s, %(time)s, %(_job)s).
NEWSBOT_FEED = ""
SPIDER_MIDDLEWARES["newsbot.spidermiddlewares.incremental.IncrementalMiddleware"] = 900
#: Don't fetch again articles already in MongoDB (needs MONGO_URI); the
#: schedule command turns it on. Listing pages are always fetched.
NEWSBOT_INCREMENTAL = False
#: In incremental runs, articles published within this many days are fetched again.
NEWSBOT_REFRESH_DAYS = 2.0
#: Redis URL: the crawl's queue and duplicate filter live there, shared by
#: every process given the same URL and NEWSBOT_CRAWL_ID. Empty: in memory.
NEWSBOT_REDIS_URL = ""
#: Names one shared crawl; processes with the same id share its frontier.
NEWSBOT_CRAWL_ID = ""
#: With a shared frontier, a process closes after this many seconds of idling on an empty queue.
NEWSBOT_IDLE_CLOSE_SECONDS = 60.0
#: A finished crawl's duplicate filter stays in Redis this long, then expires.
NEWSBOT_REDIS_KEEP_SECONDS = 86400


# Last, so that the environment's value replaces the default above.
for _name, _value in environment.crawl_settings(os.environ).items():
    globals()[_name] = _value
