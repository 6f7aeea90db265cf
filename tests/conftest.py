"""Shared test fixtures: real services on 127.0.0.1 and a way to run a real crawl."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Crawls of the local replica need no politeness delays.
FAST = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "RETRY_TIMES": "2",
    "LOG_LEVEL": "INFO",
}


@dataclass
class CrawlResult:
    returncode: int
    log: str
    items: list[dict]
    stats: dict


def run_crawl(*args: str, tmp_path: Path, settings: dict | None = None, env: dict | None = None,
              timeout: float = 120) -> CrawlResult:
    """``scrapy crawl laodongthudo`` in a subprocess, as a user runs it; items from its JSON-lines feed."""
    feed = tmp_path / f"items-{len(list(tmp_path.glob('items-*')))}.jsonl"
    stats_file = feed.with_suffix(".stats.json")
    command = [sys.executable, "-m", "scrapy", "crawl", "laodongthudo", "-O", str(feed), *args]
    for name, value in {**FAST, **(settings or {})}.items():
        command += ["-s", f"{name}={value}"]
    command += ["-s", f"NEWSBOT_STATS_FILE={stats_file}"]
    process_env = {k: v for k, v in os.environ.items() if k != "MONGO_URI"}
    process_env.update(env or {})
    process_env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(command, cwd=ROOT, env=process_env, capture_output=True, text=True, timeout=timeout)
    items = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()] if feed.exists() else []
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return CrawlResult(done.returncode, done.stderr, items, stats)


@pytest.fixture(scope="session")
def mongo_uri():
    """A real MongoDB-wire server: MONGO_URI's, a local mongod, or FerretDB built from source."""
    from tests.services.mongo import MongoServer

    with MongoServer() as server:
        yield server.uri


@pytest.fixture(scope="session")
def redis_url():
    """A real Redis server (Debian's redis-server) on a free port of 127.0.0.1."""
    from tests.services.redis import RedisServer

    with RedisServer() as server:
        yield server.url


@contextmanager
def scratch_database(mongo_uri: str):
    """A database of its own on the test server, dropped afterwards."""
    from pymongo import MongoClient

    name = f"newsbot_test_{uuid.uuid4().hex[:10]}"
    with MongoClient(mongo_uri) as client:
        yield client[name]
        client.drop_database(name)


@pytest.fixture
def database(mongo_uri):
    with scratch_database(mongo_uri) as db:
        yield db
