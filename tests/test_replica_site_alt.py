"""Self-test of the held-out replica harness/site_alt (markups D, E, F): no crawler involved."""
from __future__ import annotations

import json
import re
import unicodedata
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lxml_html

from harness.site import build as first
from harness.site.server import serve_replica
from harness.site_alt import build as alt

HERE = alt.HERE
PAGES = HERE / "pages"
EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
ARTICLES = sorted(p for p, info in EXPECTED["pages"].items() if info["kind"] == "article")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def page_file(path: str) -> Path:
    return PAGES / ("index.html" if path == "/" else path.lstrip("/"))


def page_source(path: str) -> str:
    return unicodedata.normalize("NFC", page_file(path).read_bytes().decode("utf-8"))


def visible_text(source: str) -> str:
    doc = lxml_html.fromstring(source)
    for el in doc.xpath("//script|//style|//head"):
        el.drop_tree()
    return " ".join(doc.text_content().split())


def fetch(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        error.read()
        return error.code


# --------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------
def test_builder_is_deterministic_and_committed_output_is_current(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    alt.build(one)
    alt.build(two)
    assert tree(one) == tree(two)
    built = tree(one / "pages")
    assert built == tree(PAGES), "harness/site_alt/pages is stale: run python -m harness.site_alt.build"
    assert (one / "expected.json").read_bytes() == (HERE / "expected.json").read_bytes()


def test_same_articles_as_the_first_replica_in_other_markups():
    base = json.loads((first.HERE / "expected.json").read_text(encoding="utf-8"))
    assert set(EXPECTED["pages"]) == set(base["pages"])
    assert set(EXPECTED["reachable"]) == set(base["reachable"])
    for key in ("start_path", "seed_path", "listing_paths", "not_reachable", "missing", "flaky_503", "nfd"):
        assert EXPECTED[key] == base[key], key
    counts = Counter(EXPECTED["pages"][p]["markup"] for p in ARTICLES)
    assert set(counts) == {"D", "E", "F"} and max(counts.values()) - min(counts.values()) <= 1, counts
    reachable_markups = Counter(EXPECTED["pages"][p]["markup"] for p in EXPECTED["reachable"])
    assert set(reachable_markups) == {"D", "E", "F"}


def test_no_class_name_shared_with_the_first_replica():
    def classes(folder: Path) -> set[str]:
        found = set()
        for file in folder.iterdir():
            for value in re.findall(r'class="([^"]*)"', file.read_text(encoding="utf-8")):
                found |= set(value.split())
        return found

    assert classes(PAGES) & classes(first.HERE / "pages") == set()


# --------------------------------------------------------------------------------------
# Links
# --------------------------------------------------------------------------------------
def block_targets() -> dict[str, set[str]]:
    targets: dict[str, set[str]] = {}
    for path, links in alt.page_links().items():
        if EXPECTED["pages"][path]["kind"] != "article":
            continue
        for kind, href in links:
            if kind == "block":
                targets.setdefault(first.canonical_path(href, path), set()).add(path)
    return targets


def test_every_block_link_exists_unless_listed_missing():
    targets = block_targets()
    assert None not in targets
    assert {t for t in targets if t not in EXPECTED["pages"]} == set(EXPECTED["missing"])
    with serve_replica(pages_dir=PAGES) as base:
        flaky = set(EXPECTED["flaky_503"])
        for target in sorted(targets):
            status = fetch(base + target)
            if target in flaky:
                assert status == 503, target
                status = fetch(base + target)
            assert status == (404 if target in EXPECTED["missing"] else 200), target
        for path in EXPECTED["listing_paths"]:
            assert fetch(base + path) == 200


def test_edge_cases_are_in_place():
    targets = block_targets()
    seed = EXPECTED["seed_path"]
    assert len(targets[seed]) >= 2  # back-links to the seed
    decorated = [href for links in alt.page_links().values() for kind, href in links
                 if kind == "block" and ("utm_" in href or "#" in href)]
    assert decorated
    nfd = EXPECTED["nfd"][0]
    raw = page_file(nfd).read_bytes().decode("utf-8")
    assert raw == unicodedata.normalize("NFD", raw) != unicodedata.normalize("NFC", raw)
    heading_page = first.article_path(alt.load_site().articles[alt.NFD_HEADING_PAGE])
    raw = page_file(heading_page).read_bytes().decode("utf-8")
    assert unicodedata.normalize("NFD", "Tin khác:") in raw and "Nên xem" in raw
    links = {kind for links in alt.page_links().values() for kind, _ in links}
    assert {"inline", "sidebar", "tag", "body", "ad", "block"} <= links


# --------------------------------------------------------------------------------------
# Expected values against the pages
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", sorted(EXPECTED["reachable"]))
def test_expected_values_appear_on_the_page(path):
    item = EXPECTED["reachable"][path]
    markup = EXPECTED["pages"][path]["markup"]
    source = page_source(path)
    text = visible_text(source)
    assert item["title"] in text
    assert item["summary"] in text
    for paragraph in item["body"].split("\n\n"):
        assert paragraph in text, paragraph
    if markup == "E":  # one cell of <br><br>-separated text, no <p>; the byline is its last bold line
        cell = source.split('<td class="bodytext" valign="top">')[1].split("\n</td></tr>")[0]
        assert "<p" not in cell
        if item["author"]:
            assert cell.rstrip().endswith(f"<b>{item['author']}</b>")
    if item["author"]:
        assert item["author"] in text
    for image in item["images"]:
        src = image["url"].lstrip("/") if markup == "E" else image["url"]
        assert f'"{src}"' in source, src
        caption = image["caption"] + (f" Ảnh: {image['credit']}" if image["credit"] else "")
        assert text.count(caption) == 1, caption
    for related in item["related"]:
        assert related["title"] in text
    for tag in item["tags"]:
        assert tag in text
    if item["category"]:
        assert item["category"] in source


@pytest.mark.parametrize("path", sorted(EXPECTED["reachable"]))
def test_expected_dates_are_given_in_the_markup_own_form(path):
    item = EXPECTED["reachable"][path]
    markup = EXPECTED["pages"][path]["markup"]
    source = page_source(path)
    published, modified = item["published_at"], item["modified_at"]
    if markup == "D":
        graph = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', source).group(1))["@graph"]
        news = next(node for node in graph if node["@type"] == "NewsArticle")
        assert news["datePublished"] == published and news.get("dateModified") == modified
        crumbs = next(node for node in graph if node["@type"] == "BreadcrumbList")
        assert crumbs["itemListElement"][-1]["name"] == item["category"]
    elif markup == "E":
        metas = dict(re.findall(r'<meta property="article:(\w+)_time" content="([^"]+)">', source))
        assert metas["published"] + "+07:00" == published
        assert (metas["modified"] + "+07:00" if "modified" in metas else None) == modified
        assert item["category"] is None
    else:
        stamps = re.findall(r'<time datetime="([^"]+)" itemprop="date(\w+)">', source)
        got = {kind: value.replace("Z", "+00:00") for value, kind in stamps}
        assert got["Published"] == published and got.get("Modified") == modified
        assert published.endswith("+00:00")
