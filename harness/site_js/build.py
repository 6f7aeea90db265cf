"""Deterministic generator of the JavaScript replica: laodongthudo.vn-style articles whose
parts only appear once their scripts have run.

    python -m harness.site_js.build [--out DIR] [--copies N]     (from the repo root)

writes DIR/pages/ (served by harness/site/server.py with ``serve_replica(pages_dir=...)``) and
DIR/expected.json. Standard library only; the output is byte-for-byte stable across runs.
The site's script, pages/static/tai.js, is written by hand and copied along.
DIR defaults to harness/site_js with one copy; the benchmark (bench/render.py) builds 40
copies (200 articles) into a temporary directory.

Each copy holds five articles, one of each kind:

  plain   complete in its HTML: never rendered under NEWSBOT_RENDER=auto
  block   its "Tin khác" list holds only a "Đang tải..." placeholder; /static/tai.js fills it
          from /api/tin-khac-<id>.json
  hidden  complete, but linked only from the script-filled "Tin khác" list of "block"
  body    its text container is empty; /static/tai.js fills it from /api/noi-dung-<id>.json
  media   an e-magazine page, /<slug>-<id>.media: the first chapter is in the HTML, the
          others are built by /static/tai.js from JSON embedded in the page

The front page links to every article but the hidden ones. Every article page also carries
what a rendering crawler must not fetch: a picture (/stores/...jpg), a web font
(/fonts/...woff2) and a script of an ad network on another host (localhost instead of
127.0.0.1, /ads/quang-cao.js); none of those files exists.
"""
from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..site.build import attr, esc, slugify

HERE = Path(__file__).resolve().parent
KINDS = ("plain", "block", "hidden", "body", "media")
FIRST_ID = 190100
PAPER = "Báo Lao động Thủ đô"
FONT = "/fonts/ldtd-serif.woff2"
THIRD_PARTY_SCRIPT = "/ads/quang-cao.js"
LOADER = "/static/tai.js"
# The site's script, written by hand (not generated): fills lists and text from JSON.
STATIC = HERE / "pages" / "static"

TITLES = {
    "plain": "Hà Nội mở rộng không gian đi bộ quanh hồ Hoàn Kiếm",
    "block": "Công nhân khu công nghiệp Thạch Thất được hỗ trợ nhà ở",
    "hidden": "Thêm ba tuyến buýt điện nối trung tâm với vùng ven",
    "body": "Người lao động tự do được tư vấn tham gia bảo hiểm xã hội",
    "media": "Làng nghề ven đô: giữ nghề giữa nhịp sống mới",
}
SAPOS = {
    "plain": "Từ tháng tới, các tuyến phố quanh hồ mở thêm khung giờ đi bộ vào tối thứ sáu.",
    "block": "Hơn 500 căn hộ cho thuê giá thấp được bàn giao cho công nhân trong quý này.",
    "hidden": "Các tuyến mới chạy từ sáng sớm đến khuya, giá vé không đổi.",
    "body": "Buổi tư vấn thu hút hàng trăm người lao động tự do tại quận Đống Đa.",
    "media": "Những làng nghề quanh Hà Nội đang tìm cách đưa sản phẩm truyền thống đến với khách trẻ.",
}
AUTHORS = {"plain": "Minh Anh", "block": "Hoàng Phúc", "hidden": "Thu Hằng", "body": "Ngọc Ánh",
           "media": "Quang Huy"}
SENTENCES = [
    "Theo Sở Lao động - Thương binh và Xã hội, chương trình được triển khai đồng bộ tại các quận, huyện.",
    "Nhiều người dân cho biết họ đã chờ đợi thay đổi này từ lâu.",
    "Các đơn vị liên quan được giao rà soát, báo cáo kết quả trước cuối quý.",
    "Thành phố sẽ tiếp tục lắng nghe ý kiến của người dân để điều chỉnh cho phù hợp.",
    "Đại diện doanh nghiệp khẳng định sẽ phối hợp chặt chẽ với chính quyền địa phương.",
    "Kinh phí thực hiện được bố trí từ ngân sách thành phố và nguồn xã hội hóa.",
    "Trong năm qua, số người tham gia đã tăng gần gấp đôi so với cùng kỳ.",
    "Chính quyền cơ sở được yêu cầu công khai thông tin để người dân dễ theo dõi.",
    "Các chuyên gia đánh giá đây là bước đi cần thiết trong bối cảnh đô thị phát triển nhanh.",
    "Lực lượng chức năng sẽ tăng cường kiểm tra, hướng dẫn trong thời gian đầu áp dụng.",
    "Người lao động có thể đăng ký trực tuyến hoặc tại bộ phận một cửa của phường.",
    "Kết quả bước đầu cho thấy sự đồng thuận cao của người dân và doanh nghiệp.",
]
CHAPTERS = ["Nghề cũ, khách mới", "Bàn tay thế hệ sau", "Con đường phía trước"]

@dataclass
class Article:
    kind: str
    copy: int
    id: int
    title: str
    sapo: str
    author: str
    published: str  # "15/01/2026 08:30", Vietnam time
    paragraphs: list[str]
    chapters: list[tuple[str, list[str]]] = field(default_factory=list)
    nen_xem: list[Article] = field(default_factory=list)
    tin_khac: list[Article] = field(default_factory=list)

    @property
    def path(self) -> str:
        suffix = "media" if self.kind == "media" else "html"
        return f"/{slugify(self.title)}-{self.id}.{suffix}"

    @property
    def body(self) -> str:
        """The article text a correct extractor returns from the rendered page."""
        lines = list(self.paragraphs)
        for heading, texts in self.chapters:
            lines += [heading, *texts]
        return "\n\n".join(lines)

    @property
    def published_iso(self) -> str:
        day, time = self.published.split()
        d, m, y = day.split("/")
        return f"{y}-{m}-{d}T{time}:00+07:00"


def _paragraphs(seed: int, count: int) -> list[str]:
    """``count`` paragraphs of two sentences each, varied by ``seed``."""
    return [f"{SENTENCES[(seed + 2 * i) % len(SENTENCES)]} {SENTENCES[(seed + 2 * i + 1) % len(SENTENCES)]}"
            for i in range(count)]


def make_articles(copies: int) -> list[Article]:
    articles = []
    for copy in range(1, copies + 1):
        own = {}
        for n, kind in enumerate(KINDS):
            number = (copy - 1) * len(KINDS) + n
            title = TITLES[kind] if copies == 1 else f"{TITLES[kind]} (kỳ {copy})"
            chapters = [(heading, _paragraphs(number + c, 2)) for c, heading in enumerate(CHAPTERS)] \
                if kind == "media" else []
            own[kind] = Article(
                kind=kind, copy=copy, id=FIRST_ID + number, title=title, sapo=SAPOS[kind],
                author=AUTHORS[kind], published=f"{1 + number % 28:02d}/01/2026 {8 + n:02d}:30",
                paragraphs=_paragraphs(number, 4), chapters=chapters,
            )
        for kind, article in own.items():
            article.nen_xem = [own["block"] if kind == "plain" else own["plain"]]
        own["block"].tin_khac = [own["hidden"], own["media"]]
        own["plain"].tin_khac = [own["body"]]
        own["hidden"].tin_khac = [own["block"]]
        own["body"].tin_khac = [own["media"]]
        own["media"].tin_khac = [own["body"]]
        articles += own.values()
    return articles


def _links(items: list[Article]) -> str:
    return "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a></li>' for a in items)


def _figure(a: Article) -> str:
    caption = f"Ảnh minh họa: {a.title}"
    return (f'<figure class="image"><img src="/stores/news_dataimages/{a.id}.jpg" alt="{attr(caption)}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>")


def _text(a: Article) -> str:
    """The article's text container as the HTML has it."""
    if a.kind == "body":
        return f'<div class="content_detail" data-nguon="/api/noi-dung-{a.id}.json"></div>'
    inner = _figure(a) + "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
    if a.kind == "media":
        inner += '<div id="chuong-tiep"></div>'
    return f'<div class="content_detail">{inner}</div>'


def _tin_khac(a: Article) -> str:
    if a.kind == "block":
        return (f'<ul class="list_news" data-nguon="/api/tin-khac-{a.id}.json">'
                '<li class="loading">Đang tải...</li></ul>')
    return f'<ul class="list_news">{_links(a.tin_khac)}</ul>'


def _head(title: str, path: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(title)} | {esc(PAPER)}</title>"
        f'<link rel="canonical" href="{attr(path)}">'
        f'<style>@font-face{{font-family:"LDTD Serif";src:url({FONT}) format("woff2")}}'
        'body{font-family:"LDTD Serif",serif}</style>'
        "<script>(function () {var s = document.createElement('script'); s.async = true;"
        f" s.src = 'http://localhost:' + location.port + '{THIRD_PARTY_SCRIPT}';"
        " document.head.appendChild(s);})();</script>"
        "</head>\n"
    )


def article_page(a: Article) -> str:
    story = ""
    if a.chapters:
        data = {"chapters": [{"heading": h, "paragraphs": texts} for h, texts in a.chapters]}
        story = f'<script type="application/json" id="emagazine">{json.dumps(data, ensure_ascii=False)}</script>'
    return (
        _head(a.title, a.path)
        + '<body><div class="header"><a href="/">Lao Động Thủ Đô</a></div>\n'
        + f'<div class="detail"><div class="detail_info">Thời sự {a.published.split()[1]} | '
        + f"{a.published.split()[0]}</div>\n"
        + f'<h1 class="title-detail">{esc(a.title)}</h1>\n'
        + f'<div class="sapo">(LĐTĐ) {esc(a.sapo)}</div>\n'
        + _text(a) + "\n"
        + f'<p class="author" style="text-align:right"><strong>{esc(a.author)}</strong></p></div>\n'
        + f'<div class="box"><h2>Nên xem</h2><ul class="list_news">{_links(a.nen_xem)}</ul></div>\n'
        + f'<div class="box"><h2>Tin khác</h2>{_tin_khac(a)}</div>\n'
        + story + f'<script src="{LOADER}"></script>\n</body></html>\n'
    )


def front_page(articles: list[Article]) -> str:
    listed = [a for a in articles if a.kind != "hidden"]
    return (_head("Lao Động Thủ Đô", "/")
            + '<body><div class="header"><a href="/">Lao Động Thủ Đô</a></div>\n'
            + f'<div class="list_news_home"><ul>{_links(listed)}</ul></div>\n</body></html>\n')


def related(a: Article, blocks: dict[str, list[Article]]) -> list[dict]:
    return [{"block": name, "url": b.path, "title": b.title} for name, items in blocks.items() for b in items]


def expected(articles: list[Article]) -> dict:
    """What a crawl from "/" must produce under NEWSBOT_RENDER=auto and =never."""
    reasons = {"block": "empty_block", "body": "short_body", "media": "script_rendered"}
    first_chapter = {a.path: "\n\n".join(a.paragraphs) for a in articles if a.kind == "media"}
    return {
        "auto": {a.path: {"title": a.title, "summary": a.sapo, "body": a.body, "author": a.author,
                          "published_at": a.published_iso,
                          "related": related(a, {"Nên xem": a.nen_xem, "Tin khác": a.tin_khac})}
                 for a in articles},
        # "body" articles have no text without their script: validation drops them.
        "never": {a.path: {"body": first_chapter.get(a.path, a.body),
                           "related": related(a, {"Nên xem": a.nen_xem,
                                                  "Tin khác": [] if a.kind == "block" else a.tin_khac})}
                  for a in articles if a.kind in ("plain", "block", "media")},
        "render_reasons": {a.path: reasons[a.kind] for a in articles if a.kind in reasons},
        "plain_paths": [a.path for a in articles if a.kind in ("plain", "hidden")],
        "json_paths": sorted(f"/api/{name}-{a.id}.json" for a in articles
                             for kind, name in (("block", "tin-khac"), ("body", "noi-dung")) if a.kind == kind),
        "never_fetched": [THIRD_PARTY_SCRIPT, FONT, *(f"/stores/news_dataimages/{a.id}.jpg" for a in articles)],
        "flaky_503": [],
    }


def build(out_dir: Path = HERE, copies: int = 1) -> dict:
    articles = make_articles(copies)
    pages = out_dir / "pages"
    for generated in [*pages.glob("*.html"), *pages.glob("*.media")]:
        generated.unlink()
    shutil.rmtree(pages / "api", ignore_errors=True)
    (pages / "api").mkdir(parents=True)
    if pages / "static" != STATIC:
        shutil.copytree(STATIC, pages / "static", dirs_exist_ok=True)
    files = {"index.html": front_page(articles)}
    for a in articles:
        files[a.path.lstrip("/")] = article_page(a)
        if a.kind == "block":
            files[f"api/tin-khac-{a.id}.json"] = json.dumps(
                [{"url": b.path, "title": b.title} for b in a.tin_khac], ensure_ascii=False, indent=1)
        if a.kind == "body":
            files[f"api/noi-dung-{a.id}.json"] = json.dumps({"paragraphs": a.paragraphs}, ensure_ascii=False,
                                                             indent=1)
    for name, text in files.items():
        (pages / name).write_text(text, encoding="utf-8")
    expectation = expected(articles)
    (out_dir / "expected.json").write_text(json.dumps(expectation, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    return expectation


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Build the JavaScript replica of laodongthudo.vn.")
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--copies", type=int, default=1, help="articles of each of the five kinds")
    args = ap.parse_args(argv)
    expectation = build(args.out, args.copies)
    print(f"{len(expectation['auto'])} articles written to {args.out / 'pages'}")


if __name__ == "__main__":
    main()
