"""Reading an lxml tree: element text, page order and the shape of blocks."""

from __future__ import annotations


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


def visible_text(el) -> str:
    """Text as a reader sees it: scripts and styles skipped, <br> and blocks as line breaks."""
    parts: list[str] = []

    def walk(node):
        if not is_element(node):
            if node.tail:
                parts.append(node.tail)
            return
        tag = node.tag.lower()
        if tag in INVISIBLE_TAGS:
            if node.tail:
                parts.append(node.tail)
            return
        if tag == "br" or tag in BLOCK_TAGS:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if node.tail and node is not el:
            parts.append(node.tail)

    walk(el)
    return "".join(parts)


def text_of(el) -> str:
    """The element's visible text on one line, cleaned."""
    return clean_text(visible_text(el))


def lines_of(el) -> list[str]:
    """The element's visible text split at line breaks, cleaned, empty lines dropped."""
    return [line for line in (clean_text(x) for x in visible_text(el).split("\n")) if line]




