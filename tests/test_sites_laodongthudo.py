"""The laodongthudo page object, field by field, on every article of both replicas.

Each case is an input page (harness/site*/pages/) and its expected record
(harness/site*/expected.json), fundus / web-poet style: no crawl, no network.
"""

import json
from pathlib import Path

import pytest
from lxml.cssselect import CSSSelector

from newsbot.extract.html import is_inside
from newsbot.sites.laodongthudo import LaodongthudoArticlePage
from tests.sites import cases as site_cases

BASE = "http://127.0.0.1:8000"
FIELDS = ["article_id", "site", "title", "summary", "body", "author", "published_at", "modified_at",
          "category", "tags", "images", "related", "language"]
REPLICAS = [Path(__file__).resolve().parent.parent / "harness" / name for name in ("site", "site_alt")]


def cases():
    for replica in REPLICAS:
        expectation = json.loads((replica / "expected.json").read_text(encoding="utf-8"))
        for path, record in expectation["reachable"].items():
            yield pytest.param(replica / "pages" / path.lstrip("/"), path, record,
                               id=f"{replica.name}:{record['article_id']}")


def absolute(record: dict) -> dict:
    return {
        **record,
        "site": "127.0.0.1",
        "images": [{**image, "url": BASE + image["url"]} for image in record["images"]],
        "related": [{**link, "url": BASE + link["url"]} for link in record["related"]],
    }


@pytest.mark.parametrize(("page", "path", "record"), list(cases()))
def test_each_field(page, path, record):
    item = LaodongthudoArticlePage(BASE + path, page.read_bytes()).to_item()
    expected = absolute(record)
    wrong = {f: {"expected": expected[f], "got": getattr(item, f)} for f in FIELDS if getattr(item, f) != expected[f]}
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)


def test_listing_pages_are_not_articles_and_lead_to_articles_and_sections():
    front = LaodongthudoArticlePage(BASE + "/", (REPLICAS[0] / "pages" / "index.html").read_bytes())
    assert not front.navigation.is_article
    links = front.navigation.listing_links()
    assert BASE + "/thoi-su.html" in links
    assert all(".tag" not in link for link in links)
    assert not any(link.startswith("https://m.laodongthudo.vn") for link in links)


def test_an_empty_or_broken_page_gives_an_empty_record_not_an_error():
    for html in (b"", b"<html>", b"\x00\xff\xfe garbage", "<p>chỉ một đoạn</p>".encode()):
        item = LaodongthudoArticlePage(BASE + "/bai-1.html", html).to_item()
        assert item.article_id == "1" and item.title is None and item.related == []


def test_hints_looked_up_in_indexes_find_what_their_selectors_find():
    # Hints of one class, of a tag inside a class or of one itemprop are looked up in the
    # page's indexes rather than run over the tree.
    pages = [p.read_bytes() for replica in REPLICAS for p in sorted((replica / "pages").rglob("*.html"))]
    pages += [case.html() for case in site_cases()]
    hints = LaodongthudoArticlePage.profile.hints
    looked_up = 0
    for html in pages:
        page = LaodongthudoArticlePage(BASE + "/bai-1.html", html)
        for part, selectors in hints.items():
            by_selector = [el for css in selectors for el in CSSSelector(css)(page.document.root)]
            expected = [el for el in by_selector if not is_inside(el, page.navigation.block_parts)]
            assert page._hinted(part) == expected, part
            looked_up += len(expected)
    assert looked_up > len(pages)


def resident_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_reading_pages_keeps_none_of_them():
    # What is remembered across pages (keys of short texts, canonical URLs) must not hold on
    # to a page's tree: each page here has short texts of its own, as real pages do.
    pages = [path.read_bytes() for path in sorted((REPLICAS[0] / "pages").rglob("*.html"))]
    def read(number: int, html: bytes):
        own = f"<p>Mục {number}</p><a href='/muc-{number}.html'>Mục {number}</a></body>".encode()
        LaodongthudoArticlePage(f"{BASE}/bai-{number}.html", html.replace(b"</body>", own)).to_item()
    for number, html in enumerate(pages):
        read(number, html)
    before = resident_kib()
    for number in range(len(pages), 20 * len(pages)):
        read(number, pages[number % len(pages)])
    grown_mib = (resident_kib() - before) / 1024
    assert grown_mib < 10, f"{grown_mib:.0f} MiB more after reading {19 * len(pages)} pages"
