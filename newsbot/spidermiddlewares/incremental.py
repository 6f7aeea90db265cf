"""Incremental runs: requests for articles already stored are dropped, one MongoDB query per page.

Per response, the article requests the spider yields are looked up together
(``$or`` of ``$in`` on (site, article_id)). A stored article is not fetched
again unless it was published (or, without a date, first seen) within
``NEWSBOT_REFRESH_DAYS``, since recent articles still change. An article that a
feed or sitemap lists with the time it last changed (``lastmod``, ``pubDate``) is
fetched again exactly when that time is later than its last fetch, whatever its
age. Listing pages, feeds and sitemaps are never dropped, and neither are the
block links of the pages that are fetched: new articles are found from the front
and section pages, the feeds and sitemaps, and from every page this run reads.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pymongo import MongoClient
from pymongo.collection import Collection
from pymongo.errors import PyMongoError
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import threads

from newsbot.extract.listings import CHANGED_META
from newsbot.extract.urls import site_of
from newsbot.storage import mongo

logger = logging.getLogger(__name__)

Identity = tuple[str, str]


class IncrementalMiddleware:
    def __init__(self, crawler, uri: str):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.uri = uri
        self.connect_timeout = settings.getfloat("MONGO_CONNECT_TIMEOUT")
        self.database = settings.get("MONGO_DATABASE")
        self.collection_name = settings.get("MONGO_COLLECTION")
        self.refresh = timedelta(days=settings.getfloat("NEWSBOT_REFRESH_DAYS"))
        self.client: MongoClient | None = None
        self.collection: Collection | None = None

    @classmethod
    def from_crawler(cls, crawler):
        uri = (crawler.settings.get("MONGO_URI") or "").strip()
        if not crawler.settings.getbool("NEWSBOT_INCREMENTAL"):
            raise NotConfigured  # without a message: Scrapy would log a choice as a warning
        if not uri:
            logger.info("NEWSBOT_INCREMENTAL needs MONGO_URI: every article is fetched")
            raise NotConfigured
        middleware = cls(crawler, uri)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider):
        self.client = mongo.connect(self.uri, self.connect_timeout)
        self.collection = self.client[self.database][self.collection_name]

    def spider_closed(self, spider):
        if self.client is not None:
            self.client.close()

    async def process_spider_output(self, response, result):
        outputs = [output async for output in result]
        profile = self.crawler.spider.profile
        articles = {}
        for output in outputs:
            if isinstance(output, Request) and (article_id := profile.article_id(output.url)):
                articles[output.url] = (site_of(output.url), article_id)
        stored = await self._stored(set(articles.values())) if articles else {}
        oldest_recent = datetime.now(UTC) - self.refresh
        for output in outputs:
            if isinstance(output, Request) and articles.get(output.url) in stored:
                if not self._fetch_again(stored[articles[output.url]], output, oldest_recent):
                    self.stats.inc_value("newsbot/incremental/skipped_known")
                    continue
            yield output

    def _fetch_again(self, stored: Stored, request: Request, oldest_recent: datetime) -> bool:
        listed_changed = request.meta.get(CHANGED_META)
        if listed_changed:
            changed = stored.crawled < _moment(listed_changed)
            if changed:
                self.stats.inc_value("newsbot/incremental/refetched_changed")
            return changed
        recent = stored.appeared >= oldest_recent
        if recent:
            self.stats.inc_value("newsbot/incremental/refetched_recent")
        return recent

    async def _stored(self, identities: set[Identity]) -> dict[Identity, Stored]:
        """The stored articles among these."""
        self.stats.inc_value("newsbot/incremental/lookups")
        try:
            return await maybe_deferred_to_future(threads.deferToThread(self._stored_dates, identities))
        except PyMongoError as exc:
            # Fetching known articles again is better than losing the links of this page.
            self.stats.inc_value("newsbot/incremental/lookup_failed")
            logger.warning("Looking up %d known articles failed, fetching them all: %s", len(identities), exc)
            return {}

    def _stored_dates(self, identities: set[Identity]) -> dict[Identity, Stored]:
        """For the stored articles among these, when they appeared and were last fetched; one query."""
        assert self.collection is not None, "looked up before the spider opened"
        by_site = defaultdict(list)
        for site, article_id in identities:
            by_site[site].append(article_id)
        query = {"$or": [{"site": site, "article_id": {"$in": ids}} for site, ids in by_site.items()]}
        fields = {"_id": 0, "site": 1, "article_id": 1, "published_at": 1, "first_seen_at": 1, "crawled_at": 1}
        return {(doc["site"], doc["article_id"]): Stored(_first_moment(doc, "published_at", "first_seen_at"),
                                                          _first_moment(doc, "crawled_at", "first_seen_at"))
                for doc in self.collection.find(query, fields)}


@dataclass(frozen=True)
class Stored:
    #: When the article appeared: its publication time, else the time newsbot first stored it.
    appeared: datetime
    #: When newsbot last fetched it.
    crawled: datetime


_NEVER = datetime.min.replace(tzinfo=UTC)


def _moment(value) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return _NEVER
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _first_moment(document: dict, *fields: str) -> datetime:
    for field in fields:
        value = document.get(field)
        if value and (moment := _moment(value)) is not _NEVER:
            return moment
    return _NEVER
