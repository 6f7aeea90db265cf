"""Which requests of a crawl go through the browser (``NEWSBOT_RENDER``).

- ``never``: none; an article whose HTML looks incomplete is extracted as it is and
  counted in ``newsbot/render/incomplete/<reason>``.
- ``always``: every page; a rendered article that still looks incomplete is counted
  in ``newsbot/render/incomplete/<reason>`` too.
- ``auto``: pages are fetched plainly; an article whose page object gives a
  ``render_reason`` is fetched once more through the browser (counted in
  ``newsbot/render/auto/<reason>``) and extracted from that.

A render that fails is counted in ``newsbot/render/failed`` and the page is fetched
plainly once more (an HTTP error status of a page not yet fetched plainly is left to
Scrapy, as for any page).
"""

from __future__ import annotations

import logging

from scrapy import Request, signals
from scrapy.spidermiddlewares.httperror import HttpError

from newsbot.render.config import ALWAYS, AUTO, configured_mode, missing_browser, render_mode

logger = logging.getLogger(__name__)

RENDERED = {"playwright": True}
# Marks a page fetched again through the browser after its plain fetch.
RERENDER = "newsbot_rerender"
# Marks the plain re-fetch of a page whose render failed: it is not rendered again.
RENDER_FAILED = "newsbot_render_failed"


class RenderPolicy:
    """``errback`` is the spider's errback, which calls ``render_failed`` for rendered
    requests: requests with spider methods as callbacks can be stored on disk (``JOBDIR``)."""

    def __init__(self, mode: str, crawler, errback):
        self.mode = mode
        self.crawler = crawler
        self.errback = errback

    @classmethod
    def from_crawler(cls, crawler, errback):
        settings = crawler.settings
        mode = render_mode(settings)
        policy = cls(mode, crawler, errback)
        if mode != configured_mode(settings):
            logger.warning("%s: pages that need JavaScript are extracted from their plain HTML",
                           missing_browser(settings))
            crawler.signals.connect(policy._count_missing_browser, signal=signals.spider_opened)
        return policy

    def _count_missing_browser(self, spider):
        self.crawler.stats.set_value("newsbot/render/browser_missing", 1)

    def request_options(self) -> dict:
        """Keyword arguments of the Request of a new page of the crawl."""
        return {"meta": dict(RENDERED)} if self.mode == ALWAYS else {}

    def rerender(self, response, page) -> bool:
        """Schedule the article ``page`` (its PageReading) of ``response``
        again through the browser when it looks incomplete and has not been rendered;
        True when it was."""
        rendered = "playwright" in response.flags
        reason = page.incomplete_reason if rendered else page.render_reason
        if reason is None:
            return False
        stats = self.crawler.stats
        if self.mode != AUTO or rendered or response.meta.get(RENDER_FAILED):
            stats.inc_value(f"newsbot/render/incomplete/{reason}")
            return False
        stats.inc_value(f"newsbot/render/auto/{reason}")
        self._schedule(response.request, {**RENDERED, RERENDER: True})
        return True

    def render_failed(self, failure):
        request = failure.request
        if failure.check(HttpError) and not request.meta.get(RERENDER):
            return failure
        self.crawler.stats.inc_value("newsbot/render/failed")
        # Browser errors carry the whole launch command and call log on further lines.
        reason = (failure.getErrorMessage().splitlines() or ["unknown error"])[0]
        logger.warning("Rendering %s failed (%s): using its plain HTML", request.url, reason)
        self._schedule(request, {RENDER_FAILED: True})
        return None

    def _schedule(self, request: Request, meta: dict) -> None:
        # Straight to the scheduler, not through the spider middlewares: a second fetch
        # of the same page is not a link hop and keeps its depth (DEPTH_LIMIT).
        self.crawler.engine.crawl(Request(
            request.url, callback=request.callback, errback=self.errback, dont_filter=True,
            priority=request.priority, meta={**meta, "depth": request.meta.get("depth", 0)},
        ))
