"""Scale-out: crawl processes sharing one frontier in a real Redis, storing into a real MongoDB-wire server."""

import json
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from harness.site.server import EXPECTED, serve_replica
from tests.conftest import run_crawl, scratch_database

pytestmark = pytest.mark.crawl

EXPECTATION = json.loads(EXPECTED.read_text(encoding="utf-8"))
REACHABLE = set(EXPECTATION["reachable"])
FLAKY = set(EXPECTATION["flaky_503"])
PROCESSES = 2
IDLE_CLOSE_SECONDS = 10
# A slow enough crawl that every process gets pages before the frontier runs dry;
# few requests in flight per process, so the queue stays in Redis, not in one process.
SHARED = {"DOWNLOAD_DELAY": "0.5", "CONCURRENT_REQUESTS": "2",
          "NEWSBOT_IDLE_CLOSE_SECONDS": str(IDLE_CLOSE_SECONDS)}


@pytest.fixture(scope="module")
def shared_crawl(mongo_uri, redis_url, tmp_path_factory):
    """Two `scrapy crawl` processes started together on one Redis frontier, storing into MongoDB."""
    crawl_id = f"test-{uuid.uuid4().hex[:8]}"
    with scratch_database(mongo_uri) as database, serve_replica() as base:
        settings = {**SHARED, "NEWSBOT_REDIS_URL": redis_url, "NEWSBOT_CRAWL_ID": crawl_id,
                    "MONGO_DATABASE": database.name}
        with ThreadPoolExecutor(PROCESSES) as pool:
            results = list(pool.map(
                lambda n: run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path_factory.mktemp(f"process{n}"),
                                    settings=settings, env={"MONGO_URI": mongo_uri}, timeout=300),
                range(PROCESSES)))
        requests = Counter(base.requests)
        documents = list(database.articles.find({}, {"_id": 0, "url": 1, "site": 1, "article_id": 1}))
    yield results, requests, documents, crawl_id


def test_every_process_ends_by_itself(shared_crawl):
    results, *_ = shared_crawl
    for result in results:
        assert result.returncode == 0, result.log[-3000:]
        assert result.stats["finish_reason"] == "finished"
        assert "scheduler/enqueued/memory" not in result.stats, "requests went through Redis only"


def test_every_reachable_article_is_stored_exactly_once(shared_crawl):
    results, _, documents, _ = shared_crawl
    assert {"/" + doc["url"].split("/", 3)[3] for doc in documents} == REACHABLE
    assert len(documents) == len(REACHABLE)
    # Not only one document each: each article was scraped by one process only.
    assert sum(result.stats.get("item_scraped_count", 0) for result in results) == len(REACHABLE)


def test_each_process_fetched_a_share_of_the_pages(shared_crawl):
    results, requests, _, _ = shared_crawl
    # robots.txt is fetched by each process for itself, outside the frontier.
    pages = [result.stats.get("downloader/response_count", 0) - 1 for result in results]
    assert all(share > 0 for share in pages), pages
    assert sum(pages) == sum(requests.values()) - requests["/robots.txt"]


def test_no_page_is_fetched_twice(shared_crawl):
    _, requests, _, _ = shared_crawl
    assert requests["/robots.txt"] == PROCESSES
    assert requests["/"] == 1, "the start URL is pushed once, by whichever process starts first"
    twice = {path: n for path, n in requests.items() if n > 1 and path != "/robots.txt" and path not in FLAKY}
    assert not twice
    assert all(requests[path] == 2 for path in FLAKY), "a 503 is retried once, by one of the processes"


def test_a_finished_crawl_leaves_only_an_expiring_duplicate_filter_in_redis(shared_crawl, redis_url):
    *_, crawl_id = shared_crawl
    with redis.Redis.from_url(redis_url) as server:
        keys = {key.decode() for key in server.scan_iter(f"newsbot:laodongthudo:{crawl_id}:*")}
        assert keys == {f"newsbot:laodongthudo:{crawl_id}:dupefilter"}
        assert 0 < server.ttl(f"newsbot:laodongthudo:{crawl_id}:dupefilter") <= 86400


def test_a_new_crawl_id_starts_a_new_frontier(shared_crawl, redis_url, database, mongo_uri, tmp_path):
    *_, crawl_id = shared_crawl
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, env={"MONGO_URI": mongo_uri},
                           settings={"NEWSBOT_REDIS_URL": redis_url, "NEWSBOT_CRAWL_ID": crawl_id + "-next",
                                     "NEWSBOT_IDLE_CLOSE_SECONDS": "0", "MONGO_DATABASE": database.name})
    assert result.returncode == 0, result.log[-3000:]
    assert len(result.items) == len(REACHABLE)


@pytest.mark.parametrize("setting, message", [
    ({"NEWSBOT_CRAWL_ID": "50%:x"}, "newsbot: NEWSBOT_CRAWL_ID '50%:x': use letters, digits"),
    ({"NEWSBOT_REDIS_URL": "redis://:s3cret@127.0.0.1:9/0"}, "newsbot: Redis at 127.0.0.1:9 did not answer"),
])
def test_an_unusable_frontier_stops_the_crawl_before_any_request(redis_url, tmp_path, setting, message):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"NEWSBOT_REDIS_URL": redis_url, **setting})
        requests = list(base.requests)
    assert result.returncode == 2
    assert result.log.strip().splitlines()[-1].startswith(message)
    assert "s3cret" not in result.log
    assert requests == []
