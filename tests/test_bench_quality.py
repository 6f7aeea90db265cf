"""`make bench-quality` on three of the benchmark's pages, so its harness cannot rot: it must give
a complete result (every prediction set scored by the benchmark's own score.py, the realpages
check's totals, the result file and the table). How good the scores are is not tested here."""

import json

import pytest

from bench import quality
from bench.report import END, START

PAGES = 3

pytestmark = pytest.mark.skipif(not (quality.BENCHMARK / "score.py").is_file(),
                                reason=f"no shared benchmark at {quality.BENCHMARK}")


def test_the_quality_benchmark_produces_a_complete_result(tmp_path):
    doc = tmp_path / "quality.md"
    doc.write_text(f"# x\n\n{START}\nold table\n{END}\n", encoding="utf-8")
    result = quality.main(["--pages", str(PAGES), "--out", str(tmp_path / "results"), "--doc", str(doc)])

    [saved] = (tmp_path / "results").glob("quality-*.json")
    assert json.loads(saved.read_text(encoding="utf-8")) == json.loads(json.dumps(result))
    bench = result["benchmark"]
    assert bench["pages"] == PAGES
    scored = set(bench["scores"])
    assert {"newsbot body", "newsbot summary+body"} <= scored
    assert any(name.startswith("trafilatura") for name in scored) or bench["missing"] == ["trafilatura"]
    for name, row in bench["scores"].items():
        assert all(0 <= row[metric] <= 1 for metric in quality.METRICS), name
        # newsbot finds a body on every one of these pages.
        assert row["empty_predictions"] == 0 or not name.startswith("newsbot"), name
    assert all(ms > 0 for ms in bench["ms_per_page_median"].values())
    # The pages to look at first: newsbot's, worst body precision or recall first.
    worst = [min(page["precision"], page["recall"]) for page in bench["newsbot_body_worst"]]
    assert len(worst) == PAGES and worst == sorted(worst)

    real = result["realpages"]
    assert real["pages"] > 0 and real["fields"] == 6 * real["pages"]
    assert sum(row["of"] for row in real["by_field"].values()) == real["fields"]
    assert real["right"] == sum(row["right"] for row in real["by_field"].values())

    table = doc.read_text(encoding="utf-8")
    assert "old table" not in table
    for name in scored:
        assert f"| {name} |" in table


def test_a_missing_table_file_is_a_one_line_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        quality.main(["--pages", "1", "--out", str(tmp_path), "--doc", str(tmp_path / "absent.md")])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.strip().count("\n") == 0
