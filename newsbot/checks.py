"""What a crawl checks before its first request, beyond the values of single settings (newsbot/config.py).

Each check returns one line naming the problem and what to do, or None.
"""

from __future__ import annotations

import difflib
import inspect
import tempfile
from pathlib import Path

from scrapy import Spider

from newsbot.spidermiddlewares.resume import job_problem

#: Spider arguments Scrapyd adds to every job it starts.
SCRAPYD_ARGUMENTS = ("_job",)


def spider_arguments(spider_class: type) -> list[str]:
    """The keyword arguments a spider's own constructors take."""
    names: list[str] = []
    for cls in spider_class.__mro__:
        if cls is Spider or not issubclass(cls, Spider) or "__init__" not in vars(cls):
            continue
        for parameter in inspect.signature(cls.__init__).parameters.values():
            if parameter.kind in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY) \
                    and parameter.name != "self" and parameter.name not in names:
                names.append(parameter.name)
    return names


def unknown_argument(spider_class: type[Spider], given: dict) -> str | None:
    """A ``-a NAME=VALUE`` the spider does not take: Scrapy would set it as an attribute nobody reads."""
    known = spider_arguments(spider_class)
    for name in given:
        if name in known or name in SCRAPYD_ARGUMENTS:
            continue
        nearest = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean -a {nearest[0]}=...?" if nearest else "it takes " + (
            ", ".join(f"-a {k}=..." for k in known) or "no arguments")
        return f"spider {spider_class.name} takes no argument {name!r} (-a {name}=...): {hint}"
    return None


def jobdir_problem(settings) -> str | None:
    jobdir = settings.get("JOBDIR")
    return job_problem(jobdir) if jobdir else None


def unwritable_folder(setting: str, folder: Path) -> str | None:
    """Whether a file can be made in the folder (created if missing), tried for real."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".newsbot-check-"):
            pass
    except OSError as exc:
        return f"{setting}={folder} cannot be written ({exc.strerror or exc}): give a folder newsbot may write to"
    return None
