"""`make bench`: the crawl benchmark, side by side, and its table.

    python -m bench.run [--pages 5000] [--rounds 3] [--scale 1000,5000,20000] [--extract-pages 150]

1. generates the site (bench/site.py) and serves it with nginx on 127.0.0.1;
2. checks the server is not the bottleneck: wrk's rate on an article page, and nginx's
   own CPU time during every crawl;
3. crawls it in rounds with the three crawlers (bench/crawl.py: limit, feed, full with
   FerretDB started here), the order rotating from round to round;
4. at each scale point crawls once more with the limit and the full newsbot;
5. times extraction alone (bench/extraction.py);
6. writes bench/results/<date>-<pages>.json and the markdown table into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import pymongo

from bench import extraction, report
from bench.crawl import MODES, ROOT, run_crawl
from bench.nginx import Nginx, nginx_binary
from bench.site import generate
from harness.services.mongo import PID_FILE, MongoServer
from newsbot import settings as newsbot_settings

RESULTS = ROOT / "bench" / "results"
WRK_SECONDS = 5
MONGO_DATABASE = "newsbot_bench"


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1])
    nginx_version = subprocess.run([nginx_binary(), "-v"], capture_output=True, text=True).stderr.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(memory_kib / 2**20, 1),
            "os": platform.platform(), "python": platform.python_version(),
            "scrapy": version("scrapy"), "lxml": version("lxml"), "nginx": nginx_version.split("/")[-1]}


def server_check(url: str, connections: int) -> dict:
    """nginx alone serving one article page as fast as wrk asks for it."""
    wrk = shutil.which("wrk")
    if wrk is None:
        return {"tool": "wrk", "missing": True}
    done = subprocess.run([wrk, "-t1", f"-c{connections}", f"-d{WRK_SECONDS}s", url],
                          capture_output=True, text=True, timeout=WRK_SECONDS + 30)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
    return {"tool": "wrk", "connections": connections, "seconds": WRK_SECONDS,
            "requests_per_second": float(rate[1]) if rate else None}


def _median_of(runs: list[dict], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 2)


def summarise(runs: list[dict]) -> dict:
    """Medians and spread per mode, and the ratios to the limit."""
    modes = {}
    for mode in MODES:
        mine = [r for r in runs if r["mode"] == mode]
        if not mine:
            continue
        rates = [r["pages_per_second"] for r in mine]
        modes[mode] = {
            "runs": len(mine),
            "pages": mine[0]["pages"],
            "items": mine[0]["items"],
            "pages_per_second": _median_of(mine, "pages_per_second"),
            "pages_per_second_min": min(rates), "pages_per_second_max": max(rates),
            "cpu_seconds_per_1000_pages": _median_of(mine, "cpu_seconds_per_1000_pages"),
            "peak_rss_mb": _median_of(mine, "peak_rss_mb"),
            "server_cpu_seconds_per_1000_pages": round(1000 * statistics.median(
                r["server_cpu_seconds"] / r["pages"] for r in mine), 2),
            "database_cpu_seconds_per_1000_pages": round(1000 * statistics.median(
                r["database_cpu_seconds"] / r["pages"] for r in mine), 2),
            "mongo_average_batch": round(statistics.median(
                r["mongo_written"] / r["mongo_batches"] for r in mine), 1) if mine[0]["mongo_batches"] else None,
        }
    limit = modes.get("limit", {}).get("pages_per_second")
    for mode in MODES[1:]:
        if mode in modes and limit:
            modes[mode]["ratio_to_limit"] = round(modes[mode]["pages_per_second"] / limit, 3)
    return modes


class Bench:
    def __init__(self, args, workdir: Path, mongo: MongoServer):
        self.args = args
        self.workdir = workdir
        self.mongo = mongo
        self.database_pid = None if mongo.external else int((mongo.data_dir / PID_FILE).read_text())

    def crawl(self, mode: str, server: Nginx, label: str) -> dict:
        if mode.startswith("full"):
            with pymongo.MongoClient(self.mongo.uri) as client:
                client.drop_database(MONGO_DATABASE)
        result = run_crawl(mode, server.base_url + "/", self.workdir / label / mode, self.args.concurrency,
                           mongo_uri=self.mongo.uri, server_pid=server.process.pid,
                           database_pid=self.database_pid, extra_settings={"MONGO_DATABASE": MONGO_DATABASE},
                           extract_processes=self.args.extract_processes)
        if not result.ok:
            raise SystemExit(f"bench: the {mode} crawl failed (exit {result.returncode}):\n{result.log_tail}")
        row = result.to_dict()
        del row["log_tail"]
        print(f"  {label} {mode:5}: {row['pages']} pages {row['pages_per_second']:7.1f}/s "
              f"cpu {row['cpu_seconds_per_1000_pages']:6.1f} s/1000 rss {row['peak_rss_mb']:6.1f} MB "
              f"load {row['load_average']}", flush=True)
        return row

    def side_by_side(self, pages: int) -> dict:
        site = generate(pages)
        with Nginx(site.root) as server:
            check = server_check(server.base_url + site.article_paths[0], self.args.concurrency)
            print(f"nginx alone: {check.get('requests_per_second')} requests/s", flush=True)
            runs = []
            modes = self.args.modes
            for round_number in range(self.args.rounds):
                shift = round_number % len(modes)
                for mode in modes[shift:] + modes[:shift]:
                    runs.append({"round": round_number, **self.crawl(mode, server, f"n{pages}-r{round_number}")})
        return {"pages": pages, "site": site.manifest["bytes"] | {"words": site.manifest["words"]},
                "server_check": check, "runs": runs, "summary": summarise(runs)}

    def scale(self, main: dict) -> list[dict]:
        points = []
        for pages in self.args.scale:
            if pages == main["pages"]:
                summary = main["summary"]
            else:
                site = generate(pages)
                with Nginx(site.root) as server:
                    summary = summarise([self.crawl(mode, server, f"scale-{pages}") for mode in self.args.scale_modes])
            points.append({"pages": pages, **{mode: {k: summary[mode][k] for k in (
                "pages_per_second", "peak_rss_mb", "cpu_seconds_per_1000_pages")} for mode in self.args.scale_modes}})
        return points


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="articles of the side-by-side site")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scale", default="1000,5000,20000", help="site sizes of the scale runs")
    parser.add_argument("--modes", default=",".join(MODES), help="crawlers side by side, of " + ", ".join(MODES))
    parser.add_argument("--scale-modes", default="limit,full,full-workers")
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight, the same for all")
    parser.add_argument("--extract-processes", type=int, default=os.cpu_count() or 1,
                        help="NEWSBOT_EXTRACT_PROCESSES of the *-workers crawlers (default: one per core)")
    parser.add_argument("--extract-pages", type=int, default=150)
    parser.add_argument("--extract-rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder of the result JSON")
    parser.add_argument("--doc", type=Path, default=ROOT / "docs" / "performance.md",
                        help="document whose bench table is replaced; '-' to leave it alone")
    args = parser.parse_args(argv)
    args.scale = [int(n) for n in args.scale.split(",") if n]
    args.modes = [m for m in args.modes.split(",") if m]
    args.scale_modes = [m for m in args.scale_modes.split(",") if m]
    unknown = set(args.modes + args.scale_modes) - set(MODES)
    if unknown:
        parser.error(f"unknown modes {', '.join(sorted(unknown))}: choose from {', '.join(MODES)}")
    return args


def main(argv=None) -> dict:
    args = parse_args(argv)
    started = datetime.now(UTC)
    result = {"started": started.isoformat(timespec="seconds"), "machine": machine(),
              "load_average_at_start": os.getloadavg(), "settings": {
                  "concurrency": args.concurrency, "rounds": args.rounds, "autothrottle": False, "download_delay": 0,
                  "mongo_batch_size": newsbot_settings.MONGO_BATCH_SIZE,
                  "extract_processes": args.extract_processes}}
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp, MongoServer() as mongo:
        bench = Bench(args, Path(tmp), mongo)
        result["side_by_side"] = bench.side_by_side(args.pages)
        result["scale"] = bench.scale(result["side_by_side"])
    site = generate(args.pages)
    print("extraction alone...", flush=True)
    result["extraction"] = extraction.run(site.root, site.manifest["articles"], args.extract_pages, args.extract_rounds)
    result["load_average_at_end"] = os.getloadavg()
    result["minutes"] = round((time.time() - started.timestamp()) / 60, 1)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{started:%Y%m%d-%H%M}-n{args.pages}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    table = report.markdown(result)
    print(table)
    if str(args.doc) != "-":
        report.update_document(args.doc, table)
    print(f"results: {path}")
    return result


if __name__ == "__main__":
    sys.exit(main() and 0)
