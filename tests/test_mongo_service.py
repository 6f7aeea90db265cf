"""The MongoDB-wire test server: the features newsbot relies on, restarts, and the up/down CLI."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pymongo import ASCENDING, MongoClient, UpdateOne
from pymongo.errors import DuplicateKeyError, PyMongoError

from harness.services.mongo import MongoServer, free_port

pytestmark = pytest.mark.mongo

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Hà Nội: Các sở ngành"


@pytest.fixture
def server(monkeypatch):
    # These tests are about the server this module runs, not one named by MONGO_URI.
    monkeypatch.delenv("MONGO_URI", raising=False)
    with MongoServer() as server:
        yield server


@pytest.fixture
def articles(server):
    with MongoClient(server.uri) as client:
        yield client["newsbot_test"]["articles"]


def answers_ping(uri):
    with MongoClient(uri, serverSelectionTimeoutMS=500) as client:
        try:
            client.admin.command("ping")
        except PyMongoError:
            return False
        return True


def test_vietnamese_text_round_trips(articles):
    articles.insert_one({"title": TITLE})

    assert articles.find_one({"title": TITLE}, {"_id": 0}) == {"title": TITLE}


def test_unique_compound_index_rejects_a_duplicate(articles):
    articles.create_index([("source", ASCENDING), ("url", ASCENDING)], unique=True)
    articles.insert_one(
        {"source": "laodongthudo", "url": "https://x/1", "title": TITLE}
    )

    with pytest.raises(DuplicateKeyError):
        articles.insert_one(
            {"source": "laodongthudo", "url": "https://x/1", "title": "other"}
        )
    articles.insert_one({"source": "other", "url": "https://x/1"})


def test_unordered_bulk_upserts_report_counts_and_apply_every_operator(articles):
    articles.create_index([("source", ASCENDING), ("url", ASCENDING)], unique=True)

    def upserts(urls, title, seen):
        return [
            UpdateOne(
                {"source": "laodongthudo", "url": url},
                {
                    "$set": {"title": title},
                    "$setOnInsert": {"first_seen": seen},
                    "$addToSet": {"categories": "xa-hoi"},
                },
                upsert=True,
            )
            for url in urls
        ]

    first = articles.bulk_write(
        upserts(["https://x/1", "https://x/2"], TITLE, datetime(2024, 1, 1)),
        ordered=False,
    )
    second = articles.bulk_write(
        upserts(["https://x/2", "https://x/3"], "Tin mới", datetime(2025, 1, 1)),
        ordered=False,
    )

    assert (first.upserted_count, first.matched_count) == (2, 0)
    assert second.upserted_count == 1
    assert (second.matched_count, second.modified_count) == (1, 1)
    assert articles.find_one({"url": "https://x/2"}, {"_id": 0}) == {
        "source": "laodongthudo",
        "url": "https://x/2",
        "title": "Tin mới",
        "first_seen": datetime(2024, 1, 1),
        "categories": ["xa-hoi"],
    }
    assert articles.count_documents({}) == 3


def test_data_survives_a_stop_and_start_on_the_same_port(server, articles):
    articles.insert_one({"title": TITLE})
    uri = server.uri

    server.stop()
    assert not answers_ping(uri)
    server.start()

    assert server.uri == uri
    assert articles.find_one({}, {"_id": 0}) == {"title": TITLE}


def test_cli_up_is_idempotent_and_down_stops_the_server(tmp_path, monkeypatch):
    monkeypatch.delenv("MONGO_URI", raising=False)
    port, data_dir = str(free_port()), str(tmp_path / "mongo")

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "harness.services.mongo", *args],
            check=False,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )

    started = cli("up", "--port", port, "--data-dir", data_dir)
    try:
        assert started.returncode == 0, started.stderr
        uri = started.stdout.strip()
        assert uri == f"mongodb://127.0.0.1:{port}/"
        assert cli("up", "--port", port, "--data-dir", data_dir).stdout.strip() == uri
        with MongoClient(uri) as client:
            client.newsbot_test.articles.insert_one({"title": TITLE})
    finally:
        assert cli("down", "--data-dir", data_dir).returncode == 0

    assert not answers_ping(uri)
    assert cli("down", "--data-dir", data_dir).returncode == 0
