"""``scrapy report``: the HTML run report from the run history and the stored articles."""

from __future__ import annotations

import sys
from pathlib import Path

from pymongo.errors import PyMongoError
from scrapy.commands import ScrapyCommand

from newsbot import report
from newsbot.storage.mongo import StorageError


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def short_desc(self):
        return "Write the HTML run report (charts of the run history and the stored articles)"

    def add_options(self, parser):
        super().add_options(parser)
        parser.add_argument("--out", default="report.html", help="the HTML file to write (default: report.html)")
        parser.add_argument("--feed", help="read the stored articles from this JSON-lines feed, not MongoDB")
        parser.add_argument("--spider", help="only the runs of this spider")

    def run(self, args, opts):
        feed = Path(opts.feed) if opts.feed else None
        if feed is not None and not feed.is_file():
            print(f"newsbot: report: no feed file {feed}", file=sys.stderr)
            self.exitcode = 2
            return
        try:
            runs, articles = report.gather(self.settings, spider=opts.spider, feed=feed)
        except (PyMongoError, StorageError) as exc:
            print(f"newsbot: report: {str(exc).splitlines()[0]}", file=sys.stderr)
            self.exitcode = 2
            return
        out = Path(opts.out)
        report.write(out, runs, articles, spider=opts.spider)
        print(f"newsbot: report of {len(runs)} runs and {len(articles)} articles written to {out}")
