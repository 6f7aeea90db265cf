"""``python -m newsbot COMMAND ...``: newsbot's commands without the ``scrapy`` front.

    python -m newsbot extract FILE --url URL   one saved page read into its record, printed as
                                               one JSON line (UTF-8); FILE ``-`` reads standard input
    python -m newsbot report [--out FILE] [--feed FILE] [--spider NAME]

Bad input: one line on standard error, exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from urllib.parse import urlsplit

from newsbot.record import article_from_html

#: Subcommands run as the Scrapy command of the same name, with the project's settings.
SCRAPY_COMMANDS = ("report",)


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.exit(2, f"{self.prog}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m newsbot", description="newsbot's commands")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser("extract", help="print the record of one saved article page as a JSON line")
    extract.add_argument("file", help="the page's HTML file, or - for standard input")
    extract.add_argument("--url", required=True, help="the URL the page was fetched from")
    for name in SCRAPY_COMMANDS:
        commands.add_parser(name, help=f"the same as `scrapy {name}`", add_help=False)
    return parser


def _extract(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    parts = urlsplit(args.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        parser.error(f"--url: {args.url!r} is not an http(s) URL")
    try:
        html = sys.stdin.buffer.read() if args.file == "-" else open(args.file, "rb").read()
    except OSError as error:
        parser.error(f"cannot read {args.file}: {error.strerror or error}")
    record = article_from_html(html, args.url)
    sys.stdout.buffer.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in SCRAPY_COMMANDS:
        from scrapy.cmdline import execute

        # The project's settings wherever the command is run from, not only beside scrapy.cfg.
        os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newsbot.settings")
        execute(["scrapy", *argv])
    parser = _parser()
    return _extract(parser, parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
