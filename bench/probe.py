"""A Scrapy extension that puts the crawl's own CPU time, wall time and peak RSS into its stats.

Measured from spider_opened to spider_closed, so the interpreter's start and Scrapy's
imports (the same for every crawler) do not count. Its spider_closed handler is
connected before the stats file's (lower EXTENSIONS order), so the file holds the numbers.
The crawl's child processes (extraction workers, started after spider_opened and closed
after spider_closed) count too: their CPU time is added, and their peak RSS to the crawl's.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from scrapy import signals

from bench.crawl import process_cpu_seconds


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
        children = child_pids(os.getpid())
        children_cpu = sum(process_cpu_seconds(pid) for pid in children)
        children_rss = sum(peak_rss_bytes(pid) for pid in children)
        self.stats.set_value("bench/cpu_seconds", time.process_time() - self.started_cpu + children_cpu)
        self.stats.set_value("bench/wall_seconds", time.monotonic() - self.started_wall)
        self.stats.set_value("bench/peak_rss_bytes", peak_rss_bytes("self") + children_rss)
        self.stats.set_value("bench/child_processes", len(children))
        self.stats.set_value("bench/child_cpu_seconds", children_cpu)


def peak_rss_bytes(pid) -> int:
    """The high-water mark of a process's resident set (VmHWM).

    Not getrusage()'s ru_maxrss: Linux carries that over exec from the process that
    forked this one, so a crawl started by a large parent would report the parent's size.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def child_pids(parent: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            children.append(int(stat.parent.name))
    return children
