"""thanhnien.vn (Thanh Niên): its profile.

Articles are "/<slug>-<18 digits>.htm"; sections "/<section>.htm".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="thanhnien",
    domains=("thanhnien.vn",),
    start_urls=("https://thanhnien.vn/",),
    article_path=re.compile(r"-(?P<id>\d{15,})\.htm$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?\.htm"),
    tag_path=re.compile(r"/(?:tag|chu-de|su-kien|tim-kiem)/|-tag\d*\.htm$"),
    mirror_hosts=("m.thanhnien.vn",),
    block_headings=("Tin liên quan", "Đọc thêm", "Tin cùng chuyên mục"),
    zone_headings=("Tin mới", "Đọc nhiều", "Xem thêm", "Tin nổi bật", "Bình luận", "Video"),
    publisher_names=("Thanh Niên", "Báo Thanh Niên", "thanhnien.vn"),
    boilerplate=("Chia sẻ", "Bình luận"),
    feeds=("/rss/home.rss",),
    robots_sitemaps=True,
)
