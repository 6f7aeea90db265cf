"""`make demo`: crawl the replica site offline into a local MongoDB-wire server and a feed.

Serves harness/site on 127.0.0.1, starts a MongoDB-wire server (or uses MONGO_URI),
runs `scrapy crawl laodongthudo` against the replica, then prints what was stored.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pymongo import MongoClient

from harness.services.mongo import MongoServer
from harness.site.server import serve_replica

ROOT = Path(__file__).resolve().parent.parent
FEED = ROOT / "data" / "demo.jsonl"


def main() -> int:
    FEED.parent.mkdir(exist_ok=True)
    with serve_replica() as base, MongoServer() as mongo:
        print(f"replica site: {base}/   MongoDB: {mongo.uri}")
        env = {**os.environ, "MONGO_URI": mongo.uri}
        command = [sys.executable, "-m", "scrapy", "crawl", "laodongthudo", "-a", f"start_urls={base}/",
                   "-O", str(FEED), "-s", "MONGO_DATABASE=newsbot_demo", "-s", "AUTOTHROTTLE_ENABLED=False",
                   "-s", "DOWNLOAD_DELAY=0", "-s", "LOG_LEVEL=WARNING"]
        crawl = subprocess.run(command, cwd=ROOT, env=env)
        if crawl.returncode != 0:
            return crawl.returncode
        with MongoClient(mongo.uri) as client:
            articles = client["newsbot_demo"]["articles"]
            print(f"\n{articles.count_documents({})} articles in newsbot_demo.articles, "
                  f"{sum(1 for _ in FEED.open(encoding='utf-8'))} lines in {FEED.relative_to(ROOT)}:\n")
            for doc in articles.find({}, {"article_id": 1, "published_at": 1, "title": 1}).sort("published_at", -1):
                print(f"  {doc['article_id']:>7}  {doc.get('published_at') or '':25}  {doc['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
