"""MongoDB: connection, the article index and the upsert that keeps a re-crawl idempotent."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pymongo import ASCENDING, InsertOne, MongoClient, UpdateOne
from pymongo.errors import ConfigurationError, InvalidURI, PyMongoError

IDENTITY = ("site", "article_id")
#: The server's code for a write refused by a unique index.
DUPLICATE_KEY = 11000
_CREDENTIALS = re.compile(r"(mongodb(?:\+srv)?://[^:/@]+:)([^@]+)(@)")


class StorageError(Exception):
    """MongoDB cannot be used as configured; the message is safe to print."""


def mask_uri(uri: str) -> str:
    """The URI with its password replaced by ***, for logs and errors."""
    return _CREDENTIALS.sub(r"\1***\3", uri)


def hosts_of(uri: str) -> str:
    netloc = urlsplit(uri).netloc
    return netloc.rpartition("@")[2] or "?"


def connect(uri: str, timeout_seconds: float) -> MongoClient:
    """A client whose server has answered a ping; StorageError naming the host otherwise."""
    try:
        client = MongoClient(uri, serverSelectionTimeoutMS=int(timeout_seconds * 1000),
                             connectTimeoutMS=int(timeout_seconds * 1000), tz_aware=True)
    except (ConfigurationError, InvalidURI, ValueError, TypeError) as exc:
        raise StorageError(f"MONGO_URI {mask_uri(uri)!r} is not usable: {exc}") from None
    try:
        client.admin.command("ping")
    except PyMongoError as exc:
        client.close()
        reason = str(exc).split(",")[0].split(" (configured")[0]
        raise StorageError(
            f"MongoDB at {hosts_of(uri)} did not answer within {timeout_seconds:g} s ({reason})"
        ) from None
    return client


def ensure_indexes(collection) -> None:
    collection.create_index([(f, ASCENDING) for f in IDENTITY], unique=True, name="article_identity")
    collection.create_index([("content_hash", ASCENDING)], name="content_hash")


def insert(document: dict, now: str) -> InsertOne:
    """A new article; refused with DUPLICATE_KEY when its identity is already stored."""
    return InsertOne({**document, "first_seen_at": now})


def upsert(document: dict, now: str) -> UpdateOne:
    """Insert the article, or update it in place keeping the time it was first seen."""
    key = {f: document[f] for f in IDENTITY}
    return UpdateOne(key, {"$set": document, "$setOnInsert": {"first_seen_at": now}}, upsert=True)


def add_alias(identity: tuple[str, str], url: str) -> UpdateOne:
    """Record another URL under which the same article text was found."""
    return UpdateOne(dict(zip(IDENTITY, identity, strict=True)), {"$addToSet": {"aliases": url}})
