"""Give every article its story: the id of the cluster of syndicated copies it belongs to, and the outlets
and URLs that ran it. Copies are marked (one story_id, every outlet listed), never dropped.

Candidates are the articles sharing an LSH band of the article's MinHash (this process's recent articles,
and, with MongoDB, the stored ones, found by one indexed query); each is confirmed by the shingles' Jaccard
similarity and the publication window. Without MongoDB, stories are found among the run's articles only.

The work runs off the crawl's thread, one job at a time: a slow lookup makes the articles wait, not the
crawl. Articles that arrive while a lookup runs wait for the next one, all in one query, and leave the
step in the order they came.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from pymongo import MongoClient
from scrapy import signals
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.log import failure_to_exc_info
from twisted.internet import defer, threads
from twisted.python.failure import Failure

from newsbot.pipelines import Step
from newsbot.storage import mongo
from newsbot.storage.signals import batch_written, store_opened
from newsbot.stories.fingerprint import Banding
from newsbot.stories.placing import StoryPlacer
from newsbot.stories.recent import RecentVersions
from newsbot.stories.rules import StoryRules

logger = logging.getLogger(__name__)


class StoriesPipeline(Step):
    name = "stories"

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.placer = StoryPlacer(
            rules=StoryRules(
                shingle_size=settings.getint("NEWSBOT_STORIES_SHINGLE_SIZE"),
                min_similarity=settings.getfloat("NEWSBOT_STORIES_MIN_SIMILARITY"),
                window=timedelta(days=settings.getfloat("NEWSBOT_STORIES_WINDOW_DAYS")),
                min_shingles=settings.getint("NEWSBOT_STORIES_MIN_SHINGLES"),
            ),
            banding=Banding(bands=settings.getint("NEWSBOT_STORIES_BANDS"),
                            rows=settings.getint("NEWSBOT_STORIES_ROWS")),
            max_candidates=settings.getint("NEWSBOT_STORIES_MAX_CANDIDATES"),
            recent=RecentVersions(settings.getint("NEWSBOT_STORIES_RECENT")),
        )
        self.waiting: list[tuple[object, defer.Deferred]] = []
        self.placing = False
        self.client: MongoClient | None = None
        # One job at a time, in the order given: each article sees every article placed before it, and
        # a batch's reconciliation the stories as they were when the store wrote it.
        self.worker = defer.DeferredLock()
        crawler.signals.connect(self.store_opened, signal=store_opened)
        crawler.signals.connect(self.batch_written, signal=batch_written)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def store_opened(self, collection, timeout: float, outage_seconds: float):
        """Look up the store's collection through a client of the step's own: the store closes its client
        when its last batch is written, and that batch is still to be reconciled then."""
        settings = self.crawler.settings
        try:
            self.client = mongo.connect(settings.get("MONGO_URI"), settings.getfloat("MONGO_CONNECT_TIMEOUT"))
        except mongo.StorageError as exc:
            logger.warning("Stories looked up in this run's articles only: %s", exc)
            return
        self.placer.use_store(self.client[collection.database.name][collection.name], timeout, outage_seconds)

    async def process_item(self, item):
        placed: defer.Deferred = defer.Deferred()
        self.waiting.append((item, placed))
        if not self.placing:
            self._place_waiting()
        return await maybe_deferred_to_future(placed)

    def _place_waiting(self) -> None:
        # As many as wait: Scrapy holds back responses while their items are in the pipeline
        # (SCRAPER_SLOT_MAX_ACTIVE_SIZE), which bounds them.
        batch, self.waiting = self.waiting, []
        self.placing = True
        self._off_thread(self.placer.place, [item for item, _ in batch]).addBoth(self._placed, batch)

    def _placed(self, outcome, batch: list[tuple[object, defer.Deferred]]) -> None:
        for item, placed in batch:
            if isinstance(outcome, Failure):
                placed.errback(outcome)
            else:
                placed.callback(item)
        self.placing = False
        if self.waiting:
            self._place_waiting()

    def batch_written(self, documents: list[dict]):
        self._off_thread(self.placer.reconcile, documents).addErrback(self._reconcile_failed, len(documents))

    async def spider_closed(self) -> None:
        """The crawl ends once the last batch's reconciliation has run."""
        await maybe_deferred_to_future(self.worker.run(defer.succeed, None))
        if self.client is not None:
            self.client.close()

    def _off_thread(self, work, *args) -> defer.Deferred:
        return self.worker.run(threads.deferToThread, work, *args).addCallback(self._record)

    def _record(self, counts) -> None:
        for event, amount in counts.items():
            self.count(event, amount)

    @staticmethod
    def _reconcile_failed(failure: Failure, articles: int) -> None:
        logger.error("Stories of %d articles not reconciled", articles, exc_info=failure_to_exc_info(failure))
