"""The command line: exit codes, messages, the files a run writes, diff and the baseline gate."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.output import MARKER

MENTION_COLUMNS = [
    "source",
    "kind",
    "position",
    "section",
    "category",
    "name_zh",
    "name_en",
    "acronym",
    "entity",
]
DISCREPANCY_COLUMNS = ["kind", "severity", "entity", "sources", "subject", "message"]
EXAMPLE_DIR = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
REPORT_FILES = {
    "report.md",
    "report.html",
    "report.json",
    "entities.csv",
    "claims.csv",
    "discrepancies.csv",
    "mentions.csv",
}


@pytest.fixture(scope="module")
def example_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    assert main(["run", str(EXAMPLE_DIR), "--out", str(out), "--no-progress"]) == 0
    return out


def test_run_writes_every_report_file(example_run: Path) -> None:
    names = {p.name for p in example_run.iterdir()}
    assert REPORT_FILES <= names
    # no staging leftovers: the only hidden file is the marker that makes the folder replaceable
    assert [n for n in names if n.startswith(".")] == [MARKER]


def test_mentions_csv_contract(example_run: Path) -> None:
    with open(example_run / "mentions.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][: len(MENTION_COLUMNS)] == MENTION_COLUMNS
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    # 001 prints 31 + 35 numbered rows: every one is a list mention with a section and an entity
    rows_001 = [r for r in body if r["source"] == "001_39d5073b08ac0f22" and r["kind"] == "list"]
    assert len(rows_001) == 66
    assert sorted(int(r["position"]) for r in rows_001) == list(range(1, 67))
    # the section column holds the canonical group: 001's two parts, the same groups in 000 and 003
    by_group = Counter(r["section"] for r in rows_001)
    assert sorted(by_group.values()) == [31, 35] and all(by_group)
    for other in ("000_273ee92e37e8b5a4", "003_e6f1053f9d0a0c24"):
        assert Counter(r["section"] for r in body if r["source"] == other and r["kind"] == "list") == by_group
    assert all(r["entity"] for r in rows_001)
    # positions of prose mentions follow the list items
    prose_001 = [
        int(r["position"]) for r in body if r["source"] == "001_39d5073b08ac0f22" and r["kind"] == "prose"
    ]
    assert all(p > 66 for p in prose_001)


def test_discrepancies_csv_contract(example_run: Path) -> None:
    with open(example_run / "discrepancies.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[: len(DISCREPANCY_COLUMNS)] == DISCREPANCY_COLUMNS


def test_report_json_has_schema_version(example_run: Path) -> None:
    doc = json.loads((example_run / "report.json").read_text(encoding="utf-8"))
    assert doc["schema_version"]
    assert len(doc["articles"]) == 5


def test_run_prints_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(EXAMPLE_DIR / "001_39d5073b08ac0f22.txt"), "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "articles read: 1" in out
    assert "66 list items" in out
    assert str(tmp_path / "o") in out


def test_two_runs_are_byte_identical(example_run: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert main(["run", str(EXAMPLE_DIR), "--out", str(again), "--no-progress"]) == 0
    for name in sorted(REPORT_FILES):
        assert (again / name).read_bytes() == (example_run / name).read_bytes(), name


def test_fail_on_error_exits_1(tmp_path: Path) -> None:
    # the bundled example has at least one error-level finding (003's 13.5% for 9 of 66)
    assert main(["run", str(EXAMPLE_DIR), "--out", str(tmp_path / "o"), "--fail-on", "error"]) == 1


@pytest.mark.parametrize(
    "argv, message",
    [
        (["run"], "the following arguments are required: PATH"),
        (["run", "examples", "--format", "pdf"], "unknown format"),
        (["run", "examples", "--max-bytes", "-3"], "must be positive"),
        (["run", "examples", "--score-cutoff", "7"], "between 0 and 1"),
        (["nonsense"], "invalid choice"),
        (["diff", "a.json"], "required"),
    ],
)
def test_unusable_arguments_exit_2(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_no_readable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main(["run", str(empty), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2
    assert "no article could be read" in err
    assert "missing.txt" in err
    assert not (tmp_path / "o").exists()


def test_sources_prints_registry_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources"]) == 0
    doc = json.loads(capsys.readouterr().out)
    names = {layout["name"] for layout in doc["layouts"]}
    assert len(names) >= 4
    assert all(layout["description"] for layout in doc["layouts"])


def test_help_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    for cmd in ("run", "sources", "diff", "check"):
        with pytest.raises(SystemExit) as exc:
            main([cmd, "--help"])
        assert exc.value.code == 0
        text = capsys.readouterr().out
        assert "usage: crosscheck" in text
        assert f"examples:\n  crosscheck {cmd}" in text  # every command shows how it is used


def _drop_list_item(src: Path, dst: Path, needle: str) -> None:
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if needle not in ln]
    assert len(kept) == len(lines) - 1, "the item to drop must be on exactly one line"
    dst.write_text("".join(kept), encoding="utf-8")


def test_diff_names_what_the_fifth_article_added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    four = tmp_path / "four"
    four.mkdir()
    for p in sorted(EXAMPLE_DIR.glob("*.txt")):
        if not p.name.startswith("002_"):
            shutil.copy(p, four / p.name)
    assert main(["run", str(four), "--out", str(tmp_path / "r4"), "--format", "json"]) == 0
    assert main(["run", str(EXAMPLE_DIR), "--out", str(tmp_path / "r5"), "--format", "json"]) == 0
    capsys.readouterr()
    assert (
        main(["diff", str(tmp_path / "r4" / "report.json"), str(tmp_path / "r5" / "report.json"), "--json"])
        == 0
    )
    d = json.loads(capsys.readouterr().out)
    text = json.dumps(d, ensure_ascii=False)
    assert "002_5fb0c41b056a1ba0" in text  # the article added
    # 002 asserts IPCC is a UN body while the lists file it non-UN: a new section conflict
    assert "section_conflict" in text


def test_check_gate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(EXAMPLE_DIR), "--baseline", str(baseline), "--write-baseline"]) == 0
    assert main(["check", str(EXAMPLE_DIR), "--baseline", str(baseline)]) == 0
    capsys.readouterr()

    # a sixth article that reprints 001's list in full: nothing new and serious, the gate passes
    clean = tmp_path / "clean"
    shutil.copytree(EXAMPLE_DIR, clean)
    reprint = (
        (EXAMPLE_DIR / "001_39d5073b08ac0f22.txt")
        .read_text(encoding="utf-8")
        .replace("記者詹雅婷", "記者某某")
    )
    (clean / "005_reprint_full.txt").write_text(reprint, encoding="utf-8")
    assert main(["check", str(clean), "--baseline", str(baseline)]) == 0
    capsys.readouterr()

    # a sixth article: 001 reprinted by another outlet with one item dropped
    sixth = tmp_path / "six"
    shutil.copytree(EXAMPLE_DIR, sixth)
    _drop_list_item(
        EXAMPLE_DIR / "001_39d5073b08ac0f22.txt",
        sixth / "005_reprint_short.txt",
        "27 國際自然保育聯盟",
    )
    (sixth / "005_reprint_short.txt").write_text(
        (sixth / "005_reprint_short.txt").read_text(encoding="utf-8").replace("記者詹雅婷", "記者某某"),
        encoding="utf-8",
    )
    junit = tmp_path / "junit.xml"
    code = main(["check", str(sixth), "--baseline", str(baseline), "--junit", str(junit)])
    out = capsys.readouterr().out
    assert code == 1
    assert "005_reprint_short" in out
    assert "ERROR" in out.upper()
    assert "<testsuite" in junit.read_text(encoding="utf-8")


def test_check_with_unreadable_baseline_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "baseline.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["check", str(EXAMPLE_DIR / "001_39d5073b08ac0f22.txt"), "--baseline", str(bad)]) == 2
    assert "not JSON" in capsys.readouterr().err


def test_reviewer_decisions_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    decisions = EXAMPLE_DIR.parent / "decisions.example.json"
    out = tmp_path / "o"
    assert (
        main(["run", str(EXAMPLE_DIR), "--out", str(out), "--format", "json", "--decisions", str(decisions)])
        == 0
    )
    doc = json.loads((out / "report.json").read_text(encoding="utf-8"))
    fund = next(e for e in doc["entities"] if "001_39d5073b08ac0f22#26" in e["mentions"])
    assert (fund["name_en"], fund["name_zh"]) == ("United Nations Population Fund", "聯合國人口基金")
    assert doc["options"]["decisions"] == "decisions.example.json"


@pytest.mark.parametrize(
    "decision, message",
    [
        ({"kind": "merge", "a": "x", "b": "y"}, "unknown kind 'merge'"),
        # two items of one list cannot be the same organization
        (
            {"kind": "same", "a": "001_39d5073b08ac0f22#1", "b": "001_39d5073b08ac0f22#2"},
            "001_39d5073b08ac0f22#1",
        ),
    ],
)
def test_unusable_decisions_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], decision: dict[str, str], message: str
) -> None:
    bad = tmp_path / "d.json"
    bad.write_text(json.dumps({"version": "1", "decisions": [decision]}), encoding="utf-8")
    code = main(["run", str(EXAMPLE_DIR), "--out", str(tmp_path / "o"), "--decisions", str(bad)])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert not (tmp_path / "o").exists()


def test_decision_naming_nothing_of_the_run_is_reported_unused(tmp_path: Path) -> None:
    glossary = tmp_path / "d.json"
    rows = [
        {"kind": "same", "a": "001_39d5073b08ac0f22#1", "b": "999_nowhere#4"},  # another run's mention
        {"kind": "confirmed", "fingerprint": "abc123", "note": "checked by hand"},  # about a finding
    ]
    glossary.write_text(json.dumps({"version": "1", "decisions": rows}), encoding="utf-8")
    out = tmp_path / "o"
    assert (
        main(["run", str(EXAMPLE_DIR), "--out", str(out), "--format", "json", "--decisions", str(glossary)])
        == 0
    )
    problems = json.loads((out / "report.json").read_text(encoding="utf-8"))["problems"]
    unused = [p for p in problems if p["code"] == "decisions-unused"]
    assert [(p["article"], p["severity"], p["message"]) for p in unused] == [
        ("d.json", "info", "1 glossary decision not used in this run (rows 1)")
    ]


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty
        self.written: list[str] = []

    def isatty(self) -> bool:
        return self.tty

    def write(self, s: str) -> int:
        self.written.append(s)
        return len(s)

    def flush(self) -> None:
        pass


def test_progress_bar_only_on_a_terminal_for_many_articles() -> None:
    """tqdm on stderr for 20 or more articles, and only when stderr is a terminal."""
    from pipeline.cli_run import _progress

    items = [Path(f"a{i}.txt") for i in range(25)]
    quiet = _Stream(tty=False)
    assert list(_progress(True, quiet)(items)) == items
    assert quiet.written == []
    few = _Stream(tty=True)
    assert list(_progress(True, few)(items[:5])) == items[:5]
    assert few.written == []
    shown = _Stream(tty=True)
    assert list(_progress(True, shown)(items)) == items
    assert any("25" in w for w in shown.written)
    disabled = _Stream(tty=True)
    assert list(_progress(False, disabled)(items)) == items
    assert disabled.written == []


# -- conventions -------------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("crosscheck 0.")


def test_run_json_prints_the_summary_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(EXAMPLE_DIR), "--out", str(tmp_path / "o"), "--json", "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    # the example: 003's 13.5% and 002's IPCC-as-UN are the errors; 49 naming variants are the glossary
    assert (summary["errors"], summary["warnings"], summary["glossary"]) == (2, 6, 49)
    outlets = {a["outlet"]: (a["errors"], a["warnings"]) for a in summary["articles"]}
    assert outlets["觀察者網"] == (1, 3) and outlets["ETtoday"] == (0, 0)
    assert summary["reports"] == str(tmp_path / "o")


def test_quiet_and_verbose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(EXAMPLE_DIR), "--out", str(tmp_path / "q"), "-q", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""  # the two no-list notes are info
    assert main(["run", str(EXAMPLE_DIR), "--out", str(tmp_path / "v"), "-v", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "findings: 2 error(s), 6 warning(s); glossary: 49 naming variant(s)" in out
    assert "  ERROR arithmetic [觀察者網]: 觀察者網 says 9 items" in out


def test_a_problem_names_its_input_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE_DIR, folder)
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")
    assert main(["run", str(folder), "--out", str(tmp_path / "o"), "--format", "json"]) == 0
    line = next(x for x in capsys.readouterr().err.splitlines() if "blank.txt" in x)
    assert line.count("blank.txt") == 1, line


def test_default_out_is_named_after_the_first_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    # what `make demo` leaves behind does not block the next run with the default --out
    demo = tmp_path / "out" / "us-withdrawal-2026-01"
    assert main(["run", str(EXAMPLE_DIR), "--out", str(demo), "--format", "md"]) == 0
    assert main(["run", str(EXAMPLE_DIR), "--format", "md"]) == 0
    assert main(["run", str(EXAMPLE_DIR / "001_39d5073b08ac0f22.txt"), "--format", "md"]) == 0
    # (each report folder has its lock file beside it, a hidden file)
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
        "001_39d5073b08ac0f22",
        "us-withdrawal-2026-01",
    ]
    assert "reports: out/001_39d5073b08ac0f22" in capsys.readouterr().out


def test_excel_csv(tmp_path: Path) -> None:
    assert main(["run", str(EXAMPLE_DIR), "--out", str(tmp_path / "o"), "--format", "csv", "--excel"]) == 0
    raw = (tmp_path / "o" / "discrepancies.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfkind,severity,") and b"\r\n" in raw
    with open(tmp_path / "o" / "discrepancies.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["outlets"] == "觀察者網" and r["kind"] == "arithmetic" for r in rows)


def _four_and_five(tmp_path: Path) -> tuple[Path, Path]:
    four = tmp_path / "four"
    four.mkdir()
    for p in sorted(EXAMPLE_DIR.glob("*.txt")):
        if not p.name.startswith("002_"):
            shutil.copy(p, four / p.name)
    assert main(["run", str(four), "--out", str(tmp_path / "r4"), "--format", "json", "-q"]) == 0
    assert main(["run", str(EXAMPLE_DIR), "--out", str(tmp_path / "r5"), "--format", "json", "-q"]) == 0
    return tmp_path / "r4" / "report.json", tmp_path / "r5" / "report.json"


def test_diff_of_the_fifth_article_fits_a_screen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _four_and_five(tmp_path)
    capsys.readouterr()
    assert main(["diff", str(old), str(new)]) == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    assert len(lines) <= 40, text
    assert lines[2].startswith("- added 端傳媒 (`002_5fb0c41b056a1ba0`): 0 list items, 33 prose mentions")
    assert main(["diff", str(old), str(new), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    new_ids = {x["fingerprint"] for x in d["discrepancies"]["new"]}
    resolved = d["discrepancies"]["resolved"]
    identities = {(x["kind"], x["entity"], x["subject"]) for x in d["discrepancies"]["new"]}
    assert not any((x["kind"], x["entity"], x["subject"]) in identities for x in resolved)
    assert not new_ids & {x["fingerprint"] for x in resolved}
    # 002 says IPCC is a UN body while every list files it non-UN: the one new error
    assert [x["kind"] for x in d["discrepancies"]["new"] if x["severity"] == "error"] == ["section_conflict"]
    # naming variants that gain 002's spellings are changed, not resolved and new
    assert resolved == []
    assert any(c["kind"] == "naming_variant" and c["sources_added"] == ["002_5fb0c41b056a1ba0"]
               for c in d["discrepancies"]["changed"])  # fmt: skip


@pytest.mark.parametrize("bad", [b"", b"\x00\x01\x02binary\xff" * 20])
def test_check_fails_on_a_new_input_problem(
    bad: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(EXAMPLE_DIR), "--baseline", str(baseline), "--write-baseline", "-q"]) == 0
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE_DIR, folder)
    (folder / "005_bad.txt").write_bytes(bad)
    # without the flag an input problem is reported but does not fail the gate
    assert main(["check", str(folder), "--baseline", str(baseline)]) == 0
    capsys.readouterr()
    out_dir = tmp_path / "reports"
    argv = [
        "check",
        str(folder),
        "--baseline",
        str(baseline),
        "--fail-on-input-problems",
        "--out",
        str(out_dir),
    ]
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert "input_problem" in out and "005_bad.txt" in out
    # the same report folder as run writes
    assert {"report.md", "report.html", "report.json", "claimreview.json", "mentions.csv"} <= {
        p.name for p in out_dir.iterdir()
    }
    # the example's own no-list pages are in the baseline: nothing new without the bad file
    assert main(["check", str(EXAMPLE_DIR), "--baseline", str(baseline), "--fail-on-input-problems"]) == 0


def test_check_fails_on_a_page_without_its_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(EXAMPLE_DIR), "--baseline", str(baseline), "--write-baseline", "-q"]) == 0
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE_DIR, folder)
    # an error page where an article announcing the list was expected
    (folder / "005_forbidden.html").write_text(
        "<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1></body></html>",
        encoding="utf-8",
    )
    argv = ["check", str(folder), "--baseline", str(baseline), "--fail-on-input-problems", "info"]
    assert main(argv) == 1
    assert "005_forbidden" in capsys.readouterr().out
