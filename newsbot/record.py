"""One saved page read into its record: newsbot's public entry point for a single page."""

from __future__ import annotations

from dataclasses import asdict

from newsbot.sites import page_for

#: Set by the pipelines of a crawl, not by reading the page.
_CRAWL_FIELDS = ("crawled_at", "content_hash")


def article_from_html(html: bytes | str, url: str) -> dict:
    """The record of the article page ``html`` fetched from ``url``, its fields as in the
    feed (without ``crawled_at`` and ``content_hash``). Read with the profile of the site
    owning the URL's host when newsbot has one, else with the generic profile."""
    record = asdict(page_for(url, html).to_item())
    for name in _CRAWL_FIELDS:
        del record[name]
    return record
