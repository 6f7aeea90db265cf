"""Fast checks of the laodongthudo.vn replica itself (harness/site/), not of the crawler."""
from __future__ import annotations

import json
import sys
import unicodedata
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from harness.site import build  # noqa: E402
from harness.site.server import serve_replica  # noqa: E402

SITE = ROOT / "harness" / "site"
PAGES = SITE / "pages"
BLOCK_NAMES = {"nên xem": "Nên xem", "tin khác": "Tin khác"}


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads((SITE / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def links() -> dict:
    return build.page_links()


def page_file(path: str) -> Path:
    return PAGES / ("index.html" if path == "/" else path.lstrip("/"))


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def parse(path: str):
    return lxml.html.document_fromstring(page_file(path).read_text("utf-8"))


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------------------
# The builder
# --------------------------------------------------------------------------------------
def test_builder_is_deterministic_and_committed_output_is_current(tmp_path):
    build.build(tmp_path / "a")
    build.build(tmp_path / "b")
    first, second = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert first == second
    committed = {f"pages/{k}": v for k, v in tree(PAGES).items()}
    committed["expected.json"] = (SITE / "expected.json").read_bytes()
    assert first == committed, "harness/site is stale: run python -m harness.site.build"


def test_seed_copy_is_the_shared_seed():
    shared = ROOT.parent / "shared" / "site" / "laodongthudo-116535.txt"
    if not shared.is_file():
        pytest.skip("no shared/ folder beside the repo")
    assert (SITE / "seed" / "laodongthudo-116535.txt").read_bytes() == shared.read_bytes()


# --------------------------------------------------------------------------------------
# Pages and links
# --------------------------------------------------------------------------------------
def test_html_links_are_the_recorded_links(links):
    """The link model the expected crawl is computed from is exactly what the HTML holds
    (as a multiset: the model records links in render order, not page order)."""
    for path, recorded in links.items():
        hrefs = [a.get("href") for a in parse(path).iter("a") if a.get("href") is not None]
        assert Counter(hrefs) == Counter(href for _, href in recorded), path


def test_every_block_link_exists_unless_listed_missing(links, expected):
    missing = set(expected["missing"])
    for path, recorded in links.items():
        for kind, href in recorded:
            target = build.canonical_path(href, path)
            if target is None or not build.is_article_path(target):
                continue
            exists = page_file(target).is_file()
            if kind == "block":
                assert exists or target in missing, f"{path} -> {href}"
            else:
                assert exists, f"{path} -> {href} ({kind})"
    for path in missing:
        assert not page_file(path).exists()


def test_expected_paths_and_special_cases(expected):
    reachable = expected["reachable"]
    pages = expected["pages"]
    assert len(pages) >= 20
    assert all(page_file(p).is_file() for p in pages)
    assert expected["seed_path"] in reachable and expected["seed_path"] in expected["reachable_from_seed"]
    assert set(expected["reachable_from_seed"]) < set(reachable)
    not_reachable = {x["path"]: x["reason"] for x in expected["not_reachable"]}
    assert not set(not_reachable) & set(reachable)
    assert {"inline", "sidebar", "body-link", "tag"} <= set(not_reachable.values())
    assert all(pages[p]["kind"] == "article" for p in list(reachable) + list(not_reachable))
    assert expected["missing"] and expected["flaky_503"] and expected["nfd"]
    assert set(expected["flaky_503"]) <= set(reachable) and set(expected["nfd"]) <= set(reachable)
    # every markup is used by several reachable pages
    markups = Counter(pages[p]["markup"] for p in reachable)
    assert set(markups) == {"A", "B", "C"} and min(markups.values()) >= 3
    for path, item in reachable.items():
        assert item["url"] == path and path.endswith(f"-{item['article_id']}.html")
        assert item["site"] is None and item["language"] == "vi"
        for text in (item["title"], item["summary"], item["body"]):
            assert text and unicodedata.is_normalized("NFC", text)
            assert not item["summary"].startswith("(LĐTĐ)")


def test_nfd_page_is_decomposed_and_the_others_are_not(expected):
    for path in expected["pages"]:
        text = page_file(path).read_text("utf-8")
        if path in expected["nfd"]:
            assert not unicodedata.is_normalized("NFC", text)
            assert unicodedata.is_normalized("NFD", text)
        else:
            assert unicodedata.is_normalized("NFC", text), path


def heading_blocks(doc) -> list[tuple[str, list]]:
    """Blocks found by heading text only: the links after each heading, up to the next heading."""
    headings = [el for el in doc.iter()
                if isinstance(el.tag, str) and norm(el.text_content()).casefold() in BLOCK_NAMES
                and not any(norm(c.text_content()).casefold() in BLOCK_NAMES for c in el)]
    inside = set(headings)
    out = []
    for h in headings:
        node, found = h, []
        while node is not None and not found:
            for sib in node.itersiblings():
                if any(x in inside for x in sib.iter()):
                    break
                found += sib.xpath("descendant-or-self::a[@href]")
            node = node.getparent()
        out.append((BLOCK_NAMES[norm(h.text_content()).casefold()], found))
    return out


def test_blocks_found_by_heading_give_the_expected_related(expected):
    """An independent heading-based reading of each reachable page agrees with expected.json."""
    for path, item in expected["reachable"].items():
        related: dict[str, dict] = {}
        for block, anchors in heading_blocks(parse(path)):
            for a in anchors:
                url = urljoin("http://127.0.0.1" + path, a.get("href"))
                parts = urlsplit(url)
                target = parts.path
                if parts.netloc != "127.0.0.1" or not build.is_article_path(target):
                    continue
                entry = related.setdefault(target, {"block": block, "url": target, "title": ""})
                entry["title"] = entry["title"] or norm(a.text_content())
        assert list(related.values()) == item["related"], path


def test_body_paragraphs_and_fields_are_on_the_page(expected):
    for path, item in expected["reachable"].items():
        text = norm(parse(path).text_content())
        for paragraph in item["body"].split("\n\n"):
            assert paragraph == norm(paragraph) and paragraph in text, (path, paragraph)
        assert item["title"] in text and item["summary"] in text
        if item["author"]:
            assert item["author"] in text
        for image in item["images"]:
            assert image["url"] in page_file(path).read_text("utf-8")


# --------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------
def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_server_serves_pages_robots_404_and_503_once(expected, capsys):
    flaky = expected["flaky_503"][0]
    with serve_replica() as base:
        assert base.startswith("http://127.0.0.1:")
        status, headers, body = fetch(base + "/")
        assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
        assert body == (PAGES / "index.html").read_bytes()
        assert fetch(base + "/robots.txt")[0] == 200
        assert b"Disallow:\n" in fetch(base + "/robots.txt")[2]
        assert fetch(base + expected["missing"][0])[0] == 404
        assert fetch(base + "/no-such-page.html")[0] == 404
        assert fetch(base + "/../expected.json")[0] == 404
        assert fetch(base + flaky + "?utm_source=x#frag")[0] == 503
        status, _, body = fetch(base + flaky)
        assert status == 200 and body == page_file(flaky).read_bytes()
        assert fetch(base + flaky)[0] == 200
        tag = next(p for p, v in expected["pages"].items() if v["kind"] == "tag")
        assert fetch(base + tag)[1]["Content-Type"] == "text/html; charset=utf-8"
        assert base.requests[:3] == ["/", "/robots.txt", "/robots.txt"]
        assert base.requests.count(flaky) == 3
        assert base.server.log[-1][2] == 200
    with serve_replica() as base:  # a new server: 503 again on the first hit
        assert fetch(base + flaky)[0] == 503
        assert base.requests == [flaky]
    assert capsys.readouterr().err == ""
