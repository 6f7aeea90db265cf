"""What newsbot needs to know of a site, in one place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import SplitResult, parse_qs, urljoin, urlsplit

from newsbot.extract.urls import host_allowed


@lru_cache(maxsize=16384)
def _url_parts(url: str) -> SplitResult:
    # Each link of a page is asked whether it is a tag, an article, a section...: split once.
    # urlsplit's own cache is far smaller than a crawl's links.
    return urlsplit(url)


@dataclass(frozen=True)
class SiteProfile:
    #: Spider name and the key of the profile.
    name: str
    #: Domains of the site; their subdomains belong to it too.
    domains: tuple[str, ...]
    #: Where a default crawl starts: the front page.
    start_urls: tuple[str, ...]
    #: An article URL's path; group "id" is the article id.
    article_path: re.Pattern
    #: Paths of listing pages (sections) reached from menus.
    section_path: re.Pattern
    #: Paths of tag pages; their link texts are an article's tags.
    tag_path: re.Pattern
    #: Hosts that mirror the whole site (a mobile version): never followed.
    mirror_hosts: tuple[str, ...] = ()
    #: Headings of the blocks whose links are followed from an article.
    block_headings: tuple[str, ...] = ("Tin khác", "Nên xem")
    #: Headings of other zones: they end a block and never hold article text.
    zone_headings: tuple[str, ...] = ()
    #: Dateline marks that open a lead, e.g. "LĐTĐ" for "(LĐTĐ) ...".
    dateline_marks: tuple[str, ...] = ()
    #: Names the site signs with; never an article's author.
    publisher_names: tuple[str, ...] = ()
    #: Lines that are site furniture wherever they appear in the text.
    boilerplate: tuple[str, ...] = ()
    #: CSS selectors tried first, per part ("title", "summary", "body", "date",
    #: "category", "author"); hints only: extraction works without them.
    hints: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Query parameters that carry an article id (print views).
    id_query_params: tuple[str, ...] = ()
    #: At most this many links are read from one block (0: no cap).
    max_block_links: int = 100
    language: str = "vi"
    #: Paths of article pages built by scripts (e-magazine, video): under NEWSBOT_RENDER=auto
    #: they are always fetched again through the browser.
    script_rendered_path: re.Pattern | None = None
    #: An article text shorter than this (characters) looks unfinished: a script may fill it.
    min_body_chars: int = 150
    #: RSS or Atom feeds listing new articles; a path ("/rss/home.rss") is read on the host
    #: of each start URL, so that a replica of the site is discovered as the site is.
    feeds: tuple[str, ...] = ()
    #: Sitemaps or sitemap indexes (.xml or .xml.gz, Google News sitemaps too), as feeds are.
    sitemaps: tuple[str, ...] = ()
    #: Whether the sitemaps named by the ``Sitemap:`` lines of robots.txt are read too.
    robots_sitemaps: bool = False
    #: Sitemaps of a sitemap index that are read (their URL matches); None: all of them.
    sitemap_follow: re.Pattern | None = None

    def article_id(self, url: str) -> str | None:
        """The article id a URL names, or None when it is not an article URL."""
        parts = _url_parts(url)
        match = self.article_path.search(parts.path)
        if match:
            return match.group("id")
        query = parse_qs(parts.query or parts.path.partition("&")[2])
        for name in self.id_query_params:
            values = query.get(name)
            if values and values[0].isdigit():
                return values[0]
        return None

    def is_article_url(self, url: str) -> bool:
        return bool(self.article_path.search(_url_parts(url).path))

    def is_section_url(self, url: str) -> bool:
        path = _url_parts(url).path
        return bool(self.section_path.fullmatch(path)) and not self.is_article_url(url)

    def is_tag_url(self, url: str) -> bool:
        return bool(self.tag_path.search(_url_parts(url).path))

    def is_mirror_url(self, url: str) -> bool:
        return (_url_parts(url).hostname or "") in self.mirror_hosts

    def is_script_rendered(self, url: str) -> bool:
        return self.script_rendered_path is not None and bool(self.script_rendered_path.search(_url_parts(url).path))

    def discovery_urls(self, start_url: str) -> dict[str, list[str]]:
        """Where this site lists its articles besides its pages, resolved against a start URL:
        "feed" and "sitemap" URLs, and "robots" (robots.txt) when its Sitemap: lines count."""
        return {
            "feed": [urljoin(start_url, feed) for feed in self.feeds],
            "sitemap": [urljoin(start_url, sitemap) for sitemap in self.sitemaps],
            "robots": [urljoin(start_url, "/robots.txt")] if self.robots_sitemaps else [],
        }

    def follows_sitemap(self, url: str) -> bool:
        return self.sitemap_follow is None or bool(self.sitemap_follow.search(url))

    def owns_host(self, host: str) -> bool:
        return host_allowed(host, self.domains)
