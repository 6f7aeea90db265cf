"""Sections and code blocks of the README or a docs/ page, for tests that do what it says, to the letter."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT

README = ROOT / "README.md"
OPERATIONS = ROOT / "docs" / "operations.md"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)


def section(title: str, document: Path = README) -> str:
    """The text of the document's `## title` section, up to the next `## ` heading."""
    text = document.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def code_blocks(title: str, language: str, document: Path = README) -> list[str]:
    """The bodies of the section's fenced code blocks in that language, in order."""
    return [body for lang, body in _FENCE.findall(section(title, document)) if lang == language]
