"""Shared test fixtures: real services on 127.0.0.1 (harness/services/); a real crawl and a crawler
of the project's settings come from harness/crawl.py, imported from here by the tests."""

from __future__ import annotations

import asyncio
import uuid
from contextlib import contextmanager

import pytest

from harness.crawl import FAST, PROJECT_SETTINGS, ROOT, Crawl, CrawlResult, make_crawler, run_crawl

__all__ = ["FAST", "PROJECT_SETTINGS", "ROOT", "Crawl", "CrawlResult", "make_crawler", "run_crawl"]

# A test that uses one of these fixtures needs that service: it carries the marker without saying so.
SERVICE_FIXTURES = {"mongo_uri": "mongo", "redis_url": "redis"}


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(items):
    for item in items:
        for fixture, marker in SERVICE_FIXTURES.items():
            if fixture in item.fixturenames:
                item.add_marker(marker)


def parse_output(spider, response) -> list:
    """What the spider's parse callback yields for a response, outside a crawl."""
    async def collect():
        return [output async for output in spider.parse(response)]
    return asyncio.run(collect())


@pytest.fixture(scope="session")
def mongo_uri():
    """A real MongoDB-wire server: MONGO_URI's, a local mongod, or FerretDB built from source."""
    from harness.services.mongo import MongoServer

    with MongoServer() as server:
        yield server.uri


@pytest.fixture(scope="session")
def redis_url():
    """A real Redis server (Debian's redis-server) on a free port of 127.0.0.1."""
    from harness.services.redis import RedisServer

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
