"""Deterministic generator of the laodongthudo.vn replica used by the end-to-end tests.

    python -m harness.site.build [--out DIR]     (from the repo root; DIR defaults to harness/site)

writes DIR/pages/ (the static site served by harness/site/server.py) and DIR/expected.json
(what a correct crawl must produce). Standard library only; the output is byte-for-byte
stable across runs.

Content lives in harness/site/data.py. Three article markups (one render function each):
  A  2020-era: div.detail_info "Thời sự 17:30 | 11/12/2020", div.sapo, inline related box as
     a <table> inside div.content_detail, images as <table class="image">, right-aligned
     <p><strong> byline, blocks <div class="box"><h2>Nên xem</h2><ul class="list_news">,
     JSON-LD NewsArticle + BreadcrumbList, same-site rel=canonical.
  B  modern: <article>, <h2 class="sapo">, <figure><figcaption>, inline related <div> of links,
     <time datetime="...+07:00">, OpenGraph/article:* meta only, rel=canonical to the live
     host (not same-site here), blocks <section><div class="heading">TIN KHÁC</div>.
  C  flat: scrambled class names, visible-text-only dates, <h3>Nên xem</h3> and
     <h3>Tin khác</h3> as siblings in one parent, byline <div> after the body, relative
     hrefs, no canonical, no category shown.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import posixpath
import re
import shutil
import textwrap
import unicodedata
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from . import data
from .data import EMPTY, Article, Img

HERE = Path(__file__).resolve().parent
SEED_FILE = HERE / "seed" / "laodongthudo-116535.txt"
LIVE = "https://laodongthudo.vn"
MOBILE = "https://m.laodongthudo.vn"
ADS = "https://adnet.example"
PAPER = "Báo Lao động Thủ đô"
BLOCKS = ("Nên xem", "Tin khác")
ARTICLE_PATH_RE = re.compile(r"^/[a-z0-9-]+-(\d+)\.html$")
TRACKING_PARAMS = {"fbclid", "gclid", "zarsrc"}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# ======================================================================================
# Text helpers
# ======================================================================================
def slugify(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def esc(text: str) -> str:
    """Escape a text node; non-breaking spaces are written as &nbsp;."""
    return html.escape(text, quote=False).replace("\u00a0", "&nbsp;")


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def collapse(text: str) -> str:
    """Whitespace collapsed as a correct extractor returns it (NBSP counts as space)."""
    return " ".join(text.split())


INLINE_RE = re.compile(r"\*\*(.+?)\*\*|//(.+?)//|\[\[(\w+)\|(.+?)\]\]")


def plain(text: str) -> str:
    """The visible text of a paragraph written with inline marks."""
    return collapse(INLINE_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(4), text))


def article_path(a: Article) -> str:
    return f"/{slugify(a.title)}-{a.id}.html"


def tag_path(name: str) -> str:
    return f"/{slugify(name)}-{data.TAG_IDS[name]}.tag"


def as_href(path: str, relative: bool = False) -> str:
    """A site path as a link gives it: root-relative, or page-relative (every page sits at the site root)."""
    return path.lstrip("/") if relative and path != "/" else path


def caption_html(img: Img, credit_open: str = "", credit_close: str = "") -> str:
    """The escaped caption with the credit as a trailing "Ảnh: <credit>", optionally in its own element."""
    return esc(img.caption) + (f" {credit_open}Ảnh: {esc(img.credit)}{credit_close}" if img.credit else "")


def sapo_text(a: Article) -> str:
    return f"(LĐTĐ) {a.sapo}" if a.mark else a.sapo


# ======================================================================================
# Dates (all Vietnam time)
# ======================================================================================
def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(s: str | None) -> str | None:
    return _dt(s).strftime("%Y-%m-%dT%H:%M:00+07:00") if s else None


def date_pipe(s: str) -> str:  # 17:30 | 11/12/2020
    return _dt(s).strftime("%H:%M | %d/%m/%Y")


def date_weekday(s: str, gmt: bool) -> str:  # Thứ sáu, 11/12/2020 17:30 (GMT+7)
    d = _dt(s)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M}" + (" (GMT+7)" if gmt else "")


def date_dash(s: str) -> str:  # 11/12/2020 - 17:30
    return _dt(s).strftime("%d/%m/%Y - %H:%M")


def weekday_date(s: str) -> str:  # header of listing pages: Thứ bảy, 27/12/2025
    d = datetime.strptime(s, "%Y-%m-%d")
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


# ======================================================================================
# The seed article, read from the seed text (line map in /work/shared/site/README.md)
# ======================================================================================
def _parse_block_items(lines: list[str]) -> list[tuple[str, str]]:
    texts = [line for line in lines if line.strip()]
    assert len(texts) % 3 == 0, "a block item is: title, title again, summary"
    items = []
    for i in range(0, len(texts), 3):
        title, again, summary = texts[i : i + 3]
        assert title == again, (title, again)
        items.append((title, summary))
    return items


def load_seed(path: Path = SEED_FILE) -> dict:
    lines = path.read_text(encoding="utf-8").split("\n")

    def line(n: int) -> str:  # 1-based, as in the README's line map
        return lines[n - 1]

    assert line(36) == "Nên xem" and line(74) == "Tin khác"
    assert line(34) == "Có thể bạn quan tâm" and line(126) == "Xem thêm"
    assert line(127) == "Phiên bản di động"
    body: list = []
    chunk = lines[5:30]  # lines 6-30
    i = 0
    while i < len(chunk):
        if not chunk[i].strip():
            i += 1
        elif i + 1 < len(chunk) and chunk[i + 1] == chunk[i]:  # printed twice: a caption
            body.append(("caption", chunk[i]))
            i += 2
        else:
            body.append(chunk[i])
            i += 1
    return dict(
        title=line(1),
        sapo=line(3),
        inline_line=line(4),
        body=body,
        author=line(32),
        nen_xem=_parse_block_items(lines[36:73]),
        tin_khac=_parse_block_items(lines[74:125]),
    )


def seed_article(seed: dict) -> Article:
    body, images = [], iter(data.SEED_IMAGES)
    for el in seed["body"]:
        if isinstance(el, tuple):  # caption: the image it belongs to
            src, credit = next(images)
            body.append(Img(src, el[1], credit))
        else:
            body.append(el)
    paragraphs = [i for i, el in enumerate(body) if isinstance(el, str)]
    for n, phrase, mark in data.SEED_EMPHASIS:
        i = paragraphs[n]
        assert phrase in body[i], phrase
        body[i] = body[i].replace(phrase, f"{mark}{phrase}{mark}", 1)
    body.append(EMPTY)  # the CMS's trailing empty paragraph
    return Article(title=seed["title"], sapo=seed["sapo"], body=body, author=seed["author"], **data.SEED)


# ======================================================================================
# The site model
# ======================================================================================
@dataclass
class Site:
    articles: dict  # key -> Article
    seed: dict

    def __post_init__(self):
        self.by_path = {article_path(a): a for a in self.articles.values()}
        self.missing_path = f"/{slugify(data.MISSING_ITEM['title'])}-{data.MISSING_ITEM['id']}.html"

    def path(self, key: str) -> str:
        return self.missing_path if key == "MISSING" else article_path(self.articles[key])


def load_site() -> Site:
    seed = load_seed()
    articles = [seed_article(seed)] + data.NEN_XEM + data.TIN_KHAC + data.OTHERS
    site = Site({a.key: a for a in articles}, seed)
    check_site(site)
    return site


def check_site(site: Site) -> None:
    """The data agrees with the seed text and with itself."""
    seed = site.seed
    assert site.articles["SEED"].title == seed["title"]
    assert slugify(seed["title"]) == "ha-noi-cac-so-nganh-phai-nhan-trach-nhiem-voi-cac-chi-tieu-kinh-te-xa-hoi"
    assert seed["inline_line"] == " ".join(data.INLINE_TITLES[k] for k in ("I1", "I2", "I3"))
    for keys, items in ((data.SEED_NEN_XEM, seed["nen_xem"]), (data.SEED_TIN_KHAC, seed["tin_khac"])):
        assert len(keys) == len(items)
        for key, (title, summary) in zip(keys, items, strict=True):
            a = site.articles[key]
            assert (a.title, a.sapo) == (title, summary), f"{key} differs from the seed text"
    assert len(seed["nen_xem"]) == 7 and len(seed["tin_khac"]) == 10
    ids = [a.id for a in site.articles.values()]
    assert len(ids) == len(set(ids))
    for a in site.articles.values():
        for text in (a.title, a.sapo, *(x for x in a.body if isinstance(x, str))):
            assert unicodedata.is_normalized("NFC", text), a.key
        assert not (a.markup == "C" and a.modified), f"{a.key}: markup C shows no modified date"
        assert not (a.variant == "no-jsonld-dates" and a.modified), a.key
        for tag in a.tags:
            assert tag in data.TAG_IDS, tag


# ======================================================================================
# Blocks of an article page
# ======================================================================================
@dataclass
class BlockItem:
    key: str  # target key, "SEED" or "MISSING"
    path: str
    title: str
    summary: str
    id: int
    thumb_href: str
    headline_href: str


def block_keys(site: Site, a: Article) -> dict[str, list[str]]:
    if a.key == "SEED":
        keys = {"Nên xem": list(data.SEED_NEN_XEM), "Tin khác": list(data.SEED_TIN_KHAC)}
    elif a.role == "inline":  # 2020 pages: their own old neighbours
        others = [k for k in ("I1", "I2", "I3") if k != a.key]
        keys = {"Nên xem": ["SEED"], "Tin khác": others}
    else:
        nen = [n.key for n in data.NEN_XEM if n.key != a.key]
        pool = [k for k in data.TIN_KHAC_POOL if k != a.key]
        older = [k for k in pool if site.articles[k].published < a.published]
        newer = [k for k in pool if site.articles[k].published >= a.published]
        keys = {"Nên xem": nen, "Tin khác": (older + newer)[: data.TIN_KHAC_SIZE]}
    for block in BLOCKS:
        for pos, target in data.BLOCK_EXTRAS.get((a.key, block), []):
            keys[block].insert(len(keys[block]) if pos is None else pos, target)
    return keys


def block_items(site: Site, a: Article) -> dict[str, list[BlockItem]]:
    out = {}
    for block, keys in block_keys(site, a).items():
        items = []
        for key in keys:
            if key == "MISSING":
                title, summary, id_ = data.MISSING_ITEM["title"], data.MISSING_ITEM["summary"], data.MISSING_ITEM["id"]
            else:
                t = site.articles[key]
                title, summary, id_ = t.title, t.sapo, t.id
            path = site.path(key)
            deco = data.LINK_DECORATIONS.get((a.key, key)) or data.LINK_DECORATIONS.get(("*", key))
            suffix, where = deco if deco else ("", "")
            items.append(BlockItem(key, path, title, summary, id_,
                                   path + (suffix if where == "both" else ""), path + suffix))
        out[block] = items
    return out


def thumb_src(id_: int) -> str:
    return f"{data.IMG}/thumbnail/{id_ % 97:02d}/{id_}.jpg"


# ======================================================================================
# Pages and their links
# ======================================================================================
@dataclass
class Page:
    path: str
    kind: str  # "listing" | "article" | "tag"
    markup: str | None = None
    key: str | None = None
    # (kind, href) in render order, which is not always page order: the crawl follows them in this order
    links: list = field(default_factory=list)
    html: str = ""

    def a(self, kind: str, href: str, inner: str, **attrs) -> str:
        """An <a>, recorded with the kind of place it sits in (block, sidebar, menu...)."""
        self.links.append((kind, href))
        extra = "".join(f' {k.rstrip("_")}="{attr(v)}"' for k, v in attrs.items() if v is not None)
        return f'<a href="{attr(href)}"{extra}>{inner}</a>'

    @property
    def file(self) -> str:
        return "index.html" if self.path == "/" else self.path.lstrip("/")


def scrambler(seed: str):
    """Random-looking but stable class names for markup C."""

    def name(role: str) -> str:
        h = hashlib.md5(f"{seed}/{role}".encode()).hexdigest()
        return "abcdefghjkmnpqrstuvwxyz"[int(h[:2], 16) % 23] + h[2:5]

    return name


STYLE = ("<style>body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#222}"
         ".ads{margin:12px auto;text-align:center}a{color:#1a3d7c;text-decoration:none}</style>")
ANALYTICS = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
             "gtag('js',new Date());gtag('config','G-LDTD0000');</script>")
MENU = [("Trang chủ", "/")] + [(s, data.SECTION_PATHS[s]) for s in data.MENU_SECTIONS]  # (name, href)


def list_items(links) -> str:
    return "".join(f"<li>{link}</li>" for link in links)


def ad_link(pg: Page, slot: str, image_attrs: str = 'alt="Quảng cáo"', ext: str = "jpg", **attrs) -> str:
    """The ad network's banner for a slot; each layout boxes it in its own way."""
    image = f'<img src="{ADS}/banner/{slot}.{ext}" {image_attrs}>'
    return pg.a("ad", f"{ADS}/click?slot={slot}", image, **attrs)


def ad(pg: Page, slot: str, cls: str = "ads") -> str:
    return f'<div class="{cls}"><span>Quảng cáo</span>{ad_link(pg, slot, rel="nofollow")}</div>'


def tag_links(pg: Page, kind: str, names, relative: bool = False, **attrs) -> list[str]:
    """Links to tag pages, the tag name as the text."""
    return [pg.a(kind, as_href(tag_path(name), relative), esc(name), **attrs) for name in names]


def hot_tags(pg: Page, cls: str = "hot_tags") -> str:
    links = " ".join(tag_links(pg, "hot-tag", data.HOT_TAGS))
    return f'<div class="{cls}"><span>Sự kiện:</span> {links}</div>'


def menu_items(pg: Page) -> str:
    return list_items(pg.a("menu", href, esc(name)) for name, href in MENU)


def footer_lines(pg: Page) -> list[str]:
    contact = pg.a("footer", "mailto:toasoan@laodongthudo.vn", "Liên hệ tòa soạn")
    mobile = pg.a("footer", MOBILE + pg.path, "Phiên bản di động")
    return [f"{PAPER} - Cơ quan của Liên đoàn Lao động thành phố Hà Nội",
            "Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.",
            f"{contact} | {mobile}"]


def footer_inner(pg: Page) -> str:
    return "".join(f"<p>{line}</p>" for line in footer_lines(pg))


def title_link(pg: Page, site: Site, kind: str, key: str, relative: bool = False, **attrs) -> str:
    """A link to an article with its title as the text."""
    return pg.a(kind, as_href(site.path(key), relative), esc(site.articles[key].title), **attrs)


def title_items(pg: Page, site: Site, kind: str, keys, relative: bool = False) -> str:
    """<li> links to articles by title, as in the "Đọc nhiều" boxes."""
    return list_items(title_link(pg, site, kind, key, relative) for key in keys)


def breadcrumb_items(section: str) -> list[dict]:
    """The JSON-LD ListItems of an article's breadcrumb: the front page, then the section."""
    return [{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": LIVE + "/"},
            {"@type": "ListItem", "position": 2, "name": section, "item": LIVE + data.SECTION_PATHS[section]}]


def wrap(html_text: str, indent: str = "    ") -> str:
    """Break long source lines like a 2020 CMS did (whitespace inside paragraphs)."""
    return textwrap.fill(html_text, width=100, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def inline_html(pg: Page, site: Site, text: str, bold: str = "strong", italic: str = "em",
                relative: bool = False) -> str:
    out, pos = [], 0
    for m in INLINE_RE.finditer(text):
        out.append(esc(text[pos : m.start()]))
        if m.group(1):
            out.append(f"<{bold}>{esc(m.group(1))}</{bold}>")
        elif m.group(2):
            out.append(f"<{italic}>{esc(m.group(2))}</{italic}>")
        else:
            out.append(pg.a("body", as_href(site.path(m.group(3)), relative), esc(m.group(4))))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def inline_keys(a: Article, usual: list[str]) -> list[str]:
    """Keys in the inline related box: the article's own (the seed's), else the usual ones of its markup."""
    return [k for k in (a.inline or usual) if k != a.key]


def paragraph_count(a: Article) -> int:
    return sum(isinstance(x, str) for x in a.body)


def in_article_ad_follows(a: Article, number: int) -> bool:
    """The CMS puts an ad after the second paragraph of a body of three or more."""
    return number == 2 and paragraph_count(a) >= 3


def body_parts(a: Article, paragraph, image, empty, heading, in_article_ad=None, after_first_paragraph=None) -> list:
    """An article body in page order, each element rendered by the layout's hook for its kind.

    paragraph(text, number) gets the paragraph's 1-based number. in_article_ad() and
    after_first_paragraph() are called at their place in the body, so links are recorded in page order.
    """
    parts, number = [], 0
    for el in a.body:
        if isinstance(el, str):
            number += 1
            parts.append(paragraph(el, number))
            if number == 1 and after_first_paragraph:
                parts.append(after_first_paragraph())
            if in_article_ad and in_article_ad_follows(a, number):
                parts.append(in_article_ad())
        elif isinstance(el, Img):
            parts.append(image(el))
        elif el == EMPTY:
            parts.append(empty)
        else:
            parts.append(heading(el[1]))
    return parts


def block_links(pg: Page, it: BlockItem, image_attrs: str, thumb_class: str | None = None,
                headline_class: str | None = None, relative: bool = False) -> tuple[str, str]:
    """The thumbnail link and the headline link of a block item."""
    image = f'<img src="{thumb_src(it.id)}" {image_attrs}>'
    thumb = pg.a("block", as_href(it.thumb_href, relative), image, class_=thumb_class)
    return thumb, pg.a("block", as_href(it.headline_href, relative), esc(it.title), class_=headline_class)


def related_blocks(pg: Page, site: Site, a: Article, order, item, box) -> list:
    """The Nên xem / Tin khác blocks in the given order: box(block, [item(pg, block_item), ...]) each."""
    items = block_items(site, a)
    return [box(block, [item(pg, it) for it in items[block]]) for block in order]


def html_document(head: list[str], body: str, body_class: str = "") -> str:
    """A Vietnamese HTML5 page: head holds the <head> lines after the charset."""
    body_attrs = f' class="{body_class}"' if body_class else ""
    nl = "\n"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
{nl.join(head)}
</head>
<body{body_attrs}>
{body}
</body>
</html>
"""


# ======================================================================================
# Markup A (2020-era) and the listing pages: one CMS page around a main column
# ======================================================================================
def classic_page(pg: Page, site: Site, title: str, description: str, main: str, sidebar: list[str],
                 meta=(), scripts=(), show_today: bool = False) -> str:
    """Header, menu, main column, "Đọc nhiều" column and footer; meta and scripts are extra <head> lines."""
    side = title_items(pg, site, "sidebar", sidebar)
    head = [f"<title>{esc(title)}</title>", f'<meta name="description" content="{attr(description)}">', *meta,
            '<link rel="stylesheet" href="/templates/default/css/style.css">', STYLE, *scripts, ANALYTICS]
    logo = pg.a("logo", "/", f'<img src="/templates/default/images/logo.png" alt="{PAPER}">', class_="logo")
    today = f'\n  <span class="today">{weekday_date(data.TODAY)}</span>' if show_today else ""
    return html_document(head, f"""<div id="header">
  {logo}{today}
  {hot_tags(pg)}
</div>
<div id="menu"><ul>{menu_items(pg)}</ul></div>
{ad(pg, "top")}
<div id="wrapper">
 <div class="main_col">
{main}
 </div>
 <div class="right_col">
  <div class="box_docnhieu"><h2 class="title_box">Đọc nhiều</h2><ul>{side}</ul></div>
  {ad(pg, "right")}
 </div>
</div>
<div id="footer">{footer_inner(pg)}</div>""")


def image_a(img: Img) -> str:
    return ('    <table class="image center"><tbody>'
            f'<tr><td><img src="{attr(img.src)}" alt="{attr(img.caption)}" title="{attr(img.caption)}"></td></tr>'
            f'<tr><td class="image_desc">{caption_html(img, "<em>", "</em>")}</td></tr></tbody></table>')


def block_item_a(pg: Page, it: BlockItem) -> str:
    thumb, head = block_links(pg, it, f'alt="{attr(it.title)}"', "thumb")
    return f'      <li>{thumb}<h3 class="list_news_title">{head}</h3><p class="sapo_news">{esc(it.summary)}</p></li>'


def block_box_a(block: str, items: list[str]) -> str:
    heading = "Nên xem" if block == "Nên xem" else "\n        Tin   khác\n      "
    return (f'  <div class="box">\n    <h2 class="title_box">{heading}</h2>\n'
            '    <ul class="list_news">\n' + "\n".join(items) + "\n    </ul>\n  </div>")


def render_markup_a(site: Site, a: Article) -> Page:
    pg = Page(article_path(a), "article", "A", a.key)
    section, section_path = a.section, data.SECTION_PATHS[a.section]
    news = {"@context": "https://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": LIVE + pg.path},
            "headline": a.title, "description": sapo_text(a)}
    if a.variant != "no-jsonld-dates":
        news["datePublished"] = iso(a.published)
        if a.modified:
            news["dateModified"] = iso(a.modified)
    if a.author:
        news["author"] = {"@type": "Person", "name": a.author}
    news["publisher"] = {"@type": "Organization", "name": PAPER,
                         "logo": {"@type": "ImageObject", "url": f"{LIVE}/images/logo.png"}}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": breadcrumb_items(section)}

    body = []
    inline = inline_keys(a, data.INLINE_BY_MARKUP["A"])
    if inline:
        body.append('    <table class="tlq" align="right" width="35%"><tbody><tr><td>'
                    f'<ul>{title_items(pg, site, "inline", inline)}</ul></td></tr></tbody></table>')
    body += body_parts(
        a,
        paragraph=lambda text, _: wrap(f"<p>{inline_html(pg, site, text)}</p>"),
        image=image_a,
        empty="    <p>&nbsp;</p>",
        heading=lambda text: f"    <h3>{esc(text)}</h3>",
        in_article_ad=lambda: "    " + ad(pg, f"inarticle-{a.id}", "ads ads_inarticle"),
    )
    if a.author:
        body.append(f'    <p style="text-align: right;"><strong>{esc(a.author)}</strong></p>')
    tags = ""
    if a.tags:
        tags = f'<div class="tags_detail"><span>Từ khóa:</span> {", ".join(tag_links(pg, "tag", a.tags))}</div>'
    blocks = related_blocks(pg, site, a, BLOCKS, block_item_a, block_box_a)

    crumb = f'{pg.a("breadcrumb", "/", "Trang chủ")} &raquo; {pg.a("breadcrumb", section_path, esc(section))}'
    when = f'<span class="time">{date_pipe(a.published)}</span>'
    info = (f'{pg.a("info", section_path, esc(section), class_="cat")} {when} '
            f'{pg.a("print", f"/apicenter@/print_article&i={a.id}", "In bài", rel="nofollow", class_="print")}')
    nl = "\n"
    main = f"""  <div class="breadcrumb">{crumb}</div>
  <h1 class="title_detail">{esc(a.title)}</h1>
  <div class="detail_info">{info}</div>
  <div class="sapo">{esc(sapo_text(a))}</div>
  <div class="content_detail">
{nl.join(body)}
  </div>
  {tags}
  <div class="box_quantam"><div class="title_box">Có thể bạn quan tâm</div>{ad(pg, f"quantam-{a.id}")}</div>
{nl.join(blocks)}
  <div class="view_more">{pg.a("more", section_path, "Xem thêm")}</div>"""
    pg.html = classic_page(
        pg, site, a.title, sapo_text(a), main, data.ARTICLE_SIDEBAR,
        meta=[f'<meta name="keywords" content="{attr(", ".join(a.tags))}">',
              f'<link rel="canonical" href="{attr(pg.path)}">'],
        scripts=[f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'
                 for d in (news, crumbs)],
    )
    return pg


# ======================================================================================
# Markup B (modern)
# ======================================================================================
def block_item_b(pg: Page, it: BlockItem) -> str:
    thumb, head = block_links(pg, it, f'alt="{attr(it.title)}" loading="lazy"', "item__thumb")
    sapo = f'<p class="item__sapo">{esc(it.summary)}</p>'
    return f'<div class="item">{thumb}<h3 class="item__title">{head}</h3>{sapo}</div>'


def block_box_b(block: str, items: list[str]) -> str:
    return (f'<section class="box-news"><div class="heading">{block.upper()}</div>\n<div class="items">\n'
            + "\n".join(items) + "\n</div></section>")


def render_markup_b(site: Site, a: Article) -> Page:
    pg = Page(article_path(a), "article", "B", a.key)
    section, section_path = a.section, data.SECTION_PATHS[a.section]
    meta = ['<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{PAPER}">',
            f'<meta property="og:title" content="{attr(a.title)}">',
            f'<meta property="og:description" content="{attr(a.sapo)}">',
            f'<meta property="og:url" content="{LIVE}{pg.path}">',
            f'<meta property="article:published_time" content="{iso(a.published)}">']
    if a.modified:
        meta.append(f'<meta property="article:modified_time" content="{iso(a.modified)}">')
    meta.append(f'<meta property="article:section" content="{attr(section)}">')
    meta += [f'<meta property="article:tag" content="{attr(t)}">' for t in a.tags]
    if a.author:
        meta.append(f'<meta name="author" content="{attr(a.author)}">')

    body = []
    inline = inline_keys(a, data.INLINE_BY_MARKUP["B"])
    if inline:
        links = " ".join(title_link(pg, site, "inline", k) for k in inline)
        body.append(f'<div class="related-inline">{links}</div>')
    body += body_parts(
        a,
        paragraph=lambda text, _: f"<p>{inline_html(pg, site, text)}</p>",
        image=lambda img: (f'<figure class="image"><img src="{attr(img.src)}" alt="{attr(img.caption)}" loading="lazy">'
                           f"<figcaption>{caption_html(img)}</figcaption></figure>"),
        empty="<p></p>",
        heading=lambda text: f"<h2>{esc(text)}</h2>",
        in_article_ad=lambda: ad(pg, f"inarticle-{a.id}"),
    )

    author = f'<div class="article__author"><strong>{esc(a.author)}</strong></div>' if a.author else ""
    tags = ""
    if a.tags:
        links = " ".join(tag_links(pg, "tag", a.tags, class_="tag"))
        tags = f'<div class="article__tags"><span>Tags:</span> {links}</div>'
    sections = related_blocks(pg, site, a, MARKUP_RULES["B"].block_order, block_item_b, block_box_b)
    side = title_items(pg, site, "sidebar", data.ARTICLE_SIDEBAR)
    head = ['<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(a.title)} | {PAPER}</title>",
            f'<meta name="description" content="{attr(a.sapo)}">',
            f'<link rel="canonical" href="{LIVE}{pg.path}">',
            *meta,
            STYLE,
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-LDTD0000"></script>',
            ANALYTICS]
    nl = "\n"
    pg.html = html_document(head, f"""<header class="site-header">
{pg.a("logo", "/", f'<img src="/images/logo.svg" alt="{PAPER}">', class_="logo")}
{hot_tags(pg, "site-header__events")}
</header>
<nav class="main-nav"><ul>{menu_items(pg)}</ul></nav>
{ad(pg, "top", "ads ads--top")}
<main class="container">
<div class="col-main">
<article class="article">
<nav class="breadcrumb">{pg.a("breadcrumb", "/", "Trang chủ")} {pg.a("breadcrumb", section_path, esc(section))}</nav>
<h1 class="article__title">{esc(a.title)}</h1>
<div class="article__meta"><time datetime="{iso(a.published)}">{date_pipe(a.published)}</time></div>
<h2 class="sapo">{esc(sapo_text(a))}</h2>
<div class="article__body">
{nl.join(body)}
</div>
{author}
{tags}
</article>
<div class="box-interest"><div class="heading">Có thể bạn quan tâm</div>{ad(pg, f"interest-{a.id}")}</div>
{nl.join(sections)}
<div class="more">{pg.a("more", section_path, "Xem thêm")}</div>
</div>
<aside class="col-side">
<div class="widget"><div class="heading">Đọc nhiều</div><ol>{side}</ol></div>
{ad(pg, "side", "ads ads--side")}
</aside>
</main>
<footer class="site-footer">{footer_inner(pg)}</footer>
<script>document.querySelectorAll('img[loading]').forEach(function(i){{i.decoding='async';}});</script>""",
                            "page-article")
    return pg


# ======================================================================================
# Markup C (flat: scrambled classes, visible-text dates, blocks as sibling headings)
# ======================================================================================
def render_markup_c(site: Site, a: Article) -> Page:
    pg = Page(article_path(a), "article", "C", a.key)
    c = scrambler(str(a.id))

    if a.variant == "dash":
        date = date_dash(a.published)
    else:
        date = date_weekday(a.published, gmt=a.variant != "weekday")
    if a.variant == "title-div":
        title = f'<div class="{c("title")}">{esc(a.title)}</div>'
        og = [f'<meta property="og:title" content="{attr(a.title)}">']
    else:
        title, og = f'<h1 class="{c("title")}">{esc(a.title)}</h1>', []

    inline = ""
    keys = inline_keys(a, data.INLINE_BY_MARKUP["C"])
    if keys:
        links = " ".join(title_link(pg, site, "inline", k, relative=True) for k in keys)
        inline = f'<div class="{c("inline")}">{links}</div>'
    body = body_parts(
        a,
        paragraph=lambda text, _: f"<p>{inline_html(pg, site, text)}</p>",
        image=lambda img: (f'<div class="{c("imgbox")}"><img src="{attr(img.src)}" alt="{attr(img.caption)}" '
                           f'title="{attr(img.caption)}"><div class="{c("cap")}"><em>{caption_html(img)}</em>'
                           "</div></div>"),
        empty="<p></p>",
        heading=lambda text: f"<p><b>{esc(text)}</b></p>",
    )
    author = f'<div class="{c("author")}">{esc(a.author)}</div>' if a.author else ""
    tags = ""
    if a.tags:
        links = ", ".join(tag_links(pg, "tag", a.tags, relative=True))
        tags = f'<div class="{c("tags")}"><b>Từ khóa</b> {links}</div>'

    def block_item(pg: Page, it: BlockItem) -> str:
        thumb, head = block_links(pg, it, f'alt="{attr(it.title)}"', headline_class=c("hl"), relative=True)
        return f'<li>{thumb} {head}<div class="{c("sm")}">{esc(it.summary)}</div></li>'

    def block_box(block: str, items: list[str]) -> str:
        return f"<h3>{block}</h3>\n<ul class=\"{c('list')}\">\n" + "\n".join(items) + "\n</ul>"

    parts = related_blocks(pg, site, a, BLOCKS, block_item, block_box)
    side = title_items(pg, site, "sidebar", data.ARTICLE_SIDEBAR, relative=True)
    menu = " ".join(pg.a("menu", href, esc(name)) for name, href in MENU)
    style = (f'<style>.{c("wrap")}{{display:flex}}.{c("main")}{{flex:3}}.{c("side")}{{flex:1}}'
             f'.{c("author")}{{text-align:right;font-weight:bold}}</style>')
    head = [f"<title>{esc(a.title)}</title>", f'<meta name="description" content="{attr(sapo_text(a))}">', *og,
            style, ANALYTICS]
    nl = "\n"
    header = f'<div class="{c("header")}">{pg.a("logo", "/", PAPER)} {hot_tags(pg, c("events"))}</div>'
    interest = (f'<div class="{c("interest")}"><div class="{c("ih")}">Có thể bạn quan tâm</div>'
                f'{ad(pg, f"interest-{a.id}", c("ad2"))}</div>')
    pg.html = html_document(head, f"""{header}
<div class="{c("menu")}">{menu}</div>
{ad(pg, "top", c("ad1"))}
<div class="{c("wrap")}">
<div class="{c("main")}">
{title}
<div class="{c("date")}">{date}</div>
<div class="{c("sapo")}"><b>{esc(sapo_text(a))}</b></div>
{inline}
<div class="{c("body")}">
{nl.join(body)}
</div>
{author}
{tags}
{interest}
<div class="{c("blocks")}">
{nl.join(parts)}
</div>
<div class="{c("more")}">{pg.a("more", as_href(data.SECTION_PATHS[a.section], relative=True), "Xem thêm")}</div>
</div>
<div class="{c("side")}"><div class="{c("sh")}">Đọc nhiều</div><ul>{side}</ul></div>
</div>
<div class="{c("footer")}">{footer_inner(pg)}</div>""")
    return pg


RENDERERS = {"A": render_markup_a, "B": render_markup_b, "C": render_markup_c}


@dataclass(frozen=True)
class MarkupRules:
    """What a markup lets a correct extraction return, where markups differ."""

    block_order: tuple[str, ...] = BLOCKS  # the related blocks in page order
    shows_category: bool = True
    date: Callable[[str | None], str | None] = iso  # a page date as expected (in the zone the page gives)


MARKUP_RULES = {
    "A": MarkupRules(),
    "B": MarkupRules(block_order=("Tin khác", "Nên xem")),
    "C": MarkupRules(shows_category=False),
}


# ======================================================================================
# Listing pages (front page, sections) and tag pages
# ======================================================================================
LISTING_DESCRIPTION = f"{PAPER}: tin tức thời sự, Hà Nội, lao động, việc làm"


@dataclass(frozen=True)
class ListingLayout:
    """How a replica draws its front, section and tag pages; what they list is the same in every replica."""

    page: Callable[[Page, Site, str, str], str]  # (page, site, title, main column) -> the document
    teasers: Callable[[Page, Site, list[str]], str]  # articles with thumbnail, title and sapo
    featured: Callable[[Page, Site, Article], str]  # the front page's top story
    section_box: Callable[[str, str], str]  # (section link, its <li> title links) on the front page
    section_head: Callable[[str, str], str]  # (link to the front page, section name) above its teasers
    tag_head: Callable[[str], str]  # above a tag page's teasers


def listing_item(pg: Page, site: Site, key: str) -> str:
    t = site.articles[key]
    thumb = pg.a("listing", site.path(key), f'<img src="{thumb_src(t.id)}" alt="{attr(t.title)}">', class_="thumb")
    head = pg.a("listing", site.path(key), esc(t.title))
    return f'<li>{thumb}<h3 class="list_news_title">{head}</h3><p class="sapo_news">{esc(t.sapo)}</p></li>'


def teaser_list(pg: Page, site: Site, keys: list[str]) -> str:
    return '  <ul class="list_news">\n' + "\n".join("   " + listing_item(pg, site, k) for k in keys) + "\n  </ul>"


def featured_story(pg: Page, site: Site, f: Article) -> str:
    image = f'<img src="{thumb_src(f.id)}" alt="{attr(f.title)}">'
    return (f'  <div class="featured">{pg.a("listing", site.path(f.key), image)}'
            f'<h2>{title_link(pg, site, "listing", f.key)}</h2><p>{esc(f.sapo)}</p></div>')


def listing_page(pg: Page, site: Site, page_title: str, main: str) -> str:
    return classic_page(pg, site, page_title, LISTING_DESCRIPTION, main, data.LISTING_SIDEBAR, show_today=True)


LISTINGS = ListingLayout(
    page=listing_page,
    teasers=teaser_list,
    featured=featured_story,
    section_box=lambda heading, links: (f'  <div class="box_cat"><h2 class="title_box">{heading}</h2>'
                                        f"<ul>{links}</ul></div>"),
    section_head=lambda home, section: f'  <div class="breadcrumb">{home} &raquo; <h1>{esc(section)}</h1></div>',
    tag_head=lambda name: f"  <h1>Từ khóa: {esc(name)}</h1>",
)


def render_front(site: Site, layout: ListingLayout) -> Page:
    pg = Page("/", "listing")
    parts = [layout.featured(pg, site, site.articles[data.FRONT_FEATURED]), layout.teasers(pg, site, data.FRONT_LIST)]
    for section, keys in data.FRONT_BOXES.items():
        links = title_items(pg, site, "listing", keys)
        parts.append(layout.section_box(pg.a("section", data.SECTION_PATHS[section], esc(section)), links))
    pg.html = layout.page(pg, site, f"{PAPER} - Tin tức Thủ đô", "\n".join(parts))
    return pg


def render_section(site: Site, section: str, layout: ListingLayout) -> Page:
    pg = Page(data.SECTION_PATHS[section], "listing")
    head = layout.section_head(pg.a("breadcrumb", "/", "Trang chủ"), section)
    main = head + "\n" + layout.teasers(pg, site, data.SECTION_LISTS[section])
    pg.html = layout.page(pg, site, f"{section} - {PAPER}", main)
    return pg


def render_tag(site: Site, name: str, layout: ListingLayout) -> Page:
    pg = Page(tag_path(name), "tag")
    keys = sorted((a.key for a in site.articles.values() if name in a.tags),
                  key=lambda k: site.articles[k].published, reverse=True)
    pg.html = layout.page(pg, site, f"{name} - {PAPER}", layout.tag_head(name) + "\n" + layout.teasers(pg, site, keys))
    return pg


def render_site(site: Site, render_article: Callable[[Article], Page], listings: ListingLayout) -> dict[str, Page]:
    """Every page of a replica by path: front page, sections, articles, then the tags in use."""
    pages = [render_front(site, listings)] + [render_section(site, s, listings) for s in data.MENU_SECTIONS]
    pages += [render_article(a) for a in site.articles.values()]
    used = sorted({t for a in site.articles.values() for t in a.tags} | set(data.HOT_TAGS),
                  key=lambda t: data.TAG_IDS[t])
    pages += [render_tag(site, t, listings) for t in used]
    out = {}
    for pg in pages:
        assert pg.path not in out, pg.path
        out[pg.path] = pg
    return out


def render_all(site: Site) -> dict[str, Page]:
    return render_site(site, lambda a: RENDERERS[a.markup](site, a), LISTINGS)


# ======================================================================================
# The crawl a correct crawler makes, and what it must extract
# ======================================================================================
def canonical_path(href: str, base_path: str) -> str | None:
    """Same-site path of a link (no query tracking params, no fragment); None if off-site."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    path = parts.path or base_path
    if not path.startswith("/"):
        path = posixpath.join(posixpath.dirname(base_path), path)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.startswith("utm_") and k not in TRACKING_PARAMS]
    assert not query, f"unexpected query in {href}"
    return path


def is_article_path(path: str) -> bool:
    return bool(ARTICLE_PATH_RE.match(path))


def crawl(pages: dict[str, Page], start: str) -> tuple[list[str], list[str]]:
    """BFS with the crawler's rules. Returns (fetched existing pages in order, 404 paths).

    Listing pages: follow links to article pages and to section pages.
    Article pages: follow only article links inside the Nên xem / Tin khác blocks.
    """
    listings = {p for p, pg in pages.items() if pg.kind == "listing"}
    seen, order, missing = {start}, [], []
    queue = deque([start])
    while queue:
        path = queue.popleft()
        pg = pages.get(path)
        if pg is None:
            missing.append(path)
            continue
        order.append(path)
        for kind, href in pg.links:
            target = canonical_path(href, path)
            if target is None or target in seen:
                continue
            if pg.kind == "listing":
                follow = is_article_path(target) or target in listings
            elif pg.kind == "article":
                follow = kind == "block" and is_article_path(target)
            else:
                follow = False
            if follow:
                seen.add(target)
                queue.append(target)
    return order, missing


def expected_item(site: Site, a: Article, pg: Page, rules: MarkupRules) -> dict:
    body = []
    for el in a.body:
        if isinstance(el, str):
            if plain(el):
                body.append(plain(el))
        elif isinstance(el, tuple) and el[0] == "h2":
            body.append(collapse(el[1]))
    related, seen = [], set()
    items = block_items(site, a)
    for block in rules.block_order:
        for it in items[block]:
            if it.path not in seen:
                seen.add(it.path)
                related.append({"block": block, "url": it.path, "title": collapse(it.title)})
    return {
        "url": pg.path,
        "article_id": str(a.id),
        "site": None,
        "title": collapse(a.title),
        "summary": collapse(a.sapo),
        "body": "\n\n".join(body),
        "author": a.author,
        "published_at": rules.date(a.published),
        "modified_at": rules.date(a.modified),  # None where the page shows none: check_site sees to it
        "category": a.section if rules.shows_category else None,
        "tags": list(a.tags),
        "images": [{"url": el.src, "caption": el.caption, "credit": el.credit} for el in a.body if isinstance(el, Img)],
        "related": related,
        "language": "vi",
    }


NOT_REACHABLE_REASON = {"inline": "inline", "sidebar": "sidebar", "body": "body-link", "tag": "tag"}


def expected(site: Site, pages: dict[str, Page], rules: dict[str, MarkupRules] = MARKUP_RULES) -> dict:
    """What a correct crawl of the pages returns; rules: the MarkupRules of each article markup."""
    by_path = {pg.path: site.articles[pg.key] for pg in pages.values() if pg.kind == "article"}
    order, missing = crawl(pages, "/")
    seed_path = site.path("SEED")
    from_seed, missing_from_seed = crawl(pages, seed_path)
    reachable = [p for p in order if p in by_path]
    assert set(from_seed) <= set(reachable) and set(missing_from_seed) <= set(missing)
    not_reachable = sorted(set(by_path) - set(reachable))
    roles = {p: by_path[p].role for p in not_reachable}
    assert all(r in NOT_REACHABLE_REASON for r in roles.values()), roles
    assert {p for p, a in by_path.items() if a.role in NOT_REACHABLE_REASON} == set(not_reachable)
    flaky = [site.path(k) for k in data.FLAKY_503]
    nfd = [site.path(k) for k in data.NFD_PAGES]
    assert set(flaky + nfd) <= set(reachable)
    return {
        "start_path": "/",
        "seed_path": seed_path,
        "listing_paths": [p for p in order if pages[p].kind == "listing"],
        "reachable": {p: expected_item(site, by_path[p], pages[p], rules[pages[p].markup]) for p in reachable},
        "reachable_from_seed": [p for p in from_seed if p in by_path],
        "not_reachable": [{"path": p, "reason": NOT_REACHABLE_REASON[roles[p]]} for p in not_reachable],
        "missing": sorted(missing),
        "flaky_503": flaky,
        "nfd": nfd,
        "pages": {p: {"kind": pg.kind, "markup": pg.markup, "key": pg.key} for p, pg in sorted(pages.items())},
    }


# ======================================================================================
# Output (shared with harness/site_alt/build.py, which passes its own renderer and crawl model)
# ======================================================================================
def page_bytes(pg: Page) -> bytes:
    text = pg.html
    if pg.key in data.NFD_PAGES:
        text = unicodedata.normalize("NFD", text)
    return text.encode("utf-8")


def build(out_dir: Path = HERE, render: Callable[[Site], dict[str, Page]] = render_all,
          expect: Callable[[Site, dict[str, Page]], dict] = expected) -> dict:
    """Write out_dir/pages/ and out_dir/expected.json of a replica (this one by default); return the expected dict."""
    site = load_site()
    pages = render(site)
    exp = expect(site, pages)
    pages_dir = Path(out_dir) / "pages"
    if pages_dir.exists():
        shutil.rmtree(pages_dir)
    pages_dir.mkdir(parents=True)
    for pg in pages.values():
        (pages_dir / pg.file).write_bytes(page_bytes(pg))
    text = json.dumps(exp, ensure_ascii=False, indent=2) + "\n"
    (Path(out_dir) / "expected.json").write_bytes(text.encode("utf-8"))
    return exp


def page_links(render: Callable[[Site], dict[str, Page]] = render_all) -> dict[str, list[tuple[str, str]]]:
    """Every <a href> of every page with the kind of place it sits in (for the tests)."""
    return {p: list(pg.links) for p, pg in render(load_site()).items()}


def cli(build_replica: Callable[[Path], dict], default_out: Path, doc: str, argv=None) -> None:
    """A replica generator's command line: --out DIR, then what was written."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=default_out, help="folder for pages/ and expected.json")
    args = ap.parse_args(argv)
    exp = build_replica(args.out)
    n_pages = len(list((args.out / "pages").iterdir()))
    print(f"wrote {n_pages} pages to {args.out / 'pages'}; reachable {len(exp['reachable'])}, "
          f"reachable_from_seed {len(exp['reachable_from_seed'])}, not_reachable {len(exp['not_reachable'])}, "
          f"missing {len(exp['missing'])}")


def main(argv=None) -> None:
    cli(build, HERE, __doc__, argv)


if __name__ == "__main__":
    main()
