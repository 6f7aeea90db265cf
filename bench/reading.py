"""Where the time of reading a page goes: CPU ms per part, in the order the spider asks for them.

    python -m bench.reading [--site 1000] [--pages 150] [--rounds 2] [--benchmark] [--profile 30] [--dump FILE]

Each page is read from scratch as the spider reads it (``newsbot.reading.read``), its parts asked
for one at a time: the page object (the parse, loose text wrapped), whether it is an article, its
followed blocks, then each field of the Article. A part the page computes once for several fields
(the article container, the class index) counts in the first field that needs it. ``--dump``
writes each page's reading (item and sources) as JSON lines: two checkouts that read every page
the same way write the same file. ``--benchmark`` reads the public body-extraction benchmark's
pages (``../shared``) instead of the generated site's.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from lxml.etree import HTMLParser, fromstring

from bench.quality import BENCHMARK
from newsbot.pages.article import ArticlePage
from newsbot.pages.completeness import incomplete_reason, render_reason
from newsbot.reading import read
from newsbot.sites import page_for
from newsbot.sites.laodongthudo import LaodongthudoArticlePage

BASE_URL = "http://127.0.0.1"
_PLAIN_PARSER = HTMLParser(encoding="utf-8")


#: (url, html, how the page is read)
Pages = list[tuple[str, bytes, Callable[[str, bytes], ArticlePage]]]


def site_pages(articles: int, sample: int) -> Pages:
    from bench.site import generate

    site = generate(articles)
    listed = site.manifest["articles"]
    step = max(1, len(listed) // sample)
    return [(BASE_URL + a["path"], (site.root / a["path"].lstrip("/")).read_bytes(), LaodongthudoArticlePage)
            for a in listed[::step][:sample]]


def benchmark_pages(sample: int) -> Pages:
    """The benchmark's pages, each read with the profile of its site, as ``article_from_html`` reads them."""
    if not BENCHMARK.is_dir():
        raise SystemExit(f"bench.reading: no benchmark at {BENCHMARK}")
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text())
    return [(truth[i]["url"], gzip.decompress((BENCHMARK / "html" / f"{i}.html.gz").read_bytes()), page_for)
            for i in sorted(truth)[:sample]]


def _parts(page: ArticlePage) -> list[tuple[str, Callable]]:
    navigation = page.navigation
    fields = ["title", "summary", "body", "author", "published_at", "modified_at", "category", "tags", "images",
              "related", "article_id", "site"]
    return [("is_article", lambda: navigation.is_article), ("blocks", lambda: navigation.blocks),
            *((name, lambda name=name: getattr(page, name)) for name in fields),
            ("render and completeness checks", lambda: (render_reason(page), incomplete_reason(page))),
            ("block links", navigation.block_links)]


def time_parts(pages: Pages, rounds: int) -> dict[str, float]:
    """Median CPU ms of each part over the pages and rounds; ``lxml parse`` is the plain parse alone."""
    spent: dict[str, list[float]] = {}

    def timed(name: str, step: Callable):
        started = time.process_time()
        result = step()
        spent.setdefault(name, []).append(1000 * (time.process_time() - started))
        return result

    for _ in range(rounds):
        for url, html, page_class in pages:
            timed("lxml parse", lambda html=html: fromstring(html, _PLAIN_PARSER))
            started = time.process_time()
            page = timed("page object (parse, loose text, navigation)",
                         lambda url=url, html=html, page_class=page_class: page_class(url, html))
            for name, step in _parts(page):
                timed(name, step)
            spent.setdefault("whole reading", []).append(1000 * (time.process_time() - started))
    return {name: round(statistics.median(values), 3) for name, values in spent.items()}


def dump(pages: Pages, out: Path) -> None:
    with out.open("w", encoding="utf-8") as file:
        for url, html, page_class in pages:
            page = page_class(url, html)
            reading = read(page)
            item = asdict(page.to_item())
            file.write(json.dumps({"url": url, "is_article": reading.is_article, "links": reading.links,
                                   "item": item, "sources": reading.sources}, ensure_ascii=False) + "\n")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=int, default=1000, help="articles of the generated site")
    parser.add_argument("--pages", type=int, default=150, help="pages read (spread over the site)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--benchmark", action="store_true", help="read the public benchmark's pages instead")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="also print cProfile's N costliest")
    parser.add_argument("--dump", type=Path, help="write each page's reading as JSON lines, and stop")
    args = parser.parse_args(argv)
    pages = benchmark_pages(args.pages) if args.benchmark else site_pages(args.site, args.pages)
    if args.dump:
        dump(pages, args.dump)
        return
    for url, html, page_class in pages[:3]:
        read(page_class(url, html))
    medians = time_parts(pages, args.rounds)
    width = max(map(len, medians))
    print(f"{len(pages)} pages, {args.rounds} rounds: median CPU ms")
    for name, median in medians.items():
        print(f"  {name:{width}}  {median:7.3f}")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: [read(page_class(url, html)).item for url, html, page_class in pages])
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
