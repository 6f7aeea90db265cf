"""The navigation shared by every site: listings lead to articles, articles to their blocks."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.exceptions import UsageError
from scrapy.http import TextResponse

from newsbot.render.policy import RenderPolicy
from newsbot.sites.base import ArticlePage


def parse_start_urls(value: str | list[str]) -> list[str]:
    """``-a start_urls=URL[,URL...]`` read into a list; a bad URL is a usage error."""
    urls = value if isinstance(value, list) else [u.strip() for u in value.split(",")]
    urls = [u for u in urls if u]
    if not urls:
        raise UsageError("start_urls is empty: give one or more URLs separated by commas")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"start_urls: {url!r} is not an http(s) URL")
    return urls


class SiteSpider(Spider):
    """Crawls one site described by ``page_class.profile``.

    On a listing page (front page, section) it follows article and section
    links; on an article page it yields the article and follows only the links
    of the blocks named in ``NEWSBOT_BLOCK_HEADINGS``.
    """

    page_class: type[ArticlePage]

    def __init__(self, *args, start_urls: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.profile = self.page_class.profile
        self.start_urls = parse_start_urls(start_urls) if start_urls else list(self.profile.start_urls)
        extra_hosts = {urlsplit(u).hostname for u in self.start_urls}
        self.allowed_domains = list(self.profile.domains) + sorted(
            h for h in extra_hosts if not self.profile.owns_host(h)
        )

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        headings = crawler.settings.getlist("NEWSBOT_BLOCK_HEADINGS")
        if headings:
            spider.profile = replace(spider.profile, block_headings=tuple(headings))
        spider.rendering = RenderPolicy.from_crawler(crawler, errback=spider.render_failed)
        return spider

    async def start(self):
        # Not dont_filter: a block linking back to a start page must not fetch it again.
        for url in self.start_urls:
            yield Request(url, callback=self.parse, **self.rendering.request_options())

    def parse(self, response):
        stats = self.crawler.stats
        if not isinstance(response, TextResponse):
            stats.inc_value("newsbot/crawl/not_html")
            return
        page = self.page_class(response.url, root=response.selector.root, profile=self.profile)
        if page.is_article:
            if self.rendering.rerender(response, page):
                return
            stats.inc_value("newsbot/crawl/article_pages")
            yield page.to_item()
            links = page.block_links()
            if not links:
                stats.inc_value("newsbot/crawl/article_without_blocks")
        else:
            stats.inc_value("newsbot/crawl/listing_pages")
            links = page.listing_links()
        for url in links:
            yield response.follow(url, callback=self.parse, **self.rendering.request_options())

    def render_failed(self, failure):
        """Errback of the pages sent to the browser: a failed render falls back to the plain page."""
        return self.rendering.render_failed(failure)
