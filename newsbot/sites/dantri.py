"""dantri.com.vn (Dân trí): its profile.

Articles are "/<section>/<slug>-<17 digits>.htm" (a timestamp and a counter); sections
"/<section>.htm" and "/<section>/<sub>.htm".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="dantri",
    domains=("dantri.com.vn",),
    start_urls=("https://dantri.com.vn/",),
    article_path=re.compile(r"-(?P<id>\d{14,})\.htm$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?\.htm"),
    tag_path=re.compile(r"/(?:tag|chu-de|su-kien)/"),
    mirror_hosts=("m.dantri.com.vn",),
    block_headings=("Tin liên quan", "Tin cùng chuyên mục"),
    zone_headings=("Tin mới", "Đọc nhiều", "Tin nổi bật", "Xem nhiều", "Bình luận"),
    publisher_names=("Dân trí", "Báo Dân trí", "Dantri", "dantri.com.vn"),
    boilerplate=("Xem thêm", "Chia sẻ", "Bình luận"),
    hints={
        "title": ("h1.title-page",),
        "summary": ("h2.singular-sapo",),
        "body": ("div.singular-content",),
        "author": ("div.author-name",),
    },
    feeds=("/rss/home.rss",),
    robots_sitemaps=True,
)
