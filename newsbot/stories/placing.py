"""Placing articles in their stories, several at a time, and joining what two processes placed apart.

The articles waiting are looked up together (one query for all of them), then placed one by one in the
order they came, each seeing those placed before it, as if it had come alone. This runs off the crawl's
thread, one job at a time (the stories step sees to that), so the counts are returned for the step to
record rather than recorded here.
"""

from __future__ import annotations

import logging
import time
from collections import Counter

import pymongo
from itemadapter import ItemAdapter
from pymongo.errors import PyMongoError

from newsbot.stories import stored
from newsbot.stories.fingerprint import Banding, Fingerprint
from newsbot.stories.recent import RecentVersions
from newsbot.stories.rules import StoryRules, Version, chosen_story, merged_outlets, story_key

logger = logging.getLogger(__name__)

#: A stored article a lookup found, with the set of its band keys.
StoredVersion = tuple[Version, set[str]]


class StoryPlacer:
    def __init__(self, rules: StoryRules, banding: Banding, max_candidates: int, recent: RecentVersions):
        self.rules = rules
        self.banding = banding
        self.max_candidates = max_candidates
        self.recent = recent
        self.collection = None
        self.timeout = self.outage_seconds = 0.0
        # While MongoDB is out of reach, articles are compared with this run's only, not each made to wait.
        self.outage_until = 0.0

    def use_store(self, collection, timeout: float, outage_seconds: float) -> None:
        self.collection = collection
        self.timeout = timeout
        self.outage_seconds = outage_seconds
        stored.ensure_index(collection)

    def place(self, items: list) -> Counter:
        """Give each item its story_id, outlets and story_bands, in their order; one lookup for all."""
        counts: Counter = Counter()
        comparable = []
        for item in items:
            adapter = ItemAdapter(item)
            version = Version.of(adapter)
            fingerprint = self.rules.fingerprint_of(version)
            if self.rules.comparable(fingerprint):
                comparable.append((adapter, version, fingerprint, self.banding.keys(fingerprint)))
            else:
                counts["too_short"] += 1
                _set(adapter, version.key, [version.outlet], [])
        found = self._stored_sharing_a_band({band for *_, bands in comparable for band in bands},
                                            len(comparable), counts)
        for adapter, version, fingerprint, bands in comparable:
            self._place(adapter, version, fingerprint, bands, found, counts)
        return counts

    def _place(self, adapter, version: Version, fingerprint: Fingerprint, bands: list[str],
               found: list[StoredVersion], counts: Counter) -> None:
        own, candidates = self._candidates(version, bands, found)
        confirmed = self.rules.copies(version, fingerprint, candidates)
        if len(candidates) > len(confirmed):
            counts["candidates_rejected"] += len(candidates) - len(confirmed)
        stored_story = self.recent.current(own.story_id) if own else None
        story = chosen_story(version, stored_story, confirmed)
        joined_stories = {c.story_id for c in confirmed} | {stored_story}
        for joined in {s for s in joined_stories if s is not None and s != story}:
            self.recent.rename(joined, story)
            counts["merged"] += 1
        outlets = self.recent.add_outlets(story, merged_outlets(
            own.outlets if own else [], *(c.outlets for c in confirmed), [c.outlet for c in confirmed],
            [version.outlet]))
        counts["known" if own else "copy" if confirmed else "new_story"] += 1
        version.story_id = story
        self.recent.add(version, bands, fingerprint)
        _set(adapter, story, outlets, bands)

    def _stored_sharing_a_band(self, bands: set[str], articles: int, counts: Counter) -> list[StoredVersion]:
        """The stored articles sharing a band with any of the articles: one query."""
        if not bands or self.collection is None or time.monotonic() < self.outage_until:
            return []
        try:
            with pymongo.timeout(self.timeout):
                documents = stored.sharing_a_band(self.collection, bands, self.max_candidates * articles,
                                                  with_bands=True)
        except PyMongoError as exc:
            counts["lookup_failed"] += 1
            self.outage_until = time.monotonic() + self.outage_seconds
            logger.warning("Stories looked up in this run's articles only for %g s: %s", self.outage_seconds,
                           str(exc).split(",")[0])
            return []
        # Made once for all the articles placed: a stored text is shingled once, however many share its bands.
        return [(self._stored_version(document), set(document.pop(stored.BANDS_FIELD, None) or ()))
                for document in documents]

    def _candidates(self, version: Version, bands: list[str],
                    found: list[StoredVersion]) -> tuple[Version | None, list[Version]]:
        """The stored version of this very article (a re-crawl), and the other versions sharing a band:
        this process's recent ones, which the store may not have written yet, and the stored ones."""
        candidates = {v.key: v for v in self.recent.sharing_a_band(bands, exclude=version.key)}
        wanted = set(bands)
        sharing = [stored_version for stored_version, stored_bands in found if wanted & stored_bands]
        for stored_version in sharing[:self.max_candidates]:
            stored_version.story_id = self.recent.current(stored_version.story_id)
            candidates[stored_version.key] = stored_version
        own = candidates.pop(version.key, None)
        return own, list(candidates.values())

    def _stored_version(self, document: dict) -> Version:
        """A stored article, with its shingles' fingerprint when this process placed the same text."""
        version = Version.of(document)
        version.fingerprint = self.recent.fingerprint(version)
        return version

    def reconcile(self, documents: list[dict]) -> Counter:
        """Join what two processes placed at the same time, neither seeing the other's unwritten article.

        Whichever of two copies is written last finds the other stored here; both stories become the one
        with the lower id, with every outlet listed on each article: one query and one write a batch.
        """
        counts: Counter = Counter()
        placed = [d for d in documents if d.get(stored.BANDS_FIELD)]
        if not placed or self.collection is None:
            return counts
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
            counts["reconcile_failed"] += 1
            logger.warning("Stories of %d articles not reconciled: %s", len(placed), str(exc).split(",")[0])
            return counts
        for ids, winner, outlets in joins:
            for story in ids:
                self.recent.rename(story, winner)
            self.recent.add_outlets(winner, outlets)
            counts["reconciled"] += 1
        return counts

    def _joins(self, placed: list[dict], found: list[dict]) -> list[tuple[set[str], str, list[dict]]]:
        """(stories, winner, outlets) for each story whose articles disagree on its id or its outlets."""
        versions = {story_key(d["site"], d["article_id"]): (self._stored_version(d),
                                                            set(d.get(stored.BANDS_FIELD) or ()))
                    for d in found}
        stories = _Stories()
        for document in placed:
            key = story_key(document["site"], document["article_id"])
            version, bands = versions.get(key) or (self._stored_version(document), set(document[stored.BANDS_FIELD]))
            stories.add(version)
            for other, other_bands in versions.values():
                if other.key != key and bands & other_bands and \
                        self.rules.same_story(version, self.rules.fingerprint_of(version), other,
                                              self.rules.fingerprint_of(other)):
                    stories.add(other)
                    stories.union(_story_of(version), _story_of(other))
        return stories.disagreements()


def _set(adapter, story: str, outlets: list[dict], bands: list[str]) -> None:
    adapter["story_id"] = story
    adapter["outlets"] = outlets
    adapter["story_bands"] = bands


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
