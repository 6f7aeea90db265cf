"""``scrapy savefixture SITE FILE_OR_URL``: a saved or fetched page made a fixture case of SITE.

The expected record is what newsbot reads from the page now: a person checks it (and
corrects it where newsbot is wrong) before committing the case.
"""

from __future__ import annotations

import gzip
import sys
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.settings import Settings

from newsbot.fixtures import record_of, write_case
from newsbot.sites import site_named, sites

CONFIGURATION_ERROR = 2


class Command(ScrapyCommand):
    settings: Settings  # scrapy.cmdline sets it before the command runs
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "SITE FILE_OR_URL [--url URL] [--case NAME] [--dir tests/sites]"

    def short_desc(self) -> str:
        return "Write a page as a fixture case of a site, expected record from the current reading"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--url", help="the page's URL (required for a file)")
        parser.add_argument("--case", help="the case's name (default: the article id)")
        parser.add_argument("--dir", default="tests/sites", help="where the sites' cases are")

    def run(self, args, opts):
        try:
            folder, name, record = self._save(args, opts)
        except (UsageError, OSError, ValueError) as exc:
            print(f"newsbot: {exc}", file=sys.stderr)
            self.exitcode = CONFIGURATION_ERROR
            return
        print(f"newsbot: wrote {folder / name}.html.gz and {name}.json ({record['title']!r}): check the "
              f"expected record before committing it")

    def _save(self, args, opts):
        if len(args) != 2:
            raise UsageError("give a site and a file or URL, e.g. scrapy savefixture vnexpress page.html --url URL")
        site_name, source = args
        site = site_named(site_name)
        if site is None:
            raise UsageError(f"no site {site_name!r}: one of {', '.join(sites())}")
        fetched = source.startswith(("http://", "https://"))
        url = opts.url or (source if fetched else None)
        if not url:
            raise UsageError("a saved file needs its page's URL: --url https://...")
        if not site.profile.owns_host(urllib.parse.urlsplit(url).hostname or ""):
            raise UsageError(f"{url} is not on {site.name} ({', '.join(site.profile.domains)})")
        html = self._fetch(source) if fetched else self._read(Path(source))
        page = site.page_class(url, html, profile=site.profile)
        if not page.navigation.is_article:
            raise UsageError(f"{url} is not an article page of {site.name}")
        record = record_of(page.to_item())
        name = opts.case or record["article_id"]
        folder = write_case(Path(opts.dir), site.name, name, url=url, html=html, record=record,
                            captured=datetime.now(UTC).date().isoformat(), source=source)
        return folder, name, record

    @staticmethod
    def _read(path: Path) -> bytes:
        data = path.read_bytes()
        return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data

    def _fetch(self, url: str) -> bytes:
        request = urllib.request.Request(url, headers={"User-Agent": self.settings.get("USER_AGENT")})
        with urllib.request.urlopen(request, timeout=self.settings.getfloat("DOWNLOAD_TIMEOUT")) as response:
            return response.read()
