"""Finding the article text of a page and the images and captions inside it.

The paragraphs of running text are gathered here, page furniture aside; the container
they belong to is scored in ``newsbot.extract.content``, the furniture inside it is
found in ``newsbot.extract.boilerplate``.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice
from typing import cast

from lxml import etree

from newsbot.extract.content import MAX_LINK_DENSITY, Content, find_content, link_density
from newsbot.extract.html import (
    BLOCK_TAGS,
    HEADING_TAGS,
    INVISIBLE_TAGS,
    PageText,
    ancestors,
    css_classes,
    is_inside,
    lines_of,
)
from newsbot.extract.text import fold, split_credit

_TEXT_BLOCK_TAGS = frozenset({"p", "div", "td", "li", "section", "blockquote", "article", "dd", "pre"})
# Running text whatever they hold: paragraphs and subheadings (the title aside).
_TEXT_TAGS = frozenset({"p"}) | HEADING_TAGS - {"h1"}
_PARAGRAPH_TAGS = _TEXT_TAGS | _TEXT_BLOCK_TAGS
_NOISE_CLASS = re.compile(
    r"(^|[\s_-])(ads?|adv|advert\w*|banner|qc|quang-?cao|share|social|sharing|comment\w*|"
    r"related|relate|tinlienquan|lienquan|tag|tags|keywords?|breadcrumbs?|sidebar|"
    r"toolbar|print|rating|vote|poll|newsletter|author|byline|sapo|lead)([\s_-]|$)"
)
# Readers' comments: however long, never the article.
_COMMENTS_CLASS = re.compile(r"(^|[\s_-])(comments?|comment-?(list|section|area|thread|s?box|wrap\w*)|disqus\w*|"
                             r"respond|replies|binh-?luan\w*|y-?kien\w*)([\s_-]|$)")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_CAPTION_CLASS = re.compile(r"caption|image_?desc|img-?desc|photo-?desc|desc-?img|chu-?thich|expnoedit|fig-?desc")
# Sites wrap whole pages in these too (ASP.NET in <form>), so they count as furniture
# only when small, like a furniture-looking class name:
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})
# an element holding this many paragraphs, or the title, is not furniture.
_ARTICLE_MIN_PARAGRAPHS = 3
_CAPTION_MAX_CHARS = 400
# A link cluster inside a sentence holds this many links; its own text no word.
_CLUSTER_MIN_LINKS = 3
_WORD = re.compile(r"[^\W_]")
_OWN_TEXT_PATH = ".//text()[not(ancestor::a)][not(ancestor::script)][not(ancestor::style)]"
_OWN_TEXT = etree.XPath(_OWN_TEXT_PATH)
# The same as plain strings: no object that knows its parent made for each.
_OWN_STRINGS = etree.XPath(_OWN_TEXT_PATH, smart_strings=False)
# The attributes that hide an element, or mark it as sponsored: most elements have none.
_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "rel", "style"})
_PHOTO_SRC_ATTRS = ("data-src", "data-original", "data-lazy-src", "src")


@dataclass
class Image:
    url: str
    caption: str | None = None


class PageParagraphs:
    """The paragraphs of running text of a page and what finding them asks of each element,
    worked out once for the page: they are sought over the whole page (for the container),
    then inside the container, and the furniture is tested again above each image.

    ``elements``: the page's elements in page order, its root first; ``names(el)``: an
    element's class and id names (the page's index of them).
    """

    def __init__(self, elements: list, texts: PageText, names):
        self.elements = elements
        self.texts = texts
        self.names = names
        self._noise: dict = {}

    @cached_property
    def order(self) -> dict:
        """element -> its place in page order."""
        return {el: i for i, el in enumerate(self.elements)}

    @cached_property
    def _holding_a_block(self) -> set:
        """The elements with a block-level element anywhere below them."""
        holding: set = set()
        for el in self.elements[0].iter(*BLOCK_TAGS):
            parent = el.getparent()
            while parent is not None and parent not in holding:
                holding.add(parent)
                parent = parent.getparent()
        return holding

    @cached_property
    def _holding_a_title(self) -> set:
        """The elements with an <h1> anywhere below them."""
        return {anc for h1 in self.elements[0].iter("h1") for anc in ancestors(h1)}

    def is_noise(self, el) -> bool:
        """Page furniture: by tag, hidden, a comment thread, or by a class name on an element too
        small to hold the article. Each element is judged once."""
        found = self._noise.get(el)
        if found is None:
            found = self._noise[el] = self._judged_noise(el)
        return found

    def _judged_noise(self, el) -> bool:
        tag = el.tag
        if tag in INVISIBLE_TAGS or tag == "figure":
            return True
        if not _HIDING_ATTRIBUTES.isdisjoint(el.keys()) and _is_hidden(el):
            return True
        names = self.names(el)
        comments, furniture = _named_as_noise(names) if names else (False, False)
        if comments:
            return el not in self._holding_a_title
        if tag not in _FURNITURE_TAGS and not furniture:
            return False
        return el not in self._holding_a_title and len(el.findall(".//p")) < _ARTICLE_MIN_PARAGRAPHS

    def candidates(self, root, excluded: set) -> list:
        """Elements below root (root included) that hold one piece of running text: <p>,
        subheadings, text-only blocks; none inside ``excluded``, the furniture or another."""
        elements, texts, holding = self.elements, self.texts, self._holding_a_block
        found = []
        at, end = self.order[root], self._end(root)
        # In page order; what stands below a paragraph or furniture is passed over at once.
        while at < end:
            el = elements[at]
            tag = el.tag
            if el in excluded:
                at = self._end(el)
            elif el not in holding:
                # No block below el, so no paragraph either: el is one, or passed over unjudged.
                if tag in _PARAGRAPH_TAGS and not self.is_noise(el) and (tag in _TEXT_TAGS or texts.text(el)):
                    found.append(el)
                at = self._end(el)
            elif self.is_noise(el) or _is_photo_table(el, texts):
                at = self._end(el)
            elif tag in _TEXT_TAGS:
                found.append(el)
                at = self._end(el)
            else:
                at += 1
        return found

    def container(self, paragraphs: list, after=None, before=()) -> Content | None:
        """The article's container, found among the ancestors of the paragraphs (``find_content``).

        Only paragraphs after the element ``after`` and before the first of the
        elements ``before`` count when there are any: an article's text stands below
        its title and above the related blocks; footers and sidebars stand anywhere.
        """
        order = self.order
        first = order.get(after, -1)
        last = min((order[el] for el in before if el in order), default=len(order))
        inside = [p for p in paragraphs if first < order.get(p, -1) < last]
        return find_content(inside or paragraphs, self.texts, self.names)

    def in_furniture(self, el, container) -> bool:
        """Inside an ad, share bar or other furniture between el and the container."""
        for anc in ancestors(el):
            if anc is container:
                return False
            if anc.tag != "figure" and self.is_noise(anc):
                return True
        return False

    def _end(self, el) -> int:
        """Where the elements below el end in page order: at the next element after it or after
        one of its ancestors."""
        node = el
        while node is not None:
            following = node.getnext()
            while following is not None:
                if following.tag.__class__ is str:
                    return self.order[following]
                following = following.getnext()
            node = node.getparent()
        return len(self.elements)


@lru_cache(maxsize=8192)
def _named_as_noise(names: str) -> tuple[bool, bool]:
    """(a comment thread's, furniture's) class names: the same come back on every page of a site."""
    return bool(_COMMENTS_CLASS.search(names)), bool(_NOISE_CLASS.search(names))


def _is_hidden(el) -> bool:
    style = el.get("style")
    return el.get("aria-hidden") == "true" or "sponsored" in (el.get("rel") or "") or el.get("hidden") is not None \
        or (style is not None and bool(_HIDDEN_STYLE.search(style)))


def _is_photo_table(el, texts: PageText) -> bool:
    """A table laying out a photo and its caption (not a page laid out in tables)."""
    return el.tag == "table" and el.find(".//img") is not None and len(texts.text(el)) <= _CAPTION_MAX_CHARS


def is_link_list(el, texts: PageText) -> bool:
    """A paragraph that is mostly link text: a link list (inline related news). Link clusters
    nested in its sentences (``link_clusters``) are not counted: they are no part of it."""
    density = link_density(el, texts)
    if density <= MAX_LINK_DENSITY:
        return False
    clusters = link_clusters(el)
    if not clusters:
        return True
    cluster_chars = sum(len(texts.text(c)) for c in clusters)
    rest = len(texts.text(el)) - cluster_chars
    return rest <= 0 or (density * len(texts.text(el)) - cluster_chars) / rest > MAX_LINK_DENSITY


def link_clusters(el) -> list:
    """Boxes of links nested inside a paragraph's sentences: the innermost elements below it
    holding three links or more and no words of their own, with words of the paragraph around
    them (a hover card after a name, listing that person's latest articles)."""
    if not _holds_links_enough(el):
        return []
    holding = [inner for inner in el.iterdescendants() if _holds_links_only(inner)]
    holding_set = set(holding)
    found = [inner for inner in holding if not any(child in holding_set for child in inner)]
    clustered = set(found)
    if not found or not _WORD.search("".join(t for t in _own_text(el) if not _in_any(t, clustered))):
        return []
    return found


def _holds_links_only(el) -> bool:
    return isinstance(el.tag, str) and el.tag != "a" and _holds_links_enough(el) \
        and not _WORD.search("".join(cast(list, _OWN_STRINGS(el))))


def _holds_links_enough(el) -> bool:
    """Whether el holds links enough to be or hold a cluster: counted no further than that, as most
    paragraphs hold fewer (walking the page's live elements costs less than an XPath run)."""
    return len(list(islice(el.iterdescendants("a"), _CLUSTER_MIN_LINKS))) == _CLUSTER_MIN_LINKS


def _own_text(el) -> list:
    """The text nodes below el outside links (and scripts)."""
    return cast(list, _OWN_TEXT(el))


def _in_any(text, elements_: set) -> bool:
    node = text.getparent()
    if text.is_tail:
        node = node.getparent()
    return node is not None and is_inside(node, elements_)


def paragraph_lines(el, texts: PageText) -> list[str]:
    """The lines of a paragraph, the link clusters nested in its sentences left out."""
    clusters = link_clusters(el)
    if not clusters:
        return texts.lines(el)
    copy = deepcopy(el)
    copies = dict(zip(el.iter(), copy.iter(), strict=True))
    for cluster in clusters:
        _remove_keeping_tail(copies[cluster])
    return lines_of(copy)


def _remove_keeping_tail(el) -> None:
    parent, previous, tail = el.getparent(), el.getprevious(), el.tail or ""
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def _photo_url(img) -> str | None:
    for attr in _PHOTO_SRC_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    srcset = (img.get("srcset") or img.get("data-srcset") or "").split(",")[0].split()
    return srcset[0] if srcset else None


def _is_tiny(img) -> bool:
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdecimal() and int(value) <= 2:
            return True
    return False


def _caption_near(img, container, texts: PageText):
    """The element that captions img: a figcaption, a table cell, or the next caption-like text."""
    for anc in ancestors(img):
        if anc is container:
            break
        if anc.tag == "figure":
            caption = anc.find(".//figcaption")
            return caption if caption is not None else None
        if _is_photo_table(anc, texts):
            cells = [td for td in anc.iter("td", "th") if td.find(".//img") is None and texts.text(td)]
            return cells[0] if cells else None
    alt_keys = {fold(img.get("alt")), fold(img.get("title"))} - {""}
    following = img.getnext()
    host = img
    while following is None and host.getparent() is not None and host.getparent() is not container:
        host = host.getparent()
        following = host.getnext()
    for _ in range(2):
        if following is None:
            return None
        if isinstance(following.tag, str):
            text = texts.text(following)
            if text and (_matches_alt(text, alt_keys) or _CAPTION_CLASS.search(css_classes(following))
                         or _all_italic(following, texts)):
                return following
            if text:
                return None
        following = following.getnext()
    return None


def _matches_alt(text: str, alt_keys: set[str]) -> bool:
    """A caption printed a second time as the image's alt or title (its credit aside)."""
    without_credit, _ = split_credit(text)
    return bool(alt_keys & {fold(text), fold(without_credit)})


def _all_italic(el, texts: PageText) -> bool:
    text = texts.text(el)
    italic = "".join(texts.text(i) for i in el.iter("em", "i"))
    return bool(text) and len(text) <= 300 and len(italic) >= 0.9 * len(text)


def find_images(container, excluded: set, base_url, canonical, paragraphs: PageParagraphs):
    """Images of the article with the elements that caption them."""
    texts = paragraphs.texts
    images: list[Image] = []
    caption_parts: set = set()
    seen: set[str] = set()
    for img in container.iter("img"):
        if is_inside(img, excluded) or _is_tiny(img) or paragraphs.in_furniture(img, container):
            continue
        src = _photo_url(img)
        url = canonical(src, base_url) if src else None
        if not url or url in seen:
            continue
        seen.add(url)
        caption_el = _caption_near(img, container, texts)
        if caption_el is not None:
            caption_parts.update(caption_el.iter())
            caption = " ".join(texts.lines(caption_el))
        else:
            caption = (img.get("alt") or img.get("title") or "").strip()
        images.append(Image(url, caption or None))
    for el in container.iter():
        if isinstance(el.tag, str) and _CAPTION_CLASS.search(css_classes(el)):
            caption_parts.update(el.iter())
    return images, caption_parts
