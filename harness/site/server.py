"""Serve the laodongthudo.vn replica (harness/site/pages/) on 127.0.0.1.

    with serve_replica() as base:          # base == "http://127.0.0.1:PORT"
        ...crawl base + "/"...
        base.requests                      # every request path, in order ("/", "/x-1.html", ...)
        base.server                        # the ReplicaServer (requests, log, flaky_paths)

CLI for manual use:  python -m harness.site.server --port 8000

Behaviour: "/" serves index.html; .html and .tag pages are text/html; charset=utf-8;
/robots.txt allows everything (a replica's own robots.txt is served instead); unknown paths are 404;
the query string and fragment are ignored when looking up a file; each path listed in expected.json
"flaky_503" answers 503 the first time it is requested in the server's life, then 200. No per-request logging.
"""
from __future__ import annotations

import argparse
import json
import mimetypes
import signal
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
PAGES_DIR = HERE / "pages"
EXPECTED = HERE / "expected.json"
ROBOTS = b"User-agent: *\nDisallow:\n"
NOT_FOUND = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404</title></head>'
             "<body><h1>Không tìm thấy trang</h1></body></html>").encode()
UNAVAILABLE = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>503</title></head>'
               "<body><h1>Hệ thống đang bận, vui lòng thử lại sau</h1></body></html>").encode()
# Article pages of other sites end in .htm, .chn (cafef), .ldo (laodong), .vov (vov).
HTML_SUFFIXES = {".html", ".tag", ".media", ".htm", ".chn", ".ldo", ".vov"}


class ReplicaServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, pages_dir: Path, flaky_paths):
        super().__init__(address, ReplicaHandler)
        self.pages_dir = Path(pages_dir).resolve()
        self.flaky_paths = set(flaky_paths)
        self.requests: list[str] = []  # request paths (no query), in arrival order
        self.log: list[tuple[str, str, int]] = []  # (method, raw target, status)
        self._lock = threading.Lock()
        self._flaky_done: set[str] = set()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def record(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)

    def first_hit_of_flaky(self, path: str) -> bool:
        with self._lock:
            if path in self.flaky_paths and path not in self._flaky_done:
                self._flaky_done.add(path)
                return True
            return False

    def handle_error(self, request, client_address):  # keep stderr quiet (client hang-ups)
        pass


class ReplicaHandler(BaseHTTPRequestHandler):
    server: ReplicaServer
    protocol_version = "HTTP/1.1"
    server_version = "ReplicaNginx/1.0"
    sys_version = ""

    def log_message(self, format, *args):  # no per-request logging
        pass

    def do_GET(self):
        self._serve(send_body=True)

    def do_HEAD(self):
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path) or "/"
        self.server.record(path)
        if path == "/robots.txt" and not (self.server.pages_dir / "robots.txt").is_file():
            return self._send(200, ROBOTS, "text/plain; charset=utf-8", send_body)
        if self.server.first_hit_of_flaky(path):
            return self._send(503, UNAVAILABLE, "text/html; charset=utf-8", send_body, retry_after=True)
        file = self._file_for(path)
        if file is None:
            return self._send(404, NOT_FOUND, "text/html; charset=utf-8", send_body)
        if file.suffix in HTML_SUFFIXES:
            ctype = "text/html; charset=utf-8"
        else:
            ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self._send(200, file.read_bytes(), ctype, send_body)

    def _file_for(self, path: str) -> Path | None:
        name = "index.html" if path == "/" else path.lstrip("/")
        if not path.startswith("/") or not name or name.endswith("/"):
            return None
        file = (self.server.pages_dir / name).resolve()
        if self.server.pages_dir not in file.parents or not file.is_file():
            return None
        return file

    def _send(self, status: int, body: bytes, ctype: str, send_body: bool, retry_after: bool = False) -> None:
        with self.server._lock:
            self.server.log.append((self.command, self.path, status))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if retry_after:
            self.send_header("Retry-After", "0")
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class ReplicaURL(str):
    """The base URL (a str), carrying the server and its request log."""

    server: ReplicaServer

    def __new__(cls, server: ReplicaServer):
        obj = super().__new__(cls, server.base_url)
        obj.server = server
        return obj

    @property
    def requests(self) -> list[str]:
        return self.server.requests


def ensure_built() -> None:
    if not PAGES_DIR.is_dir() or not EXPECTED.is_file():
        from . import build

        build.build()


def make_server(port: int = 0, pages_dir: Path | None = None, flaky_paths=None,
                host: str = "127.0.0.1") -> ReplicaServer:
    if pages_dir is None:
        ensure_built()
        pages_dir = PAGES_DIR
    if flaky_paths is None:
        expected_file = Path(pages_dir).parent / "expected.json"
        flaky_paths = json.loads(expected_file.read_text("utf-8"))["flaky_503"] if expected_file.is_file() else []
    return ReplicaServer((host, port), pages_dir, flaky_paths)


@contextmanager
def serve_replica(pages_dir: Path | None = None, flaky_paths=None, port: int = 0, host: str = "127.0.0.1"):
    """Serve the replica on a free port in a daemon thread; yield its base URL (ReplicaURL).
    Another loopback host (127.0.0.2...) is another site to the crawler."""
    server = make_server(port, pages_dir, flaky_paths, host)
    thread = threading.Thread(target=server.serve_forever, name="replica-site", daemon=True)
    thread.start()
    try:
        yield ReplicaURL(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Serve the laodongthudo.vn replica on 127.0.0.1.")
    ap.add_argument("--port", type=int, default=8000)
    args = ap.parse_args(argv)
    # Stop on Ctrl-C or SIGTERM, even when started in the background (SIGINT ignored).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    server = make_server(args.port)
    print(f"replica at {server.base_url}/  (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        print(f"served {len(server.requests)} requests")


if __name__ == "__main__":
    main()
