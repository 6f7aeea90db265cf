"""Feed files that hold each article as soon as it is exported, even when the crawl is killed."""

from __future__ import annotations

from pathlib import Path

from scrapy.extensions.feedexport import FileFeedStorage


class UnbufferedFileFeedStorage(FileFeedStorage):
    """Scrapy's file storage without a write buffer: one write per article, in the file at once.

    A resumed crawl skips the articles its journal says were written; with a
    buffer, those of the last few kilobytes would be in neither run's output.
    """

    def open(self, spider):
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        return open(self.path, self.write_mode, buffering=0)
