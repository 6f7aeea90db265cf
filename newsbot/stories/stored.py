"""Stories in MongoDB: the band keys stored with each article, one indexed query to find its versions,
and, after each batch the store writes, the reconciliation that makes every process agree."""

from __future__ import annotations

from collections.abc import Iterable

from pymongo import ASCENDING, UpdateMany

BANDS_FIELD = "story_bands"
#: What a lookup needs of a stored article to confirm it and join its story.
VERSION_FIELDS = {"_id": 0, "site": 1, "article_id": 1, "url": 1, "published_at": 1, "summary": 1, "body": 1,
                  "story_id": 1, "outlets": 1}


def ensure_index(collection) -> None:
    collection.create_index([(BANDS_FIELD, ASCENDING)], name=BANDS_FIELD)
    collection.create_index([("story_id", ASCENDING)], name="story_id")


def sharing_a_band(collection, bands: Iterable[str], limit: int, with_bands: bool = False) -> list[dict]:
    """Stored articles with any of these band keys: one query on the multikey index."""
    fields = {**VERSION_FIELDS, BANDS_FIELD: 1} if with_bands else VERSION_FIELDS
    return list(collection.find({BANDS_FIELD: {"$in": sorted(set(bands))}}, fields, limit=limit))


def join_stories(story_ids: set[str], winner: str, outlets: list[dict]) -> UpdateMany:
    """Every article of these stories into the winner's, each listing every outlet of it."""
    return UpdateMany({"story_id": {"$in": sorted(story_ids)}},
                      {"$set": {"story_id": winner}, "$addToSet": {"outlets": {"$each": outlets}}})
