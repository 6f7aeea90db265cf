"""The articles of this run, by band: what the store has not written yet is found here."""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from dataclasses import replace

from newsbot.stories.fingerprint import Fingerprint
from newsbot.stories.rules import Version, merged_outlets


class RecentVersions:
    """The last `capacity` articles placed by this process, found by their band keys.

    Each is kept with its shingles' fingerprint, not its text: a candidate met again (the same article
    comes up as a candidate of many others) is compared without being shingled again, and the stored
    version of one (found in MongoDB) too, when its text is the one placed here.
    """

    def __init__(self, capacity: int):
        self.capacity = capacity
        # key -> (the version, its band keys, the hash of its text)
        self.versions: OrderedDict[str, tuple[Version, list[str], int]] = OrderedDict()
        self.by_band: defaultdict[str, set[str]] = defaultdict(set)
        # A story merged into another one: its id -> the id it became.
        self.renamed: dict[str, str] = {}
        self.outlets: dict[str, list[dict]] = {}

    def add(self, version: Version, bands: list[str], fingerprint: Fingerprint) -> None:
        self.discard(version.key)
        self.versions[version.key] = (replace(version, text="", fingerprint=fingerprint), bands,
                                      hash(version.text))
        for band in bands:
            self.by_band[band].add(version.key)
        while len(self.versions) > self.capacity:
            self.discard(next(iter(self.versions)))

    def discard(self, key: str) -> None:
        version_bands = self.versions.pop(key, None)
        if version_bands is None:
            return
        for band in version_bands[1]:
            keys = self.by_band[band]
            keys.discard(key)
            if not keys:
                del self.by_band[band]

    def fingerprint(self, version: Version) -> Fingerprint | None:
        """The kept fingerprint of the version's shingles, if this very text was placed here."""
        entry = self.versions.get(version.key)
        if entry is None or entry[2] != hash(version.text):
            return None
        return entry[0].fingerprint

    def sharing_a_band(self, bands: list[str], exclude: str) -> list[Version]:
        keys = set().union(*(self.by_band.get(band, ()) for band in bands)) - {exclude}
        found = [self.versions[key][0] for key in sorted(keys)]
        for version in found:
            version.story_id = self.current(version.story_id)
        return found

    def rename(self, old: str, new: str) -> None:
        if old != new:
            self.renamed[old] = new
            self.outlets[new] = merged_outlets(self.outlets.get(new, []), self.outlets.pop(old, []))

    def add_outlets(self, story_id: str, outlets: list[dict]) -> list[dict]:
        """The story's outlets known to this process, these included."""
        self.outlets[story_id] = merged_outlets(self.outlets.get(story_id, []), outlets)
        return self.outlets[story_id]

    def current(self, story_id: str | None) -> str | None:
        while story_id in self.renamed:
            story_id = self.renamed[story_id]
        return story_id
