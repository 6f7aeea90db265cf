"""``python -m newsbot extract FILE --url URL``: one saved page read into its record, printed
as one JSON line (UTF-8). FILE ``-`` reads standard input. Bad input: one line on standard
error, exit status 2."""

from __future__ import annotations

import argparse
import json
import sys
from urllib.parse import urlsplit

from newsbot.record import article_from_html


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.exit(2, f"{self.prog}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m newsbot", description="newsbot's commands for one page")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser("extract", help="print the record of one saved article page as a JSON line")
    extract.add_argument("file", help="the page's HTML file, or - for standard input")
    extract.add_argument("--url", required=True, help="the URL the page was fetched from")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
