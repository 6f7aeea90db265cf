"""A real Redis server on 127.0.0.1 for the scale-out tests and `make bench-scale`.

    with RedisServer() as server:
        server.url        # "redis://127.0.0.1:PORT/0"

Uses Debian's `redis-server` (`apt-get install redis-server`), started on a free
port with its data in a temporary directory, nothing saved to disk.
"""

from __future__ import annotations

import shutil
import socket
from typing import Self

from harness.services.mongo import ServerError, free_port
from harness.services.process import TemporaryServer


def redis_server_binary() -> str:
    binary = shutil.which("redis-server") or shutil.which("redis-server", path="/usr/bin:/usr/sbin")
    if binary is None:
        raise ServerError("redis-server not found: apt-get install -y redis-server")
    return binary


def ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer(TemporaryServer):
    name = "redis"

    def __init__(self):
        super().__init__()
        self.url: str | None = None

    def start(self) -> Self:
        root = self._make_root()
        port = free_port()
        command = [
            redis_server_binary(),
            "--bind", "127.0.0.1",
            "--port", str(port),
            "--dir", str(root),
            "--save", "",
            "--appendonly", "no",
        ]  # fmt: skip
        self._launch(command, ready=lambda: ping(port))
        self.url = f"redis://127.0.0.1:{port}/0"
        return self
