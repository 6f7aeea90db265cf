"""Real-page fixtures, one format for every site: ``tests/sites/<site>/``

- ``<case>.html.gz``: the page as it was fetched;
- ``<case>.json``: the record newsbot is expected to read from it (as in the feed, without
  ``crawled_at`` and ``content_hash``), checked by a person;
- ``meta.json``: for each case, the page's URL, when it was captured and where it came from.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from newsbot.items import Article

#: The fields a fixture expects: a record's fields less those set by the pipelines.
CASE_FIELDS = [name for name in Article.__dataclass_fields__ if name not in ("crawled_at", "content_hash")]


@dataclass(frozen=True)
class Case:
    site: str
    name: str
    url: str
    captured: str
    source: str
    folder: Path

    @property
    def html(self) -> bytes:
        return gzip.decompress((self.folder / f"{self.name}.html.gz").read_bytes())

    @property
    def expected(self) -> dict:
        return json.loads((self.folder / f"{self.name}.json").read_text(encoding="utf-8"))


def record_of(item: Article) -> dict:
    record = asdict(item)
    return {name: record[name] for name in CASE_FIELDS}


def read_cases(root: Path, site: str | None = None) -> list[Case]:
    """Every case under ``root`` (of one site, or of all), in site and case order."""
    cases = []
    for meta_file in sorted(root.glob(f"{site or '*'}/meta.json")):
        for name, meta in sorted(json.loads(meta_file.read_text(encoding="utf-8")).items()):
            cases.append(Case(meta_file.parent.name, name, meta["url"], meta["captured"], meta["source"],
                              meta_file.parent))
    return cases


def write_case(root: Path, site: str, name: str, *, url: str, html: bytes, record: dict,
               captured: str, source: str) -> Path:
    """Write one case (replacing one of the same name); the folder of the site's cases."""
    folder = root / site
    folder.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same page gives the same bytes, so a rewritten case shows no change.
    (folder / f"{name}.html.gz").write_bytes(gzip.compress(html, mtime=0))
    (folder / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    meta_file = folder / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    meta[name] = {"url": url, "captured": captured, "source": source}
    meta_file.write_text(json.dumps(dict(sorted(meta.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return folder
