"""What the spider needs of a fetched page, read in one go.

A plain value, so that a page can be read in another process (``NEWSBOT_EXTRACT_PROCESSES``)
and sent back: the same reading wherever it is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsbot.items import Article
from newsbot.pages.article import ArticlePage
from newsbot.pages.completeness import incomplete_reason, render_reason
from newsbot.sites.profile import SiteProfile


@dataclass(frozen=True)
class PageReading:
    is_article: bool
    # An article's block links, or a listing page's article and section links.
    links: list[str] = field(default_factory=list)
    item: Article | None = None
    block_links_capped: int = 0
    # completeness.render_reason and incomplete_reason, for NEWSBOT_RENDER=auto.
    render_reason: str | None = None
    incomplete_reason: str | None = None
    # ArticlePage.sources: field -> the source its value came from.
    sources: dict[str, str] = field(default_factory=dict)


def read(page: ArticlePage) -> PageReading:
    navigation = page.navigation
    if not navigation.is_article:
        return PageReading(is_article=False, links=navigation.listing_links())
    item = page.to_item()
    return PageReading(
        is_article=True, links=navigation.block_links(), item=item,
        block_links_capped=navigation.block_links_capped,
        render_reason=render_reason(page), incomplete_reason=incomplete_reason(page),
        sources=dict(page.sources),
    )


def read_html(page_class: type[ArticlePage], profile: SiteProfile, url: str, html: str) -> PageReading:
    return read(page_class(url, html, profile=profile))
