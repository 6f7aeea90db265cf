"""Write articles to MongoDB in batches, flushed by size, by age and at close.

A batch is first inserted; only the articles already stored (refused by the unique
identity index) are then upserted, with the aliases. Inserts cost the same however
large the collection is, while an upsert must find its document first: on FerretDB's
SQLite backend by reading the whole collection.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, UTC

from itemadapter import ItemAdapter
from pymongo.errors import BulkWriteError, PyMongoError
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from newsbot.pipelines.dedupe import DuplicateContent
from newsbot.storage import mongo

logger = logging.getLogger(__name__)


class MongoStorePipeline:
    name = "store"

    def __init__(self, crawler, uri: str):
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.uri = uri
        self.database = settings.get("MONGO_DATABASE")
        self.collection_name = settings.get("MONGO_COLLECTION")
        self.batch_size = settings.getint("MONGO_BATCH_SIZE")
        self.batch_seconds = settings.getfloat("MONGO_BATCH_SECONDS")
        self.connect_timeout = settings.getfloat("MONGO_CONNECT_TIMEOUT")
        if self.batch_size < 1 or self.batch_seconds <= 0:
            raise ValueError("MONGO_BATCH_SIZE must be >= 1 and MONGO_BATCH_SECONDS > 0")
        self.client = None
        self.collection = None
        self.pending: list[dict] = []  # documents of new or changed articles
        self.pending_aliases: list = []  # updates adding an alias to a stored article
        self.oldest_pending = 0.0
        self.timer = None

    @classmethod
    def from_crawler(cls, crawler):
        uri = (crawler.settings.get("MONGO_URI") or "").strip()
        if not uri:
            logger.info("MONGO_URI is not set: articles go to feeds only, not to MongoDB")
            raise NotConfigured  # without a message: Scrapy would log a choice as a warning
        pipeline = cls(crawler, uri)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    def open_spider(self):
        self.client = mongo.connect(self.uri, self.connect_timeout)
        self.collection = self.client[self.database][self.collection_name]
        mongo.ensure_indexes(self.collection)
        logger.info("Storing articles in %s, %s.%s", mongo.mask_uri(self.uri), self.database, self.collection_name)
        self.timer = task.LoopingCall(self._flush_if_due)
        self.timer.start(min(1.0, self.batch_seconds), now=False)

    def process_item(self, item):
        self._queue(self.pending, ItemAdapter(item).asdict())
        return item

    def item_dropped(self, item, response, exception, spider=None):
        if isinstance(exception, DuplicateContent):
            self._queue(self.pending_aliases, mongo.add_alias(exception.original, exception.alias))

    def _queue(self, queue: list, entry):
        if not self.pending and not self.pending_aliases:
            self.oldest_pending = time.monotonic()
        queue.append(entry)
        if len(self.pending) + len(self.pending_aliases) >= self.batch_size:
            self.flush()

    def _flush_if_due(self):
        if (self.pending or self.pending_aliases) and time.monotonic() - self.oldest_pending >= self.batch_seconds:
            self.flush()

    def flush(self):
        documents, aliases = self.pending, self.pending_aliases
        self.pending, self.pending_aliases = [], []
        if not (documents or aliases) or self.collection is None:
            return
        now = _now()
        inserted, stored_before = self._insert([mongo.insert(d, now) for d in documents])
        # Aliases after the inserts: the article they name may be in this very batch.
        upserted, matched = self._update([mongo.upsert(documents[i], now) for i in stored_before] + aliases)
        self.stats.inc_value("newsbot/store/batches")
        self.stats.inc_value("newsbot/store/inserted", inserted + upserted)
        self.stats.inc_value("newsbot/store/updated", matched)

    def _insert(self, operations: list) -> tuple[int, list[int]]:
        """(articles inserted, positions of those refused because their identity is already stored)."""
        if not operations:
            return 0, []
        try:
            return self.collection.bulk_write(operations, ordered=False).inserted_count, []
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            self._refused([e for e in errors if e.get("code") != mongo.DUPLICATE_KEY], len(operations))
            return exc.details.get("nInserted", 0), [e["index"] for e in errors if e.get("code") == mongo.DUPLICATE_KEY]
        except PyMongoError as exc:
            self._failed(len(operations), exc)
            return 0, []

    def _update(self, operations: list) -> tuple[int, int]:
        """(articles upserted, articles matched)."""
        if not operations:
            return 0, 0
        try:
            result = self.collection.bulk_write(operations, ordered=False)
            return result.upserted_count, result.matched_count
        except BulkWriteError as exc:
            self._refused(exc.details.get("writeErrors", []), len(operations))
            return exc.details.get("nUpserted", 0), exc.details.get("nMatched", 0)
        except PyMongoError as exc:
            self._failed(len(operations), exc)
            return 0, 0

    def _refused(self, errors: list[dict], attempted: int) -> None:
        if errors:
            self.stats.inc_value("newsbot/store/failed", len(errors))
            logger.error("MongoDB refused %d of %d writes: %s", len(errors), attempted, errors[0].get("errmsg"))

    def _failed(self, attempted: int, exc: PyMongoError) -> None:
        self.stats.inc_value("newsbot/store/failed", attempted)
        logger.error("MongoDB write of %d articles failed: %s", attempted, exc)

    def close_spider(self):
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()
        if self.client is not None:
            self.client.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
