"""Dates as Vietnamese news pages write them, read into aware datetimes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

VIETNAM_TIME = timezone(timedelta(hours=7), "ICT")

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?\s*$",
    re.IGNORECASE,
)
_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*[/.-]\s*(?P<mo>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?!\d)")
_VERBAL_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<mo>\d{1,2})\s*(?:,|năm)\s*(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
_TIME = re.compile(r"(?<!\d)(?P<h>\d{1,2})\s*(?::|h|giờ)\s*(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)",
                   re.IGNORECASE)
_ZONE = re.compile(r"(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?", re.IGNORECASE)
# How far from the date a time of day may stand and still belong to it.
_TIME_REACH = 16


def _offset(sign: str, hours: str, minutes: str | None) -> timezone | None:
    """A UTC offset, or None when it is none (24 h or more)."""
    try:
        return timezone((-1 if sign == "-" else 1) * timedelta(hours=int(hours), minutes=int(minutes or 0)))
    except ValueError:
        return None


def _zone(text: str | None) -> timezone | None:
    if not text:
        return VIETNAM_TIME
    if text.upper() == "Z":
        return UTC
    digits = text[1:].replace(":", "")
    return _offset(text[0], digits[:2], digits[2:4])


def _build(y, mo, d, h=0, mi=0, s=0, tz=VIETNAM_TIME) -> datetime | None:
    try:
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), tzinfo=tz)
    except ValueError:
        return None


def parse_iso(text: str) -> datetime | None:
    """ISO 8601 as found in JSON-LD, meta tags and ``<time datetime>``."""
    match = _ISO.match(text or "")
    if not match:
        return None
    g = match.groupdict()
    zone = _zone(g["zone"])
    return _build(g["y"], g["mo"], g["d"], g["h"], g["mi"], g["s"], zone) if zone else None


def parse_visible(text: str) -> datetime | None:
    """A date written for readers: "17:52 | 08/04/2025", "Thứ sáu, 11/12/2020 17:30"..."""
    if not text:
        return None
    date = _DATE.search(text) or _VERBAL_DATE.search(text)
    if not date:
        return None
    time = _nearest_time(text, date.start(), date.end())
    zone_match = _ZONE.search(text)
    tz = (zone_match and _offset(zone_match["sign"], zone_match["h"], zone_match["m"])) or VIETNAM_TIME
    h, mi, s = (time["h"], time["mi"], time["s"]) if time else (0, 0, 0)
    return _build(date["y"], date["mo"], date["d"], h, mi, s, tz)


def _nearest_time(text: str, start: int, end: int):
    after = _TIME.search(text, end, min(len(text), end + _TIME_REACH))
    if after:
        return after
    before = [m for m in _TIME.finditer(text, max(0, start - _TIME_REACH), start)]
    return before[-1] if before else None


def parse_date(text: str | None) -> datetime | None:
    """Either form: ISO first, then the visible forms."""
    if not text:
        return None
    return parse_iso(text) or parse_visible(text)


def has_visible_date(text: str) -> bool:
    return bool(_DATE.search(text or ""))


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
