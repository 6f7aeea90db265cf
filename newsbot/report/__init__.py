"""The run report: one self-contained HTML file from the run history and the stored articles.

Charts are plain inline SVG written here: the file opens offline with nothing fetched, needs no
chart library in the project, and each bar carries its number (``data-value``) for a reader
and a test to check.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from newsbot.monitoring.runs import WATCHED_FIELDS, RunHistory
from newsbot.storage import mongo

ARTICLE_FIELDS_READ = ("published_at", "category", "crawled_at")
RUNS_SHOWN = 10
BAR_HEIGHT = 22
CHART_WIDTH = 640
LABEL_WIDTH = 190


def articles_from_feed(path: Path) -> list[dict]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            articles.append({k: record.get(k) for k in ARTICLE_FIELDS_READ})
    return articles


def articles_from_mongo(uri: str, database: str, collection: str, timeout: float) -> list[dict]:
    with mongo.connect(uri, timeout) as client:
        projection = {**{k: True for k in ARTICLE_FIELDS_READ}, "_id": False}
        return list(client[database][collection].find({}, projection))


def _esc(value) -> str:
    return html.escape(str(value), quote=True)


def _day(value) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


def bar_chart(chart_id: str, title: str, counts: Sequence[tuple[str, float]], *, unit: str = "") -> str:
    """Horizontal bars, one per (label, value), each with its value written beside it."""
    if not counts:
        return f'<section><h2>{_esc(title)}</h2><p class="none" id="{chart_id}">none</p></section>'
    top = max(value for _, value in counts) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 70
    rows = []
    for i, (label, value) in enumerate(counts):
        y = i * BAR_HEIGHT
        width = max(1.0, room * value / top) if value else 0
        shown = f"{value:.0%}" if unit == "%" else f"{value:g}"
        rows.append(
            f'<g class="bar" data-label="{_esc(label)}" data-value="{value:g}">'
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{_esc(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width:.1f}" height="{BAR_HEIGHT - 6}"/>'
            f'<text class="value" x="{LABEL_WIDTH + width + 5:.1f}" y="{y + 15}">{shown}</text></g>')
    height = len(counts) * BAR_HEIGHT + 4
    return (f'<section><h2>{_esc(title)}</h2><svg id="{chart_id}" class="chart" width="{CHART_WIDTH}" '
            f'height="{height}" viewBox="0 0 {CHART_WIDTH} {height}" role="img" aria-label="{_esc(title)}">'
            + "".join(rows) + "</svg></section>")


def fill_heatmap(runs: list[dict]) -> str:
    """Fill rate of every watched field (rows) in each of the last runs (columns, oldest first)."""
    title = "Fill rate per field, last runs"
    if not runs:
        return bar_chart("fill", title, [])
    cell_w, cell_h, left, top = 76, 20, 110, 34
    cells = []
    for col, run in enumerate(runs):
        x = left + col * cell_w
        stamp = (run.get("finished_at") or "")[5:16].replace("T", " ")
        cells.append(f'<text class="head" x="{x + cell_w / 2}" y="{top - 8}" text-anchor="middle">{_esc(stamp)}</text>')
        for row, name in enumerate(WATCHED_FIELDS):
            rate = (run.get("fill") or {}).get(name)
            y = top + row * cell_h
            shade = "#ddd" if rate is None else f"hsl({round(120 * rate)}, 60%, 72%)"
            shown = "–" if rate is None else f"{rate:.0%}"
            cells.append(f'<g class="cell" data-run="{_esc(run.get("crawl_id"))}" data-field="{name}" '
                         f'data-value="{"" if rate is None else rate}"><rect x="{x}" y="{y}" width="{cell_w - 2}" '
                         f'height="{cell_h - 2}" fill="{shade}"/><text x="{x + cell_w / 2}" y="{y + 14}" '
                         f'text-anchor="middle">{shown}</text></g>')
    labels = [f'<text x="{left - 6}" y="{top + row * cell_h + 14}" text-anchor="end">{name}</text>'
              for row, name in enumerate(WATCHED_FIELDS)]
    width, height = left + len(runs) * cell_w + 4, top + len(WATCHED_FIELDS) * cell_h + 4
    return (f'<section><h2>{title}</h2><svg id="fill" class="chart" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{title}">' + "".join(labels + cells)
            + "</svg></section>")


def verdict_table(runs: list[dict]) -> str:
    rows = []
    for run in reversed(runs):
        verdict = run.get("verdict") or {}
        healthy = verdict.get("healthy")
        causes = verdict.get("causes") or ([verdict["failure"]] if verdict.get("failure") else [])
        rows.append(
            f'<tr class="{"healthy" if healthy else "unhealthy"}"><td>{_esc(run.get("finished_at"))}</td>'
            f'<td>{_esc(run.get("finish_reason"))}</td><td>{run["pages"]["fetched"]}</td>'
            f'<td>{run["articles"]["scraped"]}</td><td>{"healthy" if healthy else "unhealthy"}</td>'
            f'<td>{"<br>".join(_esc(c) for c in causes)}</td></tr>')
    return ('<section><h2>Verdicts</h2><table id="verdicts"><tr><th>finished</th><th>reason</th><th>pages</th>'
            '<th>articles</th><th>verdict</th><th>causes</th></tr>' + "".join(rows) + "</table></section>")


STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; max-width: 1000px }
h1 { font-size: 22px } h2 { font-size: 16px; margin: 24px 0 8px }
svg.chart text { font-size: 12px; fill: #333 } svg.chart .bar rect { fill: #3b7dd8 }
svg.chart text.head { font-size: 11px } table { border-collapse: collapse }
td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top }
tr.unhealthy td { background: #fde2e2 } tr.healthy td { background: #e5f6e5 } .none { color: #888 }
"""


def render(runs: list[dict], articles: list[dict], *, spider: str | None = None) -> str:
    """The report: ``runs`` newest first (the run history's order), ``articles`` as stored."""
    shown = list(reversed(runs[:RUNS_SHOWN]))
    latest = runs[0] if runs else None
    days = Counter(filter(None, (_day(a.get("published_at")) for a in articles)))
    sections = Counter(a.get("category") or "(none)" for a in articles)
    headline = "no run recorded yet"
    if latest:
        verdict = latest.get("verdict") or {}
        headline = (f'last run {_esc(latest.get("finished_at"))}: {latest["articles"]["scraped"]} articles, '
                    f'<b id="latest-verdict">{"healthy" if verdict.get("healthy") else "unhealthy"}</b>')
    parts = [
        bar_chart("articles-per-run", "Articles per run", [
            ((r.get("finished_at") or "?")[:19].replace("T", " "), r["articles"]["scraped"]) for r in shown]),
        bar_chart("articles-per-day", "Stored articles per day published", sorted(days.items())[-31:]),
        bar_chart("articles-per-section", "Stored articles per section", sections.most_common(15)),
        fill_heatmap(shown),
        bar_chart("failures", "Failures by kind, last run", sorted((latest or {}).get("failures", {}).items())),
        bar_chart("duplicates", "Duplicates by kind, last run",
                  sorted(((latest or {}).get("articles") or {}).get("duplicates", {}).items())),
        bar_chart("dropped", "Dropped by reason, last run",
                  sorted(((latest or {}).get("articles") or {}).get("dropped", {}).items())),
        verdict_table(shown),
    ]
    title = f"newsbot run report{': ' + _esc(spider) if spider else ''}"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{STYLE}</style></head><body><h1>{title}</h1><p>{headline}; {len(articles)} stored "
            f"articles, {len(runs)} runs recorded.</p>" + "".join(parts) + "</body></html>")


def write(path: Path, runs: list[dict], articles: list[dict], *, spider: str | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(render(runs, articles, spider=spider), encoding="utf-8")
    temporary.replace(path)


def local_feed(settings) -> Path | None:
    """The first local file feed the crawl writes, where its stored articles are when MONGO_URI is not set."""
    for uri in settings.getdict("FEEDS"):
        uri = str(uri)
        if "%(" in uri:
            continue
        if uri.startswith("file://"):
            return Path(uri.removeprefix("file://"))
        if "://" not in uri:
            return Path(uri)
    return None


def gather(settings, *, spider: str | None = None, feed: Path | None = None) -> tuple[list[dict], list[dict]]:
    """The runs (of ``spider``, when named) and the stored articles: from ``feed`` when given, else from MongoDB
    when MONGO_URI is set, else from the crawl's local feed."""
    runs = RunHistory.from_settings(settings).runs(spider)
    uri = (settings.get("MONGO_URI") or "").strip()
    if feed is None and uri:
        return runs, articles_from_mongo(uri, settings.get("MONGO_DATABASE"), settings.get("MONGO_COLLECTION"),
                                         settings.getfloat("MONGO_CONNECT_TIMEOUT"))
    feed = feed or local_feed(settings)
    return runs, articles_from_feed(feed) if feed and feed.is_file() else []
