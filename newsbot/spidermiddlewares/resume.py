"""Resumable crawls that survive ``kill -9``: each page fetched once, each article written once.

With ``JOBDIR`` Scrapy keeps its queue and the fingerprints of the requests it
has seen, but neither survives ``kill -9`` whole: the queue's state is written
only at a clean close, and fingerprints sit in a write buffer. So this
middleware journals, unbuffered, in the job directory, what the crawl does with
each page: queued, sent to the downloader, done (its items written, its links
queued, or failed for good), and each article written. On resume the journal,
not Scrapy's queue, says what is left:

- pages queued or in flight and not done are requested again, the others never;
- articles already written (to feeds, and to the write-ahead file of MongoDB)
  are not written again, so a feed appended to across kill and resume holds
  each article once.

A crawl that ended with reason ``finished`` has nothing left to resume: its
JOBDIR is refused before the first request (see ``job_problem``).
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from itemadapter import ItemAdapter, is_item
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http.request import NO_CALLBACK

logger = logging.getLogger(__name__)
JOURNAL = "newsbot-pages.jsonl"
#: Scrapy's on-disk queue, whose state a killed crawl never wrote.
SCRAPY_QUEUE = "requests.queue"
FINISHED = "finished"


@dataclass
class JobState:
    """What the journal of earlier runs says is left to do."""
    #: Pages queued or in flight and not done, in the order they were queued.
    pending: dict[str, str] = field(default_factory=dict)
    #: Of those, pages that had reached the downloader: fetched a second time.
    in_flight: set[str] = field(default_factory=set)
    #: Fingerprints of every page queued before.
    seen: set[str] = field(default_factory=set)
    #: URLs of the articles written.
    written: set[str] = field(default_factory=set)
    #: How the last run ended; None when it was killed.
    closed: str | None = None

    @classmethod
    def read(cls, journal: Path) -> JobState:
        state = cls()
        if not journal.exists():
            return state
        previous: dict[str, str | None] = {}
        for line in journal.read_bytes().splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # the line the kill cut short
            if "closed" in entry:
                state.closed = entry["closed"]
                continue
            state.closed = None
            if "written" in entry:
                state.written.add(entry["written"])
                continue
            (event, url), = ((k, v) for k, v in entry.items() if k != "fp")
            if event == "queued":
                previous[url] = "queued" if url in state.pending else None
                state.pending[url] = entry["fp"]
                state.seen.add(entry["fp"])
            elif event == "dropped":
                # Right after its "queued": the scheduler's own duplicate filter refused it.
                if previous.get(url) is None:
                    state.pending.pop(url, None)
            elif event == "started":
                state.in_flight.add(url)
            elif event == "done":
                state.pending.pop(url, None)
                state.in_flight.discard(url)
        state.in_flight &= set(state.pending)
        return state


def job_problem(jobdir: str) -> str | None:
    """Why a crawl cannot run with this JOBDIR, in one line; None when it is new or resumable."""
    journal = Path(jobdir) / JOURNAL
    if JobState.read(journal).closed != FINISHED:
        return None
    return (f"JOBDIR={jobdir} holds a crawl that already finished: nothing is left to resume. "
            f"Remove the folder to crawl again, or give each crawl a JOBDIR of its own (e.g. jobs/$(date +%F))")


class Journal:
    def __init__(self, path: Path):
        # Unbuffered: what is written is in the file even when the process is killed.
        self.file = open(path, "ab", buffering=0)

    def write(self, **entry) -> None:
        self.file.write(json.dumps(entry, ensure_ascii=False).encode() + b"\n")

    def close(self) -> None:
        self.file.close()


def journal_path(crawler) -> Path:
    jobdir = crawler.settings.get("JOBDIR")
    if not jobdir:
        raise NotConfigured  # without a message: Scrapy would log a choice as a warning
    Path(jobdir).mkdir(parents=True, exist_ok=True)
    return Path(jobdir) / JOURNAL


def is_page(request) -> bool:
    return request.callback is not NO_CALLBACK  # robots.txt and the like are not pages


class ResumeJournal:
    """The spider middleware: journals pages and articles, and on resume requests what is left."""

    def __init__(self, crawler, journal: Path):
        self.crawler = crawler
        self.state = JobState.read(journal)
        self.resuming = bool(self.state.pending or self.state.seen)
        if self.resuming:
            # The journal says what is left; a queue state from an earlier clean close is stale.
            shutil.rmtree(journal.parent / SCRAPY_QUEUE, ignore_errors=True)
        self.journal = Journal(journal)
        self.fingerprint = crawler.request_fingerprinter.fingerprint
        # Per page in the spider: its items not yet written, and whether its output has ended.
        self.open_pages: dict[int, list] = {}

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler, journal_path(crawler))
        for handler, signal in ((middleware.queued, signals.request_scheduled),
                                (middleware.dropped, signals.request_dropped),
                                (middleware.started, signals.request_reached_downloader),
                                (middleware.item_written, signals.item_scraped),
                                (middleware.item_ended, signals.item_dropped),
                                (middleware.item_ended, signals.item_error),
                                (middleware.closed, signals.spider_closed)):
            crawler.signals.connect(handler, signal=signal)
        return middleware

    async def process_start(self, start):
        async for request in start:
            if self._new(request):
                yield request
        if not self.state.pending:
            return
        in_flight = len(self.state.in_flight)
        logger.info("Resuming: %d pages left, %d of them in flight when the crawl stopped, are fetched "
                    "again; %d articles already written are not written again",
                    len(self.state.pending), in_flight, len(self.state.written))
        self._count("in_flight", in_flight)
        self._count("queued", len(self.state.pending) - in_flight)
        spider = self.crawler.spider
        for url in self.state.pending:
            request = spider.page_request(url) if hasattr(spider, "page_request") else Request(url, spider.parse)
            yield request.replace(dont_filter=True)

    async def process_spider_output(self, response, result):
        page = self.open_pages.setdefault(id(response), [0, False, response.request.url])
        async for output in result:
            if isinstance(output, Request) and not self._new(output):
                continue
            if is_item(output):
                if ItemAdapter(output).get("url") in self.state.written:
                    self._count("already_written")
                    continue
                page[0] += 1
            yield output
        page[1] = True
        self._end_if_done(id(response))

    def process_spider_exception(self, response, exception):
        # An error page (404...) the spider never sees is done too.
        self.journal.write(done=response.request.url)

    def _new(self, request) -> bool:
        """False for a page an earlier run queued already (Scrapy may have lost its fingerprint)."""
        if request.dont_filter or not self.resuming or self.fingerprint(request).hex() not in self.state.seen:
            return True
        self._count("seen_before")
        return False

    def queued(self, request, spider=None):
        if is_page(request):
            self.journal.write(queued=request.url, fp=self.fingerprint(request).hex())

    def dropped(self, request, spider=None):
        if is_page(request):
            self.journal.write(dropped=request.url)

    def started(self, request, spider=None):
        if is_page(request):
            self.journal.write(started=request.url)

    def item_written(self, item, response, spider=None):
        url = ItemAdapter(item).get("url")
        if url:
            self.journal.write(written=url)
        self.item_ended(item, response)

    def item_ended(self, item, response, *args, **kwargs):
        page = self.open_pages.get(id(response))
        if page is not None:
            page[0] -= 1
            self._end_if_done(id(response))

    def _end_if_done(self, key: int) -> None:
        """A page is done once its output has ended and each of its items is written or dropped."""
        items_left, output_ended, url = self.open_pages[key]
        if output_ended and items_left <= 0:
            del self.open_pages[key]
            self.journal.write(done=url)

    def _count(self, event: str, amount: int = 1) -> None:
        if amount:
            self.crawler.stats.inc_value(f"newsbot/resume/{event}", amount)

    def closed(self, spider, reason):
        self.journal.write(closed=reason)
        self.journal.close()
