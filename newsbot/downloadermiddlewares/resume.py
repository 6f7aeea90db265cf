"""The resume journal's downloader half (newsbot/spidermiddlewares/resume.py holds the rest): a page
that failed for good is done as well, so a resumed crawl does not ask for it again."""

from __future__ import annotations

from pathlib import Path

from scrapy import signals

from newsbot.spidermiddlewares.resume import Journal, is_page, journal_path


class FailedPageJournal:
    """The downloader middleware: a page that failed for good (after its retries) is done too.

    Its failure goes to the errback, which spider middlewares never see; placed
    before the retry middleware, this one sees only what it gave up.
    """

    def __init__(self, journal: Path):
        self.journal = Journal(journal)

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(journal_path(crawler))
        crawler.signals.connect(middleware.closed, signal=signals.spider_closed)
        return middleware

    def process_exception(self, request, exception, spider=None):
        if is_page(request):
            self.journal.write(done=request.url)

    def closed(self, spider, reason):
        self.journal.close()

