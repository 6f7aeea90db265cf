"""`python -m bench.stories_backends`: whether a MongoDB-wire server we can run here answers the stories
lookup from an index: FerretDB v1.24.2 on SQLite and on PostgreSQL, two data models.

    python -m bench.stories_backends [--stored 10000] [--runs 3]

With N articles stored (with their bands, as bench/stories.py fills them), for the bands of one article:
- `articles {story_bands: {$in: [32 keys]}}`: the step's one query, on the multikey index `story_bands`;
- `articles {story_bands: key}` once per band (32 queries; on PostgreSQL);
- a `story_bands` collection keyed by band (`{_id: band, articles: [...]}`), `{_id: {$in: [32 keys]}}`,
  and once per band;
- on PostgreSQL, both article queries again with a GIN index on `_jsonb -> 'story_bands'` made in
  PostgreSQL beneath FerretDB (FerretDB makes B-tree indexes, which its `@>` filter cannot use).
Each: the server's plan (explain), round trips and the median wall time of `--runs`. Writes
bench/results/stories-backends-<date>.json and the table into docs/stories.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import UTC, datetime

from pymongo import InsertOne, MongoClient

from bench.stories import RESULTS, _filler, write_docs
from harness.crawl import make_crawler
from harness.services.ferretdb_postgres import PostgresFerretDB
from harness.services.mongo import FERRETDB_VERSION, MongoServer
from newsbot.pipelines.stories import StoriesPipeline
from newsbot.stories import stored

DATABASE = "newsbot_bench_backends"
MARKERS = ("<!-- bench-stories-backends -->", "<!-- /bench-stories-backends -->")


def fill(client: MongoClient, count: int) -> list[str]:
    """N articles with their bands, the band collection, the indexes; the bands of one stored article."""
    placer = StoriesPipeline.from_crawler(make_crawler()).placer
    articles, bands = client[DATABASE]["articles"], client[DATABASE]["story_bands"]
    stored.ensure_index(articles)
    filler = _filler(placer)
    wanted: list[str] = []
    for start in range(0, count, 1000):
        documents = [next(filler) for _ in range(min(1000, count - start))]
        articles.bulk_write([InsertOne(d) for d in documents], ordered=False)
        bands.bulk_write([InsertOne({"_id": band, "articles": [f"{d['site']}/{d['article_id']}"]})
                          for d in documents for band in d[stored.BANDS_FIELD]], ordered=False)
        wanted = wanted or documents[len(documents) // 2][stored.BANDS_FIELD]
    return wanted


def plan(explained: dict) -> str:
    """The server's plan in a line: PostgreSQL's nodes (with their index), or SQLite's details."""
    planner = explained.get("queryPlanner") or {}
    top = planner.get("Plan")
    if isinstance(top, list):
        return "; ".join(line.split("detail=", 1)[-1] for line in top)
    nodes = []

    def walk(node: dict) -> None:
        nodes.append(node["Node Type"] + (f" on {node['Index Name']}" if node.get("Index Name") else "")
                     + (" (filter in PostgreSQL)" if node.get("Filter") else ""))
        for child in node.get("Plans", []):
            walk(child)
    if isinstance(top, dict):
        walk(top)
    return " > ".join(nodes) or "none"


def measure(collection, queries: list[dict], runs: int) -> dict:
    walls = []
    for _ in range(runs):
        started = time.monotonic()
        for query in queries:
            list(collection.find(query, {"_id": 1}))
        walls.append(time.monotonic() - started)
    return {"queries": len(queries), "plan": plan(collection.find(queries[0]).explain()),
            "wall_ms": round(statistics.median(walls) * 1000, 1)}


def lookups(client: MongoClient, bands: list[str], runs: int, per_band: bool = True,
            band_collection: bool = True) -> dict:
    """Each lookup model; `per_band`: also one query a band (on SQLite, where every query scans, 32 scans
    say nothing more than one); `band_collection`: the `story_bands` collection's too."""
    articles, by_band = client[DATABASE]["articles"], client[DATABASE]["story_bands"]
    found = {"articles, $in of 32 bands": measure(articles, [{stored.BANDS_FIELD: {"$in": bands}}], runs)}
    if per_band:
        found["articles, one band a query"] = measure(articles, [{stored.BANDS_FIELD: b} for b in bands], runs)
    if band_collection:
        found["story_bands by _id, $in of 32"] = measure(by_band, [{"_id": {"$in": bands}}], runs)
    if band_collection and per_band:
        found["story_bands by _id, one a query"] = measure(by_band, [{"_id": b} for b in bands], runs)
    return found


def with_gin_index(server: PostgresFerretDB) -> None:
    """A GIN index on the articles' bands, made in PostgreSQL in the table FerretDB keeps them in."""
    table = server.psql(f"SELECT _jsonb->>'table' FROM \"{DATABASE}\"._ferretdb_database_metadata "
                        "WHERE _jsonb->>'_id' = 'articles'").strip()
    server.psql(f"CREATE INDEX story_bands_gin ON \"{DATABASE}\".\"{table}\" USING gin ((_jsonb -> 'story_bands'))")
    server.psql(f"VACUUM ANALYZE \"{DATABASE}\".\"{table}\"")


def run(count: int, runs: int) -> dict:
    results: dict = {}
    with MongoServer() as server, MongoClient(server.uri) as client:
        started = time.monotonic()
        bands = fill(client, count)
        results["sqlite"] = {"load_seconds": round(time.monotonic() - started, 1),
                             **lookups(client, bands, runs, per_band=False)}
        print(json.dumps(results["sqlite"]), flush=True)
    started = time.monotonic()
    with PostgresFerretDB() as server, MongoClient(server.uri) as client:
        results["postgresql_start_seconds"] = round(time.monotonic() - started, 1)
        started = time.monotonic()
        bands = fill(client, count)
        results["postgresql"] = {"load_seconds": round(time.monotonic() - started, 1),
                                 **lookups(client, bands, runs)}
        with_gin_index(server)
        results["postgresql_gin"] = lookups(client, bands, runs, band_collection=False)
        print(json.dumps(results["postgresql"]), json.dumps(results["postgresql_gin"]), flush=True)
    return results


def markdown(results: dict) -> str:
    lines = [f"Measured {results['date']} by `python -m bench.stories_backends --stored {results['stored']}` "
             f"({results['machine']}); raw numbers in `bench/results/{results['file']}`. {results['stored']:,} "
             f"articles stored, FerretDB {results['ferretdb']}; wall time the median of {results['runs']}:", "",
             "| backend | lookup | queries | server's plan | wall ms |", "|---|---|---|---|---|"]
    for backend, label in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL 15"),
                           ("postgresql_gin", "PostgreSQL 15 + GIN index made beneath")):
        for lookup, row in results[backend].items():
            if isinstance(row, dict):
                lines.append(f"| {label} | {lookup} | {row['queries']} | {row['plan']} | {row['wall_ms']} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    now = datetime.now(UTC)
    results = {"date": now.strftime("%Y-%m-%d"), "file": f"stories-backends-{now:%Y%m%d-%H%M}.json",
               "machine": f"{__import__('os').cpu_count()} cores", "ferretdb": FERRETDB_VERSION,
               "stored": args.stored, "runs": args.runs, **run(args.stored, args.runs)}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / results["file"]).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    write_docs(markdown(results), MARKERS)
    print(markdown(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
