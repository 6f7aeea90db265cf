"""End to end: crawls of the JavaScript replica (harness/site_js) and the plain replica through
Debian's Chromium, under NEWSBOT_RENDER=auto, never and always.

What a browser started is read from the crawl's process tree (harness/services/processes.py)
and from its stats; what it fetched from the replica server's request log.
"""

import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from harness.services import chromium as chromium_service
from harness.services.processes import ProcessWatch
from harness.site.server import serve_replica
from tests.conftest import run_crawl
from tests.test_crawl_replica import EXPECTATION as PLAIN_REPLICA
from tests.test_crawl_replica import FIELDS, expected_item

pytestmark = [pytest.mark.crawl, pytest.mark.browser]

JS_REPLICA = Path(__file__).resolve().parent.parent / "harness" / "site_js"
EXPECTATION = json.loads((JS_REPLICA / "expected.json").read_text(encoding="utf-8"))
BROWSER_PROGRAMS = {"chromium", "node"}  # Chromium and the Playwright driver that starts it
# Two cores shared with other work: a browser crawl may take a while.
TIMEOUT = 300


@pytest.fixture(scope="session")
def chromium():
    return str(chromium_service.ensure())


def crawl_js_replica(tmp_path, **settings):
    """A crawl of the JavaScript replica from its front page; (result, request counts, process watch)."""
    with serve_replica(pages_dir=JS_REPLICA / "pages") as base, ProcessWatch(marker=str(tmp_path)) as watch:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings, timeout=TIMEOUT)
    assert result.returncode == 0, result.log[-3000:]
    return result, Counter(base.requests), watch


def by_path(items) -> dict[str, dict]:
    return {urlsplit(item["url"]).path: item for item in items}


def relative(links: list[dict]) -> list[dict]:
    return [{**link, "url": urlsplit(link["url"]).path} for link in links]


def render_stats(stats: dict, kind: str) -> dict:
    prefix = f"newsbot/render/{kind}/"
    return {name[len(prefix):]: count for name, count in stats.items() if name.startswith(prefix)}


def assert_fields(items: dict, expected: dict, fields) -> None:
    wrong = {}
    for path, record in expected.items():
        got = {**items[path], "related": relative(items[path]["related"])}
        wrong.update({f"{path} {f}": {"expected": record[f], "got": got[f]} for f in fields if got[f] != record[f]})
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)[:3000]


@pytest.fixture(scope="module")
def auto_crawl(chromium, tmp_path_factory):
    return crawl_js_replica(tmp_path_factory.mktemp("auto"), NEWSBOT_RENDER="auto", NEWSBOT_CHROMIUM=chromium)


@pytest.fixture(scope="module")
def never_crawl(tmp_path_factory):
    return crawl_js_replica(tmp_path_factory.mktemp("never"), NEWSBOT_RENDER="never")


def test_auto_reaches_the_articles_linked_only_from_script_filled_blocks(auto_crawl):
    result, _, _ = auto_crawl
    assert set(by_path(result.items)) == set(EXPECTATION["auto"])


def test_auto_extracts_what_the_scripts_fill_in(auto_crawl):
    result, _, _ = auto_crawl
    assert_fields(by_path(result.items), EXPECTATION["auto"],
                  ["title", "summary", "body", "author", "published_at", "related"])


def test_auto_renders_exactly_the_pages_that_need_it_once(auto_crawl):
    result, requests, watch = auto_crawl
    reasons = EXPECTATION["render_reasons"]
    assert render_stats(result.stats, "auto") == Counter(reasons.values())
    assert render_stats(result.stats, "incomplete") == {}
    assert result.stats["newsbot/render/pages"] == len(reasons)
    # A page that needs rendering is fetched plainly, then by the browser; the others only plainly.
    assert {path: requests[path] for path in reasons} == dict.fromkeys(reasons, 2)
    assert {path: requests[path] for path in EXPECTATION["plain_paths"]} == dict.fromkeys(EXPECTATION["plain_paths"], 1)
    assert BROWSER_PROGRAMS <= watch.programs


def test_rendered_pages_fetch_their_data_but_no_pictures_fonts_or_other_hosts(auto_crawl):
    result, requests, _ = auto_crawl
    assert all(requests[path] == 1 for path in EXPECTATION["json_paths"])
    assert not set(EXPECTATION["never_fetched"]) & set(requests)
    # They were asked for, and refused in the browser.
    for kind in ("image", "font"):
        assert result.stats[f"playwright/request_count/resource_type/{kind}"] > 0
    assert result.stats["playwright/request_count/aborted"] > 0


def test_never_starts_no_browser_and_says_which_pages_looked_incomplete(never_crawl):
    result, requests, watch = never_crawl
    assert watch.seen_root and not watch.programs & BROWSER_PROGRAMS
    assert not any(name.startswith("playwright/") for name in result.stats)
    assert render_stats(result.stats, "incomplete") == Counter(EXPECTATION["render_reasons"].values())
    assert render_stats(result.stats, "auto") == {}
    assert set(requests) & set(EXPECTATION["json_paths"]) == set()


def test_never_keeps_the_plain_html_as_it_is(never_crawl):
    result, _, _ = never_crawl
    items = by_path(result.items)
    assert set(items) == set(EXPECTATION["never"])
    assert_fields(items, EXPECTATION["never"], ["body", "related"])
    assert result.stats["newsbot/dropped/missing_body"] == 1


def test_a_crawl_of_plain_pages_under_auto_launches_no_browser(chromium, tmp_path):
    with serve_replica() as base, ProcessWatch(marker=str(tmp_path)) as watch:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, timeout=TIMEOUT,
                           settings={"NEWSBOT_RENDER": "auto", "NEWSBOT_CHROMIUM": chromium})
    assert result.returncode == 0, result.log[-3000:]
    assert len(result.items) == 22
    assert watch.seen_root and not watch.programs & BROWSER_PROGRAMS, watch.programs
    assert not [name for name in result.stats if name.startswith(("playwright/", "newsbot/render/"))]


def test_always_renders_every_page_in_recycled_contexts(chromium, tmp_path):
    result, requests, _ = crawl_js_replica(tmp_path, NEWSBOT_RENDER="always", NEWSBOT_CHROMIUM=chromium,
                                           NEWSBOT_RENDER_CONTEXT_PAGES="2", JOBDIR=tmp_path / "job")
    pages = 1 + len(EXPECTATION["auto"])  # the front page and every article
    assert result.stats["newsbot/render/pages"] == pages
    assert all(requests[path] == 1 for path in EXPECTATION["auto"])
    assert render_stats(result.stats, "auto") == {}
    assert_fields(by_path(result.items), EXPECTATION["auto"], ["body", "related"])
    assert result.stats["playwright/context_count"] == pages // 2
    assert result.stats["playwright/context_count/max_concurrent"] <= 2
    # Rendered requests can be kept on disk for a crawl that resumes.
    assert "scheduler/unserializable" not in result.stats and result.stats["scheduler/enqueued/disk"] > 0


def test_a_rendered_refetch_is_no_extra_hop_for_depth_limit(chromium, tmp_path):
    result, _, _ = crawl_js_replica(tmp_path, NEWSBOT_RENDER="auto", NEWSBOT_CHROMIUM=chromium, DEPTH_LIMIT="1",
                                    JOBDIR=tmp_path / "job")
    # Every article the front page links to, rendered where needed; not the articles one hop further.
    linked = {path for path in EXPECTATION["auto"] if path not in EXPECTATION["plain_paths"][1:]}
    assert set(by_path(result.items)) == linked
    assert_fields(by_path(result.items), {path: EXPECTATION["auto"][path] for path in linked}, ["body"])
    assert "scheduler/unserializable" not in result.stats and result.stats["scheduler/enqueued/disk"] > 0


@pytest.mark.parametrize(("mode", "failure"), [("auto", "no browser"), ("always", "no browser"),
                                             ("auto", "navigation timeout")])
def test_when_rendering_fails_the_plain_html_is_used(chromium, tmp_path, mode, failure):
    # An executable that is no browser passes the preflight and fails every launch;
    # 1 ms is too short for any navigation.
    settings = {"NEWSBOT_CHROMIUM": "/bin/false"} if failure == "no browser" else \
        {"NEWSBOT_CHROMIUM": chromium, "NEWSBOT_RENDER_TIMEOUT": "0.001"}
    result, _, _ = crawl_js_replica(tmp_path, NEWSBOT_RENDER=mode, **settings)
    stats = result.stats
    tried = len(EXPECTATION["render_reasons"]) if mode == "auto" else \
        stats["newsbot/crawl/article_pages"] + stats["newsbot/crawl/listing_pages"]
    assert stats["newsbot/render/failed"] == tried
    assert render_stats(stats, "incomplete") == Counter(EXPECTATION["render_reasons"].values())
    assert set(by_path(result.items)) == set(EXPECTATION["never"])
    failures = [line for line in result.log.splitlines() if "[newsbot.render.policy] WARNING: Rendering" in line]
    assert len(failures) == tried


def test_a_page_still_loading_at_the_settle_bound_is_taken_as_it_is(chromium, tmp_path):
    # Playwright calls the network idle after 0.5 s of quiet: a bound of 1 ms always cuts the wait.
    result, _, _ = crawl_js_replica(tmp_path, NEWSBOT_RENDER="auto", NEWSBOT_CHROMIUM=chromium,
                                    NEWSBOT_RENDER_SETTLE="0.001")
    assert result.stats["newsbot/render/settle_timeout"] == result.stats["newsbot/render/pages"] == \
        len(EXPECTATION["render_reasons"])
    assert set(by_path(result.items)) >= set(EXPECTATION["never"])


def test_always_on_the_plain_replica_gives_the_same_articles(chromium, tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, timeout=TIMEOUT,
                           settings={"NEWSBOT_RENDER": "always", "NEWSBOT_CHROMIUM": chromium})
    assert result.returncode == 0, result.log[-3000:]
    items = by_path(result.items)
    assert set(items) == set(PLAIN_REPLICA["reachable"])
    wrong = {f"{path} {field}": {"expected": expected_item(PLAIN_REPLICA, base, path)[field], "got": item[field]}
             for path, item in items.items() for field in ["url", *FIELDS]
             if item[field] != expected_item(PLAIN_REPLICA, base, path)[field]}
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)[:3000]
    # Every response but robots.txt came through the browser, the 404 and the 503 too.
    assert result.stats["newsbot/render/pages"] == result.stats["downloader/response_count"] - 1
    assert result.stats["retry/count"] == 1 and result.stats["newsbot/fetch_failed/http_404"] == 1


@pytest.mark.parametrize(("settings", "message"), [
    ({"NEWSBOT_RENDER": "always", "NEWSBOT_CHROMIUM": "/nonexistent/chromium"},
     "newsbot: NEWSBOT_CHROMIUM: no Chromium at '/nonexistent/chromium' "
     "(apt-get install chromium), or set NEWSBOT_RENDER=auto or never"),
    ({"NEWSBOT_RENDER": "sometimes"}, "newsbot: NEWSBOT_RENDER: 'sometimes' is not one of auto, always, never"),
])
def test_a_rendering_misconfiguration_is_one_line_and_exit_code_2(tmp_path, settings, message):
    result = run_crawl("-a", "start_urls=http://127.0.0.1:9/", tmp_path=tmp_path, settings=settings)
    assert result.returncode == 2
    assert result.log.strip().splitlines()[-1] == message
    assert "Traceback" not in result.log


def test_without_a_browser_never_still_crawls(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"NEWSBOT_RENDER": "never", "NEWSBOT_CHROMIUM": "/nonexistent/chromium"})
    assert result.returncode == 0 and len(result.items) == 22


def test_a_machine_without_chromium_still_crawls_under_auto(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"NEWSBOT_CHROMIUM": tmp_path / "no-chromium"})
    assert result.returncode == 0
    assert len(result.items) == len(PLAIN_REPLICA["reachable"])
    assert result.stats["newsbot/render/browser_missing"] == 1
    assert "no Chromium at" in result.log and "extracted from their plain HTML" in result.log
