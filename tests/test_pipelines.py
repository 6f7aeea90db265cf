"""Each pipeline step on its own: what it changes, what it drops, what it counts."""

import unicodedata

import pytest
from scrapy.exceptions import DropItem, NotConfigured

from newsbot.items import Article
from newsbot.pipelines.clean import CleanPipeline
from newsbot.pipelines.dedupe import DedupePipeline, DuplicateContent
from newsbot.pipelines.stamp import StampPipeline, content_hash
from newsbot.pipelines.validate import ValidatePipeline
from newsbot.storage.mongo import mask_uri
from tests.conftest import make_crawler


def make(step, **settings):
    crawler = make_crawler(**settings)
    pipeline = step.from_crawler(crawler)
    if hasattr(pipeline, "open_spider"):
        pipeline.open_spider()
    return pipeline, crawler.stats


def article(**fields):
    values = dict(url="https://laodongthudo.vn/a-1.html", article_id="1", site="laodongthudo.vn",
                  title="Tiêu đề", body="Đoạn một.\n\nĐoạn hai.")
    values.update(fields)
    return Article(**values)


def test_clean_normalises_every_text_field_and_counts_changes():
    pipeline, stats = make(CleanPipeline)
    item = article(
        title=unicodedata.normalize("NFD", "  Hà\u00a0Nội:\u200b các  sở "),
        summary="(LĐTĐ) Chủ tịch   nhấn mạnh.",
        body=" Đoạn\u00a0một. \n\n\n\n  Đoạn\u200b hai.\t",
        tags=[" Hà Nội ", "Hà Nội", ""],
        images=[{"url": "https://laodongthudo.vn/a.jpg", "caption": "Quang cảnh hội nghị Ảnh: Hoàng Phúc",
                 "credit": None}],
        related=[{"block": "Tin khác", "url": "https://laodongthudo.vn/b-2.html", "title": " Bài  B "}],
    )
    pipeline.process_item(item)
    assert item.title == "Hà Nội: các sở"
    assert item.summary == "Chủ tịch nhấn mạnh."
    assert item.body == "Đoạn một.\n\nĐoạn hai."
    assert item.tags == ["Hà Nội"]
    assert item.images == [{"url": "https://laodongthudo.vn/a.jpg", "caption": "Quang cảnh hội nghị",
                            "credit": "Hoàng Phúc"}]
    assert item.related[0]["title"] == "Bài B"
    assert stats.get_value("newsbot/clean/title_changed") == 1
    assert stats.get_value("newsbot/clean/body_changed") == 1


def test_clean_leaves_clean_items_alone():
    pipeline, stats = make(CleanPipeline)
    pipeline.process_item(article())
    assert not any(k.startswith("newsbot/clean/") for k in stats.get_stats())


@pytest.mark.parametrize("missing", ["title", "body", "article_id", "url"])
def test_validate_drops_items_missing_a_required_field_with_a_counted_reason(missing):
    pipeline, stats = make(ValidatePipeline)
    with pytest.raises(DropItem, match=f"missing_{missing}"):
        pipeline.process_item(article(**{missing: None}))
    assert stats.get_value(f"newsbot/dropped/missing_{missing}") == 1


def test_validate_keeps_complete_items():
    pipeline, _ = make(ValidatePipeline)
    item = article()
    assert pipeline.process_item(item) is item


def test_stamp_sets_crawl_time_and_a_hash_blind_to_unicode_form_and_spacing():
    pipeline, _ = make(StampPipeline)
    item = pipeline.process_item(article())
    assert item.crawled_at.endswith("+00:00")
    assert item.content_hash == content_hash(unicodedata.normalize("NFD", "TIÊU  ĐỀ"), item.body)
    assert item.content_hash != content_hash("Tiêu đề khác", item.body)


def stamped(**fields):
    item = article(**fields)
    item.content_hash = content_hash(item.title, item.body)
    return item


def test_dedupe_keeps_one_item_per_identity_url_and_content():
    pipeline, stats = make(DedupePipeline)
    pipeline.process_item(stamped())
    with pytest.raises(DropItem, match="duplicate_id"):
        pipeline.process_item(stamped(url="http://laodongthudo.vn/a-1.html?x=1", body="Khác"))
    with pytest.raises(DropItem, match="duplicate_url"):
        pipeline.process_item(stamped(article_id="2", body="Khác"))
    with pytest.raises(DuplicateContent) as dropped:
        pipeline.process_item(stamped(url="https://tacnghiep.laodongthudo.vn/a-9.html",
                                      site="tacnghiep.laodongthudo.vn", article_id="9"))
    assert dropped.value.original == ("laodongthudo.vn", "1")
    assert dropped.value.alias == "https://tacnghiep.laodongthudo.vn/a-9.html"
    same_id_other_site = stamped(site="lamgiau.laodongthudo.vn", url="https://lamgiau.laodongthudo.vn/a-1.html",
                                 body="Bài khác hẳn")
    assert pipeline.process_item(same_id_other_site) is same_id_other_site
    same_text_other_paper = stamped(site="kinhtedothi.vn", url="https://kinhtedothi.vn/a-5.html", article_id="5")
    assert pipeline.process_item(same_text_other_paper) is same_text_other_paper, "a copy, not an alias"
    assert [stats.get_value(f"newsbot/dedupe/{k}") for k in ("duplicate_id", "duplicate_url", "duplicate_content")] \
        == [1, 1, 1]


@pytest.mark.parametrize("step", [CleanPipeline, ValidatePipeline, StampPipeline, DedupePipeline])
def test_every_step_can_be_switched_off(step):
    with pytest.raises(NotConfigured):
        make(step, **{f"NEWSBOT_{step.name.upper()}_ENABLED": False})


def test_passwords_are_masked_in_uris():
    assert mask_uri("mongodb://user:s3cr%40t@db:27017/x") == "mongodb://user:***@db:27017/x"
    assert mask_uri("mongodb://db:27017") == "mongodb://db:27017"
