"""vietnamnet.vn (VietNamNet): its profile.

Articles are "/<slug>-<7 digits>.html"; sections "/<section>" and "/<section>/<sub>".
It publishes a Google News sitemap ("/sitemap-news.xml").
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="vietnamnet",
    domains=("vietnamnet.vn",),
    start_urls=("https://vietnamnet.vn/",),
    article_path=re.compile(r"-(?P<id>\d{6,})\.html$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?"),
    tag_path=re.compile(r"/(?:tag|chu-de|tim-kiem)/|/tag/"),
    mirror_hosts=("m.vietnamnet.vn",),
    block_headings=("Tin liên quan", "Tin cùng chuyên mục", "Đọc thêm"),
    zone_headings=("Tin mới", "Đọc nhiều", "Xem thêm", "Tin nổi bật", "Bình luận", "Video"),
    publisher_names=("VietNamNet", "Báo VietNamNet", "vietnamnet.vn"),
    boilerplate=("Chia sẻ", "Bình luận"),
    feeds=("/rss/tin-moi-nhat.rss",),
    sitemaps=("/sitemap-news.xml",),
)
