"""Blocks are found by heading text in any markup; only their own links come back."""

import unicodedata

import lxml.html
import pytest

from newsbot.extract.blocks import find_blocks
from newsbot.extract.html import PageText, elements
from newsbot.extract.urls import canonical_url
from newsbot.sites.laodongthudo import PROFILE

BASE = "http://127.0.0.1:8000/bai-viet-1.html"
NOISE = """
<div class="menu"><a href="/menu-bai-90.html">Bài trên menu</a></div>
<p class="inline"><a href="/lien-quan-91.html">Tin liên quan trong bài</a></p>
"""
SIDEBAR = '<div class="side"><h3>Đọc nhiều</h3><a href="/doc-nhieu-92.html">Bài đọc nhiều</a></div>'

MARKUPS = {
    "box_h2_list": """
        <div class="box"><h2>Nên xem</h2><ul>
          <li><a href="/a-11.html"><img src="a.jpg" alt="Bài A"></a><a href="/a-11.html">Bài A</a><p>Tóm tắt A</p></li>
          <li><a href="/b-12.html">Bài B</a><p>Tóm tắt B</p></li></ul></div>
        <div class="box"><h2>Tin khác</h2><ul>
          <li><a href="/c-13.html?utm_source=x#top">Bài C</a></li><li><a href="/d-14.html">Bài D</a></li></ul>
          <a href="/thoi-su.html">Xem thêm</a></div>""",
    "upper_case_div_heading": """
        <section><div class="heading"><span>NÊN  XEM</span></div>
          <div class="item"><h3><a href="/a-11.html">Bài A</a></h3></div>
          <div class="item"><h3><a href="/b-12.html">Bài B</a></h3></div></section>
        <section><div class="heading"><span>TIN KHÁC</span></div>
          <div class="item"><a href="/c-13.html"><img src="c.jpg"></a><h3><a href="/c-13.html">Bài C</a></h3></div>
          <div class="item"><h3><a href="/d-14.html">Bài D</a></h3></div></section>""",
    "flat_siblings": """
        <div class="k1"><h3>Nên xem</h3>
        <div class="z"><a href="/a-11.html">Bài A</a><a href="/b-12.html">Bài B</a></div>
        <h3>Tin khác</h3><div class="z"><a href="/c-13.html">Bài C</a><a href="/d-14.html">Bài D</a></div>
        <h3>Video</h3><div class="z"><a href="/video-15.html">Video E</a></div></div>""",
    "linked_headings_in_wrappers": """
        <div class="w"><div class="hd"><h3><a href="/nen-xem">Nên xem</a></h3></div>
          <div class="bd"><a href="/a-11.html">Bài A</a> <a href="/b-12.html">Bài B</a></div></div>
        <div class="w"><div class="hd"><h3><a href="/tin-khac">Tin khác</a></h3></div>
          <div class="bd"><a href="/c-13.html">Bài C</a> <a href="/d-14.html">Bài D</a></div></div>""",
    "tables": """
        <table><tr><td><b>Nên xem</b></td></tr><tr><td><a href="/a-11.html">Bài A</a></td></tr>
          <tr><td><a href="/b-12.html">Bài B</a></td></tr></table>
        <table><tr><td><b>Tin khác</b></td></tr><tr><td><a href="/c-13.html">Bài C</a></td></tr>
          <tr><td><a href="/d-14.html">Bài D</a></td></tr></table>""",
}
EXPECTED = {
    "Nên xem": [("http://127.0.0.1:8000/a-11.html", "Bài A"), ("http://127.0.0.1:8000/b-12.html", "Bài B")],
    "Tin khác": [("http://127.0.0.1:8000/c-13.html", "Bài C"), ("http://127.0.0.1:8000/d-14.html", "Bài D")],
}


def found_blocks(document: str) -> list:
    """The blocks the laodongthudo profile finds in a whole HTML document."""
    return find_blocks(elements(lxml.html.document_fromstring(document)), PageText(), PROFILE.block_headings,
                       PROFILE.zone_headings, PROFILE.is_article_url, lambda href: canonical_url(href, BASE))


def blocks_of(html: str):
    found = found_blocks(f"<html><body>{NOISE}<div class='main'>{html}</div>{SIDEBAR}</body></html>")
    return {block.name: block.links for block in found if block.links}


@pytest.mark.parametrize("markup", MARKUPS)
def test_each_block_holds_exactly_its_own_article_links(markup):
    assert blocks_of(MARKUPS[markup]) == EXPECTED


@pytest.mark.parametrize("markup", MARKUPS)
def test_blocks_are_found_in_nfd_text(markup):
    assert blocks_of(unicodedata.normalize("NFD", MARKUPS[markup])).keys() == EXPECTED.keys()


def test_a_page_without_the_headings_has_no_blocks():
    assert blocks_of("<div><h2>Tin mới</h2><a href='/a-11.html'>Bài A</a></div>") == {}


def test_a_heading_word_inside_a_sentence_is_not_a_heading():
    html = "<p>Tin khác với mọi ngày, <a href='/a-11.html'>bài A</a> được nhiều người đọc.</p>"
    assert blocks_of(html) == {}


def test_a_heading_over_an_empty_list_is_a_block_without_links():
    found = found_blocks(
        "<html><body><div><h3>Tin khác</h3><ul class='loading'></ul></div>"
        "<div><h3>Nên xem</h3><a href='/a-11.html'>Bài A</a></div></body></html>")
    assert [(block.name, len(block.links)) for block in found] == [("Tin khác", 0), ("Nên xem", 1)]


def test_a_heading_written_after_a_comment_or_an_icon_is_found():
    html = """
        <div class="box"><h2><!-- box title -->Nên xem</h2><ul>
          <li><a href="/a-11.html">Bài A</a></li><li><a href="/b-12.html">Bài B</a></li></ul></div>
        <div class="box"><h2><i class="icon"></i>Tin khác</h2><ul>
          <li><a href="/c-13.html">Bài C</a></li><li><a href="/d-14.html">Bài D</a></li></ul></div>"""
    assert blocks_of(html) == EXPECTED


def test_blocks_come_in_page_order_whatever_holds_their_headings():
    # The heading "Tin khác" stands in the text after the element holding the heading "Nên xem".
    found = found_blocks(
        "<html><body><div><h3><noscript><span><i><b>Nên xem</b></i></span></noscript>Tin khác</h3>"
        "<a href='/a-11.html'>Bài A</a></div></body></html>")
    assert [block.name for block in found] == ["Nên xem", "Tin khác"]


def test_a_zone_heading_among_long_decorations_still_ends_a_block():
    rule = "—" * 150
    html = f"""
        <div class="k"><h3>Tin khác</h3><div><a href="/a-11.html">Bài A</a></div>
        <div>{rule} Đọc nhiều {rule}</div><div><a href="/b-12.html">Bài B</a></div></div>"""
    assert blocks_of(html) == {"Tin khác": [("http://127.0.0.1:8000/a-11.html", "Bài A")]}
