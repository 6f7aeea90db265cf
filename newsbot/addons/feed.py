"""``NEWSBOT_FEED``: a JSON-lines feed that is added to FEEDS, never replaced by it.

Scrapyd with ``items_dir`` starts every job with ``-s FEEDS=...`` naming its own
file, which replaces any FEEDS the project or the job asked for. A feed named in
NEWSBOT_FEED is merged into whatever FEEDS holds when the crawl starts, so a job
writes both.
"""

from scrapy.exceptions import NotConfigured


class ExtraFeed:
    def __init__(self, uri: str):
        self.uri = uri

    @classmethod
    def from_crawler(cls, crawler):
        uri = (crawler.settings.get("NEWSBOT_FEED") or "").strip()
        if not uri:
            raise NotConfigured  # without a message: Scrapy would log a choice as a warning
        return cls(uri)

    def update_settings(self, settings):
        feeds = settings.getdict("FEEDS")
        feeds.setdefault(self.uri, {"format": "jsonlines"})
        # At the priority FEEDS already has, so that this wins over nothing and loses nothing.
        settings.set("FEEDS", feeds, priority=settings.getpriority("FEEDS") or "addon")
