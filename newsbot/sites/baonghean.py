"""baonghean.vn (Báo Nghệ An): its profile.

Articles are "/<slug>-<digits>.html"; the same articles in other languages live under
"/en/", "/fr/"...; sections "/<section>/" and "/<section>/<sub>/".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="baonghean",
    domains=("baonghean.vn",),
    start_urls=("https://baonghean.vn/",),
    article_path=re.compile(r"^(?!/(?:en|fr|ru|lo|zh)/).*-(?P<id>\d{5,})\.html$"),
    section_path=re.compile(r"/|/(?!en/|fr/|ru/|lo/|zh/)[a-z0-9-]+(?:/[a-z0-9-]+)?/?"),
    tag_path=re.compile(r"/(?:tag|tags|chu-de|tim-kiem)/|/tag-"),
    block_headings=("Bài liên quan", "Tin liên quan"),
    zone_headings=("Đọc nhiều", "Xem thêm", "Tin mới", "Tin nổi bật", "Video", "Bình luận"),
    publisher_names=("Báo Nghệ An", "baonghean.vn", "Báo Nghệ An điện tử"),
    boilerplate=("Chia sẻ", "Xem thêm"),
    robots_sitemaps=True,
)
