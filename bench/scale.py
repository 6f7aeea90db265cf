"""Benchmark: pages per second of 1 and 2 crawl processes sharing a Redis frontier (`make bench-scale`).

    python -m bench.scale [--copies 20] [--repeat 1]

Builds a replica of COPIES times the replica site (harness/site/grow.py), serves it
on 127.0.0.1, starts Redis, and crawls it from its front page three ways: one
process with Scrapy's in-memory frontier, one process on Redis, two processes on
one Redis frontier. Each crawl runs with the test settings (no politeness delay)
and without MongoDB. The time is from the crawl's first request to its last, read
from the server's request log; process start-up and the idle wait at the end are
outside it. The crawl processes' CPU time per page (start-up included) shows what a
page costs whatever else the machine is doing. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from harness.crawl import run_crawl
from harness.services.redis import RedisServer
from harness.site.grow import multiply
from harness.site.server import serve_replica

POLL_SECONDS = 0.05
IDLE_CLOSE_SECONDS = "10"


class RequestClock:
    """Times of the first and the last request the replica server receives, seen by polling its log."""

    def __init__(self, base):
        self.base = base
        self.first = self.last = None
        self.done = threading.Event()

    def watch(self) -> None:
        seen = len(self.base.requests)
        while not self.done.is_set():
            count = len(self.base.requests)
            if count != seen:
                now = time.monotonic()
                self.first = self.first or now
                self.last, seen = now, count
            time.sleep(POLL_SECONDS)


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def crawl(base, processes: int, settings: dict, work_dir: Path) -> dict:
    before = len(base.requests)
    cpu_before = children_cpu_seconds()
    clock = RequestClock(base)
    watcher = threading.Thread(target=clock.watch, daemon=True)
    watcher.start()
    dirs = [Path(tempfile.mkdtemp(dir=work_dir)) for _ in range(processes)]
    with ThreadPoolExecutor(processes) as pool:
        results = list(pool.map(
            lambda d: run_crawl("-a", f"start_urls={base}/", tmp_path=d, settings=settings, timeout=1800), dirs))
    clock.done.set()
    watcher.join()
    failed = [r for r in results if r.returncode != 0 or not r.stats]
    if failed:
        raise SystemExit(f"a crawl failed:\n{failed[0].log[-3000:]}")
    requests = Counter(base.requests[before:])
    pages = sum(requests.values())
    seconds = clock.last - clock.first
    return {
        "pages": pages,
        "seconds": seconds,
        "rate": pages / seconds,
        # Whole crawl processes, start-up included: what a page costs apart from the machine's load.
        "cpu_ms_per_page": 1000 * (children_cpu_seconds() - cpu_before) / pages,
        "shares": [r.stats.get("downloader/response_count", 0) for r in results],
        "fetched_twice": sum(n - 1 for path, n in requests.items() if n > 1 and path != "/robots.txt"),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of the replica site (26 pages each)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each setup")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp, RedisServer() as redis:
        work_dir = Path(tmp)
        site_pages = multiply(work_dir / "site", args.copies)
        setups = [
            ("in-memory frontier", 1, {}),
            ("Redis frontier", 1, {"NEWSBOT_REDIS_URL": redis.url}),
            ("Redis frontier", 2, {"NEWSBOT_REDIS_URL": redis.url}),
        ]
        print(f"site: {args.copies} copies of the replica, {site_pages} files; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
        print("| frontier | processes | pages | seconds | pages/s | pages per process | fetched twice | crawler CPU "
              "ms/page |")
        print("|---|---|---|---|---|---|---|---|")
        with serve_replica(pages_dir=work_dir / "site", flaky_paths=[]) as base:
            for _ in range(args.repeat):
                for name, processes, extra in setups:
                    settings = {**extra, "NEWSBOT_CRAWL_ID": f"bench-{uuid.uuid4().hex[:8]}",
                                "NEWSBOT_IDLE_CLOSE_SECONDS": IDLE_CLOSE_SECONDS}
                    row = crawl(base, processes, settings, work_dir)
                    print(f"| {name} | {processes} | {row['pages']} | {row['seconds']:.1f} | {row['rate']:.1f} "
                          f"| {' + '.join(map(str, row['shares']))} | {row['fetched_twice']} |"
                          f" {row['cpu_ms_per_page']:.0f} |",
                          flush=True)


if __name__ == "__main__":
    main()
