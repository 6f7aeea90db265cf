"""The navigation shared by every site: listings lead to articles, articles to their blocks."""

from __future__ import annotations

import ipaddress
from dataclasses import replace
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.exceptions import UsageError

from newsbot.fetch.content import can_be_a_page
from newsbot.fetch.failures import failure_kind, is_offsite_redirect
from newsbot.render.policy import RenderPolicy
from newsbot.spiders.readers import reader_from_crawler
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


def start_host_problem(urls: list[str], profile, extra_hosts) -> str | None:
    """Start URLs may name the site's hosts (not its mirrors), loopback addresses (replicas, tests) or NEWSBOT_EXTRA_HOSTS:
    copies of the site on other domains are never crawled by mistake."""
    for url in urls:
        host = urlsplit(url).hostname
        if profile.is_mirror_url(url):
            return (f"start_urls: {host} mirrors {profile.name} and is never crawled; "
                    f"start from {', '.join(profile.start_urls)} instead")
        if not (profile.owns_host(host) or _is_loopback(host) or host in extra_hosts):
            return (f"start_urls: {host} is not a host of {profile.name} ({', '.join(profile.domains)}); "
                    f"add it to NEWSBOT_EXTRA_HOSTS to crawl it anyway")
    return None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
        problem = start_host_problem(spider.start_urls, spider.profile, crawler.settings.getlist("NEWSBOT_EXTRA_HOSTS"))
        if problem:
            raise UsageError(problem)
        headings = crawler.settings.getlist("NEWSBOT_BLOCK_HEADINGS")
        if headings:
            spider.profile = replace(spider.profile, block_headings=tuple(headings))
        spider.profile = replace(spider.profile, max_block_links=crawler.settings.getint("NEWSBOT_MAX_BLOCK_LINKS"))
        crawler.signals.connect(spider.count_offsite_redirect, signal=signals.request_scheduled)
        spider.rendering = RenderPolicy.from_crawler(crawler, errback=spider.fetch_failed)
        spider.reader = reader_from_crawler(crawler)
        return spider

    async def start(self):
        # Not dont_filter: a block linking back to a start page must not fetch it again.
        for url in self.start_urls:
            yield self.page_request(url)

    def page_request(self, url: str) -> Request:
        """The request of a page the crawl starts from (or resumes with)."""
        return Request(url, callback=self.parse, errback=self.fetch_failed, **self.rendering.request_options())

    async def parse(self, response):
        stats = self.crawler.stats
        if not can_be_a_page(response):
            stats.inc_value("newsbot/crawl/not_html")
            return
        reading = await self.reader.read(response, self.page_class, self.profile)
        if reading.is_article:
            if self.rendering.rerender(response, reading):
                return
            stats.inc_value("newsbot/crawl/article_pages")
            yield reading.item
            if not reading.links:
                stats.inc_value("newsbot/crawl/article_without_blocks")
            if reading.block_links_capped:
                stats.inc_value("newsbot/crawl/block_links_capped", reading.block_links_capped)
        else:
            stats.inc_value("newsbot/crawl/listing_pages")
        for url in reading.links:
            yield response.follow(url, callback=self.parse, errback=self.fetch_failed,
                                  **self.rendering.request_options())

    def fetch_failed(self, failure):
        """Count a request that failed for good (after its retries) by kind; a failed render
        falls back to the plain page instead."""
        if failure.request.meta.get("playwright") and self.rendering.render_failed(failure) is None:
            return
        kind = failure_kind(failure, self.settings.getint("REDIRECT_MAX_TIMES"))
        self.crawler.stats.inc_value(f"newsbot/fetch_failed/{kind}")
        self.logger.warning("Fetch failed (%s): %s: %s", kind, failure.request.url,
                            failure.getErrorMessage() or failure.type.__name__)

    def count_offsite_redirect(self, request, spider=None):
        # Scrapy drops these when they are scheduled, without calling the errback.
        if is_offsite_redirect(request, self.allowed_domains):
            self.crawler.stats.inc_value("newsbot/fetch_failed/offsite_redirect")
            self.logger.warning("Redirect off the allowed domains not followed: %s (from %s)",
                                request.url, request.meta["redirect_urls"][0])

