"""A generated replica of laodongthudo.vn at benchmark scale: N article pages of 80-150 KB.

    python -m bench.site --pages 5000 [--out DIR]

Every page has what a real Vietnamese news page carries around its article: a head
full of meta tags, inline CSS and ad scripts, a mega menu, ad slots, a sidebar of
ranked news, a large footer and trailing scripts. The article (500-1,500 words of
text from the test replica's Vietnamese articles, subheadings, photos with captions,
an inline related box) is written in one of four markups the extractor meets on the
site (2020-era tables, modern <article>/<figure>, flat scrambled classes, custom
elements with ARIA blocks). Its "Nên xem" and "Tin khác" blocks link the articles
into one graph: "Tin khác" lists the next articles in a ring, so the whole site is
reachable from the front page, and "Nên xem" random others.

Every link a crawler may follow is a site-relative path: the pages name no host but
the ad network's reserved ``.example`` domain. The site is written once per
(pages, layout version) into a cache folder and reused; ``manifest.json`` holds, per
article, what a correct extraction returns (title, body), for the checks.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from harness.site import build as replica
from harness.site.build import attr, esc, plain, slugify

#: Bump when the generated pages change, so cached sites are rebuilt.
LAYOUT_VERSION = 1
SEED = 20251227
MIN_PAGE_BYTES = 80_000
MAX_PAGE_BYTES = 150_000
MIN_WORDS, MAX_WORDS = 500, 1500
FIRST_ID = 190_000
NEN_XEM_SIZE = 6
TIN_KHAC_SIZE = 10
LISTING_SIZE = 20
MARKUPS = ("A", "B", "C", "F")
SECTIONS = {
    "Thời sự": ["Chính trị", "Xã hội", "Quốc tế", "Pháp luật", "Tin nóng"],
    "Hà Nội": ["Quận huyện", "Đô thị", "Giao thông", "Môi trường", "Người Hà Nội"],
    "Công đoàn": ["Hoạt động", "Chính sách", "Người lao động", "Tấm gương", "Phúc lợi"],
    "Kinh tế": ["Tài chính", "Bất động sản", "Doanh nghiệp", "Thị trường", "Giá vàng"],
    "Việc làm": ["Tuyển dụng", "Đào tạo nghề", "An toàn lao động", "Tiền lương", "Xuất khẩu lao động"],
    "Giáo dục": ["Tuyển sinh", "Du học", "Nhà trường", "Khoa học", "Công nghệ"],
    "Văn hóa": ["Giải trí", "Du lịch", "Văn học", "Di sản", "Ẩm thực"],
    "Thể thao": ["Bóng đá", "Quần vợt", "Điền kinh", "Hậu trường", "Thể thao Hà Nội"],
}
AUTHORS = ["Hoàng Phúc", "Ngọc Ánh", "Minh Anh", "Thùy Linh", "Phạm Tuyên", "Hà Anh", "Bảo Ngọc",
           "Thanh Hà", "Khánh Linh", "Nguyễn Hùng", "Trần Dũng", "Lan Hương"]
TAGS = ["Giá vàng", "Tỷ giá USD", "Chuyển đổi số", "Tết Nguyên đán 2026", "Thời tiết Hà Nội",
        "Đầu tư công", "Công đoàn Hà Nội", "Người lao động", "Kinh tế - xã hội", "Giao thông",
        "Bóng đá Việt Nam", "Giáo dục", "An toàn thực phẩm", "Bảo hiểm xã hội", "Nhà ở xã hội"]
ADS = "https://adnet.example"
PAPER = "Báo Lao động Thủ đô"
#: Links a bare crawler follows to walk the same pages as newsbot, whichever of the four
#: markups a page is in: on listing pages the menu, lists and rankings (every article and
#: section link), on article pages the links of the two blocks.
LISTING_CSS = ".megamenu a, .list_news a, .rank a"
BLOCK_CSS = ", ".join([
    "div.box_nx a", "div.box_tk a",      # markup A
    "section.box-news a",                 # markup B
    "ul.blk a",                           # markup C
    "aside[aria-label] > ol > li a",      # markup F
])


# ---------------------------------------------------------------------------------------
# Text: sentences, titles and captions drawn from the test replica's Vietnamese articles
# ---------------------------------------------------------------------------------------
@cache
def _corpus() -> dict:
    site = replica.load_site()
    articles = list(site.articles.values())
    paragraphs = [plain(x) for a in articles for x in a.body if isinstance(x, str) and plain(x)]
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?”])\s+", p) if len(s.split()) >= 6]
    return {
        "sentences": sentences,
        "sapos": [a.sapo for a in articles],
        "captions": [x.caption for a in articles for x in a.body if isinstance(x, replica.Img)],
        "subheadings": [x[1] for a in articles for x in a.body if isinstance(x, tuple) and x[0] == "h2"]
        or ["Nâng cao chất lượng", "Những kết quả nổi bật"],
    }


def _title(rng: random.Random) -> str:
    words = rng.choice(_corpus()["sentences"]).rstrip(".!?”\"").split()
    start = rng.randrange(0, max(1, len(words) - 12))
    title = " ".join(words[start:start + rng.randint(9, 16)]).strip(",;:-–\"“ ")
    return title[:1].upper() + title[1:]


@dataclass
class Photo:
    src: str
    caption: str
    credit: str | None


@dataclass
class Story:
    number: int  # 0..N-1, position in the ring
    id: int
    title: str
    sapo: str
    section: str
    markup: str
    published: datetime
    modified: datetime | None
    author: str
    tags: list[str]
    body: list = field(default_factory=list)  # str paragraph, ("h", text) subheading, Photo
    nen_xem: list[int] = field(default_factory=list)
    tin_khac: list[int] = field(default_factory=list)
    inline: list[int] = field(default_factory=list)
    size: int = 0  # target page size in bytes

    @property
    def path(self) -> str:
        return f"/{slugify(self.title)}-{self.id}.html"

    @property
    def words(self) -> int:
        return sum(len(x.split()) for x in self.body if isinstance(x, str))

    def expected(self) -> dict:
        """What a correct extraction of the page returns (the fields the checks compare)."""
        text = [x if isinstance(x, str) else x[1] for x in self.body if not isinstance(x, Photo)]
        return {"path": self.path, "article_id": str(self.id), "title": self.title,
                "body": "\n\n".join(text), "markup": self.markup}


def make_stories(count: int, seed: int = SEED) -> list[Story]:
    rng = random.Random(seed)
    corpus = _corpus()
    sections = list(SECTIONS)
    start = datetime(2025, 12, 27, 18, 0)
    stories = []
    for n in range(count):
        published = start - timedelta(minutes=37 * n + rng.randrange(30))
        story = Story(
            number=n, id=FIRST_ID + n, title=_title(rng), sapo=rng.choice(corpus["sapos"]),
            section=rng.choice(sections), markup=MARKUPS[n % len(MARKUPS)], published=published,
            modified=published + timedelta(minutes=rng.randrange(20, 300)) if rng.random() < 0.5 else None,
            author=rng.choice(AUTHORS), tags=rng.sample(TAGS, rng.randint(2, 5)),
            size=rng.randint(MIN_PAGE_BYTES, MAX_PAGE_BYTES),
        )
        story.body = _body(rng, story.id)
        stories.append(story)
    for story in stories:
        n = story.number
        ring = [(n + k) % count for k in range(1, TIN_KHAC_SIZE + 1)]
        story.tin_khac = list(dict.fromkeys(k for k in ring if k != n))
        others = [k for k in range(count) if k != n and k not in story.tin_khac] if count <= 64 else None
        story.nen_xem = rng.sample(others, min(NEN_XEM_SIZE, len(others))) if others is not None else \
            list(dict.fromkeys(k for k in (rng.randrange(count) for _ in range(NEN_XEM_SIZE * 2))
                               if k != n and k not in story.tin_khac))[:NEN_XEM_SIZE]
        story.inline = [rng.randrange(count) for _ in range(3)]
    return stories


def _body(rng: random.Random, article_id: int) -> list:
    corpus = _corpus()
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    sentences = rng.sample(corpus["sentences"], len(corpus["sentences"]))
    body, words, paragraphs, photos = [], 0, 0, 0
    while words < target:
        take = rng.randint(1, 3)
        paragraph = " ".join(sentences[:take])
        sentences = sentences[take:] or rng.sample(corpus["sentences"], len(corpus["sentences"]))
        body.append(paragraph)
        words += len(paragraph.split())
        paragraphs += 1
        if paragraphs % 4 == 2 and photos < 8:
            photos += 1
            credit = rng.choice(AUTHORS) if rng.random() < 0.6 else None
            src = f"/stores/news_dataimages/{article_id % 97:02d}/{article_id}/photo-{photos}.jpg"
            body.append(Photo(src, rng.choice(corpus["captions"]), credit))
        elif paragraphs % 6 == 5:
            body.append(("h", rng.choice(corpus["subheadings"])))
    return body


# ---------------------------------------------------------------------------------------
# Page furniture shared by every layout (class names differ by layout, as on real sites)
# ---------------------------------------------------------------------------------------
def section_path(name: str) -> str:
    return f"/{slugify(name)}.html"


def subsection_path(section: str, name: str) -> str:
    return f"/{slugify(section)}/{slugify(name)}"


def _listing_paths() -> list[str]:
    paths = ["/"]
    for section, subsections in SECTIONS.items():
        paths.append(section_path(section))
        paths += [subsection_path(section, s) for s in subsections]
    return paths


def _thumb(story: Story) -> str:
    return f"/stores/news_dataimages/thumbnail/{story.id % 97:02d}/{story.id}.jpg"


def _megamenu(cls: str) -> str:
    entries = []
    for section, subsections in SECTIONS.items():
        subs = "".join(f'<li class="{cls}__sub-item"><a href="{subsection_path(section, s)}" title="{attr(s)}">'
                       f"{esc(s)}</a></li>" for s in subsections)
        entries.append(f'<li class="{cls}__item"><a class="{cls}__link" href="{section_path(section)}" '
                       f'title="{attr(section)}">{esc(section)}</a><ul class="{cls}__sub">{subs}</ul></li>')
    return (f'<nav class="megamenu {cls}"><ul class="{cls}__list"><li><a href="/">Trang chủ</a></li>'
            f'{"".join(entries)}</ul></nav>')


def _ad(slot: str, cls: str) -> str:
    return (f'<div class="{cls}" id="ad-{slot}" data-slot="{slot}"><span class="{cls}__label">Quảng cáo</span>'
            f"<script>window.adq=window.adq||[];adq.push({{slot:'{slot}',sizes:[[300,250],[728,90]],"
            f"lazy:true,refresh:30}});</script>"
            f'<a href="{ADS}/click?slot={slot}" rel="nofollow sponsored" target="_blank">'
            f'<img src="{ADS}/banner/{slot}.jpg" alt="Quảng cáo" width="300" height="250"></a></div>')


def _ranking(stories: list[Story], picks: list[int], heading: str, cls: str) -> str:
    items = "".join(
        f'<li class="{cls}__item"><a class="{cls}__thumb" href="{stories[k].path}"><img src="{_thumb(stories[k])}" '
        f'alt="{attr(stories[k].title)}" width="120" height="80"></a><h4 class="{cls}__title"><a '
        f'href="{stories[k].path}">'
        f"{esc(stories[k].title)}</a></h4></li>" for k in picks)
    return f'<div class="{cls}"><div class="{cls}__heading">{esc(heading)}</div><ol>{items}</ol></div>'


def _footer(cls: str) -> str:
    columns = "".join(
        f'<div class="{cls}__col"><h5>{esc(section)}</h5><ul>'
        + "".join(f'<li><a href="{subsection_path(section, s)}">{esc(s)}</a></li>' for s in subs) + "</ul></div>"
        for section, subs in SECTIONS.items())
    return (f'<footer class="{cls}"><div class="{cls}__columns">{columns}</div>'
            f"<p>{PAPER} - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p>"
            "<p>Tổng Biên tập: Nguyễn Văn Bình. Tòa soạn: 51 Hàng Bồ, Hoàn Kiếm, Hà Nội. "
            "Điện thoại: 024 3828 0000. Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.</p>"
            '<p><a href="mailto:toasoan@laodongthudo.vn">Liên hệ tòa soạn</a> | '
            '<a href="https://m.laodongthudo.vn/">Phiên bản di động</a></p>'
            "<p>© Bản quyền thuộc về Báo Lao động Thủ đô. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận "
            "bằng văn bản.</p></footer>")


_CSS_PROPS = ["margin:0 auto", "padding:8px 12px", "display:flex", "font-size:15px", "line-height:1.6",
              "color:#1a3d7c", "border-bottom:1px solid #e5e5e5", "background:#fff", "position:relative",
              "overflow:hidden", "text-transform:uppercase", "font-weight:700", "max-width:1140px"]


def _filler(rng: random.Random, size: int) -> tuple[str, str]:
    """Inline CSS and script of about ``size`` bytes in all, like a CMS theme and its ad/analytics code."""
    css, js = [], []
    css_size, js_size = size * 2 // 5, size - size * 2 // 5
    while sum(map(len, css)) < css_size:
        selector = f".{rng.choice(['box', 'list', 'item', 'news', 'cate', 'hd', 'ft'])}-{rng.randrange(999)}"
        css.append(f"{selector}{{{';'.join(rng.sample(_CSS_PROPS, 4))}}}")
    while sum(map(len, js)) < js_size:
        name = f"f{rng.randrange(10**6):x}"
        js.append(f"function {name}(e,t){{var n=document.querySelectorAll('[data-{name}]');"
                  f"for(var i=0;i<n.length;i++){{n[i].setAttribute('data-ready','{rng.randrange(10**9)}');}}"
                  f"return e&&t?e+t:{rng.randrange(1000)};}}")
    return "".join(css), "".join(js)


def _head(title: str, description: str, extra: str, css: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(description)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="fb:app_id" content="1234567890">
<meta name="twitter:card" content="summary_large_image">
<link rel="preconnect" href="{ADS}">
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/themes/ldtd/css/main.min.css?v=20251227">
{extra}
<style>{css}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-LDTD0000');</script>
</head>
"""


# ---------------------------------------------------------------------------------------
# The four article layouts
# ---------------------------------------------------------------------------------------
def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:00+07:00")


def _block_items(stories: list[Story], keys: list[int], li: str, title_tag: str) -> str:
    return "".join(
        f'<{li}><a class="thumb" href="{stories[k].path}"><img src="{_thumb(stories[k])}" '
        f'alt="{attr(stories[k].title)}">'
        f'</a><{title_tag}><a href="{stories[k].path}">{esc(stories[k].title)}</a></{title_tag}>'
        f"<p>{esc(stories[k].sapo)}</p></{li}>" for k in keys)


def _blocks(stories: list[Story], order, wrap, item_tag: str, title_tag: str, separator: str = "") -> str:
    """The "Nên xem" and "Tin khác" blocks, ``order`` their (heading, keys), each wrapped by
    ``wrap(heading, items)``."""
    return separator.join(wrap(heading, _block_items(stories, keys, item_tag, title_tag)) for heading, keys in order)


def _tag_links(story: Story, template: str, separator: str) -> str:
    return separator.join(template.format(href=f"/{slugify(t)}.tag", name=esc(t)) for t in story.tags)


def _paragraphs(story: Story, photo, subheading, ad_every: int, ad_cls: str) -> str:
    out = []
    for n, el in enumerate(story.body):
        if isinstance(el, Photo):
            out.append(photo(el))
        elif isinstance(el, tuple):
            out.append(subheading(el[1]))
        else:
            out.append(f"<p>{esc(el)}</p>")
        if n % ad_every == ad_every - 1:
            out.append(_ad(f"inarticle-{story.id}-{n}", ad_cls))
    return "\n".join(out)


def render_a(story: Story, stories: list[Story]) -> tuple[str, str, str]:
    """2020-era: JSON-LD, div.detail_info, table photos, right-aligned byline, div.box blocks."""
    news = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
            "description": f"(LĐTĐ) {story.sapo}", "datePublished": _iso(story.published),
            "author": {"@type": "Person", "name": story.author},
            "publisher": {"@type": "Organization", "name": PAPER}}
    if story.modified:
        news["dateModified"] = _iso(story.modified)
    head = (f'<link rel="canonical" href="{story.path}">\n'
            f'<script type="application/ld+json">{json.dumps(news, ensure_ascii=False)}</script>')

    def photo(p: Photo) -> str:
        credit = f" <em>Ảnh: {esc(p.credit)}</em>" if p.credit else ""
        return (f'<table class="image center"><tbody><tr><td><img src="{p.src}" alt="{attr(p.caption)}" '
                f'title="{attr(p.caption)}"></td></tr><tr><td class="image_desc">{esc(p.caption)}{credit}</td></tr>'
                "</tbody></table>")

    inline = "".join(f'<li><a href="{stories[k].path}">{esc(stories[k].title)}</a></li>' for k in story.inline)
    text = _paragraphs(story, photo, lambda t: f"<h3>{esc(t)}</h3>", 6, "ads ads_inarticle")
    box = {"Nên xem": "box_nx", "Tin khác": "box_tk"}
    blocks = _blocks(stories, (("Nên xem", story.nen_xem), ("Tin khác", story.tin_khac)),
                     lambda heading, items: f'<div class="box {box[heading]}"><h2 class="title_box">{heading}</h2>'
                                            f'<ul class="list_block">{items}</ul></div>', "li", "h3")
    tags = _tag_links(story, '<a href="{href}">{name}</a>', ", ")
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="{section_path(story.section)}">{esc(story.section)}</a></div>
<h1 class="title_detail">{esc(story.title)}</h1>
<div class="detail_info"><a class="cat" href="{section_path(story.section)}">{esc(story.section)}</a> <span class="time">{story.published:%H:%M | %d/%m/%Y}</span></div>
<div class="sapo">(LĐTĐ) {esc(story.sapo)}</div>
<div class="content_detail">
<table class="tlq" align="right" width="35%"><tbody><tr><td><ul>{inline}</ul></td></tr></tbody></table>
{text}
<p style="text-align: right;"><strong>{esc(story.author)}</strong></p>
</div>
<div class="tags_detail"><span>Từ khóa:</span> {tags}</div>
<div class="box_quantam"><div class="title_box">Có thể bạn quan tâm</div>{_ad(f"quantam-{story.id}", "ads")}</div>
{blocks}"""
    return head, main, "ads"


def render_b(story: Story, stories: list[Story]) -> tuple[str, str, str]:
    """Modern: OpenGraph, <article>, <time>, <figure>, section.box-news blocks headed in capitals."""
    meta = ['<meta property="og:type" content="article">', f'<meta property="og:title" content="{attr(story.title)}">',
            f'<meta property="og:description" content="{attr(story.sapo)}">',
            f'<meta property="og:site_name" content="{PAPER}">',
            f'<meta property="article:published_time" content="{_iso(story.published)}">',
            f'<meta property="article:section" content="{attr(story.section)}">',
            f'<meta name="author" content="{attr(story.author)}">']
    if story.modified:
        meta.append(f'<meta property="article:modified_time" content="{_iso(story.modified)}">')
    meta += [f'<meta property="article:tag" content="{attr(t)}">' for t in story.tags]

    def photo(p: Photo) -> str:
        credit = f" Ảnh: {esc(p.credit)}" if p.credit else ""
        return (f'<figure class="image"><img src="{p.src}" alt="{attr(p.caption)}" loading="lazy">'
                f"<figcaption>{esc(p.caption)}{credit}</figcaption></figure>")

    inline = " ".join(f'<a href="{stories[k].path}">{esc(stories[k].title)}</a>' for k in story.inline)
    text = _paragraphs(story, photo, lambda t: f"<h2>{esc(t)}</h2>", 5, "ads ads--inline")
    blocks = _blocks(stories, (("Tin khác", story.tin_khac), ("Nên xem", story.nen_xem)),
                     lambda heading, items: f'<section class="box-news"><div class="heading">{heading.upper()}</div>'
                                            f'<div class="items">{items}</div></section>', "div", "h3")
    tags = _tag_links(story, '<a class="tag" href="{href}">{name}</a>', " ")
    main = f"""<article class="article">
<nav class="breadcrumb"><a href="/">Trang chủ</a> <a href="{section_path(story.section)}">{esc(story.section)}</a></nav>
<h1 class="article__title">{esc(story.title)}</h1>
<div class="article__meta"><time datetime="{_iso(story.published)}">{story.published:%H:%M | %d/%m/%Y}</time></div>
<h2 class="sapo">(LĐTĐ) {esc(story.sapo)}</h2>
<div class="article__body">
<div class="related-inline">{inline}</div>
{text}
</div>
<div class="article__author"><strong>{esc(story.author)}</strong></div>
<div class="article__tags"><span>Tags:</span> {tags}</div>
</article>
<div class="box-interest"><div class="heading">Có thể bạn quan tâm</div>{_ad(f"interest-{story.id}", "ads")}</div>
{blocks}"""
    return "\n".join(meta), main, "ads ads--side"


def render_c(story: Story, stories: list[Story]) -> tuple[str, str, str]:
    """Flat: scrambled class names, a visible date only, both blocks as sibling <h3>s in one parent."""
    c = replica.scrambler(str(story.id))

    def photo(p: Photo) -> str:
        credit = f" Ảnh: {esc(p.credit)}" if p.credit else ""
        return (f'<div class="{c("imgbox")}"><img src="{p.src}" alt="{attr(p.caption)}" title="{attr(p.caption)}">'
                f'<div class="{c("cap")}"><em>{esc(p.caption)}{credit}</em></div></div>')

    inline = " ".join(f'<a href="{stories[k].path}">{esc(stories[k].title)}</a>' for k in story.inline)
    text = _paragraphs(story, photo, lambda t: f"<p><b>{esc(t)}</b></p>", 7, c("ad"))
    blocks = _blocks(stories, (("Nên xem", story.nen_xem), ("Tin khác", story.tin_khac)),
                     lambda heading, items: f'<h3>{heading}</h3><ul class="blk {c("list")}">{items}</ul>',
                     "li", "div", "\n")
    tags = _tag_links(story, '<a href="{href}">{name}</a>', ", ")
    main = f"""<h1 class="{c("title")}">{esc(story.title)}</h1>
<div class="{c("date")}">{replica.WEEKDAYS[story.published.weekday()]}, {story.published:%d/%m/%Y %H:%M} (GMT+7)</div>
<div class="{c("sapo")}"><b>(LĐTĐ) {esc(story.sapo)}</b></div>
<div class="{c("inline")}">{inline}</div>
<div class="{c("body")}">
{text}
</div>
<div class="{c("author")}">{esc(story.author)}</div>
<div class="{c("tags")}"><b>Từ khóa</b> {tags}</div>
<div class="{c("interest")}"><div class="{c("ih")}">Có thể bạn quan tâm</div>{_ad(f"interest-{story.id}", c("ad"))}</div>
<div class="{c("blocks")}">
{blocks}
</div>"""
    return "", main, c("ad")


def render_f(story: Story, stories: list[Story]) -> tuple[str, str, str]:
    """Custom elements and ARIA: <ldtd-article>, microdata dates, <aside aria-label> blocks."""
    times = (f'<time datetime="{_iso(story.published)}" itemprop="datePublished">'
             f'{story.published:%d/%m/%Y, %H:%M}</time>')
    if story.modified:
        times += (f' <span class="updated">Cập nhật: <time datetime="{_iso(story.modified)}" itemprop="dateModified">'
                  f"{story.modified:%d/%m/%Y, %H:%M}</time></span>")

    def photo(p: Photo) -> str:
        credit = f' <span class="credit">Ảnh: {esc(p.credit)}</span>' if p.credit else ""
        return (f'<figure><picture><source type="image/webp" srcset="{p.src}.webp 1x"><img src="{p.src}" '
                f'alt="{attr(p.caption)}" loading="lazy" width="760" height="507"></picture>'
                f"<figcaption>{esc(p.caption)}{credit}</figcaption></figure>")

    text = _paragraphs(story, photo, lambda t: f"<h3>{esc(t)}</h3>", 6, "ldtd-ad")
    blocks = _blocks(stories, (("Nên xem", story.nen_xem), ("Tin khác:", story.tin_khac)),
                     lambda heading, items: f'<aside aria-label="{heading}"><h2 class="visually-hidden">{heading}</h2>'
                                            f"<ol>{items}</ol></aside>", "li", "h3")
    tags = _tag_links(story, '<li><a rel="tag" href="{href}">{name}</a></li>', "")
    main = f"""<nav aria-label="Breadcrumb" class="crumbs"><ol><li><a href="/">Trang chủ</a></li><li><a href="{section_path(story.section)}">{esc(story.section)}</a></li></ol></nav>
<ldtd-article itemscope itemtype="https://schema.org/NewsArticle">
<header><h1 itemprop="headline">{esc(story.title)}</h1><div class="dateline">{times}</div></header>
<p class="summary" itemprop="description">{esc(story.sapo)}</p>
<div itemprop="articleBody">
{text}
</div>
<footer class="article-footer"><p class="byline">Bài: <span rel="author" itemprop="author">{esc(story.author)}</span></p>
<ul class="keywords" aria-label="Từ khóa">{tags}</ul></footer>
</ldtd-article>
<section aria-label="Có thể bạn quan tâm" class="recommend">{_ad(f"recommend-{story.id}", "ldtd-ad")}</section>
{blocks}"""
    return f'<link rel="canonical" href="{story.path}">', main, "ldtd-ad"


RENDERERS = {"A": render_a, "B": render_b, "C": render_c, "F": render_f}


def render_article(story: Story, stories: list[Story]) -> str:
    head_extra, main, ad_cls = RENDERERS[story.markup](story, stories)
    rng = random.Random(story.id)
    ranked = [rng.randrange(len(stories)) for _ in range(20)]
    page = lambda css, js: (  # noqa: E731 - the page is rendered twice: to measure, then to size
        _head(story.title, story.sapo, head_extra, css)
        + f"""<body class="article-page">
<div class="topbar"><span class="today">{replica.WEEKDAYS[story.published.weekday()]}, {story.published:%d/%m/%Y}</span>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></div>
<header class="site-header"><a class="logo" href="/"><img src="/themes/ldtd/images/logo.png" alt="{PAPER}"></a>
<div class="hot-tags"><span>Sự kiện:</span> {" ".join(f'<a href="/{slugify(t)}.tag">{esc(t)}</a>' for t in TAGS[:5])}</div></header>
{_megamenu("mainnav")}
{_ad("top", ad_cls)}
<div class="wrapper"><div class="main-col">
{main}
</div>
<div class="side-col">
{_ranking(stories, ranked[:10], "Đọc nhiều", "mostread")}
{_ad("side-1", ad_cls)}
{_ranking(stories, ranked[10:], "Tin mới nhất", "latest")}
{_ad("side-2", ad_cls)}
</div></div>
{_footer("site-footer")}
<script>{js}</script>
</body>
</html>
""")
    bare = len(page("", "").encode("utf-8"))
    css, js = _filler(rng, max(0, story.size - bare))
    return page(css, js)


# ---------------------------------------------------------------------------------------
# Listing pages: the front page, each section and subsection
# ---------------------------------------------------------------------------------------
def render_listing(path: str, title: str, picks: list[Story], ranked: list[Story]) -> str:
    items = "".join(
        f'<li><a class="thumb" href="{s.path}"><img src="{_thumb(s)}" alt="{attr(s.title)}"></a>'
        f'<h3><a href="{s.path}">{esc(s.title)}</a></h3><p>{esc(s.sapo)}</p></li>' for s in picks)
    rank = "".join(f'<li><a href="{s.path}">{esc(s.title)}</a></li>' for s in ranked)
    return (_head(title, f"{PAPER}: tin tức thời sự, Hà Nội, lao động, việc làm", "", "")
            + f"""<body class="listing">
<header class="site-header"><a class="logo" href="/"><img src="/themes/ldtd/images/logo.png" alt="{PAPER}"></a></header>
{_megamenu("mainnav")}
<div class="wrapper"><div class="main-col"><h1>{esc(title)}</h1><ul class="list_news">{items}</ul></div>
<div class="side-col"><div class="rank"><div class="heading">Đọc nhiều</div><ol>{rank}</ol></div></div></div>
{_footer("site-footer")}
</body>
</html>
""")


def listing_pages(stories: list[Story]) -> dict[str, str]:
    rng = random.Random(SEED + 1)
    pages = {}
    for i, path in enumerate(_listing_paths()):
        # The front page leads into the ring; the others list samples of it.
        picks = stories[:LISTING_SIZE] if path == "/" else rng.sample(stories, min(LISTING_SIZE, len(stories)))
        ranked = rng.sample(stories, min(10, len(stories)))
        title = "Báo Lao động Thủ đô - Tin tức Thủ đô" if path == "/" else f"Chuyên mục {i} - {PAPER}"
        pages[path] = render_listing(path, title, picks, ranked)
    return pages


# ---------------------------------------------------------------------------------------
# Writing and caching
# ---------------------------------------------------------------------------------------
ROBOTS = "User-agent: *\nDisallow: /tim-kiem\n"


def default_root() -> Path:
    base = os.environ.get("NEWSBOT_CACHE_DIR") or Path.home() / ".cache" / "newsbot"
    return Path(base).expanduser() / "bench"


def _file_of(path: str) -> str:
    return "index.html" if path == "/" else path.lstrip("/")


@dataclass
class GeneratedSite:
    root: Path  # the document root nginx serves
    manifest: dict

    @property
    def article_paths(self) -> list[str]:
        return [a["path"] for a in self.manifest["articles"]]

    @property
    def listing_paths(self) -> list[str]:
        return self.manifest["listings"]


def generate(pages: int, out: Path | None = None) -> GeneratedSite:
    """The site of ``pages`` articles, written under ``out`` (or the cache) unless already there."""
    key = hashlib.sha256(f"{pages}/{LAYOUT_VERSION}/{SEED}".encode()).hexdigest()[:10]
    folder = Path(out) if out is not None else default_root() / f"site-{pages}-{key}"
    manifest_file = folder / "manifest.json"
    if manifest_file.is_file():
        return GeneratedSite(folder / "www", json.loads(manifest_file.read_text(encoding="utf-8")))
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    www = partial / "www"
    www.mkdir(parents=True)
    stories = make_stories(pages)
    sizes = []
    for story in stories:
        data = render_article(story, stories).encode("utf-8")
        sizes.append(len(data))
        (www / _file_of(story.path)).write_bytes(data)
    listings = listing_pages(stories)
    for path, text in listings.items():
        # Subsection pages ("/thoi-su/xa-hoi") are files without a suffix, served as HTML.
        target = www / _file_of(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (www / "robots.txt").write_text(ROBOTS, encoding="utf-8")
    manifest = {
        "pages": pages, "layout_version": LAYOUT_VERSION, "seed": SEED,
        "listings": list(listings),
        "bytes": {"min": min(sizes), "max": max(sizes), "mean": round(sum(sizes) / len(sizes))},
        "words": {"min": min(s.words for s in stories), "max": max(s.words for s in stories)},
        "articles": [s.expected() for s in stories],
    }
    (partial / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return GeneratedSite(folder / "www", manifest)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--out", type=Path, help="folder for www/ and manifest.json (default: the cache)")
    args = parser.parse_args(argv)
    site = generate(args.pages, args.out)
    print(f"{site.root}: {args.pages} articles, {len(site.listing_paths)} listing pages, "
          f"{site.manifest['bytes']} bytes, {site.manifest['words']} words")


if __name__ == "__main__":
    main()
