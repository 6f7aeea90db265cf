"""Bylines: what a candidate author text holds once cleaned, and which candidate to keep.

A byline is a person or an agency, a few names at most: never the publisher, a "see
more by this author" link, a date, or the address that follows an agency's name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from newsbot.extract.text import clean_text, fold

MAX_CHARS = 60
MAX_WORDS = 8
JOINERS = {"-", "–", "—", "và", ",", "&", "/"}

_PREFIX = re.compile(r"^(?:tác giả|bài và ảnh|bài, ảnh|bài|theo|by|phóng viên|pv)\s*[:\-–]?\s*", re.I)
# Names hold no digits: what follows the first one is a date stamped beside the byline.
_AFTER_NAME = re.compile(r"\s*[-|–—,(]?\s*\d")
# A link to the author's other articles, or a follow button, read with the name.
_SEE_MORE = re.compile(
    r"\s*(?:(?:xem|đọc)\s+(?:thêm\s+)?(?:tất cả\s+)?(?:các\s+)?(?:bài(?:\s+viết)?|tin)\s+(?:của|cùng)\s+"
    r"(?:tác giả|phóng viên|nhà báo)"
    r"|(?:các|tất cả)\s+bài(?:\s+viết)?\s+(?:của|cùng)\s+(?:tác giả|phóng viên)"
    r"|(?:view|see|more)\s+(?:all\s+)?(?:posts|articles|stories)\s+(?:by|from)"
    r"|\+?\s*theo dõi(?:\s+tác giả)?\s*$|follow\s*$).*$",
    re.I,
)
# "NAME và 1 tác giả khác": a header that shows one name of several.
_SHORTENED = re.compile(
    r"\s*(?:,|và|&|and|\+)\s*\d+\s+(?:tác giả|người|phóng viên|nhà báo|others?|authors?)(?:\s+khác)?\b.*$", re.I)
_PART = re.compile(r"\s+[-–—]\s+")
# An address after an agency's name ("TTXVN - 5 Lý Thường Kiệt, Hà Nội"): never a name.
_PLACE_WORDS = re.compile(
    r"\b(?:số|đường|phố|ngõ|ngách|quận|huyện|phường|xã|tỉnh|thành phố|tp\.?|tòa nhà|tầng|"
    r"hà nội|hồ chí minh|đà nẵng|hải phòng|cần thơ|việt nam|street|road|district)\b",
    re.I,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|/|\s[-–—]\s|\svà\s)\s*", re.I)
_PUBLISHER_PREFIX = re.compile(
    r"^(?:báo điện tử|báo|tạp chí|trang thông tin điện tử|trang tin|cổng thông tin điện tử|cổng thông tin|"
    r"đài|the)\s+", re.I)
_PUBLISHER_SUFFIX = re.compile(r"\s*(?:online|điện tử|news|\.vn|\.com(?:\.vn)?|\.net)$", re.I)


def clean(text: str | None) -> tuple[str | None, bool]:
    """(the names a candidate text holds, whether it shows only part of a longer list)."""
    text = _SEE_MORE.sub("", clean_text(text))
    shortened = _SHORTENED.search(text) is not None
    text = _SHORTENED.sub("", text)
    name = _AFTER_NAME.split(_PREFIX.sub("", text), maxsplit=1)[0].strip(" .-–—|,")
    parts = _PART.split(name)
    kept = [parts[0], *(p for p in parts[1:] if not _PLACE_WORDS.search(p))]
    name = " - ".join(kept).strip(" .-–—|,")
    return name or None, shortened


def names(text: str | None) -> list[str]:
    return [n for n in _NAME_SPLIT.split(clean_text(text)) if n]


def publisher_key(name: str | None) -> str:
    """A key on which the ways a publisher writes its name agree: "Báo Dân trí", "Dân Trí"
    and the host's "dantri" all give "dantri"."""
    name = _PUBLISHER_SUFFIX.sub("", _PUBLISHER_PREFIX.sub("", fold(name)))
    plain = unicodedata.normalize("NFD", name.replace("đ", "d"))
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c))


def is_plausible(name: str, publisher_keys: set[str]) -> bool:
    """A person or an agency: short, names capitalised, not a URL, not the publisher."""
    if len(name) > MAX_CHARS or name.lower().startswith("http") or publisher_key(name) in publisher_keys:
        return False
    return all(part[0].isupper() or not part[0].isalpha() for part in names(name))


def pick(candidates: Iterable[tuple[str, str | None]], publisher_keys: set[str]) -> tuple[str, str | None]:
    """The first plausible candidate, as (source, names); a shortened list gives way to a later
    candidate that names the same person and others. ("none", None) when none is plausible."""
    shortened: tuple[str, str] | None = None
    for source, text in candidates:
        name, cut_short = clean(text)
        if not name or not is_plausible(name, publisher_keys):
            continue
        if shortened is None and not cut_short:
            return source, name
        if shortened is None:
            shortened = source, name
        elif fold(shortened[1]) in fold(name) and len(names(name)) > len(names(shortened[1])):
            return source, name
    return shortened or ("none", None)


def looks_like_byline(text: str) -> bool:
    """Whether a line of text reads as a byline: a few capitalised names, no sentence."""
    text = clean_text(text)
    if not text or len(text) > MAX_CHARS or re.search(r"[\d.!?;:\"“”]$|\d", text):
        return False
    words = [w for w in re.split(r"\s+", text.replace(",", " , ")) if w]
    named = [w for w in words if w.lower() not in JOINERS]
    if not named or len(named) > MAX_WORDS:
        return False
    return all(w[0].isupper() or w.startswith("(") for w in named)
