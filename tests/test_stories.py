"""The stories step on its own: shingling, the rules that confirm a copy, and stories within a run."""

import itertools
import json
import os
import random
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import timedelta

import pytest
from rensa import RMinHash
from scrapy.exceptions import NotConfigured

from newsbot.items import Article
from newsbot.pipelines.stories import StoriesPipeline
from newsbot.stories.fingerprint import Banding, Fingerprint, jaccard, shingles, syllables
from newsbot.stories.recent import RecentVersions
from newsbot.stories.rules import StoryRules, Version, chosen_story
from tests.conftest import ROOT, make_crawler

STORY = ("Sáng 20/11, Ủy ban nhân dân thành phố Hà Nội tổ chức hội nghị triển khai kế hoạch phát triển kinh tế "
         "xã hội năm 2026. Chủ tịch thành phố nhấn mạnh các sở ngành phải nhận trách nhiệm với từng chỉ tiêu, "
         "không để chậm tiến độ giải ngân vốn đầu tư công. Theo báo cáo, tổng thu ngân sách trên địa bàn đạt "
         "hơn 510 nghìn tỷ đồng, vượt dự toán được giao; tăng trưởng kinh tế ước đạt 8,5%.")
OTHER_STORY = ("Chiều 20/11, Sở Giao thông vận tải Hà Nội cho biết sẽ mở thêm ba tuyến buýt điện nối trung tâm "
               "với các huyện ven đô từ tháng tới. Các tuyến mới dùng xe điện thân thiện môi trường, giá vé "
               "giữ nguyên như các tuyến buýt hiện hành, người cao tuổi được miễn phí.")


def test_syllables_are_nfc_case_folded_tokens_with_diacritics_kept_and_edge_punctuation_off():
    assert syllables(unicodedata.normalize("NFD", "HÀ NỘI, (hà nội)")) == ["hà", "nội", "hà", "nội"]
    assert syllables("ba bà bá") == ["ba", "bà", "bá"]
    assert syllables("Covid-19 - 8,5%") == ["covid-19", "8,5"]
    assert syllables("năm 2026.\n\nĐây là") == ["năm", "2026", "đây", "là"], "paragraphs stay apart"


def test_shingles_are_runs_of_consecutive_syllables():
    assert shingles("một hai ba bốn", 3) == {"một hai ba", "hai ba bốn"}
    assert shingles("một hai", 3) == {"một hai"}
    assert shingles("", 3) == frozenset()
    assert jaccard(shingles("một hai ba bốn", 3), shingles("một hai ba năm", 3)) == pytest.approx(1 / 3)


def test_band_keys_are_the_same_in_every_process_and_change_with_the_scheme():
    text = shingles(STORY, 3)
    here = Banding(bands=4, rows=2).keys(Fingerprint.of(text))
    # Another process (with another hash seed for Python's own str hashes) computes the very same keys.
    elsewhere = subprocess.run(
        [sys.executable, "-c", "import json, sys; "
         "from newsbot.stories.fingerprint import Banding, Fingerprint, shingles; "
         "print(json.dumps(Banding(bands=4, rows=2).keys(Fingerprint.of(shingles(sys.stdin.read(), 3)))))"],
        input=STORY, capture_output=True, text=True, check=True, cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)})
    assert json.loads(elsewhere.stdout) == here
    assert set(here).isdisjoint(Banding(bands=2, rows=4).keys(Fingerprint.of(text)))
    assert len(set(Banding(bands=32, rows=4).keys(Fingerprint.of(text)))) == 32


def test_the_signature_is_rensas_minhash_of_the_shingles():
    """So the band keys stored by any earlier crawl are the ones an article placed now has."""
    text = shingles(STORY, 3)
    minhash = RMinHash(32 * 4, 1)
    minhash.update(sorted(text))
    assert list(Banding(bands=32, rows=4, seed=1).signature(Fingerprint.of(text))) == minhash.digest()


def version(text, published="2025-11-20T08:00:00+07:00", site="a.vn", article_id="1"):
    return Version.of({"site": site, "article_id": article_id, "url": f"https://{site}/{article_id}",
                       "published_at": published, "body": text})


RULES = StoryRules(shingle_size=3, min_similarity=0.5, window=timedelta(days=3), min_shingles=20)


@pytest.mark.parametrize("copy, same", [
    (STORY + " Theo TTXVN", True),
    (STORY.replace("Chủ tịch thành phố nhấn mạnh", "Ông nói"), True),
    (STORY[:len(STORY) // 3], False),  # a third of the text is not the story
    (OTHER_STORY, False),
])
def test_a_copy_is_confirmed_by_its_similarity(copy, same):
    original = version(STORY)
    assert RULES.same_story(original, RULES.fingerprint_of(original), version(copy, site="b.vn")) is same


@pytest.mark.parametrize("published, same", [
    ("2025-11-23T07:00:00+07:00", True), ("2025-11-23T09:00:00+07:00", False), (None, True)])
def test_a_copy_is_published_within_the_window(published, same):
    original = version(STORY)
    assert RULES.same_story(original, RULES.fingerprint_of(original), version(STORY, published, "b.vn")) is same


def test_the_copies_among_candidates_are_those_each_confirmed_alone_in_their_order():
    original = version(STORY)
    candidates = [version(text, published, site) for text, published, site in [
        (STORY + " Theo TTXVN", None, "b.vn"), (OTHER_STORY, None, "c.vn"),
        (STORY, "2025-11-23T09:00:00+07:00", "d.vn"), (STORY[:len(STORY) // 3], None, "e.vn"),
        (STORY.replace("Chủ tịch thành phố nhấn mạnh", "Ông nói"), None, "f.vn")]]
    fingerprint = RULES.fingerprint_of(original)
    copies = RULES.copies(original, fingerprint, candidates)
    assert [c.site for c in copies] == ["b.vn", "f.vn"]
    assert copies == [c for c in candidates if RULES.same_story(original, fingerprint, c)]


def test_the_lowest_story_id_wins_where_an_article_bridges_two_stories():
    new = version(STORY, site="c.vn")
    joined = [version(STORY, site="b.vn"), version(STORY, site="a.vn")]
    joined[0].story_id, joined[1].story_id = "b.vn/1", "a.vn/1"
    assert chosen_story(new, None, joined) == "a.vn/1"
    assert chosen_story(new, None, []) == "c.vn/1"
    assert chosen_story(new, "z.vn/9", []) == "z.vn/9", "a stored article keeps its story"


def article(site, article_id, body, published="2025-11-20T08:00:00+07:00"):
    return Article(site=site, article_id=article_id, url=f"https://{site}/bai-{article_id}.html", title="Tiêu đề",
                   body=body, published_at=published)


def place(step, items, together):
    """The step's work on these items: all in one job (articles that waited for one lookup), or one job each."""
    counts = Counter()
    for job in [items] if together else [[item] for item in items]:
        counts.update(step.placer.place(job))
    return counts


@pytest.mark.parametrize("together", [False, True], ids=["one at a time", "waiting together"])
def test_copies_across_sites_share_a_story_listing_every_outlet_and_others_do_not(together):
    crawler = make_crawler()
    step = StoriesPipeline.from_crawler(crawler)
    items = [article("a.vn", "1", STORY),
             article("b.vn", "7", "(TTXVN) " + STORY + "\n\nMời bạn đọc xem thêm tin tức."),
             article("b.vn", "8", OTHER_STORY),
             article("c.vn", "3", STORY, published="2025-12-20T08:00:00+07:00")]
    counts = place(step, items, together)
    first, copy, other, late = items
    assert first.story_id == copy.story_id == "a.vn/1"
    assert [o["site"] for o in copy.outlets] == ["a.vn", "b.vn"]
    assert other.story_id == "b.vn/8" and other.outlets == [{"site": "b.vn", "url": "https://b.vn/bai-8.html"}]
    assert late.story_id == "c.vn/3", "a month later it is another story"
    assert len(first.story_bands) == crawler.settings.getint("NEWSBOT_STORIES_BANDS")
    assert counts["copy"] == 1 and counts["new_story"] == 3


def test_a_short_text_is_a_story_of_its_own():
    step = StoriesPipeline.from_crawler(make_crawler())
    items = [article(site, "1", "Video: toàn cảnh hội nghị") for site in ("a.vn", "b.vn")]
    counts = place(step, items, together=True)
    assert [i.story_id for i in items] == ["a.vn/1", "b.vn/1"]
    assert items[0].story_bands == []
    assert counts["too_short"] == 2


# Run by the test below in a process of its own: a reactor runs once per process.
IN_A_REACTOR = """
import json
from twisted.internet import asyncioreactor
asyncioreactor.install()  # the crawl's reactor
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import defer, task
from newsbot.pipelines.stories import StoriesPipeline
from tests.conftest import make_crawler
from tests.test_stories import OTHER_STORY, STORY, article

def main(reactor):
    step = StoriesPipeline.from_crawler(make_crawler())
    items = [article(f"s{n}.vn", str(n), STORY if n % 3 else OTHER_STORY) for n in range(1, 31)]
    passed_on, deferreds = [], []
    for item in items:
        placing = deferred_from_coro(step.process_item(item))
        deferreds.append(placing.addCallback(lambda placed: passed_on.append(placed) or placed))
    waiting = sum(not d.called for d in deferreds)
    def report(_):
        print(json.dumps({"waiting_on_return": waiting, "passed_on": [i.article_id for i in passed_on],
                          "stories": [i.story_id for i in passed_on], "stats": step.crawler.stats.get_stats()},
                         default=str))
    closed = defer.gatherResults(deferreds).addCallback(lambda _: deferred_from_coro(step.spider_closed()))
    return closed.addCallback(report)

task.react(main)
"""


def test_the_step_places_articles_off_the_crawl_thread_and_passes_them_on_in_their_order():
    run = subprocess.run([sys.executable, "-c", IN_A_REACTOR], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["waiting_on_return"] == 30, "none is placed on the turn that hands it over"
    assert result["passed_on"] == [str(n) for n in range(1, 31)], "every article, in the order it came"
    assert result["stories"] == ["s1.vn/1" if n % 3 else "s3.vn/3" for n in range(1, 31)]
    assert result["stats"]["newsbot/stories/copy"] == 28


def test_the_step_can_be_switched_off():
    with pytest.raises(NotConfigured):
        StoriesPipeline.from_crawler(make_crawler(NEWSBOT_STORIES_ENABLED=False))


def test_a_recent_version_is_compared_by_its_kept_shingles_and_a_changed_text_is_shingled_again():
    recent = RecentVersions(capacity=10)
    placed = version(STORY, site="b.vn")
    recent.add(placed, ["band"], RULES.fingerprint_of(placed))
    [kept] = recent.sharing_a_band(["band"], exclude="a.vn/1")
    assert kept.text == "", "the recent versions keep their shingles, not their text"
    original = version(STORY)
    assert RULES.same_story(original, RULES.fingerprint_of(original), kept)
    assert recent.fingerprint(version(STORY, site="b.vn")) is kept.fingerprint
    assert recent.fingerprint(version(OTHER_STORY, site="b.vn")) is None, "the stored text is another one"


def test_the_bitmap_bound_never_rules_out_texts_that_reach_the_similarity():
    rng = random.Random(7)
    words = STORY.split()
    texts = [" ".join(rng.choice(words) if rng.random() < share else word for word in words * 3)
             for share in (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8) for _ in range(3)]
    sets = [shingles(text, 3) for text in texts]
    fingerprints = [Fingerprint.of(s) for s in sets]
    outcomes = Counter()
    for (i, first), (j, second) in itertools.combinations(enumerate(fingerprints), 2):
        for threshold in (0.3, 0.5, 0.7):
            alike = jaccard(sets[i], sets[j]) >= threshold
            assert first.alike(second, threshold) is alike
            outcomes[alike] += 1
    assert outcomes[True] and outcomes[False]
