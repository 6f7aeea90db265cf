"""End to end, each site: ``scrapy crawl <site>`` over a replica of its real pages on 127.0.0.1,
discovering them through its feeds and sitemaps, into a real MongoDB-wire server (FerretDB);
and ``scrapy crawl news`` over a replica of a site without a profile."""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest

from harness import replicas
from harness.site.server import serve_replica
from newsbot.sites import site_named, sites
from tests.conftest import run_crawl
from tests.sites import cases

pytestmark = pytest.mark.crawl

CASES = cases()
# Sites without a real page at hand: a real page of another paper stands in at an article
# URL of the site's own shape, which checks the site's URL patterns and discovery.
STAND_IN_URLS = {
    "thanhnien": "https://thanhnien.vn/gia-vang-hom-nay-tang-manh-185260307071308923.htm",
    "vietnamnet": "https://vietnamnet.vn/gia-vang-hom-nay-tang-manh-2258123.html",
    "laodong": "https://laodong.vn/kinh-doanh/gia-vang-hom-nay-tang-manh-1311234.ldo",
    "znews": "https://znews.vn/gia-vang-hom-nay-tang-manh-post1456789.html",
    "vov": "https://vov.vn/kinh-te/gia-vang-hom-nay-tang-manh-post1084123.vov",
}
STAND_IN = next(case for case in CASES if case.site == "dantri")
SITES = sorted({case.site for case in CASES} | set(STAND_IN_URLS))


def pages_of(site_name: str) -> tuple[list[replicas.Page], set[str]]:
    """The site's real pages (or the stand-in) and their titles."""
    own = [case for case in CASES if case.site == site_name] or [STAND_IN]
    urls = [case.url for case in own] if own[0].site == site_name else [STAND_IN_URLS[site_name]]
    # A stand-in is one page at one URL of the site's shape.
    pages = [(url, case.html()) for url, case in zip(urls, own, strict=True)]
    return pages, {case.expected()["title"] for case in own}


def crawl(spider, build, database, mongo_uri, tmp_path):
    """The replica that ``build(pages_dir, base_url)`` writes, crawled; what the crawl stored, by URL path."""
    pages = tmp_path / "pages"
    pages.mkdir()
    with serve_replica(pages_dir=pages, flaky_paths=[]) as base:
        replica = build(pages, base)
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, spider=spider,
                           settings={"MONGO_DATABASE": database.name}, env={"MONGO_URI": mongo_uri})
        requests = set(base.requests)
    return replica, result, requests, {urlsplit(doc["url"]).path: doc for doc in database.articles.find()}


@pytest.mark.parametrize("site_name", SITES)
def test_the_crawl_stores_exactly_the_articles_its_feeds_and_sitemaps_list(site_name, database, mongo_uri, tmp_path):
    site = site_named(site_name)
    pages, titles = pages_of(site_name)
    replica, result, requests, stored = crawl(
        site_name, lambda folder, base: replicas.build(site.profile, pages, folder, base), database, mongo_uri,
        tmp_path)
    assert result.returncode == 0, result.log[-3000:]
    assert {path: doc["article_id"] for path, doc in stored.items()} == replica.reachable
    assert replica.unlisted not in requests
    assert {doc["title"] for doc in stored.values()} == titles
    assert result.stats.get("newsbot/discovery/sitemaps", 0) + result.stats.get("newsbot/discovery/feeds", 0) >= 1


def test_a_site_without_a_profile_is_crawled_by_its_feed_sitemap_and_links(database, mongo_uri, tmp_path):
    chosen = [CASES[0], *[case for case in CASES if case.site != CASES[0].site][:2]]
    pages = [(case.url, case.html()) for case in chosen]
    replica, result, requests, stored = crawl(
        "news", lambda folder, base: replicas.build_unprofiled(pages, folder, base), database, mongo_uri, tmp_path)
    assert result.returncode == 0, result.log[-3000:]
    assert set(stored) == set(replica.reachable)
    assert replica.unlisted not in requests
    assert {doc["title"] for doc in stored.values()} == {case.expected()["title"] for case in chosen}
    # The page whose URL carries no id is known by its URL.
    assert all(doc["article_id"] for doc in stored.values())


def test_incremental_runs_fetch_a_listed_article_again_only_when_its_listing_says_it_changed(
        database, mongo_uri, tmp_path):
    pages, _ = pages_of("vnexpress")
    profile = site_named("vnexpress").profile
    incremental = {"MONGO_DATABASE": database.name, "NEWSBOT_INCREMENTAL": "true"}

    def run(listed_at, name):
        folder = tmp_path / name / "pages"
        folder.mkdir(parents=True)
        with serve_replica(pages_dir=folder, flaky_paths=[]) as base:
            replica = replicas.build(profile, pages, folder, base, listed_at=listed_at)
            result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path / name, spider="vnexpress",
                               settings=incremental, env={"MONGO_URI": mongo_uri})
            assert result.returncode == 0, result.log[-3000:]
            return result, set(base.requests) & set(replica.reachable)

    first, fetched = run(replicas.LISTED_AT, "first")
    assert len(fetched) == len(pages) == len(first.items)
    unchanged, fetched = run(replicas.LISTED_AT, "unchanged")
    assert not fetched and not unchanged.items
    assert unchanged.stats["newsbot/incremental/skipped_known"] == len(pages)
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="seconds")
    changed, fetched = run(later, "changed")
    assert len(fetched) == len(pages) == len(changed.items)
    assert changed.stats["newsbot/incremental/refetched_changed"] == len(pages)


def test_every_registered_site_but_laodongthudo_has_its_replica_crawl_here():
    # laodongthudo's replicas are harness/site and harness/site_alt (tests/test_crawl_replica.py).
    assert set(SITES) == set(sites()) - {"laodongthudo"}
