"""Structured data a page carries for machines: JSON-LD and meta tags."""

from __future__ import annotations

import html
import json
import re

ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
     "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting"}
)
# Hand-written JSON-LD often ends objects and arrays with a comma.
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Text escaped twice ("&amp;#7897;") shows its entities once decoded: decoded again, a few times at most.
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
_MAX_UNESCAPES = 3
# A name sits a level or two down ([{"@type": "Person", "name": ...}]); deeper is not a name.
_NAME_DEPTH = 4


def _load(text: str):
    text = _CONTROL.sub(" ", text.strip().removeprefix("<!--").removesuffix("-->"))
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(candidate, strict=False)
        except (ValueError, RecursionError):  # nested deeper than Python recurses: not metadata
            continue
    return None


def _flatten(data):
    """The objects of data in document order, each followed by its @graph, without recursion."""
    pending = [data]
    while pending:
        entry = pending.pop()
        if isinstance(entry, list):
            pending.extend(reversed(entry))
        elif isinstance(entry, dict):
            yield entry
            if "@graph" in entry:
                pending.append(entry["@graph"])


def json_ld(root) -> list[dict]:
    """Every JSON-LD object of the page, @graph entries included; bad JSON skipped."""
    objects = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            objects.extend(_flatten(_load(script.text)))
    return objects


def types_of(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def article_object(objects: list[dict]) -> dict:
    """The first JSON-LD object describing an article, or an empty dict."""
    return next((o for o in objects if types_of(o) & ARTICLE_TYPES), {})


def breadcrumb_names(objects: list[dict]) -> list[str]:
    for obj in objects:
        if "breadcrumblist" not in types_of(obj):
            continue
        elements = obj.get("itemListElement")
        if not isinstance(elements, list):
            continue
        entries = [e for e in elements if isinstance(e, dict)]
        entries.sort(key=lambda e: position if isinstance(position := e.get("position"), int) else 0)
        names = []
        for entry in entries:
            name = text_value(entry.get("name") or entry.get("item"))
            if name:
                names.append(name)
        return names
    return []


def text_value(value, depth: int = 0) -> str | None:
    """A JSON-LD value read as text: strings as they are, {"name": ...} by name."""
    if isinstance(value, str):
        # Some CMSs escape JSON-LD text as HTML ("Ch&#237;nh s&#225;ch").
        return decode_entities(value)
    if depth >= _NAME_DEPTH:
        return None
    if isinstance(value, dict):
        return text_value(value.get("name"), depth + 1)
    if isinstance(value, list):
        return ", ".join(filter(None, (text_value(v, depth + 1) for v in value))) or None
    return None


def decode_entities(text: str | None) -> str | None:
    """Text with its HTML entities decoded, those of text escaped twice or more too."""
    for _ in range(_MAX_UNESCAPES):
        if not text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def meta_tags(root) -> dict[str, list[str]]:
    """meta property/name/itemprop -> contents, keys lower-cased, in page order."""
    tags: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content:
            tags.setdefault(key.strip().lower(), []).append(content)
    return tags
