"""Watching a crawl's process tree from outside: which programs it started, and its memory.

    with ProcessWatch(marker=str(feed_dir)) as watch:
        run_crawl(...)                      # a command line that contains the marker
    watch.seen_root                         # the crawl process itself was seen
    watch.programs                          # names of the programs it started ("node", "chromium")
    watch.peak_rss, watch.peak_pss          # bytes, the whole tree at its largest

Linux only: reads /proc.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

PROC = Path("/proc")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def _processes() -> dict[int, tuple[int, list[str]]]:
    """pid -> (parent pid, command line) of every process now."""
    table = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:  # gone meanwhile
            continue
        # The command name in parentheses may itself hold spaces and parentheses.
        parent = int(stat.rpartition(")")[2].split()[1])
        table[int(entry.name)] = (parent, [part.decode(errors="replace") for part in cmdline if part])
    return table


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes; PSS shares pages between the processes that map them."""
    try:
        rss = int((PROC / str(pid) / "statm").read_text().split()[1]) * PAGE_SIZE
        rollup = (PROC / str(pid) / "smaps_rollup").read_text()
    except OSError:
        return 0, 0
    pss = next((int(line.split()[1]) * 1024 for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return rss, pss


class ProcessWatch:
    def __init__(self, marker: str, interval: float = 0.05):
        self.marker = marker
        self.interval = interval
        self.seen_root = False
        self.programs: set[str] = set()
        self.peak_rss = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="process-watch", daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def _sample(self) -> None:
        table = _processes()
        roots = {pid for pid, (_, cmdline) in table.items() if any(self.marker in part for part in cmdline)
                 and pid != os.getpid()}
        if not roots:
            return
        self.seen_root = True
        tree = set(roots)
        grew = True
        while grew:
            children = {pid for pid, (parent, _) in table.items() if parent in tree} - tree
            tree |= children
            grew = bool(children)
        for pid in tree - roots:
            if table[pid][1]:
                self.programs.add(Path(table[pid][1][0]).name)
        memory = [_memory(pid) for pid in tree]
        self.peak_rss = max(self.peak_rss, sum(rss for rss, _ in memory))
        self.peak_pss = max(self.peak_pss, sum(pss for _, pss in memory))
