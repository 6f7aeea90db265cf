"""Schedule a crawl on Scrapyd, unless a job of the same spider is pending or running there.

    python -m newsbot.schedule [--url URL]... [--project newsbot] [--spider laodongthudo]
                               [--full] [-a NAME=VALUE]... [-s NAME=VALUE]...

Scrapyd has no timer of its own and starts a second job of a spider beside a
running one; cron or a systemd timer calls this command instead. It asks every
node's listjobs.json first and, when a job of the spider is pending or running
on any of them, logs that and exits 0 without scheduling. Otherwise it calls
schedule.json on every node with the spider arguments (-a) and settings (-s).

Scheduled runs are incremental (NEWSBOT_INCREMENTAL=true) unless --full, and all
nodes get one NEWSBOT_CRAWL_ID, so that with NEWSBOT_REDIS_URL they share one
frontier. The nodes come from --url or SCRAPYD_URL (comma-separated), the
credentials from SCRAPYD_USERNAME and SCRAPYD_PASSWORD, never from the command line.

Before that it reads the log of the spider's last finished job on each node
and says how that job ended: the crawl's log ends with ``newsbot: exit status
N`` and, when it failed, the line naming why. A failed last job (or one whose
log ends without a status: killed) makes the command exit 1 after scheduling
the next one, so that cron mails it.

Exit codes: 0 scheduled or skipped, 1 a Scrapyd node failed or the last job
failed, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import os
import sys
from datetime import UTC, datetime
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from newsbot import environment
from newsbot.commands.crawl import EXIT_STATUS_LINE

logger = logging.getLogger("newsbot.schedule")

TIMEOUT_SECONDS = 30
ACTIVE_STATES = ("pending", "running")


class ScrapydError(Exception):
    """A Scrapyd node could not be reached or refused a call; the message names it."""


class Scrapyd:
    """The two calls of Scrapyd's JSON API this command needs, with basic auth and a timeout."""

    def __init__(self, url: str, username: str = "", password: str = ""):
        # A trailing slash would make "//listjobs.json", which Scrapyd does not serve.
        self.url = url.rstrip("/")
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        self.headers = {"Authorization": f"Basic {token}"} if username else {}

    def fetch(self, path: str) -> str:
        """A file Scrapyd serves (a job's log), as text."""
        try:
            with urlopen(Request(f"{self.url}{path}", headers=self.headers), timeout=TIMEOUT_SECONDS) as response:
                return response.read().decode("utf-8", "replace")
        except (HTTPError, URLError, OSError) as exc:
            raise ScrapydError(f"{self.url}{path}: {getattr(exc, 'reason', exc)}") from None

    def last_finished(self, project: str, spider: str) -> dict | None:
        """listjobs.json's entry of the spider's job that finished last, or None."""
        jobs = self.call("listjobs.json", query=[("project", project)])
        finished = [job for job in jobs.get("finished", []) if job.get("spider") == spider]
        return max(finished, key=lambda job: job.get("end_time") or "", default=None)

    def call(self, endpoint: str, query: list[tuple[str, str]] | None = None,
             form: list[tuple[str, str]] | None = None) -> dict:
        url = f"{self.url}/{endpoint}" + (f"?{urlencode(query)}" if query else "")
        data = urlencode(form).encode() if form is not None else None
        try:
            with urlopen(Request(url, data=data, headers=self.headers), timeout=TIMEOUT_SECONDS) as response:
                answer = json.load(response)
        except HTTPError as exc:
            raise ScrapydError(f"{self.url}/{endpoint}: HTTP {exc.code} {exc.reason}") from None
        except (URLError, OSError, ValueError) as exc:
            raise ScrapydError(f"{self.url}/{endpoint}: {getattr(exc, 'reason', exc)}") from None
        if answer.get("status") != "ok":
            raise ScrapydError(f"{self.url}/{endpoint}: {answer.get('message', answer)}")
        return answer

    def active_job(self, project: str, spider: str) -> tuple[str, str] | None:
        """(state, job id) of a pending or running job of the spider, or None."""
        jobs = self.call("listjobs.json", query=[("project", project)])
        for state in ACTIVE_STATES:
            for job in jobs.get(state, []):
                if job.get("spider") == spider:
                    return state, job["id"]
        return None

    def schedule(self, project: str, spider: str, arguments: list[tuple[str, str]]) -> str:
        form = [("project", project), ("spider", spider), *arguments]
        return self.call("schedule.json", form=form)["jobid"]


def outcome(log: str) -> tuple[bool, str]:
    """(failed, how the job ended) from a crawl's log."""
    status, problem = None, None
    for line in log.splitlines():
        _, found, rest = line.partition(EXIT_STATUS_LINE)
        if found and rest.strip().isdigit():
            status = int(rest)
        elif "ERROR: newsbot: " in line:
            problem = line.split("ERROR: newsbot: ", 1)[1]
    if status is None:
        return True, "its log ends without an exit status (killed, or it crashed)"
    if status:
        return True, f"failed with exit status {status}" + (f": {problem}" if problem else "")
    return False, "did its job (exit status 0)"


def report_last_job(node: Scrapyd, project: str, spider: str) -> bool:
    """Log how the spider's last finished job on the node ended; True when it failed."""
    job = node.last_finished(project, spider)
    if job is None:
        return False
    if not job.get("log_url"):
        logger.warning("last job %s of %s on %s: its log is gone, its outcome unknown", job["id"], spider, node.url)
        return False
    failed, how = outcome(node.fetch(job["log_url"]))
    (logger.error if failed else logger.info)("last job %s of %s on %s %s", job["id"], spider, node.url, how)
    return failed


def name_value(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=VALUE")
    return name, value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m newsbot.schedule",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", action="append", default=[],
                        help="a Scrapyd node, repeatable (default: $SCRAPYD_URL, comma-separated)")
    parser.add_argument("--project", default="newsbot")
    parser.add_argument("--spider", default="laodongthudo")
    parser.add_argument("--full", action="store_true", help="fetch every article, not only new ones")
    parser.add_argument("-a", dest="arguments", action="append", type=name_value, default=[],
                        metavar="NAME=VALUE", help="spider argument, e.g. -a start_urls=URL")
    parser.add_argument("-s", dest="settings", action="append", type=name_value, default=[],
                        metavar="NAME=VALUE", help="setting of the job, e.g. -s MONGO_DATABASE=news")
    args = parser.parse_args(argv)
    args.url = args.url or environment.scrapyd_nodes(os.environ)
    if not args.url:
        parser.error("no Scrapyd node: give --url or set SCRAPYD_URL")
    return args


def job_arguments(args: argparse.Namespace, crawl_id: str) -> list[tuple[str, str]]:
    """Spider arguments and settings for schedule.json; the caller's -s come last and win."""
    defaults = {"NEWSBOT_CRAWL_ID": crawl_id}
    if not args.full:
        defaults["NEWSBOT_INCREMENTAL"] = "true"
    settings = [*defaults.items(), *args.settings]
    return [*args.arguments, *(("setting", f"{name}={value}") for name, value in settings)]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(format="%(asctime)s %(name)s: %(message)s", level=logging.INFO, stream=sys.stderr)
    nodes = [Scrapyd(url, *environment.scrapyd_credentials(os.environ)) for url in args.url]
    try:
        last_failed = [report_last_job(node, args.project, args.spider) for node in nodes]
        for node in nodes:
            active = node.active_job(args.project, args.spider)
            if active is not None:
                state, job = active
                logger.info("skipped: job %s of %s is %s on %s", job, args.spider, state, node.url)
                return 1 if any(last_failed) else 0
        arguments = job_arguments(args, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
        for node in nodes:
            job = node.schedule(args.project, args.spider, arguments)
            logger.info("scheduled job %s of %s on %s", job, args.spider, node.url)
    except ScrapydError as exc:
        logger.error("failed: %s", exc)
        return 1
    return 1 if any(last_failed) else 0


if __name__ == "__main__":
    sys.exit(main())
