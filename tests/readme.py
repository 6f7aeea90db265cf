"""The README's sections and code blocks, for tests that do what it says, to the letter."""

from __future__ import annotations

import re

from tests.conftest import ROOT

README = ROOT / "README.md"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)


def section(title: str) -> str:
    """The text of the README's `## title` section, up to the next `## ` heading."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def code_blocks(title: str, language: str) -> list[str]:
    """The bodies of the section's fenced code blocks in that language, in order."""
    return [body for lang, body in _FENCE.findall(section(title)) if lang == language]
