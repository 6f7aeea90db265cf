"""Finding a page's link blocks ("Tin khác", "Nên xem"...) by their heading text.

The markup of a block is unknown and changes, so a block is found from its
heading alone: the element whose whole text is the heading, then the smallest
element around it that holds article links after the heading. When one element
holds several blocks, a block ends at the next heading-like element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.etree import iterwalk

from newsbot.extract.html import (
    HEADING_TAGS,
    INVISIBLE_TAGS,
    PageText,
    ancestors,
    css_classes,
    elements,
    is_element,
)
from newsbot.extract.text import clean_text, fold

# Longer text than this is a sentence, not a heading.
_HEADING_MAX_CHARS = 60
# White space as XPath's normalize-space() sees it.
_XML_SPACE = " \t\r\n"
_HEADING_CLASS = re.compile(r"title|heading|header|caption|label|\bhd\b|cat-?name")


@dataclass
class Block:
    """One block found on a page: its heading, its links and the elements it covers."""

    name: str
    heading: object
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, title)
    covered: set = field(default_factory=set)  # the elements of the block
    capped: int = 0  # links left out over the cap


def _heading_elements(root, keys: dict[str, str], texts: PageText):
    """(name, element) for each largest element whose whole text folds to a key."""
    found = []
    seen: set = set()
    beginnings = {key[:end] for key in keys for end in range(1, len(key) + 1)}
    for node, owner in _texts(root):
        # Longer text, even with spaces and punctuation around a heading, is a sentence.
        if len(node) > 2 * _HEADING_MAX_CHARS and len(node.strip()) > 2 * _HEADING_MAX_CHARS:
            continue
        if fold(node) not in beginnings:
            continue
        match = None
        for candidate in (owner, *list(ancestors(owner))[:3]):
            text = fold(texts.text(candidate))
            if len(text) > _HEADING_MAX_CHARS:
                break
            if text in keys:
                match = candidate
        if match is not None and match not in seen:
            seen.add(match)
            found.append((keys[fold(texts.text(match))], match))
    return found


def _texts(root):
    """(text, the element it stands in) for each run of text that is not only white space, in page
    order; the text of scripts and styles, never a heading, is not even read."""
    for event, el in iterwalk(root, events=("start", "end")):
        if event == "start":
            text = el.text if el.tag.__class__ is str and el.tag not in INVISIBLE_TAGS else None
            owner = el
        else:
            text = el.tail
            owner = el.getparent()
            if owner is None or owner.tag in INVISIBLE_TAGS:
                continue
        if text and text.strip(_XML_SPACE):
            yield text, owner


def is_heading_like(el, texts: PageText) -> bool:
    """A heading of some other part of the page: short, titled, and not a link."""
    tag = el.tag.lower() if is_element(el) else ""
    if tag not in HEADING_TAGS and not _HEADING_CLASS.search(css_classes(el)):
        return False
    if tag == "a" or el.find(".//a") is not None or any(a.tag == "a" for a in ancestors(el)):
        return False
    return 0 < len(texts.text(el)) <= _HEADING_MAX_CHARS


def find_blocks(root, texts: PageText, headings, stop_headings, link_filter, base_url, canonical,
                max_links=0) -> list[Block]:
    """Every block of the page whose heading is one of ``headings``, those whose list
    holds no link included (a list a script fills after load).

    ``stop_headings`` are headings of other zones that end a block;
    ``link_filter(url)`` says which links belong in a block (article links);
    ``canonical(href, base_url)`` turns an href into an absolute URL or None;
    a block keeps its first ``max_links`` links (0: all).
    """
    keys = {fold(h): h for h in headings}
    ends = _BlockEnds(set(keys) | {fold(h) for h in stop_headings}, texts)
    blocks = []
    for name, heading in _heading_elements(root, keys, texts):
        block = _collect(name, heading, ends, link_filter, base_url, canonical, texts)
        if max_links and len(block.links) > max_links:
            block.capped = len(block.links) - max_links
            block.links = block.links[:max_links]
        blocks.append(block)
    return blocks


class _BlockEnds:
    """Whether an element ends a block (``_ends_block``), each decided once: a block's scan is
    made again from each wider container, and blocks side by side share their containers."""

    def __init__(self, stops: set[str], texts: PageText):
        self.stops = stops
        self.texts = texts
        self._known: dict = {}

    def __call__(self, el) -> bool:
        found = self._known.get(el)
        if found is None:
            found = self._known[el] = _ends_block(el, self.stops, self.texts)
        return found


def _collect(name, heading, ends: _BlockEnds, link_filter, base_url, canonical, texts: PageText) -> Block:
    heading_ids = set(heading.iter())
    block = Block(name, heading)
    for container in ancestors(heading):
        if container.tag in ("body", "html"):
            break
        block = _scan(name, heading, heading_ids, container, ends, link_filter, base_url, canonical, texts)
        if block.links:
            break
    return block


def _scan(name, heading, heading_ids, container, ends: _BlockEnds, link_filter, base_url, canonical,
          texts: PageText) -> Block:
    block = Block(name, heading, covered=set(heading_ids))
    titles: dict[str, str] = {}
    scanned = []
    last_link = None
    every = elements(container)
    for el in every[every.index(heading) + 1:]:
        if el in heading_ids:
            continue
        if ends(el):
            break
        scanned.append(el)
        if el.tag != "a" or not el.get("href"):
            continue
        url = canonical(el.get("href"), base_url)
        if not url or not link_filter(url):
            continue
        last_link = el
        title = texts.text(el) or clean_text(el.get("title")) or clean_text(_image_alt(el))
        if url not in titles or len(title) > len(titles[url]):
            titles[url] = title
    block.links = list(titles.items())
    block.covered.update(_up_to_last_item(scanned, container, last_link))
    return block


def _up_to_last_item(scanned: list, container, last_link) -> list:
    """The scanned elements up to the end of the item holding the block's last link.

    A box set inside the article text (a heading and a list among the paragraphs) shares
    its container with the text that goes on after it: that text is not the block's.
    """
    if last_link is None:
        return scanned
    last_item = last_link
    for ancestor in ancestors(last_link):
        if ancestor is container:
            break
        last_item = ancestor
    item_parts = set(last_item.iter())
    end = max(i for i, el in enumerate(scanned) if el in item_parts) + 1
    return scanned[:end]


def _is_small(el) -> bool:
    return len(el) <= 3 and all(len(child) <= 2 for child in el)


def _ends_block(el, stops, texts: PageText) -> bool:
    """The heading of the next block or zone (only small elements can be one)."""
    if not _is_small(el):
        return False
    return fold(texts.text(el)) in stops or is_heading_like(el, texts)


def _image_alt(link) -> str:
    for img in link.iter("img"):
        alt = (img.get("alt") or img.get("title") or "").strip()
        if alt:
            return alt
    return ""
