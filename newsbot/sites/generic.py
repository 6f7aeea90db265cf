"""What newsbot assumes of a Vietnamese news site it has no profile of.

Used by the ``news`` spider: an article is a page whose structured data says so
(``NewsArticle``, ``og:type=article``) or whose URL carries an id; related blocks are
found under the headings Vietnamese papers commonly give them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import cached_property
from urllib.parse import urlsplit

from newsbot.pages.article import ArticlePage
from newsbot.pages.navigation import PageNavigation
from newsbot.sites.profile import SiteProfile

#: Types of JSON-LD objects that are an article page's own.
ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting"})

GENERIC_PROFILE = SiteProfile(
    name="news",
    domains=(),
    start_urls=(),
    # An id ends the path, maybe after a letter prefix ("-d538952", "-post1234567"): before a
    # page's extension (".html", ".htm", ".chn", ".vov"; not a script's, a style sheet's, an
    # image's or a feed's), or of five digits or more without one ("/1234567/", not "/2024").
    article_path=re.compile(r"[-_/.](?:[a-z]{1,4})?(?P<id>\d+)"
                            r"(?:\.(?!(?:js|css|json|xml|rss|jpe?g|png|gif|webp|svg|pdf|mp[34])$)[a-z0-9]{2,5}"
                            r"|(?<=\d{5})/?)$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?(?:\.html?|\.[a-z]{3}|/)?"),
    tag_path=re.compile(r"/(?:tag|tags|chu-de|su-kien|tu-khoa)/"),
    block_headings=("Tin liên quan", "Bài liên quan", "Tin cùng chuyên mục", "Đọc thêm", "Xem thêm",
                    "Tin khác", "Nên xem", "Tham khảo thêm", "Bài viết liên quan", "Tin tức liên quan"),
    zone_headings=("Đọc nhiều", "Xem nhiều", "Tin mới", "Tin mới nhất", "Tin nổi bật", "Có thể bạn quan tâm",
                   "Bình luận", "Ý kiến bạn đọc", "Video", "Từ khóa", "Tags"),
    boilerplate=("Chia sẻ", "Bình luận", "Quảng cáo", "In bài viết"),
    robots_sitemaps=True,
)


def profile_for(start_urls: list[str]) -> SiteProfile:
    """The generic profile on the hosts of these start URLs: only they are crawled."""
    hosts = tuple(dict.fromkeys(host for url in start_urls if (host := urlsplit(url).hostname)))
    return replace(GENERIC_PROFILE, domains=hosts, start_urls=tuple(start_urls))


def generic_profile(url: str) -> SiteProfile:
    """The generic profile for the host of one page's URL."""
    return profile_for([url])


class GenericNavigation(PageNavigation):
    @cached_property
    def says_article(self) -> bool:
        """Whether the page's structured data calls it an article."""
        types = self.document.ld_article.get("@type") or ()
        types = {types} if isinstance(types, str) else set(types)
        return bool(types & ARTICLE_TYPES) or (self.document.meta_first("og:type") or "").lower() == "article"

    @cached_property
    def is_article(self) -> bool:
        return self.says_article or super().is_article


class GenericArticlePage(ArticlePage):
    profile = GENERIC_PROFILE
    navigation_class = GenericNavigation
    navigation: GenericNavigation

    @cached_property
    def article_id(self) -> str | None:
        """The id the URL carries, else, on a page that says it is an article, a digest of its URL."""
        if super().article_id:
            return super().article_id
        if not self.navigation.says_article:
            return None
        return hashlib.sha1(self.navigation.canonical.encode()).hexdigest()[:16]
