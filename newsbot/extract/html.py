"""Reading an lxml tree: element text, page order and the shape of blocks."""

from __future__ import annotations

import re
import unicodedata

from lxml.etree import Element

from newsbot.extract.text import INVISIBLE, clean_text, is_clean

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
    get = el.get
    return joined_names(get("class"), get("id"), get("itemprop"))


def joined_names(class_: str | None, id_: str | None, itemprop: str | None) -> str:
    """An element's ``css_classes`` from its attributes: lower-cased, class first."""
    if id_ or itemprop:
        return " ".join(filter(None, (class_, id_, itemprop))).lower()
    return class_.lower() if class_ else ""


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
    return PageText().text(el)


def lines_of(el) -> list[str]:
    """The element's visible text split at line breaks, cleaned, empty lines dropped."""
    return PageText().lines(el)


def _piece(text: str) -> str:
    """One run of text of the source, cleaned as clean_text cleans (white space aside) and its
    line breaks made spaces: an element's text is then cleaned by collapsing its white space."""
    text = text.replace("\n", " ")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return INVISIBLE.sub("", text) if INVISIBLE.search(text) else text


def _collapsed(visible: str) -> str:
    """clean_text of a text made of cleaned pieces: where two pieces compose (a combining mark
    opening a piece), the whole is normalized again."""
    if visible.isascii() or unicodedata.is_normalized("NFC", visible):
        return visible if is_clean(visible) else " ".join(visible.split())
    return clean_text(visible)


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
        known = self._visible
        found = known.get(el)
        if found is not None:
            return found
        if el.tag.__class__ is not str:  # a comment or processing instruction
            return ""
        # The elements below el not read yet, each before its children, gathered from a stack
        # rather than by recursion (pages nest thousands deep); then read children first.
        pending, unread = [el], []
        while pending:
            node = pending.pop()
            if node.tag in INVISIBLE_TAGS:
                known[node] = ""
                continue
            unread.append(node)
            if len(node):
                pending.extend(child for child in node if child.tag.__class__ is str and child not in known)
        for node in reversed(unread):
            tag = node.tag
            is_block = tag in BLOCK_TAGS
            text = node.text
            if not len(node):  # most elements: their own text alone, read without a list of parts
                text = _piece(text) if text else ""
                known[node] = "\n" + text + "\n" if is_block else ("\n" + text if tag == "br" else text)
                continue
            parts = ["\n"] if is_block or tag == "br" else []
            if text:
                parts.append(_piece(text))
            for child in node:
                if child.tag.__class__ is str:
                    parts.append(known[child])
                if child.tail:
                    parts.append(_piece(child.tail))
            if is_block:
                parts.append("\n")
            known[node] = "".join(parts)
        return known[el]

    def text(self, el) -> str:
        found = self._text.get(el)
        if found is None:
            found = self._text[el] = _collapsed(self.visible(el))
        return found

    def lines(self, el) -> list[str]:
        found = self._lines.get(el)
        if found is None:
            found = self._lines[el] = [line for line in map(_collapsed, self.visible(el).split("\n")) if line]
        return list(found)


def wrap_loose_text(root) -> list:
    """Give each run of text standing loose beside blocks a <p> of its own, in place; the
    tree's elements in page order once wrapped (``elements(root)``).

    Old table layouts write an article as ``text<br><br>text<table>photo</table>text``
    inside one cell: wrapped, each run reads as a paragraph like any other.
    """
    every = elements(root)
    holding_blocks = {el.getparent() for el in root.iter(*BLOCK_TAGS)}
    # Read before any change below them: an element's runs are wrapped before its descendants'.
    texts = PageText()
    wrapped = False
    for el in every:
        if el in holding_blocks and el.tag not in _NEVER_WRAPPED and _has_loose_parts(el):
            wrapped = _wrap_runs(el, texts) or wrapped
    return elements(root) if wrapped else every


_NEVER_WRAPPED = INVISIBLE_TAGS | HEADING_TAGS | {"p", "pre"}


def _is_block(node) -> bool:
    return node.tag.__class__ is str and node.tag in BLOCK_TAGS


def _has_loose_parts(el) -> bool:
    """Text or inline elements beside the element's blocks."""
    if (el.text or "").strip():
        return True
    # A comment's tag is no tag name: it stands beside the blocks as inline elements do.
    return any(child.tag not in BLOCK_TAGS or (child.tail or "").strip() for child in el)


def _shows_text(node, texts: PageText) -> bool:
    # itertext() runs in C over all the text below, scripts' too: most inline runs have none at all.
    return is_element(node) and bool("".join(node.itertext()).strip()) and bool(texts.text(node))


def _wrap_runs(el, texts: PageText) -> bool:
    """Whether a run was wrapped (then the loose white space around the blocks is dropped too)."""
    runs = []  # (leading text, inline nodes, the block that ends the run or None)
    lead = el.text
    nodes: list = []
    for child in el:
        if _is_block(child):
            runs.append((lead, nodes, child))
            lead, nodes = child.tail, []
        else:
            nodes.append(child)
    runs.append((lead, nodes, None))
    shown = [(lead or "").strip() or any((n.tail or "").strip() or _shows_text(n, texts) for n in nodes)
             for lead, nodes, _ in runs]
    if not any(shown):
        return False
    el.text = None
    for _, _, block in runs:
        if block is not None:
            block.tail = None
    for (lead, nodes, block), has_text in zip(runs, shown, strict=True):
        if not has_text:
            continue
        paragraph = el.makeelement("p", {})
        paragraph.text = _NOT_XML.sub("", lead) if lead else lead
        position = el.index(nodes[0]) if nodes else (el.index(block) if block is not None else len(el))
        el.insert(position, paragraph)
        for node in nodes:
            paragraph.append(node)
    return True
