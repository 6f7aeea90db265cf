"""The end-of-crawl summary: what happened, in one short block an operator reads instead of the log.

It also decides whether the crawl failed (nothing fetched, or too many failed
requests), which ``scrapy crawl`` turns into exit code 1 and one line.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from scrapy import signals

logger = logging.getLogger(__name__)
FAILURE = "newsbot/failure"


def _by_prefix(stats: dict, prefix: str) -> dict[str, int]:
    return {k.removeprefix(prefix): v for k, v in sorted(stats.items()) if k.startswith(prefix)}


def summarize(stats: dict) -> dict:
    store = _by_prefix(stats, "newsbot/store/")
    return {
        "pages_fetched": stats.get("response_received_count", 0),
        "articles": stats.get("item_scraped_count", 0),
        "stored": {k: store.get(k, 0) for k in ("inserted", "updated", "unchanged")},
        "duplicates": _by_prefix(stats, "newsbot/dedupe/"),
        "dropped": _by_prefix(stats, "newsbot/dropped/"),
        "spool": spool_counts(store),
        "errors": _by_prefix(stats, "newsbot/fetch_failed/"),
        "duration_seconds": round(stats.get("elapsed_time_seconds", 0), 1),
        "finish_reason": stats.get("finish_reason"),
    }


def spool_counts(store: dict) -> dict[str, int]:
    """Writes that went through the spool, each once: this crawl's, written back or still waiting,
    and those earlier crawls left there."""
    return {"written_back": store.get("written_back", 0), "waiting": store.get("spool_waiting", 0),
            "from_earlier_crawls": store.get("replayed", 0)}


def spool_failure(stats: dict) -> str | None:
    """Writes still in the spool at the end: the crawl did not store all it found."""
    waiting = stats.get("newsbot/store/spool_waiting")
    if not waiting:
        return None
    return (f"{waiting} writes did not reach MongoDB and wait in the spool; "
            f"once it answers, write them with: {stats.get('newsbot/store/replay_command')}")


def failure(summary: dict, requests: int, max_error_ratio: float) -> str | None:
    """Why the crawl counts as failed, in one line; None when it did its job."""
    # Requests a rule dropped on purpose (robots.txt) are not failures of the site.
    failed = sum(n for kind, n in summary["errors"].items() if kind != "ignored")
    if not summary["pages_fetched"]:
        kinds = ", ".join(f"{kind} {n}" for kind, n in summary["errors"].items()) or "no response"
        return f"no page could be fetched ({kinds}): the site was unreachable"
    if requests and failed / requests > max_error_ratio:
        return (f"{failed} of {requests} requests failed ({failed / requests:.0%}), "
                f"over NEWSBOT_MAX_ERROR_RATIO={max_error_ratio:g}")
    return None


def _line(title: str, counts: dict) -> str:
    listed = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    return f"  {title:<11}{sum(counts.values())}" + (f" ({listed})" if listed else "")


def render(summary: dict) -> str:
    return "\n".join([
        f"newsbot summary ({summary['finish_reason']}, {summary['duration_seconds']} s):",
        f"  {'pages':<11}{summary['pages_fetched']} fetched, {summary['articles']} articles",
        _line("stored", summary["stored"]),
        _line("duplicates", summary["duplicates"]),
        _line("dropped", summary["dropped"]),
        _line("spool", summary["spool"]),
        _line("errors", summary["errors"]),
    ])


class CrawlSummary:
    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.max_error_ratio = settings.getfloat("NEWSBOT_MAX_ERROR_RATIO")
        self.path = Path(settings.get("NEWSBOT_SUMMARY_FILE")) if settings.get("NEWSBOT_SUMMARY_FILE") else None

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        summary = summarize(stats.get_stats())
        problem = failure(summary, stats.get_value("scheduler/dequeued", 0), self.max_error_ratio) \
            or spool_failure(stats.get_stats())
        summary["failure"] = problem
        if problem:
            stats.set_value(FAILURE, problem)
        logger.info(render(summary) + (f"\n  FAILED: {problem}" if problem else ""))
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(summary, indent=1), encoding="utf-8")
