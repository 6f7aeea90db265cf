"""Local file feeds that a bad crawl never makes worse.

A feed (``-O``/``-o``/``NEWSBOT_FEED``) is written beside its target as ``.<name>.partial`` and
moved into place when the engine stops, only if the crawl neither failed nor ended unhealthy.
Otherwise the target is left as it was and what this crawl wrote is kept as ``<name>.failed``.
Appending (``-o``) follows the same rule for what the crawl adds: the target gains the new
lines all at once or not at all.

The partial file is written unbuffered, one write per article: a crawl killed outright leaves
each article it exported there, and a resumed crawl (the same ``JOBDIR``, appending) goes on
with that file, since its journal skips the articles already written.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from scrapy import signals
from scrapy.extensions.feedexport import FileFeedStorage

from newsbot.extensions.health import unhealthy

logger = logging.getLogger(__name__)


class GuardedFileFeedStorage(FileFeedStorage):
    def __init__(self, uri: str, *, feed_options: dict | None = None, crawler=None):
        super().__init__(uri, feed_options=feed_options)
        self.target = Path(self.path)
        self.partial = self.target.with_name(f".{self.target.name}.partial")
        self.failed = self.target.with_name(f"{self.target.name}.failed")
        self.crawler = crawler
        self.resuming = bool(crawler and crawler.settings.get("JOBDIR"))
        self.written = False

    @classmethod
    def from_crawler(cls, crawler, uri: str, *, feed_options: dict | None = None):
        storage = cls(uri, feed_options=feed_options, crawler=crawler)
        crawler.signals.connect(storage.settle, signal=signals.engine_stopped)
        return storage

    def open(self, spider):
        self.target.parent.mkdir(parents=True, exist_ok=True)
        # A killed crawl's articles, which its resumed crawl does not write again.
        carry_on = self.resuming and self.write_mode == "ab"
        return open(self.partial, "ab" if carry_on else "wb", buffering=0)

    def store(self, file):
        file.close()
        self.written = True

    def settle(self):
        """Move the crawl's output into place, or keep it aside, once the verdict is final."""
        if not self.written:
            return
        if unhealthy(self.crawler.stats):
            self.partial.replace(self.failed)
            logger.warning("Feed %s left as it was: this crawl was not healthy; what it wrote is in %s",
                           self.target, self.failed)
            return
        if self.write_mode == "ab" and self.target.exists():
            self._append()
        else:
            self.partial.replace(self.target)
        self.failed.unlink(missing_ok=True)

    def _append(self):
        # The old lines and the new ones in one file, moved into place at once.
        combined = self.target.with_name(f".{self.target.name}.combined")
        with combined.open("wb") as out:
            for part in (self.target, self.partial):
                with part.open("rb") as source:
                    shutil.copyfileobj(source, out)
        combined.replace(self.target)
        self.partial.unlink()
