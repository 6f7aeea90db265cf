"""tuoitre.vn (Tuổi Trẻ): its profile.

Articles are "/<slug>-<17 digits>.htm" (older ones 8 to 9 digits), also under a section
host's folder ("/khoahocphothong/<slug>-104237593.htm"); sections "/<section>.htm".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="tuoitre",
    domains=("tuoitre.vn",),
    start_urls=("https://tuoitre.vn/",),
    article_path=re.compile(r"-(?P<id>\d{8,})\.htm$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?\.htm"),
    tag_path=re.compile(r"/(?:tag|chu-de|su-kien|tim-kiem)/|/tag/"),
    mirror_hosts=("m.tuoitre.vn",),
    block_headings=("Đọc thêm", "Tin liên quan", "Tin cùng chuyên mục"),
    zone_headings=("Đọc nhiều", "Tin mới", "Xem thêm", "Tin nổi bật", "Bình luận", "Video"),
    publisher_names=("Tuổi Trẻ", "Báo Tuổi Trẻ", "Tuổi Trẻ Online", "TTO", "tuoitre.vn"),
    boilerplate=("Chia sẻ", "Bình luận", "Xem thêm"),
    feeds=("/rss/tin-moi-nhat.rss",),
    robots_sitemaps=True,
)
