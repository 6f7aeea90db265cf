"""The laodongthudo page object, field by field, on every article of both replicas.

Each case is an input page (tests/site*/pages/) and its expected record
(tests/site*/expected.json), fundus / web-poet style: no crawl, no network.
"""

import json
from pathlib import Path

import pytest

from newsbot.sites.laodongthudo import LaodongthudoArticlePage

BASE = "http://127.0.0.1:8000"
FIELDS = ["article_id", "site", "title", "summary", "body", "author", "published_at", "modified_at",
          "category", "tags", "images", "related", "language"]
REPLICAS = [Path(__file__).parent / name for name in ("site", "site_alt")]


def cases():
    for replica in REPLICAS:
        expectation = json.loads((replica / "expected.json").read_text(encoding="utf-8"))
        for path, record in expectation["reachable"].items():
            yield pytest.param(replica / "pages" / path.lstrip("/"), path, record,
                               id=f"{replica.name}:{record['article_id']}")


def absolute(record: dict) -> dict:
    return {
        **record,
        "site": "127.0.0.1",
        "images": [{**image, "url": BASE + image["url"]} for image in record["images"]],
        "related": [{**link, "url": BASE + link["url"]} for link in record["related"]],
    }


@pytest.mark.parametrize(("page", "path", "record"), list(cases()))
def test_each_field(page, path, record):
    item = LaodongthudoArticlePage(BASE + path, page.read_bytes()).to_item()
    expected = absolute(record)
    wrong = {f: {"expected": expected[f], "got": getattr(item, f)} for f in FIELDS if getattr(item, f) != expected[f]}
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)


def test_listing_pages_are_not_articles_and_lead_to_articles_and_sections():
    front = LaodongthudoArticlePage(BASE + "/", (REPLICAS[0] / "pages" / "index.html").read_bytes())
    assert not front.is_article
    links = front.listing_links()
    assert BASE + "/thoi-su.html" in links
    assert all(".tag" not in link for link in links)
    assert not any(link.startswith("https://m.laodongthudo.vn") for link in links)


def test_an_empty_or_broken_page_gives_an_empty_record_not_an_error():
    for html in (b"", b"<html>", b"\x00\xff\xfe garbage", "<p>chỉ một đoạn</p>".encode()):
        item = LaodongthudoArticlePage(BASE + "/bai-1.html", html).to_item()
        assert item.article_id == "1" and item.title is None and item.related == []
