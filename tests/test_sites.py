"""Every case of every site under tests/sites: the record newsbot reads from the page,
field by field, against the expected one (a failure names the site, case and field)."""

import json
from functools import cache

import pytest

from newsbot import article_from_html
from newsbot.extract.dates import parse_date
from newsbot.record import RECORD_FIELDS
from tests.sites import Case, cases

CASES = cases()
FIELDS = RECORD_FIELDS


@cache
def read(case: Case) -> dict:
    return article_from_html(case.html(), case.url)


def field_cases() -> list:
    params = []
    for case in CASES:
        for field in FIELDS:
            known = case.meta.get("known_wrong", {}).get(field)
            marks = [pytest.mark.xfail(reason=known, strict=True)] if known else []
            params.append(pytest.param(case, field, marks=marks, id=f"{case}-{field}"))
    return params


@pytest.mark.parametrize("case, field", field_cases())
def test_field(case, field):
    assert read(case)[field] == case.expected()[field]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_case_says_where_it_comes_from_and_expects_every_field(case):
    # A page from a public repository names its commit; one saved by savefixture its file or URL.
    source = case.meta["source"]
    assert case.url.startswith("https://") and (source.get("commit") or source.get("file") or source.get("url"))
    assert set(case.expected()) == set(FIELDS)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_expected_record_holds_what_the_page_s_source_asserted(case):
    asserted, expected = case.meta.get("asserted_by_source", {}), case.expected()
    # The source kept the site's name after the title; newsbot leaves it out.
    assert asserted.get("title", expected["title"]).startswith(expected["title"])
    if "published_at" in asserted:
        assert parse_date(expected["published_at"]).replace(second=0) == parse_date(asserted["published_at"])
    if "category" in asserted:
        assert expected["category"] == asserted["category"]
    text = f"{expected['summary']}\n{expected['body']}"
    assert all(snippet in text for snippet in asserted.get("content_contains", []))
    assert all(snippet in text.lower() for snippet in asserted.get("content_contains_lower", []))


def test_vnexpress_text_is_fundus_paragraphs_without_the_caption_and_byline():
    case = next(c for c in CASES if str(c) == "vnexpress/1")
    fundus = json.loads((case.folder / "1.expected-fundus.json").read_text(encoding="utf-8"))["V1"]
    caption = "Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp"
    record = read(case)
    assert record["body"].split("\n\n") == [p for p in fundus["body"]["sections"][0]["paragraphs"] if p != caption]
    assert record["summary"] == fundus["body"]["summary"][0]
    assert record["author"] == fundus["authors"][0]
    assert (record["images"][0]["caption"], record["images"][0]["credit"]) == (
        "Y bác sĩ nội soi cho bệnh nhân.", "Bệnh viện cung cấp")
