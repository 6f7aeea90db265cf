"""The health verdict as a daily operator meets it: a crawl of the replica stays healthy run after run;
a site that lost its dates, hides behind a challenge wall or can no longer be read exits with status 3,
names the cause and leaves yesterday's feed as it was."""

import json
import re

import pytest

from harness.site.server import EXPECTED, serve_replica
from harness.site.variants import variant
from tests.conftest import run_crawl

pytestmark = pytest.mark.crawl

REACHABLE = len(json.loads(EXPECTED.read_text(encoding="utf-8"))["reachable"])
# The broken pages are plain HTML: no browser is needed to see that they are broken.
PLAIN = {"NEWSBOT_RENDER": "never"}


def crawl(base, tmp_path, *args, **settings):
    return run_crawl("-a", f"start_urls={base}/", *args, tmp_path=tmp_path, settings={**PLAIN, **settings})


def verdict_lines(result) -> list[str]:
    return [line for line in result.log.splitlines() if line.startswith("newsbot: ")]


def recorded_runs(tmp_path) -> list[dict]:
    return [json.loads(line) for line in (tmp_path / "state" / "runs.jsonl").read_text(encoding="utf-8").splitlines()]


def test_a_normal_crawl_is_healthy_on_its_first_run_and_on_later_ones(tmp_path):
    with serve_replica() as base:
        runs = [crawl(base, tmp_path) for _ in range(3)]
    assert [r.returncode for r in runs] == [0, 0, 0]
    assert verdict_lines(runs[0]) == [
        f"newsbot: healthy: {REACHABLE} articles from {REACHABLE} article pages; first run, fields above the floors"]
    assert verdict_lines(runs[2]) == [
        f"newsbot: healthy: {REACHABLE} articles from {REACHABLE} article pages; fields and yield as usual (last 2 "
        "runs)"]
    history = recorded_runs(tmp_path)
    assert [run["verdict"]["healthy"] for run in history] == [True, True, True]
    assert history[-1]["fill"]["published_at"] == 1.0 and history[-1]["article_share"] == 1.0
    assert history[-1]["articles"]["scraped"] == REACHABLE == runs[2].stats["item_scraped_count"]


def test_the_other_replica_markups_are_healthy_too(tmp_path):
    from harness.site_alt.build import HERE as alt

    with serve_replica(pages_dir=alt / "pages") as base:
        runs = [crawl(base, tmp_path) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], verdict_lines(runs[-1])
    assert verdict_lines(runs[-1])[0].startswith("newsbot: healthy: ")


@pytest.mark.parametrize(("case", "cause"), [
    ("no_dates", "published_at on 0% of "),
    ("challenge", "no article from "),
    ("unreadable", "no article from 5 article pages (dropped: missing_body 5)"),
])
def test_a_broken_site_exits_3_naming_the_cause_and_keeps_the_previous_feed(tmp_path, case, cause):
    feed = tmp_path / "data" / "laodongthudo.jsonl"
    with serve_replica() as base:
        good = crawl(base, tmp_path, "-O", str(feed))
    assert good.returncode == 0
    yesterday = feed.read_bytes()
    with serve_replica(pages_dir=variant(case, tmp_path)) as base:
        bad = crawl(base, tmp_path, "-O", str(feed))
    assert bad.returncode == 3
    causes = verdict_lines(bad)
    assert any(line.startswith(f"newsbot: unhealthy: {cause}") for line in causes), causes
    assert all(line.startswith("newsbot: unhealthy: ") for line in causes)
    assert feed.read_bytes() == yesterday, "a bad run never replaces the feed"
    assert feed.with_name(feed.name + ".failed").is_file()
    assert f"Feed {feed} left as it was" in bad.log
    assert recorded_runs(tmp_path)[-1]["verdict"]["healthy"] is False


def test_dates_lost_everywhere_are_named_with_the_numbers_of_the_last_runs(tmp_path):
    with serve_replica() as base:
        crawl(base, tmp_path)
        crawl(base, tmp_path)
    with serve_replica(pages_dir=variant("no_dates", tmp_path)) as base:
        bad = crawl(base, tmp_path)
    articles = bad.stats["item_scraped_count"]
    assert f"newsbot: unhealthy: published_at on 0% of {articles} articles (last 2 runs: 100%)" in verdict_lines(bad)


def test_a_challenge_wall_is_no_article_even_on_a_first_run(tmp_path):
    feed = tmp_path / "feed.jsonl"
    with serve_replica(pages_dir=variant("challenge", tmp_path)) as base:
        result = crawl(base, tmp_path, "-O", str(feed))
    pages = result.stats["newsbot/crawl/article_pages"]
    assert result.returncode == 3
    assert result.stats["newsbot/dropped/not_an_article"] == pages
    assert f"newsbot: unhealthy: no article from {pages} article pages (dropped: not_an_article {pages})" \
        in verdict_lines(result)
    assert not feed.exists(), "no feed made of walls"


def test_appending_adds_a_healthy_run_and_nothing_of_an_unhealthy_one(tmp_path):
    # NEWSBOT_FEED appends, as -o does (the test crawls already write their own -O feed).
    feed = tmp_path / "feed.jsonl"
    with serve_replica() as base:
        crawl(base, tmp_path, NEWSBOT_FEED=str(feed))
        crawl(base, tmp_path, NEWSBOT_FEED=str(feed))
    assert len(feed.read_text(encoding="utf-8").splitlines()) == 2 * REACHABLE
    before = feed.read_bytes()
    with serve_replica(pages_dir=variant("no_dates", tmp_path)) as base:
        assert crawl(base, tmp_path, NEWSBOT_FEED=str(feed)).returncode == 3
    assert feed.read_bytes() == before
    added = feed.with_name(feed.name + ".failed").read_text(encoding="utf-8").splitlines()
    assert added and all(json.loads(line)["published_at"] is None for line in added)


def test_a_run_after_a_bad_one_is_compared_with_the_healthy_runs_only(tmp_path):
    with serve_replica() as base:
        crawl(base, tmp_path)
    with serve_replica(pages_dir=variant("no_dates", tmp_path)) as base:
        crawl(base, tmp_path)
        again = crawl(base, tmp_path)
    assert again.returncode == 3, "a broken field does not become the new normal"


def test_the_run_history_lives_in_mongodb_when_it_is_configured(tmp_path, mongo_uri, database):
    settings = {"MONGO_DATABASE": database.name, "NEWSBOT_SPOOL_DIR": str(tmp_path / "spool")}
    with serve_replica() as base:
        first = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings={**PLAIN, **settings},
                          env={"MONGO_URI": mongo_uri})
        second = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings={**PLAIN, **settings},
                           env={"MONGO_URI": mongo_uri})
    assert (first.returncode, second.returncode) == (0, 0)
    assert "fields and yield as usual (last run)" in verdict_lines(second)[-1]
    runs = list(database["runs"].find({}, {"_id": False}))
    assert len(runs) == 2 and all(run["verdict"]["healthy"] for run in runs)
    assert runs[1]["articles"]["stored"] == REACHABLE
    assert not (tmp_path / "state" / "runs.jsonl").exists()


def test_progress_is_one_line_every_interval_with_an_eta_under_a_bound(tmp_path):
    with serve_replica() as base:
        result = crawl(base, tmp_path, NEWSBOT_PROGRESS_SECONDS="0.05", DOWNLOAD_DELAY="0.05",
                       CONCURRENT_REQUESTS_PER_DOMAIN="1", CLOSESPIDER_ITEMCOUNT="15")
    progress = [line for line in result.log.splitlines() if "progress: " in line]
    assert progress, result.log[-2000:]
    assert all(re.search(r"progress: \d+ pages fetched, \d+ articles stored, \d+ queued, \d+ failures, "
                         r"\d+ pages/min", line) for line in progress)
    # Once articles come, the bound of 15 gives an ETA.
    assert all(", ETA " in line for line in progress if " 0 articles stored" not in line)
    assert any(", ETA " in line for line in progress), progress


@pytest.mark.parametrize(("settings", "named"), [
    ({"NEWSBOT_HEALTH_FIELD_COLLAPSED": "40%"}, "NEWSBOT_HEALTH_FIELD_COLLAPSED='40%' is not a share from 0 to 1"),
    ({"NEWSBOT_HEALTH_FIELD_FLOORS": '{"dates": 0.5}'}, "NEWSBOT_HEALTH_FIELD_FLOORS="),
    ({"NEWSBOT_PROGRESS_SECONDS": "soon"}, "NEWSBOT_PROGRESS_SECONDS='soon' is not a number of seconds"),
])
def test_a_threshold_that_cannot_be_used_is_named_before_any_request(tmp_path, settings, named):
    result = run_crawl("-a", "start_urls=http://127.0.0.1:9/", tmp_path=tmp_path, settings=settings)
    assert result.returncode == 2
    assert result.log.strip().splitlines()[-1].startswith(f"newsbot: {named}")
