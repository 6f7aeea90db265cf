"""A real Scrapyd on 127.0.0.1 for the deployment tests.

    with ScrapydServer(conf, env={"MONGO_URI": uri}) as scrapyd:
        scrapyd.url, scrapyd.username, scrapyd.password, scrapyd.items_dir, scrapyd.client

`conf` is a scrapyd.conf as users write it (docs/operations.md's); the server keeps its
settings except where it listens, its directories (all in a temporary
directory) and the password. It runs from that directory with the environment
of this process less PYTHONPATH, so that jobs import newsbot from the deployed
egg only.
"""

from __future__ import annotations

import configparser
import os
import secrets
import sys
import time
from pathlib import Path
from typing import Self
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from harness.services.mongo import free_port
from harness.services.process import TemporaryServer
from newsbot.schedule import Scrapyd, ScrapydError

DIRECTORIES = ("eggs_dir", "dbs_dir", "logs_dir", "items_dir")
# Jobs are picked up this often; Scrapyd's default of 5 s only slows the tests down.
POLL_INTERVAL = "0.2"


class ScrapydServer(TemporaryServer):
    name = "scrapyd"

    def __init__(self, conf: str, env: dict[str, str] | None = None):
        super().__init__()
        self.conf = configparser.ConfigParser()
        self.conf.read_string(conf)
        self.env = env or {}
        self.username = self.conf["scrapyd"]["username"]
        self.password = secrets.token_urlsafe(12)
        self.url: str | None = None

    @property
    def client(self) -> Scrapyd:
        return Scrapyd(self.url, self.username, self.password)

    @property
    def items_dir(self) -> Path:
        return Path(self.conf["scrapyd"]["items_dir"])

    def start(self) -> Self:
        root = self._make_root()
        port = free_port()
        section = self.conf["scrapyd"]
        section.update(bind_address="127.0.0.1", http_port=str(port), password=self.password,
                       poll_interval=POLL_INTERVAL)
        for option in DIRECTORIES:
            section[option] = str(root / option.removesuffix("_dir"))
        with open(root / "scrapyd.conf", "w") as conf_file:
            self.conf.write(conf_file)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith(("SCRAPYD_", "MONGO_"))}
        self.url = f"http://127.0.0.1:{port}"
        # The jobs' run history and spool (under ~/.local/state) of this server's own, not the user's.
        env["HOME"] = str(root)
        self._launch([sys.executable, "-m", "scrapyd"], ready=self._answers, cwd=root, env={**env, **self.env})
        return self

    def _answers(self) -> bool:
        try:
            with urlopen(f"{self.url}/daemonstatus.json", timeout=2):
                return True
        except HTTPError:
            return True  # it answers, if only to ask for credentials
        except (URLError, OSError):
            return False

    def wait_for_job(self, project: str, job: str, timeout: float = 180) -> dict:
        """The job's entry in listjobs.json once Scrapyd reports it finished."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            finished = self.client.call("listjobs.json", query=[("project", project)])["finished"]
            for entry in finished:
                if entry["id"] == job:
                    return entry
            time.sleep(0.5)
        raise ScrapydError(f"job {job} did not finish within {timeout:g} s")
