"""End to end: `scrapy crawl laodongthudo` against the replica site on 127.0.0.1.

The whole-crawl tests run on both replicas: harness/site (markups A-C) and
harness/site_alt (the same articles in markups D-F).
"""

import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from harness.site.server import EXPECTED, PAGES_DIR, serve_replica
from newsbot.sites.laodongthudo import LaodongthudoArticlePage
from tests.conftest import run_crawl

pytestmark = pytest.mark.crawl

EXPECTATION = json.loads(EXPECTED.read_text(encoding="utf-8"))
ALT_PAGES = Path(__file__).resolve().parent.parent / "harness" / "site_alt" / "pages"
REPLICAS = {
    "markups A-C": (None, EXPECTATION),
    "markups D-F": (ALT_PAGES, json.loads((ALT_PAGES.parent / "expected.json").read_text(encoding="utf-8"))),
}
FIELDS = ["article_id", "title", "summary", "body", "author", "published_at", "modified_at",
          "category", "tags", "images", "related", "language"]


def expected_item(expectation: dict, base: str, path: str) -> dict:
    item = dict(expectation["reachable"][path])
    item["url"] = base + path
    item["site"] = "127.0.0.1"
    item["images"] = [{**image, "url": base + image["url"]} for image in item["images"]]
    item["related"] = [{**link, "url": base + link["url"]} for link in item["related"]]
    return item


@pytest.fixture(scope="module", params=list(REPLICAS))
def front_page_crawl(request, tmp_path_factory):
    pages_dir, expectation = REPLICAS[request.param]
    with serve_replica(pages_dir=pages_dir) as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path_factory.mktemp("crawl"))
        yield base, result, list(base.requests), expectation


def test_the_crawl_yields_exactly_the_reachable_articles(front_page_crawl):
    base, result, _, expectation = front_page_crawl
    assert result.returncode == 0, result.log[-3000:]
    urls = Counter(item["url"] for item in result.items)
    assert set(urls) == {base + path for path in expectation["reachable"]}
    assert max(urls.values()) == 1


@pytest.mark.parametrize("field", FIELDS + ["url", "site"])
def test_every_field_of_every_article_is_right(front_page_crawl, field):
    base, result, _, expectation = front_page_crawl
    wrong = {}
    for item in result.items:
        path = urlsplit(item["url"]).path
        expected = expected_item(expectation, base, path)[field]
        if item[field] != expected:
            wrong[path] = {"expected": expected, "got": item[field]}
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)[:3000]


def test_the_crawl_stamps_every_item(front_page_crawl):
    _, result, _, _ = front_page_crawl
    assert all(item["crawled_at"] and len(item["content_hash"]) == 64 for item in result.items)


def test_only_listing_pages_and_block_links_are_fetched(front_page_crawl):
    _, _, requests, expectation = front_page_crawl
    fetched = Counter(requests)
    never = {page["path"] for page in expectation["not_reachable"]}
    assert not never & set(fetched), "sidebar, inline, body or tag-only links were followed"
    assert not any(path.endswith(".tag") for path in fetched)
    flaky = set(expectation["flaky_503"])
    assert all(count == 1 for path, count in fetched.items() if path not in flaky), fetched
    assert all(fetched[path] == 2 for path in flaky), "a 503 is retried once"
    assert set(expectation["missing"]) <= set(fetched)


def test_the_feed_is_utf8_text_not_escapes(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}{EXPECTATION['seed_path']}", tmp_path=tmp_path,
                           settings={"CLOSESPIDER_ITEMCOUNT": "1"})
    raw = next(tmp_path.glob("items-*.jsonl")).read_text(encoding="utf-8")
    assert "\\u" not in raw and "Hà Nội" in raw
    assert result.items[0]["title"] == EXPECTATION["reachable"][EXPECTATION["seed_path"]]["title"]


def test_an_article_as_start_url_is_crawled_as_an_article(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}{EXPECTATION['seed_path']}", tmp_path=tmp_path)
        requests = set(base.requests)
    assert {urlsplit(i["url"]).path for i in result.items} == set(EXPECTATION["reachable_from_seed"])
    assert not requests & set(EXPECTATION["listing_paths"]) - {"/"}, "listing pages are not in any block"


def test_the_followed_headings_are_a_setting(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}{EXPECTATION['seed_path']}", tmp_path=tmp_path,
                           settings={"NEWSBOT_BLOCK_HEADINGS": "Nên xem"})
    seed = next(i for i in result.items if i["url"].endswith(EXPECTATION["seed_path"]))
    assert {link["block"] for link in seed["related"]} == {"Nên xem"}
    assert len(result.items) < len(EXPECTATION["reachable_from_seed"])


def test_standard_bounds_stop_the_crawl(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"CLOSESPIDER_ITEMCOUNT": "3", "CONCURRENT_REQUESTS": "1"})
    assert result.stats["finish_reason"] == "closespider_itemcount"
    assert 3 <= len(result.items) < len(EXPECTATION["reachable"])


def test_counts_land_in_the_stats(front_page_crawl):
    _, result, _, expectation = front_page_crawl
    stats = result.stats
    assert stats["newsbot/crawl/article_pages"] == len(expectation["reachable"])
    assert stats["newsbot/stamp/stamped"] == len(expectation["reachable"])
    assert stats["item_scraped_count"] == len(expectation["reachable"])


def test_pages_read_by_a_worker_process_give_the_same_articles(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"NEWSBOT_EXTRACT_PROCESSES": "1"})
    assert result.returncode == 0, result.log[-3000:]
    got = {item["url"]: {field: item[field] for field in FIELDS} for item in result.items}
    expected = {base + path: {field: expected_item(EXPECTATION, base, path)[field] for field in FIELDS}
                for path in EXPECTATION["reachable"]}
    assert got == expected
    assert result.stats["newsbot/extract/worker_pages"] >= len(expected)


def test_the_stats_count_which_source_each_field_came_from(front_page_crawl):
    base, result, _, expectation = front_page_crawl
    counted: Counter = Counter()
    for name, count in result.stats.items():
        parts = name.split("/")
        if len(parts) == 4 and parts[:2] == ["newsbot", "extract"]:
            counted[parts[2], parts[3]] = count
    read: Counter = Counter()
    pages = next(dir for dir, expected in REPLICAS.values() if expected is expectation) or PAGES_DIR
    for path in expectation["reachable"]:
        page = LaodongthudoArticlePage(base + path, (pages / path.lstrip("/")).read_bytes())
        page.to_item()
        read.update(page.sources.items())
    assert counted == read
    fields = {field for field, _ in counted}
    assert fields == {"title", "summary", "body", "author", "published_at", "modified_at", "category", "tags", "images"}
    for field in fields:
        assert sum(n for (f, _), n in counted.items() if f == field) == len(expectation["reachable"]), field
    # Every replica article shows its title and its text.
    assert {source for (f, source) in counted if f in ("title", "body")} <= {"hint", "markup"}
