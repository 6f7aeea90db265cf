"""Stories kept in a real MongoDB-wire server: the replica served as two sites, the second running edited
copies of the first's articles, crawled in two runs and by two processes sharing a Redis frontier."""

import shutil
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest

from harness.site.server import PAGES_DIR, ensure_built, serve_replica
from newsbot.pipelines.stories import StoriesPipeline
from tests.conftest import make_crawler, run_crawl, scratch_database
from tests.test_stories import OTHER_STORY, STORY, article

pytestmark = pytest.mark.crawl

# The copying paper's edits: a word changed here and there, and the agency named.
EDITS = {" đã ": " vừa ", "cho biết": "nói", "</h1>": " (TTXVN)</h1>"}
CRAWL = {"NEWSBOT_IDLE_CLOSE_SECONDS": "5", "MONGO_BATCH_SIZE": "5", "MONGO_BATCH_SECONDS": "0.5"}
# As in the scale-out tests: a crawl slow enough for the second process to start before the frontier runs
# dry, and few requests in flight per process, so both take pages.
SHARED = {"DOWNLOAD_DELAY": "0.5", "CONCURRENT_REQUESTS": "2", "NEWSBOT_IDLE_CLOSE_SECONDS": "10"}


@pytest.fixture(scope="module")
def copied_pages(tmp_path_factory):
    ensure_built()
    folder = tmp_path_factory.mktemp("copies") / "pages"
    shutil.copytree(PAGES_DIR, folder)
    for page in folder.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        for old, new in EDITS.items():
            text = text.replace(old, new)
        page.write_text(text, encoding="utf-8")
    return folder


def stories_of(database) -> dict[str, list[dict]]:
    stories = defaultdict(list)
    for document in database.articles.find({}, {"_id": 0, "site": 1, "article_id": 1, "story_id": 1, "outlets": 1}):
        stories[document["story_id"]].append(document)
    return stories


def assert_one_story_per_article_on_both_sites(database, sites):
    stories = stories_of(database)
    articles = {(d["site"], d["article_id"]) for members in stories.values() for d in members}
    ids = {article_id for _, article_id in articles}
    assert {site for site, _ in articles} == set(sites)
    assert len(stories) == len(ids), "one story per article, however many sites ran it"
    for story_id, members in stories.items():
        assert sorted(d["site"] for d in members) == sorted(sites), story_id
        assert len({d["article_id"] for d in members}) == 1, f"{story_id}: different articles share a story"
        for document in members:
            assert sorted(o["site"] for o in document["outlets"]) == sorted(sites), "every outlet on every copy"


def test_copies_on_two_sites_get_one_story_across_two_runs(mongo_uri, copied_pages, tmp_path):
    with scratch_database(mongo_uri) as database, serve_replica() as original, \
            serve_replica(copied_pages, host="127.0.0.2") as copies:
        settings = {**CRAWL, "MONGO_DATABASE": database.name}
        first = run_crawl("-a", f"start_urls={original}/", tmp_path=tmp_path, settings=settings,
                          env={"MONGO_URI": mongo_uri})
        second = run_crawl("-a", f"start_urls={copies}/", tmp_path=tmp_path, settings=settings,
                           env={"MONGO_URI": mongo_uri})
        assert first.returncode == 0 and second.returncode == 0, second.log[-3000:]
        assert all(item["story_id"] == f"127.0.0.1/{item['article_id']}" for item in first.items)
        # The second run's feed already names the first site's story and both outlets.
        assert all(item["story_id"] == f"127.0.0.1/{item['article_id']}" for item in second.items)
        assert all(len(item["outlets"]) == 2 for item in second.items)
        assert "story_bands" not in second.items[0]
        assert second.stats["newsbot/stories/copy"] == len(second.items)
        assert_one_story_per_article_on_both_sites(database, ["127.0.0.1", "127.0.0.2"])


def test_two_processes_crawling_both_sites_agree_on_the_stories(mongo_uri, redis_url, copied_pages, tmp_path_factory):
    with scratch_database(mongo_uri) as database, serve_replica() as original, \
            serve_replica(copied_pages, host="127.0.0.2") as copies:
        settings = {**CRAWL, "MONGO_DATABASE": database.name, "NEWSBOT_REDIS_URL": redis_url,
                    "NEWSBOT_CRAWL_ID": f"stories-{uuid.uuid4().hex[:8]}", **SHARED}
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(
                lambda n: run_crawl("-a", f"start_urls={original}/,{copies}/",
                                    tmp_path=tmp_path_factory.mktemp(f"process{n}"), settings=settings,
                                    env={"MONGO_URI": mongo_uri}, timeout=300),
                range(2)))
        for result in results:
            assert result.returncode == 0, result.log[-3000:]
        assert all(result.items for result in results), "each process placed articles of its own"
        assert_one_story_per_article_on_both_sites(database, ["127.0.0.1", "127.0.0.2"])


def test_copies_placed_at_the_same_moment_by_two_processes_end_in_the_lower_story(mongo_uri, database):
    """Neither process sees the other's article, unwritten yet; after both batches are written,
    both documents hold the story of the lower id and both outlets."""
    steps = []
    for _ in range(2):
        step = StoriesPipeline.from_crawler(make_crawler(MONGO_URI=mongo_uri))
        step.store_opened(database.articles, timeout=10, outage_seconds=10)
        steps.append(step)
    placed = [article("b.vn", "2", STORY), article("a.vn", "1", STORY + " Theo TTXVN")]
    for step, item in zip(steps, placed, strict=True):
        step.placer.place([item])
    assert [item.story_id for item in placed] == ["b.vn/2", "a.vn/1"], "each saw only its own"
    reconciled = Counter()
    for step, item in zip(steps, placed, strict=True):
        document = dict(item.__dict__)
        database.articles.insert_one(dict(document))
        reconciled.update(step.placer.reconcile([document]))
    documents = list(database.articles.find({}, {"_id": 0, "site": 1, "story_id": 1, "outlets": 1}))
    assert {d["story_id"] for d in documents} == {"a.vn/1"}
    assert all(sorted(o["site"] for o in d["outlets"]) == ["a.vn", "b.vn"] for d in documents)
    assert reconciled["reconciled"] == 1
    # The first process now places a third copy in the joined story.
    third = article("c.vn", "3", STORY)
    steps[0].placer.place([third])
    assert third.story_id == "a.vn/1" and len(third.outlets) == 3
    for step in steps:
        step.client.close()


def test_articles_waiting_together_find_their_stored_versions_in_one_lookup(mongo_uri, database):
    """Two copies looked up together each join the stored story it copies, not the other's."""
    earlier = StoriesPipeline.from_crawler(make_crawler(MONGO_URI=mongo_uri))
    earlier.store_opened(database.articles, timeout=10, outage_seconds=10)
    originals = [article("a.vn", "1", STORY), article("a.vn", "2", OTHER_STORY)]
    earlier.placer.place(originals)
    database.articles.insert_many([dict(item.__dict__) for item in originals])
    later = StoriesPipeline.from_crawler(make_crawler(MONGO_URI=mongo_uri))
    later.store_opened(database.articles, timeout=10, outage_seconds=10)
    copies = [article("b.vn", "8", OTHER_STORY + " Theo TTXVN"), article("b.vn", "7", "(TTXVN) " + STORY)]
    counts = later.placer.place(copies)
    assert [item.story_id for item in copies] == ["a.vn/2", "a.vn/1"]
    assert [[o["site"] for o in item.outlets] for item in copies] == [["a.vn", "b.vn"]] * 2
    assert counts["copy"] == 2
    for step in (earlier, later):
        step.client.close()
