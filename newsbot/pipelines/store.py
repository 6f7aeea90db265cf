"""Write articles to MongoDB in batched upserts, flushed by size, by age and at close.

Nothing is lost on the way: every record goes to a write-ahead file before it
joins a batch; a batch MongoDB does not take (after retries) goes to an on-disk
spool. While the server is out of reach, batches go straight to the spool and
the server is probed every ``MONGO_OUTAGE_PROBE_SECONDS`` (off the crawl's
thread); as soon as it answers, the spool is written back. At close one last
attempt is made; what still waits then makes the crawl fail with the command
that writes it (``scrapy replay FOLDER``). Spools of crawls that were killed
are written at the next crawl's start.
"""

from __future__ import annotations

import logging
import shlex
import time
from collections import Counter
from pathlib import Path

from itemadapter import ItemAdapter
from pymongo import MongoClient
from pymongo.errors import PyMongoError
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task, threads

from newsbot.pipelines.dedupe import DuplicateContent
from newsbot.storage import mongo
from newsbot.storage.signals import batch_written, store_opened
from newsbot.storage.spool import Spool, spool_folder, write_target
from newsbot.storage.writer import ArticleWriter, alias_record, upsert_record

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
        self.write_timeout = settings.getfloat("MONGO_WRITE_TIMEOUT")
        self.retries = settings.getint("MONGO_WRITE_RETRIES")
        self.backoff = settings.getfloat("MONGO_RETRY_BACKOFF")
        self.probe_seconds = settings.getfloat("MONGO_OUTAGE_PROBE_SECONDS")
        self.spool_root = Path(settings.get("NEWSBOT_SPOOL_DIR")).expanduser()
        self.client: MongoClient | None = None
        self.writer: ArticleWriter | None = None
        self.spool: Spool | None = None
        self.pending: list[dict] = []
        self.oldest_pending = 0.0
        self.outage = False
        self.last_probe = 0.0
        self.probing = False
        self.closing = False
        self.timer: task.LoopingCall | None = None

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
        collection = self.client[self.database][self.collection_name]
        mongo.ensure_indexes(collection)
        self.writer = ArticleWriter(collection, self.write_timeout, self.retries, self.backoff)
        self.crawler.signals.send_catch_log(store_opened, collection=collection, timeout=self.write_timeout,
                                            outage_seconds=self.probe_seconds)
        self.spool = Spool(spool_folder(self.spool_root, self.uri, self.database, self.collection_name))
        write_target(self.spool.folder, mongo.mask_uri(self.uri), self.database, self.collection_name)
        logger.info("Storing articles in %s, %s.%s (write-ahead files in %s)", mongo.mask_uri(self.uri),
                    self.database, self.collection_name, self.spool.folder)
        self._replay()
        self.timer = timer = task.LoopingCall(self._flush_if_due)
        timer.start(min(1.0, self.batch_seconds), now=False)

    def process_item(self, item):
        self._queue(upsert_record(ItemAdapter(item).asdict()))
        return item

    def item_dropped(self, item, response, exception, spider=None):
        if isinstance(exception, DuplicateContent):
            self._queue(alias_record(exception.original, exception.alias))

    def _queue(self, record: dict):
        assert self.spool is not None, "an item before the spider opened"
        self.spool.log(record)
        if not self.pending:
            self.oldest_pending = time.monotonic()
        self.pending.append(record)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def _flush_if_due(self):
        if self.outage:
            self._probe_if_due()
        elif self.pending and time.monotonic() - self.oldest_pending >= self.batch_seconds:
            self.flush()

    def flush(self):
        """Write the batch, or spool it while MongoDB is out of reach."""
        batch, self.pending = self.pending, []
        if not batch:
            return
        assert self.writer is not None and self.spool is not None, "a batch before the spider opened"
        counts = None if self.outage else self.writer.write_with_retries(batch)
        if counts is None:
            self.spool.spool_batch(batch)
            self._count("spooled", len(batch))
            self._outage_began()
            return
        self.spool.batch_written()
        self._count_writes(counts)
        self._count("batches")
        self._written(batch)
        self._replay()

    def _outage_began(self):
        assert self.spool is not None, "an outage before the spider opened"
        self.last_probe = time.monotonic()
        if not self.outage:
            self.outage = True
            self._count("outages")
            logger.warning("MongoDB is out of reach: articles go to the spool in %s and are written back as "
                           "soon as it answers (tried every %g s)", self.spool.folder, self.probe_seconds)

    def _probe_if_due(self):
        if self.probing or time.monotonic() - self.last_probe < self.probe_seconds:
            return
        self.probing = True
        threads.deferToThread(self._answers).addCallback(self._probed)

    def _answers(self) -> bool:
        assert self.client is not None, "probed before the spider opened"
        try:
            self.client.admin.command("ping")
            return True
        except PyMongoError:
            return False

    def _probed(self, answers: bool):
        self.probing = False
        self.last_probe = time.monotonic()
        if answers and not self.closing:
            logger.info("MongoDB answers again: writing back the spool")
            self.outage = False
            self._write_back()

    def _write_back(self):
        """Write the batch being filled and then the spool; stops, spooling again, at the first failure."""
        if self.pending:
            self.flush()
        else:
            self._replay()

    def _replay(self):
        """Write this crawl's spool, then what earlier failed or killed crawls left on disk."""
        assert self.writer is not None and self.spool is not None, "a replay before the spider opened"
        own = self.writer.replay([self.spool.spool_path] if self.spool.spool_path.exists() else [],
                                 written=self._written)
        if own["failed_files"]:
            self._outage_began()
            return
        if own["replayed"]:
            logger.info("Wrote back %d spooled writes into MongoDB", own["replayed"])
            self._count("written_back", own["replayed"])
            self._count_writes(own)
        earlier = self.writer.replay(self.spool.abandoned(), written=self._written)
        if earlier["replayed"]:
            logger.info("Replayed %d writes that earlier crawls left in the spool", earlier["replayed"])
            self._count("replayed", earlier["replayed"])
            self._count_writes(earlier)

    def _written(self, records: list[dict]):
        documents = [r["document"] for r in records if r["op"] == "upsert"]
        if documents:
            self.crawler.signals.send_catch_log(batch_written, documents=documents)

    def _count_writes(self, counts: Counter):
        for event in ("inserted", "updated", "unchanged", "aliases", "refused"):
            if counts[event]:
                self._count(event, counts[event])

    def _count(self, event: str, amount: int = 1):
        self.stats.inc_value(f"newsbot/store/{event}", amount)

    def close_spider(self):
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.closing = True
        if self.spool is not None:
            # One last attempt, whatever the last probe said.
            self.outage = False
            self._write_back()
            waiting = self.spool.pending_count()
            self.spool.close()
            if waiting:
                self.stats.set_value("newsbot/store/spool_waiting", waiting)
                self.stats.set_value("newsbot/store/replay_command", replay_command(self.spool.folder))
                logger.warning("%d writes did not reach MongoDB; they wait in %s", waiting, self.spool.folder)
        if self.client is not None:
            self.client.close()


def replay_command(folder: Path) -> str:
    """The command that writes a spool folder's records where they were meant to go."""
    return f"scrapy replay {shlex.quote(str(folder))}"

