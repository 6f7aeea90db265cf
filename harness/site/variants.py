"""Broken copies of the laodongthudo.vn replica, for the health checks: the same site after a change
that a crawl must not take silently.

    pages = variant("no_dates", tmp_path)      # a pages folder for serve_replica(pages_dir=pages)

  no_dates     every article page lost its dates (visible, JSON-LD, meta): a layout change
  challenge    every article page answers 200 with a "checking your browser" wall
  unreadable   the front page lists 5 articles whose pages hold their text only in a script
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from harness.site.build import ARTICLE_PATH_RE
from harness.site.server import PAGES_DIR, ensure_built

SITE_NAME = "Lao Động Thủ Đô"
CHALLENGE = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{SITE_NAME}</title></head>
<body><h1>{SITE_NAME}</h1><div class="wall"><p>Vui lòng chờ trong giây lát, hệ thống đang kiểm tra trình duyệt
của bạn.</p><p>Trang sẽ tự động chuyển tiếp sau vài giây.</p></div>
<script>setTimeout(function () {{ location.reload(); }}, 5000);</script></body></html>"""
UNREADABLE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>
<body><div id="app"></div><script>window.__ARTICLE__ = {{"id": {id}, "blocks": ["..."]}};</script></body></html>"""
UNREADABLE_COUNT = 5

# Dates as pages write them: ISO stamps (JSON-LD, <time>, meta), "11/12/2020", "17:30", weekday names.
_DATE_MARKS = [
    re.compile(r'<meta[^>]+(?:published_time|modified_time|pubdate|date)[^>]*>', re.I),
    re.compile(r'"date(?:Published|Modified|Created)"\s*:\s*"[^"]*",?'),
    re.compile(r'\s(?:datetime|content)="\d{4}-\d{2}-\d{2}[^"]*"'),
    re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"),
    re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"),
    re.compile(r"\b\d{1,2}[:h]\d{2}\b"),
]


def _article_pages(pages: Path) -> list[Path]:
    return sorted(p for p in pages.iterdir() if ARTICLE_PATH_RE.match("/" + p.name))


def _without_dates(page: str) -> str:
    for mark in _DATE_MARKS:
        page = mark.sub("", page)
    return page


def variant(name: str, out: Path) -> Path:
    """A copy of the replica's pages in ``out/name``, broken as ``name`` says; its path."""
    ensure_built()
    pages = out / name
    shutil.copytree(PAGES_DIR, pages)
    articles = _article_pages(pages)
    if name == "no_dates":
        for page in articles:
            page.write_text(_without_dates(page.read_text(encoding="utf-8")), encoding="utf-8")
    elif name == "challenge":
        for page in articles:
            page.write_text(CHALLENGE, encoding="utf-8")
    elif name == "unreadable":
        chosen = articles[:UNREADABLE_COUNT]
        links = "".join(f'<li><a href="/{p.name}">{p.stem}</a></li>' for p in chosen)
        (pages / "index.html").write_text(
            f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{SITE_NAME}</title></head>'
            f"<body><ul>{links}</ul></body></html>", encoding="utf-8")
        for page in chosen:
            article_id = ARTICLE_PATH_RE.match("/" + page.name).group(1)
            page.write_text(UNREADABLE.format(title=page.stem, id=article_id), encoding="utf-8")
    else:
        raise ValueError(f"no replica variant {name!r}")
    return pages
