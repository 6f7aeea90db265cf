"""End to end against a hostile server: `scrapy crawl laodongthudo` into MongoDB and a feed,
against harness/faults/server.py on 127.0.0.1.

The crawl must finish, store exactly the reachable articles (whole and right,
the one served under a wrong charset included), count every failure by kind,
retry and redirect as the settings say, and request nothing but the allowed
host, as the servers themselves saw.
"""

import re
import uuid
from collections import Counter
from urllib.parse import urlsplit

import pytest
from pymongo import MongoClient

from harness.faults.server import (
    BURST_503,
    BURST_PATH,
    FAULTS,
    PARTLY_SENT_PATH,
    WRONG_CHARSET_PATH,
    serve_faults,
)
from tests.conftest import run_crawl
from tests.test_crawl_replica import EXPECTATION, FIELDS, expected_item

pytestmark = pytest.mark.crawl

# Short enough for the stalled answers, long enough for a busy machine's ordinary pages.
DOWNLOAD_TIMEOUT = 4
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
ATTEMPTS = RETRY_TIMES + 1


@pytest.fixture(scope="module")
def fault_crawl(mongo_uri, tmp_path_factory):
    database = f"faults_{uuid.uuid4().hex[:8]}"
    with serve_faults() as site:
        result = run_crawl(
            "-a", f"start_urls={site.base_url}/", tmp_path=tmp_path_factory.mktemp("faults"),
            # Rendering off: each fault is met once, by the plain fetch (the rendering tests cover the browser).
            settings={"DOWNLOAD_TIMEOUT": DOWNLOAD_TIMEOUT, "RETRY_TIMES": RETRY_TIMES, "NEWSBOT_RENDER": "never",
                      "REDIRECT_MAX_TIMES": REDIRECT_MAX_TIMES, "MONGO_DATABASE": database, "LOG_LEVEL": "DEBUG"},
            env={"MONGO_URI": mongo_uri}, timeout=180,
        )
    with MongoClient(mongo_uri) as client:
        stored = list(client[database]["articles"].find({}, {"_id": False}))
        client.drop_database(database)
    yield site, result, stored


def requests_per_path(site) -> Counter:
    return Counter(urlsplit(hit.target).path for hit in site.server.hits)


def test_the_crawl_finishes_and_stores_exactly_the_reachable_articles(fault_crawl):
    site, result, stored = fault_crawl
    assert result.returncode == 0, result.log[-3000:]
    assert result.stats["finish_reason"] == "finished"
    expected = {site.base_url + path for path in EXPECTATION["reachable"]}
    fed = Counter(item["url"] for item in result.items)
    assert set(fed) == expected and max(fed.values()) == 1
    in_mongo = Counter(document["url"] for document in stored)
    assert set(in_mongo) == expected and max(in_mongo.values()) == 1


def test_nothing_half_made_is_stored(fault_crawl):
    site, result, stored = fault_crawl
    for document in [*result.items, *stored]:
        expected = expected_item(EXPECTATION, site.base_url, urlsplit(document["url"]).path)
        wrong = {f: document[f] for f in FIELDS if document[f] != expected[f]}
        assert not wrong, (document["url"], wrong)
    # The page the truncated, stalled and reset answers carried part of is not among them.
    assert site.base_url + PARTLY_SENT_PATH not in {document["url"] for document in stored}


def test_a_page_declaring_the_wrong_charset_is_stored_as_correct_vietnamese(fault_crawl):
    site, result, _ = fault_crawl
    item = next(i for i in result.items if i["url"] == site.base_url + WRONG_CHARSET_PATH)
    expected = EXPECTATION["reachable"][WRONG_CHARSET_PATH]
    assert (item["title"], item["body"]) == (expected["title"], expected["body"])
    assert result.stats["newsbot/fetch/charset_corrected"] == 1


def test_every_failure_is_counted_by_kind(fault_crawl):
    _, result, _ = fault_crawl
    failed = {k.removeprefix("newsbot/fetch_failed/"): v for k, v in result.stats.items()
              if k.startswith("newsbot/fetch_failed/")}
    assert failed == {
        "http_500": 1,  # always 500
        "timeout": 2,  # stalled before the headers, and in the middle of the body
        "connection_lost": 1,  # reset before the response
        "data_loss": 2,  # shorter than its Content-Length; reset in the middle of the body
        "too_many_redirects": 1,  # the redirect loop
        "offsite_redirect": 2,  # to 127.0.0.2 and to localhost
        "too_large": 2,  # 50 MB with and without a Content-Length
        "connection_refused": 1,  # a link to a port where nothing listens
        "http_404": len(EXPECTATION["missing"]),  # the replica's dead block link
    }, failed
    assert result.stats["newsbot/crawl/not_html"] == 1  # an image at an .html URL
    assert result.stats["newsbot/dropped/missing_title"] == 1  # random bytes served as text/html


def test_retries_and_redirects_follow_the_settings(fault_crawl):
    site, _, _ = fault_crawl
    requests = requests_per_path(site)
    by_fault = {fault: requests[path] for path, fault in FAULTS.items()}
    for fault in ("error_500", "stall_before_headers", "stall_mid_body", "reset_mid_body", "truncated_body"):
        assert by_fault[fault] == ATTEMPTS, fault
    # Twisted itself sends a request again, once, when a reused connection is reset before the answer.
    assert ATTEMPTS <= by_fault["reset_before_response"] <= 2 * ATTEMPTS
    assert by_fault["redirect_loop"] == REDIRECT_MAX_TIMES + 1
    for fault in ("redirect_other_address", "redirect_other_name", "huge_with_length", "huge_streamed",
                  "binary_as_image", "binary_as_html"):
        assert by_fault[fault] == 1, fault
    assert [hit.answer for hit in site.server.hits if hit.target == BURST_PATH] == ["503"] * BURST_503 + ["200"]
    assert all(count == 1 for path, count in requests.items() if path.endswith(".html")
               and path not in FAULTS and path != BURST_PATH), requests


def test_only_the_allowed_host_is_ever_requested(fault_crawl):
    site, result, _ = fault_crawl
    # Server side: every request came to the fault server's own host and port ...
    assert {hit.host for hit in site.server.hits} == {urlsplit(site.base_url).netloc}
    # ... and the hosts it redirects and links to (127.0.0.2, localhost) received nothing.
    assert [server.hits for server in site.elsewhere] == [[], []]
    # Crawler side: every request the downloader answered, retried or gave up on was to 127.0.0.1.
    requested = re.findall(r"(?:Crawled \(\d+\)|Retrying|Gave up retrying) <GET (\S+)>", result.log)
    requested += re.findall(r"Fetch failed \(\w+\): (\S+):", result.log)
    assert len(requested) > len(EXPECTATION["reachable"])
    assert {urlsplit(url).hostname for url in requested} == {"127.0.0.1"}
    assert result.stats["offsite/filtered"] == 4  # two redirects, two links
