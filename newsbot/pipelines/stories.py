"""Give every article its story: the id of the cluster of syndicated copies it belongs to, and the outlets
and URLs that ran it. Copies are marked (one story_id, every outlet listed), never dropped.

Candidates are the articles sharing an LSH band of the article's MinHash (this process's recent articles,
and, with MongoDB, the stored ones, found by one indexed query); each is confirmed by the shingles' Jaccard
similarity and the publication window. Without MongoDB, stories are found among the run's articles only.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import pymongo
from itemadapter import ItemAdapter
from pymongo.errors import PyMongoError

from newsbot.pipelines import Step
from newsbot.storage.signals import batch_written, store_opened
from newsbot.stories import stored
from newsbot.stories.fingerprint import Banding
from newsbot.stories.recent import RecentVersions
from newsbot.stories.rules import StoryRules, Version, chosen_story, merged_outlets, story_key

logger = logging.getLogger(__name__)


class StoriesPipeline(Step):
    name = "stories"

    def __init__(self, crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.rules = StoryRules(
            shingle_size=settings.getint("NEWSBOT_STORIES_SHINGLE_SIZE"),
            min_similarity=settings.getfloat("NEWSBOT_STORIES_MIN_SIMILARITY"),
            window=timedelta(days=settings.getfloat("NEWSBOT_STORIES_WINDOW_DAYS")),
            min_shingles=settings.getint("NEWSBOT_STORIES_MIN_SHINGLES"),
        )
        self.banding = Banding(bands=settings.getint("NEWSBOT_STORIES_BANDS"),
                               rows=settings.getint("NEWSBOT_STORIES_ROWS"))
        self.max_candidates = settings.getint("NEWSBOT_STORIES_MAX_CANDIDATES")
        self.recent = RecentVersions(settings.getint("NEWSBOT_STORIES_RECENT"))
        self.collection = None
        self.timeout = self.outage_seconds = 0.0
        # While MongoDB is out of reach, articles are compared with this run's only, not each made to wait.
        self.outage_until = 0.0
        crawler.signals.connect(self.store_opened, signal=store_opened)
        crawler.signals.connect(self.batch_written, signal=batch_written)

    def store_opened(self, collection, timeout: float, outage_seconds: float):
        self.collection = collection
        self.timeout = timeout
        self.outage_seconds = outage_seconds
        stored.ensure_index(collection)

    def process_item(self, item):
        adapter = ItemAdapter(item)
        version = Version.of(adapter)
        shingle_set = self.rules.shingles_of(version)
        if not self.rules.comparable(shingle_set):
            self.count("too_short")
            self._set(adapter, version.key, [version.outlet], [])
            return item
        bands = self.banding.keys(shingle_set)
        own, candidates = self._candidates(version, bands)
        confirmed = [c for c in candidates if self.rules.same_story(version, shingle_set, c)]
        if len(candidates) > len(confirmed):
            self.count("candidates_rejected", len(candidates) - len(confirmed))
        stored_story = self.recent.current(own.story_id) if own else None
        story = chosen_story(version, stored_story, confirmed)
        joined_stories = {c.story_id for c in confirmed} | {stored_story}
        for joined in {s for s in joined_stories if s is not None and s != story}:
            self.recent.rename(joined, story)
            self.count("merged")
        outlets = self.recent.add_outlets(story, merged_outlets(
            own.outlets if own else [], *(c.outlets for c in confirmed), [c.outlet for c in confirmed],
            [version.outlet]))
        self.count("known" if own else "copy" if confirmed else "new_story")
        version.story_id = story
        self.recent.add(version, bands)
        self._set(adapter, story, outlets, bands)
        return item

    @staticmethod
    def _set(adapter, story: str, outlets: list[dict], bands: list[str]) -> None:
        adapter["story_id"] = story
        adapter["outlets"] = outlets
        adapter["story_bands"] = bands

    def _candidates(self, version: Version, bands: list[str]) -> tuple[Version | None, list[Version]]:
        """The stored version of this very article (a re-crawl), and the other versions sharing a band:
        this process's recent ones, which the store may not have written yet, and the stored ones."""
        found = {v.key: v for v in self.recent.sharing_a_band(bands, exclude=version.key)}
        documents = []
        if self.collection is not None and time.monotonic() >= self.outage_until:
            try:
                with pymongo.timeout(self.timeout):
                    documents = stored.sharing_a_band(self.collection, bands, self.max_candidates)
            except PyMongoError as exc:
                self.count("lookup_failed")
                self.outage_until = time.monotonic() + self.outage_seconds
                logger.warning("Stories looked up in this run's articles only for %g s: %s", self.outage_seconds,
                               str(exc).split(",")[0])
            for document in documents:
                stored_version = Version.of(document)
                stored_version.story_id = self.recent.current(stored_version.story_id)
                found[stored_version.key] = stored_version
        own = found.pop(version.key, None)
        return own, list(found.values())

    def batch_written(self, documents: list[dict]):
        """Join what two processes placed at the same time, neither seeing the other's unwritten article.

        Whichever of two copies is written last finds the other stored here; both stories become the one
        with the lower id, with every outlet listed on each article: one query and one write a batch.
        """
        placed = [d for d in documents if d.get(stored.BANDS_FIELD)]
        if not placed or self.collection is None:
            return
        bands = {band for document in placed for band in document[stored.BANDS_FIELD]}
        try:
            with pymongo.timeout(self.timeout):
                found = stored.sharing_a_band(self.collection, bands, self.max_candidates * len(placed),
                                              with_bands=True)
                joins = self._joins(placed, found)
                if joins:
                    self.collection.bulk_write([stored.join_stories(ids, winner, outlets)
                                                for ids, winner, outlets in joins], ordered=False)
        except PyMongoError as exc:
            self.count("reconcile_failed")
            logger.warning("Stories of %d articles not reconciled: %s", len(placed), str(exc).split(",")[0])
            return
        for ids, winner, outlets in joins:
            for story in ids:
                self.recent.rename(story, winner)
            self.recent.add_outlets(winner, outlets)
            self.count("reconciled")

    def _joins(self, placed: list[dict], found: list[dict]) -> list[tuple[set[str], str, list[dict]]]:
        """(stories, winner, outlets) for each story whose articles disagree on its id or its outlets."""
        versions = {story_key(d["site"], d["article_id"]): (Version.of(d), set(d.get(stored.BANDS_FIELD) or ()))
                    for d in found}
        shingle_cache: dict[str, frozenset] = {}

        def shingles_of(version: Version) -> frozenset:
            if version.key not in shingle_cache:
                shingle_cache[version.key] = self.rules.shingles_of(version)
            return shingle_cache[version.key]

        stories = _Stories()
        for document in placed:
            key = story_key(document["site"], document["article_id"])
            version, bands = versions.get(key) or (Version.of(document), set(document[stored.BANDS_FIELD]))
            stories.add(version)
            for other, other_bands in versions.values():
                if other.key != key and bands & other_bands and \
                        self.rules.same_story(version, shingles_of(version), other, shingles_of(other)):
                    stories.add(other)
                    stories.union(_story_of(version), _story_of(other))
        return stories.disagreements()


def _story_of(version: Version) -> str:
    """The story of a version already placed: stored ones and the run's carry one."""
    if version.story_id is None:
        raise ValueError(f"{version.key} has no story id yet")
    return version.story_id


class _Stories:
    """Story ids joined by confirmed copies (union-find; the lowest id of a group is its root)."""

    def __init__(self):
        self.parent: dict[str, str] = {}
        self.versions: list[Version] = []

    def add(self, version: Version) -> None:
        self.versions.append(version)
        story = _story_of(version)
        self.parent.setdefault(story, story)

    def root(self, story: str) -> str:
        while self.parent[story] != story:
            story = self.parent[story]
        return story

    def union(self, first: str, second: str) -> None:
        roots = sorted({self.root(first), self.root(second)})
        for root in roots[1:]:
            self.parent[root] = roots[0]

    def disagreements(self) -> list[tuple[set[str], str, list[dict]]]:
        groups: dict[str, list[Version]] = {}
        for version in {v.key: v for v in self.versions}.values():
            groups.setdefault(self.root(_story_of(version)), []).append(version)
        joins = []
        for winner, members in sorted(groups.items()):
            ids = {_story_of(v) for v in members}
            outlets = merged_outlets(*(v.outlets for v in members), [v.outlet for v in members])
            complete = {(o["site"], o["url"]) for o in outlets}
            if len(ids) > 1 or any({(o.get("site"), o.get("url")) for o in v.outlets} != complete for v in members):
                joins.append((ids, winner, outlets))
        return joins
