"""`python -m newsbot extract FILE --url URL` and newsbot.article_from_html: one saved page in,
its record out."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot import article_from_html
from newsbot.record import RECORD_FIELDS
from tests.sites import cases

ROOT = Path(__file__).parent.parent
REPLICA_PAGE = ROOT / "harness" / "site" / "pages" / "be-mac-ky-hop-29-hdnd-thanh-pho-ha-noi-khoa-xvi-187731.html"


def extract(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsbot", "extract", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)


def realpage() -> tuple[bytes, str]:
    case = next(c for c in cases() if str(c) == "vnexpress/1")
    return case.html(), case.url


def test_the_record_has_the_feed_fields_but_those_of_a_crawl():
    html, url = realpage()
    record = article_from_html(html, url)
    assert set(record) == set(RECORD_FIELDS)
    assert record["site"] == "vnexpress.net" and record["title"] and record["body"]
    assert article_from_html(html.decode("utf-8"), url) == record


def test_a_host_with_a_profile_is_read_with_it():
    html = REPLICA_PAGE.read_bytes()
    path = "/" + REPLICA_PAGE.name
    # laodongthudo.vn's profile knows its dateline mark "(LĐTĐ)" and its tag pages.
    own = article_from_html(html, "https://laodongthudo.vn" + path)
    generic = article_from_html(html, "https://other.example" + path)
    assert generic["summary"] == "(LĐTĐ) " + own["summary"]
    assert own["tags"] and not generic["tags"]


def test_the_command_prints_the_record_as_one_utf8_json_line(tmp_path):
    html, url = realpage()
    saved = tmp_path / "page.html"
    saved.write_bytes(html)
    for done in (extract(str(saved), "--url", url), extract("-", "--url", url, stdin=html)):
        assert done.returncode == 0, done.stderr
        lines = done.stdout.decode("utf-8").splitlines()
        assert len(lines) == 1 and "\\u" not in lines[0]
        assert json.loads(lines[0]) == article_from_html(html, url)


@pytest.mark.parametrize("args, says", [
    (["/no/such/page.html", "--url", "https://vnexpress.net/a-1.html"], "cannot read /no/such/page.html"),
    (["-", "--url", "not a url"], "is not an http(s) URL"),
    (["page.html"], "--url"),
])
def test_bad_input_is_one_line_and_exit_2(args, says):
    done = extract(*args, stdin=b"")
    assert done.returncode == 2 and done.stdout == b""
    assert len(done.stderr.decode().strip().splitlines()) == 1 and says in done.stderr.decode()
