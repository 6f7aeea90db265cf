"""A Scrapy extension that puts the crawl's own CPU time, wall time and peak RSS into its stats.

Measured from spider_opened to spider_closed, so the interpreter's start and Scrapy's
imports (the same for every crawler) do not count. Its spider_closed handler is
connected before the stats file's (lower EXTENSIONS order), so the file holds the numbers.
"""

from __future__ import annotations

import time
from pathlib import Path

from scrapy import signals


class CrawlProbe:
    def __init__(self, crawler):
        self.stats = crawler.stats
        self.started_cpu = 0.0
        self.started_wall = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        probe = cls(crawler)
        crawler.signals.connect(probe.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(probe.spider_closed, signal=signals.spider_closed)
        return probe

    def spider_opened(self, spider):
        self.started_cpu = time.process_time()
        self.started_wall = time.monotonic()

    def spider_closed(self, spider, reason):
        self.stats.set_value("bench/cpu_seconds", time.process_time() - self.started_cpu)
        self.stats.set_value("bench/wall_seconds", time.monotonic() - self.started_wall)
        self.stats.set_value("bench/peak_rss_bytes", peak_rss_bytes())


def peak_rss_bytes() -> int:
    """The high-water mark of this process's resident set (VmHWM).

    Not getrusage()'s ru_maxrss: Linux carries that over exec from the process that
    forked this one, so a crawl started by a large parent would report the parent's size.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0
