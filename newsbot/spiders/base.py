"""The navigation shared by every site: listings lead to articles, articles to their blocks,
and the site's feeds and sitemaps to its articles."""

from __future__ import annotations

import ipaddress
from dataclasses import replace
from urllib.parse import urlsplit

from scrapy import Request, Spider, signals
from scrapy.exceptions import UsageError

from newsbot.extract.listings import CHANGED_META, Listed, feed_entries, robots_sitemaps, sitemap_entries
from newsbot.fetch.content import can_be_a_page
from newsbot.fetch.failures import failure_kind, is_offsite_redirect
from newsbot.pages.article import ArticlePage
from newsbot.render.policy import RenderPolicy
from newsbot.sites.profile import SiteProfile
from newsbot.spiders.readers import InProcessReader, WorkerReader, reader_from_crawler


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
    """Start URLs may name the site's hosts (not its mirrors), loopback addresses (replicas, tests) or
    NEWSBOT_EXTRA_HOSTS: copies of the site on other domains are never crawled by mistake."""
    for url in urls:
        host = urlsplit(url).hostname or ""
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
    """Crawls one site described by its ``profile``.

    It starts from the start URLs and from the site's feeds and sitemaps. On a
    listing page (front page, section) it follows article and section links; a
    feed or sitemap leads to the articles it lists; on an article page it yields
    the article and follows only the links of the blocks named in
    ``NEWSBOT_BLOCK_HEADINGS``.
    """

    profile: SiteProfile
    page_class: type[ArticlePage] = ArticlePage
    # Set in from_crawler: how pages are rendered and read depends on the crawl's settings.
    rendering: RenderPolicy
    reader: InProcessReader | WorkerReader

    def __init__(self, *args, start_urls: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = parse_start_urls(start_urls) if start_urls else list(self.profile.start_urls)
        # parse_start_urls lets no URL without a host through.
        extra_hosts = {host for u in self.start_urls if (host := urlsplit(u).hostname)}
        self.allowed_domains = list(self.profile.domains) + sorted(
            h for h in extra_hosts if not self.profile.owns_host(h)
        )

    @classmethod
    def start_problem(cls, spider_args: dict, settings) -> str | None:
        """What is wrong with the start URLs a crawl is given, or None."""
        given = spider_args.get("start_urls")
        urls = parse_start_urls(given) if given is not None else list(cls.profile.start_urls)
        return start_host_problem(urls, cls.profile, settings.getlist("NEWSBOT_EXTRA_HOSTS"))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        problem = cls.start_problem(kwargs, crawler.settings)
        if problem:
            raise UsageError(problem)
        spider = super().from_crawler(crawler, *args, **kwargs)
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
            discovery = self.profile.discovery_urls(url)
            for feed in discovery["feed"]:
                yield Request(feed, callback=self.parse_feed, errback=self.fetch_failed)
            for sitemap in discovery["sitemap"]:
                yield Request(sitemap, callback=self.parse_sitemap, errback=self.fetch_failed)
            for robots in discovery["robots"]:
                yield Request(robots, callback=self.parse_robots, errback=self.fetch_failed)

    def page_request(self, url: str) -> Request:
        """The request of a page the crawl starts from (or resumes with)."""
        return Request(url, callback=self.parse, errback=self.fetch_failed, **self.rendering.request_options())

    def lists_article(self, url: str) -> bool:
        """Whether a URL that a feed or sitemap lists is one of the site's articles."""
        return self.profile.is_article_url(url) and not self.profile.is_mirror_url(url)

    def _listed_requests(self, listed: list[Listed], source: str):
        stats = self.crawler.stats
        for entry in listed:
            if not self.lists_article(entry.url):
                stats.inc_value(f"newsbot/discovery/{source}_not_article")
                continue
            stats.inc_value(f"newsbot/discovery/{source}_articles")
            meta = {CHANGED_META: entry.changed.isoformat()} if entry.changed else {}
            yield Request(entry.url, callback=self.parse, errback=self.fetch_failed, meta=meta,
                          **self.rendering.request_options())

    def parse_feed(self, response):
        self.crawler.stats.inc_value("newsbot/discovery/feeds")
        entries = feed_entries(response.body, response.url)
        if not entries:
            self.crawler.stats.inc_value("newsbot/discovery/feed_empty")
            self.logger.warning("No article in the feed %s", response.url)
        yield from self._listed_requests(entries, "feed")

    def parse_sitemap(self, response):
        stats = self.crawler.stats
        listing = sitemap_entries(response.body, response.url, self.settings.getint("DOWNLOAD_MAXSIZE"))
        if listing is None:
            stats.inc_value("newsbot/discovery/not_a_sitemap")
            self.logger.warning("Not a sitemap: %s", response.url)
            return
        stats.inc_value("newsbot/discovery/sitemaps")
        if not listing.is_index:
            yield from self._listed_requests(listing.urls, "sitemap")
            return
        for entry in listing.urls:
            if self.profile.follows_sitemap(entry.url):
                yield Request(entry.url, callback=self.parse_sitemap, errback=self.fetch_failed)

    def parse_robots(self, response):
        for sitemap in robots_sitemaps(response.body, response.url):
            yield Request(sitemap, callback=self.parse_sitemap, errback=self.fetch_failed)

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
            # Which source each field came from: a site's layout change shows as a shift.
            for name, source in reading.sources.items():
                stats.inc_value(f"newsbot/extract/{name}/{source}")
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

