"""A labelled set of syndicated copies for `make bench-stories`.

Stories are the real articles of ../shared/realpages/ (each long one cut in two halves: two stories on the
same event, with the same names, that must stay apart) and the replica's articles (harness/site/data.py,
several on the same topics). Every story is published on the same day, so only the text can tell them
apart. Each gets copies on other outlets with the edits papers make: another lead, a paragraph cut, a
"Theo TTXVN" line, the outlet's own boilerplate and "Xem thêm" links, a few words changed, the lead moved
into the body; every copy keeps at least 70% of the story's syllables. Seeded: the same set every run.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from harness.site import data as replica
from newsbot.extract.urls import site_of
from newsbot.pages.article import ArticlePage
from newsbot.sites.profile import SiteProfile
from newsbot.stories.fingerprint import syllables

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout, or beside the folder of worktrees.
REALPAGES = next((folder / "shared" / "realpages" for folder in (ROOT.parent, ROOT.parent.parent)
                  if (folder / "shared" / "realpages").is_dir()), ROOT.parent / "shared" / "realpages")
VIETNAM = timezone(timedelta(hours=7))
DAY = datetime(2025, 11, 20, tzinfo=VIETNAM)
OUTLETS = ["baomoi.com", "tuoitre.vn", "thanhnien.vn", "vietnamnet.vn", "laodong.vn", "znews.vn", "vov.vn",
           "baotintuc.vn", "nhandan.vn", "kinhtedothi.vn"]
LEADS = ["Sáng nay, theo thông tin từ cơ quan chức năng,", "Chiều qua, phóng viên ghi nhận", "Tin mới nhất cho hay",
         "Theo nguồn tin của báo,", "Cập nhật tình hình mới nhất:"]
BOILERPLATE = ["Mời quý độc giả theo dõi các tin tức, video mới nhất của Báo {outlet} trên các nền tảng mạng xã hội.",
               "Bạn đọc có thể gửi thông tin, phản ánh về đường dây nóng của {outlet}, chúng tôi xin cảm ơn.",
               "Nội dung được tổng hợp bởi ban biên tập {outlet} từ các nguồn tin chính thống."]
AGENCY = ["Theo TTXVN", "Theo TTXVN/Vietnam+", "Nguồn: TTXVN"]
WORDS = {"cho biết": "nói", "đã": "vừa", "nhiều": "không ít", "người dân": "bà con", "thành phố": "TP",
         "tuy nhiên": "dù vậy", "hiện nay": "hiện tại", "theo đó": "như vậy"}
COPIES = 3
MIN_KEPT = 0.7


@dataclass(frozen=True)
class Story:
    key: str
    title: str
    summary: str | None
    paragraphs: tuple[str, ...]


def realpage_stories() -> list[Story]:
    stories = []
    for page in sorted(REALPAGES.glob("*.html.gz")):
        name = page.name.removesuffix(".html.gz")
        url = json.loads((REALPAGES / f"{name}.json").read_text(encoding="utf-8"))["original_url"]
        profile = SiteProfile(name=name, domains=(site_of(url),), start_urls=(url,),
                              article_path=re.compile(r"-(?P<id>\d+)\.\w+$"), section_path=re.compile(r"/[a-z0-9-]+/?"),
                              tag_path=re.compile(r"/(?:tag|tags|chu-de)/"))
        item = ArticlePage(url, gzip.decompress(page.read_bytes()), profile=profile).to_item()
        paragraphs = tuple(p for p in (item.body or "").split("\n\n") if len(syllables(p)) >= 5)
        if len(paragraphs) >= 8:
            half = len(paragraphs) // 2
            stories.append(Story(f"{name}#1", item.title, item.summary, paragraphs[:half]))
            stories.append(Story(f"{name}#2", item.title, None, paragraphs[half:]))
        elif paragraphs:
            stories.append(Story(name, item.title, item.summary, paragraphs))
    return stories


def replica_stories() -> list[Story]:
    stories = []
    for article in replica.NEN_XEM + replica.TIN_KHAC + replica.OTHERS:
        paragraphs = tuple(_plain(p) for p in article.body if isinstance(p, str) and p.strip())
        stories.append(Story(f"replica-{article.key}", article.title, article.sapo, paragraphs))
    return stories


def _plain(marked: str) -> str:
    """A replica paragraph without its inline marks."""
    text = re.sub(r"\[\[[^|\]]+\|([^\]]+)\]\]", r"\1", marked)
    return text.replace("**", "").replace("//", "")


def _length(summary: str | None, paragraphs) -> int:
    return len(syllables(summary)) + sum(len(syllables(p)) for p in paragraphs)


def copy_of(story: Story, outlet: str, rng: random.Random, others: list[Story]) -> tuple[str | None, list[str], list]:
    """A copy's lead and paragraphs, and the edits made: as many as keep >= 70% of the syllables."""
    total = _length(story.summary, story.paragraphs)
    summary, paragraphs, kept, edits = story.summary, list(story.paragraphs), total, []
    steps = ["lead", "cut", "agency", "boilerplate", "related", "words", "lead_in_body"]
    rng.shuffle(steps)
    for step in steps:
        if rng.random() < 0.4:
            continue
        if step == "lead" and summary:
            lost = len(syllables(summary))
            if (kept - lost) / total >= MIN_KEPT:
                summary = f"{rng.choice(LEADS)} {story.title.lower()}."
                kept -= lost
                edits.append(step)
        elif step == "cut" and len(paragraphs) > 2:
            index = rng.randrange(1, len(paragraphs))
            lost = len(syllables(paragraphs[index]))
            if (kept - lost) / total >= MIN_KEPT:
                del paragraphs[index]
                kept -= lost
                edits.append(step)
        elif step == "agency":
            paragraphs.append(rng.choice(AGENCY))
            edits.append(step)
        elif step == "boilerplate":
            paragraphs.append(rng.choice(BOILERPLATE).format(outlet=outlet))
            edits.append(step)
        elif step == "related":
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), "Xem thêm: " + rng.choice(others).title)
            edits.append(step)
        elif step == "words":
            changed, reworded = 0, list(paragraphs)
            for i, paragraph in enumerate(reworded):
                for old, new in WORDS.items():
                    if old in paragraph and rng.random() < 0.5:
                        paragraph = paragraph.replace(old, new, 1)
                        changed += len(old.split())
                reworded[i] = paragraph
            if changed and (kept - changed) / total >= MIN_KEPT:
                paragraphs, kept = reworded, kept - changed
                edits.append(step)
        elif step == "lead_in_body" and summary:
            paragraphs.insert(0, summary)
            summary = None
            edits.append(step)
    return summary, paragraphs, edits


def labelled_set(seed: int = 14) -> list[dict]:
    """Documents as the stories step reads them, each with its true story in "truth"."""
    rng = random.Random(seed)
    stories = realpage_stories() + replica_stories()
    documents = []
    for number, story in enumerate(stories):
        published = DAY + timedelta(minutes=rng.randrange(0, 18 * 60))
        documents.append(_document("origin.vn", 1000 + number, story.title, story.summary, story.paragraphs,
                                   published, story.key, []))
        for copy in range(COPIES):
            outlet = OUTLETS[(number + copy) % len(OUTLETS)]
            summary, paragraphs, edits = copy_of(story, outlet, rng, [s for s in stories if s is not story])
            documents.append(_document(outlet, 1000 + number, story.title, summary, paragraphs,
                                       published + timedelta(hours=rng.uniform(-48, 48)), story.key, edits))
    rng.shuffle(documents)
    return documents


def _document(site, number, title, summary, paragraphs, published, truth, edits) -> dict:
    return {"site": site, "article_id": str(number), "url": f"https://{site}/bai-{number}.html", "title": title,
            "summary": summary, "body": "\n\n".join(paragraphs), "published_at": published.isoformat(),
            "truth": truth, "edits": edits}

