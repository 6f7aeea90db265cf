"""``python -m newsbot COMMAND ...``: newsbot's commands without the ``scrapy`` front.

    python -m newsbot report [--out FILE] [--feed FILE] [--spider NAME]
"""

import os
import sys

from scrapy.cmdline import execute

#: Subcommands, each run as the Scrapy command of the same name.
COMMANDS = ("report",)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in COMMANDS:
        print(f"usage: python -m newsbot {{{','.join(COMMANDS)}}} ...", file=sys.stderr)
        sys.exit(2)
    # The project's settings wherever the command is run from, not only beside scrapy.cfg.
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newsbot.settings")
    execute(["scrapy", *argv])


if __name__ == "__main__":
    main(sys.argv[1:])
