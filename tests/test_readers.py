"""Pages read by worker processes (NEWSBOT_EXTRACT_PROCESSES) read as in the crawl's process."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from newsbot.sites.laodongthudo import PROFILE, LaodongthudoArticlePage
from newsbot.spiders.readers import InProcessReader, WorkerReader, reader_from_crawler
from tests.conftest import ROOT, make_crawler

BASE = "http://127.0.0.1:8000"
REPLICAS = [Path(__file__).resolve().parent.parent / "harness" / name / "pages" for name in ("site", "site_alt")]


def responses() -> list[HtmlResponse]:
    return [HtmlResponse(BASE + "/" + str(path.relative_to(pages)), body=path.read_bytes(), encoding="utf-8")
            for pages in REPLICAS for path in sorted(pages.rglob("*.html"))]


def read_all(reader, pages) -> list:
    async def main():
        return await asyncio.gather(*(reader.read(page, LaodongthudoArticlePage, PROFILE) for page in pages))
    return asyncio.run(main())


def read_one_by_one(reader, pages) -> list:
    return [asyncio.run(reader.read(page, LaodongthudoArticlePage, PROFILE)) for page in pages]


def test_worker_processes_read_every_replica_page_as_the_crawls_process_does():
    pages = responses()
    reader = WorkerReader(2, make_crawler())
    try:
        by_workers = read_all(reader, pages)
    finally:
        reader.close()
    here = read_all(InProcessReader(), responses())
    assert sum(reading.is_article for reading in here) >= 40
    assert by_workers == here
    assert reader.crawler.stats.get_value("newsbot/extract/worker_pages") == len(pages)


def test_a_killed_worker_loses_no_page_and_new_workers_take_over():
    pages = responses()[:12]
    crawler = make_crawler()
    reader = WorkerReader(1, crawler)
    try:
        first = read_one_by_one(reader, pages[:1])
        for pid in list(reader._pool._processes):
            os.kill(pid, signal.SIGKILL)
        after_kill = read_one_by_one(reader, pages)
    finally:
        reader.close()
    assert first + after_kill == read_all(InProcessReader(), pages[:1] + pages)
    assert crawler.stats.get_value("newsbot/extract/workers_lost") == 1
    assert crawler.stats.get_value("newsbot/extract/worker_pages") > 1  # new workers read the rest


def test_no_worker_processes_unless_asked():
    assert isinstance(reader_from_crawler(make_crawler()), InProcessReader)
    assert isinstance(reader_from_crawler(make_crawler(NEWSBOT_EXTRACT_PROCESSES=2)), WorkerReader)


KILLED_CRAWL = """
import asyncio, sys
from scrapy.http import HtmlResponse
from newsbot.sites.laodongthudo import PROFILE, LaodongthudoArticlePage
from newsbot.spiders.readers import WorkerReader
from tests.conftest import ROOT, make_crawler
reader = WorkerReader(1, make_crawler())
page = HtmlResponse("http://127.0.0.1:8000/a-1.html", body=b"<html><h1>Bai</h1></html>", encoding="utf-8")
asyncio.run(reader.read(page, LaodongthudoArticlePage, PROFILE))
print(*reader._pool._processes, flush=True)
sys.stdin.read()
"""


@pytest.mark.crawl
def test_workers_of_a_killed_crawl_do_not_outlive_it():
    crawl = subprocess.Popen([sys.executable, "-c", KILLED_CRAWL], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in crawl.stdout.readline().split()]
    assert workers and all(running(pid) for pid in workers)
    crawl.kill()
    crawl.wait()
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(running(pid) for pid in workers)


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"
