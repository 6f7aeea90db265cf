"""The run report: one HTML file that opens offline in Chromium, with charts drawn from the run history
and the stored articles, whose numbers are the crawl's stats. A screenshot is left in the test's
folder (tmp_path) for a person to look at."""

import re
import subprocess
import sys
from collections import Counter

import pytest

from harness.services import chromium as chromium_service
from harness.site.server import serve_replica
from newsbot.monitoring.runs import WATCHED_FIELDS
from tests.conftest import ROOT, run_crawl

PLAIN = {"NEWSBOT_RENDER": "never"}


@pytest.fixture(scope="module")
def chromium():
    return str(chromium_service.ensure())


@pytest.fixture
def two_runs(tmp_path):
    report = tmp_path / "report.html"
    with serve_replica() as base:
        runs = [run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                          settings={**PLAIN, "NEWSBOT_REPORT": str(report)}) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0]
    return report, runs


def bars(page, chart: str) -> dict[str, float]:
    drawn = page.eval_on_selector_all(
        f"#{chart} .bar", "els => els.map(e => [e.dataset.label, Number(e.dataset.value),"
                          " e.querySelector('rect').getBBox().width])")
    assert all(width > 0 for _, value, width in drawn if value), f"{chart}: a bar with a value is drawn"
    return {label: value for label, value, _ in drawn}


@pytest.mark.crawl
@pytest.mark.browser
def test_the_report_opens_offline_and_its_charts_are_the_runs_stats(two_runs, chromium, tmp_path):
    from playwright.sync_api import sync_playwright

    report, runs = two_runs
    last = runs[-1]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        fetched = []
        page.on("request", lambda request: fetched.append(request.url))
        page.goto(report.as_uri())
        assert fetched == [report.as_uri()], "the report fetches nothing"
        for chart in ("articles-per-run", "articles-per-day", "articles-per-section", "fill", "failures"):
            assert page.locator(f"svg#{chart}").is_visible(), chart
        assert list(bars(page, "articles-per-run").values()) == [r.stats["item_scraped_count"] for r in runs]
        assert bars(page, "failures") == {"http_404": last.stats["newsbot/fetch_failed/http_404"]}
        sections = Counter(item["category"] or "(none)" for item in last.items)
        assert bars(page, "articles-per-section") == dict(sections.most_common(15))
        days = Counter(item["published_at"][:10] for item in last.items)
        assert sum(bars(page, "articles-per-day").values()) == sum(days.values()) == len(last.items)
        cells = page.eval_on_selector_all(
            "#fill .cell", "els => els.map(e => [e.dataset.field, Number(e.dataset.value)])")
        last_column = dict(cells[len(WATCHED_FIELDS):])  # a column per run, oldest first
        scraped = last.stats["item_scraped_count"]
        for field in ("title", "author", "published_at", "category", "images", "modified_at"):
            assert last_column[field] == round(last.stats.get(f"newsbot/fields/{field}", 0) / scraped, 4)
        assert page.locator("#latest-verdict").inner_text() == "healthy"
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
    print(f"report screenshot: {tmp_path / 'report.png'}")


@pytest.mark.crawl
def test_python_m_newsbot_report_writes_the_same_report_from_a_feed(two_runs, tmp_path):
    report, runs = two_runs
    out = tmp_path / "again.html"
    feed = sorted(tmp_path.glob("items-*.jsonl"))[-1]  # the second crawl's
    command = subprocess.run([sys.executable, "-m", "newsbot", "report", "--out", str(out), "--feed", str(feed),
                              "-s", f"NEWSBOT_STATE_DIR={tmp_path / 'state'}"],
                             cwd=tmp_path, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                             capture_output=True, text=True, timeout=60)
    assert command.returncode == 0, command.stderr
    assert command.stdout.strip() == f"newsbot: report of 2 runs and {len(runs[-1].items)} articles written to {out}"
    values = re.findall(r'<g class="bar" data-label="[^"]*" data-value="([^"]*)"', out.read_text(encoding="utf-8"))
    assert values == re.findall(r'<g class="bar" data-label="[^"]*" data-value="([^"]*)"',
                                report.read_text(encoding="utf-8"))


def test_report_of_a_missing_feed_is_one_line_and_exit_2(tmp_path):
    command = subprocess.run([sys.executable, "-m", "newsbot", "report", "--feed", str(tmp_path / "none.jsonl"),
                              "-s", f"NEWSBOT_STATE_DIR={tmp_path}"],
                             cwd=ROOT, capture_output=True, text=True, timeout=60,
                             env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert command.returncode == 2
    assert command.stderr.strip() == f"newsbot: report: no feed file {tmp_path / 'none.jsonl'}"
