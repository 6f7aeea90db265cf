"""laodongthudo.vn (Lao Động Thủ Đô): profile and page object."""

from __future__ import annotations

import re

from newsbot.pages.article import ArticlePage
from newsbot.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="laodongthudo",
    domains=("laodongthudo.vn",),
    start_urls=("https://laodongthudo.vn/",),
    # Articles end in ".html"; e-magazine articles in ".media".
    article_path=re.compile(r"-(?P<id>\d+)\.(?:html?|media)$"),
    # Sections: "/thoi-su.html", "/thoi-su", "/thoi-su/ha-noi" and a section
    # subdomain's front page ("tacnghiep.laodongthudo.vn/").
    section_path=re.compile(r"/|/[a-z0-9-]+(?:/[a-z0-9-]+)?(?:\.html?|/)?"),
    tag_path=re.compile(r"(?:\.tag$|/tag/|/tags/|/chu-de/)"),
    mirror_hosts=("m.laodongthudo.vn",),
    block_headings=("Tin khác", "Nên xem"),
    zone_headings=(
        "Có thể bạn quan tâm", "Đọc nhiều", "Tin liên quan", "Tin mới", "Tin mới nhất",
        "Xem nhiều", "Bình luận", "Ý kiến bạn đọc", "Tin cùng chuyên mục", "Video",
        "Chùm ảnh", "Từ khóa", "Tags", "Xem thêm",
    ),
    dateline_marks=("LĐTĐ",),
    publisher_names=("Lao Động Thủ Đô", "Báo Lao Động Thủ Đô", "Lao động Thủ đô", "laodongthudo.vn"),
    boilerplate=("Phiên bản di động", "Xem thêm", "Có thể bạn quan tâm", "Quảng cáo",
                 "Chia sẻ", "In bài viết", "Bình luận"),
    hints={
        "title": ("h1.title-detail", "h1.detail-title", ".detail_info h1", "article h1"),
        "summary": (".sapo", ".detail-sapo", ".article-sapo", ".sapo_detail", "h2.sapo"),
        "body": (".content_detail", ".detail-content", ".article-content", "[itemprop=articleBody]"),
        "date": (".detail_info", ".detail-time", ".date", ".time", ".publish-date"),
        "category": (".breadcrumb", ".detail_info a", ".cate"),
        "author": (".author", ".detail-author", ".tac-gia", "[itemprop=author]"),
    },
    id_query_params=("i",),
    # E-magazine pages are laid out by scripts: their plain HTML holds only the opening.
    script_rendered_path=re.compile(r"\.media$"),
)


class LaodongthudoArticlePage(ArticlePage):
    profile = PROFILE
