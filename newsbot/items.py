"""The Article item: the one record newsbot produces, field by field."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass
class Article:
    #: Canonical URL: same-site ``rel=canonical`` or the response URL, without
    #: fragment and tracking parameters.
    url: str | None = None
    #: The site's numeric article id from the URL, as a string ("116535").
    article_id: str | None = None
    #: Host of the article ("laodongthudo.vn"); identity is (site, article_id).
    site: str | None = None
    #: Headline.
    title: str | None = None
    #: The sapo / lead, without a leading dateline mark such as "(LĐTĐ)".
    summary: str | None = None
    #: Article text: paragraphs and subheadings joined by a blank line.
    body: str | None = None
    #: Byline name(s) as written, or None.
    author: str | None = None
    #: ISO 8601 with offset; Vietnam time when the page gives no zone.
    published_at: str | None = None
    #: ISO 8601 with offset, or None.
    modified_at: str | None = None
    #: Section name, or None.
    category: str | None = None
    #: Tag names.
    tags: list[str] = field(default_factory=list)
    #: ``{"url", "caption", "credit"}`` per article image.
    images: list[dict] = field(default_factory=list)
    #: ``{"block", "url", "title"}`` per link of the followed related blocks.
    related: list[dict] = field(default_factory=list)
    #: Language code of the text.
    language: str = "vi"
    #: ISO 8601 UTC time the page was crawled (set by a pipeline).
    crawled_at: str | None = None
    #: Hash of the normalised title + body (set by a pipeline).
    content_hash: str | None = None


ARTICLE_FIELDS = [f.name for f in fields(Article)]
