"""What a crawl killed with SIGKILL and resumed costs against one clean crawl: pages fetched, feed lines,
articles stored. `make bench-resume` (about a minute per kill point).

    python -m bench.resume [--kill-after 1 5 10 15] [--delay 0.3]

Each round crawls the replica into FerretDB with JOBDIR and a feed appended to
(``-o``), kills the crawl once its write-ahead file holds N articles, and
resumes it. Printed per round: page fetches of the clean crawl and of the
killed plus resumed one, pages in flight at the kill, feed lines, stored articles.
"""

from __future__ import annotations

import argparse
import json
import signal
import tempfile
import time
from collections import Counter
from pathlib import Path

from pymongo import MongoClient

from harness.crawl import Crawl
from harness.services.mongo import MongoServer
from harness.site.server import EXPECTED, serve_replica
from newsbot.spidermiddlewares.resume import JOURNAL, JobState

# One batch for the whole crawl, so the kill always finds articles not yet written to MongoDB.
SETTINGS = {"CONCURRENT_REQUESTS": "4", "MONGO_BATCH_SECONDS": "600"}


def page_fetches(requests: list[str]) -> Counter:
    return Counter(path for path in requests if path != "/robots.txt")


def wal_lines(spool: Path) -> int:
    return sum(len(wal.read_bytes().splitlines()) for wal in spool.rglob("*.wal.jsonl"))


def clean_round(uri: str, work: Path, delay: float) -> dict:
    with serve_replica() as base:
        result = Crawl("-a", f"start_urls={base}/", tmp_path=work, env={"MONGO_URI": uri},
                       settings={**SETTINGS, "DOWNLOAD_DELAY": delay, "MONGO_DATABASE": "bench_clean",
                                 "NEWSBOT_SPOOL_DIR": work / "spool"}).start().wait()
        return {"fetches": sum(page_fetches(base.requests).values()), "feed_lines": len(result.items)}


def killed_round(uri: str, work: Path, kill_after: int, delay: float) -> dict:
    database = f"bench_resume_{kill_after}"
    feed = work / "items.jsonl"
    settings = {**SETTINGS, "DOWNLOAD_DELAY": delay, "JOBDIR": work / "job", "NEWSBOT_SPOOL_DIR": work / "spool",
                "MONGO_DATABASE": database}
    with serve_replica() as base:
        first = Crawl("-a", f"start_urls={base}/", tmp_path=work, settings=settings, append_to=feed,
                      env={"MONGO_URI": uri}).start()
        deadline = time.monotonic() + 120
        while wal_lines(work / "spool") < kill_after and time.monotonic() < deadline:
            time.sleep(0.02)
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()
        killed_fetches = sum(page_fetches(base.requests).values())
        in_flight = len(JobState.read(work / "job" / JOURNAL).in_flight)
        resumed = Crawl("-a", f"start_urls={base}/", tmp_path=work, settings=settings, append_to=feed,
                        env={"MONGO_URI": uri}).start().wait()
        fetches = sum(page_fetches(base.requests).values())
    with MongoClient(uri) as client:
        stored = client[database].articles.count_documents({})
        client.drop_database(database)
    articles = [(item["site"], item["article_id"]) for item in resumed.items]
    return {"kill_after": kill_after, "fetches_before_kill": killed_fetches, "fetches": fetches,
            "in_flight": in_flight, "feed_lines": len(articles), "feed_distinct": len(set(articles)),
            "stored": stored, "resumed_exit": resumed.returncode}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kill-after", type=int, nargs="+", default=[1, 5, 10, 15],
                        help="articles in the write-ahead file at the kill")
    parser.add_argument("--delay", type=float, default=0.3, help="DOWNLOAD_DELAY; 0 keeps more pages in flight")
    args = parser.parse_args(argv)
    reachable = len(json.loads(EXPECTED.read_text(encoding="utf-8"))["reachable"])
    with MongoServer() as server, tempfile.TemporaryDirectory(prefix="newsbot-bench-resume-") as tmp:
        clean = clean_round(server.uri, Path(tmp) / "clean", args.delay)
        print(f"replica: {reachable} articles; clean crawl: {clean['fetches']} page fetches, "
              f"{clean['feed_lines']} feed lines")
        print("kill after | fetched before kill | fetched in all | in flight | extra | feed lines (distinct) | stored")
        for kill_after in args.kill_after:
            row = killed_round(server.uri, Path(tmp) / f"kill-{kill_after}", kill_after, args.delay)
            print(f"{row['kill_after']:>10} | {row['fetches_before_kill']:>19} | {row['fetches']:>14} | "
                  f"{row['in_flight']:>9} | {row['fetches'] - clean['fetches']:>5} | "
                  f"{row['feed_lines']:>10} ({row['feed_distinct']}) | {row['stored']}"
                  + ("" if row["resumed_exit"] == 0 else f"  (resumed crawl exit {row['resumed_exit']})"))


if __name__ == "__main__":
    main()
