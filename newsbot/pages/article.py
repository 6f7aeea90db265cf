"""The article page object: a page of a news site read into an Article.

One method per Article field. Each names what it reads and in which order; each
gathers its candidates from the page's sources (JSON-LD, meta tags, microdata, the
visible markup) and takes the first that passes the field's plausibility checks,
recording which source won in ``sources``. Fields never read one another: what
several need (the title element, the lead, the article container, the byline) is a
part of the page computed once, so a site module overrides one field without
changing any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from itertools import chain
from typing import TYPE_CHECKING, TypeVar, cast

from lxml.etree import XPath

from newsbot.extract import bylines, structured
from newsbot.extract.body import PageParagraphs, find_images, is_link_list, paragraph_lines
from newsbot.extract.boilerplate import boilerplate_boxes, without_furniture_lines
from newsbot.extract.content import Content
from newsbot.extract.dates import has_visible_date, iso, parse_date, parse_iso, parse_visible
from newsbot.extract.html import HEADING_TAGS, ancestors, is_element, is_inside
from newsbot.extract.text import clean_text, fold, split_credit, strip_dateline
from newsbot.extract.urls import site_of
from newsbot.items import Article
from newsbot.pages.document import Document
from newsbot.pages.navigation import PageNavigation

if TYPE_CHECKING:  # sites build on pages: a profile is only handed in
    from newsbot.sites.profile import SiteProfile

_SUMMARY_CLASS = re.compile(r"sapo|lead|summary|description|intro|excerpt|abstract|teaser|chapeau")
_AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|writer|reporter")
_DATE_CLASS = re.compile(r"date|time|publish|posted|detail_info|meta")
_BREADCRUMB_CLASS = re.compile(r"breadcrumb")
# A section label: a box of one to three links to sections, shown above the title.
_SECTION_LABEL_CLASS = re.compile(r"\b(?:cate(?:gory)?|chuyen-?muc|danh-?muc|section)(?:\b|[-_])")
_SECTION_LABEL_MAX_LINKS = 3
_SECTION_NAME_MAX_WORDS = 5
_NOT_TITLE_TAGS = frozenset({"title", "a", "script", "style", "meta", "option"})
_HOME_NAMES = {"trang chủ", "home", "trang chu"}
_WEEKDAY = re.compile(r"^(?:thứ\s+\w+|chủ nhật|cn|t[2-7])\b", re.I)
# Descriptions in meta tags are often cut: this many characters identify the lead on the page.
_LEAD_PREFIX_CHARS = 60
_TITLE_MIN_CHARS = 5
# The lead on the page may be longer than a cut meta description, but not a whole article.
_LEAD_MAX_CHARS = 600
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "span", "strong", "b", "em", "section"})
# Whether an element is small enough to be a date line (its text in the source, scripts
# included). A larger one is read by its own text only: reading the whole of each of
# thousands of nested containers would take minutes.
_SMALL_CHARS = 2000
_IS_SMALL = XPath(f"count(.//*) <= 200 and string-length(.) <= {_SMALL_CHARS}")
# The links of ``_after_title``, found in C.
_FOLLOWING_LINKS = XPath("following::a")
# The page's microdata types and ARIA labels, found in C (attribute values know their element).
_TYPES_AND_LABELS = XPath("//@itemtype|//@aria-label")

_DIGIT = re.compile(r"\d")
_DATE_LINE_MAX_CHARS = 120

#: Where a field's value came from, as counted in ``newsbot/extract/<field>/<source>``.
JSON_LD, META, MICRODATA, HINT, MARKUP, TITLE_TAG, NONE = (
    "json_ld", "meta", "microdata", "hint", "markup", "title_tag", "none")

_Value = TypeVar("_Value")


def _first(candidates: Iterable[tuple[str, _Value | None]]) -> tuple[str, _Value | None]:
    """The first candidate with a value, as (source, value); (NONE, None) when there is none."""
    return next(((source, value) for source, value in candidates if value), (NONE, None))


class ArticlePage:
    """A fetched page of a site: its document, its navigation, and its Article."""

    profile: SiteProfile
    #: Where the page leads and what kind of page it is: a site may tell its articles its own way.
    navigation_class: type[PageNavigation] = PageNavigation

    def __init__(self, url: str, html: str | bytes | None = None, *, profile: SiteProfile | None = None):
        self.url = url
        if profile is not None:
            self.profile = profile
        self.document = Document(html)
        self.navigation = self.navigation_class(url, self.document, self.profile)
        #: field -> the source its value came from, for the fields read so far.
        self.sources: dict[str, str] = {}
        self._hinted_parts: dict[str, list] = {}

    def _chosen(self, field: str, found: tuple[str, object]):
        source, value = found
        self.sources[field] = source
        return value

    def _hinted(self, part: str) -> list:
        """The elements the profile's CSS hints for ``part`` name, outside the followed blocks."""
        found = self._hinted_parts.get(part)
        if found is None:
            found = self._hinted_parts[part] = [el for el in self.document.select(self.profile.hints.get(part, ()))
                                                if not is_inside(el, self.navigation.block_parts)]
        return found

    # -- identity --------------------------------------------------------------

    @cached_property
    def article_id(self) -> str | None:
        """The id the profile reads from the canonical URL, else from the response URL."""
        return self.profile.article_id(self.navigation.canonical) or self.profile.article_id(self.url)

    @cached_property
    def site(self) -> str:
        """The canonical URL's host."""
        return site_of(self.navigation.canonical)

    # -- title -------------------------------------------------------------------

    @cached_property
    def title(self) -> str | None:
        """The headline. Reads, in order: the visible headline element (``_title_element``),
        JSON-LD ``headline``, ``og:title``, ``twitter:title``, ``<title>``; a structured or
        ``<title>`` headline loses a trailing site name."""
        return self._chosen("title", self._title_found)

    @cached_property
    def _title_found(self) -> tuple[str, str | None]:
        return _first(self._title_candidates())

    def _title_candidates(self) -> Iterator[tuple[str, str | None]]:
        el = self._title_element
        if el is not None:
            yield (HINT if el in self._hinted("title") else MARKUP), self._heading_text(el)
        yield JSON_LD, self._without_site_name(self.document.ld_text("headline"))
        yield META, self._without_site_name(self.document.meta_first("og:title", "twitter:title"))
        # <title> is not visible text: read as it is.
        shown = next(filter(None, (clean_text("".join(t.itertext())) for t in self.document.root.iter("title"))), None)
        yield TITLE_TAG, self._without_site_name(shown)

    @cached_property
    def _title_element(self):
        """The element showing the headline: among the hinted elements and ``<h1>``s, the one
        that agrees with the structured headline, else the first; with no usable ``<h1>``, the
        innermost element showing the structured headline."""
        document = self.document
        headline = self._structured_headline
        h1s = [h for h in self._hinted("title") + list(document.root.iter("h1"))
               if len(document.text(h)) >= _TITLE_MIN_CHARS and not is_inside(h, self.navigation.block_parts)]
        if headline:
            for h in h1s:
                if self._shows_headline(h):
                    return h
        if h1s:
            return h1s[0]
        shown = None
        for el in document.elements if headline else ():
            if shown is not None and not is_inside(el, {shown}):
                break
            if el.tag not in _NOT_TITLE_TAGS and len(el) <= 3 and fold(document.text(el)) == headline \
                    and not is_inside(el, self.navigation.block_parts):
                shown = el
        return shown

    @cached_property
    def _structured_headline(self) -> str:
        """The headline the page's structured data names, folded ("" without one)."""
        return fold(self.document.ld_text("headline") or self.document.meta_first("og:title"))

    def _shows_headline(self, el) -> bool:
        """Whether the element's text is the structured headline, or part of it or the other way round."""
        key, headline = fold(self._heading_text(el)), self._structured_headline
        return bool(key) and (key in headline or headline in key)

    def _heading_text(self, el) -> str:
        """A heading's text; children that abut with nothing between them are parts a
        stylesheet lays out as blocks (``<span>Phường X:</span><span>Mong...</span>``),
        read apart as a browser shows them."""
        parts = [child for child in el if is_element(child)]
        loose = (el.text or "").strip() or any((child.tail or "").strip() for child in parts)
        if len(parts) < 2 or loose or any(child.tail for child in parts[:-1]):
            return self.document.text(el)
        return clean_text(" ".join(self.document.text(child) for child in parts))

    def _without_site_name(self, title: str | None) -> str | None:
        if not title:
            return None
        for name in self.profile.publisher_names:
            pattern = re.compile(r"\s*[-|–—:]\s*" + re.escape(name) + r"\s*$", re.I)
            title = pattern.sub("", title)
        return title.strip() or None

    # -- summary -----------------------------------------------------------------

    @cached_property
    def summary(self) -> str | None:
        """The lead, without a leading dateline mark. Reads, in order: the lead element
        (``_summary_element``: hinted, or the element after the title that begins as the
        structured description does, or a lead-classed or all-bold one), JSON-LD
        ``description``, ``og:description``, ``description``."""
        return self._chosen("summary", self._summary_found)

    @cached_property
    def _summary_found(self) -> tuple[str, str | None]:
        return _first(self._summary_candidates())

    def _summary_candidates(self) -> Iterator[tuple[str, str | None]]:
        el = self._summary_element
        if el is not None:
            yield (HINT if el in self._hinted("summary") else MARKUP), self._lead(" ".join(self.document.lines(el)))
        yield JSON_LD, self._lead(self.document.ld_text("description"))
        yield META, self._lead(self.document.meta_first("og:description", "description"))

    def _lead(self, text: str | None) -> str | None:
        return strip_dateline(clean_text(text), self.profile.dateline_marks) or None if text else None

    @cached_property
    def _summary_element(self):
        document = self.document
        for el in self._hinted("summary"):
            if document.text(el) and el.find(".//h1") is None:
                return el
        description = document.ld_text("description") or document.meta_first(
            "og:description", "description", "twitter:description")
        if description:
            prefix = self._lead_key(description)
            longest = max(2 * len(description), _LEAD_MAX_CHARS)

            def starts_lead(el) -> bool:
                return el.tag in _LEAD_TAGS and len(document.text(el)) <= longest \
                    and self._lead_key(document.text(el)).startswith(prefix)

            first = next((el for el in self._after_title if starts_lead(el)), None) if prefix else None
            if first is not None:
                # The innermost: a short article's whole text starts with its lead too.
                inner = [el for el in first.iterdescendants() if starts_lead(el)]
                return self._outermost_same_text(inner[-1] if inner else first)
        for el in self._after_title[:12]:
            text = document.text(el)
            if not text or el.find(".//h1") is not None:
                continue
            if _SUMMARY_CLASS.search(document.css(el)) or self._all_bold(el):
                return el
        return None

    def _lead_key(self, text: str) -> str:
        return fold(strip_dateline(clean_text(text), self.profile.dateline_marks))[:_LEAD_PREFIX_CHARS]

    def _outermost_same_text(self, el):
        text = self.document.text(el)
        while el.getparent() is not None and self.document.text(el.getparent()) == text:
            el = el.getparent()
        return el

    def _all_bold(self, el) -> bool:
        text = self.document.text(el)
        bold = "".join(self.document.text(b) for b in el.iter("strong", "b"))
        return el.tag in ("p", "div", "h2") and len(text) >= _LEAD_PREFIX_CHARS and len(bold) >= 0.9 * len(text)

    @cached_property
    def _after_title(self) -> list:
        """Elements after the title, in page order (all of them when there is no title)."""
        elements = self.document.elements
        if self._title_element is None:
            return elements
        title_parts = set(self._title_element.iter())
        start = elements.index(self._title_element)
        return [e for e in elements[start:] if e not in title_parts]

    # -- body ----------------------------------------------------------------------

    @cached_property
    def body(self) -> str | None:
        """The article text: paragraphs and subheadings of the article container, joined by a
        blank line. Reads the container (a hinted one, else the best scored), without the
        followed blocks, title, lead, date line, captions, link lists, site furniture and a
        closing byline. Needs the generic title, lead and byline (lines repeating them are
        not text): passed as ``_body_paragraphs``'s arguments, from the page's parts, so
        overriding those fields leaves the body as it is."""
        paragraphs = self._body_paragraphs(self._title_found[1], self._summary_found[1], self._author_found[1])
        return self._chosen("body", (HINT if self._container in self._hinted("body") else MARKUP,
                                     "\n\n".join(paragraphs) or None))

    @cached_property
    def _excluded(self) -> set:
        """Elements that are never body text: blocks, title, lead, date line."""
        excluded = set(self.navigation.block_parts)
        lead = None if self._lead_opens_text else self._summary_element
        for el in (self._title_element, lead, self._visible_date[0]):
            if el is not None:
                excluded |= set(el.iter())
        return excluded

    @cached_property
    def _lead_opens_text(self) -> bool:
        """Whether the lead is the first paragraph of the text rather than set apart from it: a
        paragraph followed by another of its kind (tag), neither hinted nor marked as a lead by
        class or bold type."""
        el = self._summary_element
        if el is None or el.tag not in ("p", "div") or self._all_bold(el) or el in self._hinted("summary"):
            return False
        if any(_SUMMARY_CLASS.search(self.document.css(e)) for e in (el, el.getparent()) if e is not None):
            return False
        following = el.getnext()
        while following is not None and not (is_element(following) and self.document.text(following)):
            following = following.getnext()
        return following is not None and following.tag == el.tag

    @cached_property
    def _content(self) -> Content | None:
        texts = self.document.texts
        for el in self._hinted("body"):
            if len(texts.text(el)) > 0:
                return Content(el)
        paragraphs = self._paragraphs.candidates(self.document.root, self._excluded)
        headings = [block.heading for block in self.navigation.blocks]
        return self._paragraphs.container(paragraphs, self._text_anchor, headings)

    @cached_property
    def _paragraphs(self) -> PageParagraphs:
        return PageParagraphs(self.document.elements, self.document.texts, self.document.css)

    @property
    def _text_anchor(self):
        """The title element, which the article's text stands below, unless it names another
        article than the structured headline does (an ``<h1>`` over a teaser down the page)."""
        el = self._title_element
        if el is None or not self._structured_headline or self._shows_headline(el):
            return el
        return None

    @property
    def _container(self):
        return self._content.container if self._content is not None else None

    @cached_property
    def _body_excluded(self) -> set:
        """What is never body text, and what of the container is not part of the article."""
        if self._content is None:
            return self._excluded
        keep = {self._title_element} - {None}
        return self._excluded | self._content.left_out | boilerplate_boxes(self._container, self.document.texts, keep)

    @cached_property
    def _images_and_captions(self):
        if self._container is None:
            return [], set()
        return find_images(self._container, self._body_excluded, self.url, self.navigation.absolute,
                           self._paragraphs)

    @cached_property
    def _text_elements(self) -> list:
        """The paragraph elements of the article text, captions aside, in page order."""
        if self._container is None:
            return []
        _, caption_parts = self._images_and_captions
        return self._paragraphs.candidates(self._container, self._body_excluded | caption_parts)

    def _body_paragraphs(self, title: str | None, summary: str | None, author: str | None) -> list[str]:
        images, _ = self._images_and_captions
        known = {fold(title)} | {fold(b) for b in self.profile.boilerplate}
        if not self._lead_opens_text:
            known.add(fold(summary))
        known |= {fold(image.caption) for image in images}
        known |= {fold(h) for h in self.profile.block_headings + self.profile.zone_headings}
        paragraphs = []
        for el in self._text_elements:
            if is_link_list(el, self.document.texts):
                continue
            for line in self._paragraph_lines(el):
                key = fold(line)
                if key in known:
                    continue
                stripped = strip_dateline(line, self.profile.dateline_marks)
                if stripped == line or fold(stripped) not in known:
                    paragraphs.append(line)
        return self._without_byline(without_furniture_lines(paragraphs, self._publisher_keys), author)

    def _paragraph_lines(self, el) -> list[str]:
        if el.tag in HEADING_TAGS:
            text = self.document.text(el)
            return [text] if text else []
        return paragraph_lines(el, self.document.texts)

    def _without_byline(self, paragraphs: list[str], author: str | None) -> list[str]:
        key = fold(author)
        while paragraphs and (
            (key and fold(paragraphs[-1]) == key)
            or (key and key in fold(paragraphs[-1]) and len(paragraphs[-1]) <= len(author or "") + 20
                and bylines.looks_like_byline(paragraphs[-1]))
            or (not key and self._byline_paragraph == paragraphs[-1])
        ):
            paragraphs = paragraphs[:-1]
        return paragraphs

    # -- author ------------------------------------------------------------------

    @cached_property
    def author(self) -> str | None:
        """Byline name(s) as written. Reads, in order: the hinted and author-classed elements,
        JSON-LD ``author`` (people, not organisations), the byline closing the article text,
        then ``<meta name="author">`` (and ``article:author``, ``dable:author``). Each
        candidate is cleaned (prefixes, dates, "see more" links, an address after the name)
        and must read as a person or an agency, never the publisher. A shortened list
        ("NAME và 1 tác giả khác") gives way to a later candidate naming NAME and others."""
        return self._chosen("author", self._author_found)

    @cached_property
    def _author_found(self) -> tuple[str, str | None]:
        return bylines.pick(self._author_candidates(), self._publisher_keys)

    def _author_candidates(self) -> Iterator[tuple[str, str | None]]:
        hinted = self._hinted("author")
        for el in hinted:
            yield HINT, self.document.text(el)
        for el in self._author_elements():
            yield MARKUP, self.document.text(el)
        ld_author = self.document.ld_article.get("author")
        people = [a for a in (ld_author if isinstance(ld_author, list) else [ld_author])
                  if not (isinstance(a, dict) and "organization" in structured.types_of(a))]
        yield JSON_LD, clean_text(structured.text_value(people))
        yield MARKUP, self._byline_paragraph
        yield META, self.document.meta_first("author", "article:author", "dable:author")

    def _author_elements(self) -> list:
        block_parts = self.navigation.block_parts
        return [el for el in _named_like(self.document.named, _AUTHOR_CLASS)
                if not is_inside(el, block_parts) and el.tag not in ("meta", "link", "script")]

    @cached_property
    def _publisher_keys(self) -> set[str]:
        """Keys (``bylines.publisher_key``) of the names the site signs with."""
        host = site_of(self.navigation.canonical)
        publisher = self.document.ld_article.get("publisher")
        names = [*self.profile.publisher_names, *self.document.meta.get("og:site_name", []),
                 structured.text_value(publisher) or "", host, host.split(".")[0]]
        return {bylines.publisher_key(n) for n in names} - {""}

    @cached_property
    def _byline_paragraph(self) -> str | None:
        """The last line of the article text when it reads as a byline, or the line just after it."""
        if self._container is None:
            return None
        last = next((el for el in reversed(self._text_elements) if self.document.lines(el)), None)
        if last is not None and self._is_byline(last):
            return self.document.lines(last)[-1]
        following = self._container.getnext()
        while following is not None and not self.document.text(following):
            following = following.getnext()
        if following is not None and len(following) <= 2 and self._is_byline(following):
            return self.document.lines(following)[-1]
        return None

    def _is_byline(self, el) -> bool:
        line = self.document.lines(el)[-1]
        return bylines.looks_like_byline(line) or (_right_aligned(el) and len(line) <= bylines.MAX_CHARS)

    # -- dates ---------------------------------------------------------------------

    @cached_property
    def published_at(self) -> str | None:
        """ISO 8601 with offset. Reads, in order: JSON-LD ``datePublished``; meta
        ``article:published_time``, ``datepublished``, ``pubdate``, ``publishdate``,
        ``og:published_time``, ``dc.date.issued``; microdata ``itemprop=datePublished``;
        ``<time>`` (its ``datetime`` or text); the date line shown near the title."""
        return self._chosen("published_at", _first(self._published_candidates()))

    def _published_candidates(self) -> Iterator[tuple[str, str | None]]:
        yield JSON_LD, _iso_of(self.document.ld_article.get("datePublished"))
        yield META, _iso_of(self.document.meta_first(
            "article:published_time", "datepublished", "pubdate", "publishdate", "og:published_time",
            "dc.date.issued"))
        yield MICRODATA, iso(self._marked_date("datepublished"))
        yield MARKUP, iso(self._time_element_date())
        yield MARKUP, iso(self._visible_date[1])

    def _time_element_date(self):
        for time in self.document.root.iter("time"):
            if not is_inside(time, self.navigation.block_parts) \
                    and (time.get("itemprop") or "").lower() != "datemodified":
                found = parse_iso(time.get("datetime") or "") or parse_visible(self.document.text(time))
                if found:
                    return found
        return None

    @cached_property
    def modified_at(self) -> str | None:
        """ISO 8601 with offset, or None. Reads, in order: JSON-LD ``dateModified``; meta
        ``article:modified_time``, ``og:updated_time``, ``datemodified``, ``lastmod``;
        microdata ``itemprop=dateModified``."""
        return self._chosen("modified_at", _first(self._modified_candidates()))

    def _modified_candidates(self) -> Iterator[tuple[str, str | None]]:
        yield JSON_LD, _iso_of(self.document.ld_article.get("dateModified"))
        yield META, _iso_of(self.document.meta_first(
            "article:modified_time", "og:updated_time", "datemodified", "lastmod"))
        yield MICRODATA, iso(self._marked_date("datemodified"))

    def _marked_date(self, itemprop: str):
        """A date in an element marked with microdata (``itemprop="datePublished"``)."""
        for el in self.document.with_itemprop:
            if el.get("itemprop").lower() == itemprop and not is_inside(el, self.navigation.block_parts):
                value = el.get("datetime") or el.get("content") or self.document.text(el)
                found = parse_date(value)
                if found:
                    return found
        return None

    @cached_property
    def _visible_date(self):
        """(the date line after the title, its date), or (None, None)."""
        document = self.document
        near_title = self._after_title[:400]
        candidates = self._hinted("date") + [el for el in near_title if _DATE_CLASS.search(document.css(el))]
        # A candidate met again among the others was already passed over.
        tried = set(candidates)
        others = (el for el in near_title if el not in tried)
        for el in self._outside_blocks(chain(candidates, others)):
            own = el.text or ""
            # When neither its whole text (which a small one is read by) nor its own can hold
            # a date, its size is not counted: that would not change the outcome.
            small = len(el) <= 12 and (_DIGIT.search(document.texts.visible(el)) or _is_date_line(own)) \
                and _is_small_line(el)
            text = document.text(el) if small else own
            if _is_date_line(text):
                found = parse_visible(text)
                if found:
                    return el, found
        return None, None

    def _outside_blocks(self, elements: Iterable) -> Iterator:
        """The elements neither in a followed block nor below one, in their order, judged as
        they are asked for; each ancestor on the way up is judged once for all the elements below it."""
        parts = self.navigation.block_parts
        if not parts:
            return iter(elements)
        inside: dict = {}

        def is_inside_block(el) -> bool:
            unjudged = []
            while el is not None and el not in inside:
                if el in parts:
                    inside[el] = True
                    break
                unjudged.append(el)
                el = el.getparent()
            verdict = el is not None and inside[el]
            inside.update(dict.fromkeys(unjudged, verdict))
            return verdict

        return (el for el in elements if not is_inside_block(el))

    # -- category --------------------------------------------------------------------

    @cached_property
    def category(self) -> str | None:
        """The article's section. Reads the structured section (JSON-LD ``articleSection``,
        else meta ``article:section``; the last of a list, the narrowest) and the breadcrumb's
        last entry (JSON-LD ``BreadcrumbList``, else markup). The structured section wins when
        the page has no breadcrumb or when the page links to it (one of the site's sections,
        in the trail or a menu); otherwise, a generic "News", the breadcrumb's does. With
        neither: the section named before the date line, or a section link just above the
        title."""
        return self._chosen("category", self._category_found)

    @cached_property
    def _category_found(self) -> tuple[str, str | None]:
        section = structured.text_value(self.document.ld_article.get("articleSection"))
        source, name = (JSON_LD, section) if section else (META, self.document.meta_first("article:section"))
        name = clean_text(name.split(",")[-1]) if name else None
        # With a structured section at hand, only a breadcrumb named by its class can overrule it.
        trail_source, trail = self._breadcrumb(thorough=not name)
        if name and (not trail or fold(name) in {fold(n) for n in trail} or fold(name) in self._link_keys):
            return source, name
        return _first([(trail_source, trail[-1] if trail else None),
                       (MARKUP, self._section_before_date()), (MARKUP, self._section_link_above_title())])

    def _breadcrumb(self, thorough: bool) -> tuple[str, list[str]]:
        """(source, the breadcrumb's names from the broadest down, home and title left out)."""
        ld_trail = structured.breadcrumb_names(self.document.json_ld)
        source, trail = (JSON_LD, ld_trail) if ld_trail else (MARKUP, self._breadcrumb_markup(thorough))
        title_key = fold(self._title_found[1])
        return source, [clean_text(n) for n in trail if fold(n) not in _HOME_NAMES and fold(n) != title_key]

    @cached_property
    def _link_keys(self) -> set[str]:
        """Folded texts of the page's short links: its menus name the site's sections."""
        texts = (self.document.text(a) for a in self.document.root.iter("a"))
        return {fold(text) for text in texts if text and len(text.split()) <= _SECTION_NAME_MAX_WORDS}

    def _breadcrumb_markup(self, thorough: bool) -> list[str]:
        """The link texts of the breadcrumb, else of the last section label before the title
        (a "category" box of a few links). A breadcrumb is named by its class; ``thorough``,
        also by its id, microdata or ARIA label (a walk over the whole tree)."""
        document = self.document
        marked = {el for name, found in document.with_class.items() if _BREADCRUMB_CLASS.search(name.lower())
                  for el in found}
        if thorough:
            marked.update(el for el, names in document.named.items() if _BREADCRUMB_CLASS.search(names))
            marked.update(value.getparent() for value in cast(list, _TYPES_AND_LABELS(document.root))
                          if "breadcrumb" in value.lower())
        for el in (el for el in document.elements if el in marked) if marked else ():
            names = [document.text(a) for a in el.iter("a") if document.text(a)]
            if names:
                return names
        title = self._title_element
        before_title = document.elements[:document.elements.index(title)] if title is not None else []
        for el in reversed(before_title):
            if el in document.named and _SECTION_LABEL_CLASS.search(document.named[el]):
                links = [a for a in el.iter("a") if document.text(a)]
                if 0 < len(links) <= _SECTION_LABEL_MAX_LINKS and all(self._is_section_link(a) for a in links):
                    return [document.text(a) for a in links]
        return []

    def _is_section_link(self, a) -> bool:
        url = self.navigation.absolute(a.get("href"))
        if not url:
            return False
        return not self.profile.is_article_url(url) \
            and len(self.document.text(a).split()) <= _SECTION_NAME_MAX_WORDS

    def _section_before_date(self) -> str | None:
        """"Thời sự 17:52 | 08/04/2025": the section named in front of the date."""
        el, _ = self._visible_date
        if el is None:
            return None
        for a in el.iter("a"):
            url = self.navigation.absolute(a.get("href"))
            if url and self.profile.is_section_url(url) and self.document.text(a):
                return self.document.text(a)
        text = " ".join(self.document.lines(el))
        head = re.split(r"\d{1,2}\s*[:h]\s*\d{2}|\d{1,2}/\d{1,2}/\d{4}", text, maxsplit=1)[0]
        head = clean_text(head).strip(" |-–,")
        if head and len(head.split()) <= 5 and not _WEEKDAY.match(head) and not re.search(r"\d", head):
            return head
        return None

    def _section_link_above_title(self) -> str | None:
        """A lone link to a section page standing just above the title (a section label)."""
        if self._title_element is None:
            return None
        for el in [self._title_element, *list(ancestors(self._title_element))[:2]]:
            above = el.getprevious()
            while above is not None and not isinstance(above.tag, str):
                above = above.getprevious()
            if above is None:
                continue
            links = list(above.iter("a"))
            text = self.document.text(above)
            if len(links) == 1 and self.document.text(links[0]) == text:
                url = self.navigation.absolute(links[0].get("href"))
                if url and self.profile.is_section_url(url) and fold(text) not in _HOME_NAMES:
                    return text
            return None
        return None

    # -- tags, images, related ------------------------------------------------------------

    @cached_property
    def tags(self) -> list[str]:
        """Tag names. Reads, in order: the texts of links to the site's tag pages after the
        title, meta ``article:tag``, JSON-LD ``keywords``."""
        return self._chosen("tags", _first(self._tag_candidates())) or []

    def _tag_candidates(self) -> Iterator[tuple[str, list[str]]]:
        linked = []
        title = self._title_element
        for a in cast(list, _FOLLOWING_LINKS(title)) if title is not None else self.document.root.iter("a"):
            if (url := self.navigation.absolute(a.get("href"))) and self.profile.is_tag_url(url) \
                    and not is_inside(a, self.navigation.block_parts) and self.document.text(a):
                linked.append(self.document.text(a).lstrip("#").strip())
        yield MARKUP, _names(linked)
        yield META, _names(n for tag in self.document.meta.get("article:tag", ()) for n in tag.split(","))
        keywords = self.document.ld_article.get("keywords")
        yield JSON_LD, _names(keywords if isinstance(keywords, list)
                              else keywords.split(",") if isinstance(keywords, str) else [])

    @cached_property
    def images(self) -> list[dict]:
        """``{"url", "caption", "credit"}`` per image. Reads the article container's images and
        their captions (a trailing photo credit split off); with none, ``og:image`` or
        ``twitter:image``."""
        images, _ = self._images_and_captions
        shown = []
        for image in images:
            caption, credit = split_credit(image.caption) if image.caption else (None, None)
            shown.append({"url": image.url, "caption": caption, "credit": credit})
        lead = self.document.meta_first("og:image", "twitter:image")
        url = self.navigation.absolute(lead) if lead else None
        return self._chosen("images", _first([
            (MARKUP, shown), (META, [{"url": url, "caption": None, "credit": None}] if url else []),
        ])) or []

    @cached_property
    def related(self) -> list[dict]:
        """``{"block", "url", "title"}`` per link of the followed blocks."""
        return [{"block": block.name, "url": url, "title": title or None}
                for block in self.navigation.blocks for url, title in block.links]

    def to_item(self) -> Article:
        return Article(
            url=self.navigation.canonical, article_id=self.article_id, site=self.site, title=self.title,
            summary=self.summary, body=self.body, author=self.author,
            published_at=self.published_at, modified_at=self.modified_at,
            category=self.category, tags=self.tags, images=self.images,
            related=self.related, language=self.profile.language,
        )


def _iso_of(value) -> str | None:
    return iso(parse_date(value)) if isinstance(value, str) and parse_date(value) else None


def _is_date_line(text: str) -> bool:
    return len(text) <= _DATE_LINE_MAX_CHARS and has_visible_date(text)


def _is_small_line(el) -> bool:
    """Whether an element of a few children is small enough to be a date line."""
    if not len(el):  # most elements: a leaf's text is all its string, told without XPath
        return len(el.text or "") <= _SMALL_CHARS
    return bool(_IS_SMALL(el))


def _names(names: Iterable) -> list[str]:
    cleaned = [clean_text(structured.decode_entities(n)) for n in names if isinstance(n, str)]
    return list(dict.fromkeys(n for n in cleaned if n))


def _named_like(named: dict, pattern: re.Pattern) -> list:
    """The elements of ``named`` (element -> its names) whose names the pattern finds, in its
    order. The names are searched as one string: a search of each element's names costs more
    than the characters searched. NUL, which no attribute holds, parts them."""
    elements = list(named)
    joined = "\0".join(named.values())
    found = (elements[joined.count("\0", 0, match.start())] for match in pattern.finditer(joined))
    return list(dict.fromkeys(found))


def _right_aligned(el) -> bool:
    return any("right" in (e.get("style") or "").replace(" ", "") or (e.get("align") or "").lower() == "right"
               for e in [el, *el.iter()])
