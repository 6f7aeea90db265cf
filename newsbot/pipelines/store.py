"""Write articles to MongoDB in batched upserts, flushed by size, by age and at close."""

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
        self.pending: list = []
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
        document = ItemAdapter(item).asdict()
        self._queue(mongo.upsert(document, _now()))
        return item

    def item_dropped(self, item, response, exception, spider=None):
        if isinstance(exception, DuplicateContent):
            self._queue(mongo.add_alias(exception.original, exception.alias))

    def _queue(self, operation):
        if not self.pending:
            self.oldest_pending = time.monotonic()
        self.pending.append(operation)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def _flush_if_due(self):
        if self.pending and time.monotonic() - self.oldest_pending >= self.batch_seconds:
            self.flush()

    def flush(self):
        batch, self.pending = self.pending, []
        if not batch or self.collection is None:
            return
        try:
            result = self.collection.bulk_write(batch, ordered=False)
        except BulkWriteError as exc:
            result = None
            details = exc.details
            self.stats.inc_value("newsbot/store/failed", len(details.get("writeErrors", [])))
            logger.error("MongoDB refused %d of %d writes: %s", len(details.get("writeErrors", [])),
                         len(batch), details.get("writeErrors", [{}])[0].get("errmsg"))
        except PyMongoError as exc:
            self.stats.inc_value("newsbot/store/failed", len(batch))
            logger.error("MongoDB write of %d articles failed: %s", len(batch), exc)
            return
        self.stats.inc_value("newsbot/store/batches")
        if result is not None:
            self.stats.inc_value("newsbot/store/inserted", result.upserted_count)
            self.stats.inc_value("newsbot/store/updated", result.matched_count)

    def close_spider(self):
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()
        if self.client is not None:
            self.client.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
