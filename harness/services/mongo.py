"""A real MongoDB-wire server for tests and `make demo`.

MongoServer uses, in order of preference: the server named by $MONGO_URI, a
local `mongod`, or FerretDB v1 with its SQLite backend. FerretDB is built once
from the Go module proxy and cached (see ferretdb_binary).

Command line, for a server that outlives the command (e.g. `make demo`):

    python -m harness.services.mongo up --port 27017 --data-dir .run/mongo
    python -m harness.services.mongo down --data-dir .run/mongo
    python -m harness.services.mongo build

Linux only: liveness of a detached server is checked through /proc.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import pymongo
from pymongo.errors import PyMongoError

FERRETDB_MODULE = "github.com/FerretDB/FerretDB"
FERRETDB_VERSION = "v1.24.2"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
PID_FILE = "server.pid"
URI_FILE = "server.uri"
LOG_FILE = "server.log"


class ServerError(RuntimeError):
    """The server could not be built, started or stopped."""

    def __init__(self, summary: str, details: str = "") -> None:
        super().__init__(f"{summary}\n{details}" if details else summary)
        self.summary = summary


def cache_dir() -> Path:
    return Path(
        os.environ.get("NEWSBOT_CACHE_DIR") or Path.home() / ".cache" / "newsbot"
    ).expanduser()


def ferretdb_binary() -> Path:
    """Return the cached FerretDB binary, building it first if it is missing."""
    binary = cache_dir() / "bin" / f"ferretdb-{FERRETDB_VERSION}"
    if binary.is_file():
        return binary
    with _file_lock(binary.with_name(f".{binary.name}.lock")):
        # Another process may have finished the build while we waited for the lock.
        if not binary.is_file():
            _build_ferretdb(binary)
    return binary


def _build_ferretdb(binary: Path) -> None:
    print(
        f"Building FerretDB {FERRETDB_VERSION} into {binary} (one-time, about 2 minutes)...",
        file=sys.stderr,
        flush=True,
    )
    go = _go()
    # Pure-Go SQLite driver: a static binary that needs no C toolchain.
    env = {**os.environ, "CGO_ENABLED": "0"}
    with tempfile.TemporaryDirectory(prefix="ferretdb-build-") as tmp:
        download = _run(
            [go, "mod", "download", "-json", f"{FERRETDB_MODULE}@{FERRETDB_VERSION}"],
            cwd=tmp,
            env=env,
        )
        src = Path(tmp) / "src"
        shutil.copytree(json.loads(download)["Dir"], src)
        # The module cache is read-only; the copy must accept version.txt and be removable.
        for directory, _, _ in os.walk(src):
            os.chmod(directory, 0o755)
        # When FerretDB is the main module, build/version/version.go panics at
        # start unless this file exists; `go install module@version` omits it.
        (src / "build" / "version" / "version.txt").write_text(f"{FERRETDB_VERSION}\n")
        # Written beside the target and renamed, so a killed build never leaves a broken binary.
        # Under the lock, any such file left behind is from a killed build.
        for stale in binary.parent.glob(f".{binary.name}.*.tmp"):
            stale.unlink()
        partial = binary.with_name(f".{binary.name}.{os.getpid()}.tmp")
        try:
            # -buildvcs=false: the copy may sit inside someone else's checkout.
            build = ["build", "-trimpath", "-buildvcs=false", "-o", str(partial)]
            _run([go, *build, "./cmd/ferretdb"], cwd=src, env=env)
            version = _run([str(partial), "--version"])
            if f"version: {FERRETDB_VERSION}" not in version:
                raise ServerError(
                    f"built FerretDB reports an unexpected version: {version.splitlines()[:1]}"
                )
            os.replace(partial, binary)
        finally:
            partial.unlink(missing_ok=True)


def _go() -> str:
    go = shutil.which("go") or shutil.which("go", path="/usr/local/go/bin")
    if go is None:
        raise ServerError(
            "Go toolchain not found on PATH or in /usr/local/go/bin; it is needed once to build FerretDB"
        )
    return go


def _run(cmd: list[str], **kwargs) -> str:
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, **kwargs)
    if proc.returncode != 0:
        output = _tail(proc.stdout + proc.stderr)
        last_line = output.splitlines()[-1] if output else "no output"
        raise ServerError(
            f"{' '.join(cmd)} failed with exit code {proc.returncode}: {last_line}",
            output,
        )
    return proc.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_in_use(port: int) -> bool:
    with socket.socket() as sock:
        # SO_REUSEADDR so that TIME_WAIT leftovers of a stopped server don't count, only a listener does.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
        return False


class MongoServer:
    """A MongoDB-wire server on 127.0.0.1 for the duration of a `with` block.

    stop() and start() restart the same server on the same port and data
    directory, so tests can take the database away and bring it back.
    close() (or leaving the `with` block) also removes the data directory
    unless the caller supplied it.
    """

    def __init__(
        self,
        port: int | None = None,
        data_dir: str | os.PathLike | None = None,
        *,
        detach: bool = False,
        admin: tuple[str, str] | None = None,
    ):
        # With admin (user, password), FerretDB requires a login for everything but ping; the
        # admin user, in database "admin", may create others (createUser).
        self.admin = admin
        self.external = bool(os.environ.get("MONGO_URI")) and admin is None
        self.uri: str | None = os.environ["MONGO_URI"] if self.external else None
        self.port = port
        self.data_dir = Path(data_dir).resolve() if data_dir is not None else None
        self._detach = detach
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._command: list[str] | None = None
        self._proc: subprocess.Popen | None = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> Self:
        if self.external or self.running:
            return self
        if self.data_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="newsbot-mongo-")
            self.data_dir = Path(self._tmp.name)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if (pid := _running_pid(self.data_dir)) is not None:
            raise ServerError(
                f"{self.data_dir} is already used by a running server (pid {pid})"
            )
        if self.port is None:
            self.port = free_port()
        elif _port_in_use(self.port):
            raise ServerError(f"port {self.port} on 127.0.0.1 is already in use")
        if self._command is None:
            self._command = self._server_command()
        self.uri = f"mongodb://127.0.0.1:{self.port}/"
        with open(self.data_dir / LOG_FILE, "ab") as log:
            self._proc = subprocess.Popen(
                self._command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_server_env(),
                start_new_session=self._detach,
            )
        (self.data_dir / PID_FILE).write_text(f"{self._proc.pid}\n")
        (self.data_dir / URI_FILE).write_text(f"{self.uri}\n")
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server process, keeping its data for a later start()."""
        if self.external:
            raise ServerError("cannot stop the external server given by MONGO_URI")
        if self._proc is None:
            return
        proc, self._proc = self._proc, None
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        _forget_server(self.data_dir)

    def close(self) -> None:
        """Stop the server and remove its data directory if it is a temporary one."""
        if self.external:
            return
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
            self.data_dir = None

    def _server_command(self) -> list[str]:
        mongod = shutil.which("mongod")
        if mongod is not None and self.admin is None:
            return [
                mongod,
                "--dbpath", str(self.data_dir),
                "--port", str(self.port),
                "--bind_ip", "127.0.0.1",
                "--nounixsocket",
                "--quiet",
            ]  # fmt: skip
        return [
            str(ferretdb_binary()),
            "--handler=sqlite",
            f"--sqlite-url=file:{self.data_dir}/",
            f"--listen-addr=127.0.0.1:{self.port}",
            # "-" disables the debug/metrics HTTP listener (default 127.0.0.1:8088),
            # which would otherwise collide between two instances.
            "--debug-addr=-",
            # state.json defaults to the working directory.
            f"--state-dir={self.data_dir}",
            "--telemetry=disable",
            "--log-level=warn",
            *self._auth_flags(),
        ]

    def _auth_flags(self) -> list[str]:
        if self.admin is None:
            return []
        user, password = self.admin
        return ["--test-enable-new-auth", "--setup-database=admin", f"--setup-username={user}",
                f"--setup-password={password}"]

    @property
    def admin_uri(self) -> str:
        """The URI with the admin user's login."""
        user, password = self.admin
        return self.uri.replace("mongodb://", f"mongodb://{user}:{password}@", 1) + "?authSource=admin"

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        with pymongo.MongoClient(
            self.uri, serverSelectionTimeoutMS=250, connectTimeoutMS=250
        ) as client:
            while True:
                code = self._proc.poll()
                if code is not None:
                    raise self._start_error(f"exited with code {code}")
                try:
                    client.admin.command("ping")
                    return
                except PyMongoError:
                    if time.monotonic() > deadline:
                        raise self._start_error(
                            f"did not answer ping within {START_TIMEOUT:.0f} s"
                        ) from None
                time.sleep(0.1)

    def _start_error(self, what: str) -> ServerError:
        log = self.data_dir / LOG_FILE
        return ServerError(
            f"{Path(self._command[0]).name} on {self.uri} {what} (log: {log})",
            f"{' '.join(self._command)}\n--- tail of {log} ---\n{_tail(log.read_text(errors='replace'))}",
        )


def _server_env() -> dict[str, str]:
    # FERRETDB_* variables from the caller's shell could add listeners or switch the backend.
    return {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("FERRETDB_")
    }


def _running_pid(data_dir: Path) -> int | None:
    """The pid of the live server recorded in data_dir, if any."""
    try:
        pid = int((data_dir / PID_FILE).read_text())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (FileNotFoundError, ValueError):
        return None
    # The pid may have been reused since the server died; a zombie has an empty cmdline.
    return pid if os.fsencode(data_dir) in cmdline else None


def _forget_server(data_dir: Path) -> None:
    (data_dir / PID_FILE).unlink(missing_ok=True)
    (data_dir / URI_FILE).unlink(missing_ok=True)


def _tail(text: str, lines: int = 30) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def up(port: int | None, data_dir: Path) -> str:
    """Start a server that outlives this process, or find the one already running; return its URI."""
    data_dir = data_dir.resolve()
    with _file_lock(data_dir / ".lock"):
        server = MongoServer(port, data_dir, detach=True)
        pid = None if server.external else _running_pid(data_dir)
        if pid is None:
            return server.start().uri
        uri = (data_dir / URI_FILE).read_text().strip()
        if port is not None and uri != f"mongodb://127.0.0.1:{port}/":
            raise ServerError(
                f"{data_dir} is already served at {uri} (pid {pid}), not on port {port}"
            )
        try:
            with pymongo.MongoClient(uri, serverSelectionTimeoutMS=2000) as client:
                client.admin.command("ping")
        except PyMongoError as exc:
            raise ServerError(
                f"server pid {pid} at {uri} does not answer ping: {exc}"
            ) from None
        return uri


def down(data_dir: Path) -> None:
    """Stop the server started by up() in data_dir; do nothing if none is running."""
    data_dir = data_dir.resolve()
    if not data_dir.is_dir():
        return
    with _file_lock(data_dir / ".lock"):
        pid = _running_pid(data_dir)
        if pid is not None:
            _terminate(pid, data_dir)
        _forget_server(data_dir)


def _terminate(pid: int, data_dir: Path) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline:
            if _running_pid(data_dir) is None:
                return
            time.sleep(0.1)
    raise ServerError(f"server pid {pid} did not exit after SIGKILL")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m harness.services.mongo", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    up_parser = commands.add_parser(
        "up", help="start a detached server (if needed) and print its URI"
    )
    up_parser.add_argument("--port", type=int, help="default: a free port")
    up_parser.add_argument("--data-dir", type=Path, required=True)
    down_parser = commands.add_parser("down", help="stop the server started by `up`")
    down_parser.add_argument("--data-dir", type=Path, required=True)
    commands.add_parser(
        "build", help="build the FerretDB binary if needed and print its path"
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "up":
            print(up(args.port, args.data_dir))
        elif args.command == "down":
            down(args.data_dir)
        else:
            print(ferretdb_binary())
    except (ServerError, OSError) as exc:
        print(f"mongo {args.command}: {getattr(exc, 'summary', exc)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
