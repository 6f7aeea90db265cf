"""Malformed and odd pages: extraction never raises, and each page ends as a correct
item or as a drop with a named reason (tests/fixtures/badpages/expectations.json).

Each page is read both ways the crawler may read it: from its bytes, and from a
Scrapy response's selector, as the spider does.
"""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse

from newsbot.items import Article
from newsbot.pipelines.clean import CleanPipeline
from newsbot.pipelines.validate import ValidatePipeline
from newsbot.sites.laodongthudo import LaodongthudoArticlePage
from tests.conftest import parse_output
from tests.test_pipelines import make

PAGES = Path(__file__).parent / "fixtures" / "badpages"
EXPECTATIONS = json.loads((PAGES / "expectations.json").read_text(encoding="utf-8"))
BASE = "http://127.0.0.1:8000"


def url_of(case: str) -> str:
    return f"{BASE}/{case.replace('_', '-')}-900300.html"


def read(case: str, how: str) -> LaodongthudoArticlePage:
    html = (PAGES / f"{case}.html").read_bytes()
    if how == "bytes":
        return LaodongthudoArticlePage(url_of(case), html)
    response = HtmlResponse(url_of(case), body=html, headers={"Content-Type": "text/html; charset=utf-8"})
    return LaodongthudoArticlePage(response.url, response.text)


def expected_fields(expectation) -> dict:
    """The fields a case must give: the baseline's, changed where the case says."""
    if expectation == "baseline":
        return expected_fields(EXPECTATIONS["baseline"]["item"])
    fields = dict(expectation)
    if fields.pop("like", None) == "baseline":
        fields = {**expected_fields("baseline"), **fields}
    return fields


def matches(value, expected) -> bool:
    if isinstance(expected, dict) and "repeat" in expected:
        return value == expected["joined_by"].join([expected["repeat"]] * expected["times"])
    if isinstance(expected, dict) and "starts_with" in expected:
        return len(value) == expected["count"] and value[:len(expected["starts_with"])] == expected["starts_with"]
    return value == expected


def test_the_corpus_is_complete():
    pages = {p.stem for p in PAGES.glob("*.html")}
    assert pages == set(EXPECTATIONS)
    assert len(pages) >= 30


@pytest.mark.parametrize("how", ["bytes", "response"])
@pytest.mark.parametrize("case", sorted(EXPECTATIONS))
def test_each_bad_page_ends_as_a_correct_item_or_a_named_drop(case, how):
    expectation = EXPECTATIONS[case]
    page = read(case, how)
    item = page.to_item()
    assert isinstance(item, Article)
    assert item.article_id == "900300"
    clean, stats = make(CleanPipeline)
    validate = ValidatePipeline.from_crawler(clean.crawler)
    if "dropped" in expectation:
        reason = expectation["dropped"]
        with pytest.raises(DropItem, match=f"^{reason}:"):
            validate.process_item(clean.process_item(item))
        assert stats.get_value(f"newsbot/dropped/{reason}") == 1
        return
    kept = validate.process_item(clean.process_item(item))
    wrong = {field: {"expected": expected, "got": getattr(kept, field)}
             for field, expected in expected_fields(expectation["item"]).items()
             if not matches(getattr(kept, field), expected)}
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)[:3000]
    for name, count in expectation.get("stats", {}).items():
        assert stats.get_value(name) == count, name
    assert page.navigation.block_links_capped == expectation.get("block_links_capped", 0)


def test_the_block_link_cap_is_a_setting_and_is_counted_by_the_spider():
    # Rendering is a crawl's business (it needs the engine): here the spider only reads the page.
    clean, stats = make(CleanPipeline, NEWSBOT_MAX_BLOCK_LINKS=10, NEWSBOT_RENDER="never")
    spider = clean.crawler.spider
    html = (PAGES / "related_500_links.html").read_bytes()
    url = url_of("related_500_links")
    response = HtmlResponse(url, body=html, headers={"Content-Type": "text/html; charset=utf-8"}, request=Request(url))
    output = parse_output(spider, response)
    items = [o for o in output if isinstance(o, Article)]
    requests = [o for o in output if isinstance(o, Request)]
    assert len(items) == 1 and len(items[0].related) == 10
    assert [r.url for r in requests] == [link["url"] for link in items[0].related]
    assert stats.get_value("newsbot/crawl/block_links_capped") == 490


def test_a_date_less_than_a_day_ahead_is_kept():
    clean, stats = make(CleanPipeline)
    validate = ValidatePipeline.from_crawler(clean.crawler)
    soon = (datetime.now(UTC) + timedelta(hours=20)).isoformat(timespec="seconds")
    later = (datetime.now(UTC) + timedelta(hours=30)).isoformat(timespec="seconds")
    item = validate.process_item(Article(url=url_of("soon"), article_id="900300", title="Tiêu đề", body="Bài.",
                                         published_at=soon, modified_at=later))
    assert (item.published_at, item.modified_at) == (soon, None)
    assert stats.get_value("newsbot/validate/future_date_cleared") == 1
