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

    def __init__(self, message: str, original: tuple[str, str], alias: str):
        super().__init__(message, log_level="INFO")
        self.original = original
        self.alias = alias


class DedupePipeline(Step):
    name = "dedupe"

    def __init__(self, crawler):
        super().__init__(crawler)
        self.identities: set[tuple[str, str]] = set()
        self.urls: set[str] = set()
        self.contents: dict[tuple[str, str], tuple[str, str]] = {}

    def process_item(self, item):
        adapter = ItemAdapter(item)
        identity = (adapter.get("site"), adapter.get("article_id"))
        url = adapter.get("url")
        if identity in self.identities:
            self._drop("duplicate_id", f"{identity[0]} {identity[1]}")
        if url in self.urls:
            self._drop("duplicate_url", url)
        content = (paper_of(identity[0] or ""), adapter.get("content_hash"))
        original = self.contents.get(content) if content[1] else None
        if original is not None:
            self.count("duplicate_content")
            raise DuplicateContent(f"duplicate_content: {url} repeats {original[0]} {original[1]}",
                                   original, url)
        self.identities.add(identity)
        self.urls.add(url)
        if content[1]:
            self.contents[content] = identity
        return item

    def _drop(self, reason: str, what: str):
        self.count(reason)
        raise DropItem(f"{reason}: {what}", log_level="INFO")
