"""Storage against a real MongoDB-wire server: batched upserts, idempotent re-crawls, clear failures."""

import json
import shutil
from pathlib import Path

import pytest

from harness.site.server import EXPECTED, PAGES_DIR, serve_replica
from newsbot.items import Article
from newsbot.pipelines.dedupe import DuplicateContent
from newsbot.pipelines.store import MongoStorePipeline
from tests.conftest import make_crawler, run_crawl

pytestmark = pytest.mark.crawl

EXPECTATION = json.loads(EXPECTED.read_text(encoding="utf-8"))
REACHABLE = len(EXPECTATION["reachable"])


def crawl_into(database, mongo_uri, tmp_path, pages_dir=None, base=None, **settings):
    if base is None:
        with serve_replica(pages_dir=pages_dir) as base:
            return crawl_into(database, mongo_uri, tmp_path, base=base, **settings)
    result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                       settings={"MONGO_DATABASE": database.name, "NEWSBOT_SPOOL_DIR": str(tmp_path / "spool"),
                                 **settings},
                       env={"MONGO_URI": mongo_uri})
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_a_crawl_stores_every_reachable_article_once_with_its_fields(database, mongo_uri, tmp_path):
    result = crawl_into(database, mongo_uri, tmp_path)
    documents = {doc["url"]: doc for doc in database.articles.find({}, {"_id": 0})}
    assert len(documents) == REACHABLE == len(result.items)
    for item in result.items:
        stored = documents[item["url"]]
        assert {k: stored[k] for k in item} == item
        assert stored["first_seen_at"]
    index = database.articles.index_information()["article_identity"]
    assert index["unique"] and [k for k, _ in index["key"]] == ["site", "article_id"]
    assert result.stats["newsbot/store/inserted"] == REACHABLE


def test_writes_are_batched_not_one_round_trip_per_article(database, mongo_uri, tmp_path):
    result = crawl_into(database, mongo_uri, tmp_path, MONGO_BATCH_SIZE=5, MONGO_BATCH_SECONDS=60)
    batches = result.stats["newsbot/store/batches"]
    assert batches == -(-REACHABLE // 5), "full batches of 5, the rest flushed at close"
    assert database.articles.count_documents({}) == REACHABLE


def test_a_second_crawl_duplicates_nothing_and_keeps_first_seen(database, mongo_uri, tmp_path):
    with serve_replica() as base:
        crawl_into(database, mongo_uri, tmp_path, base=base)
        first = {(d["site"], d["article_id"]): d for d in database.articles.find()}
        second_run = crawl_into(database, mongo_uri, tmp_path, base=base)
    second = {(d["site"], d["article_id"]): d for d in database.articles.find()}
    assert len(second) == database.articles.count_documents({}) == REACHABLE
    assert all(second[key]["first_seen_at"] == first[key]["first_seen_at"] for key in first)
    assert all(second[key]["_id"] == first[key]["_id"] for key in first)
    assert all(second[key]["crawled_at"] >= first[key]["crawled_at"] for key in first)
    assert second_run.stats.get("newsbot/store/inserted", 0) == 0
    assert second_run.stats.get("newsbot/store/updated", 0) == 0
    assert second_run.stats["newsbot/store/unchanged"] == REACHABLE


def test_a_changed_article_is_updated_in_place(database, mongo_uri, tmp_path):
    crawl_into(database, mongo_uri, tmp_path)
    seed_path = EXPECTATION["seed_path"]
    before = database.articles.find_one({"url": {"$regex": seed_path + "$"}})
    changed_site = tmp_path / "pages"
    shutil.copytree(PAGES_DIR, changed_site)
    page = changed_site / seed_path.lstrip("/")
    page.write_text(page.read_text(encoding="utf-8").replace("rất quan trọng", "đặc biệt quan trọng"),
                    encoding="utf-8")
    crawl_into(database, mongo_uri, tmp_path, pages_dir=changed_site)
    after = database.articles.find_one({"site": before["site"], "article_id": before["article_id"]})
    assert database.articles.count_documents({}) == REACHABLE
    assert "đặc biệt quan trọng" in after["body"] and "rất quan trọng" in before["body"]
    assert after["crawled_at"] >= before["crawled_at"]
    assert after["content_hash"] != before["content_hash"]
    assert after["first_seen_at"] == before["first_seen_at"]


def test_the_same_text_under_another_url_is_kept_as_an_alias(database, mongo_uri, tmp_path):
    crawler = make_crawler(MONGO_URI=mongo_uri, MONGO_DATABASE=database.name, NEWSBOT_SPOOL_DIR=str(tmp_path))
    pipeline = MongoStorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    original = Article(url="https://laodongthudo.vn/a-1.html", article_id="1", site="laodongthudo.vn",
                       title="Tiêu đề", body="Nội dung", content_hash="h")
    pipeline.process_item(original)
    copy_url = "https://tacnghiep.laodongthudo.vn/a-7.html"
    pipeline.item_dropped(item=None, response=None,
                          exception=DuplicateContent("dup", ("laodongthudo.vn", "1"), copy_url))
    pipeline.close_spider()
    stored = database.articles.find_one({"site": "laodongthudo.vn", "article_id": "1"})
    assert stored["aliases"] == [copy_url]
    assert database.articles.count_documents({}) == 1


def test_an_unreachable_database_stops_the_crawl_before_any_request(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"MONGO_CONNECT_TIMEOUT": "1"},
                           env={"MONGO_URI": "mongodb://newsbot:s3cret@127.0.0.1:9/"})
        requests = list(base.requests)
    assert result.returncode == 2
    assert requests == []
    last_line = result.log.strip().splitlines()[-1]
    assert last_line.startswith("newsbot: MongoDB at 127.0.0.1:9 did not answer")
    assert "s3cret" not in result.log


@pytest.mark.parametrize("uri", ["postgres://db:5432", "mongodb://", "mongodb://db:notaport"])
def test_a_malformed_uri_is_one_line_naming_the_problem(tmp_path, uri):
    result = run_crawl("-a", "start_urls=http://127.0.0.1:9/", tmp_path=tmp_path, env={"MONGO_URI": uri})
    assert result.returncode == 2
    assert result.log.strip().splitlines()[-1].startswith("newsbot: MONGO_URI")
    assert not list(Path(tmp_path).glob("items-*.jsonl"))
