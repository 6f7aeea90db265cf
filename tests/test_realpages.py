"""The generic page object on real pages of other Vietnamese news sites.

These pages were never seen while writing the extractor's rules for
laodongthudo.vn; they show the rules hold on markup of other publishers.
"""

import gzip
import json
import re
from pathlib import Path

import pytest

from newsbot.extract.dates import parse_date
from newsbot.extract.urls import site_of
from newsbot.pages.article import ArticlePage
from newsbot.sites.profile import SiteProfile

PAGES = Path(__file__).parent / "fixtures" / "realpages"
EXPECTATIONS = json.loads((PAGES / "expectations.json").read_text(encoding="utf-8"))
NAMES = sorted(p.name.removesuffix(".html.gz") for p in PAGES.glob("*.html.gz"))


def extract(name: str):
    url = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))["original_url"]
    profile = SiteProfile(
        name=name, domains=(site_of(url),), start_urls=(url,),
        article_path=re.compile(r"-(?P<id>\d+)\.\w+$"), section_path=re.compile(r"/[a-z0-9-]+/?"),
        tag_path=re.compile(r"/(?:tag|tags|chu-de)/"),
    )
    html = gzip.decompress((PAGES / f"{name}.html.gz").read_bytes())
    return ArticlePage(url, html, profile=profile).to_item()


def expected(name: str) -> dict:
    return EXPECTATIONS.get(f"{name}.html", {})


@pytest.mark.parametrize("name", NAMES)
def test_title_date_and_body_are_found(name):
    item = extract(name)
    meta = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    # Others kept the site's name after the title; newsbot leaves it out.
    assert item.title and expected(name).get("title", meta["title"]).startswith(item.title)
    if "published_at" in expected(name):
        to_the_minute = parse_date(item.published_at).replace(second=0)
        assert to_the_minute == parse_date(expected(name)["published_at"])
    text = f"{item.summary}\n{item.body}"
    for snippet in expected(name).get("content_contains", []):
        assert snippet in text
    for snippet in expected(name).get("content_contains_lower", []):
        assert snippet in text.lower()
    assert len(item.body) > 1000


@pytest.mark.parametrize("name", [n for n in NAMES if expected(n).get("category")])
def test_category(name):
    assert extract(name).category == expected(name)["category"]


def test_body_matches_fundus_paragraphs_without_the_caption_and_byline():
    item = extract("vnexpress__1")
    fundus = json.loads((PAGES / "vnexpress__1.expected-fundus.json").read_text(encoding="utf-8"))["V1"]
    paragraphs = fundus["body"]["sections"][0]["paragraphs"]
    caption = "Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp"
    assert item.body.split("\n\n") == [p for p in paragraphs if p != caption]
    assert item.summary == fundus["body"]["summary"][0]
    assert item.author == fundus["authors"][0]
    assert item.images[0]["caption"] == "Y bác sĩ nội soi cho bệnh nhân."
    assert item.images[0]["credit"] == "Bệnh viện cung cấp"
