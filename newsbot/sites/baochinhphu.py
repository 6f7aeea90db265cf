"""baochinhphu.vn (Báo Điện tử Chính phủ): its profile.

Articles are "/<slug>-<18 digits>.htm"; sections "/<section>.htm". Related articles inside
the text are boxed under "Tham khảo thêm".
"""

import re

from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="baochinhphu",
    domains=("baochinhphu.vn",),
    start_urls=("https://baochinhphu.vn/",),
    article_path=re.compile(r"-(?P<id>\d{15,})\.htm$"),
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?\.htm"),
    tag_path=re.compile(r"/(?:tag|chu-de|su-kien)/|/tags?\.htm"),
    block_headings=("Tham khảo thêm", "Tin liên quan", "Tin cùng chuyên mục"),
    zone_headings=("Tin mới", "Đọc nhiều", "Xem nhiều", "Tin nổi bật", "Video"),
    publisher_names=("Báo Điện tử Chính phủ", "baochinhphu.vn", "Cổng Thông tin điện tử Chính phủ", "VGP"),
    boilerplate=("Chia sẻ", "In bài viết"),
    robots_sitemaps=True,
)
