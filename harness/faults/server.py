"""A web server on 127.0.0.1 that fails on purpose, among pages of the replica site.

    with serve_faults() as site:
        site.base_url        # "http://127.0.0.1:PORT"; "/" links to every fault and to three articles
        site.server.hits     # every request received: Hit(host header, target, answer), in order
        site.elsewhere       # servers of the other hosts the site redirects and links to

Every fault sits at an article URL (``FAULTS``), so the spider follows each one
from the front page. The other hosts are a server on 127.0.0.2 and one reached
as ``localhost``; neither is allowed, so both must receive nothing. A link to a
port of 127.0.0.1 where nothing listens gives a refused connection. Any other
path is a page of the replica (harness/site/pages), or 404.

CLI for manual use:  python -m harness.faults.server --port 8001
"""

from __future__ import annotations

import argparse
import random
import signal
import socket
import struct
import threading
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from harness.site.server import NOT_FOUND, PAGES_DIR, ROBOTS, UNAVAILABLE, ensure_built

#: A replica article that links to the rest of the reachable replica.
SEED_PATH = "/ha-noi-cac-so-nganh-phai-nhan-trach-nhiem-voi-cac-chi-tieu-kinh-te-xa-hoi-116535.html"
#: A replica article served with ``charset=iso-8859-1``: its bytes are UTF-8.
WRONG_CHARSET_PATH = "/ha-noi-san-sang-cac-phuong-an-phuc-vu-nhan-dan-don-tet-duong-lich-2026-188116.html"
#: A replica article that answers 503 this many times before it answers.
BURST_PATH = "/phuong-hoan-kiem-ra-mat-mo-hinh-tuyen-pho-van-minh-cuoi-nam-188118.html"
BURST_503 = 2
#: A replica article no block links to: what the broken answers send (part of).
PARTLY_SENT_PATH = "/bi-thu-thanh-uy-vuong-dinh-hue-uu-tien-cao-nhat-cho-phong-chong-dich-covid-19-116447.html"

FAULTS = {
    "/loi-may-chu-900001.html": "error_500",
    "/treo-truoc-khi-tra-loi-900002.html": "stall_before_headers",
    "/treo-giua-trang-900003.html": "stall_mid_body",
    "/ngat-ket-noi-900004.html": "reset_before_response",
    "/ngat-giua-trang-900005.html": "reset_mid_body",
    "/trang-bi-cat-900006.html": "truncated_body",
    "/vong-lap-900007.html": "redirect_loop",
    "/sang-dia-chi-khac-900008.html": "redirect_other_address",
    "/sang-ten-may-khac-900009.html": "redirect_other_name",
    "/trang-50mb-900010.html": "huge_with_length",
    "/trang-50mb-khong-do-dai-900011.html": "huge_streamed",
    "/anh-900012.html": "binary_as_image",
    "/nhi-phan-900013.html": "binary_as_html",
}
#: Article paths on the other hosts and on the dead port, linked from the front page.
OFFSITE_LINK_PATH = "/bai-o-may-khac-900014.html"
DEAD_PORT_PATH = "/bai-o-cong-chet-900015.html"

HUGE_SIZE = 50 * 1024 * 1024
_CHUNK = ("<p>" + "Đoạn văn lặp lại của một trang quá lớn. " * 40 + "</p>\n").encode("utf-8")
# How long a stalled answer waits: past any download timeout a test sets.
STALL_SECONDS = 120
BINARY = random.Random(5).randbytes(30_000)


@dataclass(frozen=True)
class Hit:
    host: str  # the Host header
    target: str  # path and query
    answer: str  # status code, or what the server did instead


class RecordingServer(ThreadingHTTPServer):
    """A threading HTTP server on one loopback address that records every request it receives."""

    daemon_threads = True

    def __init__(self, address, handler):
        super().__init__(address, handler)
        self.hits: list[Hit] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def requests_for(self, path: str) -> int:
        with self._lock:
            return sum(1 for hit in self.hits if urlsplit(hit.target).path == path)

    def handle_error(self, request, client_address):  # client hang-ups are the point here
        pass


class RecordingHandler(BaseHTTPRequestHandler):
    server: RecordingServer
    protocol_version = "HTTP/1.1"
    server_version = "FaultyNginx/1.0"
    sys_version = ""

    def log_message(self, format, *args):  # no per-request logging
        pass

    def record(self, answer: str) -> None:
        self.server.record(Hit(self.headers.get("Host", ""), self.path, answer))

    def send_page(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(headers.pop("length", len(body))))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)


class ElsewhereHandler(RecordingHandler):
    """Another host: answers every request with an article, so that a followed one would show."""

    def do_GET(self):
        self.record("200")
        self.send_page(200, (PAGES_DIR / PARTLY_SENT_PATH.lstrip("/")).read_bytes())


class FaultServer(RecordingServer):
    def __init__(self, address, elsewhere: list[RecordingServer], dead_port: int):
        super().__init__(address, FaultHandler)
        self.elsewhere = elsewhere
        self.dead_port = dead_port

    def front_page(self) -> bytes:
        address, name = self.elsewhere
        links = [SEED_PATH, WRONG_CHARSET_PATH, BURST_PATH, *FAULTS,
                 f"http://127.0.0.1:{self.dead_port}{DEAD_PORT_PATH}",
                 f"{address.base_url}{OFFSITE_LINK_PATH}",
                 f"http://localhost:{name.server_address[1]}{OFFSITE_LINK_PATH}"]
        items = "".join(f'<li><a href="{url}">Bài số {n}</a></li>' for n, url in enumerate(links))
        return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang chủ</title></head>'
                f"<body><h1>Tin mới</h1><ul>{items}</ul></body></html>").encode()


class FaultHandler(RecordingHandler):
    server: FaultServer

    def do_GET(self):
        path = urlsplit(self.path).path
        if path == "/robots.txt":
            self.record("200")
            return self.send_page(200, ROBOTS, "text/plain; charset=utf-8")
        if path == "/":
            self.record("200")
            return self.send_page(200, self.server.front_page())
        if path in FAULTS:
            return getattr(self, FAULTS[path])()
        if path == BURST_PATH and self.server.requests_for(path) < BURST_503:
            self.record("503")
            return self.send_page(503, UNAVAILABLE, retry_after="0")
        file = PAGES_DIR / path.lstrip("/")
        if not path.endswith(".html") or "/" in path.lstrip("/") or not file.is_file():
            self.record("404")
            return self.send_page(404, NOT_FOUND)
        self.record("200")
        charset = "iso-8859-1" if path == WRONG_CHARSET_PATH else "utf-8"
        self.send_page(200, file.read_bytes(), f"text/html; charset={charset}")

    # -- the faults ------------------------------------------------------------

    def error_500(self):
        self.record("500")
        self.send_page(500, b"<html><body><h1>Internal Server Error</h1></body></html>")

    def stall_before_headers(self):
        self.record("stall")
        self.server.stopping.wait(STALL_SECONDS)
        self.close_connection = True

    def stall_mid_body(self):
        self.record("stall")
        page = self._partly_sent_page()
        self._start(len(page))
        self.wfile.write(page[: len(page) // 2])
        self.server.stopping.wait(STALL_SECONDS)
        self.close_connection = True

    def reset_before_response(self):
        self.record("reset")
        self._reset()

    def reset_mid_body(self):
        self.record("reset")
        page = self._partly_sent_page()
        self._start(len(page))
        self.wfile.write(page[: len(page) // 2])
        self._reset()

    def truncated_body(self):
        self.record("truncated")
        page = self._partly_sent_page()
        # The whole page is sent, but it says it is longer: the connection closes before the rest.
        self.send_page(200, page, length=len(page) + 5000, connection="close")
        self.close_connection = True

    def redirect_loop(self):
        self.record("302")
        step = int(urlsplit(self.path).query.partition("=")[2] or 0) + 1
        self._redirect(f"{urlsplit(self.path).path}?lan={step}")

    def redirect_other_address(self):
        self.record("302")
        self._redirect(f"{self.server.elsewhere[0].base_url}{urlsplit(self.path).path}")

    def redirect_other_name(self):
        self.record("301")
        self._redirect(f"http://localhost:{self.server.elsewhere[1].server_address[1]}{urlsplit(self.path).path}",
                       status=301)

    def huge_with_length(self):
        self.record("huge")
        self._start(HUGE_SIZE)
        self._stream(HUGE_SIZE)

    def huge_streamed(self):
        self.record("huge")
        # No Content-Length: the body ends when the connection closes.
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        self._stream(HUGE_SIZE)
        self.close_connection = True

    def binary_as_image(self):
        self.record("200")
        self.send_page(200, BINARY, "image/jpeg")

    def binary_as_html(self):
        self.record("200")
        self.send_page(200, BINARY)

    # -- helpers -----------------------------------------------------------------

    @staticmethod
    def _partly_sent_page() -> bytes:
        return (PAGES_DIR / PARTLY_SENT_PATH.lstrip("/")).read_bytes()

    def _start(self, length: int) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def _stream(self, size: int) -> None:
        sent = 0
        try:
            while sent < size and not self.server.stopping.is_set():
                chunk = _CHUNK[: size - sent]
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:  # the client gave up, as it should
            self.close_connection = True

    def _reset(self) -> None:
        # Linger 0: closing sends a TCP RST instead of a FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _redirect(self, location: str, status: int = 302) -> None:
        self.send_page(status, b"", location=location)


@dataclass
class FaultSite:
    server: FaultServer
    elsewhere: list[RecordingServer] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.server.base_url


def _serve(stack: ExitStack, server: RecordingServer) -> RecordingServer:
    thread = threading.Thread(target=server.serve_forever, name=f"faults-{server.base_url}", daemon=True)
    thread.start()

    def stop():
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    stack.callback(stop)
    return server


@contextmanager
def serve_faults(port: int = 0):
    """The fault server and the two other hosts, each in a daemon thread; yields a FaultSite."""
    ensure_built()
    with ExitStack() as stack:
        elsewhere = [_serve(stack, RecordingServer(("127.0.0.2", 0), ElsewhereHandler)),
                     _serve(stack, RecordingServer(("127.0.0.1", 0), ElsewhereHandler))]
        # Bound but not listening for as long as the site runs: connections to it are refused.
        dead = stack.enter_context(socket.socket())
        dead.bind(("127.0.0.1", 0))
        site = FaultSite(_serve(stack, FaultServer(("127.0.0.1", port), elsewhere, dead.getsockname()[1])),
                         elsewhere)
        yield site


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Serve the fault-injecting site on 127.0.0.1.")
    ap.add_argument("--port", type=int, default=8001)
    args = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    with serve_faults(args.port) as site:
        print(f"faults at {site.base_url}/  (Ctrl-C to stop)", flush=True)
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass
        print(f"served {len(site.server.hits)} requests")


if __name__ == "__main__":
    main()
