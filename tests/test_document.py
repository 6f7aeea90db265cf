"""The parsed page's indexes answer CSS hints as the selectors themselves do."""

import pytest
from lxml.cssselect import CSSSelector

from newsbot.pages.document import Document

PAGE = b"""<html><body>
<div class="box"><h1 id="a">one</h1>
  <div class="box box"><h1 class="box" id="b">two</h1><p><h1 id="c">three</h1></p></div>
</div>
<h1 class="box" id="d">four</h1>
<section class="other box"><span><h1 id="e">five</h1></span></section>
<div itemprop="articleBody" id="f"><p itemprop='author' id="g">x</p></div>
<span itemprop="articleBody" id="h"></span><div itemprop="articleBody extra" id="i"></div>
</body></html>"""


@pytest.mark.parametrize("selector", [
    "h1.box", ".box", "div.box", ".box h1", ".box div", ".missing h1", ".box table",
    "[itemprop=articleBody]", "div[itemprop=articleBody]", "[itemprop='author']", '[itemprop="author"]',
    "[itemprop=missing]", "section h1",
])
def test_a_hint_selects_what_its_selector_selects_in_page_order(selector):
    document = Document(PAGE)
    assert [el.get("id") for el in document.select((selector,))] \
        == [el.get("id") for el in CSSSelector(selector)(document.root)]


def test_hints_select_in_turn():
    document = Document(PAGE)
    assert [el.get("id") for el in document.select(("[itemprop=author]", "h1.box"))] == ["g", "b", "d"]
