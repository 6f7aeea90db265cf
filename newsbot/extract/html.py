"""Reading an lxml tree: element text, page order and the shape of blocks."""

from __future__ import annotations

import re

from newsbot.extract.text import clean_text

BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
     "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
     "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
     "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements whose text is never article text.
INVISIBLE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "svg", "button", "select",
     "option", "textarea", "input", "object", "embed", "head", "title", "canvas"}
)


def is_element(node) -> bool:
    return isinstance(node.tag, str)


def elements(root) -> list:
    """Every element under root (root included) in page order."""
    return [el for el in root.iter() if is_element(el)]


def ancestors(el):
    parent = el.getparent()
    while parent is not None:
        yield parent
        parent = parent.getparent()


def is_inside(el, elements_set: set) -> bool:
    """Whether el or one of its ancestors is in the set (sets of elements keep their proxies alive)."""
    return el in elements_set or any(a in elements_set for a in ancestors(el))


def css_classes(el) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop")))).lower()


# Control characters: libxml2 keeps them from a page, lxml refuses to set them (and no text has them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def visible_text(el) -> str:
    """Text as a reader sees it: scripts and styles skipped, <br> and blocks as line breaks.

    Line breaks in the HTML source are spaces, as a browser shows them; other white
    space is left for clean_text to collapse.
    """
    parts: list[str] = []

    def add(text):
        if text:
            parts.append(text.replace("\n", " "))

    # A stack of (node, its children done) rather than recursion: pages nest thousands deep.
    stack = [(el, False)]
    while stack:
        node, children_done = stack.pop()
        visible = is_element(node) and node.tag.lower() not in INVISIBLE_TAGS
        if visible and not children_done:
            if node.tag.lower() == "br" or node.tag.lower() in BLOCK_TAGS:
                parts.append("\n")
            add(node.text)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))
            continue
        if visible and node.tag.lower() in BLOCK_TAGS:
            parts.append("\n")
        if node is not el:
            add(node.tail)
    return "".join(parts)


def text_of(el) -> str:
    """The element's visible text on one line, cleaned."""
    return clean_text(visible_text(el))


def lines_of(el) -> list[str]:
    """The element's visible text split at line breaks, cleaned, empty lines dropped."""
    return [line for line in (clean_text(x) for x in visible_text(el).split("\n")) if line]






def wrap_loose_text(root) -> None:
    """Give each run of text standing loose beside blocks a <p> of its own, in place.

    Old table layouts write an article as ``text<br><br>text<table>photo</table>text``
    inside one cell: wrapped, each run reads as a paragraph like any other.
    """
    for el in elements(root):
        if el.tag in INVISIBLE_TAGS or el.tag in HEADING_TAGS or el.tag in ("p", "pre"):
            continue
        if any(is_element(child) and child.tag in BLOCK_TAGS for child in el):
            _wrap_runs(el)


def _wrap_runs(el) -> None:
    runs = []  # (leading text, inline nodes, the block that ends the run or None)
    lead, nodes = el.text, []
    el.text = None
    for child in list(el):
        if is_element(child) and child.tag in BLOCK_TAGS:
            runs.append((lead, nodes, child))
            lead, nodes = child.tail, []
            child.tail = None
        else:
            nodes.append(child)
    runs.append((lead, nodes, None))
    for lead, nodes, block in runs:
        has_text = (lead or "").strip() or any(
            (n.tail or "").strip() or (is_element(n) and text_of(n)) for n in nodes)
        if not has_text:
            continue
        paragraph = el.makeelement("p", {})
        paragraph.text = _NOT_XML.sub("", lead) if lead else lead
        position = el.index(nodes[0]) if nodes else (el.index(block) if block is not None else len(el))
        el.insert(position, paragraph)
        for node in nodes:
            paragraph.append(node)
