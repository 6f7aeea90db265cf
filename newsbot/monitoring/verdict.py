"""The health verdict: a run against the median of the last healthy runs of its spider, and against
absolute floors when there is no such run yet.

Pure: a run record and earlier records in, the causes out, one line each naming the field and the
numbers. No cause: the run is healthy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from newsbot.monitoring.runs import WATCHED_FIELDS


@dataclass(frozen=True)
class Thresholds:
    #: Earlier healthy runs the run is compared with.
    history_runs: int = 5
    #: A field filled on at least this share of articles in the usual run ...
    field_usual: float = 0.8
    #: ... has collapsed when this run fills it on less than this share.
    field_collapsed: float = 0.4
    #: With no earlier run: the least share of articles each field named here must fill.
    field_floors: dict[str, float] = field(default_factory=dict)
    #: Fill rates are read only from runs with at least this many articles.
    min_articles: int = 5
    #: The least share of article pages that must give an article.
    min_article_share: float = 0.5
    #: A run with fewer articles than this share of the usual count (same scope) is unhealthy.
    min_yield_ratio: float = 0.5

    @classmethod
    def from_settings(cls, settings) -> Thresholds:
        return cls(
            history_runs=settings.getint("NEWSBOT_HEALTH_HISTORY_RUNS"),
            field_usual=settings.getfloat("NEWSBOT_HEALTH_FIELD_USUAL"),
            field_collapsed=settings.getfloat("NEWSBOT_HEALTH_FIELD_COLLAPSED"),
            field_floors={k: float(v) for k, v in settings.getdict("NEWSBOT_HEALTH_FIELD_FLOORS").items()},
            min_articles=settings.getint("NEWSBOT_HEALTH_MIN_ARTICLES"),
            min_article_share=settings.getfloat("NEWSBOT_HEALTH_MIN_ARTICLE_SHARE"),
            min_yield_ratio=settings.getfloat("NEWSBOT_HEALTH_MIN_YIELD_RATIO"),
        )


def _last(runs: int) -> str:
    return "last run" if runs == 1 else f"last {runs} runs"


def _percent(share: float) -> str:
    return f"{share:.0%}"


def _counts(counts: dict) -> str:
    return ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n)


def usual_runs(history: list[dict], thresholds: Thresholds) -> list[dict]:
    """The earlier runs a run is compared with: the last healthy ones, newest first."""
    healthy = [run for run in history if (run.get("verdict") or {}).get("healthy", True)]
    return healthy[:thresholds.history_runs]


def causes(run: dict, history: list[dict], thresholds: Thresholds) -> list[str]:
    """Why the run is unhealthy, one line per cause; empty when it is healthy."""
    usual = usual_runs(history, thresholds)
    return [*_article_pages_causes(run, thresholds), *_field_causes(run, usual, thresholds),
            *_yield_causes(run, usual, thresholds)]


def _article_pages_causes(run: dict, thresholds: Thresholds) -> list[str]:
    pages = run["pages"]["article"]
    share = run["article_share"]
    if not pages or share is None:
        return []
    dropped = _counts(run["articles"]["dropped"])
    because = f" (dropped: {dropped})" if dropped else ""
    if share == 0:
        return [f"no article from {pages} article pages{because}"]
    if share < thresholds.min_article_share:
        gave = round(share * pages)
        return [f"{gave} of {pages} article pages gave an article ({_percent(share)}, under "
                f"NEWSBOT_HEALTH_MIN_ARTICLE_SHARE={_percent(thresholds.min_article_share)}){because}"]
    return []


def _field_causes(run: dict, usual: list[dict], thresholds: Thresholds) -> list[str]:
    articles = run["articles"]["scraped"]
    if articles < thresholds.min_articles:
        return []
    comparable = [r for r in usual if r["articles"]["scraped"] >= thresholds.min_articles]
    found = []
    for name in WATCHED_FIELDS:
        rate = run["fill"].get(name) or 0.0
        if comparable:
            before = median((r["fill"].get(name) or 0.0) for r in comparable)
            if before >= thresholds.field_usual and rate < thresholds.field_collapsed:
                found.append(f"{name} on {_percent(rate)} of {articles} articles "
                             f"({_last(len(comparable))}: {_percent(before)})")
        elif name in thresholds.field_floors and rate < thresholds.field_floors[name]:
            found.append(f"{name} on {_percent(rate)} of {articles} articles "
                         f"(NEWSBOT_HEALTH_FIELD_FLOORS: {_percent(thresholds.field_floors[name])} on a first run)")
    return found


#: The scope word of a crawl that shares its frontier (NEWSBOT_REDIS_URL) with other processes.
SHARED_FRONTIER = "frontier=shared"


def _yield_causes(run: dict, usual: list[dict], thresholds: Thresholds) -> list[str]:
    # A process on a shared frontier gets whatever share of the pages the other processes leave it,
    # so its own count says nothing of the crawl's health.
    if SHARED_FRONTIER in (run.get("scope") or "").split():
        return []
    same_scope = [r for r in usual if r.get("scope") == run.get("scope")]
    if not same_scope:
        return []
    before = median(r["articles"]["scraped"] for r in same_scope)
    articles = run["articles"]["scraped"]
    if before and articles < thresholds.min_yield_ratio * before:
        return [f"{articles} articles, under {_percent(thresholds.min_yield_ratio)} of the usual "
                f"{before:g} ({_last(len(same_scope))})"]
    return []


def healthy_line(run: dict, history: list[dict], thresholds: Thresholds) -> str:
    compared = len(usual_runs(history, thresholds))
    against = f"fields and yield as usual ({_last(compared)})" if compared else "first run, fields above the floors"
    return f"{run['articles']['scraped']} articles from {run['pages']['article']} article pages; {against}"
