"""The site registry as a user meets it: every site a spider, the generic spider's refusals, savefixture."""

import gzip
import json
import os
import subprocess
import sys

import pytest

from newsbot import article_from_html
from newsbot.sites import site_of_url, sites
from newsbot.sites.generic import GenericArticlePage, profile_for
from tests.conftest import ROOT, run_crawl
from tests.sites import cases

CASES = cases()


def scrapy(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.crawl
def test_scrapy_list_shows_every_registered_site_and_the_generic_spider():
    listed = scrapy("list").stdout.split()
    assert listed == sorted([*sites(), "news"])
    assert {"laodongthudo", "vnexpress", "tuoitre", "thanhnien", "vietnamnet", "laodong", "znews", "vov"} <= set(listed)


def test_each_host_belongs_to_one_site_at_most():
    for site in sites().values():
        for domain in site.profile.domains:
            assert site_of_url(f"https://{domain}/") is site
            assert site_of_url(f"https://m.{domain}/") is site
    assert site_of_url("https://laodong.vn/").name == "laodong"
    assert site_of_url("https://laodongthudo.vn/").name == "laodongthudo"
    assert site_of_url("https://baomoi.com/") is None


def test_each_profiled_site_takes_its_own_article_urls_and_not_its_sections():
    for case in CASES:
        profile = sites()[case.site].profile
        assert profile.article_id(case.url) == case.expected()["article_id"]
        assert not profile.is_section_url(case.url)


@pytest.mark.crawl
@pytest.mark.parametrize(("args", "message"), [
    ([], "scrapy crawl news needs the site's front page"),
    (["-a", "start_urls=https://vnexpress.net/"],
     "vnexpress.net has a profile: use its spider, scrapy crawl vnexpress"),
    (["-a", "start_urls=https://m.tuoitre.vn/"], "m.tuoitre.vn has a profile: use its spider, scrapy crawl tuoitre"),
])
def test_the_generic_spider_refuses_in_one_line_with_exit_2(tmp_path, args, message):
    result = run_crawl(*args, tmp_path=tmp_path, spider="news")
    assert result.returncode == 2
    assert result.log.strip().splitlines()[-1].startswith(f"newsbot: {message}")
    assert "Traceback" not in result.log


def test_the_generic_page_takes_structured_data_for_an_article_whatever_its_url():
    case = CASES[0]
    profile = profile_for(["http://127.0.0.1:8000/"])
    page = GenericArticlePage("http://127.0.0.1:8000/doi-song/bai-viet.html", case.html(), profile=profile)
    assert page.navigation.is_article and page.article_id and page.to_item().title == case.expected()["title"]
    listing = b"<html><head><meta property='og:type' content='website'></head><body><a href='/a'>a</a></body></html>"
    assert not GenericArticlePage("http://127.0.0.1:8000/", listing, profile=profile).navigation.is_article


@pytest.mark.crawl
def test_savefixture_writes_a_case_in_the_format_of_tests_sites(tmp_path):
    case = CASES[0]
    saved = tmp_path / "page.html"
    saved.write_bytes(case.html())
    for _ in range(2):
        result = scrapy("savefixture", case.site, str(saved), "--url", case.url, "--dir", str(tmp_path))
        assert result.returncode == 0, result.stderr
    folder = tmp_path / case.site
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta == {"cases": {name: {"url": case.url, "captured": None, "source": {"file": "page.html"}}
                              for name in ("1", "2")}}
    assert gzip.decompress((folder / "2.html.gz").read_bytes()) == case.html()
    assert json.loads((folder / "2.json").read_text(encoding="utf-8")) == article_from_html(case.html(), case.url)


@pytest.mark.crawl
@pytest.mark.parametrize(("args", "message"), [
    (["nosuchsite", "page.html", "--url", "https://x.vn/a-1.html"], "no site 'nosuchsite'"),
    (["vnexpress", "page.html"], "a saved file needs its page's URL"),
    (["vnexpress", "page.html", "--url", "https://dantri.com.vn/a-20260307080054340.htm"], "is not on vnexpress"),
    (["vnexpress", "missing.html", "--url", "https://vnexpress.net/a-4954454.html"], "No such file"),
])
def test_savefixture_says_what_is_wrong_in_one_line_with_exit_2(tmp_path, args, message):
    (tmp_path / "page.html").write_bytes(CASES[0].html())
    args = [str(tmp_path / arg) if arg.endswith(".html") and "://" not in arg else arg for arg in args]
    result = scrapy("savefixture", *args, "--dir", str(tmp_path / "out"))
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("site_name", "section", "not_a_section"), [
    ("vnexpress", "https://vnexpress.net/kinh-doanh/quoc-te", "https://vnexpress.net/rss/tin-moi-nhat.rss"),
    ("dantri", "https://dantri.com.vn/kinh-doanh.htm", "https://dantri.com.vn/kinh-doanh"),
    ("tuoitre", "https://tuoitre.vn/thoi-su.htm", "https://tuoitre.vn/thoi-su-20260307080054340.htm"),
    ("thanhnien", "https://thanhnien.vn/kinh-te.htm", "https://thanhnien.vn/a-185260307071308923.htm"),
    ("vietnamnet", "https://vietnamnet.vn/thoi-su", "https://vietnamnet.vn/a-2258123.html"),
    ("laodong", "https://laodong.vn/xa-hoi", "https://laodong.vn/xa-hoi/a-1311234.ldo"),
    ("znews", "https://znews.vn/xuat-ban.html", "https://znews.vn/a-post1456789.html"),
    ("vov", "https://vov.vn/kinh-te", "https://vov.vn/kinh-te/a-post1084123.vov"),
    ("cafef", "https://cafef.vn/thi-truong-chung-khoan.chn", "https://cafef.vn/a-188260307071033787.chn"),
    ("baonghean", "https://baonghean.vn/thoi-su/", "https://baonghean.vn/en/a-10230827.html"),
])
def test_each_site_tells_its_sections_from_its_other_pages(site_name, section, not_a_section):
    profile = sites()[site_name].profile
    assert profile.is_section_url(section) and not profile.is_article_url(section)
    assert not profile.is_section_url(not_a_section)
