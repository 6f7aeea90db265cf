"""Each wrong input an operator gives `scrapy crawl` is named in one line, exit code 2, before any request:
the replica site counts what it was asked, a real FerretDB (with authentication on) plays MongoDB."""

import http.server
import threading
from contextlib import contextmanager

import pytest
from pymongo import MongoClient

from harness.services.mongo import MongoServer
from harness.site.server import serve_replica
from tests.conftest import run_crawl

pytestmark = pytest.mark.crawl

PASSWORD = "Pa55word-x7"


def refused(tmp_path, settings=None, env=None) -> str:
    """The last line of a crawl of the replica, once the replica has checked that it was sent no request."""
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings, env=env, timeout=60)
        assert base.requests == [], "no request before the problem is named"
    assert result.returncode == 2, result.log[-1500:]
    assert "Traceback" not in result.log
    return result.log.strip().splitlines()[-1]


@pytest.mark.parametrize(("settings", "line"), [
    ({"ROBOTSTXT_OBEY": "maybe"}, "newsbot: ROBOTSTXT_OBEY='maybe' is not a boolean: give true or false"),
    ({"NEWSBOT_INCREMENTAL": "yes"}, "newsbot: NEWSBOT_INCREMENTAL='yes' is not a boolean: give true or false"),
    ({"LOG_LEVEL": "LOUD"}, "newsbot: LOG_LEVEL='LOUD' is not a log level (DEBUG, INFO, WARNING, ERROR, CRITICAL)"),
    ({"NEWSBOT_RENDER_PAGES": "0"}, "newsbot: NEWSBOT_RENDER_PAGES='0' is not a whole number of 1 or more"),
])
def test_a_wrong_setting_value_is_one_line(tmp_path, settings, line):
    assert refused(tmp_path, settings=settings) == line


def test_a_misspelt_spider_argument_is_refused_with_the_nearest_name(tmp_path):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_url={base}/", tmp_path=tmp_path, timeout=60)
        assert base.requests == []
    assert result.returncode == 2
    assert result.log.strip().splitlines()[-1] == (
        "newsbot: spider laodongthudo takes no argument 'start_url' (-a start_url=...): "
        "did you mean -a start_urls=...?")


def test_a_mirror_of_the_site_is_refused_as_start_url(tmp_path):
    result = run_crawl("-a", "start_urls=https://m.laodongthudo.vn/", tmp_path=tmp_path, timeout=60)
    assert result.returncode == 2
    assert result.log.strip().splitlines()[-1] == (
        "newsbot: start_urls: m.laodongthudo.vn mirrors laodongthudo and is never crawled; "
        "start from https://laodongthudo.vn/ instead")


def test_a_finished_jobdir_is_told_apart_from_a_resumable_one(tmp_path):
    jobdir = tmp_path / "job"
    with serve_replica() as base:
        first = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings={"JOBDIR": jobdir})
        fetched = len(base.requests)
        assert first.returncode == 0 and first.items
        again = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings={"JOBDIR": jobdir}, timeout=60)
        assert len(base.requests) == fetched
    assert again.returncode == 2
    assert again.log.strip().splitlines()[-1] == (
        f"newsbot: JOBDIR={jobdir} holds a crawl that already finished: nothing is left to resume. "
        "Remove the folder to crawl again, or give each crawl a JOBDIR of its own (e.g. jobs/$(date +%F))")


def test_an_unwritable_spool_folder_is_named(tmp_path, mongo_uri):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    line = refused(tmp_path, settings={"NEWSBOT_SPOOL_DIR": blocker / "spool"}, env={"MONGO_URI": mongo_uri})
    assert line == (f"newsbot: NEWSBOT_SPOOL_DIR={blocker / 'spool'} cannot be written (Not a directory): "
                    "give a folder newsbot may write to")


def test_a_uri_that_is_not_a_mongodb_uri_is_named(tmp_path):
    line = refused(tmp_path, env={"MONGO_URI": "notamongo"})
    assert line == ("newsbot: MONGO_URI 'notamongo' is not a MongoDB URI: it starts with mongodb:// or "
                    "mongodb+srv://, e.g. mongodb://127.0.0.1:27017/")


@contextmanager
def http_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_an_http_port_given_as_mongodb_says_what_answered(tmp_path):
    with http_server() as port:
        line = refused(tmp_path, settings={"MONGO_CONNECT_TIMEOUT": "2"},
                       env={"MONGO_URI": f"mongodb://reporter:{PASSWORD}@127.0.0.1:{port}/"})
    assert line.startswith(f"newsbot: MongoDB at 127.0.0.1:{port}: an HTTP server (HTTP/1.0 ")
    assert line.endswith("answered there, not MongoDB: is MONGO_URI's port the right one?")
    assert PASSWORD not in line


@pytest.fixture(scope="module")
def auth_server():
    with MongoServer(admin=("admin", "admin-secret")) as server:
        with MongoClient(server.admin_uri) as client:
            client.newsbot.command("createUser", "reporter", pwd=PASSWORD, roles=[])
        yield server


@pytest.mark.mongo
def test_a_server_that_requires_a_login_is_named_when_none_is_given(tmp_path, auth_server):
    host = auth_server.uri.split("//")[1].rstrip("/")
    line = refused(tmp_path, settings={"NEWSBOT_SPOOL_DIR": tmp_path / "spool"}, env={"MONGO_URI": auth_server.uri})
    assert line == (f"newsbot: MongoDB at {host} requires a login to write to newsbot.articles: "
                    "give the user and password in MONGO_URI (mongodb://USER:PASSWORD@HOST/)")


@pytest.mark.mongo
def test_a_wrong_password_is_named_without_printing_it(tmp_path, auth_server):
    host = auth_server.uri.split("//")[1].rstrip("/")
    result_line = refused(tmp_path, settings={"NEWSBOT_SPOOL_DIR": tmp_path / "spool"},
                          env={"MONGO_URI": f"mongodb://reporter:not-{PASSWORD}@{host}/newsbot"})
    assert result_line == f"newsbot: MongoDB at {host} refused the credentials of user 'reporter'"
    assert PASSWORD not in result_line


@pytest.mark.mongo
def test_the_right_login_crawls_and_stores(tmp_path, auth_server):
    host = auth_server.uri.split("//")[1].rstrip("/")
    uri = f"mongodb://reporter:{PASSWORD}@{host}/newsbot"
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"NEWSBOT_SPOOL_DIR": tmp_path / "spool"}, env={"MONGO_URI": uri})
    assert result.returncode == 0, result.log[-1500:]
    with MongoClient(auth_server.admin_uri) as client:
        assert client.newsbot.articles.count_documents({}) == len(result.items) > 0
    assert PASSWORD not in result.log
