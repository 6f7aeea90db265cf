"""cafef.vn (CafeF): its profile.

Articles are "/<slug>-<17 or 18 digits>.chn"; sections "/<section>.chn".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="cafef",
    domains=("cafef.vn",),
    start_urls=("https://cafef.vn/",),
    article_path=re.compile(r"-(?P<id>\d{14,})\.chn$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?\.chn"),
    tag_path=re.compile(r"/tags?/"),
    mirror_hosts=("m.cafef.vn",),
    block_headings=("Tin cùng chuyên mục", "Tin liên quan"),
    zone_headings=("Tin mới", "Đọc nhiều", "Xem nhiều", "Tin nổi bật", "Bình luận"),
    publisher_names=("CafeF", "cafef.vn", "Trang tin tức kinh tế CafeF"),
    boilerplate=("Xem thêm", "Chia sẻ", "Theo dõi CafeF"),
    feeds=("/rss/tin-moi-nhat.rss",),
    robots_sitemaps=True,
)
