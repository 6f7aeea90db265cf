"""One saved page read into its record: newsbot's public entry point for a single page."""

from __future__ import annotations

from dataclasses import asdict

from newsbot.items import ARTICLE_FIELDS
from newsbot.sites import page_for

#: Set by the pipelines of a crawl, not by reading the page.
_CRAWL_FIELDS = ("crawled_at", "content_hash", "story_id", "outlets", "story_bands")
#: The fields of the record article_from_html returns, in the item's order.
RECORD_FIELDS = tuple(name for name in ARTICLE_FIELDS if name not in _CRAWL_FIELDS)


def article_from_html(html: bytes | str, url: str) -> dict:
    """The record of the article page ``html`` fetched from ``url``, its fields as in the
    feed (without what the pipelines set: ``crawled_at``, ``content_hash`` and the story). Read with the
    profile of the site owning the URL's host when newsbot has one, else with the generic profile."""
    record = asdict(page_for(url, html).to_item())
    for name in _CRAWL_FIELDS:
        del record[name]
    return record
