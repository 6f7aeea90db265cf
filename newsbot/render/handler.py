"""scrapy-playwright's download handler, with its costs bounded.

- Nothing starts with the crawl: the Playwright driver and Chromium start with the
  first page to render, so a crawl that renders nothing never launches them.
- Images, fonts, media and requests to hosts outside the crawl are aborted.
- A browser context serves ``NEWSBOT_RENDER_CONTEXT_PAGES`` pages, then is closed and
  replaced once its pages are done (long-lived contexts grow and stall).
- After its load event a page waits until the network is quiet (scripts filling
  lists and text from JSON are done), at most ``NEWSBOT_RENDER_SETTLE`` seconds.

Responses that did not go through the browser are Scrapy's own HTTP downloads.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from playwright.async_api import TimeoutError as PlaywrightTimeoutError
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from newsbot.extract.urls import host_allowed
from newsbot.render.config import check_browser

ABORTED_RESOURCE_TYPES = frozenset({"image", "media", "font"})


def should_abort(resource_type: str, url: str, allowed_domains) -> bool:
    """A browser request a rendered page does without: pictures, fonts, media, and
    hosts outside ``allowed_domains`` (all hosts are allowed when it is empty)."""
    if resource_type in ABORTED_RESOURCE_TYPES:
        return True
    host = urlsplit(url).hostname
    # data: and blob: URLs have no host and cost nothing.
    return bool(allowed_domains) and host is not None and not host_allowed(host, allowed_domains)


class LazyPlaywrightDownloadHandler(ScrapyPlaywrightDownloadHandler):
    # scrapy-playwright's handler (untyped) sets it from PLAYWRIGHT_ABORT_REQUEST.
    abort_request: Callable[..., Awaitable[bool] | bool] | None
    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.context_pages = settings.getint("NEWSBOT_RENDER_CONTEXT_PAGES")
        self.settle_ms = settings.getfloat("NEWSBOT_RENDER_SETTLE") * 1000
        if self.abort_request is None:
            self.abort_request = self._should_abort
        self._start_lock = asyncio.Lock()
        self._started = False
        self._generation = 0
        self._served = 0
        # Pages given to each context and not finished yet: a retired context closes at 0.
        self._open_pages: Counter[str] = Counter()

    async def _maybe_launch_in_thread(self) -> None:
        """Called when the engine starts: nothing starts before the first page to render."""

    async def _download_request(self, request, spider=None):
        async with self._start_lock:
            if not self._started:
                check_browser(self._crawler.settings)
                await self._launch()
                self._started = True
        context = request.meta["playwright_context"] = self._next_context()
        self._open_pages[context] += 1
        try:
            response = await super()._download_request(request, spider)
        finally:
            self._open_pages[context] -= 1
            await self._close_retired_contexts()
        self.stats.inc_value("newsbot/render/pages")
        return response

    async def _apply_page_methods(self, page, request, spider) -> None:
        try:
            await page.wait_for_load_state("networkidle", timeout=self.settle_ms)
        except PlaywrightTimeoutError:
            # A page that keeps polling is taken as it is at the bound.
            self.stats.inc_value("newsbot/render/settle_timeout")
        await super()._apply_page_methods(page, request, spider)

    def _should_abort(self, playwright_request) -> bool:
        domains = getattr(self._crawler.spider, "allowed_domains", None)
        return should_abort(playwright_request.resource_type, playwright_request.url, domains)

    def _next_context(self) -> str:
        if self._served == self.context_pages:
            self._generation += 1
            self._served = 0
            self.stats.inc_value("newsbot/render/contexts_recycled")
        self._served += 1
        return f"newsbot-{self._generation}"

    async def _close_retired_contexts(self) -> None:
        current = f"newsbot-{self._generation}"
        for name in [n for n, count in self._open_pages.items() if n != current and count == 0]:
            del self._open_pages[name]
            wrapper = self.context_wrappers.get(name)
            if wrapper is not None:
                await wrapper.context.close()
