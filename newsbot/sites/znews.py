"""znews.vn (Znews, formerly Zing News): its profile.

Articles are "/<slug>-post<7 digits>.html"; sections "/<section>.html".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="znews",
    domains=("znews.vn", "zingnews.vn"),
    start_urls=("https://znews.vn/",),
    article_path=re.compile(r"-post(?P<id>\d{5,})\.html$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?\.html"),
    tag_path=re.compile(r"/(?:tieu-diem|chu-de|tag)/"),
    block_headings=("Đọc tiếp", "Tin liên quan", "Bài liên quan"),
    zone_headings=("Tin mới", "Đọc nhiều", "Xem thêm", "Tin nổi bật", "Bình luận", "Video"),
    publisher_names=("Znews", "Zing News", "ZNEWS.VN", "znews.vn"),
    boilerplate=("Chia sẻ", "Bình luận"),
    robots_sitemaps=True,
)
