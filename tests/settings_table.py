"""The tables of docs/settings.md: every setting of newsbot/settings.py, its default and its
``#:`` comment, under the ``# -- group --`` headings of the file; and every environment variable
of newsbot/environment.py.

``python -m tests.settings_table`` writes the tables between the markers of docs/settings.md;
tests/test_docs.py fails when a committed table is not the one the code gives.
settings.py is read, not imported: importing it applies the environment's values.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from newsbot import environment

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "newsbot" / "settings.py"
DOCUMENT = ROOT / "docs" / "settings.md"
START = "<!-- settings:start -->"
END = "<!-- settings:end -->"
ENVIRONMENT_START = "<!-- environment:start -->"
ENVIRONMENT_END = "<!-- environment:end -->"
_GROUP = re.compile(r"^# -- (.+?)[\s-]*$")


@dataclass
class Setting:
    name: str
    group: str
    default: str
    comment: str


class SettingsSourceError(ValueError):
    """settings.py holds a doc comment that belongs to no setting."""


def _doc_comment(lines: list[str], lineno: int) -> str:
    """The ``#:`` lines right above line ``lineno`` (1-based), joined."""
    above = []
    index = lineno - 2
    while index >= 0 and lines[index].startswith("#:"):
        above.append(lines[index][2:].strip())
        index -= 1
    return " ".join(reversed(above))


def _orphan_comments(lines: list[str], setting_lines: set[int]) -> list[int]:
    """Line numbers of ``#:`` blocks that no setting follows."""
    orphans = []
    for number, line in enumerate(lines, 1):
        follows = lines[number] if number < len(lines) else ""
        if line.startswith("#:") and not follows.startswith("#:") and number + 1 not in setting_lines:
            orphans.append(number)
    return orphans


def read_settings(path: Path = SETTINGS) -> list[Setting]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    groups = {number: m.group(1) for number, line in enumerate(lines, 1) if (m := _GROUP.match(line))}
    values: dict[str, ast.expr] = {}
    settings: dict[str, Setting] = {}
    body = ast.parse(source).body
    for node in body:
        group = next((groups[n] for n in sorted(groups, reverse=True) if n < node.lineno), "project")
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id.isupper():
            name = node.targets[0].id
            values[name] = node.value
            settings[name] = Setting(name, group, "", _doc_comment(lines, node.lineno))
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            # DOWNLOADER_MIDDLEWARES["..."] = 10: one more entry of a component dict set above.
            target = node.targets[0]
            values[target.value.id].keys.append(target.slice)
            values[target.value.id].values.append(node.value)
        elif (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
              and isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "update"):
            added = node.value.args[0]
            values[node.value.func.value.id].keys.extend(added.keys)
            values[node.value.func.value.id].values.extend(added.values)
    orphans = _orphan_comments(lines, {node.lineno for node in body})
    if orphans:
        raise SettingsSourceError(f"{path}: '#:' comment on line {orphans[0]} is followed by no setting")
    for name, setting in settings.items():
        setting.default = ast.unparse(values[name])
    return list(settings.values())


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(settings: list[Setting]) -> str:
    out: list[str] = []
    current = None
    for setting in settings:
        if not out or setting.group != current:
            current = setting.group
            out += ["", f"**{current}**", "", "| setting | default | |", "|---|---|---|"]
        out.append(f"| `{setting.name}` | `{_cell(setting.default)}` | {_cell(setting.comment)} |")
    return "\n".join(out[1:]) + "\n"


def environment_table() -> str:
    rows = [*(f"| `{name}` | {_cell(meaning)} | a crawl, as the setting of the same name |"
              for name, meaning in environment.CRAWL_SETTINGS.items()),
            *(f"| `{name}` | {_cell(meaning)} | `make deploy`, `python -m newsbot.schedule` |"
              for name, meaning in environment.SCRAPYD.items())]
    return "\n".join(["| variable | what | read by |", "|---|---|---|", *rows]) + "\n"


def _pattern(start: str, end: str) -> re.Pattern:
    return re.compile(re.escape(start) + r"\n.*?" + re.escape(end), re.S)


def committed_table(document: Path = DOCUMENT, start: str = START, end: str = END) -> str:
    found = _pattern(start, end).search(document.read_text(encoding="utf-8"))
    if not found:
        raise SystemExit(f"{document} has no {start} ... {end} section for the table")
    return found.group(0)[len(start) + 1:-len(end)]


def write(document: Path = DOCUMENT) -> None:
    text = document.read_text(encoding="utf-8")
    for start, end, generated in ((START, END, table(read_settings())),
                                  (ENVIRONMENT_START, ENVIRONMENT_END, environment_table())):
        committed_table(document, start, end)
        text = _pattern(start, end).sub(lambda _, start=start, end=end, generated=generated:
                                        f"{start}\n{generated}{end}", text)
    document.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    try:
        write()
    except SettingsSourceError as error:
        sys.exit(f"settings_table: {error}")
