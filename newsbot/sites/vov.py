"""vov.vn (Đài Tiếng nói Việt Nam, VOV): its profile.

Articles are "/<section>/<slug>-post<6 digits>.vov"; sections "/<section>" and
"/<section>/<sub>".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="vov",
    domains=("vov.vn",),
    start_urls=("https://vov.vn/",),
    article_path=re.compile(r"-post(?P<id>\d{4,})\.vov$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?"),
    tag_path=re.compile(r"/(?:tag|tags|chu-de|su-kien)/"),
    mirror_hosts=("m.vov.vn",),
    block_headings=("Tin liên quan", "Tin cùng chuyên mục"),
    zone_headings=("Tin mới", "Đọc nhiều", "Xem thêm", "Tin nổi bật", "Bình luận", "Video"),
    publisher_names=("VOV", "VOV.VN", "Đài Tiếng nói Việt Nam", "Báo điện tử VOV"),
    boilerplate=("Chia sẻ", "Bình luận"),
    robots_sitemaps=True,
)
