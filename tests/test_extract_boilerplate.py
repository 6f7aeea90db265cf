"""The body keeps the article's text and drops the furniture boxes and lines news sites put inside it.

One table per kind of furniture, each row a different markup of it (the words are what
sites print; the markup varies from site to site): the page's body must hold every
paragraph of the article and none of the box.
"""

import pytest

from newsbot import article_from_html
from newsbot.extract.boilerplate import is_box_heading, is_dateline, without_furniture_lines

URL = "https://tin-tuc-mau.vn/xa-hoi/nguoi-dan-don-mua-lu-12345.html"
TITLE = "Người dân vùng lũ chủ động chuẩn bị trước mùa mưa bão năm nay"
LEAD = "Trước dự báo mưa lớn kéo dài, nhiều địa phương đã chủ động sơ tán người dân khỏi vùng trũng thấp."
PARAGRAPHS = [
    "Theo Ban chỉ huy phòng chống thiên tai tỉnh, từ đầu tuần đến nay đã có hơn 2.000 hộ dân được hỗ trợ "
    "di dời đến nơi an toàn, chủ yếu ở các xã ven sông và vùng thường xuyên bị ngập sâu.",
    "Ông Nguyễn Văn An, Chủ tịch UBND xã, cho biết lực lượng dân quân, công an và đoàn viên thanh niên đã "
    "túc trực suốt đêm để giúp người dân kê cao đồ đạc, di chuyển gia súc và lương thực lên vùng cao.",
    "Cơ quan khí tượng dự báo trong ba ngày tới mưa sẽ còn tiếp diễn, lượng mưa phổ biến từ 100 đến 200 mm, "
    "có nơi trên 300 mm, nguy cơ cao xảy ra lũ quét và sạt lở đất ở các huyện miền núi.",
    "Người dân được khuyến cáo không qua lại các ngầm tràn, không vớt củi trên sông và theo dõi thường "
    "xuyên thông tin cảnh báo trên phương tiện thông tin đại chúng cũng như loa truyền thanh của xã.",
]
RELATED = ["Hà Nội chủ động ứng phó với mưa lớn kéo dài", "Sạt lở đất uy hiếp hàng trăm hộ dân miền núi",
           "Cảnh báo lũ quét tại các tỉnh phía Bắc"]


def page(inside: str = "", after_lead: str = "", at_end: str = "") -> str:
    """An article page with ``inside`` between its second and third paragraph."""
    first, second, third, fourth = (f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:description" content="{LEAD}"></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/xa-hoi/">Xã hội</a> <a href="/kinh-te/">Kinh tế</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="sapo"><strong>{LEAD}</strong></p>{after_lead}
<div class="content-detail">{first}{second}{inside}{third}{fourth}{at_end}</div></article>
<aside><h3>Đọc nhiều</h3><ul><li><a href="/a-1.html">Một tin khác rất được quan tâm trong ngày</a></li></ul></aside>
</main><footer><p>Cơ quan chủ quản: Báo mẫu. Địa chỉ: 1 phố Mẫu, Hà Nội.</p></footer></body></html>"""


def links(titles=RELATED, path="/xa-hoi/tin-{}.html") -> str:
    return "".join(f'<li><a href="{path.format(i)}">{t}</a></li>' for i, t in enumerate(titles))


def body_of(html: str) -> str:
    return article_from_html(html, URL)["body"] or ""


def assert_article_kept_and(body: str, *dropped: str) -> None:
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    for text in dropped:
        assert text not in body


RELATED_BOXES = {
    "heading in strong, then a list": f"<div><strong>Tin liên quan</strong><ul>{links()}</ul></div>",
    "heading as its own paragraph, then a list": f"<p><b>Tham khảo thêm:</b></p><ul>{links()}</ul>",
    "h3 heading, links in a box": f'<div class="box"><h3>Nên đọc</h3><div>{links().replace("li>", "p>")}</div></div>',
    "table box": f"<table><tr><td><b>ĐỌC THÊM</b></td></tr><tr><td><ul>{links()}</ul></td></tr></table>",
    "one line with its link": f'<p><strong>Xem thêm:</strong> <a href="/xa-hoi/x-9.html">{RELATED[0]}</a></p>',
    "English heading": f"<section><h4>Related articles</h4><ul>{links()}</ul></section>",
    "English read-more line": f'<p>Read more: <a href="/xa-hoi/x-8.html">{RELATED[1]}</a></p>',
    "links without a heading": f'<div class="inline">{links()}</div>',
    "label span and a linked title": '<div class="callout"><span class="label">Tham khảo thêm</span><div><h4>'
                                     f'<a href="/xa-hoi/x-7.html">{RELATED[0]}</a></h4><a href="/xa-hoi/x-7.html">'
                                     '<img src="/anh/x-7.jpg" alt=""></a></div></div>',
    "items with teasers": "<div><h3>Bài viết liên quan</h3>" + "".join(
        f'<div class="item"><a href="/xa-hoi/t-{i}.html">{t}</a><p>Những diễn biến mới nhất về tình hình thời '
        f'tiết và công tác ứng phó của chính quyền địa phương {i}.</p></div>'
        for i, t in enumerate(RELATED)) + "</div>",
    "heading, then a box of items with teasers": "<h3>Có thể bạn quan tâm</h3><div>" + "".join(
        f'<article><a href="/xa-hoi/t-{i}.html">{t}</a><span>Cập nhật tình hình mới nhất từ các địa phương '
        f'trong vùng ảnh hưởng {i}.</span></article>' for i, t in enumerate(RELATED)) + "</div>",
}


BOX_HEADINGS = ["Tin liên quan", "Tham khảo thêm", "Nên đọc", "ĐỌC THÊM", "Xem thêm", "Related articles", "Read more",
                "Bài viết liên quan", "Có thể bạn quan tâm"]


@pytest.mark.parametrize("box", RELATED_BOXES.values(), ids=RELATED_BOXES.keys())
def test_a_related_links_box_inside_the_text_is_dropped(box):
    assert_article_kept_and(body_of(page(inside=box)), *RELATED, *BOX_HEADINGS)


UNDER_THE_LEAD = {
    "list": f"<ul class='list-news'>{links()}</ul>",
    "box with heading": f"<div><p><strong>Tin liên quan</strong></p>{links().replace('li>', 'p>')}</div>",
}


@pytest.mark.parametrize("box", UNDER_THE_LEAD.values(), ids=UNDER_THE_LEAD.keys())
def test_related_links_right_under_the_lead_are_dropped(box):
    assert_article_kept_and(body_of(page(after_lead=box)), *RELATED, *BOX_HEADINGS)


INVITATIONS = {
    "plain": "<p>Mời bạn đọc vào chuyên mục Xã hội xem các tin, bài liên quan.</p>",
    "with link": '<p><em>Mời quý độc giả xem thêm các tin bài liên quan tại <a href="/xa-hoi/">chuyên mục Xã hội</a>'
                 '</em></p>',
    "English follow": "<p>Follow us on Twitter and Facebook for the latest news.</p>",
    "English newsletter": "<p>Sign up for our daily newsletter to get the news in your inbox.</p>",
}


@pytest.mark.parametrize("line", INVITATIONS.values(), ids=INVITATIONS.keys())
def test_a_trailing_invitation_is_dropped(line):
    body = body_of(page(at_end=line))
    assert_article_kept_and(body, "Mời", "Follow us", "Sign up")


def _card(name: str, inner: str = "{}") -> str:
    """A name's link and the hover card after it listing the person's latest articles."""
    card = inner.format(f'<a href="/nguoi/1">{name}</a>' + " ".join(
        f'<a href="/bai-{i}.html">{t}</a>' for i, t in enumerate(RELATED)) + ' <a href="/nguoi/1">MORE</a>')
    return f'<span class="person"><a href="/nguoi/1">{name}</a><span class="card">{card}</span></span>'


HOVER_CARDS = {
    "card of links": (f"<p>Ông {_card('Nguyễn Văn An')}, Chủ tịch UBND xã, cho biết đã có đủ lương thực.</p>",
                      "Ông Nguyễn Văn An, Chủ tịch UBND xã, cho biết đã có đủ lương thực."),
    "card with a photo, in a styled span": (
        '<p><span style="font-weight: 400;">Rep. ' + _card("Jane Roe", '<span><img src="/p.jpg" alt="">{}</span>')
        + " (D-Minn.) said on Monday that the shelters would stay open.</span></p>",
        "Rep. Jane Roe (D-Minn.) said on Monday that the shelters would stay open."),
}


@pytest.mark.parametrize("paragraph, text", HOVER_CARDS.values(), ids=HOVER_CARDS.keys())
def test_a_hover_card_inside_a_sentence_is_dropped_and_the_sentence_kept(paragraph, text):
    body = body_of(page(inside=paragraph))
    assert_article_kept_and(body, *RELATED, "MORE")
    assert text in body.split("\n\n")


def test_a_comment_thread_inside_the_container_is_dropped():
    comment = ("Bài viết rất hay, cảm ơn tác giả đã phản ánh kịp thời tình hình mưa lũ ở quê tôi, "
               "mong chính quyền tiếp tục hỗ trợ bà con trong những ngày tới.")
    thread = '<div id="comments"><h3>Bình luận</h3>' + "".join(
        f'<div class="comment"><b>Bạn đọc {i}</b><p>{comment}</p></div>' for i in range(6)) + "</div>"
    assert_article_kept_and(body_of(page(at_end=thread)), comment, "Bình luận")


HIDDEN_TEXT = "Nội dung ẩn dành cho máy tìm kiếm, không hiển thị cho bạn đọc."


@pytest.mark.parametrize("attributes", ['style="display: none"', 'style="color:red; visibility:hidden"', "hidden",
                                        'aria-hidden="true"', 'class="box" rel="sponsored nofollow"'])
def test_hidden_text_is_dropped(attributes):
    hidden = f"<div {attributes}>{HIDDEN_TEXT}</div>"
    assert_article_kept_and(body_of(page(inside=hidden)), "Nội dung ẩn")


def test_a_paragraph_in_a_hidden_box_is_dropped():
    hidden = f'<div style="display:none"><div><p>{HIDDEN_TEXT}</p></div></div>'
    assert_article_kept_and(body_of(page(inside=hidden)), "Nội dung ẩn")


def test_what_looks_like_furniture_but_is_the_article_is_kept():
    subheading = "<h2>Chủ động phương án sơ tán</h2>"
    steps = "<ul><li>Kê cao đồ đạc trong nhà</li><li>Dự trữ lương thực, nước uống</li></ul>"
    mention = "<p>Người dân có thể xem thêm hướng dẫn trên cổng thông tin của tỉnh khi cần thiết.</p>"
    body = body_of(page(inside=subheading + steps + mention))
    assert_article_kept_and(body)
    for kept in ("Chủ động phương án sơ tán", "Kê cao đồ đạc trong nhà", "xem thêm hướng dẫn"):
        assert kept in body


@pytest.mark.parametrize("heading, is_box", [
    ("Tin liên quan", True), ("TIN CÙNG CHUYÊN MỤC", True), ("Có thể bạn quan tâm", True), ("Xem thêm:", True),
    ("Bài viết liên quan", True), ("You may also like...", True), ("Most read in world news", True),
    ("Chủ động phương án sơ tán", False), ("Xem thêm hướng dẫn trên cổng thông tin", False), ("Kết quả", False),
])
def test_box_headings(heading, is_box):
    assert is_box_heading(heading) is is_box


@pytest.mark.parametrize("line, is_date", [
    ("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019", True),
    ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", True),
    ("By Justine Coleman - 11/18/19 11:04 PM EST", True),
    ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", True),
    ("Sáng 22/10/2025, Thủ tướng dự hội nghị.", False),
    ("Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX", False),
    ("Ngày 22/10/2025, đoàn công tác của tỉnh đã đến thăm và tặng quà cho các hộ dân bị ảnh hưởng.", False),
])
def test_date_lines(line, is_date):
    assert is_dateline(line) is is_date


def test_date_lines_are_dropped_only_at_the_edges_of_the_text():
    middle = "Ngày 22/10/2025"
    lines = ["Cập nhật 22/10/2025 19:25", *PARAGRAPHS, middle, *PARAGRAPHS, "Photo: Nguyễn Văn B, TTXVN"]
    assert without_furniture_lines(lines) == [*PARAGRAPHS, middle, *PARAGRAPHS]


PROFILE = ["Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.",
           "Ascom is headquartered in Baar (Switzerland) and employs around 1,300 people worldwide."]
# (kind, lines, the publisher's keys, lines kept)
CLOSING_PROFILES = [
    ("About heading over the company's profile, contacts after it",
     [*PARAGRAPHS, "About Ascom", *PROFILE, "Media contact: press@example.com"], set(), PARAGRAPHS),
    ("the publisher describing itself, no heading", [*PARAGRAPHS, *PROFILE], {"ascom"}, PARAGRAPHS),
    ("a Vietnamese publisher describing itself",
     [*PARAGRAPHS, "Tin Tức Mẫu là cơ quan ngôn luận của Hội Nhà báo tỉnh."], {"tintucmau"}, PARAGRAPHS),
    ("another company described at the end, no heading",
     [*PARAGRAPHS, "Vinamilk là một trong những doanh nghiệp sữa lớn nhất khu vực."], {"tintucmau"},
     [*PARAGRAPHS, "Vinamilk là một trong những doanh nghiệp sữa lớn nhất khu vực."]),
    ("the publisher describing itself where the text begins", [*PROFILE, *PARAGRAPHS], {"ascom"},
     [*PROFILE, *PARAGRAPHS]),
]


@pytest.mark.parametrize("lines, publishers, kept", [row[1:] for row in CLOSING_PROFILES],
                         ids=[row[0] for row in CLOSING_PROFILES])
def test_a_closing_profile_of_the_publisher_or_an_about_box_is_dropped(lines, publishers, kept):
    assert without_furniture_lines(lines, publishers) == kept


def test_the_page_drops_its_publisher_s_closing_profile():
    profile = "<hr><p>Tin Tức Mẫu là cơ quan ngôn luận của Hội Nhà báo tỉnh, ra số đầu tiên năm 1990.</p>"
    assert_article_kept_and(body_of(page(at_end=profile)), "cơ quan ngôn luận")
