"""Debian's Chromium for the rendering tests and CI, found or installed the same way for both.

    python3 -m harness.services.chromium      (what .ci/run does; prints the binary's path)

The binary is $NEWSBOT_CHROMIUM when set, else /usr/bin/chromium. When it is missing and we
are root on a system with apt-get, the `chromium` package is installed. Standard library only:
CI runs this before any virtualenv exists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

DEFAULT = Path("/usr/bin/chromium")


class ChromiumMissing(RuntimeError):
    pass


def locate() -> Path:
    return Path(os.environ.get("NEWSBOT_CHROMIUM") or DEFAULT)


def ensure() -> Path:
    """The Chromium binary, installing Debian's package first when it is missing."""
    binary = locate()
    if binary.is_file():
        return binary
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise ChromiumMissing(f"no Chromium at {binary}: install Debian's chromium package (apt-get install chromium)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    if not binary.is_file():
        raise ChromiumMissing(f"the chromium package did not install {binary}")
    return binary


if __name__ == "__main__":
    try:
        print(ensure())
    except (ChromiumMissing, subprocess.CalledProcessError) as exc:
        sys.exit(f"chromium: {exc}")
