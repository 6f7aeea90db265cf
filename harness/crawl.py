"""A real crawl as a user runs it (``scrapy crawl`` in a subprocess), and a crawler of the project's
settings for components tested without one: used by the tests and the benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from scrapy.utils.test import get_crawler

from newsbot import settings as project_settings
from newsbot.spiders.sites import LaodongthudoSpider

ROOT = Path(__file__).resolve().parent.parent
# Crawls of the local replica need no politeness delays.
FAST = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "RETRY_TIMES": "2",
    "LOG_LEVEL": "INFO",
}


PROJECT_SETTINGS = {name: getattr(project_settings, name) for name in dir(project_settings) if name.isupper()}


def make_crawler(**settings):
    """A crawler with the project's settings (and these), its spider made and its stats open."""
    # Components are tested without running a crawl, so whichever reactor is installed will do.
    crawler = get_crawler(LaodongthudoSpider, settings_dict={**PROJECT_SETTINGS, "TWISTED_REACTOR": None, **settings})
    crawler.spider = crawler._create_spider()
    crawler.stats.open_spider()
    return crawler


@dataclass
class CrawlResult:
    returncode: int
    log: str
    items: list[dict]
    stats: dict


class Crawl:
    """``scrapy crawl SPIDER`` (laodongthudo unless told) in a subprocess, as a user runs it; items from
    its JSON-lines feed."""

    def __init__(self, *args: str, tmp_path: Path, settings: dict | None = None, env: dict | None = None,
                 spider: str = "laodongthudo", append_to: Path | None = None):
        """A feed of its own, or with append_to, that feed appended to (``-o``), as a resumed crawl's is."""
        self.feed = append_to or tmp_path / f"items-{len(list(tmp_path.glob('items-*')))}.jsonl"
        self.stats_file = tmp_path / f"stats-{len(list(tmp_path.glob('stats-*')))}.json"
        self.command = [sys.executable, "-m", "scrapy", "crawl", spider, "-o" if append_to else "-O",
                        str(self.feed), *args]
        for name, value in {**FAST, **(settings or {})}.items():
            self.command += ["-s", f"{name}={value}"]
        # Each test's run history of its own, not the user's.
        self.command += ["-s", f"NEWSBOT_STATS_FILE={self.stats_file}", "-s", f"NEWSBOT_STATE_DIR={tmp_path / 'state'}"]
        self.env = {k: v for k, v in os.environ.items() if k != "MONGO_URI"}
        self.env.update(env or {})
        self.env["PYTHONPATH"] = str(ROOT)
        self.process: subprocess.Popen | None = None

    def start(self) -> Crawl:
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        return self

    def wait(self, timeout: float = 120) -> CrawlResult:
        _, log = self.process.communicate(timeout=timeout)
        # An unhealthy crawl leaves its output beside the feed, as <name>.failed.
        written = self.feed if self.feed.exists() else self.feed.with_name(self.feed.name + ".failed")
        items = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()] \
            if written.exists() else []
        stats = json.loads(self.stats_file.read_text()) if self.stats_file.exists() else {}
        return CrawlResult(self.process.returncode, log, items, stats)


def run_crawl(*args: str, tmp_path: Path, settings: dict | None = None, env: dict | None = None,
              timeout: float = 120, spider: str = "laodongthudo") -> CrawlResult:
    return Crawl(*args, tmp_path=tmp_path, settings=settings, env=env, spider=spider).start().wait(timeout)
