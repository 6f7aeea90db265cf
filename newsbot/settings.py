"""newsbot settings. Every name here can be overridden by an environment
variable of the same name (``MONGO_URI=... scrapy crawl laodongthudo``) and,
as usual, by ``-s NAME=value``. No I/O happens here."""

import json
import os

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
DOWNLOADER_MIDDLEWARES = {"newsbot.fetch.charset.Utf8CharsetFix": 570}

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
    "newsbot.extensions.stats_file.StatsFile": 900,
    "newsbot.extensions.summary.CrawlSummary": 901,
}
#: With JOBDIR set, pages in flight when a crawl is killed are fetched again on resume.
SPIDER_MIDDLEWARES = {"newsbot.middlewares.resume.ResumeJournal": 950}

#: A crawl whose failed requests pass this share of all its requests exits with code 1.
NEWSBOT_MAX_ERROR_RATIO = 0.5

# -- crawl rules -------------------------------------------------------------
#: Hosts besides the site's domains and loopback addresses that start URLs may name.
NEWSBOT_EXTRA_HOSTS = []
#: Headings of the blocks followed from an article (empty: the site profile's).
NEWSBOT_BLOCK_HEADINGS = []
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
ADDONS = {"newsbot.render.addon.RenderAddon": 0}

# -- item pipelines, each switched by its NEWSBOT_<STEP>_ENABLED -------------
ITEM_PIPELINES = {
    "newsbot.pipelines.clean.CleanPipeline": 100,
    "newsbot.pipelines.validate.ValidatePipeline": 200,
    "newsbot.pipelines.stamp.StampPipeline": 300,
    "newsbot.pipelines.dedupe.DedupePipeline": 400,
    "newsbot.pipelines.stories.StoriesPipeline": 450,
    "newsbot.pipelines.store.MongoStorePipeline": 500,
}
NEWSBOT_CLEAN_ENABLED = True
NEWSBOT_VALIDATE_ENABLED = True
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
#: This many of the process's latest articles are compared in memory (all that is compared without MongoDB).
NEWSBOT_STORIES_RECENT = 10000

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
SPIDER_MIDDLEWARES["newsbot.middlewares.incremental.IncrementalMiddleware"] = 900
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


def _from_env(raw: str, default):
    """The variable's value in the type of the default; left as text when it does not read as one,
    for the crawl's settings check to name it."""
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    try:
        if isinstance(default, (int, float)):
            return type(default)(raw)
        if isinstance(default, (list, dict)):
            raw = raw.strip()
            return json.loads(raw) if raw[:1] in "[{" else [p.strip() for p in raw.split(",") if p.strip()]
    except ValueError:
        return raw
    return raw


for _name in [n for n in dir() if n.isupper()]:
    if _name in os.environ:
        globals()[_name] = _from_env(os.environ[_name], globals()[_name])
