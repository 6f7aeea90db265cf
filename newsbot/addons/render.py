"""Installs scrapy-playwright only when pages may be rendered (``NEWSBOT_RENDER`` auto or always)."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured

from newsbot.render.config import HANDLER, NEVER, playwright_settings, render_mode


class RenderAddon:
    @classmethod
    def from_crawler(cls, crawler):
        if render_mode(crawler.settings) == NEVER:
            raise NotConfigured  # without a message: Scrapy would log a choice as a warning
        return cls()

    def update_settings(self, settings) -> None:
        handlers = settings["DOWNLOAD_HANDLERS"]
        for scheme in ("http", "https"):
            handlers.set(scheme, HANDLER, "addon")
        for name, value in playwright_settings(settings).items():
            settings.set(name, value, "addon")
