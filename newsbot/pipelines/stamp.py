"""Stamp the crawl time and the content hash, which extraction leaves unset to stay pure."""

import hashlib
from datetime import UTC, datetime

from itemadapter import ItemAdapter

from newsbot.extract.text import fold
from newsbot.pipelines import Step


def content_hash(title: str | None, body: str | None) -> str:
    """SHA-256 of the folded title and body: equal for the same text in any markup or Unicode form."""
    normalised = fold(title) + "\n" + fold(body)
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class StampPipeline(Step):
    name = "stamp"

    def process_item(self, item):
        adapter = ItemAdapter(item)
        adapter["crawled_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        adapter["content_hash"] = content_hash(adapter.get("title"), adapter.get("body"))
        self.count("stamped")
        return item
