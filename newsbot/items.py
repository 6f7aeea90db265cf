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
    #: The story: one id shared by every syndicated copy of the text, on any site ("site/article_id"
    #: of the first version seen). An article is a copy when its story_id is not its own.
    story_id: str | None = None
    #: ``{"site", "url"}`` of every version of the story known when the article was placed (on stored
    #: articles: every version stored), this one included.
    outlets: list[dict] = field(default_factory=list)
    #: The LSH band keys of the text's MinHash, by which its copies are found (stored, not in feeds).
    story_bands: list[str] = field(default_factory=list)


ARTICLE_FIELDS = [f.name for f in fields(Article)]
#: What feeds carry: everything but the lookup keys.
FEED_FIELDS = [f for f in ARTICLE_FIELDS if f != "story_bands"]
