"""``scrapy replay``: write into MongoDB what crawls left in the spool (server down, crawl killed)."""

from __future__ import annotations

import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand

from newsbot.pipelines.store import spool_folder
from newsbot.storage import mongo
from newsbot.storage.spool import abandoned_files
from newsbot.storage.writer import ArticleWriter

CONFIGURATION_ERROR = 2
NOT_ALL_WRITTEN = 1


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def short_desc(self) -> str:
        return "Write the articles waiting in the spool into MongoDB (MONGO_URI)"

    def run(self, args, opts):
        settings = self.settings
        uri = (settings.get("MONGO_URI") or "").strip()
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

    def _fail(self, code: int, message: str):
        print(f"newsbot: {message}", file=sys.stderr)
        self.exitcode = code
