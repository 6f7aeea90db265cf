"""Scrapy add-ons: one newsbot setting switches on a group of Scrapy settings before the crawl starts."""

from scrapy.exceptions import NotConfigured


def switched_on_by(settings, name: str) -> str:
    """The add-on's setting, stripped; an empty one makes the add-on step aside."""
    value = (settings.get(name) or "").strip()
    if not value:
        raise NotConfigured  # without a message: Scrapy would log a choice as a warning
    return value
