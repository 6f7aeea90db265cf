"""Where a page leads: its canonical URL, its kind, its related blocks and its listing links."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from newsbot.extract.blocks import Block, find_blocks
from newsbot.extract.urls import canonical_url, site_of
from newsbot.pages.document import Document

if TYPE_CHECKING:  # sites build on pages: a profile is only handed in
    from newsbot.sites.profile import SiteProfile


class PageNavigation:
    """The links of one page of a site, as its profile reads them."""

    def __init__(self, url: str, document: Document, profile: SiteProfile):
        self.url = url
        self.document = document
        self.profile = profile
        self._absolute: dict[str, str | None] = {}

    @cached_property
    def canonical(self) -> str:
        response_url = canonical_url(self.url) or self.url
        for link in self.document.root.iter("link"):
            if "canonical" in (link.get("rel") or "").lower().split():
                candidate = canonical_url(link.get("href") or "", response_url)
                # Only on the page's own host: section subdomains number their articles
                # apart, and copies of the site on other domains point back to it.
                if candidate and site_of(candidate) == site_of(response_url):
                    return candidate
        return response_url

    @cached_property
    def is_article(self) -> bool:
        return self.profile.article_id(self.canonical) is not None \
            or self.profile.article_id(self.url) is not None

    def absolute(self, href: str | None, base: str | None = None) -> str | None:
        if not href:
            return None
        if base:
            return canonical_url(href, base)
        # The blocks, the tags, the category and the images read the same links again.
        try:
            return self._absolute[href]
        except KeyError:
            url = self._absolute[href] = canonical_url(href, self.url)
            return url

    @cached_property
    def blocks(self) -> list[Block]:
        """The followed blocks that list articles."""
        return [block for block in self._headed_blocks if block.links]

    @cached_property
    def _headed_blocks(self) -> list[Block]:
        return find_blocks(
            self.document.elements, self.document.texts, self.profile.block_headings, self.profile.zone_headings,
            self._is_other_article, self.absolute, self.profile.max_block_links,
        )

    def _is_other_article(self, url: str) -> bool:
        # A link to the page itself ("#", a placeholder of a list still to be filled) is no related article.
        return self.profile.is_article_url(url) and url not in self._own_urls

    @cached_property
    def _own_urls(self) -> tuple[str | None, ...]:
        return self.canonical, canonical_url(self.url)

    @cached_property
    def empty_blocks(self) -> list[str]:
        """Followed blocks whose heading is on the page but whose list holds no article link
        (a list a script fills after load, or a "loading" placeholder)."""
        return [block.name for block in self._headed_blocks if not block.links]

    @property
    def block_links_capped(self) -> int:
        """How many block links were left out over ``profile.max_block_links``."""
        return sum(block.capped for block in self.blocks)

    @cached_property
    def block_parts(self) -> set:
        """Every element of the followed blocks: never part of the article."""
        covered: set = set()
        for block in self.blocks:
            covered |= block.covered
        return covered

    def block_links(self) -> list[str]:
        """URLs of the articles listed in the followed blocks, in page order, once each."""
        urls = (url for block in self.blocks for url, _ in block.links)
        return list(dict.fromkeys(u for u in urls if not self.profile.is_mirror_url(u)))

    def listing_links(self) -> list[str]:
        """From a listing page: the article and section pages it links to."""
        urls = []
        for a in self.document.root.iter("a"):
            url = self.absolute(a.get("href"))
            if url and (self.profile.is_article_url(url) or self.profile.is_section_url(url)) \
                    and not self.profile.is_mirror_url(url):
                urls.append(url)
        return list(dict.fromkeys(urls))
