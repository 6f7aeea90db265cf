"""The manual against the code: the settings table is the one settings.py gives, and every link
between the README and docs/ leads to a file that is there."""

import re

import pytest

from tests.conftest import ROOT
from tests.settings_table import (
    ENVIRONMENT_END,
    ENVIRONMENT_START,
    SettingsSourceError,
    committed_table,
    environment_table,
    read_settings,
    table,
)

LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_every_setting_of_settings_py_is_in_docs_settings_and_no_other():
    documented = set(re.findall(r"^\| `([A-Z0-9_]+)` \|", committed_table(), re.M))
    defined = {setting.name for setting in read_settings()}
    assert defined - documented == set(), "missing from docs/settings.md: run python -m tests.settings_table"
    assert documented - defined == set(), "gone from settings.py: run python -m tests.settings_table"


def test_the_committed_settings_table_is_the_generated_one():
    assert committed_table() == table(read_settings()), "run python -m tests.settings_table"


def test_every_environment_variable_newsbot_reads_is_in_docs_settings():
    assert committed_table(start=ENVIRONMENT_START, end=ENVIRONMENT_END) == environment_table(), \
        "run python -m tests.settings_table"


def test_a_doc_comment_that_belongs_to_no_setting_is_refused(tmp_path):
    settings = tmp_path / "settings.py"
    settings.write_text("#: Seconds to wait.\nTIMEOUT = 5\n#: A setting that was removed.\n\nOTHER = 1\n")
    with pytest.raises(SettingsSourceError, match="line 3"):
        read_settings(settings)


def test_a_doc_comment_is_the_lines_right_above_its_setting(tmp_path):
    settings = tmp_path / "settings.py"
    settings.write_text("# -- storage --\n#: Seconds to wait ...\n#: ... at most.\nTIMEOUT = 5\nPLAIN = [1,\n 2]\n")
    [timeout, plain] = read_settings(settings)
    assert (timeout.group, timeout.default, timeout.comment) == ("storage", "5", "Seconds to wait ... ... at most.")
    assert (plain.default, plain.comment) == ("[1, 2]", "")


@pytest.mark.parametrize("document", ["README.md", *sorted(p.name for p in (ROOT / "docs").glob("*.md"))])
def test_every_relative_link_leads_to_a_file(document):
    path = ROOT / document if document == "README.md" else ROOT / "docs" / document
    targets = [t for t in LINK.findall(path.read_text(encoding="utf-8")) if "://" not in t]
    assert [t for t in targets if not (path.parent / t).exists()] == []
