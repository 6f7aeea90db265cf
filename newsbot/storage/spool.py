"""Writes to MongoDB that have not landed yet, kept on disk so that none is lost.

Each crawl keeps, in a folder of its own target (server, database, collection):

- ``<crawl>.wal.jsonl``: the batch being filled, one record per line, written
  before the record joins the batch; emptied once the batch is in MongoDB. A
  crawl killed before its batch was written leaves its records here.
- ``<crawl>.spool.jsonl``: batches MongoDB did not take (server down), fsync'd.
- ``<crawl>.lock``: held while the crawl runs, so that no other process replays
  a file its writer still owns.
- ``target.json``: the URI (password masked), database and collection the
  records go to, so that ``scrapy replay FOLDER`` needs to be told nothing else.

A record is ``{"op": "upsert", "document": {...}}`` or
``{"op": "alias", "site": ..., "article_id": ..., "url": ...}``.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsbot.storage.mongo import hosts_of

logger = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^A-Za-z0-9._@-]+")


def target_folder(root: Path, hosts: str, database: str, collection: str) -> Path:
    """The spool folder of one MongoDB collection: a spool is only ever replayed where it was meant to go."""
    return Path(root) / _UNSAFE.sub("_", f"{database}.{collection}@{hosts}")


def spool_folder(root: Path, uri: str, database: str, collection: str) -> Path:
    """The spool folder of a collection on the server of a MongoDB URI (its hosts, not its credentials)."""
    return target_folder(root, hosts_of(uri), database, collection)


TARGET = "target.json"


def write_target(folder: Path, uri: str, database: str, collection: str) -> None:
    """Note in a spool folder where its records go, for ``scrapy replay FOLDER``; uri with its password masked."""
    target = {"uri": uri, "database": database, "collection": collection}
    (Path(folder) / TARGET).write_text(json.dumps(target), encoding="utf-8")


def read_target(folder: Path) -> dict:
    """The target a spool folder was made for; OSError or ValueError when it has none."""
    return json.loads((Path(folder) / TARGET).read_text(encoding="utf-8"))


def read_records(path: Path) -> list[dict]:
    """The records of a spool or WAL file; a line cut short by a kill is skipped."""
    records = []
    with open(path, "rb") as lines:
        for line in lines:
            try:
                records.append(json.loads(line))
            except ValueError:
                logger.warning("Skipped an unreadable line in %s (cut short by a kill?)", path)
    return records


class Spool:
    """The write-ahead log and the spool of one crawl."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.crawl_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{os.getpid()}"
        self._lock = open(self.folder / f"{self.crawl_id}.lock", "w")
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        self.wal_path = self.folder / f"{self.crawl_id}.wal.jsonl"
        self.spool_path = self.folder / f"{self.crawl_id}.spool.jsonl"
        # Unbuffered: a record is in the file (the OS's cache) as soon as it is written,
        # so a killed process loses nothing; fsync guards against a machine crash.
        self._wal = open(self.wal_path, "ab", buffering=0)

    def log(self, record: dict) -> None:
        self._wal.write(_line(record))

    def batch_written(self) -> None:
        """The WAL's records are in MongoDB: empty it."""
        os.ftruncate(self._wal.fileno(), 0)

    def spool_batch(self, records: list[dict]) -> None:
        """MongoDB did not take the batch: keep it in the spool file, on disk for sure."""
        with open(self.spool_path, "ab") as spool:
            spool.write(b"".join(_line(r) for r in records))
            spool.flush()
            os.fsync(spool.fileno())
        self.batch_written()

    def abandoned(self) -> Iterator[Path]:
        return abandoned_files(self.folder, running=self.crawl_id)

    def pending_count(self) -> int:
        """Records waiting in this crawl's spool file."""
        return len(read_records(self.spool_path)) if self.spool_path.exists() else 0

    def close(self) -> None:
        """Stop writing; the files stay only where they still hold records."""
        self._wal.close()
        for path in (self.wal_path, self.spool_path):
            if path.exists() and not path.stat().st_size:
                path.unlink()
        if not self.spool_path.exists() and not self.wal_path.exists():
            (self.folder / f"{self.crawl_id}.lock").unlink(missing_ok=True)
        fcntl.flock(self._lock, fcntl.LOCK_UN)
        self._lock.close()


def abandoned_files(folder: Path, running: str | None = None) -> Iterator[Path]:
    """Spool and WAL files of crawls that no longer run, each crawl's lock held while its files are used."""
    for lock_path in sorted(Path(folder).glob("*.lock")):
        crawl_id = lock_path.name.removesuffix(".lock")
        if crawl_id == running:
            continue
        with open(lock_path, "a") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # its crawl is running
            files = [lock_path.with_name(f"{crawl_id}.{kind}.jsonl") for kind in ("spool", "wal")]
            for path in files:
                if path.exists():
                    yield path
            if not any(path.exists() for path in files):
                lock_path.unlink(missing_ok=True)


def _line(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False, default=str).encode("utf-8") + b"\n"
