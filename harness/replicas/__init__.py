"""Small replicas of a site made from real pages (those of tests/sites/<site>/), served on 127.0.0.1.

Each real page is served at its own path. The site's discovery, as its profile declares it,
is generated for the replica: its RSS feed, its sitemap (a Google News sitemap), and for
robots.txt a sitemap index leading to a gzipped sitemap. Each declared source lists at least
one page and every page is listed by one source. One more copy of a page, at another
article URL, is linked from nowhere: it must never be fetched.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from newsbot.sites.generic import GENERIC_PROFILE
from newsbot.sites.profile import SiteProfile

GENERIC_ID = GENERIC_PROFILE.article_path
#: A real page: its URL on its site and its HTML.
Page = tuple[str, bytes]

LISTED_AT = "2026-03-07T08:00:00+07:00"
FRONT_PAGE = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang chủ</title>{head}</head>'
              '<body><h1>Trang chủ</h1>{links}</body></html>')


@dataclass
class Replica:
    pages_dir: Path
    #: Path -> article id of every page reachable through the declared discovery.
    reachable: dict[str, str]
    #: The page copy linked from nowhere.
    unlisted: str


def _path(url: str) -> str:
    return urlsplit(url).path


def _rss(paths: list[str], listed_at: str) -> bytes:
    published = format_datetime(datetime.fromisoformat(listed_at))
    items = "".join(f"<item><title>Bài {n}</title><link>{escape(path)}</link><pubDate>{published}</pubDate></item>"
                    for n, path in enumerate(paths))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin mới</title>'
            f"<link>/</link>{items}</channel></rss>").encode()


def _news_sitemap(paths: list[str], base: str, listed_at: str) -> bytes:
    urls = "".join(f"<url><loc>{escape(base + path)}</loc><news:news><news:publication>"
                   f"<news:name>Báo</news:name><news:language>vi</news:language></news:publication>"
                   f"<news:publication_date>{listed_at}</news:publication_date></news:news></url>"
                   for path in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>').encode()


def _sitemap(paths: list[str], base: str, listed_at: str = LISTED_AT) -> bytes:
    urls = "".join(f"<url><loc>{escape(base + path)}</loc><lastmod>{listed_at}</lastmod></url>" for path in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()


def _sitemap_index(children: list[str], base: str) -> bytes:
    entries = "".join(f"<sitemap><loc>{escape(base + child)}</loc><lastmod>{LISTED_AT}</lastmod></sitemap>"
                      for child in children)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>').encode()


def _write(pages_dir: Path, path: str, body: bytes) -> None:
    file = pages_dir / path.lstrip("/")
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(body)


def _unlisted_path(path: str, article_id: str) -> str:
    head, _, tail = path.rpartition(article_id)
    return f"{head}{int(article_id) + 1}{tail}"


def build(profile: SiteProfile, pages: list[Page], pages_dir: Path, base: str, listed_at: str = LISTED_AT) -> Replica:
    """The replica of a site with a profile from its pages, written into pages_dir, its sitemaps
    naming ``base``; its feeds and sitemaps say every page last changed at ``listed_at``."""
    reachable = {_path(url): profile.article_id(url) for url, _ in pages}
    paths = list(reachable)
    for url, html in pages:
        _write(pages_dir, _path(url), html)
    unlisted = _unlisted_path(paths[0], reachable[paths[0]])
    _write(pages_dir, unlisted, pages[0][1])

    writers = [lambda listed, feed=feed: _write(pages_dir, feed, _rss(listed, listed_at)) for feed in profile.feeds]
    writers += [lambda listed, sitemap=sitemap: _write(pages_dir, sitemap, _news_sitemap(listed, base, listed_at))
                for sitemap in profile.sitemaps]
    if profile.robots_sitemaps:
        writers.append(lambda listed: _robots(pages_dir, listed, base, listed_at))
    assert writers, f"{profile.name} declares no feed or sitemap"
    for n, write in enumerate(writers):
        listed = [path for i, path in enumerate(paths) if i % len(writers) == n] or paths[:1]
        write(listed)
    _write(pages_dir, "/index.html", FRONT_PAGE.format(head="", links="").encode())
    return Replica(pages_dir, reachable, unlisted)


def _robots(pages_dir: Path, listed: list[str], base: str, listed_at: str) -> None:
    _write(pages_dir, "/robots.txt", b"User-agent: *\nDisallow:\nSitemap: /sitemap-index.xml\n")
    _write(pages_dir, "/sitemap-index.xml", _sitemap_index(["/sitemaps/news-2026-03.xml.gz"], base))
    _write(pages_dir, "/sitemaps/news-2026-03.xml.gz", gzip.compress(_sitemap(listed, base, listed_at), mtime=0))


def build_unprofiled(pages: list[Page], pages_dir: Path, base: str) -> Replica:
    """A replica of a site newsbot has no profile of, from three real pages: one in the feed its
    front page announces, one in the sitemap of its robots.txt at a URL without an id (its
    structured data says it is an article), one linked from the front page."""
    in_feed, in_sitemap, linked = pages[:3]
    paths = {"feed": _path(in_feed[0]), "sitemap": "/doi-song/bai-khong-co-so.html", "linked": _path(linked[0])}
    for (_, html), path in zip((in_feed, in_sitemap, linked), paths.values(), strict=True):
        _write(pages_dir, path, html)
    unlisted = _unlisted_path(paths["linked"], GENERIC_ID.search(paths["linked"]).group("id"))
    _write(pages_dir, unlisted, linked[1])
    _write(pages_dir, "/tin-moi.rss", _rss([paths["feed"]], LISTED_AT))
    _write(pages_dir, "/robots.txt", b"User-agent: *\nDisallow:\nSitemap: /sitemap.xml\n")
    _write(pages_dir, "/sitemap.xml", _sitemap([paths["sitemap"], "/lien-he"], base))
    _write(pages_dir, "/lien-he", FRONT_PAGE.format(head="", links="").encode())
    feed_link = '<link rel="alternate" type="application/rss+xml" href="/tin-moi.rss">'
    links = f'<a href="{paths["linked"]}">Bài</a><a href="/lien-he">Liên hệ</a>'
    front = FRONT_PAGE.format(head=feed_link, links=links)
    _write(pages_dir, "/index.html", front.encode())
    reachable = {path: GENERIC_ID.search(path).group("id") if GENERIC_ID.search(path) else None
                 for path in paths.values()}
    return Replica(pages_dir, reachable, unlisted)
