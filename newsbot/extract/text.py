"""Text normalisation for Vietnamese pages."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that render as nothing but break comparisons and searches, and
# control characters (C0 but the white space ones, DEL, C1), which no text has.
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LEADING_PUNCTUATION = re.compile(r"[\W_]+")


def clean_text(text: str | None) -> str:
    """NFC, invisible and control characters removed, runs of white space made one space."""
    if not text:
        return ""
    if "\n" in text:
        # Line by line: most lines are clean already, which a text with its line breaks never is.
        # A line break is white space, and no character composes across it.
        return " ".join(filter(None, map(_clean_line, text.split("\n"))))
    return _clean_line(text)


def _clean_line(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if is_clean(text):
        return text
    # str.split() splits at exactly the characters \s matches, and is several times faster.
    return " ".join(INVISIBLE.sub("", text).split())


def is_clean(text: str) -> bool:
    """Whether an NFC text is as clean_text makes it, told by scans in C: most texts are.

    A printable text has no control or format characters (all of INVISIBLE) and no white
    space but the plain space.
    """
    return text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" ")


# Short texts (menu items, headings, bylines) come back on every page of a site: their keys are kept.
_KEPT_FOLD_CHARS = 100


def fold(text: str | None) -> str:
    """A comparison key: cleaned, case-folded, without edge punctuation.

    "TIN  KHÁC:", "Tin khác" and the NFD-encoded form fold to the same key.
    """
    if text and len(text) <= _KEPT_FOLD_CHARS:
        # A plain copy: a string from lxml holds on to its element, and so to the whole page.
        return _kept_fold(str(text))
    return _fold(text)


@lru_cache(maxsize=4096)
def _kept_fold(text: str) -> str:
    return _fold(text)


def _fold(text: str | None) -> str:
    folded = _strip_edge_punctuation(clean_text(text).casefold())
    return unicodedata.normalize("NFC", folded)


def _strip_edge_punctuation(text: str) -> str:
    leading = _LEADING_PUNCTUATION.match(text)
    text = text[leading.end():] if leading else text
    # The end is walked back rather than matched: "[\W_]+$" rescans every run of punctuation
    # to its end, which takes forever on a long line of it, and matching on the reversed text
    # copies a whole article's body. A character matches [\W_] exactly when it is not alnum.
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    return text[:end]


def strip_dateline(text: str, marks: tuple[str, ...]) -> str:
    """Remove a leading dateline mark such as "(LĐTĐ) -" from a lead."""
    for pattern in _dateline_patterns(marks):
        stripped = pattern.sub("", text, count=1)
        if stripped != text:
            return stripped
    return text


@lru_cache(maxsize=64)
def _dateline_patterns(marks: tuple[str, ...]) -> list[re.Pattern]:
    # Every line of an article's text is tried: the patterns are built once per site.
    return [re.compile(r"^\(?\s*" + re.escape(mark) + r"\s*\)?\s*[-–—:]?\s*", re.IGNORECASE) for mark in marks]


_CREDIT = re.compile(
    r"[\s(\[]*[-–—]?\s*[(\[]?\s*(?:Ảnh|Photo|Nguồn ảnh)\s*:\s*"
    r"(?P<credit>[^()\[\]]+?)\s*[)\]]?\s*\.?\s*$",
    re.IGNORECASE,
)


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """Split a trailing photo credit ("... Ảnh: Hoàng Phúc") off a caption."""
    caption = clean_text(caption)
    match = _CREDIT.search(caption)
    if not match:
        return caption or None, None
    rest = caption[: match.start()].strip(" -–—")
    return rest or None, match.group("credit").strip() or None
