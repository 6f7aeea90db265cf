"""The benchmark's result as a markdown table, and its place in docs/performance.md."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"
NAMES = {"limit": "limit: bare Scrapy spider", "feed": "newsbot, feed only", "full": "newsbot, full (FerretDB)",
         "feed-workers": "newsbot, feed only, {} extraction processes",
         "full-workers": "newsbot, full (FerretDB), {} extraction processes"}


def crawler_name(mode: str, result: dict) -> str:
    return NAMES[mode].format(result["settings"].get("extract_processes", 1))


def _row(cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def markdown(result: dict) -> str:
    m = result["machine"]
    main = result["side_by_side"]
    settings = result["settings"]
    load = result["load_average_at_start"]
    lines = [
        f"Measured {result['started'][:10]} by `make bench` ({result['minutes']} min) on {m['cpu']}, "
        f"{m['cores']} cores, {m['memory_gib']} GiB, {m['os']}, Python {m['python']}, Scrapy {m['scrapy']}, "
        f"nginx {m['nginx']}. The cores are shared with other work: load average "
        f"{load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} at the start, "
        f"{result['load_average_at_end'][0]:.2f} at the end.",
        "",
        f"**Side by side**, {main['pages']:,} articles of {main['site']['min'] // 1000}-{main['site']['max'] // 1000} "
        "KB "
        f"(mean {main['site']['mean'] // 1000} KB), {settings['rounds']} rounds, "
        f"{settings['concurrency']} requests in flight; median (min-max) of the rounds. The crawler's own "
        f"CPU time is less disturbed by other work on the cores than its rate: \"x limit by CPU\" is the "
        f"ratio of the rates each crawler would reach alone on one core (for the full crawl, counting the "
        f"database server's CPU time too). "
        f"nginx alone (wrk, one article page): {main['server_check'].get('requests_per_second') or 'n/a'} requests/s.",
        "",
        _row(["crawler", "pages/s", "x limit", "CPU s / 1000 pages", "x limit by CPU", "peak RSS MB",
              "nginx CPU s / 1000", "DB CPU s / 1000", "MongoDB batch"]),
        _row(["---"] + ["---:"] * 8),
    ]
    limit_cpu = main["summary"]["limit"]["cpu_seconds_per_1000_pages"]
    for mode, row in main["summary"].items():
        lines.append(_row([
            crawler_name(mode, result), f"{row['pages_per_second']:.1f} "
                                        f"({row['pages_per_second_min']:.1f}-{row['pages_per_second_max']:.1f})",
            f"{row.get('ratio_to_limit', 1):.2f}", f"{row['cpu_seconds_per_1000_pages']:.1f}",
            f"{limit_cpu / (row['cpu_seconds_per_1000_pages'] + row['database_cpu_seconds_per_1000_pages']):.2f}",
            f"{row['peak_rss_mb']:.0f}",
            f"{row['server_cpu_seconds_per_1000_pages']:.2f}",
            f"{row['database_cpu_seconds_per_1000_pages']:.1f}" if mode.startswith("full") else "",
            f"{row['mongo_average_batch']}" if row["mongo_average_batch"] else "",
        ]))
    modes = [k for k in result["scale"][0] if k != "pages"] if result["scale"] else []
    if modes:
        lines += ["", "**Scale**, one crawl per size (the side-by-side medians at its size):", "",
                  _row(["articles"] + [f"{crawler_name(m, result).split(':')[0]} {what}" for m in modes
                                       for what in ("pages/s", "peak RSS MB")]),
                  _row(["---:"] * (1 + 2 * len(modes)))]
        for point in result["scale"]:
            lines.append(_row([f"{point['pages']:,}"] + [
                v for m in modes for v in (f"{point[m]['pages_per_second']:.1f}", f"{point[m]['peak_rss_mb']:.0f}")]))
    ext = result["extraction"]
    lines += ["", f"**Extraction alone**, {ext['pages']} of the pages ({ext['page_kib_mean']} KiB mean), "
                  f"{ext['rounds']} rounds in one process; newsbot's title and body are exactly the generated "
                  f"ones on {ext['newsbot_agreement']:.0%} of them.", "",
              _row(["extractor", "ms / page, median", "p25-p75", "x trafilatura"]),
              _row(["---", "---:", "---:", "---:"])]
    trafilatura = ext["extractors"].get("trafilatura", {}).get("ms_per_page_median")
    for name, row in ext["extractors"].items():
        lines.append(_row([name, f"{row['ms_per_page_median']:.1f}", f"{row['ms_p25']:.1f}-{row['ms_p75']:.1f}",
                           f"{row['ms_per_page_median'] / trafilatura:.2f}" if trafilatura else ""]))
    for name in ext["missing"]:
        lines.append(_row([name, "not installed (`make bench` installs it)", "", ""]))
    return "\n".join(lines) + "\n"


def update_document(document: Path, table: str) -> None:
    """Replace the text between the bench markers of the document with the table."""
    text = document.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{document} has no {START} ... {END} section for the table")
    document.write_text(pattern.sub(lambda _: f"{START}\n{table}{END}", text), encoding="utf-8")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Print the table of a result file, and put it in a document.")
    parser.add_argument("result", type=Path)
    parser.add_argument("--doc", type=Path, help="document to update (docs/performance.md)")
    args = parser.parse_args(argv)
    table = markdown(json.loads(args.result.read_text(encoding="utf-8")))
    print(table)
    if args.doc:
        update_document(args.doc, table)


if __name__ == "__main__":
    main()
