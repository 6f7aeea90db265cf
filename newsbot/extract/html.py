"""Reading an lxml tree: element text, page order and the shape of blocks."""

from __future__ import annotations

import re

from lxml.etree import Element

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
    return list(root.iter(Element))


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
    return PageText().visible(el)


def text_of(el) -> str:
    """The element's visible text on one line, cleaned."""
    return clean_text(visible_text(el))


def lines_of(el) -> list[str]:
    """The element's visible text split at line breaks, cleaned, empty lines dropped."""
    return _lines(visible_text(el))


def _lines(visible: str) -> list[str]:
    return [line for line in map(clean_text, visible.split("\n")) if line]


class PageText:
    """``text_of`` and ``lines_of`` of one tree's elements, each read once.

    Reading a page asks for the text of the same elements again and again (block
    headings, paragraphs, the container's score, captions, the byline); the tree must
    not change while its PageText is in use.
    """

    def __init__(self):
        self._visible: dict = {}
        self._text: dict = {}
        self._lines: dict = {}

    def visible(self, el) -> str:
        """``visible_text`` of el, composed from the visible text of its children: an element
        inside several that are read is read once."""
        found = self._visible.get(el)
        if found is not None:
            return found
        if not is_element(el):
            return ""
        # Children first, from a stack rather than by recursion: pages nest thousands deep.
        stack = [(el, False)]
        while stack:
            node, children_done = stack.pop()
            if children_done:
                self._visible[node] = self._compose(node)
            elif node not in self._visible:
                if node.tag.lower() in INVISIBLE_TAGS:
                    self._visible[node] = ""
                    continue
                stack.append((node, True))
                stack.extend((child, False) for child in node if is_element(child))
        return self._visible[el]

    def _compose(self, el) -> str:
        tag = el.tag.lower()
        is_block = tag in BLOCK_TAGS
        parts = ["\n"] if is_block or tag == "br" else []
        if el.text:
            parts.append(el.text.replace("\n", " "))
        for child in el:
            if is_element(child):
                parts.append(self._visible[child])
            if child.tail:
                parts.append(child.tail.replace("\n", " "))
        if is_block:
            parts.append("\n")
        return "".join(parts)

    def text(self, el) -> str:
        found = self._text.get(el)
        if found is None:
            found = self._text[el] = clean_text(self.visible(el))
        return found

    def lines(self, el) -> list[str]:
        found = self._lines.get(el)
        if found is None:
            found = self._lines[el] = _lines(self.visible(el))
        return list(found)


def wrap_loose_text(root) -> list:
    """Give each run of text standing loose beside blocks a <p> of its own, in place; the
    tree's elements in page order once wrapped (``elements(root)``).

    Old table layouts write an article as ``text<br><br>text<table>photo</table>text``
    inside one cell: wrapped, each run reads as a paragraph like any other.
    """
    every = elements(root)
    holding_blocks = {el.getparent() for el in every if el.tag in BLOCK_TAGS}
    wrapped = False
    for el in every:
        if el in holding_blocks and el.tag not in _NEVER_WRAPPED and _has_loose_parts(el):
            _wrap_runs(el)
            wrapped = True
    return elements(root) if wrapped else every


_NEVER_WRAPPED = INVISIBLE_TAGS | HEADING_TAGS | {"p", "pre"}


def _is_block(node) -> bool:
    return is_element(node) and node.tag in BLOCK_TAGS


def _has_loose_parts(el) -> bool:
    """Text or inline elements beside the element's blocks."""
    return bool((el.text or "").strip()) or any(
        not _is_block(child) or (child.tail or "").strip() for child in el)


def _shows_text(node) -> bool:
    # itertext() runs in C over all the text below, scripts' too: most inline runs have none at all.
    return is_element(node) and any(t.strip() for t in node.itertext()) and bool(text_of(node))


def _wrap_runs(el) -> None:
    runs = []  # (leading text, inline nodes, the block that ends the run or None)
    lead = el.text
    nodes: list = []
    el.text = None
    for child in list(el):
        if _is_block(child):
            runs.append((lead, nodes, child))
            lead, nodes = child.tail, []
            child.tail = None
        else:
            nodes.append(child)
    runs.append((lead, nodes, None))
    for lead, nodes, block in runs:
        has_text = (lead or "").strip() or any((n.tail or "").strip() or _shows_text(n) for n in nodes)
        if not has_text:
            continue
        paragraph = el.makeelement("p", {})
        paragraph.text = _NOT_XML.sub("", lead) if lead else lead
        position = el.index(nodes[0]) if nodes else (el.index(block) if block is not None else len(el))
        el.insert(position, paragraph)
        for node in nodes:
            paragraph.append(node)
