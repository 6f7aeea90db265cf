"""Where the spider's pages are read: in the crawl's own process, or in worker processes.

Scrapy crawls in one thread, and reading a page (its tree, blocks and article) costs more
than fetching and following it. With ``NEWSBOT_EXTRACT_PROCESSES`` = N, N worker processes
read the pages while the crawl's process goes on fetching, following and writing; with 0
(the default) the crawl's process reads them itself.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy import signals

from newsbot.reading import PageReading, read_html

logger = logging.getLogger(__name__)
PARENT_CHECK_SECONDS = 1.0


def read_response(response, page_class, profile) -> PageReading:
    """The page read here. From its text, not from Scrapy's selector: the page is parsed
    as a browser reads it (``newsbot.pages.document.parse``)."""
    return read_html(page_class, profile, response.url, response.text)


class InProcessReader:
    async def read(self, response, page_class, profile) -> PageReading:
        return read_response(response, page_class, profile)


def _start_worker():
    # Ctrl-C reaches the whole process group: the crawl stops gracefully and closes the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A crawl killed outright (SIGKILL, out of memory) closes nothing: its workers go by themselves.
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


class WorkerReader:
    def __init__(self, processes: int, crawler):
        self.processes = processes
        self.crawler = crawler
        self._pool: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        # Started with the first page, not with the crawl: a crawl stopped by its checks starts none.
        # Spawned, not forked: a fork would copy the crawl's reactor and threads.
        self._pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_start_worker)
        return self._pool

    async def read(self, response, page_class, profile) -> PageReading:
        pool = self._pool or self._start()
        try:
            reading = await asyncio.wrap_future(
                pool.submit(read_html, page_class, profile, response.url, response.text))
        except BrokenProcessPool:
            # A worker died (killed, out of memory): this page is read here, the next ones by new workers.
            if self._pool is pool:
                self.crawler.stats.inc_value("newsbot/extract/workers_lost")
                logger.warning("An extraction worker stopped while reading %s: starting new workers", response.url)
                pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
            return read_response(response, page_class, profile)
        self.crawler.stats.inc_value("newsbot/extract/worker_pages")
        return reading

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def reader_from_crawler(crawler) -> InProcessReader | WorkerReader:
    processes = crawler.settings.getint("NEWSBOT_EXTRACT_PROCESSES")
    if processes == 0:
        return InProcessReader()
    reader = WorkerReader(processes, crawler)
    # After spider_closed, so that what measures the crawl at its close still sees the workers.
    crawler.signals.connect(reader.close, signal=signals.engine_stopped)
    return reader
