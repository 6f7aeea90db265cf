"""What inside an article's container is not the article: boxes and lines a reader skips.

Four kinds, in Vietnamese and English (the words news sites print, not their markup):

* a box led by a heading that names furniture ("Tin liên quan", "Xem thêm", "Related
  articles", "Most read") with what follows it: the heading's own box, or the heading and
  the link list right after it;
* a box that is mostly links (a list of other articles), or led by a heading and then
  only links;
* a line of furniture on its own: an invitation to read more ("Mời bạn đọc vào chuyên mục
  ... xem các tin, bài liên quan", "Xem thêm: <link>"), an ad label, a sharing or
  subscription prompt, a gallery counter;
* the profile of an organisation closing the text ("About Ascom" over "Ascom is a ...", or
  the publisher describing itself).
"""

from __future__ import annotations

import re
from collections.abc import Set

from newsbot.extract.bylines import publisher_key
from newsbot.extract.content import link_density
from newsbot.extract.html import HEADING_TAGS, PageText
from newsbot.extract.text import fold

# Headings of boxes that hold no article text, folded (lower case, no edge punctuation).
_BOX_HEADING = re.compile(
    r"(?:tin|bài|bài viết|video|chủ đề|tin tức)\s+(?:liên quan|cùng chuyên mục|cùng chủ đề|khác|mới(?: nhất)?|"
    r"nổi bật|đọc nhiều|xem nhiều|hot|được quan tâm)"
    r"|(?:xem|đọc|tham khảo)\s+(?:thêm|tiếp|nhiều(?: nhất)?)|nên đọc|đừng bỏ lỡ"
    r"|có thể bạn (?:quan tâm|muốn đọc|chưa đọc)"
    r"|bạn (?:có thể )?(?:quan tâm|thích)|cùng chuyên mục|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|mới nhất"
    r"|bình luận|ý kiến(?: bạn đọc)?|gửi bình luận|từ khóa|từ khoá|chia sẻ(?: bài viết)?"
    r"|related(?: (?:articles?|posts?|stories|news|content|coverage|links|reading|topics|videos?))?"
    r"|você (?:também )?pode gostar|(?:también )?te puede (?:interesar|gustar)|vous aimerez aussi"
    r"|(?:das )?könnte (?:sie|dich) auch interessieren|ti potrebbe interessare|potrebbe interessarti"
    r"|(?:read|see|watch) (?:more|next|also)|more (?:from|on|in|stories|news|articles|great .+ stories|like this)"
    r"|also (?:read|on|see)|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|recommended(?: for you)?"
    r"|(?:most|best) (?:read|popular|viewed|shared)(?: .{0,30})?|trending(?: now)?|popular(?: now| posts)?"
    r"|don'?t miss|latest(?: news| stories| posts)?|top stories|editor'?s picks|topics|tags"
    r"|share(?: this)?(?: .{0,20})?"
    r"|comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|sign up(?: .{0,40})?"
    r"|highlights|disclaimer|like this|tell us what you think|what do you think|see tweets"
    r"|subscribe(?: .{0,40})?|newsletter|advertisement|sponsored(?: content)?|recent posts|about the author"
)
_BOX_HEADING_MAX_CHARS = 60
# The source text (white space uncollapsed) of an element that may hold a box heading alone.
_BOX_VISIBLE_MAX_CHARS = 300
_BOX_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "table", "nav", "dl", "form", "footer", "header",
                       "article", "figure"})
_RUNNING_TEXT_TAGS = frozenset({"p", "blockquote", "pre"})
_HEADING_LINE_TAGS = frozenset({"p", "strong", "b", "span", "div"})
_EXAMINED_TAGS = _BOX_TAGS | HEADING_TAGS | _HEADING_LINE_TAGS
_WHOLE_TAGS = _RUNNING_TEXT_TAGS | HEADING_TAGS | {"a"}
# A box of links: this share of its text is link text, and it holds more than a line of it.
_LINK_BOX_DENSITY = 0.5
_LINK_BOX_MIN_CHARS = 20
# A box that holds at least this many paragraphs of running text is part of the article.
_TEXT_PARAGRAPHS = 3
_RUNNING_TEXT_CHARS = 150

# Lines that are furniture wherever they stand in the text: how they begin...
_FURNITURE_LINE_START = re.compile(
    r"(?:mời (?:quý )?(?:bạn đọc|độc giả)\b.{0,120}\b(?:xem|đọc|theo dõi)\b"
    r"|(?:xem|đọc|tham khảo) thêm\s*[:>»]|tin liên quan\s*[:>»]|nên đọc\s*[:>»]"
    r"|(?:read|see) (?:more|also)\s*[:>»]|related\s*[:>»]|also read\s*[:>»]"
    r"|(?:leia|lea|lire|leggi) (?:também|tambien|también|aussi|anche)\s*[:>»]"
    r"|(?:advert(?:isement)?|quảng cáo|sponsored|getty(?: images)?|back to gallery|view all \(\d+\)|_{3,}|-{3,}"
    r"|\d+ / \d+|this slideshow requires javascript\.?)$"
    r"|image \d+ of /?\s*\d+|(?:photo|image|ảnh|nguồn ảnh)\s*:|ap photo\b"
    r"|\(?(?:additional )?(?:reporting|writing|editing) by\b"
    r"|subscribe to\b|like this story|share (?:this|it)\b|follow (?:us|me) on\b|all rights reserved"
    r"|(?:©|copyright\s*(?:©|\d{4}))|(?:join|đăng ký)\b.{0,80}\b(?:forums?|community|newsletter|bản tin))",
    re.IGNORECASE,
)
# ... or what they say anywhere in them, in the site's own voice.
_FURNITURE_PHRASE = re.compile(
    r"contributed to this (?:report|story|article)|\bour (?:user agreement|privacy policy|terms of (?:use|service))"
    r"|\bfollow (?:us|him|her|them|me)\b.{0,40}\b(?:on|at)\b.{0,40}(?:twitter|facebook|instagram|linkedin)"
    r"|\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?|updates)\b",
    re.IGNORECASE,
)
_FURNITURE_PHRASE_WORDS = ("contributed", "our ", "follow", "sign up", "subscribe")
_BOILERPLATE_LINE_MAX_CHARS = 300

# A caption left in the text: it ends with its photo credit.
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:image|photo|picture|ảnh|nguồn ảnh)s?\s*:\s*[^()]{1,60}\)|©\s*[\w .,/&-]{2,60})$", re.IGNORECASE)
_CAPTION_MAX_CHARS = 360

# A line that only dates the article (or signs and dates it): at the edges of the text.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|tháng\s*\d{1,2})\.?")
_DATE_TOKEN = re.compile(
    r"\b\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?)?|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH +
    r"(?:,?\s+\d{4})?|\b\d{1,2}\s+de\s+\w+\s+de\s+\d{4}|\b\d{1,2}[:h]\d{2}(?:\s*[ap]\.?m\.?)?",
    re.IGNORECASE)
_DATELINE_MAX_CHARS = 100
# Words a date line holds besides its dates: a label, a weekday, a time zone, a name or two.
_DATELINE_MAX_OTHER_WORDS = 6
# ... or more when it says it signs or stamps the article ("Posted by NAME on DATE").
_STAMP_LABEL = re.compile(r"(?:by|posted|published|updated|đăng|cập nhật|theo)\b", re.IGNORECASE)
_STAMP_MAX_OTHER_WORDS = 10
# A line ending as a sentence ends is a sentence, whatever dates it names ("a.m." aside).
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?…]$", re.IGNORECASE)
# Lines of this many at the start and the end of the text are tried as date lines.
EDGE_LINES = 3
# An organisation's profile closing the text: "About NAME" and "NAME is a ...", among the last EDGE_LINES.
_ABOUT = re.compile(r"(?:about|về)\s+(?P<name>.{2,60}?)\s*:?", re.IGNORECASE)
_SELF_DESCRIPTION = re.compile(
    r"(?P<name>[^\W\d_][^,.;:!?]{1,59}?)(?:\s*\([^()]{1,40}\))?,?\s+(?:is|là)\s+(?:a|an|the|one|một|cơ quan)\s",
    re.IGNORECASE)


def is_box_heading(text: str) -> bool:
    """Whether a short text is the heading of a furniture box ("Tin liên quan", "Related")."""
    return 0 < len(text) <= _BOX_HEADING_MAX_CHARS and bool(_BOX_HEADING.fullmatch(fold(text)))


def is_boilerplate_line(line: str) -> bool:
    """Whether one line of the text is furniture ("Xem thêm: ...", "Advertisement")."""
    if len(line) > _BOILERPLATE_LINE_MAX_CHARS:
        return False
    line = line.strip(" .…")
    if _FURNITURE_LINE_START.match(line):
        return True
    lowered = line.lower()
    # Searched only where one of its words stands: searching every line of the text costs more.
    return any(word in lowered for word in _FURNITURE_PHRASE_WORDS) and bool(_FURNITURE_PHRASE.search(line))


def is_caption_line(line: str) -> bool:
    """A photo's caption printed in the text: it ends with the photo's credit."""
    line = line.strip()
    return len(line) <= _CAPTION_MAX_CHARS and ("(" in line or "©" in line) and bool(_CAPTION_CREDIT.search(line))


def is_dateline(line: str) -> bool:
    """Whether a line only dates the article: "Published Nov 18, 2019 at 4:07 PM | Updated ..."."""
    if len(line) > _DATELINE_MAX_CHARS or _SENTENCE_END.search(line):
        return False
    rest, dates = _DATE_TOKEN.subn(" ", line)
    words = len(re.findall(r"[^\W\d_]{2,}", rest))
    most = _STAMP_MAX_OTHER_WORDS if _STAMP_LABEL.match(line.lstrip("-–— ")) else _DATELINE_MAX_OTHER_WORDS
    return dates > 0 and words <= most


def without_furniture_lines(lines: list[str], publishers: Set[str] = frozenset()) -> list[str]:
    """The text's lines less furniture lines anywhere, date lines at its edges and a closing
    profile of the publisher (``profile_start``; ``publishers``: the keys of its names, ``publisher_key``)."""
    kept = [line for line in lines
            if not (is_boilerplate_line(line) or is_caption_line(line) or is_box_heading(line))]
    edges = set(range(EDGE_LINES)) | set(range(len(kept) - EDGE_LINES, len(kept)))
    kept = [line for i, line in enumerate(kept) if not (i in edges and is_dateline(line))]
    return kept[:profile_start(kept, publishers)]


def profile_start(lines: list[str], publishers: Set[str]) -> int:
    """Where the profile of an organisation closing the text begins (``len(lines)`` without
    one): "About Ascom" over "Ascom is a global provider of ...", or the publisher describing
    itself ("Ascom is ...", "Báo X là cơ quan ..."), among the last lines; what follows it
    (other profiles, contacts) goes with it."""
    first = max(1, len(lines) - EDGE_LINES)
    for i in range(first, len(lines)):
        described = _SELF_DESCRIPTION.match(lines[i])
        if described is None:
            continue
        named = publisher_key(described["name"])
        about = _ABOUT.fullmatch(lines[i - 1])
        if about is not None and publisher_key(about["name"]) == named:
            return i - 1
        if named in publishers:
            return i
    return len(lines)


def boilerplate_boxes(container, texts: PageText, keep: Set = frozenset()) -> set:
    """The elements of the container's boxes that are not article text (and all below them).

    Elements in ``keep`` (and those holding them) are never dropped: the parts already
    placed elsewhere, such as the title.
    """
    dropped: set = set()
    # What stands inside a paragraph or a heading is part of it: examined with it, not alone.
    inside_text: set = set()
    for el in container.iterdescendants():
        if el.getparent() in inside_text:
            inside_text.add(el)
            continue
        if not isinstance(el.tag, str):
            continue
        if el.tag in _WHOLE_TAGS:
            inside_text.add(el)
        if el.tag not in _EXAMINED_TAGS or el in dropped or el in keep:
            continue
        if el.tag in _BOX_TAGS:
            if _is_furniture_box(el, texts) and not any(k in keep for k in el.iter()):
                dropped.update(el.iter())
        elif _may_head_a_box(el, texts) and is_box_heading(texts.text(el)) \
                and (el.tag in HEADING_TAGS or len(texts.lines(el)) == 1):
            dropped.update(el.iter())
            following = _next_element(el)
            if following is not None and _lists_links(following, texts):
                dropped.update(following.iter())
    return dropped


def _is_furniture_box(el, texts: PageText) -> bool:
    if el.find(".//a") is None:
        # Without links, only a box holding nothing but a furniture heading.
        return len(texts.visible(el)) <= _BOX_VISIBLE_MAX_CHARS and is_box_heading(texts.text(el))
    lines = texts.lines(el)
    if not lines or _holds_running_text(el, texts):
        return False
    # Mostly links, or led by a furniture heading: the box's links with their teasers.
    return _is_link_box(el, texts) or is_box_heading(lines[0])


def _is_link_box(el, texts: PageText) -> bool:
    return len(texts.text(el)) >= _LINK_BOX_MIN_CHARS and link_density(el, texts) > _LINK_BOX_DENSITY


def _lists_links(el, texts: PageText) -> bool:
    """A list or box of links (with their teasers) and no running text: what follows a box heading."""
    if el.tag not in _BOX_TAGS or el.find(".//a") is None:
        return False
    return el.tag in ("ul", "ol") or _is_link_box(el, texts) or not _holds_running_text(el, texts)


def _holds_running_text(el, texts: PageText) -> bool:
    """Paragraphs of prose with few links: what an article is made of."""
    prose = 0
    for p in el.iter(*_RUNNING_TEXT_TAGS):
        if len(texts.text(p)) >= _RUNNING_TEXT_CHARS and link_density(p, texts) < _LINK_BOX_DENSITY:
            prose += 1
            if prose >= _TEXT_PARAGRAPHS:
                return True
    return False


def _may_head_a_box(el, texts: PageText) -> bool:
    """A heading, or a short line in bold or as a paragraph, as sites write box headings."""
    return el.tag in HEADING_TAGS or (el.tag in _HEADING_LINE_TAGS and len(el) <= 2
                                      and len(texts.visible(el)) <= _BOX_VISIBLE_MAX_CHARS)


def _next_element(el):
    following = el.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is None and el.getparent() is not None and len(el.getparent()) == 1:
        return _next_element(el.getparent())
    return following
