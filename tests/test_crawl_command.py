"""`scrapy crawl` as an operator meets it: bad configuration stops it before any request with one
line and exit code 2; a crawl that could not do its job exits with code 1; every crawl ends with a summary."""

import json

import pytest

from harness.site.server import EXPECTED, serve_replica
from tests.conftest import run_crawl

pytestmark = pytest.mark.crawl

REACHABLE = len(json.loads(EXPECTED.read_text(encoding="utf-8"))["reachable"])


def last_line(result) -> str:
    return result.log.strip().splitlines()[-1]


@pytest.mark.parametrize(("settings", "named"), [
    ({"MONGO_BATCH_SIZE": "abc"}, "MONGO_BATCH_SIZE='abc' is not a whole number"),
    ({"CLOSESPIDER_ITEMCOUNT": "-5"}, "CLOSESPIDER_ITEMCOUNT='-5'"),
    ({"NEWSBOT_MAX_ERROR_RATIO": "1.5"}, "NEWSBOT_MAX_ERROR_RATIO='1.5' is not a share"),
    ({"NEWSBOT_REQUIRED_FIELDS": "title,headline"}, "NEWSBOT_REQUIRED_FIELDS='title,headline'"),
    ({"MONGO_DATABASE": "news bot"}, "MONGO_DATABASE='news bot' is not a database name"),
    ({"NEWSBOT_EXTRACT_PROCESSES": "two"}, "NEWSBOT_EXTRACT_PROCESSES='two' is not a whole number of 0"),
    ({"NEWSBOT_STORIES_MIN_SIMILARITY": "70"}, "NEWSBOT_STORIES_MIN_SIMILARITY='70' is not a share above 0"),
])
def test_a_setting_that_cannot_be_used_is_named_before_any_request(tmp_path, settings, named):
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path, settings=settings)
        assert base.requests == []
    assert result.returncode == 2
    assert last_line(result).startswith(f"newsbot: {named}")
    assert "Traceback" not in result.log


def test_a_setting_set_in_the_environment_is_not_read_but_named(tmp_path):
    """Only the secrets and addresses of newsbot/environment.py come from the environment (bad ones are
    refused as -s values are: tests/test_preflight.py)."""
    result = run_crawl("-a", "start_urls=http://127.0.0.1:9/", tmp_path=tmp_path, env={"MONGO_WRITE_RETRIES": "two"})
    assert result.returncode != 2
    assert "newsbot: the environment's MONGO_WRITE_RETRIES is not read (it gives only MONGO_URI, " in result.log


@pytest.mark.parametrize("start", ["https://baomoi.com/copy-116535.html", "http://laodongthudo.vn.example.org/"])
def test_a_start_url_off_the_site_is_refused(tmp_path, start):
    result = run_crawl("-a", f"start_urls={start}", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "is not a host of laodongthudo" in last_line(result) and "NEWSBOT_EXTRA_HOSTS" in last_line(result)


def test_wrong_credentials_are_named_without_the_password(tmp_path, mongo_uri):
    host = mongo_uri.split("//", 1)[1].split("/", 1)[0].rpartition("@")[2]
    result = run_crawl("-a", "start_urls=http://127.0.0.1:9/", tmp_path=tmp_path,
                       env={"MONGO_URI": f"mongodb://reporter:Pa55word@{host}/"})
    if result.returncode == 0:
        pytest.skip("this MongoDB server does not check credentials")
    assert result.returncode == 2
    assert last_line(result) == f"newsbot: MongoDB at {host} refused the credentials of user 'reporter'"
    assert "Pa55word" not in result.log


def test_a_crawl_that_fetches_nothing_fails_with_a_reason(tmp_path):
    result = run_crawl("-a", "start_urls=http://127.0.0.1:9/", tmp_path=tmp_path, settings={"RETRY_TIMES": "0"})
    assert result.returncode == 1
    assert last_line(result).startswith("newsbot: crawl failed: no page could be fetched")


def test_every_crawl_ends_with_a_summary_in_the_log_and_as_json(tmp_path):
    summary_file = tmp_path / "summary.json"
    with serve_replica() as base:
        result = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"NEWSBOT_SUMMARY_FILE": summary_file})
    assert result.returncode == 0
    assert "newsbot summary (finished" in result.log
    summary = json.loads(summary_file.read_text())
    assert summary["articles"] == REACHABLE
    assert summary["pages_fetched"] == result.stats["response_received_count"]
    assert summary["failure"] is None and summary["finish_reason"] == "finished"


def test_a_crawl_whose_failures_pass_the_threshold_fails(tmp_path):
    with serve_replica() as base:
        lenient = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path)
        strict = run_crawl("-a", f"start_urls={base}/", tmp_path=tmp_path,
                           settings={"NEWSBOT_MAX_ERROR_RATIO": "0.01"})
    assert lenient.returncode == 0 and lenient.stats["newsbot/fetch_failed/http_404"] == 1
    assert strict.returncode == 1
    assert "1 of" in last_line(strict) and "over NEWSBOT_MAX_ERROR_RATIO=0.01" in last_line(strict)
    assert len(strict.items) == REACHABLE, "the articles are still there; the exit code tells cron"
