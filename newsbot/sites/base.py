"""The generic page object: a page of a news site read into an Article.

Each field is read from structured data first (JSON-LD, meta tags), then from
``<time datetime>``, then from the visible page; a site module only supplies
its profile (and overrides a field where its pages need it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

import lxml.html
from lxml.cssselect import CSSSelector
from lxml.etree import ParserError, XPath, XPathError

from newsbot.extract import structured
from newsbot.extract.blocks import Block, find_blocks
from newsbot.extract.boilerplate import boilerplate_boxes, is_boilerplate_line
from newsbot.extract.content import Content
from newsbot.extract.body import find_container, find_images, is_link_list, paragraph_candidates
from newsbot.extract.dates import has_visible_date, iso, parse_date, parse_iso, parse_visible
from newsbot.extract.html import (
    HEADING_TAGS, PageText, ancestors, css_classes, elements, is_inside, wrap_loose_text,
)
from newsbot.extract.text import clean_text, fold, split_credit, strip_dateline
from newsbot.extract.urls import canonical_url, site_of
from newsbot.items import Article
from newsbot.sites.profile import SiteProfile

_SUMMARY_CLASS = re.compile(r"sapo|lead|summary|description|intro|excerpt|abstract|teaser|chapeau")
_AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|writer|reporter")
_DATE_CLASS = re.compile(r"date|time|publish|posted|detail_info|meta")
_BREADCRUMB_CLASS = re.compile(r"breadcrumb")
_AUTHOR_PREFIX = re.compile(r"^(?:tác giả|bài và ảnh|bài, ảnh|bài|theo|by|phóng viên|pv)\s*[:\-–]?\s*", re.I)
_AFTER_NAME = re.compile(r"\s*[-|–—,(]?\s*\d")
_NOT_TITLE_TAGS = frozenset({"title", "a", "script", "style", "meta", "option"})
_HOME_NAMES = {"trang chủ", "home", "trang chu"}
_WEEKDAY = re.compile(r"^(?:thứ\s+\w+|chủ nhật|cn|t[2-7])\b", re.I)
# A byline is a name or a few: short, every word capitalised, no sentence punctuation.
_BYLINE_MAX_CHARS = 60
_BYLINE_MAX_WORDS = 8
_BYLINE_JOINERS = {"-", "–", "—", "và", ",", "&", "/"}
# Descriptions in meta tags are often cut: this many characters identify the lead on the page.
_LEAD_PREFIX_CHARS = 60
_TITLE_MIN_CHARS = 5
# The lead on the page may be longer than a cut meta description, but not a whole article.
_LEAD_MAX_CHARS = 600
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "span", "strong", "b", "em", "section"})
# Whether an element is small enough to be a date line (its text in the source, scripts
# included). A larger one is read by its own text only: reading the whole of each of
# thousands of nested containers would take minutes.
_IS_SMALL = XPath("count(.//*) <= 200 and string-length(.) <= 2000")


# Class names a selector asks for ("h1.title-detail", ".detail_info h1"); attribute tests aside.
_SELECTOR_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_SELECTOR_ATTRIBUTE = re.compile(r"\[[^\]]*\]")
# A selector of one class, with or without a tag ("h1.title-detail", ".sapo").
_TAG_AND_CLASS = re.compile(r"^([a-z][a-z0-9]*)?\.(-?[_a-zA-Z][\w-]*)$")


@dataclass(frozen=True)
class _Hint:
    selector: CSSSelector
    required_classes: frozenset[str]
    # (tag or None, class) when the hint is looked up in the page's class index instead of run.
    tag_and_class: tuple[str | None, str] | None


@cache
def _hints(css: tuple[str, ...]) -> list[_Hint]:
    """Each hint compiled (that costs more than running it: once per hint), with the
    class names the page must hold for it to match, so a hint naming a class absent
    from the page is not run over the whole tree. Nothing is required of a selector
    list or of pseudo-classes (``:not(.x)``)."""
    compiled = []
    for selector in css:
        simple = "," not in selector and ":" not in selector
        required = _SELECTOR_CLASS.findall(_SELECTOR_ATTRIBUTE.sub("", selector)) if simple else ()
        one_class = _TAG_AND_CLASS.match(selector.strip())
        compiled.append(_Hint(CSSSelector(selector), frozenset(required), one_class.groups() if one_class else None))
    return compiled


class ArticlePage:
    """A fetched page of a site: what kind of page it is, its links, and its Article."""

    profile: SiteProfile

    def __init__(self, url: str, html: str | bytes | None = None, *, root=None,
                 profile: SiteProfile | None = None):
        self.url = url
        if profile is not None:
            self.profile = profile
        if root is None:
            root = self._parse(html)
        # The tree is normalised in place: a response's tree serves one page object.
        wrap_loose_text(root)
        self.root = root
        # Holding every element keeps lxml's Python proxies alive: the many walks over the
        # tree below reuse them instead of building new ones each time.
        self._elements = elements(root)
        self._texts = PageText()

    @staticmethod
    def _parse(html):
        if isinstance(html, str):
            # lxml refuses str input that declares its own encoding.
            html = html.encode("utf-8", "replace")
        # As Scrapy's selectors do: NUL characters dropped, nesting read down to 2,048
        # levels (huge_tree) instead of 256.
        html = (html or b"").replace(b"\x00", b"")
        try:
            return lxml.html.document_fromstring(html or b"<html></html>",
                                                 parser=lxml.html.HTMLParser(encoding="utf-8", huge_tree=True))
        except (ParserError, ValueError):
            return lxml.html.document_fromstring(b"<html></html>")

    # -- structured data ---------------------------------------------------

    @cached_property
    def _json_ld(self) -> list[dict]:
        return structured.json_ld(self.root)

    @cached_property
    def _ld_article(self) -> dict:
        return structured.article_object(self._json_ld)

    @cached_property
    def _meta(self) -> dict[str, list[str]]:
        return structured.meta_tags(self.root)

    def _meta_first(self, *keys: str) -> str | None:
        for key in keys:
            for value in self._meta.get(key, ()):
                if clean_text(value):
                    return clean_text(value)
        return None

    def _ld_text(self, key: str) -> str | None:
        return clean_text(structured.text_value(self._ld_article.get(key))) or None

    @cached_property
    def _named(self) -> dict:
        """element -> its ``css_classes``, for the elements that have any (in page order)."""
        return {el: names for el in self._elements if (names := css_classes(el))}

    def _css(self, el) -> str:
        return self._named.get(el, "")

    @cached_property
    def _with_class(self) -> dict[str, list]:
        """class name -> the elements that have it, in page order."""
        index: dict[str, list] = {}
        for el in self._named:
            for name in dict.fromkeys((el.get("class") or "").split()):
                index.setdefault(name, []).append(el)
        return index

    def _hinted(self, part: str) -> list:
        found = []
        for hint in _hints(self.profile.hints.get(part, ())):
            if not hint.required_classes <= self._with_class.keys():
                continue
            if hint.tag_and_class:
                tag, name = hint.tag_and_class
                found.extend(el for el in self._with_class[name] if tag is None or el.tag == tag)
                continue
            try:
                found.extend(hint.selector(self.root))
            except XPathError:
                continue
        return [el for el in found if not is_inside(el, self._block_parts)]

    # -- page kind and links -------------------------------------------------

    @cached_property
    def canonical(self) -> str:
        response_url = canonical_url(self.url) or self.url
        for link in self.root.iter("link"):
            if "canonical" in (link.get("rel") or "").lower().split():
                candidate = canonical_url(link.get("href") or "", response_url)
                # Only on the page's own host: section subdomains number their articles
                # apart, and copies of the site on other domains point back to it.
                if candidate and site_of(candidate) == site_of(response_url):
                    return candidate
        return response_url

    @cached_property
    def is_article(self) -> bool:
        return self.profile.article_id(self.canonical) is not None \
            or self.profile.article_id(self.url) is not None

    def _absolute(self, href: str | None, base: str | None = None) -> str | None:
        return canonical_url(href, base or self.url) if href else None

    @cached_property
    def blocks(self) -> list[Block]:
        """The followed blocks that list articles."""
        return [block for block in self._headed_blocks if block.links]

    @cached_property
    def _headed_blocks(self) -> list[Block]:
        return find_blocks(
            self.root, self._texts, self.profile.block_headings, self.profile.zone_headings,
            self._is_other_article, self.url, self._absolute, self.profile.max_block_links,
        )

    def _is_other_article(self, url: str) -> bool:
        # A link to the page itself ("#", a placeholder of a list still to be filled) is no related article.
        return self.profile.is_article_url(url) and url not in (self.canonical, canonical_url(self.url))

    @property
    def block_links_capped(self) -> int:
        """How many block links were left out over ``profile.max_block_links``."""
        return sum(block.capped for block in self.blocks)

    @cached_property
    def _block_parts(self) -> set:
        covered: set = set()
        for block in self.blocks:
            covered |= block.covered
        return covered

    def block_links(self) -> list[str]:
        """URLs of the articles listed in the followed blocks, in page order, once each."""
        urls = (url for block in self.blocks for url, _ in block.links)
        return list(dict.fromkeys(u for u in urls if not self.profile.is_mirror_url(u)))

    def listing_links(self) -> list[str]:
        """From a listing page: the article and section pages it links to."""
        urls = []
        for a in self.root.iter("a"):
            url = self._absolute(a.get("href"))
            if url and (self.profile.is_article_url(url) or self.profile.is_section_url(url)) \
                    and not self.profile.is_mirror_url(url):
                urls.append(url)
        return list(dict.fromkeys(urls))

    # -- completeness: what NEWSBOT_RENDER=auto decides on ------------------

    @cached_property
    def empty_blocks(self) -> list[str]:
        """Followed blocks whose heading is on the page but whose list holds no article link
        (a list a script fills after load, or a "loading" placeholder)."""
        return [block.name for block in self._headed_blocks if not block.links]

    @cached_property
    def incomplete_reason(self) -> str | None:
        """Why this article's text or blocks look unfinished, or None: "short_body" (the
        text is missing or shorter than the profile's ``min_body_chars``) or
        "empty_block" (a followed block's heading with an empty list)."""
        if not self.is_article:
            return None
        if len(self.body or "") < self.profile.min_body_chars:
            return "short_body"
        if self.empty_blocks:
            return "empty_block"
        return None

    @cached_property
    def render_reason(self) -> str | None:
        """Why this article's HTML, before its scripts run, is not the whole page, or None:
        "script_rendered" (a page kind the site builds with scripts), else the
        ``incomplete_reason``."""
        if self.is_article and any(self.profile.is_script_rendered(u) for u in (self.url, self.canonical)):
            return "script_rendered"
        return self.incomplete_reason

    # -- fields --------------------------------------------------------------

    @cached_property
    def article_id(self) -> str | None:
        return self.profile.article_id(self.canonical) or self.profile.article_id(self.url)

    @cached_property
    def site(self) -> str:
        return site_of(self.canonical)

    @cached_property
    def _title_element(self):
        headline = fold(self._ld_text("headline") or self._meta_first("og:title"))
        h1s = [h for h in self._hinted("title") + list(self.root.iter("h1"))
               if len(self._texts.text(h)) >= _TITLE_MIN_CHARS and not is_inside(h, self._block_parts)]
        if headline:
            for h in h1s:
                key = fold(self._texts.text(h))
                if key and (key == headline or key in headline or headline in key):
                    return h
        if h1s:
            return h1s[0]
        # No usable <h1>: the innermost element showing the headline the metadata gives.
        shown = None
        for el in self._elements if headline else ():
            if shown is not None and not is_inside(el, {shown}):
                break
            if el.tag not in _NOT_TITLE_TAGS and len(el) <= 3 and fold(self._texts.text(el)) == headline \
                    and not is_inside(el, self._block_parts):
                shown = el
        return shown

    @cached_property
    def title(self) -> str | None:
        if self._title_element is not None:
            return self._texts.text(self._title_element)
        candidate = self._ld_text("headline") or self._meta_first("og:title", "twitter:title")
        if not candidate:
            # <title> is not visible text: read as it is.
            candidate = next(filter(None, (clean_text(t.text_content()) for t in self.root.iter("title"))), None)
        return self._without_site_name(candidate) if candidate else None

    def _without_site_name(self, title: str) -> str:
        for name in self.profile.publisher_names:
            pattern = re.compile(r"\s*[-|–—:]\s*" + re.escape(name) + r"\s*$", re.I)
            title = pattern.sub("", title)
        return title.strip() or None

    @cached_property
    def _summary_element(self):
        for el in self._hinted("summary"):
            if self._texts.text(el) and el.find(".//h1") is None:
                return el
        description = self._ld_text("description") or self._meta_first(
            "og:description", "description", "twitter:description")
        if description:
            prefix = self._lead_key(description)
            longest = max(2 * len(description), _LEAD_MAX_CHARS)
            starts_lead = lambda el: el.tag in _LEAD_TAGS and len(self._texts.text(el)) <= longest \
                and self._lead_key(self._texts.text(el)).startswith(prefix)
            first = next((el for el in self._after_title if starts_lead(el)), None) if prefix else None
            if first is not None:
                # The innermost: a short article's whole text starts with its lead too.
                inner = [el for el in first.iterdescendants() if starts_lead(el)]
                return self._outermost_same_text(inner[-1] if inner else first)
        for el in self._after_title[:12]:
            text = self._texts.text(el)
            if not text or el.find(".//h1") is not None:
                continue
            if _SUMMARY_CLASS.search(self._css(el)) or self._all_bold(el):
                return el
        return None

    def _lead_key(self, text: str) -> str:
        return fold(strip_dateline(clean_text(text), self.profile.dateline_marks))[:_LEAD_PREFIX_CHARS]

    def _outermost_same_text(self, el):
        text = self._texts.text(el)
        while el.getparent() is not None and self._texts.text(el.getparent()) == text:
            el = el.getparent()
        return el

    def _all_bold(self, el) -> bool:
        text = self._texts.text(el)
        bold = "".join(self._texts.text(b) for b in el.iter("strong", "b"))
        return el.tag in ("p", "div", "h2") and len(text) >= _LEAD_PREFIX_CHARS and len(bold) >= 0.9 * len(text)

    @cached_property
    def _after_title(self) -> list:
        """Elements after the title, in page order (all of them when there is no title)."""
        if self._title_element is None:
            return self._elements
        title_parts = set(self._title_element.iter())
        start = self._elements.index(self._title_element)
        return [e for e in self._elements[start:] if e not in title_parts]

    @cached_property
    def summary(self) -> str | None:
        if self._summary_element is not None:
            text = " ".join(self._texts.lines(self._summary_element))
        else:
            text = self._ld_text("description") or self._meta_first("og:description", "description")
        if not text:
            return None
        return strip_dateline(clean_text(text), self.profile.dateline_marks) or None

    # -- body ----------------------------------------------------------------

    @cached_property
    def _excluded(self) -> set:
        """Elements that are never body text: blocks, title, lead."""
        excluded = set(self._block_parts)
        for el in (self._title_element, self._summary_element, self._visible_date[0]):
            if el is not None:
                excluded |= set(el.iter())
        return excluded

    @cached_property
    def _content(self) -> Content | None:
        for el in self._hinted("body"):
            if len(self._texts.text(el)) > 0:
                return Content(el)
        paragraphs = paragraph_candidates(self.root, self._excluded, self._texts)
        headings = [block.heading for block in self.blocks]
        return find_container(self.root, paragraphs, self._texts, self._title_element, headings)

    @property
    def _container(self):
        return self._content.container if self._content is not None else None

    @cached_property
    def _body_excluded(self) -> set:
        """What is never body text, and what of the container is not part of the article."""
        if self._content is None:
            return self._excluded
        keep = {self._title_element} - {None}
        return self._excluded | self._content.left_out | boilerplate_boxes(self._container, self._texts, keep)

    @cached_property
    def _images_and_captions(self):
        if self._container is None:
            return [], set()
        return find_images(self._container, self._body_excluded, self.url, self._absolute, self._texts)

    @cached_property
    def _text_elements(self) -> list:
        """The paragraph elements of the article text, captions aside, in page order."""
        if self._container is None:
            return []
        _, caption_parts = self._images_and_captions
        return paragraph_candidates(self._container, self._body_excluded | caption_parts, self._texts)

    @cached_property
    def _body_paragraphs(self) -> list[str]:
        images, _ = self._images_and_captions
        known = {fold(self.title), fold(self.summary)} | {fold(b) for b in self.profile.boilerplate}
        known |= {fold(image.caption) for image in images}
        known |= {fold(h) for h in self.profile.block_headings + self.profile.zone_headings}
        paragraphs = []
        for el in self._text_elements:
            if is_link_list(el, self._texts):
                continue
            for line in self._paragraph_lines(el):
                if not {fold(line), fold(strip_dateline(line, self.profile.dateline_marks))} & known \
                        and not is_boilerplate_line(line):
                    paragraphs.append(line)
        return self._without_byline(paragraphs)

    def _paragraph_lines(self, el) -> list[str]:
        if el.tag in HEADING_TAGS:
            return [self._texts.text(el)] if self._texts.text(el) else []
        return self._texts.lines(el)

    def _without_byline(self, paragraphs: list[str]) -> list[str]:
        author = fold(self.author)
        while paragraphs and (
            (author and fold(paragraphs[-1]) == author)
            or (author and author in fold(paragraphs[-1]) and len(paragraphs[-1]) <= len(self.author) + 20
                and _looks_like_byline(paragraphs[-1]))
            or (not author and self._byline_paragraph == paragraphs[-1])
        ):
            paragraphs = paragraphs[:-1]
        return paragraphs

    @cached_property
    def body(self) -> str | None:
        return "\n\n".join(self._body_paragraphs) or None

    # -- byline --------------------------------------------------------------

    @cached_property
    def _byline_paragraph(self) -> str | None:
        """The last line of the article text when it reads as a byline."""
        if self._container is None:
            return None
        last = next((el for el in reversed(self._text_elements) if self._texts.lines(el)), None)
        if last is not None and self._is_byline(last):
            return self._texts.lines(last)[-1]
        # Or the line just after the article text.
        following = self._container.getnext()
        while following is not None and not self._texts.text(following):
            following = following.getnext()
        if following is not None and len(following) <= 2 and self._is_byline(following):
            return self._texts.lines(following)[-1]
        return None

    def _is_byline(self, el) -> bool:
        line = self._texts.lines(el)[-1]
        return _looks_like_byline(line) or (self._right_aligned(el) and len(line) <= _BYLINE_MAX_CHARS)

    @staticmethod
    def _right_aligned(el) -> bool:
        styled = [el, *el.iter()]
        return any("right" in (e.get("style") or "").replace(" ", "") or (e.get("align") or "").lower() == "right"
                   for e in styled)

    @cached_property
    def author(self) -> str | None:
        for el in self._hinted("author") + self._author_elements():
            name = self._clean_author(self._texts.text(el))
            if name:
                return name
        ld_author = self._ld_article.get("author")
        people = [a for a in (ld_author if isinstance(ld_author, list) else [ld_author])
                  if not (isinstance(a, dict) and "organization" in structured.types_of(a))]
        for candidate in (clean_text(structured.text_value(people)),
                          self._meta_first("author", "article:author", "dable:author")):
            name = self._clean_author(candidate)
            if name and not name.startswith("http"):
                return name
        return self._clean_author(self._byline_paragraph)

    def _author_elements(self) -> list:
        return [el for el, names in self._named.items()
                if _AUTHOR_CLASS.search(names) and not is_inside(el, self._block_parts)
                and el.tag not in ("meta", "link", "script")]

    def _clean_author(self, text: str | None) -> str | None:
        # Names hold no digits: what follows the first one is a date stamped beside the byline.
        name = _AFTER_NAME.split(_AUTHOR_PREFIX.sub("", clean_text(text)), maxsplit=1)[0].strip(" .-–—|,")
        if not name or len(name) > _BYLINE_MAX_CHARS or fold(name) in self._publisher_keys:
            return None
        return name

    @cached_property
    def _publisher_keys(self) -> set[str]:
        host = site_of(self.canonical)
        names = [*self.profile.publisher_names, *self._meta.get("og:site_name", []), host, host.split(".")[0]]
        return {fold(n) for n in names}

    # -- dates ---------------------------------------------------------------

    @cached_property
    def _visible_date(self):
        candidates = self._hinted("date") + [
            el for el in self._after_title[:400] if _DATE_CLASS.search(self._css(el))
        ]
        for el in candidates + self._after_title[:400]:
            if is_inside(el, self._block_parts):
                continue
            small = len(el) <= 12 and _IS_SMALL(el)
            text = " ".join(self._texts.lines(el)) if small else (el.text or "")
            if len(text) <= 120 and has_visible_date(text):
                found = parse_visible(text)
                if found:
                    return el, found
        return None, None

    @cached_property
    def published_at(self) -> str | None:
        for value in (self._ld_article.get("datePublished"),
                      self._meta_first("article:published_time", "datepublished", "pubdate",
                                       "publishdate", "og:published_time", "dc.date.issued")):
            if isinstance(value, str) and parse_date(value):
                return iso(parse_date(value))
        found = self._marked_date("datepublished")
        if found:
            return iso(found)
        for time in self.root.iter("time"):
            if not is_inside(time, self._block_parts) and (time.get("itemprop") or "").lower() != "datemodified":
                found = parse_iso(time.get("datetime") or "") or parse_visible(self._texts.text(time))
                if found:
                    return iso(found)
        return iso(self._visible_date[1])

    def _marked_date(self, itemprop: str):
        """A date in an element marked with microdata (``itemprop="datePublished"``)."""
        for el in self.root.iter():
            if isinstance(el.tag, str) and (el.get("itemprop") or "").lower() == itemprop \
                    and not is_inside(el, self._block_parts):
                value = el.get("datetime") or el.get("content") or self._texts.text(el)
                found = parse_date(value)
                if found:
                    return found
        return None

    @cached_property
    def modified_at(self) -> str | None:
        for value in (self._ld_article.get("dateModified"),
                      self._meta_first("article:modified_time", "og:updated_time", "datemodified", "lastmod")):
            if isinstance(value, str) and parse_date(value):
                return iso(parse_date(value))
        return iso(self._marked_date("datemodified"))

    # -- section and tags ----------------------------------------------------

    @cached_property
    def category(self) -> str | None:
        section = self._ld_article.get("articleSection")
        candidate = structured.text_value(section) or self._meta_first("article:section")
        if candidate:
            # Sections are listed from the broadest down: the last is the article's own.
            return clean_text(candidate.split(",")[-1])
        trail = [n for n in structured.breadcrumb_names(self._json_ld)] or self._breadcrumb_markup()
        trail = [clean_text(n) for n in trail if fold(n) not in _HOME_NAMES and fold(n) != fold(self.title)]
        if trail:
            return trail[-1]
        return self._section_before_date() or self._section_link_above_title()

    def _breadcrumb_markup(self) -> list[str]:
        for el in self._elements:
            if _BREADCRUMB_CLASS.search(self._css(el)) or "breadcrumb" in (el.get("itemtype") or "").lower() \
                    or "breadcrumb" in (el.get("aria-label") or "").lower():
                names = [self._texts.text(a) for a in el.iter("a") if self._texts.text(a)]
                if names:
                    return names
        return []

    def _section_before_date(self) -> str | None:
        """"Thời sự 17:52 | 08/04/2025": the section named in front of the date."""
        el, _ = self._visible_date
        if el is None:
            return None
        for a in el.iter("a"):
            url = self._absolute(a.get("href"))
            if url and self.profile.is_section_url(url) and self._texts.text(a):
                return self._texts.text(a)
        text = " ".join(self._texts.lines(el))
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
            if len(links) == 1 and self._texts.text(links[0]) == self._texts.text(above):
                url = self._absolute(links[0].get("href"))
                if url and self.profile.is_section_url(url) and fold(self._texts.text(above)) not in _HOME_NAMES:
                    return self._texts.text(above)
            return None
        return None

    @cached_property
    def tags(self) -> list[str]:
        names = []
        after = self._after_title
        for el in after:
            if el.tag == "a" and not is_inside(el, self._block_parts):
                url = self._absolute(el.get("href"))
                if url and self.profile.is_tag_url(url) and self._texts.text(el):
                    names.append(self._texts.text(el).lstrip("#").strip())
        if not names:
            names = [n for tag in self._meta.get("article:tag", ()) for n in tag.split(",")]
        if not names:
            keywords = self._ld_article.get("keywords")
            names = keywords if isinstance(keywords, list) else keywords.split(",") if isinstance(keywords, str) else []
        cleaned = [clean_text(n) for n in names if isinstance(n, str)]
        return list(dict.fromkeys(n for n in cleaned if n))

    # -- images and related ---------------------------------------------------

    @cached_property
    def images(self) -> list[dict]:
        images, _ = self._images_and_captions
        result = []
        for image in images:
            caption, credit = split_credit(image.caption) if image.caption else (None, None)
            result.append({"url": image.url, "caption": caption, "credit": credit})
        if not result:
            lead = self._meta_first("og:image", "twitter:image")
            url = self._absolute(lead) if lead else None
            if url:
                result.append({"url": url, "caption": None, "credit": None})
        return result

    @cached_property
    def related(self) -> list[dict]:
        return [{"block": block.name, "url": url, "title": title or None}
                for block in self.blocks for url, title in block.links]

    def to_item(self) -> Article:
        return Article(
            url=self.canonical, article_id=self.article_id, site=self.site, title=self.title,
            summary=self.summary, body=self.body, author=self.author,
            published_at=self.published_at, modified_at=self.modified_at,
            category=self.category, tags=self.tags, images=self.images,
            related=self.related, language=self.profile.language,
        )


def _looks_like_byline(text: str) -> bool:
    text = clean_text(text)
    if not text or len(text) > _BYLINE_MAX_CHARS or re.search(r"[\d.!?;:\"“”]$|\d", text):
        return False
    words = [w for w in re.split(r"\s+", text.replace(",", " , ")) if w]
    names = [w for w in words if w.lower() not in _BYLINE_JOINERS]
    if not names or len(names) > _BYLINE_MAX_WORDS:
        return False
    return all(w[0].isupper() or w.startswith("(") for w in names)
