"""The crawl benchmark at N = 200, so its harness cannot rot: it must produce a complete
result (every crawler over every page, the server check, the scale point, the extraction
timings and the table of docs/performance.md). How fast anything is, is not tested here."""

import json
import shutil

import pytest

from bench import report, run
from bench.site import generate

pytestmark = [pytest.mark.nginx, pytest.mark.crawl]

PAGES = 200


def test_the_benchmark_produces_a_complete_result(tmp_path):
    document = tmp_path / "performance.md"
    document.write_text(f"# x\n\n{report.START}\nold table\n{report.END}\n", encoding="utf-8")
    result = run.main(["--pages", str(PAGES), "--rounds", "1", "--scale", str(PAGES), "--extract-pages", "20",
                       "--extract-rounds", "1", "--out", str(tmp_path / "results"), "--doc", str(document)])

    site = generate(PAGES)
    every_page = PAGES + len(site.listing_paths) + 1  # and robots.txt
    [saved] = (tmp_path / "results").glob("*.json")
    assert json.loads(saved.read_text()) == json.loads(json.dumps(result))

    main = result["side_by_side"]
    assert main["server_check"]["requests_per_second"] > 0
    assert [run_["mode"] for run_ in main["runs"]] == ["limit", "feed", "full", "feed-workers", "full-workers"]
    for mode, summary in main["summary"].items():
        assert summary["pages"] == every_page, mode
        assert summary["items"] == (0 if mode == "limit" else PAGES), mode
        assert summary["pages_per_second"] > 0 and summary["cpu_seconds_per_1000_pages"] > 0
        assert summary["peak_rss_mb"] > 0
    assert all(main["summary"][mode]["ratio_to_limit"] > 0 for mode in main["summary"] if mode != "limit")
    for mode in ("full", "full-workers"):
        assert 1 < main["summary"][mode]["mongo_average_batch"] <= result["settings"]["mongo_batch_size"]
    # The extraction process is counted in the crawl's CPU time and memory.
    assert main["runs"][-1]["child_processes"] >= 1 and main["runs"][-1]["child_cpu_seconds"] > 0
    assert [point["pages"] for point in result["scale"]] == [PAGES]

    extraction = result["extraction"]
    timed = set(extraction["extractors"]) | set(extraction["missing"])
    assert timed == {"newsbot", "trafilatura", "newspaper4k"}
    assert all(row["ms_per_page_median"] > 0 for row in extraction["extractors"].values())
    # The generated pages are pages newsbot reads: otherwise the crawl numbers mean nothing.
    assert extraction["newsbot_agreement"] >= 0.9

    table = document.read_text(encoding="utf-8")
    assert "old table" not in table
    for mode in report.NAMES:
        assert report.crawler_name(mode, result) in table
    assert shutil.which("nginx")
