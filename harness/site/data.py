"""Content of the laodongthudo.vn replica: articles, sections, tags and link plan.

Only data lives here; harness/site/build.py renders it. Text is NFC Vietnamese.

The seed article (116535) and the titles/summaries of the 17 articles listed in its
"Nên xem" / "Tin khác" blocks are the real texts of harness/site/seed/laodongthudo-116535.txt
(build.py checks them against that file). Bodies of the other articles are made up.

Body elements: a str is a paragraph (inline marks: **bold**, //italic//,
[[KEY|text]] a link to article KEY); ("h2", text) a subheading; Img(...) a figure;
EMPTY an empty CMS paragraph (<p>&nbsp;</p>).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Img:
    src: str  # site path of the image
    caption: str  # caption without the credit
    credit: str | None = None  # printed as a trailing "Ảnh: <credit>" in the caption


EMPTY = ("empty",)


def H2(text: str) -> tuple:
    return ("h2", text)


@dataclass
class Article:
    key: str  # short name used in this file ("SEED", "N1", "T4", ...)
    id: int
    title: str
    sapo: str  # the lead, without the "(LĐTĐ)" dateline mark
    section: str  # the section it belongs to (markup C pages do not show it)
    published: str  # "YYYY-MM-DD HH:MM", Vietnam time
    markup: str  # "A" (2020-era), "B" (modern), "C" (flat, scrambled classes)
    body: list
    author: str | None = None
    modified: str | None = None
    tags: list = field(default_factory=list)
    mark: bool = True  # sapo printed as "(LĐTĐ) <sapo>"
    role: str = "block"  # how the crawler can reach it, see ROLES
    variant: str = ""  # markup twist, see VARIANTS
    inline: list = field(default_factory=list)  # keys in the inline related box


# role -> why the page is (not) reachable by a correct crawler starting at "/"
ROLES = {
    "seed": "the start article; reachable from / through a back-link in a block",
    "block": "listed in the seed's Nên xem / Tin khác blocks",
    "older": "older section news, only in the Tin khác blocks of other block articles",
    "listing": "only listed on the front/section pages (newer than the blocks)",
    "inline": "only linked from inline related boxes after the sapo (not followed)",
    "sidebar": "only linked from the 'Đọc nhiều' sidebar of article pages (not followed)",
    "body": "only linked from inside a body paragraph (not followed)",
    "tag": "only listed on a tag page (tag links are not followed)",
}

VARIANTS = {
    "no-jsonld-dates": "markup A without dates in JSON-LD: only 'Thời sự 12:15 | 14/12/2025'",
    "weekday-gmt": "markup C date 'Thứ sáu, 26/12/2025 10:20 (GMT+7)' (the default for C)",
    "weekday": "markup C date 'Thứ hai, 15/12/2025 08:30' without zone",
    "dash": "markup C date '26/12/2025 - 20:00'",
    "title-div": "markup C with the title in a <div> and og:title (no <h1>)",
}

# Sections: name -> listing path. Only the two MENU_SECTIONS have pages on the replica.
SECTION_PATHS = {
    "Thời sự": "/thoi-su.html",
    "Hà Nội": "/ha-noi.html",
    "Kinh tế": "/kinh-te.html",
    "Giáo dục": "/giao-duc.html",
    "Thể thao": "/the-thao.html",
    "Văn hóa": "/van-hoa.html",
}
MENU_SECTIONS = ["Thời sự", "Hà Nội"]

# Tag name -> tag id (tag listing pages are /<slug>-<id>.tag).
TAG_IDS = {
    "Chu Ngọc Anh": 1532,
    "Kinh tế - xã hội": 221,
    "UBND thành phố Hà Nội": 48,
    "Tỷ giá USD": 2950,
    "Ngân hàng": 310,
    "Giá vàng": 1203,
    "Sách giáo khoa": 4417,
    "Quả bóng vàng Việt Nam": 5120,
    "Hoàng Đức": 5121,
    "Thời tiết Hà Nội": 880,
    "MTTQ Hà Nội": 642,
    "Văn hóa - xã hội": 2231,
    "NSƯT Tân Nhàn": 6013,
    "HĐND thành phố Hà Nội": 57,
    "Công tác cán bộ": 1320,
    "Pháo hoa": 3377,
    "Tết Dương lịch 2026": 6120,
    "Tết Nguyên đán 2026": 6121,
    "Dịch vụ công trực tuyến": 2764,
    "Chuyển đổi số": 2450,
    "Thanh niên Thủ đô": 1610,
    "Sông Hồng": 733,
    "Kỳ họp thứ 29": 6088,
    "Đầu tư công": 1990,
    "Covid-19": 3001,
    "Giáo dục truyền thống": 3108,
    "Người lao động": 12,
    "Nước sạch": 920,
}
# The header's "Sự kiện" bar on every page (not the article's own tags).
HOT_TAGS = ["Giá vàng", "Tết Nguyên đán 2026", "Chuyển đổi số"]

IMG = "/stores/news_dataimages"

# --------------------------------------------------------------------------------------
# The seed article. Title, sapo, body, captions and byline are read from the seed file
# by build.py; here only what the text view lost.
# --------------------------------------------------------------------------------------
SEED = dict(
    key="SEED",
    id=116535,
    section="Thời sự",
    published="2020-12-11 17:30",
    modified="2020-12-11 19:12",
    markup="A",
    tags=["Chu Ngọc Anh", "Kinh tế - xã hội", "UBND thành phố Hà Nội"],
    role="seed",
    inline=["I1", "I2", "I3"],
)
# One image per caption of the seed text, in page order.
SEED_IMAGES = [
    (f"{IMG}/hoangphuc/122020/11/17/in_article/3529_chu-tich-chu-ngoc-anh.jpg", None),
    (f"{IMG}/hoangphuc/122020/11/17/in_article/3530_quang-canh-hoi-nghi.jpg", "Hoàng Phúc"),
]
# Inline emphasis added to seed paragraphs: (paragraph index, phrase, mark).
SEED_EMPHASIS = [(0, "chiều nay (11/12)", "**"), (1, "ông Chu Ngọc Anh nhấn mạnh", "//")]
# The three titles of the inline related box (line 4 of the seed text, run together).
INLINE_TITLES = {
    "I1": "Hà Nội: Người dân không nên lơ là, chủ quan trong phòng Covid-19",
    "I2": "Bí thư Thành ủy Vương Đình Huệ: Ưu tiên cao nhất cho phòng, chống dịch Covid-19",
    "I3": "Thực hiện tốt việc giáo dục truyền thống cách mạng cho thế hệ trẻ",
}
SEED_NEN_XEM = ["N1", "N2", "N3", "N4", "N5", "N6", "N7"]
SEED_TIN_KHAC = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10"]

# --------------------------------------------------------------------------------------
# The 17 articles of the seed's blocks (real titles and summaries; made-up bodies).
# --------------------------------------------------------------------------------------
NEN_XEM = [
    Article(
        key="N1", id=188112, markup="B", section="Kinh tế",
        published="2025-12-27 08:05", modified="2025-12-27 09:12",
        title="Tỷ giá USD hôm nay (27/12): Thị trường tự do tăng, trong ngân hàng đi ngang",
        sapo="Trên thị trường tự do, tỷ giá USD/VNĐ đang dao động quanh mức 26.750 đồng/USD ở chiều mua vào và 27.820 "
             "đồng/USD ở chiều bán ra; so với phiên trước, giá mua giảm 70 đồng, trong khi giá bán tăng vọt tới 950 "
             "đồng.",
        author="Khánh Linh", tags=["Tỷ giá USD", "Ngân hàng"], mark=False,
        body=[
            ("Sáng 27/12, Ngân hàng Nhà nước công bố tỷ giá trung tâm của đồng Việt Nam với đô la Mỹ ở mức 25.153 "
             "đồng/USD, không đổi so với phiên trước."),
            ("Tại các ngân hàng thương mại, giá USD được niêm yết phổ biến ở mức 26.060 - 26.400 đồng/USD, gần như "
             "**đi ngang** so với cuối tuần trước."),
            Img(f"{IMG}/khanhlinh/122025/27/08/in_article/ty-gia-usd.jpg", "Tỷ giá USD trên thị trường tự do tăng mạnh",
                "Minh họa"),
            H2("Thị trường tự do biến động mạnh"),
            "Trên thị trường tự do, giá bán USD tăng vọt tới 950 đồng so với phiên trước, lên mức 27.820 đồng/USD.",
            ("Các chuyên gia nhận định nhu cầu ngoại tệ thường tăng vào dịp cuối năm, khi doanh nghiệp thanh toán các "
             "hợp đồng nhập khẩu."),
        ],
    ),
    Article(
        key="N2", id=188109, markup="B", section="Kinh tế", published="2025-12-27 07:40",
        title="Giá vàng hôm nay (27/12): Vàng nhẫn tăng cao nhất 1 triệu đồng/lượng",
        sapo="Giá vàng hôm nay (27-12) ghi nhận đà tăng mạnh, vàng miếng SJC bật tăng 400 - 600 nghìn đồng mỗi lượng "
             "chỉ sau 24 giờ. Trong khi đó, vàng nhẫn Bảo Tín Minh Châu tăng mạnh nhất, có nơi vọt tới 1 triệu "
             "đồng/lượng.",
        author=None, tags=["Giá vàng"],
        body=[
            ("Mở cửa phiên giao dịch sáng 27/12, Công ty Vàng bạc đá quý Sài Gòn niêm yết giá vàng miếng SJC ở mức "
             "156,2 - 158,2 triệu đồng/lượng (mua vào - bán ra)."),
            ("Giá vàng nhẫn tại Bảo Tín Minh Châu được niêm yết ở mức 152,5 - 155,5 triệu đồng/lượng, tăng 1 triệu "
             "đồng/lượng so với hôm qua."),
            "Trên thị trường thế giới, giá vàng giao ngay tiếp tục neo gần vùng cao nhất mọi thời đại.",
        ],
    ),
    Article(
        key="N3", id=188104, markup="C", section="Giáo dục", published="2025-12-27 06:30",
        title="\"Kết nối tri thức với cuộc sống\" là sách giáo khoa thống nhất toàn quốc từ năm học 2026 - 2027",
        sapo="Bộ sách giáo khoa (SGK) \"Kết nối tri thức với cuộc sống\" của Nhà xuất bản Giáo dục Việt Nam đã được "
             "lựa chọn là bộ SGK giáo dục phổ thông sử dụng thống nhất toàn quốc từ năm học 2026 - 2027.",
        author="Phương Ngân", tags=["Sách giáo khoa"], variant="weekday-gmt",
        body=[
            ("Theo quyết định của Bộ Giáo dục và Đào tạo, bộ sách giáo khoa \"Kết nối tri thức với cuộc sống\" sẽ "
             "được sử dụng thống nhất trong các cơ sở giáo dục phổ thông trên cả nước."),
            Img(f"{IMG}/phuongngan/122025/27/06/in_article/sach-giao-khoa.jpg",
                "Bộ sách giáo khoa “Kết nối tri thức với cuộc sống”"),
            ("Việc sử dụng một bộ sách thống nhất được kỳ vọng giúp giảm chi phí cho phụ huynh, thuận lợi cho học "
             "sinh khi chuyển trường và bảo đảm tính đồng bộ trong dạy học."),
            ("Các địa phương được yêu cầu chủ động xây dựng kế hoạch cung ứng sách, bồi dưỡng giáo viên trước khi năm "
             "học mới bắt đầu."),
        ],
    ),
    Article(
        key="N4", id=188095, markup="B", section="Thể thao", published="2025-12-26 23:05",
        title="Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025",
        sapo="Tối 26/12, tại Nhà hát Bến Thành (Thành phố Hồ Chí Minh), Gala trao giải Quả bóng vàng Việt Nam 2025 do "
             "Báo Sài Gòn Giải Phóng tổ chức đã diễn ra trong bầu không khí trang trọng và giàu cảm xúc. Bước vào mùa "
             "trao giải thứ 30, bên cạnh tôn vinh cầu thủ xuất sắc, Ban Tổ chức đã mở rộng ý nghĩa của Quả bóng vàng "
             "Việt Nam, biến giải thưởng thành cầu nối giữa bóng đá và trách nhiệm xã hội.",
        author="Bảo Ngọc", tags=["Quả bóng vàng Việt Nam", "Hoàng Đức"],
        body=[
            ("Tiền vệ Nguyễn Hoàng Đức đã xuất sắc giành Quả bóng vàng Việt Nam 2025, đồng thời được bình chọn là cầu "
             "thủ được khán giả yêu thích nhất."),
            Img(f"{IMG}/baongoc/122025/26/23/in_article/hoang-duc.jpg", "Tiền vệ Nguyễn Hoàng Đức tại lễ trao giải",
                "SGGP"),
            H2("Mùa giải thứ 30 của Quả bóng vàng"),
            ("Bước vào mùa trao giải thứ 30, Ban Tổ chức đã mở rộng ý nghĩa của giải thưởng, biến Quả bóng vàng Việt "
             "Nam thành cầu nối giữa bóng đá và trách nhiệm xã hội."),
            ("Nhiều hoạt động thiện nguyện đã được tổ chức bên lề lễ trao giải, hướng tới các em nhỏ có hoàn cảnh khó "
             "khăn."),
        ],
    ),
    Article(
        key="N5", id=188090, markup="C", section="Hà Nội", published="2025-12-26 20:00",
        title="Dự báo thời tiết Hà Nội ngày 27/12: Ngày có nắng nhẹ, trời rét",
        sapo="Theo Trung tâm Dự báo Khí tượng Thuỷ văn Quốc gia, ngày 27/12, khu vực Hà Nội có mây, ngày nắng, trời "
             "rét.",
        author="Vũ Minh", tags=["Thời tiết Hà Nội"], variant="dash", mark=False,
        body=[
            ("Theo bản tin dự báo phát chiều 26/12, khu vực Hà Nội ngày mai có mây, ngày nắng, đêm và sáng sớm trời "
             "rét."),
            "Nhiệt độ thấp nhất từ 13 - 15 độ C, nhiệt độ cao nhất từ 21 - 23 độ C. Gió đông bắc cấp 2 - 3.",
            "Người dân cần chú ý giữ ấm cơ thể, đặc biệt với người cao tuổi và trẻ nhỏ khi ra ngoài vào sáng sớm.",
        ],
    ),
    Article(
        key="N6", id=188084, markup="A", section="Hà Nội",
        published="2025-12-26 17:45", modified="2025-12-26 20:02",
        title="Phản biện đa chiều, gắn hơi thở cơ sở trong xây dựng chính sách văn hóa - xã hội Hà Nội",
        sapo="Ngày 26/12, Hội đồng tư vấn Văn hóa - Xã hội (Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam thành phố Hà Nội "
             "tổ chức Hội nghị tổng kết công tác năm 2025 và triển khai phương hướng, nhiệm vụ trọng tâm năm 2026.",
        author="Ngọc Ánh", tags=["MTTQ Hà Nội", "Văn hóa - xã hội"],
        body=[
            ("Trong năm 2025, Hội đồng tư vấn Văn hóa - Xã hội đã tham gia góp ý nhiều dự thảo văn bản quan trọng của "
             "Thành phố, tổ chức các đoàn khảo sát tại cơ sở để lắng nghe ý kiến của người dân."),
            Img(f"{IMG}/ngocanh/122025/26/17/in_article/hoi-dong-tu-van.jpg", "Quang cảnh hội nghị tổng kết",
                "Ngọc Ánh"),
            ("Phát biểu tại hội nghị, lãnh đạo Ủy ban MTTQ Việt Nam thành phố đề nghị Hội đồng tiếp tục phát huy trí "
             "tuệ của các chuyên gia, phản biện đa chiều, gắn với hơi thở của cuộc sống cơ sở."),
            "Hội nghị cũng đã thống nhất chương trình công tác trọng tâm năm 2026.",
        ],
    ),
    Article(
        key="N7", id=188079, markup="C", section="Văn hóa", published="2025-12-26 16:20",
        title="NSƯT Tân Nhàn được bổ nhiệm chức danh Phó Giáo sư",
        sapo="Ngày 26/12, tại Học viện Âm nhạc Quốc gia Việt Nam, diễn ra lễ bổ nhiệm chức danh Phó Giáo sư đối với "
             "Tiến sĩ, NSƯT Tân Nhàn.",
        author="Hà Anh", tags=["NSƯT Tân Nhàn"], variant="title-div",
        body=[
            ("Học viện Âm nhạc Quốc gia Việt Nam đã tổ chức lễ công bố và trao quyết định bổ nhiệm chức danh Phó Giáo "
             "sư cho Tiến sĩ, NSƯT Tân Nhàn."),
            Img(f"{IMG}/haanh/122025/26/16/in_article/tan-nhan.jpg", "NSƯT Tân Nhàn tại lễ bổ nhiệm", "Hà Anh"),
            ("NSƯT Tân Nhàn hiện là giảng viên thanh nhạc dân gian, đã có nhiều năm gắn bó với công tác đào tạo tại "
             "Học viện."),
            ("Chia sẻ tại buổi lễ, chị bày tỏ niềm vinh dự và cho biết sẽ tiếp tục cống hiến cho sự nghiệp bảo tồn, "
             "phát huy âm nhạc truyền thống."),
        ],
    ),
]

TIN_KHAC = [
    Article(
        key="T1", id=188061, markup="B", section="Thời sự",
        published="2025-12-26 10:20", modified="2025-12-26 11:02",
        title="Công bố Nghị quyết của HĐND thành phố Hà Nội về công tác cán bộ",
        sapo="Sáng 26/12, Thường trực HĐND thành phố Hà Nội đã tổ chức hội nghị công bố Nghị quyết về công tác cán bộ.",
        author="Minh Anh", tags=["HĐND thành phố Hà Nội", "Công tác cán bộ"],
        body=[
            # a non-breaking space between "Sáng" and "26/12" (collapsed to a space)
            ("Sáng\u00a026/12, Thường trực HĐND thành phố Hà Nội tổ chức hội nghị công bố Nghị quyết của HĐND Thành "
             "phố về công tác cán bộ."),
            Img(f"{IMG}/minhanh/122025/26/10/in_article/cong-bo-nghi-quyet.jpg",
                "Quang cảnh hội nghị công bố Nghị quyết", "Minh Anh"),
            ("Tại hội nghị, đại diện lãnh đạo Thường trực HĐND Thành phố đã trao Nghị quyết và tặng hoa chúc mừng các "
             "đồng chí được bầu giữ chức vụ mới."),
            ("Phát biểu giao nhiệm vụ, lãnh đạo Thành phố đề nghị các đồng chí phát huy tinh thần trách nhiệm, đoàn "
             "kết, cùng tập thể hoàn thành tốt các nhiệm vụ được giao."),
        ],
    ),
    Article(
        key="T2", id=188040, markup="C", section="Thời sự", published="2025-12-25 20:45",
        title="Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026",
        sapo="Dịp Tết Dương lịch năm 2026, Hà Nội sẽ tổ chức bắn pháo hoa trong 15 phút, từ 23h45 ngày 31/12/2025 đến "
             "0h00 ngày 1/1/2026, tại 6 điểm trên địa bàn, gồm: Trụ sở Báo Hà Nội mới và Bưu điện Hà Nội; Đảo dừa - "
             "Công viên Thống Nhất; khuôn viên đường đua F1; Vườn hoa Lạc Long Quân và Hồ Văn Quán.",
        author="Thanh Hải", tags=["Pháo hoa", "Tết Dương lịch 2026"], variant="weekday-gmt",
        body=[
            "Ủy ban nhân dân thành phố Hà Nội vừa ban hành kế hoạch tổ chức bắn pháo hoa dịp Tết Dương lịch năm 2026.",
            ("Theo kế hoạch, pháo hoa sẽ được bắn trong 15 phút, từ 23h45 ngày 31/12/2025 đến 0h00 ngày 1/1/2026, tại "
             "6 điểm trên địa bàn Thành phố."),
            ("Thành phố giao Bộ Tư lệnh Thủ đô chủ trì, phối hợp với các đơn vị liên quan bảo đảm tuyệt đối an toàn "
             "cho các trận địa."),
        ],
    ),
    Article(
        key="T3", id=188012, markup="A", section="Thời sự", published="2025-12-24 11:30",
        title="Chủ tịch UBND thành phố Hà Nội trao quyết định bổ nhiệm, điều động 5 lãnh đạo sở, ngành, đơn vị",
        sapo="Sáng 24/12, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân (UBND) thành phố Hà "
             "Nội Vũ Đại Thắng chủ trì hội nghị công bố và trao các Quyết định của Chủ tịch UBND Thành phố về công "
             "tác cán bộ.",
        author="Hoàng Phúc", tags=["UBND thành phố Hà Nội", "Công tác cán bộ"],
        body=[
            ("Tại hội nghị, lãnh đạo Sở Nội vụ đã công bố các Quyết định của Chủ tịch UBND Thành phố về việc bổ "
             "nhiệm, điều động 5 đồng chí lãnh đạo sở, ngành, đơn vị."),
            Img(f"{IMG}/hoangphuc/122025/24/11/in_article/trao-quyet-dinh.jpg",
                "Chủ tịch UBND thành phố Hà Nội Vũ Đại Thắng trao quyết định cho các cán bộ", "Hoàng Phúc"),
            ("Chủ tịch UBND Thành phố đề nghị các cán bộ được giao nhiệm vụ mới nhanh chóng tiếp cận công việc, phát "
             "huy năng lực, kinh nghiệm để hoàn thành tốt nhiệm vụ."),
            ("Các đồng chí được bổ nhiệm, điều động bày tỏ sự cảm ơn và hứa sẽ nỗ lực hết mình, cùng tập thể đơn vị "
             "hoàn thành các nhiệm vụ được giao."),
        ],
    ),
    Article(
        key="T4", id=187990, markup="B", section="Thời sự",
        published="2025-12-23 15:10", modified="2025-12-23 16:40",
        title="Hà Nội thúc đẩy nâng cao chất lượng dịch vụ công trực tuyến toàn Thành phố",
        sapo="Ủy ban nhân dân (UBND) thành phố Hà Nội vừa có Công văn số 6686/UBND-NC triển khai Nghị quyết số "
             "77/2025/NQ-HĐND của Hội đồng nhân dân (HĐND) Thành phố.",
        author="Phương Ngân", tags=["Dịch vụ công trực tuyến", "Chuyển đổi số"],
        body=[
            ("Công văn số 6686/UBND-NC được ban hành nhằm triển khai [[Y1|Nghị quyết số 77/2025/NQ-HĐND]] của HĐND "
             "Thành phố về dịch vụ công trực tuyến."),
            H2("Nâng cao chất lượng phục vụ"),
            ("Thành phố yêu cầu các sở, ngành, UBND các phường, xã rà soát, chuẩn hóa quy trình, bảo đảm người dân, "
             "doanh nghiệp thực hiện thủ tục hành chính thuận lợi."),
            ("Các đơn vị cũng được giao nhiệm vụ đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực "
             "tuyến toàn trình."),
        ],
    ),
    Article(
        key="T5", id=187921, markup="C", section="Thời sự", published="2025-12-20 09:00",
        title="Hà Nội: Dự kiến tổ chức 38 trận địa pháo hoa đón Tết 2026",
        sapo="Hà Nội dự kiến tổ chức bắn pháo hoa dịp Tết Dương lịch và Tết Nguyên đán 2026 với tổng cộng 38 trận "
             "địa, kết hợp pháo hoa truyền thống và công nghệ trình diễn ánh sáng hiện đại để phục vụ Nhân dân Thủ đô.",
        author="Trần Vũ", tags=["Pháo hoa", "Tết Nguyên đán 2026"], variant="weekday-gmt",
        body=[
            ("Theo dự thảo kế hoạch, Hà Nội dự kiến tổ chức 38 trận địa pháo hoa phục vụ Nhân dân đón Tết Dương lịch "
             "và Tết Nguyên đán 2026."),
            Img(f"{IMG}/tranvu/122025/20/09/in_article/phao-hoa.jpg",
                "Pháo hoa rực sáng bầu trời Hà Nội dịp Tết năm trước", "Trần Vũ"),
            ("Bên cạnh pháo hoa truyền thống, Thành phố sẽ kết hợp công nghệ trình diễn ánh sáng hiện đại tại một số "
             "điểm trung tâm."),
            ("Các lực lượng chức năng được yêu cầu xây dựng phương án bảo đảm an ninh trật tự, phân luồng giao thông "
             "tại các khu vực bắn pháo hoa."),
            "Kế hoạch chi tiết sẽ được Thành phố công bố trong thời gian tới.",
        ],
    ),
    Article(
        key="T6", id=187842, markup="B", section="Thời sự", published="2025-12-17 18:25",
        title="Chuyển đổi số toàn diện từ xử lý hồ sơ đến tiếp xúc cử tri",
        sapo="Ngày 17/12, Thường trực Hội đồng nhân dân (HĐND) thành phố Hà Nội tổ chức Hội nghị triển khai Kế hoạch "
             "chuyển đổi số, nâng cao chất lượng, hiệu quả hoạt động của HĐND các cấp giai đoạn 2026 - 2031 và các "
             "năm tiếp theo. Kế hoạch đặt mục tiêu đẩy mạnh ứng dụng công nghệ số, hướng tới xử lý toàn bộ hồ sơ công "
             "việc trên môi trường mạng.",
        author="Khánh Linh", tags=["Chuyển đổi số", "HĐND thành phố Hà Nội"],
        body=[
            ("Hội nghị triển khai Kế hoạch chuyển đổi số của HĐND các cấp có sự tham dự của lãnh đạo Thường trực HĐND "
             "Thành phố, các Ban HĐND Thành phố và đại diện HĐND các phường, xã."),
            Img(f"{IMG}/khanhlinh/122025/17/18/in_article/chuyen-doi-so-hdnd.jpg",
                "Hội nghị triển khai Kế hoạch chuyển đổi số của HĐND các cấp", "Khánh Linh"),
            H2("Xử lý toàn bộ hồ sơ trên môi trường mạng"),
            ("Kế hoạch đặt mục tiêu đẩy mạnh ứng dụng công nghệ số, hướng tới xử lý toàn bộ hồ sơ công việc của HĐND "
             "các cấp trên môi trường mạng."),
            H2("Tiếp xúc cử tri trực tuyến"),
            ("Bên cạnh hình thức truyền thống, đại biểu HĐND sẽ từng bước tổ chức tiếp xúc cử tri trực tuyến, giúp "
             "người dân phản ánh kiến nghị thuận tiện hơn."),
        ],
    ),
    Article(
        key="T7", id=187830, markup="A", section="Thời sự", published="2025-12-17 14:00",
        title="Chuyển đổi số trong hoạt động của HĐND bằng những việc làm cụ thể, đo đếm được kết quả",
        sapo="Chuyển đổi số trong hoạt động của HĐND không còn là lựa chọn mà là yêu cầu bắt buộc. Tuy nhiên việc "
             "triển khai kế hoạch chuyển đổi số phải bảo đảm nguyên tắc “6 rõ”: rõ người, rõ việc, rõ thời gian, rõ "
             "trách nhiệm, rõ hiệu quả và xuyên suốt, thống nhất. Triển khai chuyển đổi số bằng những việc làm cụ "
             "thể, đo đếm được kết quả.",
        author="Ngọc Ánh", tags=["Chuyển đổi số"],
        body=[
            ("Phát biểu tại hội nghị, lãnh đạo Thường trực HĐND Thành phố nhấn mạnh chuyển đổi số là nhiệm vụ trọng "
             "tâm, xuyên suốt của HĐND các cấp trong nhiệm kỳ tới."),
            ("Việc triển khai kế hoạch phải bảo đảm nguyên tắc “6 rõ”: rõ người, rõ việc, rõ thời gian, rõ trách "
             "nhiệm, rõ hiệu quả và xuyên suốt, thống nhất."),
            "Các đơn vị cần triển khai bằng những việc làm cụ thể, đo đếm được kết quả, tránh hình thức.",
        ],
    ),
    Article(
        key="T8", id=187818, markup="B", section="Thời sự", published="2025-12-17 11:45",
        title="Kỳ vọng thanh niên Thủ đô là nòng cốt trong kỷ nguyên số",
        sapo="Trong không khí sôi nổi, cởi mở và thẳng thắn, sáng 17/12, đồng chí Vũ Đại Thắng, Ủy viên Trung ương "
             "Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hà Nội đã đối thoại với thanh niên Thủ đô.",
        author="Bảo Ngọc", tags=["Thanh niên Thủ đô"],
        body=[
            ("Buổi đối thoại thu hút hàng trăm đoàn viên, thanh niên đến từ các trường đại học, doanh nghiệp và các "
             "phường, xã trên địa bàn Thành phố."),
            Img(f"{IMG}/baongoc/122025/17/11/in_article/doi-thoai-thanh-nien.jpg",
                "Chủ tịch UBND thành phố Hà Nội Vũ Đại Thắng đối thoại với thanh niên Thủ đô", "Bảo Ngọc"),
            ("Các ý kiến tập trung vào cơ hội học tập, việc làm, khởi nghiệp đổi mới sáng tạo và vai trò của thanh "
             "niên trong chuyển đổi số."),
            Img(f"{IMG}/baongoc/122025/17/11/in_article/thanh-nien-phat-bieu.jpg",
                "Đoàn viên, thanh niên nêu ý kiến tại buổi đối thoại"),
            ("Chủ tịch UBND Thành phố bày tỏ kỳ vọng thanh niên Thủ đô sẽ là lực lượng nòng cốt, tiên phong trong kỷ "
             "nguyên số."),
        ],
    ),
    Article(
        key="T9", id=187760, markup="C", section="Thời sự", published="2025-12-15 08:30",
        title="Kỳ vọng hình thành “kỳ tích sông Hồng” và không gian phát triển mới",
        sapo="Tại Kỳ họp thứ 29, đại biểu Hội đồng nhân dân (HĐND) thành phố Hà Nội đã thảo luận, cho ý kiến về Dự án "
             "Trục đại lộ cảnh quan sông Hồng và Quy hoạch phân khu đô thị thể thao Olympic - các dự án đặc biệt quan "
             "trọng, được kỳ vọng tạo bước ngoặt lịch sử cho Thủ đô, mở rộng không gian phát triển, nâng cao chất "
             "lượng sống và kiến tạo những di sản đô thị mang tầm nhìn hàng trăm năm.",
        author="Thanh Hải", tags=["Sông Hồng", "HĐND thành phố Hà Nội"], variant="weekday",
        body=[
            ("Thảo luận tại tổ, nhiều đại biểu cho rằng Dự án Trục đại lộ cảnh quan sông Hồng là dự án đặc biệt quan "
             "trọng, được kỳ vọng tạo bước ngoặt lịch sử cho Thủ đô."),
            Img(f"{IMG}/thanhhai/122025/15/08/in_article/truc-dai-lo-song-hong.jpg",
                "Phối cảnh Trục đại lộ cảnh quan sông Hồng"),
            ("Các đại biểu cũng đề nghị quan tâm công tác giải phóng mặt bằng, bảo đảm đời sống của người dân trong "
             "vùng dự án."),
        ],
    ),
    Article(
        key="T10", id=187731, markup="A", section="Thời sự", published="2025-12-14 12:15",
        title="Bế mạc kỳ họp 29 HĐND thành phố Hà Nội khóa XVI",
        sapo="Sau 2 ngày làm việc (13,14/12), sáng ngày 14/12, với tinh thần làm việc tích cực, khoa học, dân chủ, kỳ "
             "họp thứ 29 HĐND Thành phố khoá XVI đã hoàn thành toàn bộ chương trình đề ra.",
        author="Hoàng Phúc", tags=["HĐND thành phố Hà Nội", "Kỳ họp thứ 29"], variant="no-jsonld-dates",
        body=[
            ("Kỳ họp đã xem xét, thông qua nhiều nghị quyết quan trọng về kinh tế - xã hội, quy hoạch và đầu tư công "
             "của Thành phố."),
            Img(f"{IMG}/hoangphuc/122025/14/12/in_article/be-mac-ky-hop.jpg", "Quang cảnh phiên bế mạc kỳ họp",
                "Hoàng Phúc"),
            ("Phát biểu bế mạc, lãnh đạo HĐND Thành phố đề nghị các cấp, các ngành khẩn trương triển khai các nghị "
             "quyết vừa được thông qua."),
        ],
    ),
]

# --------------------------------------------------------------------------------------
# Other articles (made up).
# --------------------------------------------------------------------------------------
OTHERS = [
    # Older section news: only in the Tin khác blocks of T5..T10 / X1 (depth 2 from the seed).
    Article(
        key="X1", id=187705, markup="A", section="Thời sự", role="older",
        published="2025-12-13 08:15", modified="2025-12-13 10:30",
        title="Khai mạc kỳ họp thứ 29 HĐND thành phố Hà Nội khóa XVI",
        sapo="Sáng 13/12, HĐND thành phố Hà Nội khóa XVI khai mạc kỳ họp thứ 29 để xem xét, quyết định nhiều nội dung "
             "quan trọng của Thủ đô.",
        author="Hoàng Phúc", tags=["Kỳ họp thứ 29", "HĐND thành phố Hà Nội"],
        body=[
            ("Kỳ họp diễn ra trong 2 ngày, xem xét các báo cáo về tình hình kinh tế - xã hội năm 2025 và kế hoạch năm "
             "2026."),
            "Đây là kỳ họp có khối lượng nội dung lớn, nhiều dự án quan trọng được trình HĐND Thành phố cho ý kiến.",
        ],
    ),
    Article(
        key="X2", id=187688, markup="C", section="Thời sự", role="older",
        published="2025-12-12 16:40", variant="dash",
        title="Hà Nội đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm",
        sapo="UBND thành phố Hà Nội yêu cầu các chủ đầu tư tập trung cao độ, đẩy nhanh tiến độ giải ngân vốn đầu tư "
             "công trong những tháng cuối năm 2025.",
        author="Trần Vũ", tags=["Đầu tư công"],
        body=[
            ("Theo báo cáo của Sở Tài chính, tỷ lệ giải ngân vốn đầu tư công của Thành phố đến nay đạt khá so với "
             "cùng kỳ."),
            "Thành phố yêu cầu xử lý dứt điểm các vướng mắc về giải phóng mặt bằng, không để vốn chờ dự án.",
            "Các chủ đầu tư chậm giải ngân sẽ bị xem xét trách nhiệm theo quy định.",
        ],
    ),
    # Listing-only: newer than the blocks, only on the front/section pages.
    Article(
        key="L1", id=188116, markup="B", section="Thời sự", role="listing",
        published="2025-12-27 09:00",
        title="Hà Nội sẵn sàng các phương án phục vụ Nhân dân đón Tết Dương lịch 2026",
        sapo="Các sở, ngành của thành phố Hà Nội đã xây dựng phương án bảo đảm hàng hóa, giao thông, an ninh trật tự "
             "phục vụ Nhân dân đón Tết Dương lịch 2026.",
        author="Minh Anh", tags=["Tết Dương lịch 2026"],
        body=[
            "Sở Công Thương cho biết nguồn cung hàng hóa dịp Tết Dương lịch dồi dào, giá cả ổn định.",
            H2("Bảo đảm giao thông thông suốt"),
            ("Lực lượng cảnh sát giao thông tăng cường phân luồng tại các tuyến phố trung tâm trong những ngày nghỉ "
             "Tết."),
        ],
    ),
    Article(
        key="L2", id=188118, markup="C", section="Hà Nội", role="listing",
        published="2025-12-27 09:30",
        title="Phường Hoàn Kiếm ra mắt mô hình “Tuyến phố văn minh” cuối năm",
        sapo="Phường Hoàn Kiếm vừa ra mắt mô hình “Tuyến phố văn minh” trên một số tuyến phố trung tâm, hướng tới xây "
             "dựng nếp sống văn minh đô thị.",
        author="Hà Anh", tags=["Văn hóa - xã hội"], mark=False,
        body=[
            "Mô hình được triển khai trên các tuyến phố quanh hồ Hoàn Kiếm với sự tham gia của đông đảo hộ kinh doanh.",
            Img(f"{IMG}/haanh/122025/27/09/in_article/tuyen-pho-van-minh.jpg", "Lễ ra mắt mô hình “Tuyến phố văn minh”",
                "Hà Anh"),
            "Các hộ dân cam kết giữ gìn vệ sinh môi trường, không lấn chiếm vỉa hè, ứng xử văn minh với du khách.",
        ],
    ),
    # Sidebar-only ("Đọc nhiều" on article pages).
    Article(
        key="S1", id=187402, markup="B", section="Thời sự", role="sidebar",
        published="2025-11-28 10:00",
        title="Lịch nghỉ Tết Nguyên đán 2026 của người lao động",
        sapo="Người lao động sẽ được nghỉ Tết Nguyên đán 2026 trong nhiều ngày liên tục theo phương án đã được thống "
             "nhất.",
        author="Phương Ngân", tags=["Tết Nguyên đán 2026", "Người lao động"],
        body=[
            ("Theo phương án được thống nhất, cán bộ, công chức, viên chức sẽ được nghỉ Tết Nguyên đán liên tục trong "
             "nhiều ngày."),
            ("Với người lao động tại doanh nghiệp, người sử dụng lao động quyết định phương án nghỉ Tết sau khi trao "
             "đổi với tổ chức công đoàn."),
        ],
    ),
    Article(
        key="S2", id=187355, markup="C", section="Hà Nội", role="sidebar",
        published="2025-11-20 15:30",
        title="Hà Nội điều chỉnh giá nước sạch sinh hoạt từ năm 2026",
        sapo="UBND thành phố Hà Nội vừa ban hành quyết định điều chỉnh giá nước sạch sinh hoạt áp dụng từ năm 2026.",
        author="Vũ Minh", tags=["Nước sạch"],
        body=[
            "Giá nước sạch mới được xây dựng theo lộ trình, bảo đảm tính đúng, tính đủ chi phí.",
            "Các hộ nghèo, hộ cận nghèo tiếp tục được hưởng chính sách hỗ trợ theo quy định.",
        ],
    ),
    # Linked only from a body paragraph of T4.
    Article(
        key="Y1", id=187540, markup="B", section="Thời sự", role="body",
        published="2025-12-09 11:00",
        title="HĐND thành phố Hà Nội thông qua Nghị quyết về dịch vụ công trực tuyến",
        sapo="HĐND thành phố Hà Nội đã thông qua Nghị quyết quy định một số nội dung về cung cấp dịch vụ công trực "
             "tuyến trên địa bàn Thành phố.",
        author="Minh Anh", tags=["Dịch vụ công trực tuyến", "HĐND thành phố Hà Nội"],
        body=[
            ("Nghị quyết quy định mức hỗ trợ cho người dân, doanh nghiệp khi thực hiện thủ tục hành chính trên môi "
             "trường điện tử."),
            "Nghị quyết có hiệu lực từ ngày 1/1/2026.",
        ],
    ),
    # Listed only on the "Giá vàng" tag page.
    Article(
        key="G1", id=188071, markup="C", section="Kinh tế", role="tag",
        published="2025-12-26 11:50",
        title="Giá vàng tuần tới: Nhà đầu tư tiếp tục kỳ vọng tăng giá",
        sapo="Phần lớn chuyên gia và nhà đầu tư được khảo sát cho rằng giá vàng sẽ tiếp tục tăng trong tuần tới.",
        author="Khánh Linh", tags=["Giá vàng"], mark=False,
        body=[
            "Theo khảo sát hằng tuần, đa số chuyên gia phố Wall dự báo giá vàng sẽ tăng trong tuần tới.",
            "Nhà đầu tư nhỏ lẻ cũng tỏ ra lạc quan trước triển vọng của kim loại quý.",
        ],
    ),
    # The three articles of the seed's inline related box (2020), reachable only from it.
    Article(
        key="I1", id=116502, markup="A", section="Thời sự", role="inline",
        published="2020-12-10 16:05", title=INLINE_TITLES["I1"],
        sapo="Trước diễn biến phức tạp của dịch bệnh Covid-19 trên thế giới, Ban Chỉ đạo phòng, chống dịch thành phố "
             "Hà Nội khuyến cáo người dân không được lơ là, chủ quan.",
        author="Hoàng Phúc", tags=["Covid-19"],
        body=[
            "Người dân cần thực hiện nghiêm thông điệp 5K, chủ động khai báo y tế khi có biểu hiện sốt, ho, khó thở.",
            "Các cơ sở y tế trên địa bàn được yêu cầu sẵn sàng phương án ứng phó với mọi tình huống.",
        ],
    ),
    Article(
        key="I2", id=116447, markup="A", section="Thời sự", role="inline",
        published="2020-12-08 20:10", title=INLINE_TITLES["I2"],
        sapo="Bí thư Thành ủy Hà Nội Vương Đình Huệ yêu cầu các cấp, các ngành dành ưu tiên cao nhất cho công tác "
             "phòng, chống dịch Covid-19.",
        author="Hoàng Phúc", tags=["Covid-19"],
        body=[
            "Bí thư Thành ủy đề nghị tăng cường kiểm soát chặt chẽ người nhập cảnh, quản lý các khu cách ly.",
            "Các địa phương phải chủ động, không để bị động, bất ngờ trước mọi diễn biến của dịch bệnh.",
        ],
    ),
    Article(
        key="I3", id=116390, markup="A", section="Thời sự", role="inline",
        published="2020-12-06 09:20", title=INLINE_TITLES["I3"],
        sapo="Công tác giáo dục truyền thống cách mạng cho thế hệ trẻ được các cấp bộ Đoàn Thủ đô quan tâm thực hiện.",
        author="Hoàng Phúc", tags=["Giáo dục truyền thống"],
        body=[
            "Nhiều hoạt động về nguồn, tham quan di tích lịch sử đã được tổ chức cho đoàn viên, thanh niên.",
            "Qua đó, bồi đắp lòng yêu nước, niềm tự hào dân tộc cho thế hệ trẻ Thủ đô.",
        ],
    ),
]

# Inline related boxes of the other pages (after the sapo): they too point at I1..I3 only.
INLINE_BY_MARKUP = {"A": [], "B": ["I1", "I2"], "C": ["I3"]}

# --------------------------------------------------------------------------------------
# Link plan: blocks of every article (the seed's come from the seed text).
# Nên xem = site-wide latest news (N1..N7 minus itself).
# Tin khác = six Thời sự news (T1..T10, X1, X2 newest first): older ones first, then newer.
# Plus the special cases below.
# --------------------------------------------------------------------------------------
TIN_KHAC_POOL = [f"T{i}" for i in range(1, 11)] + ["X1", "X2"]
TIN_KHAC_SIZE = 6

# A link in a block to an article page that does not exist (404).
MISSING_ITEM = dict(
    id=187998,
    title="Hà Nội tổng kết công tác thi đua, khen thưởng năm 2025",
    summary="UBND thành phố Hà Nội tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.",
)
# (page key, block) -> [(position or None for the end, target key or "MISSING")]
BLOCK_EXTRAS = {
    ("T2", "Tin khác"): [(2, "MISSING")],
    ("T3", "Tin khác"): [(None, "SEED")],  # back-link to the start page (markup A)
    ("T9", "Tin khác"): [(None, "SEED")],  # back-link to the start page (markup C)
}
# Tracking junk on block links: (page key or "*", target key) -> (suffix, on which links)
# "both" = thumbnail and headline links, "headline" = only the headline link.
LINK_DECORATIONS = {
    ("*", "X2"): ("?utm_source=laodongthudo&utm_medium=tinkhac#box-comment", "both"),
    ("N1", "N3"): ("?utm_source=zalo&utm_medium=social&zarsrc=30#top", "headline"),
    ("N5", "T1"): ("?fbclid=IwAR2xYz0123456789#comments", "headline"),
}

# Special serving behaviour.
FLAKY_503 = ["T4"]  # answers 503 on the first request, then 200
NFD_PAGES = ["T6"]  # served in Unicode NFD

# --------------------------------------------------------------------------------------
# Listing pages.
# --------------------------------------------------------------------------------------
FRONT_FEATURED = "N1"
FRONT_LIST = ["L1", "N2", "N3", "T1"]
FRONT_BOXES = {"Thời sự": ["T1", "T2", "T3"], "Hà Nội": ["N5", "N6"]}
LISTING_SIDEBAR = ["N4", "T2", "T3"]  # "Đọc nhiều" on front/section pages (reachable anyway)
SECTION_LISTS = {
    "Thời sự": ["L1", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"],
    "Hà Nội": ["L2", "N5", "N6"],
}
ARTICLE_SIDEBAR = ["S1", "S2", "N1"]  # "Đọc nhiều" on article pages
TODAY = "2025-12-27"  # the date printed in the header of listing pages
