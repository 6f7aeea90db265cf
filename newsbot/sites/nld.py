"""nld.com.vn (Người Lao Động): its profile.

Articles are "/<slug>-<18 digits>.htm" (a site number, a date and a counter); sections
"/<section>.htm".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="nld",
    domains=("nld.com.vn",),
    start_urls=("https://nld.com.vn/",),
    article_path=re.compile(r"-(?P<id>\d{15,})\.htm$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?\.htm"),
    tag_path=re.compile(r"/(?:tag|chu-de|su-kien)/|-tag\d*\.htm$"),
    mirror_hosts=("m.nld.com.vn",),
    block_headings=("Tin liên quan", "Tin cùng chuyên mục"),
    zone_headings=("Tin mới", "Đọc nhiều", "Xem nhiều", "Bình luận", "Video"),
    publisher_names=("Người Lao Động", "Báo Người Lao Động", "NLĐO", "nld.com.vn"),
    boilerplate=("Chia sẻ", "Bình luận"),
    feeds=("/rss/home.rss",),
    robots_sitemaps=True,
)
