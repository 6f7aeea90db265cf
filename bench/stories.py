"""`make bench-stories`: how well and at what cost the stories step finds syndicated copies.

    python -m bench.stories [--stored 1000,10000,100000] [--articles 20] [--skip-cost] [--docs-from FILE]

1. quality: the labelled set (bench/stories_corpus.py) through the stories step, in memory, at the
   configured threshold and around it: pairwise precision and recall, and the exact Jaccard similarity of
   copies and of different stories;
2. libraries: rensa's and datasketch's MinHash on the same shingles: CPU per article, and how far their
   estimates are from the exact Jaccard similarity;
3. cost: with 1,000 / 10,000 / 100,000 articles stored in FerretDB (inserted in bulk with their bands),
   CPU ms of this process and MongoDB round trips per article, and the wall time of a lookup.
Writes bench/results/stories-<date>.json and the tables into docs/stories.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import time
from datetime import UTC, datetime
from importlib.metadata import version

from pymongo import InsertOne, MongoClient, monitoring

from bench.stories_corpus import labelled_set
from harness.crawl import ROOT, make_crawler
from harness.services.mongo import MongoServer
from newsbot import settings as newsbot_settings
from newsbot.items import Article
from newsbot.pipelines.stories import StoriesPipeline
from newsbot.stories import stored
from newsbot.stories.fingerprint import jaccard, shingles, syllables
from newsbot.stories.rules import story_text

RESULTS = ROOT / "bench" / "results"
DOCS = ROOT / "docs" / "stories.md"
THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
ITEM_FIELDS = ("site", "article_id", "url", "title", "summary", "body", "published_at")


def run_step(documents: list[dict], **settings) -> tuple[list[str], StoriesPipeline, float]:
    """The story id given to each document, the step, and the CPU seconds it took."""
    crawler = make_crawler(**settings)
    step = StoriesPipeline.from_crawler(crawler)
    ids = []
    started = time.process_time()
    for document in documents:
        item = step.process_item(Article(**{f: document[f] for f in ITEM_FIELDS}))
        ids.append(item.story_id)
    elapsed = time.process_time() - started
    return [step.recent.current(i) for i in ids], step, elapsed


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
        predicted, step, _ = run_step(documents, NEWSBOT_STORIES_MIN_SIMILARITY=threshold)
        sweep[str(threshold)] = pairwise(documents, predicted)
    predicted, step, cpu = run_step(documents)
    stats = {k.removeprefix("newsbot/stories/"): v for k, v in step.crawler.stats.get_stats().items()
             if k.startswith("newsbot/stories/")}
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


def cost(stored_counts: list[int], articles: int) -> list[dict]:
    """Per article placed with N articles stored: CPU of the thread that places it (the crawl's; pymongo's
    monitoring threads wake while a lookup waits, and are not the step's cost), round trips, wall time."""
    documents = labelled_set()
    originals = [d for d in documents if d["site"] == "origin.vn"]
    copies = [d for d in documents if d["site"] != "origin.vn"]
    rows = []
    listener = RoundTrips()
    with MongoServer() as server:
        client = MongoClient(server.uri, event_listeners=[listener], tz_aware=True)
        collection = client["newsbot_bench_stories"]["articles"]
        collection.drop()
        crawler = make_crawler()
        step = StoriesPipeline.from_crawler(crawler)
        step.store_opened(collection, timeout=600, outage_seconds=10)
        filler = _filler(step)
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
                for original in originals:  # the stories the copies below find
                    placed = step.process_item(Article(**{f: original[f] for f in ITEM_FIELDS}))
                    collection.insert_one(dict(placed.__dict__))
                have += len(originals)
            load_seconds = time.monotonic() - started
            sample = copies[:articles]
            step.recent = type(step.recent)(step.recent.capacity)  # nothing of this process in memory
            listener.commands.clear()
            cpu = wall = 0.0
            found = 0
            written = []
            lookup = _timed(stored, "sharing_a_band")
            for document in sample:
                started_cpu, started_wall = time.thread_time(), time.monotonic()
                item = step.process_item(Article(**{f: document[f] for f in ITEM_FIELDS}))
                cpu += time.thread_time() - started_cpu
                wall += time.monotonic() - started_wall
                found += item.story_id.startswith("origin.vn/")
                written.append(dict(item.__dict__))
            lookup.restore()
            lookups = len(listener.commands)
            # As the store writes them (under other identities at each size, to stay new), then reconciles.
            for document in written:
                document["article_id"] = f"{document['article_id']}-{count}"
            collection.insert_many([dict(d) for d in written])
            listener.commands.clear()
            started_wall = time.monotonic()
            step.batch_written(written)
            reconcile_wall = time.monotonic() - started_wall
            rows.append({"stored": collection.estimated_document_count(), "articles": len(sample),
                         "cpu_ms_per_article": round(cpu / len(sample) * 1000, 3),
                         "cpu_ms_in_lookup": round(lookup.cpu / len(sample) * 1000, 3),
                         "round_trips_per_article": round(lookups / len(sample), 3),
                         "lookup_wall_ms": round(wall / len(sample) * 1000, 1),
                         "batch_reconcile_round_trips": len(listener.commands),
                         "batch_reconcile_wall_ms": round(reconcile_wall * 1000, 1),
                         "copies_found": found, "load_seconds": round(load_seconds, 1),
                         "server_plan": collection.find({stored.BANDS_FIELD: "x"}).explain().get("queryPlanner")})
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
        collection.drop()
        client.close()
    return rows


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


def _filler(step: StoriesPipeline):
    """Stored articles of other stories: texts drawn from the corpus's syllables, with their real bands."""
    vocabulary = sorted({s for d in labelled_set() for s in syllables(d["body"])})
    rng = random.Random(7)
    number = 0
    while True:
        number += 1
        body = " ".join(rng.choice(vocabulary) for _ in range(600))
        shingle_set = shingles(body, step.rules.shingle_size)
        key = f"filler.vn/{number}"
        yield {"site": "filler.vn", "article_id": str(number), "url": f"https://filler.vn/bai-{number}.html",
               "title": f"Bài {number}", "summary": None, "body": body, "published_at": "2025-11-20T08:00:00+07:00",
               "story_id": key, "outlets": [{"site": "filler.vn", "url": f"https://filler.vn/bai-{number}.html"}],
               stored.BANDS_FIELD: step.banding.keys(shingle_set)}


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
        lines += ["", "**Cost** per article placed (a copy of a stored story, nothing in memory), FerretDB "
                  f"{results['ferretdb']} (SQLite backend):", "",
                  "| stored articles | CPU ms (crawl thread) | of which in the pymongo lookup | round trips "
                  f"| lookup wall ms | per batch of {results['cost'][0]['articles']}: round trips, wall ms |",
                  "|---|---|---|---|---|---|"]
        for row in results["cost"]:
            lines.append(f"| {row['stored']:,} | {row['cpu_ms_per_article']} | {row['cpu_ms_in_lookup']} "
                         f"| {row['round_trips_per_article']} "
                         f"| {row['lookup_wall_ms']} | {row['batch_reconcile_round_trips']}, "
                         f"{row['batch_reconcile_wall_ms']} |")
    return "\n".join(lines) + "\n"


def write_docs(table: str) -> None:
    start, end = "<!-- bench-stories -->", "<!-- /bench-stories -->"
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
    parser.add_argument("--articles", type=int, default=20)
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
        results["cost"] = cost([int(n) for n in args.stored.split(",")], args.articles)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / results["file"]).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    write_docs(markdown(results))
    print(markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
