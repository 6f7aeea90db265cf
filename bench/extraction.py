"""Extraction alone, in one process, on the benchmark's pages: newsbot vs the extractors a
user would otherwise pick (trafilatura with metadata, newspaper4k), in ms per page.

Each page goes through every extractor in turn, the order rotating from page to page,
in several rounds; a peer that is not installed is reported as missing (they are
benchmark-only dependencies, ``bench/requirements.txt``).
"""

from __future__ import annotations

import importlib.util
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from newsbot.sites.laodongthudo import LaodongthudoArticlePage

BASE_URL = "http://127.0.0.1"
WARM_UP_PAGES = 3


def _newsbot(url: str, html: bytes):
    return LaodongthudoArticlePage(url, html).to_item()


def _trafilatura(url: str, html: bytes):
    import trafilatura

    return trafilatura.extract(html, url=url, with_metadata=True, output_format="json")


def _newspaper(url: str, html: bytes):
    import newspaper

    article = newspaper.Article(url, language="vi", fetch_images=False)
    article.download(input_html=html.decode("utf-8"))
    article.parse()
    return article


#: name -> (module that must be importable, function)
EXTRACTORS: dict[str, tuple[str | None, Callable]] = {
    "newsbot": (None, _newsbot),
    "trafilatura": ("trafilatura", _trafilatura),
    "newspaper4k": ("newspaper", _newspaper),
}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _agreement(pages: list[tuple[dict, bytes]]) -> float:
    """Share of pages whose newsbot title and body are exactly the generated ones."""
    right = 0
    for expected, html in pages:
        item = _newsbot(BASE_URL + expected["path"], html)
        right += item.title == expected["title"] and item.body == expected["body"]
    return right / len(pages)


def run(root: Path, articles: list[dict], sample: int, rounds: int) -> dict:
    """Time each extractor on ``sample`` of the site's ``articles`` (spread over all of them)."""
    step = max(1, len(articles) // sample)
    pages = [(a, (root / a["path"].lstrip("/")).read_bytes()) for a in articles[::step][:sample]]
    present = {name: fn for name, (module, fn) in EXTRACTORS.items()
               if module is None or importlib.util.find_spec(module) is not None}
    for fn in present.values():
        for expected, html in pages[:WARM_UP_PAGES]:
            fn(BASE_URL + expected["path"], html)
    samples: dict[str, list[float]] = {name: [] for name in present}
    round_medians: dict[str, list[float]] = {name: [] for name in present}
    names = list(present)
    for round_number in range(rounds):
        this_round: dict[str, list[float]] = {name: [] for name in present}
        for i, (expected, html) in enumerate(pages):
            shift = (i + round_number) % len(names)
            for name in names[shift:] + names[:shift]:
                started = time.perf_counter()
                present[name](BASE_URL + expected["path"], html)
                this_round[name].append(1000 * (time.perf_counter() - started))
        for name, values in this_round.items():
            samples[name] += values
            round_medians[name].append(round(statistics.median(values), 2))
    result = {
        "pages": len(pages), "rounds": rounds,
        "page_kib_mean": round(sum(len(h) for _, h in pages) / len(pages) / 1024, 1),
        "newsbot_agreement": round(_agreement(pages), 3),
        "extractors": {
            name: {"ms_per_page_median": round(statistics.median(values), 2),
                   "ms_p25": round(_percentile(values, 0.25), 2), "ms_p75": round(_percentile(values, 0.75), 2),
                   "round_medians": round_medians[name]}
            for name, values in samples.items()
        },
        "missing": [name for name in EXTRACTORS if name not in present],
    }
    if "trafilatura" in present:
        result["newsbot_vs_trafilatura"] = round(
            result["extractors"]["newsbot"]["ms_per_page_median"]
            / result["extractors"]["trafilatura"]["ms_per_page_median"], 3)
    return result
