"""FerretDB v1 on its PostgreSQL backend, on 127.0.0.1, for a `with` block.

A PostgreSQL cluster of its own (initdb in a temporary folder, from the Debian package `postgresql` or
any PostgreSQL whose `postgres` is on PATH), FerretDB (the binary harness.services.mongo builds) in front.
PostgreSQL refuses to run as root: run by root, the cluster runs as the user `postgres` the package made.

The rest of the suite keeps FerretDB's SQLite backend (harness/services/mongo.py); this one serves
measurements of what its other backend does with a query (`psql` reads the plans beneath FerretDB).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

import pymongo
from pymongo.errors import PyMongoError

from harness.services.mongo import START_TIMEOUT, STOP_TIMEOUT, ServerError, _tail, ferretdb_binary, free_port

#: The PostgreSQL role FerretDB logs in as, and the database that holds its collections.
ROLE = "ferretdb"
DATABASE = "ferretdb"


#: The programs used, all from one PostgreSQL installation.
PROGRAMS = ("initdb", "postgres", "pg_isready", "createdb", "psql")


def postgres_bin() -> Path:
    """The folder of PostgreSQL's programs: the newest Debian package's, else the one on PATH."""
    packaged = sorted((p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/postgres")),
                      key=lambda folder: int(folder.parent.name) if folder.parent.name.isdigit() else 0)
    on_path = [Path(found).parent for found in [shutil.which("postgres")] if found]
    for folder in [*reversed(packaged), *on_path]:
        if all((folder / program).is_file() for program in PROGRAMS):
            return folder
    raise ServerError("PostgreSQL is not installed: apt-get install -y postgresql")


class PostgresFerretDB:
    """`uri`: FerretDB's MongoDB URI; `psql(sql)`: what PostgreSQL answers beneath it."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.uri: str | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._user: str | None = None
        self._pg_port = 0
        self._postgres: subprocess.Popen | None = None
        self._ferretdb: subprocess.Popen | None = None

    def __enter__(self) -> Self:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc_info) -> None:
        self.close()

    def start(self) -> Self:
        self._tmp = tempfile.TemporaryDirectory(prefix="newsbot-postgres-")
        folder = Path(self._tmp.name)
        if os.geteuid() == 0:
            self._user = "postgres"
            user = pwd.getpwnam(self._user)
            os.chown(folder, user.pw_uid, user.pw_gid)
        data = folder / "data"
        self._run([self.bin / "initdb", "-D", data, "-A", "trust", "-U", ROLE, "-E", "UTF8", "--no-sync"])
        self._pg_port = free_port()
        # A measurement server: durability is not what is measured.
        self._postgres = self._spawn(folder / "postgres.log", [
            self.bin / "postgres", "-D", data, "-p", str(self._pg_port), "-k", folder,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off"], user=self._user)
        self._wait(lambda: self._answers_sql(), self._postgres, folder / "postgres.log", "PostgreSQL")
        self._run([self.bin / "createdb", "-h", "127.0.0.1", "-p", str(self._pg_port), "-U", ROLE, DATABASE])
        port = free_port()
        self.uri = f"mongodb://127.0.0.1:{port}/"
        self._ferretdb = self._spawn(folder / "ferretdb.log", [
            ferretdb_binary(), "--handler=postgresql",
            f"--postgresql-url=postgres://{ROLE}@127.0.0.1:{self._pg_port}/{DATABASE}",
            f"--listen-addr=127.0.0.1:{port}", "--debug-addr=-", f"--state-dir={folder}",
            "--telemetry=disable", "--log-level=warn"])
        self._wait(self._answers_ping, self._ferretdb, folder / "ferretdb.log", "FerretDB")
        return self

    def psql(self, sql: str) -> str:
        return self._run([self.bin / "psql", "-h", "127.0.0.1", "-p", str(self._pg_port), "-U", ROLE, "-d",
                          DATABASE, "-At", "-v", "ON_ERROR_STOP=1", "-c", sql])

    def close(self) -> None:
        for process in (self._ferretdb, self._postgres):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self._ferretdb = self._postgres = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _run(self, command: list) -> str:
        proc = subprocess.run([str(c) for c in command], capture_output=True, text=True, user=self._user,
                              check=False, cwd="/")
        if proc.returncode != 0:
            raise ServerError(f"{Path(str(command[0])).name} failed with exit code {proc.returncode}",
                              _tail(proc.stdout + proc.stderr))
        return proc.stdout

    @staticmethod
    def _spawn(log_path: Path, command: list, user: str | None = None) -> subprocess.Popen:
        with open(log_path, "ab") as log:
            return subprocess.Popen([str(c) for c in command], stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, user=user, cwd="/")

    def _answers_sql(self) -> bool:
        ready = subprocess.run([str(self.bin / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self._pg_port)],
                               check=False)
        return ready.returncode == 0

    def _answers_ping(self) -> bool:
        try:
            with pymongo.MongoClient(self.uri, serverSelectionTimeoutMS=250, connectTimeoutMS=250) as client:
                client.admin.command("ping")
            return True
        except PyMongoError:
            return False

    @staticmethod
    def _wait(answers, process: subprocess.Popen, log: Path, name: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while not answers():
            if process.poll() is not None or time.monotonic() > deadline:
                raise ServerError(f"{name} did not start (log: {log})", _tail(log.read_text(errors="replace")))
            time.sleep(0.1)
