"""Clean every text field: NFC, white space, invisible characters, dateline mark, photo credits."""

from itemadapter import ItemAdapter

from newsbot.extract.text import clean_text, split_credit, strip_dateline
from newsbot.pipelines import Step

_PARAGRAPH_BREAK = "\n\n"
_LINE_FIELDS = ("url", "article_id", "site", "title", "author", "category", "language")


class CleanPipeline(Step):
    name = "clean"

    def open_spider(self):
        profile = getattr(self.crawler.spider, "profile", None)
        self.dateline_marks = profile.dateline_marks if profile else ()

    def process_item(self, item):
        adapter = ItemAdapter(item)
        for field in _LINE_FIELDS:
            self._set(adapter, field, self._line(adapter.get(field)))
        summary = self._line(adapter.get("summary"))
        self._set(adapter, "summary", strip_dateline(summary, self.dateline_marks) if summary else summary)
        self._set(adapter, "body", self._paragraphs(adapter.get("body")))
        self._set(adapter, "tags", list(dict.fromkeys(filter(None, map(clean_text, adapter.get("tags") or [])))))
        self._set(adapter, "images", [self._image(i) for i in adapter.get("images") or []])
        self._set(adapter, "related", [
            {**r, "title": self._line(r.get("title"))} for r in adapter.get("related") or []
        ])
        return item

    def _set(self, adapter, field, value):
        if field in adapter.field_names() and adapter.get(field) != value:
            adapter[field] = value
            self.count(f"{field}_changed")

    @staticmethod
    def _line(value):
        return (clean_text(value) or None) if isinstance(value, str) else value

    @staticmethod
    def _paragraphs(value):
        if not isinstance(value, str):
            return value
        paragraphs = [clean_text(p) for p in value.split(_PARAGRAPH_BREAK)]
        return _PARAGRAPH_BREAK.join(p for p in paragraphs if p) or None

    @staticmethod
    def _image(image: dict) -> dict:
        caption, credit = split_credit(image.get("caption") or "")
        return {
            "url": clean_text(image.get("url")) or None,
            "caption": caption,
            "credit": clean_text(image.get("credit")) or credit,
        }
