"""``scrapy replay [FOLDER]``: write into MongoDB what crawls left in the spool (server down, crawl killed).

Without FOLDER, the spool of MONGO_URI, MONGO_DATABASE and MONGO_COLLECTION
under NEWSBOT_SPOOL_DIR. With FOLDER (the one a failed crawl names), that
folder's records go to the database and collection they were meant for; the
server is MONGO_URI's, or, when that is not set, the one the crawl used if its
URI had no password.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.commands import ScrapyCommand
from scrapy.settings import Settings

from newsbot.storage import mongo
from newsbot.storage.spool import abandoned_files, read_target, spool_folder
from newsbot.storage.writer import ArticleWriter

CONFIGURATION_ERROR = 2
NOT_ALL_WRITTEN = 1


class Command(ScrapyCommand):
    settings: Settings  # scrapy.cmdline sets it before the command runs
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[FOLDER]"

    def short_desc(self) -> str:
        return "Write the articles waiting in the spool into MongoDB (MONGO_URI)"

    def run(self, args, opts):
        settings = self.settings
        uri = (settings.get("MONGO_URI") or "").strip()
        if args:
            target = self._folder_target(Path(args[0]), uri)
            if target is None:
                return None
            folder, (uri, database, collection) = Path(args[0]), target
        else:
            if not uri:
                return self._fail(CONFIGURATION_ERROR, "MONGO_URI is not set: nowhere to replay to")
            database, collection = settings.get("MONGO_DATABASE"), settings.get("MONGO_COLLECTION")
            folder = spool_folder(Path(settings.get("NEWSBOT_SPOOL_DIR")).expanduser(), uri, database, collection)
        try:
            client = mongo.connect(uri, settings.getfloat("MONGO_CONNECT_TIMEOUT"))
        except mongo.StorageError as exc:
            return self._fail(CONFIGURATION_ERROR, str(exc))
        with client:
            writer = ArticleWriter(client[database][collection], settings.getfloat("MONGO_WRITE_TIMEOUT"),
                                   settings.getint("MONGO_WRITE_RETRIES"), settings.getfloat("MONGO_RETRY_BACKOFF"))
            counts = writer.replay(abandoned_files(folder) if folder.is_dir() else [])
        print(f"newsbot: replayed {counts['replayed']} writes into {database}.{collection} "
              f"({counts['inserted']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
              f"{counts['aliases']} aliases) from {folder}")
        if counts["failed_files"]:
            return self._fail(NOT_ALL_WRITTEN, f"MongoDB stopped answering; the rest waits in {folder}")
        return None

    def _folder_target(self, folder: Path, uri: str) -> tuple[str, str, str] | None:
        """(uri, database, collection) a spool folder's records go to; None once the problem is said."""
        try:
            target = read_target(folder)
        except (OSError, ValueError):
            return self._fail(CONFIGURATION_ERROR, f"{folder} is not a spool folder of newsbot (no readable "
                                                   "target.json)")
        recorded = target["uri"]
        if not uri:
            if urlsplit(recorded).password:
                return self._fail(CONFIGURATION_ERROR, f"{folder} was written through {recorded}: set MONGO_URI "
                                                       "with that password to replay it")
            uri = recorded
        if mongo.hosts_of(uri) != mongo.hosts_of(recorded):
            return self._fail(CONFIGURATION_ERROR, f"{folder} holds writes for MongoDB at {mongo.hosts_of(recorded)}"
                                                   f", not {mongo.hosts_of(uri)} (MONGO_URI)")
        return uri, target["database"], target["collection"]

    def _fail(self, code: int, message: str):
        print(f"newsbot: {message}", file=sys.stderr)
        self.exitcode = code
