"""A server process for tests, its files in a temporary directory, stopped when its `with` block ends."""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Self

from harness.services.mongo import START_TIMEOUT, STOP_TIMEOUT, ServerError

LOG_FILE = "server.log"


class TemporaryServer:
    name = "server"

    def __init__(self):
        self.root: Path | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._proc: subprocess.Popen | None = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.close()

    def start(self) -> Self:
        raise NotImplementedError

    def _make_root(self) -> Path:
        self._tmp = tempfile.TemporaryDirectory(prefix=f"newsbot-{self.name}-")
        self.root = Path(self._tmp.name)
        return self.root

    def _launch(self, command: list[str], ready: Callable[[], bool], **popen_options) -> None:
        """Start the command, output to the log file, and wait until ``ready()``."""
        with open(self.root / LOG_FILE, "ab") as log:
            self._proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log,
                                          stderr=subprocess.STDOUT, **popen_options)
        deadline = time.monotonic() + START_TIMEOUT
        while not ready():
            if self._proc.poll() is not None or time.monotonic() > deadline:
                tail = self.log()[-3000:]
                self.close()
                raise ServerError(f"{self.name} did not start: {' '.join(command)}", tail)
            time.sleep(0.1)

    def log(self) -> str:
        return (self.root / LOG_FILE).read_text(errors="replace")

    def close(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._proc = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
