"""What an article costs the item pipelines and the feed export: CPU ms per article, step by step.

    python -m bench.pipelines [--site 1000] [--articles 1000] [--rounds 3] [--together 1] [--mongo]
                              [--profile 30] [--dump FILE]

The articles of the generated site (``bench.site.generate``) are read as the spider reads them, then,
each round with new steps, run through the project's ``ITEM_PIPELINES`` as the settings build them
(``from_crawler``, ``open_spider``) and written with the feed's JSON-lines exporter. The stories step's
work (``StoryPlacer.place``, which the step runs in its worker thread during a crawl) is run here in this
thread, on `--together` articles at a time (one lookup for them, as when that many wait for the worker;
1: as when articles come one by one), its CPU time shared by them. MongoDB is off (the store steps aside)
unless ``--mongo``: then a FerretDB (or ``$MONGO_URI``) from ``harness.services.mongo`` takes the store's
batches, each batch's stories reconciliation is timed as a row of its own, and the CPU time the server
spent is printed too. Nothing leaves 127.0.0.1.

Printed: per step, CPU ms per article it saw, the mean and the median over the articles (each the
median of the rounds), and all steps' total per article. ``--dump`` writes every item as it leaves the
last step (``story_bands`` included), for comparing two checkouts.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import cProfile
import io
import json
import os
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import build_from_crawler, load_object

from bench.reading import site_pages
from harness.crawl import make_crawler
from harness.services.mongo import MongoServer
from newsbot.reading import read
from newsbot.storage.signals import batch_written

EXPORT = "feed export (JSON lines)"
RECONCILE = "stories reconciliation (a batch's, per article)"


def read_items(site: int, articles: int) -> list:
    """The articles of the site's pages as the spider reads them (listing pages left out)."""
    items = []
    for url, html, page_class in site_pages(site, articles):
        reading = read(page_class(url, html))
        if reading.item is not None:
            items.append(reading.item)
    return items


class Run:
    """The project's pipeline steps and the feed's exporter, built anew for one pass over the items."""

    def __init__(self, settings: dict):
        self.crawler = make_crawler(**settings)
        self.steps: list[tuple[str, object, Callable]] = []
        self.spent: dict[str, list[float]] = {}
        pipelines = self.crawler.settings.getwithbase("ITEM_PIPELINES")
        for path in sorted(pipelines, key=pipelines.get):
            if pipelines[path] is None:
                continue
            try:
                step = build_from_crawler(load_object(path), self.crawler)
            except NotConfigured:
                continue
            if hasattr(step, "open_spider"):
                step.open_spider()
            self.steps.append((type(step).__name__, step, self._work_of(step)))
        built = self.crawler.settings
        exporter_class = load_object(built.getwithbase("FEED_EXPORTERS")["jsonlines"])
        self.exporter = exporter_class(io.BytesIO(), encoding=built.get("FEED_EXPORT_ENCODING"),
                                       fields_to_export=built.getlist("FEED_EXPORT_FIELDS") or None)
        self.exporter.start_exporting()

    def _work_of(self, step) -> Callable:
        """What the step does to a list of items (the ones it keeps), timed per item."""
        placer = getattr(step, "placer", None)
        if placer is not None:
            # The stories step: its work, run in this thread on the items of a job; a batch's reconciliation
            # timed apart.
            self.crawler.signals.disconnect(step.batch_written, signal=batch_written)
            # Kept here: signals hold their receivers weakly.
            self.reconciling = self._reconcile(placer)
            self.crawler.signals.connect(self.reconciling, signal=batch_written)
            return lambda items: self._placed(type(step).__name__, placer, items)
        return lambda items: [kept for item in items if (kept := self._one(type(step).__name__, step, item))]

    def _placed(self, name: str, placer, items: list) -> list:
        self._timed(name, lambda: placer.place(items), len(items))
        return items

    def _timed(self, name: str, work: Callable, count: int) -> None:
        """The work's CPU time, shared evenly by the `count` items it was done for."""
        started = time.process_time()
        work()
        spent = (time.process_time() - started) / count
        self.spent.setdefault(name, []).extend([spent] * count)

    def _one(self, name: str, step, item):
        started = time.process_time()
        try:
            item = step.process_item(item)
        except DropItem as exc:
            # As Scrapy tells of a dropped item: the store records an alias of a duplicate.
            self.crawler.signals.send_catch_log(signals.item_dropped, item=item, response=None, exception=exc,
                                                spider=self.crawler.spider)
            item = None
        self.spent.setdefault(name, []).append(time.process_time() - started)
        return item

    def _reconcile(self, placer) -> Callable:
        def reconcile(documents: list[dict]):
            self._timed(RECONCILE, lambda: placer.reconcile(documents), len(documents))
        return reconcile

    def pass_items(self, items: list) -> list:
        """The items through every step, as one job of the stories step, then exported; those kept."""
        for _, _, work in self.steps:
            if not items:
                return []
            items = work(items)
        for item in items:
            started = time.process_time()
            self.exporter.export_item(item)
            self.spent.setdefault(EXPORT, []).append(time.process_time() - started)
        return items

    def close(self) -> None:
        for _, step, _ in self.steps:
            if hasattr(step, "close_spider"):
                step.close_spider()
        self.exporter.finish_exporting()


def run_round(items: list, settings: dict, together: int = 1) -> tuple[dict[str, list[float]], list]:
    run = Run(settings)
    items = copy.deepcopy(items)
    out = [kept for start in range(0, len(items), together) for kept in run.pass_items(items[start:start + together])]
    run.close()
    return run.spent, out


def server_cpu_seconds(server) -> float | None:
    """The CPU time the test server's process has spent (a FerretDB started here), or None."""
    process = getattr(server, "_proc", None)
    if process is None:
        return None
    fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=int, default=1000, help="articles of the generated site")
    parser.add_argument("--articles", type=int, default=1000, help="articles run through (spread over the site)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mongo", action="store_true", help="store in a FerretDB (or $MONGO_URI)")
    parser.add_argument("--together", type=int, default=1, metavar="K",
                        help="articles placed in one job of the stories step (one lookup), as when K wait")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="also print cProfile's N costliest")
    parser.add_argument("--dump", type=Path, help="write each item as it leaves the steps as JSON lines")
    args = parser.parse_args(argv)
    items = read_items(args.site, args.articles)
    with contextlib.ExitStack() as stack:
        server = stack.enter_context(MongoServer()) if args.mongo else None
        spool = stack.enter_context(tempfile.TemporaryDirectory(prefix="newsbot-bench-pipelines-"))

        def settings(name: str) -> dict:
            if server is None:
                return {"LOG_LEVEL": "WARNING"}
            return {"LOG_LEVEL": "WARNING", "MONGO_URI": server.uri, "MONGO_DATABASE": f"newsbot_bench_{name}",
                    "NEWSBOT_SPOOL_DIR": spool}

        run_round(items[:20], settings("warmup"))
        results = []
        for number in range(args.rounds):
            before = server_cpu_seconds(server)
            spent, out = run_round(items, settings(f"round{number}"), args.together)
            results.append(spent)
            after = server_cpu_seconds(server)
            if before is not None and after is not None:
                print(f"round {number + 1}: the server spent {after - before:.2f} CPU s, "
                      f"{1000 * (after - before) / len(items):.2f} ms per article")
        if args.dump:
            with args.dump.open("w", encoding="utf-8") as file:
                for item in out:
                    document = ItemAdapter(item).asdict()
                    file.write(json.dumps(document, ensure_ascii=False, sort_keys=True, default=str) + "\n")
        print_table(results, len(items))
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(run_round, items, settings("profile"), args.together)
            pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


def print_table(results: list[dict[str, list[float]]], articles: int) -> None:
    names = list(dict.fromkeys(name for spent in results for name in spent))
    width = max(map(len, names))
    print(f"{articles} articles, {len(results)} rounds: CPU ms per article (median of the rounds)")
    print(f"  {'step':{width}}  {'mean':>7}  {'median':>7}")
    total = []
    for spent in results:
        total.append(sum(sum(values) for values in spent.values()) / articles)
    for name in names:
        means = [1000 * statistics.mean(spent[name]) for spent in results if name in spent]
        medians = [1000 * statistics.median(spent[name]) for spent in results if name in spent]
        print(f"  {name:{width}}  {statistics.median(means):7.3f}  {statistics.median(medians):7.3f}")
    print(f"  {'all steps and the export':{width}}  {1000 * statistics.median(total):7.3f}")


if __name__ == "__main__":
    main()
