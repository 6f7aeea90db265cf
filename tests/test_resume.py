"""A crawl killed with SIGKILL and started again with the same JOBDIR finishes the crawl, losing nothing."""

import json
import os
import signal
import time
from pathlib import Path

import pytest
from pymongo import MongoClient

from tests.conftest import Crawl
from tests.site.server import EXPECTED, serve_replica

EXPECTATION = json.loads(EXPECTED.read_text(encoding="utf-8"))


def wait_until(condition, timeout=60):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def logged_writes(spool: Path) -> int:
    return sum(len(wal.read_bytes().splitlines()) for wal in spool.rglob("*.wal.jsonl"))


@pytest.mark.parametrize("kill_after_articles", [1, 8])
def test_a_killed_crawl_resumes_and_stores_every_article_once(mongo_uri, tmp_path, kill_after_articles):
    database = f"newsbot_resume_{kill_after_articles}_{os.getpid()}"
    # One batch for the whole crawl, so the kill always finds articles not yet written to MongoDB.
    settings = {"JOBDIR": tmp_path / "job", "NEWSBOT_SPOOL_DIR": tmp_path / "spool", "MONGO_DATABASE": database,
                "CONCURRENT_REQUESTS": "4", "DOWNLOAD_DELAY": "0.3", "MONGO_BATCH_SECONDS": "600"}
    with serve_replica() as base:
        first = Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings,
                      env={"MONGO_URI": mongo_uri}).start()
        wait_until(lambda: logged_writes(tmp_path / "spool") >= kill_after_articles)
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()
        resumed = Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings,
                        env={"MONGO_URI": mongo_uri}).start().wait()
    assert resumed.returncode == 0, resumed.log[-2000:]
    with MongoClient(mongo_uri) as client:
        articles = client[database].articles
        identities = [(d["site"], d["article_id"]) for d in articles.find()]
        client.drop_database(database)
    expected = {("127.0.0.1", record["article_id"]) for record in EXPECTATION["reachable"].values()}
    assert sorted(identities) == sorted(expected)
    assert resumed.stats["newsbot/store/replayed"] >= kill_after_articles, "the killed crawl's batch came back"


def test_pages_in_flight_at_the_kill_are_fetched_again_although_scrapy_saw_them(mongo_uri, tmp_path):
    """The case Scrapy's JOBDIR alone loses: fingerprints on disk, requests gone with the process."""
    database = f"newsbot_inflight_{os.getpid()}"
    settings = {"JOBDIR": tmp_path / "job", "NEWSBOT_SPOOL_DIR": tmp_path / "spool", "MONGO_DATABASE": database}
    with serve_replica() as base, MongoClient(mongo_uri) as client:
        articles = client[database].articles
        crawl = Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings, env={"MONGO_URI": mongo_uri})
        assert crawl.start().wait().returncode == 0
        lost = [d["url"] for d in articles.find().limit(3)]
        articles.delete_many({"url": {"$in": lost}})
        # What a kill leaves behind: these pages reached the downloader, their output never came.
        with open(tmp_path / "job" / "newsbot-pages.jsonl", "a") as journal:
            journal.writelines(json.dumps({"started": url}) + "\n" for url in lost)

        without_journal = {**settings, "SPIDER_MIDDLEWARES": "{}"}
        Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=without_journal,
              env={"MONGO_URI": mongo_uri}).start().wait()
        assert articles.count_documents({"url": {"$in": lost}}) == 0, "Scrapy's JOBDIR alone does not fetch them"

        resumed = Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings,
                        env={"MONGO_URI": mongo_uri}).start().wait()
        restored = articles.count_documents({"url": {"$in": lost}})
        total = articles.count_documents({})
        client.drop_database(database)
    assert resumed.stats["newsbot/resume/refetched"] == len(lost)
    assert restored == len(lost) and total == len(EXPECTATION["reachable"])
