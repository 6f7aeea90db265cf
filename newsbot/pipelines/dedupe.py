"""Keep one item per article in a run: by identity, by URL and by content.

Start URLs bypass Scrapy's duplicate filter and the same article is reachable
under several URLs, so this step is what guarantees one item per article. The same
text on another paper is not an alias but a syndicated copy, left to the stories step.
"""

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from newsbot.extract.urls import paper_of
from newsbot.pipelines import Step


class DuplicateContent(DropItem):
    """The same text as an article already seen, under another URL: an alias of it."""

    def __init__(self, message: str, original: tuple[str | None, str | None], alias: str | None):
        super().__init__(message, log_level="INFO")
        self.original = original
        self.alias = alias


class DedupePipeline(Step):
    name = "dedupe"

    def __init__(self, crawler):
        super().__init__(crawler)
        # Without the validate step an item may lack its site, id or URL.
        self.identities: set[tuple[str | None, str | None]] = set()
        self.urls: set[str | None] = set()
        self.contents: dict[tuple[str, str], tuple[str | None, str | None]] = {}

    def process_item(self, item):
        adapter = ItemAdapter(item)
        identity = (adapter.get("site"), adapter.get("article_id"))
        url = adapter.get("url")
        if identity in self.identities:
            self._drop("duplicate_id", f"{identity[0]} {identity[1]}")
        if url in self.urls:
            self._drop("duplicate_url", url)
        content_hash = adapter.get("content_hash")
        content = (paper_of(identity[0] or ""), content_hash) if content_hash else None
        original = self.contents.get(content) if content else None
        if original is not None:
            self.count("duplicate_content")
            raise DuplicateContent(f"duplicate_content: {url} repeats {original[0]} {original[1]}",
                                   original, url)
        self.identities.add(identity)
        self.urls.add(url)
        if content:
            self.contents[content] = identity
        return item

    def _drop(self, reason: str, what: str | None):
        self.count(reason)
        raise DropItem(f"{reason}: {what}", log_level="INFO")
