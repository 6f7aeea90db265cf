"""One crawl of the benchmark site as a subprocess, as a user runs it, and what it cost.

Modes: ``limit`` (bench/limit_spider.py: fetch and follow, nothing else), ``feed``
(``scrapy crawl laodongthudo`` to JSON lines, MongoDB off) and ``full`` (the same,
also writing to MongoDB); ``feed-workers`` and ``full-workers`` are the same with
pages read by extraction processes (NEWSBOT_EXTRACT_PROCESSES). All run with the same settings
suited to a local server: AutoThrottle off, no delay, the same number of requests in flight.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("limit", "feed", "full", "feed-workers", "full-workers")
WORKERS_SUFFIX = "-workers"
# Any request to a host other than 127.0.0.1 goes to this closed port instead of the host:
# the benchmark can never reach a real site, whatever a page links to.
DEAD_PROXY = "http://127.0.0.1:9"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def local_settings(concurrency: int) -> dict[str, str]:
    return {
        "AUTOTHROTTLE_ENABLED": "False",
        "DOWNLOAD_DELAY": "0",
        "CONCURRENT_REQUESTS": str(concurrency),
        "CONCURRENT_REQUESTS_PER_DOMAIN": str(concurrency),
        "LOG_LEVEL": "INFO",
        # The probe before the stats file (900), which must see its numbers.
        "EXTENSIONS": json.dumps({"newsbot.extensions.stats_file.StatsFile": 900, "bench.probe.CrawlProbe": 800}),
    }


def process_cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds a process has used so far (0 when there is none)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


@dataclass
class CrawlResult:
    mode: str
    returncode: int
    pages: int  # responses received
    items: int  # articles written to the feed
    seconds: float  # spider open to close
    pages_per_second: float
    cpu_seconds: float  # the crawler's own and its child processes', spider open to close
    cpu_seconds_per_1000_pages: float
    peak_rss_mb: float  # the crawler's, plus its child processes' (extraction workers)
    child_processes: int  # alive at the crawl's close
    child_cpu_seconds: float  # theirs, included in cpu_seconds
    server_cpu_seconds: float  # nginx during the crawl
    database_cpu_seconds: float  # the MongoDB server during the crawl (full only)
    mongo_batches: int
    mongo_written: int
    load_average: float  # 1-minute load average of the machine when the crawl ended
    log_tail: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.pages > 0

    def to_dict(self) -> dict:
        return asdict(self)


def run_crawl(mode: str, start_url: str, workdir: Path, concurrency: int, *, mongo_uri: str | None = None,
              server_pid: int | None = None, database_pid: int | None = None,
              extra_settings: dict[str, str] | None = None, extract_processes: int = 1,
              timeout: float = 3600) -> CrawlResult:
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}, not one of {MODES}")
    writes_mongo = mode.removesuffix(WORKERS_SUFFIX) == "full"
    if writes_mongo and not mongo_uri:
        raise ValueError(f"mode {mode!r} needs a MongoDB URI")
    workdir.mkdir(parents=True, exist_ok=True)
    feed, stats_file, log_file = workdir / "feed.jsonl", workdir / "stats.json", workdir / "crawl.log"
    for stale in (feed, stats_file, log_file):
        stale.unlink(missing_ok=True)
    settings = {**local_settings(concurrency), **(extra_settings or {}),
                "NEWSBOT_STATS_FILE": str(stats_file), "LOG_FILE": str(log_file)}
    if mode.endswith(WORKERS_SUFFIX):
        settings["NEWSBOT_EXTRACT_PROCESSES"] = str(extract_processes)
    if mode == "limit":
        command = [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "bench" / "limit_spider.py"),
                   "-a", f"start_url={start_url}"]
    else:
        command = [sys.executable, "-m", "scrapy", "crawl", "laodongthudo", "-a", f"start_urls={start_url}",
                   "-O", str(feed)]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    env = {k: v for k, v in os.environ.items() if k != "MONGO_URI"}
    env.update(PYTHONPATH=str(ROOT), http_proxy=DEAD_PROXY, https_proxy=DEAD_PROXY, no_proxy="127.0.0.1")
    if writes_mongo:
        env["MONGO_URI"] = mongo_uri
    server_before, database_before = process_cpu_seconds(server_pid), process_cpu_seconds(database_pid)
    done = subprocess.run(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout)
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    log = log_file.read_text(errors="replace") if log_file.exists() else ""
    pages = stats.get("response_received_count", 0)
    seconds = stats.get("bench/wall_seconds", 0.0)
    cpu = stats.get("bench/cpu_seconds", 0.0)
    return CrawlResult(
        mode=mode, returncode=done.returncode, pages=pages,
        items=sum(1 for _ in feed.open(encoding="utf-8")) if feed.exists() else 0,
        seconds=round(seconds, 3),
        pages_per_second=round(pages / seconds, 2) if seconds else 0.0,
        cpu_seconds=round(cpu, 3),
        cpu_seconds_per_1000_pages=round(1000 * cpu / pages, 2) if pages else 0.0,
        peak_rss_mb=round(stats.get("bench/peak_rss_bytes", 0) / 2**20, 1),
        child_processes=stats.get("bench/child_processes", 0),
        child_cpu_seconds=round(stats.get("bench/child_cpu_seconds", 0.0), 3),
        server_cpu_seconds=round(process_cpu_seconds(server_pid) - server_before, 2),
        database_cpu_seconds=round(process_cpu_seconds(database_pid) - database_before, 2),
        mongo_batches=stats.get("newsbot/store/batches", 0),
        mongo_written=stats.get("newsbot/store/inserted", 0) + stats.get("newsbot/store/updated", 0),
        load_average=round(os.getloadavg()[0], 2),
        log_tail=(done.stderr + log)[-3000:],
    )
