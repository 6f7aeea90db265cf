"""Only the secrets and addresses of newsbot/environment.py are read from the environment; every
other setting is given with -s (or a Scrapyd job's setting=)."""

import subprocess
import sys

from newsbot import environment
from tests.conftest import PROJECT_SETTINGS, ROOT


def settings_imported_with(env: dict[str, str]) -> dict[str, str]:
    """The settings module's values of env's names, imported in a process with only that environment."""
    names = ",".join(env)
    code = f"from newsbot import settings; print('\\n'.join(repr(getattr(settings, n)) for n in '{names}'.split(',')))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={"PYTHONPATH": str(ROOT), **env},
                          capture_output=True, text=True, check=True)
    return dict(zip(env, done.stdout.splitlines(), strict=True))


def test_a_secret_or_address_comes_from_the_environment_and_nothing_else_does():
    values = settings_imported_with({"MONGO_URI": "mongodb://db.example/", "NEWSBOT_REDIS_URL": "redis://r/0",
                                     "MONGO_DATABASE": "elsewhere", "DOWNLOAD_DELAY": "9"})
    assert values == {"MONGO_URI": "'mongodb://db.example/'", "NEWSBOT_REDIS_URL": "'redis://r/0'",
                      "MONGO_DATABASE": "'newsbot'", "DOWNLOAD_DELAY": "0.5"}


def test_every_variable_a_crawl_reads_is_a_setting_of_its_own_name():
    assert set(environment.CRAWL_SETTINGS) <= set(PROJECT_SETTINGS)


def test_newsbots_own_settings_set_in_the_environment_are_named_as_not_read():
    environ = {"MONGO_DATABASE": "x", "NEWSBOT_RENDER": "never", "MONGO_URI": "mongodb://db/", "LOG_LEVEL": "DEBUG",
               "NEWSBOT_SHARED": "/data"}
    assert environment.unread_settings(environ, PROJECT_SETTINGS) == ["MONGO_DATABASE", "NEWSBOT_RENDER"]


def test_scrapyd_nodes_are_the_comma_separated_urls():
    assert environment.scrapyd_nodes({"SCRAPYD_URL": " http://a:6800, ,http://b:6800"}) == ["http://a:6800",
                                                                                          "http://b:6800"]
    assert environment.scrapyd_nodes({}) == []
