"""``NEWSBOT_FEED``: a JSON-lines feed that is added to FEEDS, never replaced by it.

Scrapyd with ``items_dir`` starts every job with ``-s FEEDS=...`` naming its own
file, which replaces any FEEDS the project or the job asked for. A feed named in
NEWSBOT_FEED is merged into whatever FEEDS holds when the crawl starts, so a job
writes both.
"""

from newsbot.addons import switched_on_by


class ExtraFeed:
    def __init__(self, uri: str):
        self.uri = uri

    @classmethod
    def from_crawler(cls, crawler):
        return cls(switched_on_by(crawler.settings, "NEWSBOT_FEED"))

    def update_settings(self, settings):
        feeds = settings.getdict("FEEDS")
        feeds.setdefault(self.uri, {"format": "jsonlines"})
        # At the priority FEEDS already has, so that this wins over nothing and loses nothing.
        settings.set("FEEDS", feeds, priority=settings.getpriority("FEEDS") or "addon")
