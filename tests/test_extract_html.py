import lxml.html

from newsbot.extract.html import PageText, lines_of, text_of, visible_text

PAGE = """<html><head><title>Not shown</title><script>var x = "no";</script></head><body>
<div id="a">First
line<br>second line<p>A <b>bold</b> word</p><style>.x{}</style>tail text<!-- a comment -->after</div>
<ul id="list"><li>one</li><li>two</li></ul></body></html>"""


def test_visible_text_skips_scripts_and_breaks_lines_at_blocks_and_br():
    root = lxml.html.document_fromstring(PAGE)
    div = root.get_element_by_id("a")
    assert lines_of(div) == ["First line", "second line", "A bold word", "tail textafter"]
    assert text_of(div) == "First line second line A bold word tail textafter"
    assert "no" not in visible_text(root) and "Not shown" not in visible_text(root)


def test_page_text_reads_the_same_whichever_element_is_read_first():
    root = lxml.html.document_fromstring(PAGE)
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    outer_first, inner_first = PageText(), PageText()
    for el in elements:
        outer_first.text(el)
    for el in reversed(elements):
        inner_first.lines(el)
    for el in elements:
        assert outer_first.text(el) == inner_first.text(el) == text_of(el)
        assert outer_first.lines(el) == inner_first.lines(el) == lines_of(el)


def test_deeply_nested_pages_are_read_without_recursion():
    html = "<html><body>" + "<div>" * 1500 + "deep" + "</div>" * 1500 + "</body></html>"
    root = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    assert text_of(root) == "deep"
