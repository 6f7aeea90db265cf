"""nginx from the system serving a folder on a free 127.0.0.1 port, in the foreground, for one `with` block."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Self

from harness.services.mongo import free_port

START_TIMEOUT = 10.0
CONFIG = """\
daemon off;
# One process: nginx's share of the two cores is measured apart from the crawler's.
master_process off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types {{ text/html html; text/plain txt; }}
    # Subsection pages ("/thoi-su/xa-hoi") have no suffix.
    default_type text/html;
    charset utf-8;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        root {root};
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""


class NginxError(RuntimeError):
    pass


def nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if found is None:
        raise NginxError("nginx is not installed (Debian: apt-get install -y nginx)")
    return found


class Nginx:
    """``with Nginx(root) as server:`` serves root at ``server.base_url`` (http://127.0.0.1:PORT)."""

    def __init__(self, root: Path):
        self.root = Path(root).resolve()
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._tmp: tempfile.TemporaryDirectory | None = None
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Self:
        self._tmp = tempfile.TemporaryDirectory(prefix="newsbot-nginx-")
        prefix = Path(self._tmp.name)
        config = prefix / "nginx.conf"
        config.write_text(CONFIG.format(prefix=prefix, port=self.port, root=self.root))
        self.process = subprocess.Popen([nginx_binary(), "-p", str(prefix), "-c", str(config)],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        try:
            self._wait_until_ready(prefix)
        except BaseException:
            self.__exit__()
            raise
        return self

    def _wait_until_ready(self, prefix: Path) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.process.poll() is not None:
                raise NginxError(f"nginx exited with code {self.process.returncode}: "
                                 f"{self.process.stderr.read().decode(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(self.base_url + "/robots.txt", timeout=1):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise NginxError(f"nginx did not answer on {self.base_url} within {START_TIMEOUT:g} s "
                                     f"(log: {prefix / 'error.log'})") from None
                time.sleep(0.05)

    def __exit__(self, *exc_info) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(START_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None:
            self.process.stderr.close()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

