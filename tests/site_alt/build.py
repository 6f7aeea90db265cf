"""Deterministic generator of the held-out second replica of laodongthudo.vn.

    python -m tests.site_alt.build [--out DIR]     (from the repo root; DIR defaults to tests/site_alt)

writes DIR/pages/ and DIR/expected.json in the format of tests/site/expected.json. Standard
library only; the output is byte-for-byte stable across runs.

Same articles as tests/site (content from tests/site/data.py, the seed read from the seed text,
the same paths, ids, block membership, link decorations, 404 / 503 / NFD cases), but every page
is rendered in markup the crawler was not tuned on:

  D  BEM-ish nested <div>s: h1.news-detail__headline, byline "Theo <b>X</b>" under the title,
     <span class="date">11/12/2020 - 17:30</span>, lead <p class="news-detail__lead"><strong>,
     body <div class="para"> (no <p>), lazy images <div class="photo"><img data-src src=placeholder>
     <em>caption</em>, inline box of <article class="story"> cards AFTER the body ("Tin liên quan"),
     blocks <h4><span>Nên xem</span></h4> + <article class="story"> cards (the sidebar "Đọc nhiều"
     has the very same shape), breadcrumb only in JSON-LD, NewsArticle inside an "@graph".
  E  2000s table layout: no <h1> (title in <td class="title"><font><b>, plus og:title), lead in
     <td class="lead">, body = text lines separated by <br><br> in one <td> (no <p>), subheadings
     and the byline as bold lines (the byline is the last line), images as centred <table>s with an
     <i> caption, dates only in article:published_time / modified_time meta without a zone
     (Vietnam time), blocks as <table><td class="hdr">TIN KHÁC</td> with bare <a>...<br> lists
     (Tin khác first), inline box and "ĐỌC NHIỀU" in the same table shape, page-relative hrefs,
     relative image srcs, no JSON-LD, no category shown.
  F  HTML5 + custom elements + ARIA: <ldtd-article> in <main>, <header> with h1 and
     <time datetime="...Z"> (UTC: the expected dates keep +00:00), <p class="summary">,
     <div itemprop="articleBody"> with <p>, <h3> subheadings and a <blockquote><p> quote,
     <figure><picture><source srcset><img src><figcaption>, inline box <ldtd-related-inline> in the
     middle of the body, ads <ldtd-ad>, byline <span rel="author"> in the article <footer>, blocks
     <aside aria-label="Nên xem"><h2 class="visually-hidden"> with headings "Nên xem" and
     "Tin khác:" (trailing colon; NFD-decomposed on one page), visible <nav aria-label="Breadcrumb">.

The link model, the BFS and the helpers are imported from tests/site/build.py.
"""
from __future__ import annotations

import argparse
import json
import shutil
import unicodedata
from datetime import timedelta
from pathlib import Path

from ..site import build as base
from ..site import data
from ..site.build import (
    ADS, BLOCKS, INLINE_RE, LIVE, MOBILE, NOT_REACHABLE_REASON, PAPER, Page, Site, _dt, article_path, attr,
    block_items, collapse, crawl, date_dash, esc, footer_inner, inline_html, iso, load_site,
    menu_items, page_bytes, paragraph_count, plain, sapo_text, tag_path, thumb_src, weekday_date, wrap,
)
from ..site.data import EMPTY, Article, Img

HERE = Path(__file__).resolve().parent

# Which markup renders which article (10 / 10 / 9). Chosen so every markup gets images with and
# without credit, subheadings, modified dates, "(LĐTĐ)"-less sapos and at least one of the
# crawl edge cases: E holds the seed (a 2020 page), the 404 block link (T2), the 503-once page
# (T4, also the body link to Y1) and the article without author (N2); F the whole-page NFD page
# (T6), the page with an NFD block heading (T9) and both back-links to the seed (T3, T9); D the
# NBSP paragraph (T1), the decorated headline link N1 -> N3 and X2 (decorated on every page).
MARKUP = {
    **dict.fromkeys(["N1", "N4", "N7", "T1", "T7", "T8", "X2", "L2", "S1", "I3"], "D"),
    **dict.fromkeys(["SEED", "N2", "N5", "T2", "T4", "T5", "T10", "Y1", "I1", "I2"], "E"),
    **dict.fromkeys(["N3", "N6", "T3", "T6", "T9", "X1", "L1", "S2", "G1"], "F"),
}
BLOCK_ORDER = {"D": BLOCKS, "E": ("Tin khác", "Nên xem"), "F": BLOCKS}
# Inline related boxes of the pages other than the seed (which keeps its own I1..I3).
INLINE_BY_MARKUP = {"D": ["I2", "I3"], "E": ["I1"], "F": ["I3", "I1"]}
# Markup F writes block headings with a trailing colon; on this page "Tin khác:" is in NFD.
F_HEADINGS = {"Nên xem": "Nên xem", "Tin khác": "Tin khác:"}
NFD_HEADING_PAGE = "T9"
PLACEHOLDER = "/static/images/placeholder.gif"
DOC_NHIEU = "Đọc nhiều"


# ======================================================================================
# Helpers
# ======================================================================================
def iso_utc(s: str | None) -> str | None:
    """The instant in UTC, as markup F gives it (datetime="...Z") and as it is expected."""
    return (_dt(s) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:00+00:00") if s else None


def zulu(s: str) -> str:
    return iso_utc(s).replace("+00:00", "Z")


def naive(s: str) -> str:  # markup E meta: no zone
    return _dt(s).strftime("%Y-%m-%dT%H:%M:00")


def caption_text(img: Img) -> str:
    return img.caption + (f" Ảnh: {img.credit}" if img.credit else "")


def inline_keys(a: Article) -> list[str]:
    return [k for k in (a.inline or INLINE_BY_MARKUP[MARKUP[a.key]]) if k != a.key]


def rel(path: str) -> str:
    """Page-relative href (markup E); every page sits at the site root."""
    return path if path == "/" else path.lstrip("/")


def inline_old(pg: Page, site: Site, text: str) -> str:
    """A paragraph with inline marks as a 2000s CMS writes it: <b>, <i>, relative hrefs."""
    out, pos = [], 0
    for m in INLINE_RE.finditer(text):
        out.append(esc(text[pos : m.start()]))
        if m.group(1):
            out.append(f"<b>{esc(m.group(1))}</b>")
        elif m.group(2):
            out.append(f"<i>{esc(m.group(2))}</i>")
        else:
            out.append(pg.a("body", rel(site.path(m.group(3))), esc(m.group(4))))
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def webp(src: str, scale: str = "") -> str:
    stem = src.rsplit(".", 1)[0]
    return f"{stem}{scale}.webp"


ANALYTICS = ("<script>(function(w,d){w._ldq=w._ldq||[];w._ldq.push(['pv',d.location.pathname]);})"
             "(window,document);</script>")


# ======================================================================================
# Markup D (BEM-ish nested divs, lazy images, JSON-LD @graph)
# ======================================================================================
def ad_d(pg: Page, slot: str) -> str:
    link = pg.a("ad", f"{ADS}/click?slot={slot}", f'<img src="{ADS}/banner/{slot}.jpg" alt="Quảng cáo">',
                rel="nofollow sponsored")
    return f'<div class="zone-banner" data-zone="{slot}"><span class="zone-banner__label">Quảng cáo</span>{link}</div>'


def lazy_img(src: str, alt: str, cls: str = "lazyload") -> str:
    return f'<img class="{cls}" data-src="{attr(src)}" src="{PLACEHOLDER}" alt="{attr(alt)}">'


def story_d(pg: Page, kind: str, thumb_href: str, href: str, title: str, summary: str | None, id_: int,
            extra: str = "") -> str:
    thumb = pg.a(kind, thumb_href, lazy_img(thumb_src(id_), title), class_="story__thumb")
    head = pg.a(kind, href, esc(title))
    sm = f'<p class="story__summary">{esc(summary)}</p>' if summary else ""
    return f'<article class="story{extra}">{thumb}<h5 class="story__title">{head}</h5>{sm}</article>'


def render_markup_d(site: Site, a: Article) -> Page:
    pg = Page(article_path(a), "article", "D", a.key)
    section, section_path = a.section, data.SECTION_PATHS[a.section]
    url = LIVE + pg.path
    news = {"@type": "NewsArticle", "@id": url + "#article", "mainEntityOfPage": {"@id": url},
            "headline": a.title, "description": sapo_text(a), "datePublished": iso(a.published)}
    if a.modified:
        news["dateModified"] = iso(a.modified)
    if a.author:
        news["author"] = {"@type": "Person", "name": a.author}
    news["publisher"] = {"@id": LIVE + "/#organization"}
    if a.tags:
        news["keywords"] = list(a.tags)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": LIVE + "/#organization", "name": PAPER, "url": LIVE + "/",
         "logo": {"@type": "ImageObject", "url": f"{LIVE}/static/images/brand.png"}},
        {"@type": "WebPage", "@id": url, "url": url, "name": a.title, "inLanguage": "vi",
         "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": LIVE + "/"},
            {"@type": "ListItem", "position": 2, "name": section, "item": LIVE + section_path}]},
        news]}

    body, n = [], 0
    for el in a.body:
        if isinstance(el, str):
            body.append(f'<div class="para">{inline_html(pg, site, el)}</div>')
            n += 1
            if n == 2 and paragraph_count(a) >= 3:
                body.append(ad_d(pg, f"inread-{a.id}"))
        elif isinstance(el, Img):
            body.append(f'<div class="photo">{lazy_img(el.src, el.caption)}<em>{esc(caption_text(el))}</em></div>')
        elif el == EMPTY:
            body.append('<div class="para">&nbsp;</div>')
        else:
            body.append(f'<div class="para para--heading"><b>{esc(el[1])}</b></div>')

    inline = ""
    if inline_keys(a):
        cards = "".join(story_d(pg, "inline", site.path(k), site.path(k), site.articles[k].title, None,
                                site.articles[k].id, " story--mini") for k in inline_keys(a))
        inline = f'<div class="box-relate"><p class="box-relate__label">Tin liên quan</p>{cards}</div>'
    byline = f'<p class="news-detail__author">Theo <b>{esc(a.author)}</b></p>' if a.author else ""
    tags = ""
    if a.tags:
        tags = ('<div class="news-detail__keywords"><span class="news-detail__keywords-label">Tags</span>'
                + "".join(pg.a("tag", tag_path(t), esc(t), class_="keyword-chip") for t in a.tags) + "</div>")

    boxes = []
    items = block_items(site, a)
    for block in BLOCK_ORDER["D"]:
        cards = "\n".join(story_d(pg, "block", it.thumb_href, it.headline_href, it.title, it.summary, it.id)
                          for it in items[block])
        boxes.append(f'<div class="box-category"><h4><span>{block}</span></h4>\n<div class="box-category__list">\n'
                     f"{cards}\n</div></div>")
    side = "\n".join(story_d(pg, "sidebar", site.path(k), site.path(k), site.articles[k].title, None, site.articles[k].id)
                     for k in data.ARTICLE_SIDEBAR)
    trending = " ".join(pg.a("hot-tag", tag_path(t), esc(t)) for t in data.HOT_TAGS)
    nl = "\n"
    pg.html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} - Lao Động Thủ Đô</title>
<meta name="description" content="{attr(sapo_text(a))}">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>
{ANALYTICS}
</head>
<body class="detail-page">
<div class="site-top"><div class="site-top__inner">
{pg.a("logo", "/", f'<img src="/static/images/brand.png" alt="{PAPER}">', class_="site-top__brand")}
<div class="site-top__trending"><span>Sự kiện:</span> {trending}</div>
</div></div>
<div class="site-nav"><ul class="site-nav__list">{menu_items(pg)}</ul></div>
{ad_d(pg, "leaderboard")}
<div class="layout">
<div class="layout__main">
<div class="news-detail">
<div class="news-detail__header">
<h1 class="news-detail__headline">{esc(a.title)}</h1>
<div class="news-detail__meta">
{byline}
<span class="date">{date_dash(a.published)}</span>
</div>
</div>
<p class="news-detail__lead"><strong>{esc(sapo_text(a))}</strong></p>
<div class="news-detail__body">
{nl.join(body)}
</div>
{inline}
{tags}
</div>
<div class="zone-recommend"><h4><span>Có thể bạn quan tâm</span></h4>{ad_d(pg, f"recommend-{a.id}")}</div>
{nl.join(boxes)}
<div class="box-category__more">{pg.a("more", section_path, "Xem thêm")}</div>
</div>
<div class="layout__side">
<div class="box-category box-category--side"><h4><span>{DOC_NHIEU}</span></h4>
{side}
</div>
{ad_d(pg, "halfpage")}
</div>
</div>
<div class="site-bottom">{footer_inner(pg)}</div>
</body>
</html>
"""
    return pg


# ======================================================================================
# Markup E (table layout, <br><br> text, meta-only dates)
# ======================================================================================
def ad_e(pg: Page, slot: str) -> str:
    link = pg.a("ad", f"{ADS}/click?slot={slot}", f'<img src="{ADS}/banner/{slot}.gif" border="0" alt="">',
                target="_blank")
    return f'<div class="qc" align="center"><font size="1" color="#999999">Quảng cáo</font><br>{link}</div>'


def box_e(title: str, links: list[str], width: str = "100%") -> str:
    return (f'<table width="{width}" cellpadding="3" cellspacing="0" border="0" class="khung">'
            f'<tr><td class="hdr" bgcolor="#1a3d7c"><font color="#ffffff"><b>{title}</b></font></td></tr>'
            f'<tr><td class="ds">{"<br>".join(links)}</td></tr></table>')


def footer_e(pg: Page) -> str:
    return (f"{PAPER} - Cơ quan của Liên đoàn Lao động thành phố Hà Nội<br>"
            "Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.<br>"
            f"{pg.a('footer', 'mailto:toasoan@laodongthudo.vn', 'Liên hệ tòa soạn')} | "
            f"{pg.a('footer', MOBILE + pg.path, 'Phiên bản di động')}")


def render_markup_e(site: Site, a: Article) -> Page:
    pg = Page(article_path(a), "article", "E", a.key)
    section_path = data.SECTION_PATHS[a.section]
    metas = [f'<meta property="og:title" content="{attr(a.title)}">',
             f'<meta property="og:description" content="{attr(sapo_text(a))}">',
             f'<meta property="article:published_time" content="{naive(a.published)}">']
    if a.modified:
        metas.append(f'<meta property="article:modified_time" content="{naive(a.modified)}">')
    if a.tags:
        metas.append(f'<meta name="keywords" content="{attr(", ".join(a.tags))}">')

    # The body cell: text lines joined by <br><br>; tables / divs stand between them.
    segments: list[tuple[str, str]] = []
    if inline_keys(a):
        links = [f"&raquo; {pg.a('inline', rel(site.path(k)), esc(site.articles[k].title))}" for k in inline_keys(a)]
        segments.append(("block", '<table align="right" width="230" cellpadding="0" cellspacing="4" border="0"><tr><td>'
                         + box_e("TIN LIÊN QUAN", links) + "</td></tr></table>"))
    n = 0
    for el in a.body:
        if isinstance(el, str):
            segments.append(("text", wrap(inline_old(pg, site, el), "\t\t")))
            n += 1
            if n == 2 and paragraph_count(a) >= 3:
                segments.append(("block", ad_e(pg, f"giuabai-{a.id}")))
        elif isinstance(el, Img):
            segments.append(("block",
                             '<table align="center" cellpadding="2" cellspacing="0" border="0" width="90%">'
                             f'<tr><td align="center"><img src="{attr(rel(el.src))}" border="0" width="500"></td></tr>'
                             f'<tr><td align="center"><i>{esc(caption_text(el))}</i></td></tr></table>'))
        elif el == EMPTY:
            segments.append(("text", "\t\t&nbsp;"))
        else:
            segments.append(("text", f"\t\t<b>{esc(el[1])}</b>"))
    if a.author:
        segments.append(("text", f"\t\t<b>{esc(a.author)}</b>"))
    cell = []
    for i, (kind, html_text) in enumerate(segments):
        if i and kind == "text" and segments[i - 1][0] == "text":
            cell.append("<br><br>")
        cell.append(html_text if kind == "text" else "\t\t" + html_text)
    tags = ""
    if a.tags:
        tags = ('<tr><td class="tukhoa"><font size="2"><b>Từ khóa:</b> '
                + ", ".join(pg.a("tag", rel(tag_path(t)), esc(t)) for t in a.tags) + "</font></td></tr>")

    boxes = []
    items = block_items(site, a)
    for block in BLOCK_ORDER["E"]:
        links = [pg.a("block", rel(it.headline_href), esc(it.title), class_="lnk") for it in items[block]]
        boxes.append(box_e(block.upper(), links))
    side = [pg.a("sidebar", rel(site.path(k)), esc(site.articles[k].title), class_="lnk") for k in data.ARTICLE_SIDEBAR]
    menu = " | ".join(pg.a("menu", href if href == "/" else rel(href), f'<font color="#ffffff"><b>{esc(name)}</b></font>')
                      for name, href in [("Trang chủ", "/")] + [(s, data.SECTION_PATHS[s]) for s in data.MENU_SECTIONS])
    hot = " - ".join(pg.a("hot-tag", rel(tag_path(t)), esc(t)) for t in data.HOT_TAGS)
    nl = "\n"
    pg.html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="Content-Language" content="vi">
<title>{esc(a.title)}</title>
{nl.join(metas)}
<script language="javascript" src="/js/common.js"></script>
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2">{pg.a("logo", "/", f'<img src="images/banner_top.jpg" width="980" height="120" border="0" alt="{PAPER}">')}</td></tr>
<tr><td colspan="2" bgcolor="#1a3d7c" height="28">&nbsp;{menu}</td></tr>
<tr><td colspan="2" height="24"><font size="1"><b>Sự kiện:</b> {hot}</font></td></tr>
<tr>
<td valign="top" width="690">
<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><td class="title"><font size="4" color="#003399"><b>{esc(a.title)}</b></font></td></tr>
<tr><td class="lead"><b>{esc(sapo_text(a))}</b></td></tr>
<tr><td class="bodytext" valign="top">
{nl.join(cell)}
</td></tr>
{tags}
</table>
<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr><td><b>CÓ THỂ BẠN QUAN TÂM</b></td></tr><tr><td>{ad_e(pg, f"quantam-{a.id}")}</td></tr></table>
{nl.join(boxes)}
<div align="right">{pg.a("more", rel(section_path), "Xem thêm &raquo;")}</div>
</td>
<td valign="top" width="290">
{box_e(DOC_NHIEU.upper(), side)}
{ad_e(pg, "phai")}
</td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#eeeeee"><font size="1">{footer_e(pg)}</font></td></tr>
</table>
</body>
</html>
"""
    return pg


# ======================================================================================
# Markup F (HTML5, custom elements, ARIA, UTC <time>)
# ======================================================================================
def ad_f(pg: Page, slot: str) -> str:
    link = pg.a("ad", f"{ADS}/click?slot={slot}", f'<img src="{ADS}/banner/{slot}.webp" alt="" width="300" height="250">',
                rel="sponsored")
    return f'<ldtd-ad data-slot="{slot}" aria-hidden="true"><span>Quảng cáo</span>{link}</ldtd-ad>'


def render_markup_f(site: Site, a: Article) -> Page:
    pg = Page(article_path(a), "article", "F", a.key)
    section, section_path = a.section, data.SECTION_PATHS[a.section]
    d = _dt(a.published)
    times = f'<time datetime="{zulu(a.published)}" itemprop="datePublished">{d:%d/%m/%Y, %H:%M}</time>'
    if a.modified:
        m = _dt(a.modified)
        times += (f' <span class="updated">Cập nhật: <time datetime="{zulu(a.modified)}" itemprop="dateModified">'
                  f"{m:%d/%m/%Y, %H:%M}</time></span>")

    body, n, quote_at = [], 0, 1 if paragraph_count(a) >= 3 else None
    for el in a.body:
        if isinstance(el, str):
            p = f"<p>{inline_html(pg, site, el)}</p>"
            body.append(f'<blockquote class="pull-quote">{p}</blockquote>' if n == quote_at else p)
            n += 1
            if n == 1 and inline_keys(a):
                links = " ".join(pg.a("inline", site.path(k), esc(site.articles[k].title)) for k in inline_keys(a))
                body.append(f'<ldtd-related-inline aria-label="Đọc thêm">{links}</ldtd-related-inline>')
            if n == 2 and paragraph_count(a) >= 3:
                body.append(ad_f(pg, f"inpage-{a.id}"))
        elif isinstance(el, Img):
            cap = esc(el.caption) + (f' <span class="credit">Ảnh: {esc(el.credit)}</span>' if el.credit else "")
            body.append(f'<figure><picture><source type="image/webp" srcset="{attr(webp(el.src))} 1x, '
                        f'{attr(webp(el.src, "@2x"))} 2x"><img src="{attr(el.src)}" alt="{attr(el.caption)}" '
                        f'loading="lazy" width="760" height="507"></picture><figcaption>{cap}</figcaption></figure>')
        elif el == EMPTY:
            body.append("<p><br></p>")
        else:
            body.append(f"<h3>{esc(el[1])}</h3>")

    footer = []
    if a.author:
        footer.append(f'<p class="byline">Bài: <span rel="author" itemprop="author">{esc(a.author)}</span></p>')
    if a.tags:
        footer.append('<ul class="keywords" aria-label="Từ khóa">'
                      + "".join(f"<li>{pg.a('tag', tag_path(t), esc(t), rel='tag')}</li>" for t in a.tags) + "</ul>")

    asides = []
    items = block_items(site, a)
    for block in BLOCK_ORDER["F"]:
        heading = F_HEADINGS[block]
        if a.key == NFD_HEADING_PAGE and block == "Tin khác":
            heading = unicodedata.normalize("NFD", heading)
        lis = []
        for it in items[block]:
            thumb = pg.a("block", it.thumb_href, f'<img src="{thumb_src(it.id)}" alt="" loading="lazy">', class_="card__media")
            head = pg.a("block", it.headline_href, esc(it.title))
            lis.append(f'<li class="card">{thumb}<h3 class="card__title">{head}</h3><p class="card__desc">{esc(it.summary)}</p></li>')
        asides.append(f'<aside aria-label="{attr(heading)}"><h2 class="visually-hidden">{esc(heading)}</h2>\n<ol>\n'
                      + "\n".join(lis) + "\n</ol></aside>")
    side = "".join(f"<li>{pg.a('sidebar', site.path(k), esc(site.articles[k].title))}</li>" for k in data.ARTICLE_SIDEBAR)
    hot = "".join(f"<li>{pg.a('hot-tag', tag_path(t), esc(t))}</li>" for t in data.HOT_TAGS)
    nl = "\n"
    pg.html = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a.title)} – Lao Động Thủ Đô</title>
<meta name="description" content="{attr(a.sapo)}">
<link rel="canonical" href="{attr(pg.path)}">
<script type="module" src="/assets/ldtd-elements.js"></script>
{ANALYTICS}
</head>
<body>
<ldtd-app>
<header class="masthead" role="banner">
{pg.a("logo", "/", f'<img src="/assets/brand.svg" alt="{PAPER}" width="220" height="48">', class_="brand")}
<nav aria-label="Sự kiện"><ul>{hot}</ul></nav>
</header>
<nav aria-label="Chuyên mục" class="sections"><ul>{menu_items(pg)}</ul></nav>
{ad_f(pg, "masthead")}
<div class="shell">
<main id="main-content">
<nav aria-label="Breadcrumb" class="crumbs"><ol><li>{pg.a("breadcrumb", "/", "Trang chủ")}</li><li>{pg.a("breadcrumb", section_path, esc(section))}</li></ol></nav>
<ldtd-article itemscope itemtype="https://schema.org/NewsArticle">
<header>
<h1 itemprop="headline">{esc(a.title)}</h1>
<div class="dateline">{times}</div>
</header>
<p class="summary" itemprop="description">{esc(sapo_text(a))}</p>
<div itemprop="articleBody">
{nl.join(body)}
</div>
<footer class="article-footer">
{nl.join(footer)}
</footer>
</ldtd-article>
<section aria-label="Có thể bạn quan tâm" class="recommend">{ad_f(pg, f"recommend-{a.id}")}</section>
{nl.join(asides)}
<p class="see-more">{pg.a("more", section_path, "Xem thêm")}</p>
</main>
<aside aria-label="{DOC_NHIEU}" class="rail"><h2 class="visually-hidden">{DOC_NHIEU}</h2><ol>{side}</ol>
{ad_f(pg, "rail")}
</aside>
</div>
<footer role="contentinfo" class="colophon">{footer_inner(pg)}</footer>
</ldtd-app>
</body>
</html>
"""
    return pg


RENDERERS = {"D": render_markup_d, "E": render_markup_e, "F": render_markup_f}


# ======================================================================================
# Listing pages (front page, sections) and tag pages: a portal layout of their own
# ======================================================================================
def stream_item(pg: Page, site: Site, key: str) -> str:
    t = site.articles[key]
    thumb = pg.a("listing", site.path(key), lazy_img(thumb_src(t.id), t.title), class_="stream-item__media")
    head = pg.a("listing", site.path(key), esc(t.title))
    return (f'<div class="stream-item">{thumb}<div class="stream-item__text"><h3 class="stream-item__headline">{head}</h3>'
            f'<div class="stream-item__desc">{esc(t.sapo)}</div></div></div>')


def portal_page(pg: Page, site: Site, page_title: str, main: str) -> str:
    side = "".join(f"<li>{pg.a('sidebar', site.path(k), esc(site.articles[k].title))}</li>" for k in data.LISTING_SIDEBAR)
    trending = " ".join(pg.a("hot-tag", tag_path(t), esc(t)) for t in data.HOT_TAGS)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page_title)}</title>
<meta name="description" content="{PAPER}: tin tức thời sự, Hà Nội, lao động, việc làm">
{ANALYTICS}
</head>
<body class="portal">
<div class="site-top"><div class="site-top__inner">
{pg.a("logo", "/", f'<img src="/static/images/brand.png" alt="{PAPER}">', class_="site-top__brand")}
<span class="site-top__today">{weekday_date(data.TODAY)}</span>
<div class="site-top__trending"><span>Sự kiện:</span> {trending}</div>
</div></div>
<div class="site-nav"><ul class="site-nav__list">{menu_items(pg)}</ul></div>
{ad_d(pg, "leaderboard")}
<div class="layout">
<div class="layout__main">
{main}
</div>
<div class="layout__side">
<div class="rank-box"><h4><span>{DOC_NHIEU}</span></h4><ol>{side}</ol></div>
{ad_d(pg, "halfpage")}
</div>
</div>
<div class="site-bottom">{footer_inner(pg)}</div>
</body>
</html>
"""


def render_front(site: Site) -> Page:
    pg = Page("/", "listing")
    f = site.articles[data.FRONT_FEATURED]
    featured = (f'<div class="home-hero">{pg.a("listing", site.path(f.key), lazy_img(thumb_src(f.id), f.title))}'
                f'<h2 class="home-hero__headline">{pg.a("listing", site.path(f.key), esc(f.title))}</h2>'
                f'<div class="home-hero__desc">{esc(f.sapo)}</div></div>')
    stream = '<div class="stream">\n' + "\n".join(stream_item(pg, site, k) for k in data.FRONT_LIST) + "\n</div>"
    boxes = []
    for section, keys in data.FRONT_BOXES.items():
        links = "".join(f"<li>{pg.a('listing', site.path(k), esc(site.articles[k].title))}</li>" for k in keys)
        boxes.append(f'<div class="home-cate"><h4>{pg.a("section", data.SECTION_PATHS[section], esc(section))}</h4><ul>{links}</ul></div>')
    pg.html = portal_page(pg, site, f"{PAPER} - Tin tức Thủ đô", "\n".join([featured, stream, *boxes]))
    return pg


def render_section(site: Site, section: str) -> Page:
    pg = Page(data.SECTION_PATHS[section], "listing")
    head = f'<div class="cate-head"><h1 class="cate-head__name">{esc(section)}</h1>{pg.a("breadcrumb", "/", "Trang chủ")}</div>'
    stream = '<div class="stream">\n' + "\n".join(stream_item(pg, site, k) for k in data.SECTION_LISTS[section]) + "\n</div>"
    pg.html = portal_page(pg, site, f"{section} - {PAPER}", head + "\n" + stream)
    return pg


def render_tag(site: Site, name: str) -> Page:
    pg = Page(tag_path(name), "tag")
    keys = sorted((a.key for a in site.articles.values() if name in a.tags),
                  key=lambda k: site.articles[k].published, reverse=True)
    stream = '<div class="stream">\n' + "\n".join(stream_item(pg, site, k) for k in keys) + "\n</div>"
    pg.html = portal_page(pg, site, f"{name} - {PAPER}", f'<h1 class="cate-head__name">#{esc(name)}</h1>\n{stream}')
    return pg


def render_all(site: Site) -> dict[str, Page]:
    check_markups(site)
    pages = [render_front(site)] + [render_section(site, s) for s in data.MENU_SECTIONS]
    pages += [RENDERERS[MARKUP[a.key]](site, a) for a in site.articles.values()]
    used = sorted({t for a in site.articles.values() for t in a.tags} | set(data.HOT_TAGS), key=lambda t: data.TAG_IDS[t])
    pages += [render_tag(site, t) for t in used]
    out = {}
    for pg in pages:
        assert pg.path not in out, pg.path
        out[pg.path] = pg
    return out


def check_markups(site: Site) -> None:
    assert set(MARKUP) == set(site.articles), set(MARKUP) ^ set(site.articles)
    counts = sorted(list(MARKUP.values()).count(m) for m in RENDERERS)
    assert counts[-1] - counts[0] <= 1, counts  # spread evenly
    for a in site.articles.values():
        if MARKUP[a.key] == "E" and a.author:  # the byline is the last bold line: the body must not end in one
            last = [el for el in a.body if el != EMPTY][-1]
            assert isinstance(last, (str, Img)), a.key
    assert MARKUP[NFD_HEADING_PAGE] == "F" and NFD_HEADING_PAGE not in data.NFD_PAGES


# ======================================================================================
# What a correct crawl must produce (same conventions as tests/site/expected.json)
# ======================================================================================
def expected_item(site: Site, a: Article, pg: Page) -> dict:
    markup = MARKUP[a.key]
    body = []
    for el in a.body:
        if isinstance(el, str):
            if plain(el):
                body.append(plain(el))
        elif isinstance(el, tuple) and el[0] == "h2":
            body.append(collapse(el[1]))
    related, seen = [], set()
    items = block_items(site, a)
    for block in BLOCK_ORDER[markup]:  # page order
        for it in items[block]:
            if it.path not in seen:
                seen.add(it.path)
                related.append({"block": block, "url": it.path, "title": collapse(it.title)})
    date = iso_utc if markup == "F" else iso
    return {
        "url": pg.path,
        "article_id": str(a.id),
        "site": None,
        "title": collapse(a.title),
        "summary": collapse(a.sapo),
        "body": "\n\n".join(body),
        "author": a.author,
        "published_at": date(a.published),
        "modified_at": date(a.modified) if a.modified else None,
        # D: only the JSON-LD BreadcrumbList names it; F: visible breadcrumb; E: not shown
        "category": a.section if markup in ("D", "F") else None,
        "tags": list(a.tags),
        "images": [{"url": el.src, "caption": el.caption, "credit": el.credit} for el in a.body if isinstance(el, Img)],
        "related": related,
        "language": "vi",
    }


def expected(site: Site, pages: dict) -> dict:
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
    assert site.path(NFD_HEADING_PAGE) in reachable
    return {
        "start_path": "/",
        "seed_path": seed_path,
        "listing_paths": [p for p in order if pages[p].kind == "listing"],
        "reachable": {p: expected_item(site, by_path[p], pages[p]) for p in reachable},
        "reachable_from_seed": [p for p in from_seed if p in by_path],
        "not_reachable": [{"path": p, "reason": NOT_REACHABLE_REASON[roles[p]]} for p in not_reachable],
        "missing": sorted(missing),
        "flaky_503": flaky,
        "nfd": nfd,
        "pages": {p: {"kind": pg.kind, "markup": pg.markup, "key": pg.key} for p, pg in sorted(pages.items())},
    }


def check_against_first_replica(exp: dict) -> None:
    """Same link model as tests/site: the same pages are reachable, unreachable and missing."""
    first = base.expected(base.load_site(), base.render_all(base.load_site()))
    assert set(exp["reachable"]) == set(first["reachable"])
    assert set(exp["reachable_from_seed"]) == set(first["reachable_from_seed"])
    assert exp["not_reachable"] == first["not_reachable"]
    assert exp["missing"] == first["missing"] and exp["flaky_503"] == first["flaky_503"] and exp["nfd"] == first["nfd"]
    assert exp["listing_paths"] == first["listing_paths"] and exp["seed_path"] == first["seed_path"]
    assert set(exp["pages"]) == set(first["pages"])
    for path, item in exp["reachable"].items():  # what differs is the markup, not the content
        other = first["reachable"][path]
        for key in ("url", "article_id", "title", "summary", "body", "author", "tags", "images", "language"):
            assert item[key] == other[key], (path, key)
        assert sorted(map(str, item["related"])) == sorted(map(str, other["related"])), path


# ======================================================================================
# Output
# ======================================================================================
def build(out_dir: Path = HERE) -> dict:
    """Write out_dir/pages/ and out_dir/expected.json; return the expected dict."""
    site = load_site()
    pages = render_all(site)
    exp = expected(site, pages)
    check_against_first_replica(exp)
    pages_dir = Path(out_dir) / "pages"
    if pages_dir.exists():
        shutil.rmtree(pages_dir)
    pages_dir.mkdir(parents=True)
    for pg in pages.values():
        (pages_dir / pg.file).write_bytes(page_bytes(site, pg))
    text = json.dumps(exp, ensure_ascii=False, indent=2) + "\n"
    (Path(out_dir) / "expected.json").write_bytes(text.encode("utf-8"))
    return exp


def page_links() -> dict[str, list[tuple[str, str]]]:
    """Every <a href> of every page with the kind of place it sits in (for the tests)."""
    return {p: list(pg.links) for p, pg in render_all(load_site()).items()}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="folder for pages/ and expected.json")
    args = ap.parse_args(argv)
    exp = build(args.out)
    n_pages = len(list((args.out / "pages").iterdir()))
    print(f"wrote {n_pages} pages to {args.out / 'pages'}; reachable {len(exp['reachable'])}, "
          f"reachable_from_seed {len(exp['reachable_from_seed'])}, not_reachable {len(exp['not_reachable'])}, "
          f"missing {len(exp['missing'])}")


if __name__ == "__main__":
    main()
