"""Resumable crawls that survive ``kill -9``: requests in flight at the kill are fetched again.

With ``JOBDIR`` Scrapy keeps its queue and the fingerprints of the requests it
has seen, but a request already taken from the queue when the process dies is
in neither: its page would never be crawled. This middleware journals, in the
job directory, each page sent to the downloader and each page whose output
(items and links) the spider has fully given; on resume, pages started but not
finished are requested again.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http.request import NO_CALLBACK

logger = logging.getLogger(__name__)
JOURNAL = "newsbot-pages.jsonl"


class ResumeJournal:
    def __init__(self, crawler, journal: Path):
        self.crawler = crawler
        self.unfinished = _unfinished(journal) if journal.exists() else []
        # Unbuffered: what is written is in the file even when the process is killed.
        self.journal = open(journal, "ab", buffering=0)

    @classmethod
    def from_crawler(cls, crawler):
        jobdir = crawler.settings.get("JOBDIR")
        if not jobdir:
            raise NotConfigured  # without a message: Scrapy would log a choice as a warning
        Path(jobdir).mkdir(parents=True, exist_ok=True)
        middleware = cls(crawler, Path(jobdir) / JOURNAL)
        crawler.signals.connect(middleware.started, signal=signals.request_reached_downloader)
        crawler.signals.connect(middleware.closed, signal=signals.spider_closed)
        return middleware

    async def process_start(self, start):
        async for request in start:
            yield request
        if self.unfinished:
            logger.info("Resuming: %d pages were in flight when the crawl stopped; fetching them again",
                        len(self.unfinished))
            self.crawler.stats.set_value("newsbot/resume/refetched", len(self.unfinished))
        for url in self.unfinished:
            yield Request(url, callback=self.crawler.spider.parse, dont_filter=True)

    def started(self, request, spider):
        if request.callback is not NO_CALLBACK:  # robots.txt and the like are not pages
            self._write({"started": request.url})

    async def process_spider_output(self, response, result):
        async for output in result:
            yield output
        self._write({"finished": response.request.url})

    def process_spider_exception(self, response, exception):
        # An error page (404...) the spider never sees is finished too.
        self._write({"finished": response.request.url})

    def _write(self, entry: dict) -> None:
        self.journal.write(json.dumps(entry).encode() + b"\n")

    def closed(self, spider, reason):
        self.journal.close()


def _unfinished(journal: Path) -> list[str]:
    """Pages whose last entry is "started": in flight when the process ended."""
    in_flight: dict[str, None] = {}
    for line in journal.read_bytes().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # the line the kill cut short
        if "started" in entry:
            in_flight[entry["started"]] = None
        else:
            in_flight.pop(entry.get("finished"), None)
    return list(in_flight)
