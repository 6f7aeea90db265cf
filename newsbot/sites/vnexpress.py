"""vnexpress.net (VnExpress): its profile.

Articles end in "-<7 digits>.html" on the main host and on section hosts (e-magazine
"vnexpress.net/...", "video.vnexpress.net" lists videos, left out). Its article pages link
no other article under a heading: new articles are found from its RSS feeds and sitemaps.
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="vnexpress",
    domains=("vnexpress.net",),
    start_urls=("https://vnexpress.net/",),
    article_path=re.compile(r"-(?P<id>\d{6,})\.html$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?"),
    tag_path=re.compile(r"/(?:chu-de|tag)/"),
    mirror_hosts=("video.vnexpress.net", "e.vnexpress.net"),
    block_headings=(),
    zone_headings=("Xem nhiều", "Tin nổi bật", "Ý kiến", "Video"),
    publisher_names=("VnExpress", "Báo VnExpress", "VnExpress.net"),
    boilerplate=("Chia sẻ", "Lưu", "Bình luận", "Quay lại chuyên mục"),
    hints={
        "title": ("h1.title-detail",),
        "summary": ("p.description",),
        "body": ("article.fck_detail",),
        "date": ("span.date",),
        "category": ("ul.breadcrumb",),
        "author": ("p.author_mail", "p.Normal[style*=right]"),
    },
    feeds=("/rss/tin-moi-nhat.rss",),
    robots_sitemaps=True,
    # Its sitemap index lists news sitemaps by day and category; all of them are articles.
    sitemap_follow=re.compile(r"news|article|\d{4}"),
)
