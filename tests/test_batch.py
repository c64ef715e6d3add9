"""``crosscheck batch``: stories as Dask tasks on a local cluster of two worker processes (127.0.0.1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.cli import main
from pipeline.errors import UsageError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TRAVEL = EXAMPLES / "us-travel-ban-2025-06"  # 7 article files
WITHDRAWAL = EXAMPLES / "us-withdrawal-2026-01"  # 5 article files


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, Path, Path]:
    """One batch of two bundled stories and one that does not exist; beside it, `run` on the first."""
    root = tmp_path_factory.mktemp("batch")
    out = root / "batch"
    missing = root / "no-such-story"
    code = main(
        [
            "batch",
            str(TRAVEL),
            str(WITHDRAWAL),
            str(missing),
            "--out",
            str(out),
            "--workers",
            "2",
            "--format",
            "json,md",
            "-q",
        ]
    )
    single = root / "single"
    assert main(["run", str(TRAVEL), "--out", str(single), "--format", "json,md", "-q"]) in (0, 1)
    return code, out, single


def test_each_story_gets_the_report_folder_run_writes(batch_run: tuple[int, Path, Path]) -> None:
    _, out, single = batch_run
    for name in ("report.json", "report.md"):
        assert (out / TRAVEL.name / name).read_text(encoding="utf-8") == (single / name).read_text(
            encoding="utf-8"
        )
    assert (out / WITHDRAWAL.name / "report.json").is_file()


def test_summary_counts_each_story_and_reports_the_failure(batch_run: tuple[int, Path, Path]) -> None:
    code, out, single = batch_run
    doc = json.loads((out / batch.SUMMARY_JSON).read_text(encoding="utf-8"))
    assert [s["name"] for s in doc["stories"]] == [TRAVEL.name, WITHDRAWAL.name, "no-such-story"]
    assert [s["articles"] for s in doc["stories"]] == [7, 5, 0]
    assert [s["ok"] for s in doc["stories"]] == [True, True, False]
    assert doc["failed"] == 1 and doc["total"] == 3
    assert "no article could be read" in doc["stories"][2]["error"]
    report = json.loads((single / "report.json").read_text(encoding="utf-8"))
    assert doc["stories"][0]["entities"] == report["counts"]["entities"]
    assert doc["stories"][0]["findings"] == report["counts"]["discrepancies"]
    assert doc["stories"][0]["report"] == TRAVEL.name and doc["stories"][2]["report"] is None
    md = (out / batch.SUMMARY_MD).read_text(encoding="utf-8")
    assert f"| {TRAVEL} | 7 |" in md and "failed: no article could be read" in md
    assert code == 2  # a story that could not be reconciled, as `run` exits on no readable input


def test_batch_refuses_a_folder_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    code = main(["batch", str(TRAVEL), "--out", str(out), "-q"])
    assert code == 2
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_a_story_folder_inside_its_own_report_folder_is_refused(tmp_path: Path) -> None:
    story = tmp_path / "out" / "story"
    story.mkdir(parents=True)
    with pytest.raises(UsageError, match="holds the input"):
        batch.check_batch_folder(tmp_path / "out", [str(story)], ["story"])


def test_report_folder_names_are_unique_and_follow_the_input_order() -> None:
    assert batch.story_names(["a/x", "b/x", "c/y", "d/x"]) == ["x", "x-2", "y", "x-3"]


def test_exit_code_is_the_worst_story_s() -> None:
    ok = batch.StoryResult(story="s", name="s", ok=True, findings={"error": 0, "warning": 2, "info": 1})
    assert ok.exit_code("never") == 0
    assert ok.exit_code("error") == 0
    assert ok.exit_code("warning") == 1
    assert batch.StoryResult(story="t", name="t", ok=False, error="x").exit_code("never") == 2
