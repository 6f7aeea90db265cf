"""MongoDB: connection, the article index and the upsert that keeps a re-crawl idempotent."""

from __future__ import annotations

import re
import socket
from urllib.parse import urlsplit

from pymongo import ASCENDING, InsertOne, MongoClient, UpdateOne
from pymongo.errors import ConfigurationError, InvalidURI, OperationFailure, ProtocolError, PyMongoError

IDENTITY = ("site", "article_id")
#: The server's code for a write refused by a unique index.
DUPLICATE_KEY = 11000
AUTHENTICATION_FAILED = 18
UNAUTHORIZED = 13
SCHEMES = ("mongodb://", "mongodb+srv://")
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
    if not uri.startswith(SCHEMES):
        # pymongo would take the text for a host name and report a timeout.
        raise StorageError(f"MONGO_URI {mask_uri(uri)!r} is not a MongoDB URI: it starts with "
                           f"{' or '.join(SCHEMES)}, e.g. mongodb://127.0.0.1:27017/")
    try:
        client: MongoClient = MongoClient(uri, serverSelectionTimeoutMS=int(timeout_seconds * 1000),
                             connectTimeoutMS=int(timeout_seconds * 1000), tz_aware=True)
    except (ConfigurationError, InvalidURI, ValueError, TypeError) as exc:
        raise StorageError(f"MONGO_URI {mask_uri(uri)!r} is not usable: {exc}") from None
    try:
        client.admin.command("ping")
    except OperationFailure as exc:
        client.close()
        if exc.code == AUTHENTICATION_FAILED:
            user = urlsplit(uri).username or "?"
            raise StorageError(f"MongoDB at {hosts_of(uri)} refused the credentials of user {user!r}") from None
        raise StorageError(f"MongoDB at {hosts_of(uri)} refused the connection: "
                           f"{(exc.details or {}).get('errmsg')}") from None
    except PyMongoError as exc:
        client.close()
        if _protocol_error(exc):
            raise StorageError(f"MongoDB at {hosts_of(uri)}: {_what_answers(uri, timeout_seconds)} answered "
                               "there, not MongoDB: is MONGO_URI's port the right one?") from None
        reason = str(exc).split(",")[0].split(" (configured")[0]
        raise StorageError(
            f"MongoDB at {hosts_of(uri)} did not answer within {timeout_seconds:g} s ({reason})"
        ) from None
    return client


def _protocol_error(exc: PyMongoError) -> bool:
    """Whether the server selection failed because the peer spoke something other than MongoDB's protocol."""
    # The server's error is known only from the topology description in the message.
    return isinstance(exc, ProtocolError) or "ProtocolError(" in str(exc)


def _what_answers(uri: str, timeout_seconds: float) -> str:
    """What listens at the URI's first address, from the first bytes it answers to an HTTP request."""
    address = urlsplit(f"//{hosts_of(uri).split(',')[0]}")
    try:
        with socket.create_connection((address.hostname, address.port or 27017), timeout=timeout_seconds) as peer:
            peer.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
            first = peer.recv(200).split(b"\r\n")[0]
    except (OSError, ValueError):
        return "a server that is not MongoDB"
    if first.startswith(b"HTTP/"):
        return f"an HTTP server ({first.decode('latin-1')})"
    return f"a server that is not MongoDB ({first[:40]!r})"


def check_writable(client: MongoClient, uri: str, database: str, collection: str) -> None:
    """Create the article indexes now, as the crawl will: a server that takes a ping without login
    may still refuse every write, and that must stop the crawl before its first request."""
    try:
        ensure_indexes(client[database][collection])
    except OperationFailure as exc:
        user = urlsplit(uri).username
        if exc.code == UNAUTHORIZED and not user:
            raise StorageError(f"MongoDB at {hosts_of(uri)} requires a login to write to {database}.{collection}: "
                               "give the user and password in MONGO_URI (mongodb://USER:PASSWORD@HOST/)") from None
        who = f"user {user!r}" if user else "MongoDB"
        raise StorageError(f"MongoDB at {hosts_of(uri)} refused {who} writing to {database}.{collection}: "
                           f"{(exc.details or {}).get('errmsg')}") from None
    except PyMongoError as exc:
        raise StorageError(f"MongoDB at {hosts_of(uri)} failed to prepare {database}.{collection}: "
                           f"{str(exc).split(',')[0]}") from None


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
