"""baodautu.vn (Báo Đầu tư): its profile.

Articles are "/<slug>-d<6 digits>.html"; sections "/<section>-d<number>/" and their pages.
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="baodautu",
    domains=("baodautu.vn",),
    start_urls=("https://baodautu.vn/",),
    article_path=re.compile(r"-d(?P<id>\d{3,})\.html$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:-d\d+)?/?"),
    tag_path=re.compile(r"/(?:tag|tags|chu-de)/"),
    mirror_hosts=("m.baodautu.vn",),
    block_headings=("Tin liên quan",),
    zone_headings=("Đọc nhiều", "Tin mới", "Xem thêm", "Tin nổi bật", "Bình luận"),
    publisher_names=("Báo Đầu tư", "Baodautu.vn", "baodautu.vn", "Đầu tư Online"),
    boilerplate=("Chia sẻ", "Xem thêm"),
    robots_sitemaps=True,
)
