"""A parsed page: its tree, the texts of its elements, its class index, CSS hints, and
the structured data it carries for machines (JSON-LD, meta tags)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import cast

from lxml.cssselect import CSSSelector
from lxml.etree import HTMLParser, ParserError, XPathError, fromstring

from newsbot.extract import structured
from newsbot.extract.html import PageText, joined_names, wrap_loose_text
from newsbot.extract.text import clean_text

# Class names a selector asks for ("h1.title-detail", ".detail_info h1"); attribute tests aside.
_SELECTOR_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_SELECTOR_ATTRIBUTE = re.compile(r"\[[^\]]*\]")
# Tag names a selector asks for ("article h1", "div.sapo > p"): each compound's leading name.
_SELECTOR_TAG = re.compile(r"(?:^|[\s>+~])([a-z][a-z0-9]*)")
# Selectors the page's indexes answer without a run over the tree: one class, with or without
# a tag ("h1.title-detail", ".sapo"); a tag inside a class (".detail_info h1"); one itemprop.
_TAG_AND_CLASS = re.compile(r"^([a-z][a-z0-9]*)?\.(-?[_a-zA-Z][\w-]*)$")
_TAG_INSIDE_CLASS = re.compile(r"^\.(-?[_a-zA-Z][\w-]*)\s+([a-z][a-z0-9]*)$")
_TAG_AND_ITEMPROP = re.compile(r"^([a-z][a-z0-9]*)?\[itemprop=([\"']?)([\w-]+)\2\]$")


@dataclass(frozen=True)
class _Hint:
    selector: CSSSelector
    required_classes: frozenset[str]
    required_tags: frozenset[str]
    # (how, tag, name) when the hint is looked up in the page's indexes instead of run: "class"
    # (the elements of the class, of the tag if one is named), "inside" (the tag's elements
    # inside those of the class), "itemprop" (the elements of the itemprop, of the tag if named).
    lookup: tuple[str, str | None, str] | None


def _lookup(selector: str) -> tuple[str, str | None, str] | None:
    if found := _TAG_AND_CLASS.match(selector):
        return "class", found[1], found[2]
    if found := _TAG_INSIDE_CLASS.match(selector):
        return "inside", found[2], found[1]
    if found := _TAG_AND_ITEMPROP.match(selector):
        return "itemprop", found[1], found[3]
    return None


@cache
def _hints(css: tuple[str, ...]) -> list[_Hint]:
    """Each hint compiled (that costs more than running it: once per hint), with the
    class and tag names the page must hold for it to match, so a hint naming a class or
    a tag absent from the page is not run over the whole tree (an XPath run costs about a
    microsecond an element). Nothing is required of a selector list or of pseudo-classes
    (``:not(.x)``)."""
    compiled = []
    for selector in css:
        simple = "," not in selector and ":" not in selector
        plain = _SELECTOR_ATTRIBUTE.sub("", selector).strip()
        classes = _SELECTOR_CLASS.findall(plain) if simple else ()
        tags = _SELECTOR_TAG.findall(plain) if simple else ()
        compiled.append(_Hint(CSSSelector(selector), frozenset(classes), frozenset(tags), _lookup(selector.strip())))
    return compiled


# Browsers read on after "</body>" and "</html>" (HTML5 never ends a document at them);
# libxml2 drops all that follows, even a whole page closed right after its "<html>".
# Searched for case-blind over the whole page: lowering a copy of it first takes three times as long.
_DOCUMENT_END_TAGS = re.compile(rb"</(?:body|html)\b[^>]*>", re.I)


# lxml's own element classes: lxml.html's pick a Python class for each element a walk meets
# (a Python call per element, the largest cost of walking the tree), and nothing here needs them.
# As Scrapy's selectors do: nesting read down to 2,048 levels (huge_tree) instead of 256.
_PARSER = HTMLParser(encoding="utf-8", huge_tree=True)


def parse(html: str | bytes | None):
    """The page's tree as a browser builds it; an empty document when there is nothing to parse."""
    if isinstance(html, str):
        # lxml refuses str input that declares its own encoding.
        html = html.encode("utf-8", "replace")
    # NUL characters dropped, as Scrapy's selectors do.
    html = _DOCUMENT_END_TAGS.sub(b"", (html or b"").replace(b"\x00", b""))
    try:
        root = fromstring(html or b"<html></html>", _PARSER)
    except (ParserError, ValueError):
        root = None
    # Nothing but white space or comments parses to no tree at all.
    return root if root is not None else fromstring(b"<html></html>", _PARSER)


class Document:
    """One page's tree, read once: every element in page order and its text."""

    def __init__(self, html: str | bytes | None):
        self.root = parse(html)
        # Holding every element keeps lxml's Python proxies alive: the many walks over the
        # tree reuse them instead of building new ones each time.
        self.elements = wrap_loose_text(self.root)
        self.texts = PageText()

    def text(self, el) -> str:
        """The element's visible text on one line."""
        return self.texts.text(el)

    def lines(self, el) -> list[str]:
        """The element's visible text, line by line."""
        return self.texts.lines(el)

    # -- structured data ---------------------------------------------------

    @cached_property
    def json_ld(self) -> list[dict]:
        return structured.json_ld(self.root)

    @cached_property
    def ld_article(self) -> dict:
        """The JSON-LD object describing the article, or an empty dict."""
        return structured.article_object(self.json_ld)

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        return structured.meta_tags(self.root)

    def meta_first(self, *keys: str) -> str | None:
        """The first non-empty content of the meta tags named, in the order named."""
        for key in keys:
            for value in self.meta.get(key, ()):
                # The tag's content is decoded once by the parser: entities left are escaped twice.
                text = clean_text(structured.decode_entities(value))
                if text:
                    return text
        return None

    def ld_text(self, key: str) -> str | None:
        """The JSON-LD article's ``key`` read as text."""
        return clean_text(structured.text_value(self.ld_article.get(key))) or None

    # -- class index and CSS hints -------------------------------------------

    @cached_property
    def named(self) -> dict:
        """element -> its ``css_classes``, for the elements that have any (in page order)."""
        return self._indexes.named

    def css(self, el) -> str:
        return self.named.get(el, "")

    @cached_property
    def with_class(self) -> dict[str, list]:
        """class name -> the elements that have it, in page order."""
        return self._indexes.with_class

    @cached_property
    def with_itemprop(self) -> list:
        """The elements with an itemprop, in page order."""
        return self._indexes.with_itemprop

    @cached_property
    def _indexes(self) -> _Indexes:
        """The indexes of the elements' names, read in one pass: reading an attribute costs
        more than the pass itself."""
        indexes = _Indexes({}, {}, [])
        for el in self.elements:
            if not el.keys():
                continue
            get = el.get
            classes, itemprop = get("class"), get("itemprop")
            names = joined_names(classes, get("id"), itemprop)
            if names:
                indexes.named[el] = names
                for name in dict.fromkeys(classes.split()) if classes else ():
                    indexes.with_class.setdefault(name, []).append(el)
                if itemprop:
                    indexes.with_itemprop.append(el)
        return indexes

    @cached_property
    def tags(self) -> set[str]:
        """The tag names the page uses."""
        return {el.tag for el in self.elements}

    def select(self, selectors: tuple[str, ...]) -> list:
        """The elements matching each CSS selector in turn."""
        found: list = []
        for hint in _hints(selectors):
            if not (hint.required_classes <= self.with_class.keys() and hint.required_tags <= self.tags):
                continue
            if hint.lookup:
                found.extend(self._looked_up(*hint.lookup))
                continue
            try:
                # A CSS selector's XPath selects elements only.
                found.extend(cast(list, hint.selector(self.root)))
            except XPathError:
                continue
        return found

    def _looked_up(self, how: str, tag: str | None, name: str) -> list:
        if how == "inside":
            # Each once, in page order: the elements of a class inside another are read with it.
            return list(dict.fromkeys(el for box in self.with_class[name] for el in box.iterdescendants(tag)))
        if how == "class":
            return [el for el in self.with_class.get(name, ()) if tag is None or el.tag == tag]
        return [el for el in self.with_itemprop if el.get("itemprop") == name and (tag is None or el.tag == tag)]


@dataclass(frozen=True)
class _Indexes:
    named: dict
    with_class: dict[str, list]
    with_itemprop: list
