"""When a page needs its scripts, decided from its plain HTML, and what rendering is allowed to fetch.

No browser here: the crawls through Chromium are in test_render_crawl.py.
"""

import json
from pathlib import Path

import pytest
from scrapy.settings import Settings

from harness.site_js import build as js_build
from newsbot import settings as project_settings
from newsbot.pages.completeness import render_reason
from newsbot.render.config import RenderError, check_browser, playwright_settings, render_mode
from newsbot.render.handler import should_abort
from newsbot.sites.laodongthudo import LaodongthudoArticlePage

BASE = "http://127.0.0.1:8000"
HARNESS = Path(__file__).resolve().parent.parent / "harness"
JS_REPLICA = HARNESS / "site_js"
JS_EXPECTATION = json.loads((JS_REPLICA / "expected.json").read_text(encoding="utf-8"))
PLAIN_REPLICAS = [HARNESS / "site", HARNESS / "site_alt"]
BODY = "".join(f"<p>Đoạn văn thứ {n} của bài báo, đủ dài để là một đoạn thật của bài viết này.</p>"
               for n in range(4))


def page(path: str, html: str):
    return LaodongthudoArticlePage(BASE + path, html)


def article_html(body: str = BODY, tin_khac: str = '<li><a href="/c-13.html">Bài C</a></li>') -> str:
    return (f'<html><body><h1>Tiêu đề của bài viết thử</h1><div class="content_detail">{body}</div>'
            f'<div class="box"><h2>Nên xem</h2><ul><li><a href="/b-12.html">Bài B</a></li></ul></div>'
            f'<div class="box"><h2>Tin khác</h2><ul>{tin_khac}</ul></div></body></html>')


def project_settings_with(**overrides) -> Settings:
    settings = Settings({name: getattr(project_settings, name) for name in dir(project_settings) if name.isupper()})
    settings.setdict(overrides, priority="cmdline")
    return settings


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_committed_js_replica_is_what_its_generator_writes(tmp_path):
    js_build.build(tmp_path)
    assert files(tmp_path / "pages") == files(JS_REPLICA / "pages"), "run python -m harness.site_js.build"
    assert (tmp_path / "expected.json").read_bytes() == (JS_REPLICA / "expected.json").read_bytes()


@pytest.mark.parametrize("path", list(JS_EXPECTATION["auto"]))
def test_the_js_replica_pages_say_why_they_need_rendering(path):
    html = (JS_REPLICA / "pages" / path.lstrip("/")).read_text(encoding="utf-8")
    assert render_reason(page(path, html)) == JS_EXPECTATION["render_reasons"].get(path)


def test_no_article_of_the_plain_replicas_needs_rendering():
    needing = {}
    for replica in PLAIN_REPLICAS:
        for file in (replica / "pages").glob("*.html"):
            reason = render_reason(page("/" + file.name, file.read_text(encoding="utf-8")))
            if reason:
                needing[f"{replica.name}/{file.name}"] = reason
    assert not needing


def test_a_complete_article_needs_no_rendering():
    assert render_reason(page("/bai-1.html", article_html())) is None


@pytest.mark.parametrize("placeholder", [
    "", "<li>Đang tải...</li>", '<li><a href="#">Đang tải...</a></li>',
    '<li><a href="javascript:void(0)">...</a></li>',
])
def test_a_block_heading_over_an_empty_or_placeholder_list_needs_rendering(placeholder):
    article = page("/bai-1.html", article_html(tin_khac=placeholder))
    assert article.navigation.empty_blocks == ["Tin khác"]
    assert render_reason(article) == "empty_block"


@pytest.mark.parametrize("body", ["", "<p>Đang tải nội dung...</p>"])
def test_a_missing_or_short_text_needs_rendering(body):
    assert render_reason(page("/bai-1.html", article_html(body=body))) == "short_body"


def test_an_e_magazine_page_needs_rendering_however_complete_it_looks():
    assert render_reason(page("/lang-nghe-1.media", article_html())) == "script_rendered"
    canonical = '<link rel="canonical" href="/lang-nghe-1.media">'
    with_canonical = article_html().replace("<body>", f"<head>{canonical}</head><body>")
    assert render_reason(page("/bai-1.html", with_canonical)) == "script_rendered"


def test_listing_pages_are_never_rendered():
    front = (HARNESS / "site" / "pages" / "index.html").read_text(encoding="utf-8")
    assert render_reason(page("/", front)) is None
    assert render_reason(page("/", "<html><body></body></html>")) is None


@pytest.mark.parametrize(("resource_type", "url", "aborted"), [
    ("document", "http://127.0.0.1:8000/bai-1.html", False),
    ("script", "http://127.0.0.1:8000/static/tai.js", False),
    ("fetch", "https://api.laodongthudo.vn/tin-khac.json", False),
    ("stylesheet", "data:text/css,body{}", False),
    ("image", "http://127.0.0.1:8000/stores/a.jpg", True),
    ("font", "http://127.0.0.1:8000/fonts/a.woff2", True),
    ("media", "http://127.0.0.1:8000/video/a.mp4", True),
    ("script", "http://localhost:8000/ads/quang-cao.js", True),
    ("xhr", "https://www.google-analytics.com/collect", True),
])
def test_rendered_pages_fetch_only_first_party_documents_scripts_and_data(resource_type, url, aborted):
    assert should_abort(resource_type, url, ["laodongthudo.vn", "127.0.0.1"]) is aborted


def test_without_allowed_domains_every_host_is_allowed():
    assert should_abort("script", "https://cdn.example/app.js", None) is False


def test_the_browser_settings_come_from_newsbot_settings():
    settings = playwright_settings(project_settings_with(NEWSBOT_CHROMIUM="/opt/chromium/chrome",
                                                         NEWSBOT_RENDER_PAGES=2, NEWSBOT_RENDER_TIMEOUT=12.5))
    launch = settings["PLAYWRIGHT_LAUNCH_OPTIONS"]
    assert launch["executable_path"] == "/opt/chromium/chrome"
    assert {"--disable-gpu", "--disable-quic", "--no-first-run"} <= set(launch["args"])
    assert settings["PLAYWRIGHT_MAX_PAGES_PER_CONTEXT"] == 2
    assert settings["PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT"] == 12500


def test_the_render_mode_is_checked():
    assert render_mode(project_settings_with()) == "auto"
    assert render_mode(project_settings_with(NEWSBOT_RENDER=" Never ")) == "never"
    with pytest.raises(RenderError, match="NEWSBOT_RENDER: 'sometimes' is not one of auto, always, never"):
        render_mode(project_settings_with(NEWSBOT_RENDER="sometimes"))


def test_a_missing_browser_is_named_when_every_page_must_be_rendered(tmp_path):
    missing = str(tmp_path / "chromium")
    with pytest.raises(RenderError, match="NEWSBOT_CHROMIUM: no Chromium at"):
        check_browser(project_settings_with(NEWSBOT_CHROMIUM=missing, NEWSBOT_RENDER="always"))
    for mode in ("auto", "never"):
        check_browser(project_settings_with(NEWSBOT_CHROMIUM=missing, NEWSBOT_RENDER=mode))


def test_auto_without_a_browser_renders_nothing_rather_than_failing(tmp_path):
    missing = str(tmp_path / "chromium")
    assert render_mode(project_settings_with(NEWSBOT_CHROMIUM=missing)) == "never"
    assert render_mode(project_settings_with(NEWSBOT_CHROMIUM=missing, NEWSBOT_RENDER="always")) == "always"
