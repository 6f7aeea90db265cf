"""Drop pages that answered like an article but are not one: a challenge or consent wall, a "page
not found" answered with 200, a maintenance notice.

Such a page has a short notice for a body and nothing else of an article: its title is only the
site's or a publisher's name, or it has no date, byline, lead or image. Real short articles keep
some of these, so they stay.
"""

import re
import unicodedata

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from newsbot.extract.text import fold
from newsbot.pipelines import Step

_PARAGRAPH_BREAK = "\n\n"
#: What an article has besides its text, and a notice has not.
ARTICLE_MARKS = ("published_at", "author", "summary", "images")


def _name_key(text: str) -> str:
    """Letters and digits only, without marks: "Lao Động Thủ Đô" and "laodongthudo.vn" meet at "laodongthudo"."""
    text = fold(text).replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", "", text)


def _host_names(site: str | None) -> set[str]:
    """The names a host spells: "www.laodongthudo.vn" -> {"laodongthudo", "laodongthudovn"}."""
    host = (site or "").lower().removeprefix("www.")
    labels = host.split(".")
    return {_name_key(labels[0]), _name_key(host)} - {""} if host else set()


class NotAnArticlePipeline(Step):
    name = "junk"

    def __init__(self, crawler):
        super().__init__(crawler)
        self.notice_chars = crawler.settings.getint("NEWSBOT_NOTICE_MAX_CHARS")
        self.notice_paragraphs = crawler.settings.getint("NEWSBOT_NOTICE_MAX_PARAGRAPHS")

    def open_spider(self):
        profile = getattr(self.crawler.spider, "profile", None)
        self.publisher_names = {_name_key(name) for name in (profile.publisher_names if profile else ())}

    def process_item(self, item):
        adapter = ItemAdapter(item)
        signal = self.junk_signal(adapter)
        if signal:
            self.count(signal)
            self.stats.inc_value("newsbot/dropped/not_an_article")
            raise DropItem(f"not_an_article ({signal}): {adapter.get('url')}", log_level="INFO")
        return item

    def junk_signal(self, adapter) -> str | None:
        """Why the item is a notice and not an article, or None."""
        body = adapter.get("body") or ""
        is_notice = len(body) <= self.notice_chars and body.count(_PARAGRAPH_BREAK) < self.notice_paragraphs
        if not is_notice:
            return None
        title = _name_key(adapter.get("title") or "")
        if not title or title in self.publisher_names or title in _host_names(adapter.get("site")):
            return "title_is_site_name"
        if not any(adapter.get(mark) for mark in ARTICLE_MARKS):
            return "notice_without_article_marks"
        return None
