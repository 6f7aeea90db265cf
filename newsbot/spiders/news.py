"""``scrapy crawl news -a start_urls=URL``: a Vietnamese news site newsbot has no profile of."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request

from newsbot.sites import site_of_host
from newsbot.sites.generic import GENERIC_PROFILE, GenericArticlePage, profile_for
from newsbot.spiders.base import SiteSpider, parse_start_urls

_FEED_TYPES = ("application/rss+xml", "application/atom+xml")
_START_META = "newsbot_start_page"


class NewsSpider(SiteSpider):
    """Reads the feeds a start page announces (``<link rel="alternate">``) and the sitemaps of
    its robots.txt, follows listing and related links on the start URLs' hosts only."""

    name = "news"
    profile = GENERIC_PROFILE
    page_class = GenericArticlePage

    def __init__(self, *args, start_urls: str | None = None, **kwargs):
        urls = parse_start_urls(start_urls or "")
        self.profile = profile_for(urls)
        super().__init__(*args, start_urls=start_urls, **kwargs)

    @classmethod
    def start_problem(cls, spider_args: dict, settings) -> str | None:
        if not spider_args.get("start_urls"):
            return "scrapy crawl news needs the site's front page: -a start_urls=https://..."
        for url in parse_start_urls(spider_args["start_urls"]):
            site = site_of_host(urlsplit(url).hostname)
            if site is not None:
                return f"{urlsplit(url).hostname} has a profile: use its spider, scrapy crawl {site.name}"
        return None

    async def start(self):
        async for request in super().start():
            if request.callback == self.parse and request.url in self.start_urls:
                request.meta[_START_META] = True
            yield request

    def lists_article(self, url: str) -> bool:
        # What a feed or sitemap of the site lists is taken as an article; its page says.
        return self.profile.owns_host(urlsplit(url).hostname or "")

    async def parse(self, response):
        if response.meta.get(_START_META) and hasattr(response, "xpath"):
            for link in response.xpath("//link[@rel='alternate'][@href]"):
                if (link.attrib.get("type") or "").lower() in _FEED_TYPES:
                    yield Request(response.urljoin(link.attrib["href"]), callback=self.parse_feed,
                                  errback=self.fetch_failed)
        async for output in super().parse(response):
            yield output
