"""`make bench-stories`: how well and at what cost the stories step finds syndicated copies.

    python -m bench.stories [--stored 1000,10000,100000] [--articles 20] [--alone 2] [--skip-cost] [--docs-from FILE]

1. quality: the labelled set (bench/stories_corpus.py) through the stories step, in memory, at the
   configured threshold and around it: pairwise precision and recall, and the exact Jaccard similarity of
   copies and of different stories;
2. libraries: rensa's and datasketch's MinHash on the same shingles: CPU per article, and how far their
   estimates are from the exact Jaccard similarity;
3. cost: with 1,000 / 10,000 / 100,000 articles stored in FerretDB (inserted in bulk with their bands),
   the step run as in a crawl (a reactor; the work off its thread): CPU ms of the crawl's thread and of
   the step's worker, MongoDB round trips per article, and the wall time of the lookups.
Writes bench/results/stories-<date>.json and the tables into docs/stories.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import time
from collections import Counter
from datetime import UTC, datetime
from importlib.metadata import version

from pymongo import InsertOne, MongoClient, monitoring
from twisted.internet import defer

from bench.stories_corpus import labelled_set
from harness.crawl import ROOT, make_crawler
from harness.services.mongo import MongoServer
from newsbot import settings as newsbot_settings
from newsbot.items import Article
from newsbot.pipelines.stories import StoriesPipeline
from newsbot.stories import stored
from newsbot.stories.fingerprint import Fingerprint, jaccard, shingles, syllables
from newsbot.stories.placing import StoryPlacer
from newsbot.stories.recent import RecentVersions
from newsbot.stories.rules import story_text

RESULTS = ROOT / "bench" / "results"
DOCS = ROOT / "docs" / "stories.md"
THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
ITEM_FIELDS = ("site", "article_id", "url", "title", "summary", "body", "published_at")


def run_step(documents: list[dict], **settings) -> tuple[list[str], Counter, float]:
    """The story id given to each document (one at a time), the step's counts, and the CPU seconds it took."""
    step = StoriesPipeline.from_crawler(make_crawler(**settings))
    ids = []
    counts: Counter = Counter()
    started = time.process_time()
    for document in documents:
        item = _article(document)
        counts.update(step.placer.place([item]))
        ids.append(item.story_id)
    elapsed = time.process_time() - started
    return [step.placer.recent.current(i) for i in ids], counts, elapsed


def _article(document: dict) -> Article:
    return Article(**{f: document[f] for f in ITEM_FIELDS})


def pairwise(documents: list[dict], predicted: list[str]) -> dict:
    true_pairs = predicted_pairs = both = 0
    for (i, a), (j, b) in itertools.combinations(enumerate(documents), 2):
        same_truth, same_predicted = a["truth"] == b["truth"], predicted[i] == predicted[j]
        true_pairs += same_truth
        predicted_pairs += same_predicted
        both += same_truth and same_predicted
    return {"precision": round(both / predicted_pairs, 4) if predicted_pairs else 1.0,
            "recall": round(both / true_pairs, 4) if true_pairs else 1.0,
            "true_pairs": true_pairs, "predicted_pairs": predicted_pairs, "correct_pairs": both}


def similarities(documents: list[dict], size: int) -> dict:
    sets = [shingles(story_text(d["summary"], d["body"]), size) for d in documents]
    copies, others = [], []
    for (i, a), (j, b) in itertools.combinations(enumerate(documents), 2):
        (copies if a["truth"] == b["truth"] else others).append(jaccard(sets[i], sets[j]))
    copies.sort()
    others.sort()
    return {"copies": {"pairs": len(copies), "min": round(copies[0], 3),
                       "p05": round(copies[len(copies) // 20], 3), "median": round(statistics.median(copies), 3)},
            "different_stories": {"pairs": len(others), "max": round(others[-1], 3),
                                  "p999": round(others[int(len(others) * 0.999)], 3)}}


def kept_shares(documents: list[dict]) -> dict:
    """How much of each story's text its copies keep (syllables of the original found in the copy)."""
    originals = {d["truth"]: d for d in documents if d["site"] == "origin.vn"}
    shares = []
    for document in documents:
        if document["site"] == "origin.vn":
            continue
        original = syllables(story_text(originals[document["truth"]]["summary"], originals[document["truth"]]["body"]))
        copy = set(shingles(story_text(document["summary"], document["body"]), 1))
        shares.append(sum(1 for s in original if s in copy) / len(original))
    return {"copies": len(shares), "min": round(min(shares), 3), "median": round(statistics.median(shares), 3)}


def quality() -> dict:
    documents = labelled_set()
    configured = newsbot_settings.NEWSBOT_STORIES_MIN_SIMILARITY
    sweep = {}
    for threshold in sorted({*THRESHOLDS, configured}):
        predicted, _, _ = run_step(documents, NEWSBOT_STORIES_MIN_SIMILARITY=threshold)
        sweep[str(threshold)] = pairwise(documents, predicted)
    predicted, counts, cpu = run_step(documents)
    stats = dict(sorted(counts.items()))
    return {"documents": len(documents), "stories": len({d["truth"] for d in documents}),
            "edits": dict(sorted(_edit_counts(documents).items())), "kept_share": kept_shares(documents),
            "configured_threshold": configured, "result": sweep[str(configured)], "by_threshold": sweep,
            "jaccard": similarities(documents, newsbot_settings.NEWSBOT_STORIES_SHINGLE_SIZE),
            "stats": stats, "cpu_ms_per_article_in_memory": round(cpu / len(documents) * 1000, 3)}


def _edit_counts(documents):
    counts: dict[str, int] = {}
    for document in documents:
        for edit in document["edits"]:
            counts[edit] = counts.get(edit, 0) + 1
    return counts


def libraries(rounds: int = 5) -> dict:
    """rensa and datasketch MinHash of the same shingles, same number of permutations."""
    import datasketch
    import rensa

    documents = labelled_set()
    size = newsbot_settings.NEWSBOT_STORIES_SHINGLE_SIZE
    permutations = newsbot_settings.NEWSBOT_STORIES_BANDS * newsbot_settings.NEWSBOT_STORIES_ROWS
    sets = [list(shingles(story_text(d["summary"], d["body"]), size)) for d in documents]

    def with_rensa(tokens):
        signature = rensa.RMinHash(permutations, 1)
        signature.update(tokens)
        return signature

    def with_datasketch(tokens):
        signature = datasketch.MinHash(num_perm=permutations, seed=1)
        signature.update_batch([t.encode() for t in tokens])
        return signature

    results = {}
    rng = random.Random(1)
    pairs = rng.sample(list(itertools.combinations(range(len(documents)), 2)), 3000)
    pairs += [(i, j) for i, j in itertools.combinations(range(len(documents)), 2)
              if documents[i]["truth"] == documents[j]["truth"]]
    for name, make in (("rensa", with_rensa), ("datasketch", with_datasketch)):
        started = time.process_time()
        for _ in range(rounds):
            signatures = [make(tokens) for tokens in sets]
        cpu_ms = (time.process_time() - started) / rounds / len(sets) * 1000
        errors = [abs(signatures[i].jaccard(signatures[j]) - jaccard(frozenset(sets[i]), frozenset(sets[j])))
                  for i, j in pairs]
        results[name] = {"version": version(name), "cpu_ms_per_article": round(cpu_ms, 4),
                         "mean_abs_error": round(statistics.mean(errors), 4), "max_abs_error": round(max(errors), 4)}
    results["permutations"] = permutations
    results["articles"] = len(sets)
    return results


class RoundTrips(monitoring.CommandListener):
    def __init__(self):
        self.commands: list[str] = []

    def started(self, event):
        self.commands.append(event.command_name)

    def succeeded(self, event):
        pass

    def failed(self, event):
        pass


def cost(stored_counts: list[int], articles: int, alone: int) -> list[dict]:
    """With N articles stored: the step run as in a crawl (a reactor, the work off its thread), for copies
    of stored stories, nothing of them in memory. `articles` arrive together (those that come while a
    lookup runs wait for the next one), then `alone` each after the one before is placed; then a batch's
    reconciliation. CPU of the crawl's (reactor) thread and of the step's worker thread, MongoDB round
    trips, wall time. pymongo's monitoring threads wake while a lookup waits, and are not the step's cost."""
    rows: list[dict] = []

    def measure(reactor):
        return defer.ensureDeferred(_cost(stored_counts, articles, alone, rows))
    _run_in_reactor(measure)
    return rows


def _run_in_reactor(main) -> None:
    from twisted.internet import reactor

    failures = []

    def start():
        main(reactor).addErrback(failures.append).addBoth(lambda _: reactor.stop())
    reactor.callWhenRunning(start)
    reactor.run(installSignalHandlers=False)
    if failures:
        failures[0].raiseException()


async def _cost(stored_counts: list[int], articles: int, alone: int, rows: list[dict]) -> None:
    documents = labelled_set()
    originals = [d for d in documents if d["site"] == "origin.vn"]
    copies = [d for d in documents if d["site"] != "origin.vn"]
    listener = RoundTrips()
    monitoring.register(listener)  # on every client made from now on, the step's own too
    with MongoServer() as server:
        client = MongoClient(server.uri, tz_aware=True)
        collection = client["newsbot_bench_stories"]["articles"]
        collection.drop()
        step = StoriesPipeline.from_crawler(make_crawler(MONGO_URI=server.uri))
        step.store_opened(collection, timeout=600, outage_seconds=10)
        filler = _filler(step.placer)
        have = 0
        for count in stored_counts:
            started = time.monotonic()
            batch = []
            while have < count - len(originals):
                batch.append(InsertOne(next(filler)))
                have += 1
                if len(batch) == 1000:
                    collection.bulk_write(batch, ordered=False)
                    batch = []
            if batch:
                collection.bulk_write(batch, ordered=False)
            if count == stored_counts[0]:
                originals_placed = [_article(o) for o in originals]  # the stories the copies below find
                step.placer.place(originals_placed)
                collection.insert_many([dict(item.__dict__) for item in originals_placed])
                have += len(originals)
            load_seconds = time.monotonic() - started
            sample = [_article(d) for d in copies[:articles + alone]]
            for item in sample:  # under other identities at each size, to stay new
                item.article_id = f"{item.article_id}-{count}"
            row = {"stored": collection.estimated_document_count(), "load_seconds": round(load_seconds, 1)}
            row["together"] = await _placing(step, listener, sample[:articles], together=True)
            row["alone"] = await _placing(step, listener, sample[articles:], together=False)
            written = [dict(item.__dict__) for item in sample]
            collection.insert_many([dict(d) for d in written])  # as the store writes them, then reconciles
            listener.commands.clear()
            started_wall = time.monotonic()
            step.batch_written(written)
            await step.worker.run(defer.succeed, None)  # once the worker has run it
            row["batch_reconcile"] = {"articles": len(written), "round_trips": len(listener.commands),
                                      "wall_ms": round((time.monotonic() - started_wall) * 1000, 1)}
            row["server_plan"] = collection.find({stored.BANDS_FIELD: {"$in": ["x", "y"]}}).explain().get(
                "queryPlanner")
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
        collection.drop()
        client.close()


async def _placing(step: StoriesPipeline, listener: RoundTrips, items: list[Article], together: bool) -> dict:
    """Articles through the step as in a crawl: handed over all at once, or each once the one before left."""
    step.placer.recent = RecentVersions(step.placer.recent.capacity)  # nothing of this process in memory
    listener.commands.clear()
    worker = _timed(step.placer, "place")
    lookup = _timed(stored, "sharing_a_band")
    started_cpu, started_wall = time.thread_time(), time.monotonic()
    if together:
        await defer.gatherResults([defer.ensureDeferred(step.process_item(item)) for item in items])
    else:
        for item in items:
            await step.process_item(item)
    crawl_cpu, wall = time.thread_time() - started_cpu, time.monotonic() - started_wall
    worker.restore()
    lookup.restore()
    found = sum(item.story_id.startswith("origin.vn/") for item in items)
    return {"articles": len(items), "lookups": len(listener.commands),
            "round_trips_per_article": round(len(listener.commands) / len(items), 3),
            "crawl_thread_cpu_ms_per_article": round(crawl_cpu / len(items) * 1000, 3),
            "worker_cpu_ms_per_article": round(worker.cpu / len(items) * 1000, 3),
            "worker_cpu_ms_in_lookup_per_article": round(lookup.cpu / len(items) * 1000, 3),
            "lookup_wall_ms_per_lookup": round(lookup.wall / max(1, len(listener.commands)) * 1000, 1),
            "wall_ms_until_all_placed": round(wall * 1000, 1), "copies_found": found}


class _timed:
    """The CPU (of the calling thread) and wall time spent in module.name, until restored."""

    def __init__(self, module, name: str):
        self.module, self.name, self.original = module, name, getattr(module, name)
        self.cpu = self.wall = 0.0

        def timed(*args, **kwargs):
            started_cpu, started_wall = time.thread_time(), time.monotonic()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.cpu += time.thread_time() - started_cpu
                self.wall += time.monotonic() - started_wall
        setattr(module, name, timed)

    def restore(self):
        setattr(self.module, self.name, self.original)


def _filler(placer: StoryPlacer):
    """Stored articles of other stories: texts drawn from the corpus's syllables, with their real bands."""
    vocabulary = sorted({s for d in labelled_set() for s in syllables(d["body"])})
    rng = random.Random(7)
    number = 0
    while True:
        number += 1
        body = " ".join(rng.choice(vocabulary) for _ in range(600))
        fingerprint = Fingerprint.of_text(body, placer.rules.shingle_size)
        key = f"filler.vn/{number}"
        yield {"site": "filler.vn", "article_id": str(number), "url": f"https://filler.vn/bai-{number}.html",
               "title": f"Bài {number}", "summary": None, "body": body, "published_at": "2025-11-20T08:00:00+07:00",
               "story_id": key, "outlets": [{"site": "filler.vn", "url": f"https://filler.vn/bai-{number}.html"}],
               stored.BANDS_FIELD: placer.banding.keys(fingerprint)}


def markdown(results: dict) -> str:
    q = results["quality"]
    lines = [f"Measured {results['date']} by `make bench-stories` ({results['machine']}); "
             f"raw numbers in `bench/results/{results['file']}`.", "",
             f"**Labelled set**: {q['documents']} documents, {q['stories']} stories (each with "
             f"{(q['documents'] - q['stories']) // q['stories']} copies; edits: "
             + ", ".join(f"{k} {v}" for k, v in q["edits"].items())
             + f"); copies keep {q['kept_share']['min']:.0%} to 100% of the syllables (median "
               f"{q['kept_share']['median']:.0%}).", "",
             f"Exact Jaccard similarity of 3-syllable shingles: copies min {q['jaccard']['copies']['min']}, "
             f"5th percentile {q['jaccard']['copies']['p05']}, median {q['jaccard']['copies']['median']}; "
             f"different stories max {q['jaccard']['different_stories']['max']}.", "",
             "| min Jaccard | precision | recall | predicted pairs | true pairs |", "|---|---|---|---|---|"]
    for threshold, row in q["by_threshold"].items():
        mark = " (default)" if float(threshold) == q["configured_threshold"] else ""
        lines.append(f"| {threshold}{mark} | {row['precision']} | {row['recall']} | {row['predicted_pairs']} "
                     f"| {row['true_pairs']} |")
    lines += ["", f"In memory (no MongoDB), the step takes {q['cpu_ms_per_article_in_memory']} ms of CPU per article "
              "of this set, where three articles in four are copies confirmed against their candidates."]
    lib = results.get("libraries")
    if lib:
        lines += ["", f"**MinHash libraries** ({lib['permutations']} permutations, {lib['articles']} articles):", "",
                  "| library | CPU ms per article | mean abs. error vs exact Jaccard | max error |",
                  "|---|---|---|---|"]
        for name in ("rensa", "datasketch"):
            row = lib[name]
            lines.append(f"| {name} {row['version']} | {row['cpu_ms_per_article']} | {row['mean_abs_error']} "
                         f"| {row['max_abs_error']} |")
    if results.get("cost"):
        rows = results["cost"]
        lines += ["", "**Cost** per article placed (a copy of a stored story, nothing in memory), the step run as in "
                  f"a crawl, FerretDB {results['ferretdb']} (SQLite backend). CPU ms of the crawl's thread and of "
                  "the step's worker thread (of which in the pymongo lookup), MongoDB round trips:", "",
                  "| stored articles | placed | lookups | round trips per article | CPU ms crawl thread "
                  "| CPU ms worker (lookup) | lookup wall ms | wall ms until all placed |",
                  "|---|---|---|---|---|---|---|---|"]
        for row in rows:
            for mode, label in (("together", "arriving together"), ("alone", "one after the other")):
                m = row[mode]
                lines.append(f"| {row['stored']:,} | {m['articles']} {label} | {m['lookups']} "
                             f"| {m['round_trips_per_article']} | {m['crawl_thread_cpu_ms_per_article']} "
                             f"| {m['worker_cpu_ms_per_article']} ({m['worker_cpu_ms_in_lookup_per_article']}) "
                             f"| {m['lookup_wall_ms_per_lookup']} | {m['wall_ms_until_all_placed']} |")
        lines += ["", f"A batch's reconciliation ({rows[0]['batch_reconcile']['articles']} articles, in the worker): "
                  + "; ".join(f"{row['stored']:,} stored: round trips {row['batch_reconcile']['round_trips']}, "
                              f"{row['batch_reconcile']['wall_ms']} ms" for row in rows) + "."]
    return "\n".join(lines) + "\n"


def write_docs(table: str, markers: tuple[str, str] = ("<!-- bench-stories -->", "<!-- /bench-stories -->")) -> None:
    start, end = markers
    text = DOCS.read_text(encoding="utf-8")
    before, _, rest = text.partition(start)
    _, _, after = rest.partition(end)
    DOCS.write_text(f"{before}{start}\n{table}{end}{after}", encoding="utf-8")


def rewrite_docs(results_file) -> None:
    """The tables of docs/stories.md made again from a results file."""
    write_docs(markdown(json.loads((RESULTS / results_file).read_text(encoding="utf-8"))))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", default="1000,10000,100000")
    parser.add_argument("--articles", type=int, default=20, help="copies placed arriving together")
    parser.add_argument("--alone", type=int, default=2, help="copies placed one after the other")
    parser.add_argument("--skip-cost", action="store_true")
    parser.add_argument("--docs-from", metavar="FILE", help="only write docs/stories.md from bench/results/FILE")
    args = parser.parse_args(argv)
    if args.docs_from:
        rewrite_docs(args.docs_from)
        return 0
    now = datetime.now(UTC)
    results = {"date": now.strftime("%Y-%m-%d"), "file": f"stories-{now:%Y%m%d-%H%M}.json",
               "machine": f"{__import__('os').cpu_count()} cores", "ferretdb": "v1.24.2"}
    results["quality"] = quality()
    print(json.dumps(results["quality"]["result"]), flush=True)
    results["libraries"] = libraries()
    print(json.dumps(results["libraries"]), flush=True)
    if not args.skip_cost:
        results["cost"] = cost([int(n) for n in args.stored.split(",")], args.articles, args.alone)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / results["file"]).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    write_docs(markdown(results))
    print(markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
