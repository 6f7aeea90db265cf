"""`make bench-quality`: how right newsbot's extraction is, side by side with trafilatura.

    python -m bench.quality [--pages N] [--out DIR] [--doc FILE] [--no-realpages] [--worst N]

1. the public article-body benchmark (``../shared/benchmarks/article-extraction``: 181 real
   pages with their article text) read by newsbot (``article_from_html``) and by trafilatura
   (``extract``, comments left out), scored by the
   benchmark's own ``score.py``: the body alone, and the summary followed by the body (the
   lead is a field of its own in newsbot's record, part of the article text in the
   benchmark's);
2. the field-by-field check of the real Vietnamese pages (``../shared/realpages/check.py``);
3. writes ``bench/results/quality-<date>.json`` (with newsbot's worst pages by body precision or
   recall, from score.py's per-page scores) and the table into docs/extraction-quality.md, and
   prints the worst pages.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from bench.report import update_document

ROOT = Path(__file__).resolve().parent.parent


def _shared() -> Path:
    """The shared data: $NEWSBOT_SHARED, or the nearest ``shared/`` beside the checkout or a folder above it."""
    if os.environ.get("NEWSBOT_SHARED"):
        return Path(os.environ["NEWSBOT_SHARED"])
    found = (folder / "shared" for folder in ROOT.parents if (folder / "shared" / "benchmarks").is_dir())
    return next(found, ROOT.parent / "shared")


SHARED = _shared()
BENCHMARK = SHARED / "benchmarks" / "article-extraction"
REALPAGES = SHARED / "realpages"
RESULTS = ROOT / "bench" / "results"
DOC = ROOT / "docs" / "extraction-quality.md"
METRICS = ("f1", "precision", "recall", "accuracy")


def newsbot_reader():
    """newsbot's reading of one page: (html, url) -> record."""
    try:
        from newsbot import article_from_html
        return article_from_html
    except ImportError:  # before the public entry point: the generic page object, as check.py reads
        from newsbot.extract.urls import site_of
        from newsbot.pages.article import ArticlePage
        from newsbot.sites.profile import SiteProfile

        def read(html, url):
            profile = SiteProfile(
                name=site_of(url), domains=(site_of(url),), start_urls=(url,),
                article_path=re.compile(r"-(?P<id>\d+)\.\w+$"), section_path=re.compile(r"/[a-z0-9-]+/?"),
                tag_path=re.compile(r"/(?:tag|tags|chu-de)/"))
            item = ArticlePage(url, html, profile=profile).to_item()
            return {"summary": item.summary, "body": item.body}
        return read


def trafilatura_reader():
    import trafilatura

    def read(html, url):
        # Comments are not article text: left out, as the benchmark's published runs do.
        return {"body": trafilatura.extract(html, url=url, include_comments=False)}
    return read


def benchmark_pages(limit: int | None) -> list[tuple[str, str, bytes]]:
    """(page id, url, html) of the benchmark's pages, in id order."""
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    return [(i, truth[i]["url"], gzip.decompress((BENCHMARK / "html" / f"{i}.html.gz").read_bytes())) for i in ids]


def read_all(reader, pages) -> tuple[dict, list[float]]:
    """page id -> record, and the CPU milliseconds each page took (the cores are often shared:
    CPU time is less disturbed by other work than the clock)."""
    records, times = {}, []
    for page_id, url, html in pages:
        started = time.process_time()
        records[page_id] = reader(html, url)
        times.append(1000 * (time.process_time() - started))
    return records, times


def score(predictions: dict[str, dict], page_ids: list[str], work: Path) -> dict:
    """The benchmark's score.py on each prediction set: name -> metrics."""
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    truth_file = work / "ground-truth.json"
    truth_file.write_text(json.dumps({i: truth[i] for i in page_ids}), encoding="utf-8")
    files = []
    for name, predicted in predictions.items():
        path = work / f"{name}.json"
        path.write_text(json.dumps(predicted, ensure_ascii=False), encoding="utf-8")
        files.append(str(path))
    metrics_file = work / "metrics.json"
    subprocess.run([sys.executable, str(BENCHMARK / "score.py"), str(truth_file), *files, "--json", str(metrics_file)],
                   check=True, capture_output=True, text=True)
    return json.loads(metrics_file.read_text(encoding="utf-8"))


def per_page(predicted: dict, page_ids: list[str], work: Path) -> dict:
    """score.py's precision and recall of each page for one prediction set: page id -> scores."""
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    truth_file, predicted_file, scores_file = work / "truth.json", work / "one.json", work / "per-page.json"
    truth_file.write_text(json.dumps({i: truth[i] for i in page_ids}), encoding="utf-8")
    predicted_file.write_text(json.dumps(predicted, ensure_ascii=False), encoding="utf-8")
    subprocess.run([sys.executable, str(BENCHMARK / "score.py"), str(truth_file), str(predicted_file),
                    "--per-page", str(scores_file), "--n-bootstrap", "2"], check=True, capture_output=True, text=True)
    return json.loads(scores_file.read_text(encoding="utf-8"))


def worst_pages(scores: dict, urls: dict, count: int) -> list[dict]:
    """The ``count`` pages of the lowest precision or recall, worst first."""
    ranked = sorted(scores, key=lambda i: (min(scores[i]["precision"], scores[i]["recall"]), i))[:count]
    return [{"id": i, "url": urls[i], "precision": round(scores[i]["precision"], 3),
             "recall": round(scores[i]["recall"], 3)} for i in ranked]


def _joined(*parts) -> str:
    return "\n\n".join(p for p in parts if p)


def body_benchmark(limit: int | None, worst: int = 0) -> dict:
    pages = benchmark_pages(limit)
    ids = [page_id for page_id, _, _ in pages]
    newsbot, newsbot_ms = read_all(newsbot_reader(), pages)
    predictions = {
        "newsbot body": {i: {"articleBody": newsbot[i].get("body")} for i in ids},
        "newsbot summary+body": {i: {"articleBody": _joined(newsbot[i].get("summary"), newsbot[i].get("body"))}
                                 for i in ids},
    }
    timings = {"newsbot": newsbot_ms}
    missing = []
    if importlib.util.find_spec("trafilatura") is not None:
        peer, peer_ms = read_all(trafilatura_reader(), pages)
        predictions[f"trafilatura {version('trafilatura')}"] = {i: {"articleBody": peer[i]["body"]} for i in ids}
        timings["trafilatura"] = peer_ms
    else:
        missing.append("trafilatura")
    with tempfile.TemporaryDirectory() as work:
        scores = score(predictions, ids, Path(work))
        pages_scores = per_page(predictions["newsbot body"], ids, Path(work)) if worst else {}
    return {
        "pages": len(pages),
        "scores": {name: {k: round(scores[name][k], 4) for k in (*METRICS, *(f"{m}_std" for m in METRICS))}
                   | {"empty_predictions": scores[name]["empty_predictions"]} for name in predictions},
        "ms_per_page_median": {name: round(statistics.median(ms), 2) for name, ms in timings.items()},
        "missing": missing,
        "newsbot_body_worst": worst_pages(pages_scores, {i: url for i, url, _ in pages}, worst),
    }


_TOTAL = re.compile(r"^realpages: (?P<pages>\d+) pages, (?P<fields>\d+) fields, (?P<right>\d+) right .*?by field: (?P"
                    r"<by>.*)$",
                    re.M)


def realpages_check() -> dict:
    """check.py on this checkout: the totals and the FAIL lines."""
    done = subprocess.run([sys.executable, str(REALPAGES / "check.py"), str(ROOT)],
                          capture_output=True, text=True, timeout=1800)
    total = _TOTAL.search(done.stdout)
    if total is None:
        raise SystemExit(f"realpages check.py gave no total (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    by_field = {}
    for part in total["by"].split(", "):
        field, counts = part.split()
        right, of = counts.split("/")
        by_field[field] = {"right": int(right), "of": int(of)}
    return {"pages": int(total["pages"]), "fields": int(total["fields"]), "right": int(total["right"]),
            "by_field": by_field, "failures": [line for line in done.stdout.splitlines() if line.startswith("FAIL")]}


def markdown(result: dict) -> str:
    bench = result["benchmark"]
    lines = [
        f"Measured {result['started'][:10]} by `make bench-quality` (Python {result['python']}, lxml "
        f"{result['lxml']}).",
        "",
        f"**Article body**, the public benchmark's {bench['pages']} pages scored by its own `score.py` "
        "(4-token shingles; mean ± bootstrap standard deviation):",
        "",
        "| extractor | F1 | precision | recall | accuracy | empty |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in bench["scores"].items():
        cells = [f"{row[m]:.3f} ± {row[m + '_std']:.3f}" for m in METRICS]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {row['empty_predictions']} |")
    for name in bench["missing"]:
        lines.append(f"| {name} | not installed (`make bench-quality` installs it) | | | | |")
    lines += ["", "Reading time on these pages, CPU ms per page (median, one pass; newsbot reads every field of "
                  "the record, trafilatura the text alone): "
              + ", ".join(f"{name} {ms:.1f}" for name, ms in bench["ms_per_page_median"].items()) + "."]
    real = result.get("realpages")
    if real:
        lines += ["", f"**Fields of the real Vietnamese pages** (`python3 ../shared/realpages/check.py .`): "
                      f"{real['right']} of {real['fields']} right on {real['pages']} pages.", "",
                  "| field | right |", "| --- | ---: |"]
        lines += [f"| {field} | {row['right']}/{row['of']} |" for field, row in real["by_field"].items()]
        if real["failures"]:
            lines += ["", "Wrong:", ""] + [f"- `{line}`" for line in real["failures"]]
    return "\n".join(lines) + "\n"


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, help="only the first N benchmark pages (all by default)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--doc", type=Path, default=DOC, help="markdown file whose table is replaced")
    parser.add_argument("--no-realpages", action="store_true", help="leave out the realpages check")
    parser.add_argument("--worst", type=int, default=15, metavar="N",
                        help="list the N pages of newsbot's lowest body precision or recall (0: none)")
    args = parser.parse_args(argv)
    if not (BENCHMARK / "score.py").is_file():
        print(f"bench-quality: no benchmark at {BENCHMARK} (set NEWSBOT_SHARED)", file=sys.stderr)
        raise SystemExit(2)
    if not args.doc.is_file():
        print(f"bench-quality: no {args.doc} to put the table in", file=sys.stderr)
        raise SystemExit(2)
    import lxml

    started = datetime.now(UTC)
    result = {"started": started.isoformat(timespec="seconds"), "python": sys.version.split()[0],
              "lxml": lxml.__version__, "benchmark": body_benchmark(args.pages, args.worst)}
    if not args.no_realpages:
        result["realpages"] = realpages_check()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"quality-{started:%Y%m%d-%H%M}.json").write_text(json.dumps(result, indent=1) + "\n",
                                                                  encoding="utf-8")
    table = markdown(result)
    print(table)
    for page in result["benchmark"]["newsbot_body_worst"]:
        print(f"worst: precision {page['precision']:.3f} recall {page['recall']:.3f} {page['id'][:12]} {page['url']}")
    update_document(args.doc, table)
    return result


if __name__ == "__main__":
    main()
