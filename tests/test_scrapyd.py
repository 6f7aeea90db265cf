"""Deploying and scheduling on a real Scrapyd on 127.0.0.1, as "Deploying" and "Scheduling" of docs/operations.md say.

Scrapyd runs with that page's scrapyd.conf (basic auth, items_dir), the project
goes up with `make deploy`, and crawls of the replica site are started with
`python -m newsbot.schedule`; the jobs store into the real MongoDB-wire server.
"""

import base64
import json
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest

from harness.services.scrapyd import ScrapydServer
from harness.site.server import EXPECTED, serve_replica
from tests.conftest import FAST, ROOT, scratch_database
from tests.readme import OPERATIONS, code_blocks

pytestmark = [pytest.mark.scrapyd, pytest.mark.crawl]

EXPECTATION = json.loads(EXPECTED.read_text(encoding="utf-8"))
REACHABLE = set(EXPECTATION["reachable"])
PROJECT, SPIDER = "newsbot", "laodongthudo"
# Slow enough that the job is still running when the second schedule call comes.
JOB_SETTINGS = {**FAST, "DOWNLOAD_DELAY": "0.2"}


def client_env(scrapyd: ScrapydServer, **extra) -> dict[str, str]:
    """The environment of a user's shell in the checkout talking to this Scrapyd, as docs/operations.md sets it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith(("SCRAPYD_", "MONGO_"))}
    return {**env, "SCRAPYD_URL": scrapyd.url, "SCRAPYD_USERNAME": scrapyd.username,
            "SCRAPYD_PASSWORD": scrapyd.password, **extra}


def schedule(scrapyd: ScrapydServer, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "newsbot.schedule", *args]
    return subprocess.run(command, cwd=ROOT, env=client_env(scrapyd), capture_output=True, text=True, timeout=120)


def job_id(scheduled: subprocess.CompletedProcess) -> str:
    assert scheduled.returncode == 0, scheduled.stderr
    return scheduled.stderr.split("scheduled job ")[1].split()[0]


@pytest.fixture(scope="module")
def scrapyd(mongo_uri):
    conf = code_blocks("Deploying", "ini", OPERATIONS)[0]
    with ScrapydServer(conf, env={"MONGO_URI": mongo_uri}) as server:
        yield server


@pytest.fixture(scope="module")
def deployed(scrapyd):
    return subprocess.run(["make", "deploy"], cwd=ROOT, env=client_env(scrapyd), capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def replica():
    with serve_replica() as base:
        yield base


@pytest.fixture(scope="module")
def database(mongo_uri):
    with scratch_database(mongo_uri) as db:
        yield db


@pytest.fixture(scope="module")
def first_run(scrapyd, deployed, replica, database, tmp_path_factory):
    """A scheduled crawl of the replica, a second schedule call while it runs, and the finished job."""
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    feed = tmp_path_factory.mktemp("feeds") / "%(name)s-%(_job)s.jsonl"
    settings = {**JOB_SETTINGS, "MONGO_DATABASE": database.name, "NEWSBOT_FEED": str(feed)}
    args = ["-a", f"start_urls={replica}/", *(f"-s{name}={value}" for name, value in settings.items())]
    first = schedule(scrapyd, *args)
    second = schedule(scrapyd, *args)
    job = scrapyd.wait_for_job(PROJECT, job_id(first))
    return first, second, job, feed, args


def test_calls_without_the_password_are_refused(scrapyd):
    url = f"{scrapyd.url}/daemonstatus.json"
    wrong = base64.b64encode(f"{scrapyd.username}:not-it".encode()).decode()
    for headers in ({}, {"Authorization": f"Basic {wrong}"}):
        with pytest.raises(HTTPError) as refused:
            urlopen(Request(url, headers=headers), timeout=10)
        assert refused.value.code == 401
    assert scrapyd.client.call("daemonstatus.json")["status"] == "ok"


def test_make_deploy_uploads_the_project(scrapyd, deployed):
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    answer = next(line for line in deployed.stdout.splitlines() if line.startswith("{"))
    assert json.loads(answer)["status"] == "ok"
    listed = subprocess.run([str(ROOT / ".venv" / "bin" / "scrapy"), "list"], cwd=ROOT, capture_output=True, text=True,
                            check=True, timeout=120).stdout.split()
    deployed_spiders = scrapyd.client.call("listspiders.json", query=[("project", PROJECT)])["spiders"]
    assert SPIDER in deployed_spiders
    assert sorted(deployed_spiders) == sorted(listed)


def test_make_deploy_without_a_url_says_what_is_missing():
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCRAPYD_")}
    done = subprocess.run(["make", "deploy"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert "set SCRAPYD_URL" in done.stderr


def test_the_egg_holds_newsbot_and_no_tests_harness_or_benchmarks(tmp_path):
    egg = tmp_path / "newsbot.egg"
    subprocess.run([str(ROOT / ".venv" / "bin" / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=ROOT,
                   check=True, capture_output=True, timeout=300)
    names = set(zipfile.ZipFile(egg).namelist())
    sources = {str(path.relative_to(ROOT)) for path in (ROOT / "newsbot").rglob("*.py")}
    assert sources <= names
    assert not any(name.startswith(("tests/", "harness/", "bench/")) for name in names)
    assert "[scrapy]\nsettings = newsbot.settings" in zipfile.ZipFile(egg).read("EGG-INFO/entry_points.txt").decode()


def test_the_documented_calls_answer(scrapyd, deployed):
    talk = next(block for block in code_blocks("Deploying", "sh", OPERATIONS) if "daemonstatus.json" in block)
    for line in talk.splitlines():
        done = subprocess.run(["bash", "-c", line], cwd=ROOT, env=client_env(scrapyd), capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, (line, done.stdout, done.stderr)
        if line.startswith("curl"):
            assert json.loads(done.stdout)["status"] == "ok", (line, done.stdout)
        else:
            assert PROJECT in done.stdout or SPIDER in done.stdout, (line, done.stdout)


def test_a_second_schedule_call_while_the_job_runs_is_skipped(first_run, scrapyd):
    first, second, job, *_ = first_run
    assert second.returncode == 0, second.stderr
    assert f"skipped: job {job['id']} of {SPIDER} is" in second.stderr
    jobs = scrapyd.client.call("listjobs.json", query=[("project", PROJECT)])
    assert [entry["id"] for entry in jobs["finished"]] == [job["id"]]
    assert jobs["pending"] == jobs["running"] == []


def test_a_scheduled_job_stores_every_article_in_mongodb(first_run, database):
    stored = {"/" + doc["url"].split("/", 3)[3] for doc in database.articles.find()}
    assert stored == REACHABLE
    assert database.articles.count_documents({}) == len(REACHABLE)


def test_the_job_writes_the_feed_asked_for_beside_scrapyds_own(first_run, scrapyd):
    _, _, job, feed, _ = first_run
    own = feed.parent / f"{SPIDER}-{job['id']}.jsonl"
    scrapyds = scrapyd.items_dir / PROJECT / SPIDER / f"{job['id']}.jl"
    for path in (own, scrapyds):
        titles = [json.loads(line)["title"] for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(titles) == len(set(titles)) == len(REACHABLE), path


def test_the_next_scheduled_run_fetches_no_stored_article(first_run, scrapyd, replica, database):
    *_, args = first_run
    before = len(replica.requests)
    job = scrapyd.wait_for_job(PROJECT, job_id(schedule(scrapyd, *args)))
    fetched = Counter(replica.requests[before:])
    assert not set(fetched) & REACHABLE
    assert set(EXPECTATION["listing_paths"]) <= set(fetched)
    assert database.articles.count_documents({}) == len(REACHABLE)
    assert job["id"] != first_run[2]["id"]


def test_a_refused_call_fails_the_schedule_command_with_one_line(scrapyd, deployed):
    done = subprocess.run([sys.executable, "-m", "newsbot.schedule"], cwd=ROOT, capture_output=True, text=True,
                          env=client_env(scrapyd, SCRAPYD_PASSWORD="not-it"), timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().endswith(f"newsbot.schedule: failed: {scrapyd.url}/listjobs.json: HTTP 401 Unauthorized")
    assert "not-it" not in done.stderr


def test_one_node_named_twice_runs_two_jobs_on_one_shared_crawl(scrapyd, deployed, redis_url, mongo_uri):
    with scratch_database(mongo_uri) as database, serve_replica() as base:
        settings = {**FAST, "DOWNLOAD_DELAY": "0.5", "CONCURRENT_REQUESTS": "2", "NEWSBOT_IDLE_CLOSE_SECONDS": "10",
                    "NEWSBOT_REDIS_URL": redis_url, "MONGO_DATABASE": database.name}
        done = schedule(scrapyd, "--url", scrapyd.url, "--url", scrapyd.url, "-a", f"start_urls={base}/",
                        *(f"-s{name}={value}" for name, value in settings.items()))
        jobs = re.findall(r"scheduled job (\w+)", done.stderr)
        assert len(jobs) == 2, done.stderr
        for job in jobs:
            scrapyd.wait_for_job(PROJECT, job)
        requests = Counter(base.requests)
        stored = [doc["url"] for doc in database.articles.find()]
    assert {"/" + url.split("/", 3)[3] for url in stored} == REACHABLE
    assert len(stored) == len(REACHABLE)
    flaky = set(EXPECTATION["flaky_503"])
    assert all(n == 1 for path, n in requests.items() if path != "/robots.txt" and path not in flaky), requests


def test_a_failing_job_says_why_in_its_own_log_and_the_next_schedule_call_fails(scrapyd, deployed, replica,
                                                                                 mongo_uri):
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    with scratch_database(mongo_uri) as database:
        settings = [f"-s{name}={value}" for name, value in {**JOB_SETTINGS, "MONGO_DATABASE": database.name}.items()]
        check_failing_job(scrapyd, replica, ["-a", "start_urls=https://baomoi.com/", *settings],
                          ["-a", f"start_urls={replica}/", *settings])


def check_failing_job(scrapyd, replica, bad: list[str], good: list[str]):
    before = len(replica.requests)
    job = scrapyd.wait_for_job(PROJECT, job_id(schedule(scrapyd, *bad)))
    assert len(replica.requests) == before
    log = scrapyd.client.fetch(job["log_url"])
    problem = "start_urls: baomoi.com is not a host of laodongthudo (laodongthudo.vn); " \
              "add it to NEWSBOT_EXTRA_HOSTS to crawl it anyway"
    assert f"ERROR: newsbot: {problem}" in log
    assert log.strip().splitlines()[-1].endswith("newsbot: exit status 2")
    assert "Traceback" not in log

    done = schedule(scrapyd, *good)
    assert done.returncode == 1, done.stderr
    assert f"last job {job['id']} of {SPIDER} on {scrapyd.url} failed with exit status 2: {problem}" in done.stderr
    assert "scheduled job" in done.stderr, "the next crawl is still scheduled"
    healthy = scrapyd.wait_for_job(PROJECT, done.stderr.split("scheduled job ")[1].split()[0])
    again = schedule(scrapyd, *bad)
    assert again.returncode == 0, again.stderr
    assert f"last job {healthy['id']} of {SPIDER} on {scrapyd.url} did its job (exit status 0)" in again.stderr
    scrapyd.wait_for_job(PROJECT, job_id(again))
