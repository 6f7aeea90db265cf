"""``scrapy savefixture SITE FILE_OR_URL``: a saved or fetched page made a fixture case of SITE.

A case is ``tests/sites/<site>/<case>.html.gz`` (the page), ``<case>.json`` (its record) and
an entry of ``meta.json`` (its URL, when it was captured, where it came from). The record is
what newsbot reads from the page now: a person checks it against the page, corrects what
newsbot gets wrong (naming it under ``known_wrong`` in meta.json), then commits the case.
"""

from __future__ import annotations

import gzip
import json
import sys
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.settings import Settings

from newsbot import article_from_html
from newsbot.sites import site_named, sites

CONFIGURATION_ERROR = 2


class Command(ScrapyCommand):
    settings: Settings  # scrapy.cmdline sets it before the command runs
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "SITE FILE_OR_URL [--url URL] [--case NAME] [--dir tests/sites]"

    def short_desc(self) -> str:
        return "Write a page as a fixture case of a site, its expected record from the current reading"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--url", help="the page's URL (required for a saved file)")
        parser.add_argument("--case", help="the case's name (default: the next number)")
        parser.add_argument("--dir", default="tests/sites", help="where the sites' cases are")

    def run(self, args, opts):
        try:
            written, record = self._save(args, opts)
        except (UsageError, OSError, ValueError) as exc:
            print(f"newsbot: {exc}", file=sys.stderr)
            self.exitcode = CONFIGURATION_ERROR
            return
        print(f"newsbot: wrote {written}.html.gz and .json ({record['title']!r}): check the record against "
              f"the page before committing it")

    def _save(self, args, opts):
        if len(args) != 2:
            raise UsageError("give a site and a file or URL, e.g. scrapy savefixture vnexpress page.html --url URL")
        site_name, given = args
        site = site_named(site_name)
        if site is None:
            raise UsageError(f"no site {site_name!r}: one of {', '.join(sites())}")
        fetched = given.startswith(("http://", "https://"))
        url = opts.url or (given if fetched else None)
        if not url:
            raise UsageError("a saved file needs its page's URL: --url https://...")
        if not site.profile.owns_host(urllib.parse.urlsplit(url).hostname or ""):
            raise UsageError(f"{url} is not on {site.name} ({', '.join(site.profile.domains)})")
        html = self._fetch(given) if fetched else _read(Path(given))
        if site.page_class(url, html, profile=site.profile).navigation.is_article is False:
            raise UsageError(f"{url} is not an article page of {site.name}")
        record = article_from_html(html, url)
        source = {"url": given} if fetched else {"file": Path(given).name}
        captured = datetime.now(UTC).date().isoformat() if fetched else None
        return _write_case(Path(opts.dir) / site.name, opts.case, url, html, record, captured, source), record

    def _fetch(self, url: str) -> bytes:
        request = urllib.request.Request(url, headers={"User-Agent": self.settings.get("USER_AGENT")})
        with urllib.request.urlopen(request, timeout=self.settings.getfloat("DOWNLOAD_TIMEOUT")) as response:
            return response.read()


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def _write_case(folder: Path, name: str | None, url: str, html: bytes, record: dict, captured, source) -> Path:
    """Write one case (replacing one of the same name) in the format tests/sites reads."""
    meta_file = folder / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {"cases": {}}
    name = name or str(1 + max((int(n) for n in meta["cases"] if n.isdigit()), default=0))
    folder.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same page gives the same bytes, so a rewritten case shows no change.
    (folder / f"{name}.html.gz").write_bytes(gzip.compress(html, mtime=0))
    (folder / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    meta["cases"][name] = {"url": url, "captured": captured, "source": source}
    meta["cases"] = dict(sorted(meta["cases"].items()))
    meta_file.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return folder / name
