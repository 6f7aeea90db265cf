"""Every fixture case of every site (tests/sites/<site>/), read by that site's page object, field by field."""

import json
from pathlib import Path

import pytest

from newsbot.fixtures import CASE_FIELDS, read_cases, record_of
from newsbot.sites import site_named, site_of_url, sites

ROOT = Path(__file__).parent / "sites"
CASES = read_cases(ROOT)


@pytest.mark.parametrize("case", CASES, ids=[f"{case.site}:{case.name}" for case in CASES])
def test_each_field(case):
    site = site_named(case.site)
    assert site_of_url(case.url) is site, "the case's URL is on another site"
    got = record_of(site.page_class(case.url, case.html, profile=site.profile).to_item())
    expected = case.expected
    wrong = {f: {"expected": expected[f], "got": got[f]} for f in CASE_FIELDS if got[f] != expected[f]}
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)[:4000]


def test_every_folder_is_a_registered_site():
    assert {folder.name for folder in ROOT.iterdir() if folder.is_dir()} <= set(sites())
