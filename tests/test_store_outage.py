"""Nothing lost when MongoDB goes away: the server is really stopped in the middle of a crawl."""

import json
import os
import shlex
import subprocess
import sys
import time

import pytest
from pymongo import MongoClient

from harness.services.mongo import MongoServer
from harness.site.server import EXPECTED, serve_replica
from tests.conftest import ROOT, Crawl

EXPECTATION = json.loads(EXPECTED.read_text(encoding="utf-8"))
REACHABLE = len(EXPECTATION["reachable"])
# Small batches, quick give-up and re-probe, and a crawl slow enough to stop the server in the middle.
OUTAGE_SETTINGS = {
    "MONGO_BATCH_SIZE": "2", "MONGO_BATCH_SECONDS": "60", "MONGO_WRITE_TIMEOUT": "1",
    "MONGO_WRITE_RETRIES": "1", "MONGO_RETRY_BACKOFF": "0.2", "MONGO_OUTAGE_PROBE_SECONDS": "1",
    "CONCURRENT_REQUESTS": "1", "DOWNLOAD_DELAY": "0.4",
}

pytestmark = [pytest.mark.crawl, pytest.mark.mongo,
              pytest.mark.skipif(bool(os.environ.get("MONGO_URI")),
                                 reason="stops the database server: needs one the tests start themselves")]


@pytest.fixture
def own_server():
    with MongoServer() as server:
        yield server


def wait_until(condition, timeout=60, what="condition"):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def stored(uri):
    with MongoClient(uri, serverSelectionTimeoutMS=5000) as client:
        return {(d["site"], d["article_id"]) for d in client.newsbot.articles.find()}


def spool_files(folder):
    return [p for p in folder.rglob("*.jsonl") if p.stat().st_size]


def crawl_until_stored(server, base, tmp_path, articles: int) -> Crawl:
    """A crawl into the server, once it has stored that many articles."""
    crawl = Crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                  settings={**OUTAGE_SETTINGS, "NEWSBOT_SPOOL_DIR": tmp_path / "spool"},
                  env={"MONGO_URI": server.uri}).start()
    wait_until(lambda: len(stored(server.uri)) >= articles, what=f"{articles} articles stored")
    return crawl


def test_an_outage_mid_crawl_is_healed_by_the_crawl_itself(own_server, tmp_path):
    spool = tmp_path / "spool"
    with serve_replica() as base:
        crawl = crawl_until_stored(own_server, base, tmp_path, articles=4)
        own_server.stop()
        served = len(base.requests)
        wait_until(lambda: len(base.requests) >= served + 6, what="pages crawled during the outage")
        own_server.start()
        result = crawl.wait()
    assert result.returncode == 0, result.log[-2000:]
    assert "MongoDB answers again: writing back the spool" in result.log
    assert len(stored(own_server.uri)) == REACHABLE
    spooled = result.stats["newsbot/store/spooled"]
    assert spooled > 0 and result.stats["newsbot/store/written_back"] == spooled
    assert result.stats["newsbot/store/outages"] >= 1
    assert f"spool      {spooled} (written_back {spooled})" in result.log, "each write counted once"
    assert not spool_files(spool)


def test_an_outage_past_the_end_fails_the_crawl_and_names_the_command_that_writes_the_rest(own_server, tmp_path):
    spool = tmp_path / "spool"
    with serve_replica() as base:
        crawl = crawl_until_stored(own_server, base, tmp_path, articles=2)
        own_server.stop()
        result = crawl.wait()
    assert result.returncode == 1, result.log[-2000:]
    waiting = result.stats["newsbot/store/spool_waiting"]
    folder = next(spool.iterdir())
    assert result.log.strip().splitlines()[-1] == (
        f"newsbot: crawl failed: {waiting} writes did not reach MongoDB and wait in the spool; "
        f"once it answers, write them with: scrapy replay {folder}")
    assert f"spool      {waiting} (waiting {waiting})" in result.log
    own_server.start()
    assert len(stored(own_server.uri)) < REACHABLE
    # As the line says, in a shell that has none of the crawl's settings.
    command = shlex.split(result.log.strip().rsplit("write them with: ", 1)[1])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MONGO_", "NEWSBOT_"))}
    replay = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=60)
    assert replay.returncode == 0, replay.stderr
    assert f"replayed {waiting} writes into newsbot.articles" in replay.stdout
    assert len(stored(own_server.uri)) == REACHABLE
    assert not spool_files(spool)
