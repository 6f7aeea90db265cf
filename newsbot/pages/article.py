"""The article page object: a page of a news site read into an Article.

One method per Article field; a site module supplies its profile and overrides a
field where its pages need it.
"""

from __future__ import annotations

import re
from functools import cached_property

from lxml.etree import XPath

from newsbot.extract import structured
from newsbot.extract.body import find_container, find_images, is_link_list, paragraph_candidates
from newsbot.extract.boilerplate import boilerplate_boxes, without_furniture_lines
from newsbot.extract.content import Content
from newsbot.extract.dates import has_visible_date, iso, parse_date, parse_iso, parse_visible
from newsbot.extract.html import HEADING_TAGS, ancestors, is_inside
from newsbot.extract.text import clean_text, fold, split_credit, strip_dateline
from newsbot.extract.urls import site_of
from newsbot.items import Article
from newsbot.pages.document import Document
from newsbot.pages.navigation import PageNavigation
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


class ArticlePage:
    """A fetched page of a site: its document, its navigation, and its Article."""

    profile: SiteProfile

    def __init__(self, url: str, html: str | bytes | None = None, *, root=None,
                 profile: SiteProfile | None = None):
        self.url = url
        if profile is not None:
            self.profile = profile
        self.document = Document(html, root=root)
        self.navigation = PageNavigation(url, self.document, self.profile)

    def _hinted(self, part: str) -> list:
        """The elements the profile's CSS hints for ``part`` name, outside the followed blocks."""
        return [el for el in self.document.select(self.profile.hints.get(part, ()))
                if not is_inside(el, self.navigation.block_parts)]

    # -- fields --------------------------------------------------------------

    @cached_property
    def article_id(self) -> str | None:
        return self.profile.article_id(self.navigation.canonical) or self.profile.article_id(self.url)

    @cached_property
    def site(self) -> str:
        return site_of(self.navigation.canonical)

    @cached_property
    def _title_element(self):
        headline = fold(self.document.ld_text("headline") or self.document.meta_first("og:title"))
        h1s = [h for h in self._hinted("title") + list(self.document.root.iter("h1"))
               if len(self.document.text(h)) >= _TITLE_MIN_CHARS and not is_inside(h, self.navigation.block_parts)]
        if headline:
            for h in h1s:
                key = fold(self.document.text(h))
                if key and (key == headline or key in headline or headline in key):
                    return h
        if h1s:
            return h1s[0]
        # No usable <h1>: the innermost element showing the headline the metadata gives.
        shown = None
        for el in self.document.elements if headline else ():
            if shown is not None and not is_inside(el, {shown}):
                break
            if el.tag not in _NOT_TITLE_TAGS and len(el) <= 3 and fold(self.document.text(el)) == headline \
                    and not is_inside(el, self.navigation.block_parts):
                shown = el
        return shown

    @cached_property
    def title(self) -> str | None:
        if self._title_element is not None:
            return self.document.text(self._title_element)
        candidate = self.document.ld_text("headline") or self.document.meta_first("og:title", "twitter:title")
        if not candidate:
            # <title> is not visible text: read as it is.
            candidate = next(filter(None, (clean_text(t.text_content()) for t in self.document.root.iter("title"))), None)
        return self._without_site_name(candidate) if candidate else None

    def _without_site_name(self, title: str) -> str:
        for name in self.profile.publisher_names:
            pattern = re.compile(r"\s*[-|–—:]\s*" + re.escape(name) + r"\s*$", re.I)
            title = pattern.sub("", title)
        return title.strip() or None

    @cached_property
    def _summary_element(self):
        for el in self._hinted("summary"):
            if self.document.text(el) and el.find(".//h1") is None:
                return el
        description = self.document.ld_text("description") or self.document.meta_first(
            "og:description", "description", "twitter:description")
        if description:
            prefix = self._lead_key(description)
            longest = max(2 * len(description), _LEAD_MAX_CHARS)
            starts_lead = lambda el: el.tag in _LEAD_TAGS and len(self.document.text(el)) <= longest \
                and self._lead_key(self.document.text(el)).startswith(prefix)
            first = next((el for el in self._after_title if starts_lead(el)), None) if prefix else None
            if first is not None:
                # The innermost: a short article's whole text starts with its lead too.
                inner = [el for el in first.iterdescendants() if starts_lead(el)]
                return self._outermost_same_text(inner[-1] if inner else first)
        for el in self._after_title[:12]:
            text = self.document.text(el)
            if not text or el.find(".//h1") is not None:
                continue
            if _SUMMARY_CLASS.search(self.document.css(el)) or self._all_bold(el):
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
        if self._title_element is None:
            return self.document.elements
        title_parts = set(self._title_element.iter())
        start = self.document.elements.index(self._title_element)
        return [e for e in self.document.elements[start:] if e not in title_parts]

    @cached_property
    def summary(self) -> str | None:
        if self._summary_element is not None:
            text = " ".join(self.document.lines(self._summary_element))
        else:
            text = self.document.ld_text("description") or self.document.meta_first("og:description", "description")
        if not text:
            return None
        return strip_dateline(clean_text(text), self.profile.dateline_marks) or None

    # -- body ----------------------------------------------------------------

    @cached_property
    def _excluded(self) -> set:
        """Elements that are never body text: blocks, title, lead."""
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
        while following is not None and not (isinstance(following.tag, str) and self.document.text(following)):
            following = following.getnext()
        return following is not None and following.tag == el.tag

    @cached_property
    def _content(self) -> Content | None:
        for el in self._hinted("body"):
            if len(self.document.text(el)) > 0:
                return Content(el)
        paragraphs = paragraph_candidates(self.document.root, self._excluded, self.document.texts)
        headings = [block.heading for block in self.navigation.blocks]
        return find_container(self.document.root, paragraphs, self.document.texts, self._title_element, headings)

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
        return find_images(self._container, self._body_excluded, self.url, self.navigation.absolute, self.document.texts)

    @cached_property
    def _text_elements(self) -> list:
        """The paragraph elements of the article text, captions aside, in page order."""
        if self._container is None:
            return []
        _, caption_parts = self._images_and_captions
        return paragraph_candidates(self._container, self._body_excluded | caption_parts, self.document.texts)

    @cached_property
    def _body_paragraphs(self) -> list[str]:
        images, _ = self._images_and_captions
        known = {fold(self.title)} | {fold(b) for b in self.profile.boilerplate}
        if not self._lead_opens_text:
            known.add(fold(self.summary))
        known |= {fold(image.caption) for image in images}
        known |= {fold(h) for h in self.profile.block_headings + self.profile.zone_headings}
        paragraphs = []
        for el in self._text_elements:
            if is_link_list(el, self.document.texts):
                continue
            for line in self._paragraph_lines(el):
                if not {fold(line), fold(strip_dateline(line, self.profile.dateline_marks))} & known:
                    paragraphs.append(line)
        return self._without_byline(without_furniture_lines(paragraphs))

    def _paragraph_lines(self, el) -> list[str]:
        if el.tag in HEADING_TAGS:
            return [self.document.text(el)] if self.document.text(el) else []
        return self.document.lines(el)

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
        last = next((el for el in reversed(self._text_elements) if self.document.lines(el)), None)
        if last is not None and self._is_byline(last):
            return self.document.lines(last)[-1]
        # Or the line just after the article text.
        following = self._container.getnext()
        while following is not None and not self.document.text(following):
            following = following.getnext()
        if following is not None and len(following) <= 2 and self._is_byline(following):
            return self.document.lines(following)[-1]
        return None

    def _is_byline(self, el) -> bool:
        line = self.document.lines(el)[-1]
        return _looks_like_byline(line) or (self._right_aligned(el) and len(line) <= _BYLINE_MAX_CHARS)

    @staticmethod
    def _right_aligned(el) -> bool:
        styled = [el, *el.iter()]
        return any("right" in (e.get("style") or "").replace(" ", "") or (e.get("align") or "").lower() == "right"
                   for e in styled)

    @cached_property
    def author(self) -> str | None:
        for el in self._hinted("author") + self._author_elements():
            name = self._clean_author(self.document.text(el))
            if name:
                return name
        ld_author = self.document.ld_article.get("author")
        people = [a for a in (ld_author if isinstance(ld_author, list) else [ld_author])
                  if not (isinstance(a, dict) and "organization" in structured.types_of(a))]
        for candidate in (clean_text(structured.text_value(people)),
                          self.document.meta_first("author", "article:author", "dable:author")):
            name = self._clean_author(candidate)
            if name and not name.startswith("http"):
                return name
        return self._clean_author(self._byline_paragraph)

    def _author_elements(self) -> list:
        return [el for el, names in self.document.named.items()
                if _AUTHOR_CLASS.search(names) and not is_inside(el, self.navigation.block_parts)
                and el.tag not in ("meta", "link", "script")]

    def _clean_author(self, text: str | None) -> str | None:
        # Names hold no digits: what follows the first one is a date stamped beside the byline.
        name = _AFTER_NAME.split(_AUTHOR_PREFIX.sub("", clean_text(text)), maxsplit=1)[0].strip(" .-–—|,")
        if not name or len(name) > _BYLINE_MAX_CHARS or fold(name) in self._publisher_keys:
            return None
        return name

    @cached_property
    def _publisher_keys(self) -> set[str]:
        host = site_of(self.navigation.canonical)
        names = [*self.profile.publisher_names, *self.document.meta.get("og:site_name", []), host, host.split(".")[0]]
        return {fold(n) for n in names}

    # -- dates ---------------------------------------------------------------

    @cached_property
    def _visible_date(self):
        candidates = self._hinted("date") + [
            el for el in self._after_title[:400] if _DATE_CLASS.search(self.document.css(el))
        ]
        for el in candidates + self._after_title[:400]:
            if is_inside(el, self.navigation.block_parts):
                continue
            small = len(el) <= 12 and _IS_SMALL(el)
            text = " ".join(self.document.lines(el)) if small else (el.text or "")
            if len(text) <= 120 and has_visible_date(text):
                found = parse_visible(text)
                if found:
                    return el, found
        return None, None

    @cached_property
    def published_at(self) -> str | None:
        for value in (self.document.ld_article.get("datePublished"),
                      self.document.meta_first("article:published_time", "datepublished", "pubdate",
                                       "publishdate", "og:published_time", "dc.date.issued")):
            if isinstance(value, str) and parse_date(value):
                return iso(parse_date(value))
        found = self._marked_date("datepublished")
        if found:
            return iso(found)
        for time in self.document.root.iter("time"):
            if not is_inside(time, self.navigation.block_parts) and (time.get("itemprop") or "").lower() != "datemodified":
                found = parse_iso(time.get("datetime") or "") or parse_visible(self.document.text(time))
                if found:
                    return iso(found)
        return iso(self._visible_date[1])

    def _marked_date(self, itemprop: str):
        """A date in an element marked with microdata (``itemprop="datePublished"``)."""
        for el in self.document.root.iter():
            if isinstance(el.tag, str) and (el.get("itemprop") or "").lower() == itemprop \
                    and not is_inside(el, self.navigation.block_parts):
                value = el.get("datetime") or el.get("content") or self.document.text(el)
                found = parse_date(value)
                if found:
                    return found
        return None

    @cached_property
    def modified_at(self) -> str | None:
        for value in (self.document.ld_article.get("dateModified"),
                      self.document.meta_first("article:modified_time", "og:updated_time", "datemodified", "lastmod")):
            if isinstance(value, str) and parse_date(value):
                return iso(parse_date(value))
        return iso(self._marked_date("datemodified"))

    # -- section and tags ----------------------------------------------------

    @cached_property
    def category(self) -> str | None:
        section = self.document.ld_article.get("articleSection")
        candidate = structured.text_value(section) or self.document.meta_first("article:section")
        if candidate:
            # Sections are listed from the broadest down: the last is the article's own.
            return clean_text(candidate.split(",")[-1])
        trail = [n for n in structured.breadcrumb_names(self.document.json_ld)] or self._breadcrumb_markup()
        trail = [clean_text(n) for n in trail if fold(n) not in _HOME_NAMES and fold(n) != fold(self.title)]
        if trail:
            return trail[-1]
        return self._section_before_date() or self._section_link_above_title()

    def _breadcrumb_markup(self) -> list[str]:
        for el in self.document.elements:
            if _BREADCRUMB_CLASS.search(self.document.css(el)) or "breadcrumb" in (el.get("itemtype") or "").lower() \
                    or "breadcrumb" in (el.get("aria-label") or "").lower():
                names = [self.document.text(a) for a in el.iter("a") if self.document.text(a)]
                if names:
                    return names
        return []

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
            if len(links) == 1 and self.document.text(links[0]) == self.document.text(above):
                url = self.navigation.absolute(links[0].get("href"))
                if url and self.profile.is_section_url(url) and fold(self.document.text(above)) not in _HOME_NAMES:
                    return self.document.text(above)
            return None
        return None

    @cached_property
    def tags(self) -> list[str]:
        names = []
        after = self._after_title
        for el in after:
            if el.tag == "a" and not is_inside(el, self.navigation.block_parts):
                url = self.navigation.absolute(el.get("href"))
                if url and self.profile.is_tag_url(url) and self.document.text(el):
                    names.append(self.document.text(el).lstrip("#").strip())
        if not names:
            names = [n for tag in self.document.meta.get("article:tag", ()) for n in tag.split(",")]
        if not names:
            keywords = self.document.ld_article.get("keywords")
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
            lead = self.document.meta_first("og:image", "twitter:image")
            url = self.navigation.absolute(lead) if lead else None
            if url:
                result.append({"url": url, "caption": None, "credit": None})
        return result

    @cached_property
    def related(self) -> list[dict]:
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


def _looks_like_byline(text: str) -> bool:
    text = clean_text(text)
    if not text or len(text) > _BYLINE_MAX_CHARS or re.search(r"[\d.!?;:\"“”]$|\d", text):
        return False
    words = [w for w in re.split(r"\s+", text.replace(",", " , ")) if w]
    names = [w for w in words if w.lower() not in _BYLINE_JOINERS]
    if not names or len(names) > _BYLINE_MAX_WORDS:
        return False
    return all(w[0].isupper() or w.startswith("(") for w in names)
