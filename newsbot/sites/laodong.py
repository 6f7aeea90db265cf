"""laodong.vn (Lao Động): its profile.

Articles are "/<section>/<slug>-<7 digits>.ldo"; sections "/<section>" and
"/<section>/<sub>". Not laodongthudo.vn, another paper.
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="laodong",
    domains=("laodong.vn",),
    start_urls=("https://laodong.vn/",),
    article_path=re.compile(r"-(?P<id>\d{5,})\.ldo$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?"),
    tag_path=re.compile(r"/(?:tags?|chu-de|su-kien)/"),
    mirror_hosts=("m.laodong.vn",),
    block_headings=("Tin liên quan", "Tin cùng chuyên mục", "Xem thêm"),
    zone_headings=("Tin mới", "Đọc nhiều", "Tin nổi bật", "Bình luận", "Video"),
    publisher_names=("Lao Động", "Báo Lao Động", "laodong.vn"),
    boilerplate=("Chia sẻ", "Bình luận"),
    feeds=("/rss/home.rss",),
    robots_sitemaps=True,
)
