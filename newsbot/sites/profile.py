"""What newsbot needs to know of a site, in one place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from newsbot.extract.urls import host_allowed


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

    def article_id(self, url: str) -> str | None:
        """The article id a URL names, or None when it is not an article URL."""
        parts = urlsplit(url)
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
        return bool(self.article_path.search(urlsplit(url).path))

    def is_section_url(self, url: str) -> bool:
        path = urlsplit(url).path
        return bool(self.section_path.fullmatch(path)) and not self.is_article_url(url)

    def is_tag_url(self, url: str) -> bool:
        return bool(self.tag_path.search(urlsplit(url).path))

    def is_mirror_url(self, url: str) -> bool:
        return (urlsplit(url).hostname or "") in self.mirror_hosts

    def is_script_rendered(self, url: str) -> bool:
        return self.script_rendered_path is not None and bool(self.script_rendered_path.search(urlsplit(url).path))

    def owns_host(self, host: str) -> bool:
        return host_allowed(host, self.domains)
