"""`make bench-render`: what rendering costs, measured on this machine.

Builds the JavaScript replica with 40 copies (200 articles, 201 pages) in a temporary
directory, serves it on 127.0.0.1 and crawls it three times as a user would (`scrapy crawl`
in a subprocess, no politeness delays):

  never   plain fetches only: pages/s
  always  every page through Chromium: rendered pages/s, peak memory of the crawl's whole
          process tree (Python, the Playwright driver, Chromium's processes)
  auto    the share of pages that went through the browser

then crawls the plain replica (harness/site) and the small JavaScript replica (harness/site_js)
under auto for the share of pages rendered there. Prints a table; nothing is asserted.

    python -m bench.render [--copies N] [--render-pages N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from harness.crawl import run_crawl
from harness.services import chromium
from harness.services.processes import ProcessWatch
from harness.site.server import serve_replica
from harness.site_js import build as js_build

MIB = 1024 * 1024
TIMEOUT = 1800


def crawl(pages_dir: Path | None, work: Path, **settings) -> dict:
    work.mkdir(parents=True)
    with serve_replica(pages_dir=pages_dir) as base, ProcessWatch(marker=str(work), interval=0.1) as watch:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=work, settings=settings, timeout=TIMEOUT)
    if result.returncode != 0:
        sys.exit(f"crawl failed:\n{result.log[-3000:]}")
    stats = result.stats
    pages = stats.get("newsbot/crawl/article_pages", 0) + stats.get("newsbot/crawl/listing_pages", 0)
    rendered = stats.get("newsbot/render/pages", 0)
    seconds = stats["elapsed_time_seconds"]
    return {"pages": pages, "rendered": rendered, "items": len(result.items), "seconds": round(seconds, 2),
            "pages_per_s": round(pages / seconds, 1), "rendered_per_s": round(rendered / seconds, 1),
            "share_rendered": round(rendered / pages, 3) if pages else 0.0,
            "peak_rss_mib": round(watch.peak_rss / MIB), "peak_pss_mib": round(watch.peak_pss / MIB)}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=40, help="articles of each kind (5 kinds) in the big replica")
    ap.add_argument("--render-pages", type=int, default=None, help="NEWSBOT_RENDER_PAGES (default: the setting's)")
    args = ap.parse_args(argv)
    browser = {"NEWSBOT_CHROMIUM": str(chromium.ensure())}
    if args.render_pages:
        browser["NEWSBOT_RENDER_PAGES"] = str(args.render_pages)
    results = {}
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp:
        tmp = Path(tmp)
        js_build.build(tmp / "site", copies=args.copies)
        big = tmp / "site" / "pages"
        for mode in ("never", "always", "auto"):
            results[f"js x{args.copies}, {mode}"] = crawl(big, tmp / mode, NEWSBOT_RENDER=mode, **browser)
        results["harness/site, auto"] = crawl(None, tmp / "plain", NEWSBOT_RENDER="auto", **browser)
        results["harness/site_js, auto"] = crawl(js_build.HERE / "pages", tmp / "small", NEWSBOT_RENDER="auto",
                                               **browser)
    columns = list(next(iter(results.values())))
    print("| crawl | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, row in results.items():
        print(f"| {name} | " + " | ".join(str(row[c]) for c in columns) + " |")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
