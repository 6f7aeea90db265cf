"""Item pipelines, one step a module, each counting what it changes or drops."""

from scrapy.exceptions import NotConfigured


class Step:
    """A pipeline step switched by ``NEWSBOT_<NAME>_ENABLED`` and counting under ``newsbot/<name>/``."""

    name: str

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool(f"NEWSBOT_{cls.name.upper()}_ENABLED", True):
            raise NotConfigured  # without a message: Scrapy would log a choice as a warning
        return cls(crawler)

    def count(self, event: str, amount: int = 1) -> None:
        self.stats.inc_value(f"newsbot/{self.name}/{event}", amount)
