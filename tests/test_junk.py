"""Pages that answered like an article but are a notice are dropped as not_an_article; short real
articles are kept."""

import pytest
from scrapy.exceptions import DropItem

from newsbot.items import Article
from newsbot.pipelines.junk import NotAnArticlePipeline
from tests.conftest import make_crawler

WALL = "Vui lòng chờ trong giây lát, hệ thống đang kiểm tra trình duyệt của bạn."


def pipeline():
    crawler = make_crawler()
    step = NotAnArticlePipeline.from_crawler(crawler)
    step.open_spider()
    return step, crawler.stats


def article(**fields):
    return Article(url="https://laodongthudo.vn/x-1.html", article_id="1", site="laodongthudo.vn", **fields)


@pytest.mark.parametrize(("item", "signal"), [
    (article(title="Lao Động Thủ Đô", body=WALL), "title_is_site_name"),
    (article(title="laodongthudo.vn", body="Hệ thống đang bảo trì, vui lòng quay lại sau 30 phút."),
     "title_is_site_name"),
    (Article(url="https://baomoi.com/a-2.html", article_id="2", site="baomoi.com", title="Báo Mới", body=WALL),
     "title_is_site_name"),
    (article(title="Không tìm thấy trang", body="Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.\n\nVề trang chủ"),
     "notice_without_article_marks"),
])
def test_a_notice_is_dropped_as_not_an_article(item, signal):
    step, stats = pipeline()
    with pytest.raises(DropItem, match="not_an_article"):
        step.process_item(item)
    assert stats.get_value("newsbot/dropped/not_an_article") == 1
    assert stats.get_value(f"newsbot/junk/{signal}") == 1


@pytest.mark.parametrize("item", [
    article(title="Giá vàng hôm nay tăng nhẹ", body="Sáng nay giá vàng nhẫn tăng 200.000 đồng/lượng.",
            published_at="2025-12-27T08:00:00+07:00"),
    article(title="Hà Nội rét đậm", body="Nhiệt độ thấp nhất 9 độ C.", author="Minh Anh"),
    article(title="Lao Động Thủ Đô", body="Đoạn văn dài. " * 60 + "\n\n" + "Đoạn hai. " * 20),
])
def test_a_short_article_with_the_marks_of_one_is_kept(item):
    step, stats = pipeline()
    assert step.process_item(item) is item
    assert stats.get_value("newsbot/dropped/not_an_article") is None
