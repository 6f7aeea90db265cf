"""Finding a page's link blocks ("Tin khác", "Nên xem"...) by their heading text.

The markup of a block is unknown and changes, so a block is found from its
heading alone: the element whose whole text is the heading, then the smallest
element around it that holds article links after the heading. When one element
holds several blocks, a block ends at the next heading-like element.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

from lxml.etree import Comment, Element, Entity, ProcessingInstruction

from newsbot.extract.html import (
    HEADING_TAGS,
    INVISIBLE_TAGS,
    PageText,
    ancestors,
    css_classes,
    is_element,
)
from newsbot.extract.text import clean_text, fold

# Longer text than this is a sentence, not a heading.
_HEADING_MAX_CHARS = 60
# Letters and digits (str.isalnum), counted in C, rule most texts out before they are cleaned
# and folded (the fold of a long text is not cached): the decomposed form (NFD) of a text's fold
# holds at least as many as the text, and at most three for each of the fold's characters (a
# Hangul syllable is three jamo). So a text with more letters than every key's decomposed form
# is no key, and one with more than three times a heading's length in letters folds longer.
_LETTERS_A_CHARACTER = 3


def _more_letters_than(count: int) -> re.Pattern:
    """A pattern matching, from its start, a text with more than ``count`` letters and digits."""
    return re.compile(rf"[\W_]*(?:[^\W_][\W_]*){{{count + 1}}}")


def _most_letters(keys) -> int:
    """The most letters and digits the decomposed form of a key has."""
    return max((sum(char.isalnum() for char in unicodedata.normalize("NFD", key)) for key in keys), default=0)


_LONGER_THAN_A_HEADING = _more_letters_than(_LETTERS_A_CHARACTER * _HEADING_MAX_CHARS)
_HEADING_CLASS = re.compile(r"title|heading|header|caption|label|\bhd\b|cat-?name")


@dataclass
class Block:
    """One block found on a page: its heading, its links and the elements it covers."""

    name: str
    heading: object
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, title)
    covered: set = field(default_factory=set)  # the elements of the block
    capped: int = 0  # links left out over the cap


@dataclass(frozen=True)
class _Headings:
    """A site's headings as a page's are compared with them, worked out once for all its pages."""

    keys: dict[str, str]  # folded block heading -> the heading
    beginnings: frozenset[str]  # what a run of text of a block heading may fold to
    too_long_for_a_key: re.Pattern
    foreign_to_the_keys: re.Pattern
    stops: frozenset[str]  # folded headings that end a block
    too_long_for_a_stop: re.Pattern


@cache
def _headings(headings: tuple[str, ...], stop_headings: tuple[str, ...]) -> _Headings:
    keys = {fold(h): h for h in headings}
    stops = frozenset(keys) | {fold(h) for h in stop_headings}
    return _Headings(keys, frozenset(key[:end] for key in keys for end in range(1, len(key) + 1)),
                     _more_letters_than(_most_letters(keys)), _foreign_letters(keys),
                     stops, _more_letters_than(_most_letters(stops)))


def _foreign_letters(keys) -> re.Pattern:
    """A pattern finding an ASCII letter or digit that no key's decomposed form holds: a text
    holding one is no beginning of a key (the fold of a text holds each of its ASCII letters,
    in lower case, with at most marks over it, and no other letter composes with one)."""
    held = {char for key in keys for char in unicodedata.normalize("NFD", key)}
    foreign = "".join(char for char in string.ascii_letters + string.digits if char.lower() not in held)
    return re.compile(f"[{foreign}]" if foreign else "(?!)")


def _heading_elements(page_order: list, headings: _Headings, texts: PageText):
    """(name, element) for each largest element whose whole text folds to a key, in page order."""
    found = []
    seen: set = set()
    keys = headings.keys
    runs = _heading_runs(page_order, headings)
    for run in sorted(runs, key=_page_place):
        match = None
        for candidate in (run.owner, *list(ancestors(run.owner))[:3]):
            if _LONGER_THAN_A_HEADING.match(texts.visible(candidate)):
                break
            text = fold(texts.text(candidate))
            if len(text) > _HEADING_MAX_CHARS:
                break
            if text in keys:
                match = candidate
        if match is not None and match not in seen:
            seen.add(match)
            found.append((keys[fold(texts.text(match))], match))
    return found


class _Run(NamedTuple):
    """A run of text in the element ``owner``: its own text, or the tail of its child ``after``."""

    owner: Any
    after: Any = None


def _heading_runs(page_order: list, headings: _Headings) -> list[_Run]:
    """The runs of text that fold to the beginning of a heading, the text of scripts and
    styles left unread; not in page order: a tail is met with the element before it.

    Read from the elements held rather than by a walk of the tree (iterwalk's events cost
    more than the reading); comments, never held, are looked for apart for their tails.
    """
    runs = []
    for el in page_order:
        # A script's text, often the page's longest, is not even read; white space, which
        # folds to nothing, is most of the runs between tags.
        text = el.text if el.tag not in INVISIBLE_TAGS else None
        if text and not text.isspace() and _may_begin_heading(text, headings):
            runs.append(_Run(el))
        text = el.tail
        if text and not text.isspace() and _may_begin_heading(text, headings):
            owner = el.getparent()
            if owner is not None and owner.tag not in INVISIBLE_TAGS:
                runs.append(_Run(owner, el))
    for node in page_order[0].iter(Comment, ProcessingInstruction, Entity) if page_order else ():
        if node.tail and _may_begin_heading(node.tail, headings):
            owner = node.getparent()
            if owner is not None and owner.tag not in INVISIBLE_TAGS:
                runs.append(_Run(owner, node))
    return runs


def _may_begin_heading(text: str, headings: _Headings) -> bool:
    # Longer text, even with spaces and punctuation around a heading, is a sentence.
    return (len(text) <= 2 * _HEADING_MAX_CHARS or len(text.strip()) <= 2 * _HEADING_MAX_CHARS) \
        and not headings.foreign_to_the_keys.search(text) and not headings.too_long_for_a_key.match(text) \
        and fold(text) in headings.beginnings


def _page_place(run: _Run) -> tuple:
    """Sort key of runs in page order: the path of child indexes down to the run, an element's
    own text before its first child, a tail between its element and the next."""
    place = [-1 if run.after is None else run.owner.index(run.after) + 0.5]
    el = run.owner
    while (parent := el.getparent()) is not None:
        place.append(parent.index(el))
        el = parent
    return tuple(reversed(place))


def is_heading_like(el, texts: PageText) -> bool:
    """A heading of some other part of the page: short, titled, and not a link."""
    tag = el.tag.lower() if is_element(el) else ""
    if tag not in HEADING_TAGS and not _HEADING_CLASS.search(css_classes(el)):
        return False
    if tag == "a" or el.find(".//a") is not None or any(a.tag == "a" for a in ancestors(el)):
        return False
    return 0 < len(texts.text(el)) <= _HEADING_MAX_CHARS


def find_blocks(page_order: list, texts: PageText, headings, stop_headings, link_filter, canonical,
                max_links=0) -> list[Block]:
    """Every block of the page whose heading is one of ``headings``, those whose list
    holds no link included (a list a script fills after load).

    ``page_order`` is every element of the page in page order (``elements(root)``);
    ``stop_headings`` are headings of other zones that end a block;
    ``link_filter(url)`` says which links belong in a block (article links);
    ``canonical(href)`` turns an href of the page into an absolute URL or None;
    a block keeps its first ``max_links`` links (0: all).
    """
    known = _headings(tuple(headings), tuple(stop_headings))
    headed = _heading_elements(page_order, known, texts)
    if not headed:
        return []
    order = _PageOrder(page_order)
    ends = _BlockEnds(known, texts)
    blocks = []
    for name, heading in headed:
        block = _collect(name, heading, order, ends, link_filter, canonical, texts)
        if max_links and len(block.links) > max_links:
            block.capped = len(block.links) - max_links
            block.links = block.links[:max_links]
        blocks.append(block)
    return blocks


class _PageOrder:
    """Where each element stands in page order: the elements an element holds are a slice
    of the page's, found without walking the tree again."""

    def __init__(self, page_order: list):
        self.every = page_order
        self._position = {el: at for at, el in enumerate(page_order)}

    def end(self, el) -> int:
        """The position just after el and every element it holds."""
        last = el
        while (child := next(last.iterchildren(Element, reversed=True), None)) is not None:
            last = child
        return self._position[last] + 1


class _BlockEnds:
    """Whether an element ends a block: the heading of the next block or zone (only small
    elements can be one), each decided once: blocks side by side share their containers."""

    def __init__(self, headings: _Headings, texts: PageText):
        self.stops = headings.stops
        self.too_long_for_a_stop = headings.too_long_for_a_stop
        self.texts = texts
        self._known: dict = {}

    def __call__(self, el) -> bool:
        found = self._known.get(el)
        if found is None:
            found = self._known[el] = self._ends_block(el)
        return found

    def _ends_block(self, el) -> bool:
        if not _is_small(el):
            return False
        # An element's text is read and folded only if it may be a stop: most are long.
        if not self.too_long_for_a_stop.match(self.texts.visible(el)) and fold(self.texts.text(el)) in self.stops:
            return True
        return is_heading_like(el, self.texts)


def _collect(name, heading, order: _PageOrder, ends: _BlockEnds, link_filter, canonical,
             texts: PageText) -> Block:
    """The block under ``heading``: the links after it in the smallest element around it that
    holds any, up to the next block's heading.

    The elements after the heading in a wider container begin with those in a narrower one:
    each wider container's scan goes on where the narrower one's stopped, and ends there when
    that one met the end of the block.
    """
    block = Block(name, heading)
    start = scanned_to = order.end(heading)
    titles: dict[str, str] = {}
    last_link = None
    for container in ancestors(heading):
        if container.tag in ("body", "html"):
            break
        container_end = order.end(container)
        met_end = False
        for el in order.every[scanned_to:container_end]:
            if ends(el):
                met_end = True
                break
            scanned_to += 1
            href = el.get("href") if el.tag == "a" else None
            if not href:
                continue
            url = canonical(href)
            if not url or not link_filter(url):
                continue
            last_link = el
            title = texts.text(el) or clean_text(el.get("title")) or clean_text(_image_alt(el))
            if url not in titles or len(title) > len(titles[url]):
                titles[url] = title
        block_end = scanned_to if last_link is None else min(scanned_to, order.end(_item(last_link, container)))
        block = Block(name, heading, links=list(titles.items()),
                      covered={*heading.iter(), *order.every[start:block_end]})
        if titles or met_end:
            break
    return block


def _item(link, container):
    """The child of container that holds the link: the block's item it is in.

    A box set inside the article text (a heading and a list among the paragraphs) shares
    its container with the text that goes on after it: that text is not the block's, the
    block ends with the item holding its last link.
    """
    item = link
    for ancestor in ancestors(link):
        if ancestor is container:
            break
        item = ancestor
    return item


def _is_small(el) -> bool:
    return len(el) <= 3 and all(len(child) <= 2 for child in el)


def _image_alt(link) -> str:
    for img in link.iter("img"):
        alt = (img.get("alt") or img.get("title") or "").strip()
        if alt:
            return alt
    return ""
