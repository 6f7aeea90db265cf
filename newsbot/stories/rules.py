"""When two articles are one story, and which story an article joins."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from newsbot.extract.dates import parse_iso
from newsbot.stories.fingerprint import Fingerprint, jaccard


def story_key(site: str, article_id: str) -> str:
    """The id an article's story takes when the article is its first version: "site/article_id"."""
    return f"{site}/{article_id}"


def story_text(summary: str | None, body: str | None) -> str:
    """The lead and the body: papers rewrite the lead, so the body alone would miss those; both together
    also read alike when one site's extraction keeps the lead inside the body and another's does not."""
    return "\n".join(part for part in (summary, body) if part)


@dataclass
class Version:
    """One article as the clustering sees it: stored, of this run, or the one being placed."""

    key: str
    site: str
    url: str | None
    published: datetime | None
    text: str
    story_id: str | None = None
    outlets: list[dict] = field(default_factory=list)
    # The text's shingles, where kept (the recent versions keep these instead of the text).
    fingerprint: Fingerprint | None = None

    @classmethod
    def of(cls, record: Mapping) -> Version:
        """From an item's or a stored document's fields."""
        return cls(key=story_key(record["site"], record["article_id"]), site=record["site"], url=record.get("url"),
                   published=parse_iso(record.get("published_at") or ""),
                   text=story_text(record.get("summary"), record.get("body")),
                   story_id=record.get("story_id"), outlets=list(record.get("outlets") or []))

    @property
    def outlet(self) -> dict:
        return {"site": self.site, "url": self.url}


@dataclass(frozen=True)
class StoryRules:
    shingle_size: int
    min_similarity: float
    window: timedelta
    min_shingles: int

    def fingerprint_of(self, version: Version) -> Fingerprint:
        """The version's fingerprint, made from its text the first time it is asked for and kept on it."""
        if version.fingerprint is None:
            version.fingerprint = Fingerprint.of_text(version.text, self.shingle_size)
        return version.fingerprint

    def comparable(self, fingerprint: Fingerprint) -> bool:
        """Too short a text (a photo caption, a video's one line) says nothing about where it came from."""
        return len(fingerprint.hashes) >= self.min_shingles

    def same_story(self, first: Version, first_fingerprint: Fingerprint, second: Version,
                   second_fingerprint: Fingerprint | None = None) -> bool:
        """Published within the window of each other (an undated version is not ruled out by date) and
        texts alike by their shingles' Jaccard similarity."""
        return self.in_window(first, second) and \
            first_fingerprint.alike(second_fingerprint or self.fingerprint_of(second), self.min_similarity)

    def in_window(self, first: Version, second: Version) -> bool:
        return not (first.published and second.published and abs(first.published - second.published) > self.window)

    def copies(self, version: Version, fingerprint: Fingerprint, candidates: list[Version]) -> list[Version]:
        """The candidates of the version's story (`same_story` of each), in their order.

        Most candidates are told apart by the date or the bitmaps; the shingle set the others are
        intersected with is made once for them all.
        """
        passing_bounds = [(candidate, candidate_fingerprint) for candidate in candidates
                          if self.in_window(version, candidate)
                          and fingerprint.may_be_alike(candidate_fingerprint := self.fingerprint_of(candidate),
                                                       self.min_similarity)]
        if not passing_bounds:
            return []
        own_hashes = frozenset(fingerprint.hashes)
        return [candidate for candidate, candidate_fingerprint in passing_bounds
                if jaccard(own_hashes, candidate_fingerprint.hashes) >= self.min_similarity]


def merged_outlets(*lists: list[dict]) -> list[dict]:
    """Every outlet once, in the order first seen."""
    seen: dict[tuple, dict] = {}
    for outlets in lists:
        for outlet in outlets:
            seen.setdefault((outlet.get("site"), outlet.get("url")), {"site": outlet.get("site"),
                                                                      "url": outlet.get("url")})
    return list(seen.values())


def chosen_story(version: Version, stored_story: str | None, confirmed: list[Version]) -> str:
    """The story an article belongs to: the same in every process that sees the same versions.

    A stored article keeps its story; a new one joins the stories of the versions it copies, and when those
    are several (it bridges them) the lowest id wins, which is what every process picks; with no version
    to join it starts a story of its own id.
    """
    candidates = {v.story_id for v in confirmed if v.story_id}
    if stored_story:
        candidates.add(stored_story)
    return min(candidates) if candidates else version.key
