"""The verdict on its own: a run record against earlier ones, each cause one line with its numbers."""

from newsbot.monitoring.runs import WATCHED_FIELDS, build_run
from newsbot.monitoring.verdict import SHARED_FRONTIER, Thresholds, causes

THRESHOLDS = Thresholds(field_floors={"published_at": 0.5})


def run(articles=20, pages=20, dropped=None, scope="s", healthy=True, **filled):
    stats = {"newsbot/crawl/article_pages": pages, "item_scraped_count": articles}
    for name in WATCHED_FIELDS:
        stats[f"newsbot/fields/{name}"] = filled.get(name, articles)
    for reason, n in (dropped or {}).items():
        stats[f"newsbot/dropped/{reason}"] = n
    record = build_run(stats, spider="site", crawl_id="x", scope=scope)
    record["verdict"] = {"healthy": healthy}
    return record


def test_a_run_like_the_last_ones_has_no_cause():
    assert causes(run(), [run(), run(articles=21, pages=21)], THRESHOLDS) == []


def test_a_collapsed_field_is_named_with_its_share_and_the_usual_one():
    assert causes(run(author=2), [run()] * 5, THRESHOLDS) == ["author on 10% of 20 articles (last 5 runs: 100%)"]


def test_a_field_that_was_never_well_filled_cannot_collapse():
    assert causes(run(modified_at=0), [run(modified_at=6)] * 3, THRESHOLDS) == []


def test_a_first_run_is_held_to_the_floors():
    assert causes(run(published_at=3), [], THRESHOLDS) == [
        "published_at on 15% of 20 articles (NEWSBOT_HEALTH_FIELD_FLOORS: 50% on a first run)"]
    assert causes(run(author=0), [], THRESHOLDS) == [], "no floor for the author"


def test_most_article_pages_dropped_is_a_cause_with_the_reasons():
    assert causes(run(articles=4, pages=20, dropped={"not_an_article": 16}), [], THRESHOLDS) == [
        "4 of 20 article pages gave an article (20%, under NEWSBOT_HEALTH_MIN_ARTICLE_SHARE=50%) "
        "(dropped: not_an_article 16)"]


def test_a_yield_far_below_the_usual_of_the_same_scope_is_a_cause():
    usual = [run(articles=100, pages=100)] * 3
    assert causes(run(articles=30, pages=30), usual, THRESHOLDS) == [
        "30 articles, under 50% of the usual 100 (last 3 runs)"]
    assert causes(run(articles=30, pages=30, scope="other"), usual, THRESHOLDS) == []


def test_a_process_sharing_its_frontier_is_not_held_to_a_yield():
    shared = f"s {SHARED_FRONTIER}"
    usual = [run(articles=100, pages=100, scope=shared)] * 3
    assert causes(run(articles=7, pages=7, scope=shared), usual, THRESHOLDS) == []
    assert causes(run(articles=7, pages=7, published_at=0, scope=shared), usual, THRESHOLDS) == [
        "published_at on 0% of 7 articles (last 3 runs: 100%)"]


def test_unhealthy_runs_are_not_the_usual():
    broken = [run(published_at=0, healthy=False)] * 4
    assert causes(run(published_at=0), broken + [run()], THRESHOLDS) == [
        "published_at on 0% of 20 articles (last run: 100%)"]
