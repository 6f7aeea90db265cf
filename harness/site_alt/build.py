"""Deterministic generator of the held-out second replica of laodongthudo.vn.

    python -m harness.site_alt.build [--out DIR]     (from the repo root; DIR defaults to harness/site_alt)

writes DIR/pages/ and DIR/expected.json in the format of harness/site/expected.json. Standard
library only; the output is byte-for-byte stable across runs.

Same articles as harness/site (content from harness/site/data.py, the seed read from the seed text,
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

The link model, the BFS, the expected values, the output and the helpers come from
harness/site/build.py; this file holds only what markups D-F and their listing pages do differently.
"""
from __future__ import annotations

import json
import unicodedata
from datetime import timedelta
from pathlib import Path

from ..site import build as base
from ..site import data
from ..site.build import (
    LISTING_DESCRIPTION,
    LIVE,
    MENU,
    PAPER,
    BlockItem,
    ListingLayout,
    MarkupRules,
    Page,
    Site,
    _dt,
    ad_link,
    article_path,
    as_href,
    attr,
    block_links,
    body_parts,
    breadcrumb_items,
    caption_html,
    date_dash,
    esc,
    footer_inner,
    footer_lines,
    hot_tags,
    html_document,
    in_article_ad_follows,
    inline_html,
    inline_keys,
    iso,
    list_items,
    load_site,
    menu_items,
    related_blocks,
    render_site,
    sapo_text,
    tag_links,
    thumb_src,
    title_items,
    title_link,
    weekday_date,
    wrap,
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


def webp(src: str, scale: str = "") -> str:
    stem = src.rsplit(".", 1)[0]
    return f"{stem}{scale}.webp"


ANALYTICS = ("<script>(function(w,d){w._ldq=w._ldq||[];w._ldq.push(['pv',d.location.pathname]);})"
             "(window,document);</script>")

# D names the category only in its JSON-LD BreadcrumbList, F in a visible breadcrumb, E nowhere;
# F's <time>s are in UTC, so its expected dates keep +00:00.
MARKUP_RULES = {
    "D": MarkupRules(),
    "E": MarkupRules(block_order=("Tin khác", "Nên xem"), shows_category=False),
    "F": MarkupRules(date=iso_utc),
}


# ======================================================================================
# Markup D (BEM-ish nested divs, lazy images, JSON-LD @graph) and the portal page around it
# ======================================================================================
def ad_d(pg: Page, slot: str) -> str:
    link = ad_link(pg, slot, rel="nofollow sponsored")
    return f'<div class="zone-banner" data-zone="{slot}"><span class="zone-banner__label">Quảng cáo</span>{link}</div>'


def lazy_img(src: str, alt: str, cls: str = "lazyload") -> str:
    return f'<img class="{cls}" data-src="{attr(src)}" src="{PLACEHOLDER}" alt="{attr(alt)}">'


def story_d(pg: Page, kind: str, thumb_href: str, href: str, title: str, summary: str | None, id_: int,
            extra: str = "") -> str:
    thumb = pg.a(kind, thumb_href, lazy_img(thumb_src(id_), title), class_="story__thumb")
    head = pg.a(kind, href, esc(title))
    sm = f'<p class="story__summary">{esc(summary)}</p>' if summary else ""
    return f'<article class="story{extra}">{thumb}<h5 class="story__title">{head}</h5>{sm}</article>'


def title_story_d(pg: Page, site: Site, kind: str, key: str, extra: str = "") -> str:
    """A story card with no summary (inline box, sidebar)."""
    t = site.articles[key]
    return story_d(pg, kind, site.path(key), site.path(key), t.title, None, t.id, extra)


def block_story_d(pg: Page, it: BlockItem) -> str:
    return story_d(pg, "block", it.thumb_href, it.headline_href, it.title, it.summary, it.id)


def block_box_d(block: str, stories: list[str]) -> str:
    return (f'<div class="box-category"><h4><span>{block}</span></h4>\n<div class="box-category__list">\n'
            + "\n".join(stories) + "\n</div></div>")


def portal_page(pg: Page, title: str, description: str, main: str, side_box: str, body_class: str,
                meta=(), show_today: bool = False) -> str:
    """Top bar, menu, main column, side column and footer; meta are extra <head> lines."""
    trending = hot_tags(pg, "site-top__trending")
    head = ['<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{esc(title)}</title>",
            f'<meta name="description" content="{attr(description)}">', *meta, ANALYTICS]
    logo = pg.a("logo", "/", f'<img src="/static/images/brand.png" alt="{PAPER}">', class_="site-top__brand")
    today = f'\n<span class="site-top__today">{weekday_date(data.TODAY)}</span>' if show_today else ""
    return html_document(head, f"""<div class="site-top"><div class="site-top__inner">
{logo}{today}
{trending}
</div></div>
<div class="site-nav"><ul class="site-nav__list">{menu_items(pg)}</ul></div>
{ad_d(pg, "leaderboard")}
<div class="layout">
<div class="layout__main">
{main}
</div>
<div class="layout__side">
{side_box}
{ad_d(pg, "halfpage")}
</div>
</div>
<div class="site-bottom">{footer_inner(pg)}</div>""", body_class)


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
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": breadcrumb_items(section)},
        news]}

    body = body_parts(
        a,
        paragraph=lambda text, _: f'<div class="para">{inline_html(pg, site, text)}</div>',
        image=lambda img: f'<div class="photo">{lazy_img(img.src, img.caption)}<em>{caption_html(img)}</em></div>',
        empty='<div class="para">&nbsp;</div>',
        heading=lambda text: f'<div class="para para--heading"><b>{esc(text)}</b></div>',
        in_article_ad=lambda: ad_d(pg, f"inread-{a.id}"),
    )
    inline = ""
    keys = inline_keys(a, INLINE_BY_MARKUP["D"])
    if keys:
        stories = "".join(title_story_d(pg, site, "inline", k, " story--mini") for k in keys)
        inline = f'<div class="box-relate"><p class="box-relate__label">Tin liên quan</p>{stories}</div>'
    byline = f'<p class="news-detail__author">Theo <b>{esc(a.author)}</b></p>' if a.author else ""
    tags = ""
    if a.tags:
        chips = "".join(tag_links(pg, "tag", a.tags, class_="keyword-chip"))
        tags = f'<div class="news-detail__keywords"><span class="news-detail__keywords-label">Tags</span>{chips}</div>'
    boxes = related_blocks(pg, site, a, MARKUP_RULES["D"].block_order, block_story_d, block_box_d)
    side = "\n".join(title_story_d(pg, site, "sidebar", k) for k in data.ARTICLE_SIDEBAR)
    nl = "\n"
    main = f"""<div class="news-detail">
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
<div class="box-category__more">{pg.a("more", section_path, "Xem thêm")}</div>"""
    side_box = f'<div class="box-category box-category--side"><h4><span>{DOC_NHIEU}</span></h4>\n{side}\n</div>'
    pg.html = portal_page(
        pg, f"{a.title} - Lao Động Thủ Đô", sapo_text(a), main, side_box, "detail-page",
        meta=[f'<meta property="og:title" content="{attr(a.title)}">', f'<meta property="og:url" content="{url}">',
              f'<link rel="canonical" href="{url}">',
              f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'],
    )
    return pg


# ======================================================================================
# Markup E (table layout, <br><br> text, meta-only dates)
# ======================================================================================
def ad_e(pg: Page, slot: str) -> str:
    link = ad_link(pg, slot, 'border="0" alt=""', "gif", target="_blank")
    return f'<div class="qc" align="center"><font size="1" color="#999999">Quảng cáo</font><br>{link}</div>'


def box_e(title: str, links: list[str], width: str = "100%") -> str:
    return (f'<table width="{width}" cellpadding="3" cellspacing="0" border="0" class="khung">'
            f'<tr><td class="hdr" bgcolor="#1a3d7c"><font color="#ffffff"><b>{title}</b></font></td></tr>'
            f'<tr><td class="ds">{"<br>".join(links)}</td></tr></table>')


def image_e(img: Img) -> str:
    src = as_href(img.src, relative=True)
    return ('<table align="center" cellpadding="2" cellspacing="0" border="0" width="90%">'
            f'<tr><td align="center"><img src="{attr(src)}" border="0" width="500"></td></tr>'
            f'<tr><td align="center"><i>{caption_html(img)}</i></td></tr></table>')


def block_link_e(pg: Page, it: BlockItem) -> str:
    return pg.a("block", as_href(it.headline_href, relative=True), esc(it.title), class_="lnk")


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
    keys = inline_keys(a, INLINE_BY_MARKUP["E"])
    if keys:
        links = [f"&raquo; {title_link(pg, site, 'inline', k, relative=True)}" for k in keys]
        table = ('<table align="right" width="230" cellpadding="0" cellspacing="4" border="0">'
                 f'<tr><td>{box_e("TIN LIÊN QUAN", links)}</td></tr></table>')
        segments.append(("block", table))
    segments += body_parts(
        a,
        paragraph=lambda text, _: ("text", wrap(inline_html(pg, site, text, "b", "i", relative=True), "\t\t")),
        image=lambda img: ("block", image_e(img)),
        empty=("text", "\t\t&nbsp;"),
        heading=lambda text: ("text", f"\t\t<b>{esc(text)}</b>"),
        in_article_ad=lambda: ("block", ad_e(pg, f"giuabai-{a.id}")),
    )
    if a.author:
        segments.append(("text", f"\t\t<b>{esc(a.author)}</b>"))
    cell = []
    for i, (kind, html_text) in enumerate(segments):
        if i and kind == "text" and segments[i - 1][0] == "text":
            cell.append("<br><br>")
        cell.append(html_text if kind == "text" else "\t\t" + html_text)
    tags = ""
    if a.tags:
        links = ", ".join(tag_links(pg, "tag", a.tags, relative=True))
        tags = f'<tr><td class="tukhoa"><font size="2"><b>Từ khóa:</b> {links}</font></td></tr>'

    boxes = related_blocks(pg, site, a, MARKUP_RULES["E"].block_order, block_link_e,
                           lambda block, links: box_e(block.upper(), links))
    side = [title_link(pg, site, "sidebar", k, relative=True, class_="lnk") for k in data.ARTICLE_SIDEBAR]
    menu = " | ".join(pg.a("menu", as_href(href, relative=True), f'<font color="#ffffff"><b>{esc(name)}</b></font>')
                      for name, href in MENU)
    hot = " - ".join(tag_links(pg, "hot-tag", data.HOT_TAGS, relative=True))
    logo = pg.a("logo", "/", f'<img src="images/banner_top.jpg" width="980" height="120" border="0" alt="{PAPER}">')
    interest = ('<table width="100%" cellpadding="3" cellspacing="0" border="0">'
                '<tr><td><b>CÓ THỂ BẠN QUAN TÂM</b></td></tr>'
                f'<tr><td>{ad_e(pg, f"quantam-{a.id}")}</td></tr></table>')
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
<tr><td colspan="2">{logo}</td></tr>
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
{interest}
{nl.join(boxes)}
<div align="right">{pg.a("more", as_href(section_path, relative=True), "Xem thêm &raquo;")}</div>
</td>
<td valign="top" width="290">
{box_e(DOC_NHIEU.upper(), side)}
{ad_e(pg, "phai")}
</td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#eeeeee"><font size="1">{"<br>".join(footer_lines(pg))}</font></td></tr>
</table>
</body>
</html>
"""
    return pg


# ======================================================================================
# Markup F (HTML5, custom elements, ARIA, UTC <time>)
# ======================================================================================
def ad_f(pg: Page, slot: str) -> str:
    link = ad_link(pg, slot, 'alt="" width="300" height="250"', "webp", rel="sponsored")
    return f'<ldtd-ad data-slot="{slot}" aria-hidden="true"><span>Quảng cáo</span>{link}</ldtd-ad>'


def image_f(img: Img) -> str:
    cap = caption_html(img, '<span class="credit">', "</span>")
    return (f'<figure><picture><source type="image/webp" srcset="{attr(webp(img.src))} 1x, '
            f'{attr(webp(img.src, "@2x"))} 2x"><img src="{attr(img.src)}" alt="{attr(img.caption)}" '
            f'loading="lazy" width="760" height="507"></picture><figcaption>{cap}</figcaption></figure>')


def block_card_f(pg: Page, it: BlockItem) -> str:
    thumb, head = block_links(pg, it, 'alt="" loading="lazy"', "card__media")
    desc = f'<p class="card__desc">{esc(it.summary)}</p>'
    return f'<li class="card">{thumb}<h3 class="card__title">{head}</h3>{desc}</li>'


def render_markup_f(site: Site, a: Article) -> Page:
    pg = Page(article_path(a), "article", "F", a.key)
    section, section_path = a.section, data.SECTION_PATHS[a.section]
    d = _dt(a.published)
    times = f'<time datetime="{zulu(a.published)}" itemprop="datePublished">{d:%d/%m/%Y, %H:%M}</time>'
    if a.modified:
        m = _dt(a.modified)
        times += (f' <span class="updated">Cập nhật: <time datetime="{zulu(a.modified)}" itemprop="dateModified">'
                  f"{m:%d/%m/%Y, %H:%M}</time></span>")

    keys = inline_keys(a, INLINE_BY_MARKUP["F"])

    def paragraph(text: str, number: int) -> str:
        p = f"<p>{inline_html(pg, site, text)}</p>"
        return f'<blockquote class="pull-quote">{p}</blockquote>' if in_article_ad_follows(a, number) else p

    def inline_box() -> str:
        links = " ".join(title_link(pg, site, "inline", k) for k in keys)
        return f'<ldtd-related-inline aria-label="Đọc thêm">{links}</ldtd-related-inline>'

    body = body_parts(
        a, paragraph, image_f, "<p><br></p>", lambda text: f"<h3>{esc(text)}</h3>",
        in_article_ad=lambda: ad_f(pg, f"inpage-{a.id}"),
        after_first_paragraph=inline_box if keys else None,
    )
    footer = []
    if a.author:
        footer.append(f'<p class="byline">Bài: <span rel="author" itemprop="author">{esc(a.author)}</span></p>')
    if a.tags:
        keywords = list_items(tag_links(pg, "tag", a.tags, rel="tag"))
        footer.append(f'<ul class="keywords" aria-label="Từ khóa">{keywords}</ul>')

    def block_box(block: str, cards: list[str]) -> str:
        heading = F_HEADINGS[block]
        if a.key == NFD_HEADING_PAGE and block == "Tin khác":
            heading = unicodedata.normalize("NFD", heading)
        return (f'<aside aria-label="{attr(heading)}"><h2 class="visually-hidden">{esc(heading)}</h2>\n<ol>\n'
                + "\n".join(cards) + "\n</ol></aside>")

    asides = related_blocks(pg, site, a, MARKUP_RULES["F"].block_order, block_card_f, block_box)
    side = title_items(pg, site, "sidebar", data.ARTICLE_SIDEBAR)
    hot = list_items(tag_links(pg, "hot-tag", data.HOT_TAGS))
    crumbs = list_items([pg.a("breadcrumb", "/", "Trang chủ"), pg.a("breadcrumb", section_path, esc(section))])
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
<nav aria-label="Breadcrumb" class="crumbs"><ol>{crumbs}</ol></nav>
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
# Listing pages (front page, sections) and tag pages: the portal layout of markup D
# ======================================================================================
def stream_item(pg: Page, site: Site, key: str) -> str:
    t = site.articles[key]
    thumb = pg.a("listing", site.path(key), lazy_img(thumb_src(t.id), t.title), class_="stream-item__media")
    head = pg.a("listing", site.path(key), esc(t.title))
    return (f'<div class="stream-item">{thumb}<div class="stream-item__text">'
            f'<h3 class="stream-item__headline">{head}</h3>'
            f'<div class="stream-item__desc">{esc(t.sapo)}</div></div></div>')


def stream(pg: Page, site: Site, keys: list[str]) -> str:
    return '<div class="stream">\n' + "\n".join(stream_item(pg, site, k) for k in keys) + "\n</div>"


def home_hero(pg: Page, site: Site, f: Article) -> str:
    return (f'<div class="home-hero">{pg.a("listing", site.path(f.key), lazy_img(thumb_src(f.id), f.title))}'
            f'<h2 class="home-hero__headline">{title_link(pg, site, "listing", f.key)}</h2>'
            f'<div class="home-hero__desc">{esc(f.sapo)}</div></div>')


def portal_listing(pg: Page, site: Site, page_title: str, main: str) -> str:
    side_box = (f'<div class="rank-box"><h4><span>{DOC_NHIEU}</span></h4>'
                f'<ol>{title_items(pg, site, "sidebar", data.LISTING_SIDEBAR)}</ol></div>')
    return portal_page(pg, page_title, LISTING_DESCRIPTION, main, side_box, "portal", show_today=True)


PORTAL = ListingLayout(
    page=portal_listing,
    teasers=stream,
    featured=home_hero,
    section_box=lambda heading, links: f'<div class="home-cate"><h4>{heading}</h4><ul>{links}</ul></div>',
    section_head=lambda home, section: (f'<div class="cate-head"><h1 class="cate-head__name">{esc(section)}</h1>'
                                        f"{home}</div>"),
    tag_head=lambda name: f'<h1 class="cate-head__name">#{esc(name)}</h1>',
)


def render_all(site: Site) -> dict[str, Page]:
    check_markups(site)
    return render_site(site, lambda a: RENDERERS[MARKUP[a.key]](site, a), PORTAL)


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
# What a correct crawl must produce (same conventions as harness/site/expected.json)
# ======================================================================================
def expected(site: Site, pages: dict[str, Page]) -> dict:
    """harness/site's crawl model over these pages, held against the first replica's own result."""
    exp = base.expected(site, pages, MARKUP_RULES)
    assert site.path(NFD_HEADING_PAGE) in exp["reachable"]
    check_against_first_replica(exp)
    return exp


def check_against_first_replica(exp: dict) -> None:
    """Same link model as harness/site: the same pages are reachable, unreachable and missing."""
    site = load_site()
    first = base.expected(site, base.render_all(site))
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
    return base.build(out_dir, render_all, expected)


def page_links() -> dict[str, list[tuple[str, str]]]:
    """Every <a href> of every page with the kind of place it sits in (for the tests)."""
    return base.page_links(render_all)


def main(argv=None) -> None:
    base.cli(build, HERE, __doc__, argv)


if __name__ == "__main__":
    main()
