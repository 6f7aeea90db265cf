"""Run history: one record per crawl, kept in MongoDB (``runs`` beside ``articles``) or in a JSON-lines file.

A record holds what the verdict compares across runs: pages by kind, articles made, stored
and dropped by reason, failures by kind, the fill rate of every article field and the share
of article pages that gave an article.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from pymongo import DESCENDING
from pymongo.errors import PyMongoError

from newsbot.storage import mongo

logger = logging.getLogger(__name__)

#: The article fields whose fill rate is recorded and watched.
WATCHED_FIELDS = ("title", "summary", "body", "author", "published_at", "modified_at",
                  "category", "tags", "images", "related")
FIELD_STAT = "newsbot/fields/"
RUNS_FILE = "runs.jsonl"


def _by_prefix(stats: dict, prefix: str) -> dict[str, int]:
    return {k.removeprefix(prefix): v for k, v in sorted(stats.items()) if k.startswith(prefix)}


def _iso(value) -> str | None:
    return value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else value


def build_run(stats: dict, *, spider: str, crawl_id: str, scope: str) -> dict:
    """The run record of a crawl, from its final stats."""
    article_pages = stats.get("newsbot/crawl/article_pages", 0)
    scraped = stats.get("item_scraped_count", 0)
    duplicates = _by_prefix(stats, "newsbot/dedupe/")
    filled = _by_prefix(stats, FIELD_STAT)
    store = _by_prefix(stats, "newsbot/store/")
    return {
        "spider": spider,
        "crawl_id": crawl_id,
        "scope": scope,
        "started_at": _iso(stats.get("start_time")),
        "finished_at": _iso(stats.get("finish_time")),
        "finish_reason": stats.get("finish_reason"),
        "pages": {
            "fetched": stats.get("response_received_count", 0),
            "article": article_pages,
            "listing": stats.get("newsbot/crawl/listing_pages", 0),
            "not_html": stats.get("newsbot/crawl/not_html", 0),
        },
        "articles": {
            "scraped": scraped,
            "stored": sum(store.get(k, 0) for k in ("inserted", "updated", "unchanged")),
            "duplicates": duplicates,
            "dropped": _by_prefix(stats, "newsbot/dropped/"),
        },
        "failures": _by_prefix(stats, "newsbot/fetch_failed/"),
        "fill": {field: round(filled.get(field, 0) / scraped, 4) if scraped else None for field in WATCHED_FIELDS},
        # Duplicates are articles too: the page gave one, already seen under another URL.
        "article_share": round(min(1.0, (scraped + sum(duplicates.values())) / article_pages), 4)
        if article_pages else None,
    }


class RunHistory:
    """Past runs, newest first, in MongoDB when MONGO_URI is set, else in ``<state dir>/runs.jsonl``."""

    def __init__(self, *, state_dir: Path, mongo_uri: str = "", database: str = "", collection: str = "runs",
                 timeout: float = 10.0):
        self.path = Path(state_dir).expanduser() / RUNS_FILE
        self.mongo_uri = mongo_uri.strip()
        self.database = database
        self.collection = collection
        self.timeout = timeout

    @classmethod
    def from_settings(cls, settings) -> RunHistory:
        return cls(state_dir=Path(settings.get("NEWSBOT_STATE_DIR")), mongo_uri=settings.get("MONGO_URI") or "",
                   database=settings.get("MONGO_DATABASE"), collection=settings.get("NEWSBOT_RUNS_COLLECTION"),
                   timeout=settings.getfloat("MONGO_CONNECT_TIMEOUT"))

    @property
    def where(self) -> str:
        return f"{mongo.mask_uri(self.mongo_uri)} {self.database}.{self.collection}" if self.mongo_uri \
            else str(self.path)

    def runs(self, spider: str | None = None, limit: int = 0) -> list[dict]:
        """Recorded runs (of one spider, when named), newest first."""
        if self.mongo_uri:
            with self._client() as client:
                query = {"spider": spider} if spider else {}
                cursor = client[self.database][self.collection].find(query, {"_id": False})
                return list(cursor.sort("finished_at", DESCENDING).limit(limit))
        if not self.path.is_file():
            return []
        runs = [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()]
        runs = [run for run in reversed(runs) if spider is None or run.get("spider") == spider]
        return runs[:limit] if limit else runs

    def record(self, run: dict) -> None:
        if self.mongo_uri:
            try:
                with self._client() as client:
                    client[self.database][self.collection].insert_one(dict(run))
                return
            except (PyMongoError, mongo.StorageError) as exc:
                # The verdict is still worth keeping: the file is read when MongoDB is not configured.
                logger.warning("Run not recorded in MongoDB (%s); kept in %s", str(exc).split("\n")[0], self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as file:
            file.write(json.dumps(run, ensure_ascii=False, default=str) + "\n")

    def _client(self):
        return mongo.connect(self.mongo_uri, self.timeout)
