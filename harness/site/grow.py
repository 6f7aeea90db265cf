"""Grown copies of the replica: new articles added to it, or the whole site many times over.

    add_articles(pages_dir, 4)      # in a copy of harness/site/pages: new articles, see its docstring
    multiply(pages_dir, 20)         # a site of 20 copies of the replica under /c1/ ... /c20/

Standard library only; the replica itself (harness/site/pages) is never changed.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from harness.site.server import PAGES_DIR, ensure_built

# A markup-A article ("Nên xem" first, a block per <ul class="list_news">) whose title
# needs no HTML escaping: the model of every new article.
TEMPLATE_SLUG = "be-mac-ky-hop-29-hdnd-thanh-pho-ha-noi-khoa-xvi"
TEMPLATE_ID = "187731"
TEMPLATE_TITLE = "Bế mạc kỳ họp 29 HĐND thành phố Hà Nội khóa XVI"
LISTING = '<ul class="list_news">'
NEW_ID_BASE = 990000
_ARTICLE_ID = re.compile(r"-(\d+)\.html")
_ROOTED_LINK = re.compile(r'href="/([^"/][^"]*)?"')


def copy_replica(dest: Path) -> Path:
    ensure_built()
    shutil.copytree(PAGES_DIR, dest)
    return dest


def _link(path: str, title: str) -> str:
    return f'\n   <li><h3 class="list_news_title"><a href="{path}">{title}</a></h3></li>'


def _add_link(page: Path, path: str, title: str) -> None:
    """Put a link to path first in the page's first list of news: a listing, or an article's first block."""
    html = page.read_text(encoding="utf-8")
    if LISTING not in html:
        raise ValueError(f"{page.name} has no {LISTING}")
    page.write_text(html.replace(LISTING, LISTING + _link(path, title), 1), encoding="utf-8")


def add_articles(pages_dir: Path, count: int = 4) -> dict[str, str]:
    """Add `count` new articles to the replica copy in pages_dir; return {path: title}.

    The first is linked from the front page, the second from the section page
    /thoi-su.html, and every further one only from the block of the article
    before it: found only by a crawl that fetches the new articles themselves.
    """
    template = (pages_dir / f"{TEMPLATE_SLUG}-{TEMPLATE_ID}.html").read_text(encoding="utf-8")
    added: dict[str, str] = {}
    for number in range(1, count + 1):
        slug, title = f"tin-moi-so-{number}-{NEW_ID_BASE + number}", f"Tin mới số {number} của Hà Nội"
        html = template.replace(f"{TEMPLATE_SLUG}-{TEMPLATE_ID}", slug).replace(TEMPLATE_ID, str(NEW_ID_BASE + number))
        (pages_dir / f"{slug}.html").write_text(html.replace(TEMPLATE_TITLE, title), encoding="utf-8")
        added[f"/{slug}.html"] = title
    paths = list(added)
    linked_from = ["/index.html", "/thoi-su.html", paths[0], *paths[2:-1]][:count]
    for (path, title), page in zip(added.items(), linked_from, strict=True):
        _add_link(pages_dir / page.lstrip("/"), path, title)
    return added


def multiply(dest: Path, copies: int) -> int:
    """A site of `copies` replicas, each under /c<k>/ with article ids of its own; return its page count.

    The front page links to each copy's front page (/c<k>/index.html, a section URL).
    """
    ensure_built()
    fronts = []
    pages = 0
    for k in range(1, copies + 1):
        copy_dir = dest / f"c{k}"
        copy_dir.mkdir(parents=True)
        for page in PAGES_DIR.iterdir():
            html = page.read_text(encoding="utf-8")
            html = _ROOTED_LINK.sub(lambda m, k=k: f'href="/c{k}/{m.group(1) or "index.html"}"', html)
            html = _ARTICLE_ID.sub(lambda m, k=k: f"-{k}{m.group(1)}.html", html)
            (copy_dir / _ARTICLE_ID.sub(lambda m, k=k: f"-{k}{m.group(1)}.html", page.name)).write_text(
                html, encoding="utf-8")
            pages += 1
        fronts.append(f'<li><a href="/c{k}/index.html">Trang {k}</a></li>')
    (dest / "index.html").write_text(
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lao Động Thủ Đô</title></head>'
        f"<body><ul>{''.join(fronts)}</ul></body></html>", encoding="utf-8")
    return pages + 1
