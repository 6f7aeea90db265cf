"""Checks of the settings a crawl runs with, so a wrong value is one clear line, not a traceback."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from scrapy.settings import default_settings

from newsbot import settings as project_settings
from newsbot.items import ARTICLE_FIELDS


def _number(raw, *, whole: bool, minimum: float, maximum: float | None = None) -> bool:
    try:
        value = int(raw) if whole else float(raw)
    except (TypeError, ValueError):
        return False
    return value >= minimum and (maximum is None or value <= maximum)


def _whole(minimum: int) -> tuple[Callable, str]:
    return (lambda raw: _number(raw, whole=True, minimum=minimum),
            f"a whole number of {minimum} or more")


def _seconds(minimum: float) -> tuple[Callable, str]:
    return (lambda raw: _number(raw, whole=False, minimum=minimum), "a number of seconds" +
            (" above 0" if minimum > 0 else ""))


def _names(allowed: set[str] | None = None) -> tuple[Callable, str]:
    def check(raw) -> bool:
        values = raw.split(",") if isinstance(raw, str) else raw
        names = [v.strip() for v in values if isinstance(v, str)]
        return len(names) == len(values) and all(names) and (allowed is None or set(names) <= allowed)
    return check, "a comma-separated list" + (f" of {', '.join(sorted(allowed))}" if allowed else " of names")


def _share() -> tuple[Callable, str]:
    return (lambda raw: _number(raw, whole=False, minimum=0, maximum=1), "a share from 0 to 1")


def _field_shares(raw) -> bool:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return False
    return isinstance(raw, dict) and set(raw) <= set(ARTICLE_FIELDS) \
        and all(_number(v, whole=False, minimum=0, maximum=1) for v in raw.values())


SMALLEST = 0.001
CHECKS: dict[str, tuple[Callable, str]] = {
    "MONGO_BATCH_SIZE": _whole(1),
    "MONGO_BATCH_SECONDS": _seconds(SMALLEST),
    "MONGO_CONNECT_TIMEOUT": _seconds(SMALLEST),
    "MONGO_WRITE_TIMEOUT": _seconds(SMALLEST),
    "MONGO_WRITE_RETRIES": _whole(0),
    "MONGO_RETRY_BACKOFF": _seconds(0),
    "MONGO_OUTAGE_PROBE_SECONDS": _seconds(SMALLEST),
    "MONGO_DATABASE": (lambda raw: isinstance(raw, str) and raw and not set(raw) & set('/\\. "$'),
                       "a database name (no / \\ . space \" $)"),
    "MONGO_COLLECTION": (lambda raw: isinstance(raw, str) and raw and "$" not in raw and not raw.startswith("system."),
                         "a collection name"),
    "NEWSBOT_MAX_ERROR_RATIO": _share(),
    "NEWSBOT_HEALTH_HISTORY_RUNS": _whole(1),
    "NEWSBOT_HEALTH_FIELD_USUAL": _share(),
    "NEWSBOT_HEALTH_FIELD_COLLAPSED": _share(),
    "NEWSBOT_HEALTH_FIELD_FLOORS": (_field_shares, "a JSON object of article fields to shares from 0 to 1"),
    "NEWSBOT_HEALTH_MIN_ARTICLES": _whole(0),
    "NEWSBOT_HEALTH_MIN_ARTICLE_SHARE": _share(),
    "NEWSBOT_HEALTH_MIN_YIELD_RATIO": _share(),
    "NEWSBOT_NOTICE_MAX_CHARS": _whole(0),
    "NEWSBOT_NOTICE_MAX_PARAGRAPHS": _whole(1),
    "NEWSBOT_PROGRESS_SECONDS": _seconds(0),
    "NEWSBOT_ALERT_TIMEOUT": _seconds(SMALLEST),
    "NEWSBOT_REQUIRED_FIELDS": _names(set(ARTICLE_FIELDS)),
    "NEWSBOT_EXTRACT_PROCESSES": _whole(0),
    "NEWSBOT_STORIES_SHINGLE_SIZE": _whole(1),
    "NEWSBOT_STORIES_BANDS": _whole(1),
    "NEWSBOT_STORIES_ROWS": _whole(1),
    "NEWSBOT_STORIES_MIN_SIMILARITY": (lambda raw: _number(raw, whole=False, minimum=SMALLEST, maximum=1),
                                       "a share above 0, up to 1"),
    "NEWSBOT_STORIES_WINDOW_DAYS": (lambda raw: _number(raw, whole=False, minimum=0), "a number of days"),
    "NEWSBOT_STORIES_MIN_SHINGLES": _whole(1),
    "NEWSBOT_STORIES_MAX_CANDIDATES": _whole(1),
    "NEWSBOT_STORIES_RECENT": _whole(1),
    "CONCURRENT_REQUESTS": _whole(1),
    "CONCURRENT_REQUESTS_PER_DOMAIN": _whole(1),
    "CONCURRENT_ITEMS": _whole(1),
    "DOWNLOAD_DELAY": _seconds(0),
    "DOWNLOAD_TIMEOUT": _seconds(SMALLEST),
    "RETRY_TIMES": _whole(0),
    "DEPTH_LIMIT": _whole(0),
    "CLOSESPIDER_ITEMCOUNT": _whole(0),
    "CLOSESPIDER_PAGECOUNT": _whole(0),
    "CLOSESPIDER_TIMEOUT": _seconds(0),
    "NEWSBOT_RENDER_PAGES": _whole(1),
    "NEWSBOT_RENDER_CONTEXT_PAGES": _whole(1),
    "NEWSBOT_RENDER_TIMEOUT": _seconds(SMALLEST),
    "NEWSBOT_RENDER_SETTLE": _seconds(0),
    # Scrapy sets its logging up with this name before anything else reads the settings.
    "LOG_LEVEL": (lambda raw: isinstance(raw, int) or str(raw) in logging.getLevelNamesMapping(),
                  "a log level (" + ", ".join(("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")) + ")"),
}
#: Scrapy's getbool() takes only these (and bools); anything else is a traceback mid-crawl.
BOOLEAN_VALUES = ("true", "false", "True", "False", "1", "0", 1, 0)
BOOLEAN_SETTINGS = sorted({name for source in (default_settings, project_settings) for name in dir(source)
                           if name.isupper() and isinstance(getattr(source, name), bool)})


def setting_problem(settings) -> str | None:
    """The first setting whose value can't be used, as one line naming it; None when all are fine."""
    for name, (is_valid, expected) in CHECKS.items():
        raw = settings.get(name)
        if raw is not None and not is_valid(raw):
            return f"{name}={raw!r} is not {expected}"
    for name in BOOLEAN_SETTINGS:
        raw = settings.get(name)
        if not isinstance(raw, bool) and raw not in BOOLEAN_VALUES:
            return f"{name}={raw!r} is not a boolean: give true or false"
    headings = settings.getlist("NEWSBOT_BLOCK_HEADINGS")
    if any(not heading.strip() for heading in headings):
        return f"NEWSBOT_BLOCK_HEADINGS={headings!r} has an empty heading"
    return None
