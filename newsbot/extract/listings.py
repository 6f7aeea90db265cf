"""What RSS/Atom feeds, sitemaps and robots.txt list: URLs and when each last changed.

Feeds are read by feedparser, sitemaps by Scrapy's own sitemap reader (``.xml.gz`` too),
robots.txt ``Sitemap:`` lines by Scrapy's: nothing here parses XML by hand.
"""

from __future__ import annotations

import struct
from calendar import timegm
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from newsbot.extract.dates import parse_iso
from newsbot.extract.urls import canonical_url

#: Request meta: when a feed or sitemap says the page last changed (ISO 8601, UTC).
CHANGED_META = "newsbot_listed_changed"

_FEED_DATE_KEYS = ("updated_parsed", "published_parsed")


@dataclass(frozen=True)
class Listed:
    """One URL a feed or sitemap lists, with when it says the page last changed (UTC)."""

    url: str
    changed: datetime | None = None


def feed_entries(body: bytes, base_url: str) -> list[Listed]:
    """The article links of an RSS or Atom feed, newest change first as the feed gives them."""
    # Bytes, never a URL: given a URL, feedparser would fetch it itself.
    feed = feedparser.parse(body, response_headers={"content-location": base_url})
    listed = []
    for entry in feed.entries:
        url = canonical_url(entry.get("link") or "", base_url)
        if url:
            listed.append(Listed(url, _feed_date(entry)))
    return listed


def _feed_date(entry) -> datetime | None:
    for key in _FEED_DATE_KEYS:
        # dict.get: feedparser's own would answer "updated" with "published", and warn.
        moment = dict.get(entry, key)
        if moment:
            return datetime.fromtimestamp(timegm(moment), UTC)
    return None


class _NewsSitemap(Sitemap):
    """Scrapy's sitemap reader, which keeps only the direct children of an entry, keeping
    also the ``news:publication_date`` of a Google News sitemap."""

    def _process_sitemap_element(self, elem):
        published = elem.xpath("./*[local-name()='news']/*[local-name()='publication_date']/text()")
        entry = super()._process_sitemap_element(elem)
        if entry is not None and published:
            entry["publication_date"] = published[0].strip()
        return entry


@dataclass(frozen=True)
class SitemapListing:
    #: Whether this is a sitemap index: its URLs are sitemaps, not pages.
    is_index: bool
    urls: list[Listed]


_GZIP_MAGIC = b"\x1f\x8b\x08"


def sitemap_entries(body: bytes, base_url: str, max_size: int = 0) -> SitemapListing | None:
    """A sitemap's or sitemap index's URLs with their ``lastmod`` (or, in a Google News
    sitemap, ``news:publication_date``); None when the body is no sitemap. A gzipped body
    (``.xml.gz`` the server did not decompress) is read up to ``max_size`` bytes (0: any)."""
    try:
        if body.startswith(_GZIP_MAGIC):
            body = gunzip(body, max_size=max_size)
        sitemap = _NewsSitemap(body)
    except (StopIteration, SyntaxError, ValueError, OSError, EOFError, struct.error):
        return None
    if sitemap.type not in ("urlset", "sitemapindex"):
        return None
    listed = []
    for entry in sitemap:
        url = canonical_url(entry["loc"], base_url)
        if url:
            listed.append(Listed(url, _sitemap_date(entry.get("lastmod") or entry.get("publication_date"))))
    return SitemapListing(sitemap.type == "sitemapindex", listed)


def _sitemap_date(value: str | None) -> datetime | None:
    moment = parse_iso(value) if value else None
    if moment is None:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The sitemaps named by a robots.txt's ``Sitemap:`` lines."""
    return [url for url in (canonical_url(u) for u in sitemap_urls_from_robots(body, base_url)) if url]
