"""Real pages of news sites and the record each must give: ``<site>/<case>.html.gz``, the
expected record ``<site>/<case>.json``, and ``<site>/meta.json`` naming each case's source
URL, capture date, origin and the fields known to be wrong (``known_wrong``: field -> why)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True, eq=False)
class Case:
    site: str
    name: str
    meta: dict

    @property
    def folder(self) -> Path:
        return HERE / self.site

    @property
    def url(self) -> str:
        return self.meta["url"]

    def html(self) -> bytes:
        return gzip.decompress((self.folder / f"{self.name}.html.gz").read_bytes())

    @property
    def expected_file(self) -> Path:
        return self.folder / f"{self.name}.json"

    def expected(self) -> dict:
        return json.loads(self.expected_file.read_text(encoding="utf-8"))

    def __str__(self) -> str:
        return f"{self.site}/{self.name}"


def cases() -> list[Case]:
    """Every case of every site folder."""
    found = []
    for meta_file in sorted(HERE.glob("*/meta.json")):
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        found += [Case(meta_file.parent.name, name, entry) for name, entry in sorted(meta["cases"].items())]
    return found
