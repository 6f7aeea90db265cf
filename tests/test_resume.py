"""A crawl killed with SIGKILL and started again with the same JOBDIR finishes the crawl as one clean crawl
would: every article stored once, every article in the feed once, only the pages in flight fetched twice."""

import json
import os
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from pymongo import MongoClient

from harness.site.server import EXPECTED, serve_replica
from newsbot.spidermiddlewares.resume import JobState
from tests.conftest import Crawl

EXPECTATION = json.loads(EXPECTED.read_text(encoding="utf-8"))
ARTICLES = {("127.0.0.1", record["article_id"]) for record in EXPECTATION["reachable"].values()}


def wait_until(condition, timeout=60):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def logged_writes(spool: Path) -> int:
    return sum(len(wal.read_bytes().splitlines()) for wal in spool.rglob("*.wal.jsonl"))


def page_fetches(requests: list[str]) -> Counter:
    return Counter(path for path in requests if path != "/robots.txt")


@pytest.fixture(scope="module")
def clean_fetches(tmp_path_factory):
    """What one crawl that is never killed fetches."""
    with serve_replica() as base:
        result = Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path_factory.mktemp("clean"),
                       settings={"CONCURRENT_REQUESTS": "4"}).start().wait()
        assert result.returncode == 0
        return page_fetches(base.requests)


@pytest.mark.crawl
@pytest.mark.parametrize("kill_after_articles", [1, 8])
def test_a_killed_crawl_resumes_like_one_clean_crawl(mongo_uri, tmp_path, kill_after_articles, clean_fetches):
    database = f"newsbot_resume_{kill_after_articles}_{os.getpid()}"
    feed = tmp_path / "items.jsonl"
    # One batch for the whole crawl, so the kill always finds articles not yet written to MongoDB.
    settings = {"JOBDIR": tmp_path / "job", "NEWSBOT_SPOOL_DIR": tmp_path / "spool", "MONGO_DATABASE": database,
                "CONCURRENT_REQUESTS": "4", "DOWNLOAD_DELAY": "0.3", "MONGO_BATCH_SECONDS": "600"}
    with serve_replica() as base:
        first = Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings, append_to=feed,
                      env={"MONGO_URI": mongo_uri}).start()
        wait_until(lambda: logged_writes(tmp_path / "spool") >= kill_after_articles)
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()
        in_flight = len(JobState.read(tmp_path / "job" / "newsbot-pages.jsonl").in_flight)
        resumed = Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings, append_to=feed,
                        env={"MONGO_URI": mongo_uri}).start().wait()
        fetches = page_fetches(base.requests)
    assert resumed.returncode == 0, resumed.log[-2000:]
    with MongoClient(mongo_uri) as client:
        identities = [(d["site"], d["article_id"]) for d in client[database].articles.find()]
        client.drop_database(database)
    assert sorted(identities) == sorted(ARTICLES)
    assert resumed.stats["newsbot/store/replayed"] >= kill_after_articles, "the killed crawl's batch came back"
    assert sorted((item["site"], item["article_id"]) for item in resumed.items) == sorted(ARTICLES), \
        "the feed, appended to by both runs, holds each article once"
    assert resumed.stats.get("newsbot/resume/in_flight", 0) == in_flight
    refetched = sum((fetches - clean_fetches).values())
    assert refetched <= in_flight, (fetches - clean_fetches, in_flight)
    assert set(fetches) == set(clean_fetches)


def journal(tmp_path, *entries) -> JobState:
    path = tmp_path / "journal.jsonl"
    path.write_text("".join(json.dumps(entry) + "\n" for entry in entries) + '{"queued": "http://cut', "utf-8")
    return JobState.read(path)


def test_the_journal_tells_what_a_killed_crawl_left(tmp_path):
    state = journal(tmp_path,
                    {"queued": "/", "fp": "a"}, {"started": "/"},
                    {"queued": "/x-1.html", "fp": "b"}, {"queued": "/x-2.html", "fp": "c"},
                    {"queued": "/x-3.html", "fp": "d"}, {"dropped": "/x-3.html"},
                    {"done": "/"}, {"started": "/x-1.html"}, {"started": "/x-2.html"},
                    {"written": "/x-2.html"}, {"done": "/x-2.html"},
                    # A link to a page already done, refused by the duplicate filter.
                    {"queued": "/x-2.html", "fp": "c"}, {"dropped": "/x-2.html"})
    assert list(state.pending) == ["/x-1.html"] and state.in_flight == {"/x-1.html"}
    assert state.seen == {"a", "b", "c", "d"} and state.written == {"/x-2.html"}
    assert state.closed is None, "killed: it never closed"


def test_only_a_crawl_that_closed_as_finished_is_finished(tmp_path):
    assert journal(tmp_path, {"queued": "/", "fp": "a"}, {"done": "/"}, {"closed": "finished"}).closed == "finished"
    paused = journal(tmp_path, {"queued": "/", "fp": "a"}, {"closed": "shutdown"}, {"queued": "/x", "fp": "b"})
    assert paused.closed is None and list(paused.pending) == ["/", "/x"]
