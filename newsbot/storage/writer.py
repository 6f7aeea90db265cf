"""Write spool records to the article collection: one bulk write per batch, retried, counted."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pymongo
from pymongo import UpdateOne
from pymongo.errors import BulkWriteError, PyMongoError

from newsbot.storage import mongo
from newsbot.storage.spool import read_records

logger = logging.getLogger(__name__)
#: What an unchanged article still gets anew: when it was crawled, and its story, which other articles change.
_REFRESHED = ("crawled_at", "story_id", "outlets", "story_bands")


def upsert_record(document: dict) -> dict:
    return {"op": "upsert", "document": document}


def alias_record(identity: tuple[str | None, str | None], url: str | None) -> dict:
    return {"op": "alias", "site": identity[0], "article_id": identity[1], "url": url}


class ArticleWriter:
    """Turns records into one unordered bulk write, telling new, changed and unchanged articles apart."""

    def __init__(self, collection, write_timeout: float, retries: int, backoff: float):
        self.collection = collection
        self.write_timeout = write_timeout
        self.retries = retries
        self.backoff = backoff

    def write(self, records: list[dict]) -> Counter:
        """Write the records; PyMongoError when the server cannot be reached.

        Articles are inserted first: an insert costs the same however large the
        collection is, while an update must find its document (on FerretDB's SQLite
        backend by reading the collection). Only those refused as already stored are
        then looked up, in one query, and updated, or, when their text and URL are
        unchanged, only get their ``crawled_at`` refreshed.
        """
        counts: Counter = Counter()
        documents = [r["document"] for r in records if r["op"] == "upsert"]
        now = _now()
        with pymongo.timeout(self.write_timeout):
            stored = [documents[i] for i in self._insert(documents, now, counts)]
            known = self._stored_versions(stored)
            operations = []
            for document in stored:
                key = (document["site"], document["article_id"])
                if known.get(key) == (document.get("content_hash"), document.get("url")):
                    refreshed = {f: document[f] for f in _REFRESHED if f in document}
                    operations.append(UpdateOne(dict(zip(mongo.IDENTITY, key, strict=True)), {"$set": refreshed}))
                    counts["unchanged"] += 1
                else:
                    operations.append(mongo.upsert(document, now))
                    counts["updated"] += 1
            # Aliases after the inserts: the article they name may be in this very batch.
            for record in records:
                if record["op"] == "alias":
                    operations.append(mongo.add_alias((record["site"], record["article_id"]), record["url"]))
                    counts["aliases"] += 1
            if operations:
                try:
                    self.collection.bulk_write(operations, ordered=False)
                except BulkWriteError as exc:
                    self._refused(exc.details.get("writeErrors", []), len(operations), counts)
        return counts

    def _insert(self, documents: list[dict], now: str, counts: Counter) -> list[int]:
        """Insert the documents; the positions of those refused because their article is stored."""
        if not documents:
            return []
        try:
            counts["inserted"] += self.collection.bulk_write(
                [mongo.insert(d, now) for d in documents], ordered=False).inserted_count
            return []
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            counts["inserted"] += exc.details.get("nInserted", 0)
            self._refused([e for e in errors if e.get("code") != mongo.DUPLICATE_KEY], len(documents), counts)
            return [e["index"] for e in errors if e.get("code") == mongo.DUPLICATE_KEY]

    @staticmethod
    def _refused(errors: list[dict], attempted: int, counts: Counter) -> None:
        if errors:
            counts["refused"] += len(errors)
            logger.error("MongoDB refused %d of %d writes: %s", len(errors), attempted, errors[0].get("errmsg"))

    def write_with_retries(self, records: list[dict], retries: int | None = None) -> Counter | None:
        """The counts, or None when the server stayed out of reach through every retry."""
        attempts = (self.retries if retries is None else retries) + 1
        for attempt in range(attempts):
            try:
                return self.write(records)
            except PyMongoError as exc:
                if attempt + 1 == attempts:
                    logger.warning("MongoDB unreachable, %d writes kept on disk: %s", len(records),
                                   str(exc).split(",")[0])
                    return None
                time.sleep(self.backoff * 2**attempt)
        return None

    def replay(self, paths: Iterable[Path], retries: int = 0, written=None) -> Counter:
        """Write the records of spool files, removing each file once written; stops at the first failure.
        ``written``, when given, is called with the records of each file written."""
        totals: Counter = Counter()
        for path in paths:
            records = read_records(path)
            counts = self.write_with_retries(records, retries) if records else Counter()
            if counts is None:
                totals["failed_files"] += 1
                break
            path.unlink(missing_ok=True)
            if written is not None and records:
                written(records)
            totals.update(counts)
            totals["replayed"] += len(records)
        return totals

    def _stored_versions(self, documents: list[dict]) -> dict[tuple[str, str], tuple]:
        """(content_hash, url) of the articles already stored, by identity."""
        if not documents:
            return {}
        keys = [{"site": d["site"], "article_id": d["article_id"]} for d in documents]
        fields = {"site": 1, "article_id": 1, "content_hash": 1, "url": 1, "_id": 0}
        return {(d["site"], d["article_id"]): (d.get("content_hash"), d.get("url"))
                for d in self.collection.find({"$or": keys}, fields)}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
