"""Property: any HTML-ish input gives an Article, then an item or a drop with a named reason.

Hypothesis writes pages from random tags, attributes, Unicode text, dates,
block headings and JSON-LD (valid, cut off, or of the wrong types), sometimes
unclosed, alone or put anywhere into a well-formed article, sometimes plain random
bytes; the page object reads them from bytes and
the spider from a Scrapy response.
"""

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse

from newsbot.items import Article
from newsbot.pipelines.clean import CleanPipeline
from newsbot.pipelines.validate import ValidatePipeline
from newsbot.sites.laodongthudo import LaodongthudoArticlePage
from tests.conftest import parse_output
from tests.test_pipelines import make

TAGS = ["html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "h1", "h2", "h3",
        "p", "div", "span", "a", "img", "figure", "figcaption", "time", "table", "tr", "td", "ul", "li",
        "br", "article", "section", "header", "footer", "nav", "aside", "form", "b", "em", "svg", "iframe"]
ATTRIBUTES = ["class", "id", "href", "src", "srcset", "data-src", "alt", "title", "content", "property",
              "name", "itemprop", "rel", "datetime", "type", "style", "align", "width", "height", "aria-hidden"]
WORDS = ["Tin khác", "Nên xem", "TIN  KHÁC:", "Đọc nhiều", "(LĐTĐ)", "Ảnh: Minh Anh", "17:52 | 08/04/2025",
         "Thứ sáu, 11/12/2020 17:30", "ngày 45 tháng 13 năm 2020", "(GMT+99)", "2099-01-01T00:00:00+07:00",
         "2024-03-15T10:30:00+99:00", "canonical", "application/ld+json", "og:title", "article:published_time",
         "sapo", "author", "date", "content_detail", "/bai-viet-12345.html", "/thoi-su.html", "http://[::1",
         "javascript:void(0)", "https://m.laodongthudo.vn/x-1.html", " , ", "²", "Hà Nội", "&nbsp;", "&#0;"]
ARTICLE = (Path(__file__).parent / "fixtures" / "badpages" / "baseline.html").read_text(encoding="utf-8")
JSON_KEYS = ["@type", "@graph", "headline", "description", "datePublished", "dateModified", "author", "name",
             "keywords", "articleSection", "image", "itemListElement", "position", "item"]

text = st.one_of(st.text(max_size=40), st.sampled_from(WORDS))
attributes = st.dictionaries(st.sampled_from(ATTRIBUTES), text, max_size=4)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), text,
              st.sampled_from(["NewsArticle", "BreadcrumbList", "Person"])),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(JSON_KEYS), inner, max_size=5)),
    max_leaves=20,
)


@st.composite
def json_ld(draw) -> str:
    data = json.dumps(draw(json_values), ensure_ascii=draw(st.booleans()))
    if draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]
    return f'<script type="application/ld+json">{data}</script>'


def element(children):
    @st.composite
    def build(draw) -> str:
        tag = draw(st.sampled_from(TAGS))
        attrs = "".join(f' {name}="{value.replace(chr(34), "")}"' for name, value in draw(attributes).items())
        inner = "".join(draw(st.lists(children, max_size=5)))
        closing = f"</{tag}>" if draw(st.booleans()) else ""
        return f"<{tag}{attrs}>{inner}{closing}"
    return build()


html_text = st.recursive(st.one_of(text, json_ld()), element, max_leaves=40)


@st.composite
def article_with_insertions(draw) -> str:
    """The well-formed article of the bad-pages corpus with random markup put anywhere, even inside a tag."""
    page = ARTICLE
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(page)))
        page = page[:at] + draw(html_text) + page[at:]
    return page


pages = st.one_of(
    st.lists(html_text, max_size=8).map("".join),
    article_with_insertions(),
).map(lambda page: page.encode("utf-8", "surrogatepass")) | st.binary(max_size=2000)


@pytest.fixture(scope="module")
def steps():
    # Rendering is a crawl's business (it needs the engine): here the spider only reads the page.
    clean, stats = make(CleanPipeline, NEWSBOT_RENDER="never")
    return clean, ValidatePipeline.from_crawler(clean.crawler), clean.crawler.spider


@settings(max_examples=200, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(html=pages, url=st.sampled_from(["http://127.0.0.1:8000/bai-viet-12345.html", "http://127.0.0.1:8000/"]),
       through_spider=st.booleans())
def test_any_page_gives_an_article_then_an_item_or_a_named_drop(steps, html, url, through_spider):
    clean, validate, spider = steps
    if through_spider:
        response = HtmlResponse(url, body=html, headers={"Content-Type": "text/html; charset=utf-8"},
                                request=Request(url))
        items = [o for o in parse_output(spider, response) if not isinstance(o, Request)]
    else:
        items = [LaodongthudoArticlePage(url, html).to_item()]
    for item in items:
        assert isinstance(item, Article)
        try:
            kept = validate.process_item(clean.process_item(item))
        except DropItem as drop:
            assert re.match(r"missing_[a-z_]+: ", str(drop)), drop
            event(f"dropped: {str(drop).split(':')[0]}")
        else:
            assert kept.title and kept.body and kept.article_id == "12345"
            event("kept")
