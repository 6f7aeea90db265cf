"""The machine's ceiling for this crawl: the same pages as newsbot, no extraction, no items.

    scrapy runspider bench/limit_spider.py -a start_url=http://127.0.0.1:PORT/

Scrapy's engine, downloader and scheduler with newsbot's settings, following the
links a fixed CSS selector picks: every article and section link on a listing page,
the links of the "Nên xem" and "Tin khác" blocks on an article page.
"""

import re

from scrapy import Spider
from scrapy.http import Request

from bench.site import BLOCK_CSS, LISTING_CSS

_ARTICLE_URL = re.compile(r"-\d+\.html$")


class LimitSpider(Spider):
    name = "limit"

    def __init__(self, start_url: str, **kwargs):
        super().__init__(**kwargs)
        self.start_url = start_url

    async def start(self):
        yield Request(self.start_url, callback=self.parse)

    def parse(self, response):
        css = BLOCK_CSS if _ARTICLE_URL.search(response.url) else LISTING_CSS
        yield from response.follow_all(css=css, callback=self.parse)
