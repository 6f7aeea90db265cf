"""Incremental runs against a real MongoDB-wire server: stored articles are not fetched again, new ones are found."""

import json
from collections import Counter

import pytest

from harness.site.grow import add_articles, copy_replica
from harness.site.server import EXPECTED, serve_replica
from tests.conftest import run_crawl

pytestmark = pytest.mark.crawl

EXPECTATION = json.loads(EXPECTED.read_text(encoding="utf-8"))
REACHABLE = set(EXPECTATION["reachable"])
LISTINGS = set(EXPECTATION["listing_paths"])
INCREMENTAL = {"NEWSBOT_INCREMENTAL": "true"}


def crawl(pages_dir, database, mongo_uri, tmp_path, **settings):
    """One run over the replica in pages_dir; the run's result and the paths it requested."""
    with serve_replica(pages_dir=pages_dir, flaky_paths=[]) as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"MONGO_DATABASE": database.name, **settings}, env={"MONGO_URI": mongo_uri})
        requests = Counter(base.requests)
    assert result.returncode == 0, result.log[-3000:]
    return result, requests


def stored_paths(database) -> set[str]:
    return {"/" + doc["url"].split("/", 3)[3] for doc in database.articles.find({}, {"url": 1})}


def test_a_second_run_finds_every_new_article_and_fetches_no_stored_one(database, mongo_uri, tmp_path):
    pages = copy_replica(tmp_path / "pages")
    _, first_requests = crawl(pages, database, mongo_uri, tmp_path, **INCREMENTAL)
    assert stored_paths(database) == REACHABLE
    new = add_articles(pages, 4)

    second, second_requests = crawl(pages, database, mongo_uri, tmp_path, **INCREMENTAL)

    assert stored_paths(database) == REACHABLE | set(new)
    assert {item["title"] for item in second.items} == set(new.values())
    assert not set(second_requests) & REACHABLE, "a stored, settled article was fetched again"
    assert LISTINGS <= set(second_requests), "listing pages are always fetched"
    assert set(new) <= set(second_requests)
    assert sum(second_requests.values()) <= sum(first_requests.values()) / 2
    stats = second.stats
    assert stats["newsbot/incremental/skipped_known"] >= len(REACHABLE)
    # One query per fetched page (each links to articles), never one per link.
    assert stats["newsbot/incremental/lookups"] == len(set(second_requests) - {"/robots.txt"})


def test_articles_published_within_the_refresh_window_are_fetched_again(database, mongo_uri, tmp_path):
    crawl(None, database, mongo_uri, tmp_path, **INCREMENTAL)
    second, requests = crawl(None, database, mongo_uri, tmp_path, NEWSBOT_REFRESH_DAYS="36500", **INCREMENTAL)
    assert REACHABLE <= set(requests)
    assert len(second.items) == len(REACHABLE)
    assert second.stats.get("newsbot/incremental/skipped_known", 0) == 0
    assert second.stats["newsbot/incremental/refetched_recent"] >= len(REACHABLE)


def test_without_the_setting_every_article_is_fetched_again(database, mongo_uri, tmp_path):
    crawl(None, database, mongo_uri, tmp_path)
    second, requests = crawl(None, database, mongo_uri, tmp_path)
    assert REACHABLE <= set(requests)
    assert len(second.items) == len(REACHABLE)
    assert not any(name.startswith("newsbot/incremental/") for name in second.stats)
