"""How each field picks among its sources: one row per kind of failure seen on real pages,
each in markups of its own, and fields that a site overrides one at a time."""

import json
from pathlib import Path

import pytest

from newsbot import article_from_html
from newsbot.pages.article import ArticlePage
from newsbot.sites import page_for
from newsbot.sites.laodongthudo import LaodongthudoArticlePage
from tests.sites import cases as site_cases

URL = "https://tin.example.vn/thoi-su/mot-bai-bao-123456.html"
TEXT = "".join(f"<p>Đoạn văn thứ {n} của bài báo kể lại sự việc, đủ dài để là một đoạn thật của bài.</p>"
               for n in range(1, 6))


def page(head: str = "", header: str = "", text: str = TEXT, after: str = "",
         h1: str = "Tiêu đề của bài báo thử") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            f"<nav><a href='/'>Trang chủ</a> <a href='/thoi-su/'>Thời sự</a> <a href='/suc-khoe/'>Sức khỏe</a></nav>"
            f"<article><h1>{h1}</h1>{header}<div class='content'>{text}</div>{after}</article></body></html>")


ENGLISH = [f"Paragraph {n} of the story tells what happened, long enough, with a comma, to be a real one."
           for n in range(1, 7)]


def paragraphs(texts) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def body(texts) -> str:
    return "\n\n".join(texts)


def ld(**fields) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields}, ensure_ascii=False)
            + "</script>")


def og_site(name: str) -> str:
    return f'<meta property="og:site_name" content="{name}">'


# (kind, html, field, expected)
KINDS = [
    # Bylines: a header that shows one name of several; the full list is in structured data
    # or elsewhere on the page.
    ("shortened byline, full list in JSON-LD",
     page(ld(author=[{"@type": "Person", "name": "Minh Anh"}, {"@type": "Person", "name": "Hoàng Nam"}]),
          header='<div class="author-info"><a href="/tac-gia/minh-anh">Minh Anh</a> và 1 tác giả khác</div>'),
     "author", "Minh Anh, Hoàng Nam"),
    ("shortened byline, full list in meta",
     page('<meta name="author" content="Lan Hương, Trần Phong, Quốc Việt">',
          header='<p class="byline">Lan Hương và 2 tác giả khác</p>'),
     "author", "Lan Hương, Trần Phong, Quốc Việt"),
    ("shortened byline, full list at the end of the text",
     page(header='<span class="tac-gia">Thu Hà và 1 tác giả khác</span>',
          text=TEXT + '<p style="text-align:right">Thu Hà - Đức Minh</p>'),
     "author", "Thu Hà - Đức Minh"),
    ("see-more link glued to the name",
     page(header='<div class="author"><a href="/tac-gia/1">Nguyễn Văn Bình</a>'
                 '<a href="/tac-gia/1" class="more">Xem các bài viết của tác giả</a></div>'),
     "author", "Nguyễn Văn Bình"),
    ("see-more link after the name",
     page(header='<p class="byline"><b>Lê Thu Trang</b> <a href="/tg/2">Xem thêm bài viết của tác giả</a></p>'),
     "author", "Lê Thu Trang"),
    ("agency in JSON-LD with its address, visible byline",
     page(ld(author={"@type": "Person", "name": "TTXVN - 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"}),
          text=TEXT + "<p><strong>TTXVN</strong></p>"),
     "author", "TTXVN"),
    ("agency in JSON-LD with its address, no digits",
     page(ld(author={"@type": "Person", "name": "TTXVN - Phố Lý Thường Kiệt, Hà Nội"})),
     "author", "TTXVN"),
    ("publisher in meta author, reporter's byline at the end",
     page('<meta name="author" content="Báo Tin Example">' + og_site("Tin Example"),
          text=TEXT + '<p style="text-align: right;"><strong>Phạm Quỳnh</strong></p>'),
     "author", "Phạm Quỳnh"),
    ("publisher in JSON-LD author, reporter's byline in a class",
     page(ld(author={"@type": "Person", "name": "Tin Example Online"}) + og_site("Tin Example"),
          header='<div class="detail-author">Hồng Nhung</div>'),
     "author", "Hồng Nhung"),
    ("publisher as meta author, the host's name spelt out, no byline",
     page('<meta name="author" content="Tin Example">'), "author", None),
    # Category: a generic structured section gives way to the breadcrumb's.
    ("generic article:section, breadcrumb",
     page('<meta property="article:section" content="News">',
          header='<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/suc-khoe/">Sức khỏe</a></li>'
                 '</ul>'),
     "category", "Sức khỏe"),
    ("generic articleSection, section label above the title",
     page(ld(articleSection="Tin tức")).replace(
         "<article>", '<div class="category-text"><a href="/suc-khoe/">Sức khỏe</a></div><article>'),
     "category", "Sức khỏe"),
    ("structured section the page links to, breadcrumb narrower",
     page(ld(articleSection="Thời sự"),
          header='<div class="breadcrumbs"><a href="/thoi-su/">Thời sự</a> › <a href="/thoi-su/xa-hoi/">Xã hội</a>'
                 '</div>'),
     "category", "Thời sự"),
    ("no structured section, breadcrumb named by its ARIA label",
     page(header='<nav aria-label="Breadcrumb"><a href="/">Trang chủ</a> › <a href="/suc-khoe/">Sức khỏe</a></nav>'),
     "category", "Sức khỏe"),
    ("no structured section, breadcrumb named by its microdata type",
     page(header='<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/thoi-su/">Thời sự</a></li>'
                 '</ol>'),
     "category", "Thời sự"),
    ("structured section, no breadcrumb",
     page('<meta property="article:section" content="Kinh tế">'), "category", "Kinh tế"),
    # Text: entities escaped twice; a heading of block-laid-out parts.
    ("entities escaped twice in meta",
     page('<meta property="og:description" content="M&amp;#7897;t c&amp;#226;u chuy&amp;#7879;n">'),
     "summary", "Một câu chuyện"),
    ("entities escaped twice in JSON-LD",
     page(ld(headline="Ti&amp;#234;u &amp;#273;&amp;#7873; kh&amp;#225;c"), h1="").replace("<h1></h1>", ""),
     "title", "Tiêu đề khác"),
    ("heading of two abutting spans",
     page(h1="<span>Phường Hàng Bông:</span><span>Mong chờ mùa lễ hội</span>"),
     "title", "Phường Hàng Bông: Mong chờ mùa lễ hội"),
    ("heading of a link and a span",
     page(h1='<a href="/live/">Trực tiếp</a><span class="t">Trận chung kết</span>'),
     "title", "Trực tiếp Trận chung kết"),
    ("heading with inline markup keeps its spacing",
     page(h1="Giá <b>vàng</b> hôm nay"), "title", "Giá vàng hôm nay"),
    # Body: which container holds the text.
    ("byline box named like content above plain-named text",
     "<html><body><div class='top'><div class='logo'><a href='/'>The Daily Example</a></div><div "
     "class='content-wrapper'><h1>The headline of the story</h1><div>By Jane Roe, Staff Writer, The Daily "
     "Example</div></div></div><div class='wrap'><div class='field-item'>" + paragraphs(ENGLISH)
     + "</div></div></body></html>",
     "body", body(ENGLISH)),
    ("the only h1 is a teaser's below the article",
     "<html><head><meta property='og:title' content='What the early reviews say - Site'></head><body>"
     "<article><h2>What the early reviews say</h2><div class='story'>" + paragraphs(ENGLISH) + "</div></article>"
     "<section><article><h1>Another story entirely</h1><div class='story'><p>Its teaser, a sentence or so of "
     "text, under the headline.</p></div></article></section></body></html>",
     "body", body(ENGLISH)),
    ("text in two parts of one class, a box between",
     "<html><body><h1>The headline of the story</h1><div class='chunks'><div class='grid'><div class='story-body'>"
     + paragraphs(ENGLISH[:2]) + "</div><div class='rail'><a href='/x'>Most popular</a></div></div>"
     "<div class='grid'><div class='story-body'>" + paragraphs(ENGLISH[2:]) + "</div><div class='rail'></div></div>"
     "</div></body></html>",
     "body", body(ENGLISH)),
    # Markup browsers forgive: the document "closed" early.
    ("</html> right after <html>",
     page().replace("<html><head>", "<html></html><head>"), "title", "Tiêu đề của bài báo thử"),
    ("</body></html> before the article",
     page().replace("<article>", "</body></html><article>"), "title", "Tiêu đề của bài báo thử"),
]


@pytest.mark.parametrize("html, field, expected", [row[1:] for row in KINDS], ids=[row[0] for row in KINDS])
def test_each_kind_of_failure_is_read_right(html, field, expected):
    assert article_from_html(html, URL)[field] == expected


def test_a_document_closed_early_still_gives_its_text():
    record = article_from_html(page().replace("<html><head>", "<html></html><head>"), URL)
    assert record["body"].startswith("Đoạn văn thứ 1") and record["body"].count("\n\n") == 4


def pages() -> list[tuple[str, bytes]]:
    replica = Path(__file__).resolve().parent.parent / "harness" / "site" / "pages"
    found = [("http://127.0.0.1:8000/" + p.relative_to(replica).as_posix(), p.read_bytes())
             for p in sorted(replica.rglob("*.html"))[:12]]
    return found + [(case.url, case.html()) for case in site_cases()]


class _OwnCategory(ArticlePage):
    @property
    def category(self):
        return "Chuyên mục riêng"


class _OwnTitle(ArticlePage):
    @property
    def title(self):
        return "Một tiêu đề khác"


class _OwnAuthor(ArticlePage):
    @property
    def author(self):
        return "Tòa soạn"


@pytest.mark.parametrize("override", [_OwnCategory, _OwnTitle, _OwnAuthor], ids=lambda c: c.__name__)
def test_a_site_overrides_one_field_without_changing_the_others(override):
    field = next(name for name in ("category", "title", "author") if name in vars(override))
    for url, html in pages():
        generic = page_for(url, html)
        own = type("Own", (override, type(generic)), {})(url, html, profile=generic.profile)
        expected, got = vars(generic.to_item()), vars(own.to_item())
        assert got[field] == getattr(own, field)
        assert {k: v for k, v in got.items() if k != field} == {k: v for k, v in expected.items() if k != field}, url


def test_each_field_names_its_source():
    html = page(ld(headline="Tiêu đề của bài báo thử", datePublished="2025-03-01T08:00:00+07:00"),
                header='<div class="author">Minh Anh</div>')
    read = page_for(URL, html)
    read.to_item()
    assert read.sources == {
        "title": "markup", "summary": "none", "body": "markup", "author": "markup", "published_at": "json_ld",
        "modified_at": "none", "category": "none", "tags": "none", "images": "none",
    }
    hinted = LaodongthudoArticlePage("http://127.0.0.1:8000/bai-1.html", html)
    hinted.to_item()
    # The site's profile names "article h1" and ".author" among its hints.
    assert hinted.sources == {**read.sources, "title": "hint", "author": "hint"}
