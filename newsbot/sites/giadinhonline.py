"""giadinhonline.vn (Gia đình & Xã hội): its profile.

Articles are "/<slug>-d<6 digits>.html"; sections "/<section>/" and "/<section>/<sub>/".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="giadinhonline",
    domains=("giadinhonline.vn",),
    start_urls=("https://giadinhonline.vn/",),
    article_path=re.compile(r"-d(?P<id>\d{3,})\.html$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?/?"),
    tag_path=re.compile(r"/(?:tag|tags|chu-de)/"),
    block_headings=("Tin liên quan",),
    zone_headings=("Tin mới", "Tin đọc nhiều", "Xem thêm", "Đọc nhiều", "Bình luận", "Video"),
    publisher_names=("Gia đình & Xã hội", "Báo Gia đình & Xã hội", "giadinhonline.vn", "GĐXH"),
    boilerplate=("Chia sẻ", "Xem thêm"),
    robots_sitemaps=True,
)
