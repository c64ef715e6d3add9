"""Hostile input: no article, user file, destination or signal takes the run down or loses user data.

Each class of failure found by a hostile-user trial has a test here, with small inputs that exercise
the same code paths: pathological articles run beside the five example articles (which must still
give their 66 entities, the bad input reported), user files and destinations that must give exit 2
and one line, and report folders that must never replace or read what crosscheck did not write.
Linearity is asserted by counting Python calls at two sizes, never by a wall-clock limit.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline import claims, output, workers
from pipeline.cli import main
from pipeline.models import Article, Kind, Reconciliation
from pipeline.output import MARKER, exchange, report_lock
from pipeline.run import RunOptions, reconcile
from reports.csv_writer import neutralize
from sources import html as html_source
from sources import prose
from sources.reader import read_document
from sources.registry import parse_path

EXAMPLE_DIR = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
A001 = EXAMPLE_DIR / "001_39d5073b08ac0f22.txt"
A003 = EXAMPLE_DIR / "003_e6f1053f9d0a0c24.txt"
EXAMPLE_ENTITIES = 66  # 31 UN and 35 non-UN organizations, as the three full lists print them

# -------------------------------------------------------------------------------------------- helpers


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _beside_examples(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in sorted(EXAMPLE_DIR.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    (folder / name).write_bytes(data)
    return folder


def _listed_entities(rec: Reconciliation) -> set[str]:
    listed = {m.key for m in rec.mentions if m.kind is Kind.LIST}
    return {e.id for e in rec.entities if any(k in listed for k in e.mentions)}


@pytest.fixture(scope="module")
def example_entities() -> set[str]:
    return _listed_entities(reconcile([str(EXAMPLE_DIR)]))


# ------------------------------------------------------- one article never takes the whole run down

BAD_ARTICLES: dict[str, tuple[bytes, str]] = {
    # a count of 4,301 digits: past Python's integer-string limit
    "digits.txt": (
        ("date 2026-01-08\n美國退出共" + "1" * 4_301 + "個國際組織。\n").encode(),
        "number-too-long",
    ),
    # unbalanced parentheses and a list of bullets without end
    "parens.txt": (("date 2026-01-08\n包括" + "（" * 20_000 + "組織\n").encode(), ""),
    "bullets.txt": (("date 2026-01-08\n退出以下組織：\n" + "● 某某組織\n" * 3_000).encode(), ""),
    # one stray byte in an otherwise UTF-8 article
    "stray.txt": (
        "date 2026-01-08\n美國宣布退出國際組織。\n".encode()
        + b"\xff\n"
        + "世界氣象組織表示遺憾。\n".encode() * 30,
        "encoding-replaced",
    ),
    # a right-to-left override and zero-width spaces inside names
    "bidi.txt": (
        "date 2026-01-08\n美國退出世界\u202e衛生組織與國際\u200b能源論壇。\n".encode(),
        "invisible-characters",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_ARTICLES))
def test_a_hostile_article_beside_the_examples_is_reported_and_costs_nothing_else(
    tmp_path: Path, name: str, example_entities: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data, code = BAD_ARTICLES[name]
    folder = _beside_examples(tmp_path, name, data)
    before = _digest(folder)
    out = tmp_path / "out"
    status, err = _run(["run", str(folder), "--out", str(out), "--no-progress", "--jobs", "2"], capsys)
    assert status == 0
    assert _digest(folder) == before, "inputs are never modified"
    doc = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(doc["articles"]) == 6, "the hostile article is read too"
    if code:
        assert any(p["code"] == code for p in doc["problems"]), err
    listed = {m["key"] for m in doc["mentions"] if m["kind"] == "list"}
    assert example_entities <= {e["id"] for e in doc["entities"] if listed & set(e["mentions"])}
    assert len(example_entities) == EXAMPLE_ENTITIES


def test_invisible_characters_leave_no_look_alike_names(tmp_path: Path) -> None:
    text = A003.read_text(encoding="utf-8")
    clean = parse_path(A003)
    # a zero-width space after every 聯合國 and a right-to-left override before every 組織
    hostile = tmp_path / "003_hostile.txt"
    hostile.write_text(text.replace("聯合國", "聯合國\u200b").replace("組織", "\u202e組織"), encoding="utf-8")
    dirty = parse_path(hostile)
    assert dirty.article is not None and clean.article is not None
    assert dirty.article.text == clean.article.text
    assert [m.name_zh for m in dirty.mentions] == [m.name_zh for m in clean.mentions]
    assert any(p.code == "invisible-characters" and "removed" in p.message for p in dirty.problems)


def test_one_stray_byte_keeps_the_article_and_counts_the_byte(tmp_path: Path) -> None:
    data = A001.read_bytes()
    path = tmp_path / "001_stray.txt"
    path.write_bytes(data + b"\n\xff\n")  # a stray byte on a line of its own: one bad byte
    res = parse_path(path)
    assert res.article is not None and res.article.encoding == "utf-8"
    assert len([m for m in res.mentions if m.kind is Kind.LIST]) == 66
    replaced = [p for p in res.problems if p.code == "encoding-replaced"]
    assert len(replaced) == 1 and " 1 byte sequence" in replaced[0].message


def test_bytes_that_are_no_text_at_all_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 50)
    doc, problems = read_document(path)
    assert doc is None and [p.code for p in problems] == ["undecodable"]


@pytest.fixture
def slow_story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example story beside an article ``slow`` whose reading never ends."""
    folder = _beside_examples(tmp_path, "slow.txt", "date 2026-01-08\n沒有結束的文章。\n".encode())
    real = prose.prose_candidates

    def endless_on_slow(article: Article, **kwargs: object) -> tuple[prose.ProseCandidate, ...]:
        while article.id == "slow":
            time.sleep(0.01)
        return real(article, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(prose, "prose_candidates", endless_on_slow)
    return folder


def test_an_article_over_its_time_budget_is_skipped_and_reported(slow_story: Path) -> None:
    folder = slow_story
    for jobs in (1, 3):
        rec = reconcile([str(folder)], options=RunOptions(article_seconds=2.0, workers=jobs))
        assert "slow" not in {a.id for a in rec.articles}
        assert [p.code for p in rec.problems if "slow" in p.article] == ["time-budget"]
        assert len(_listed_entities(rec)) == EXAMPLE_ENTITIES


def test_off_the_main_thread_a_small_story_is_still_kept_to_its_time_budget(
    slow_story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the alarm that ends an article rings on the main thread only: elsewhere the articles go to workers
    folder = slow_story
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    done: list[Reconciliation] = []
    options = RunOptions(article_seconds=2.0)
    thread = threading.Thread(
        target=lambda: done.append(reconcile([str(folder)], options=options)), daemon=True
    )
    thread.start()
    thread.join(timeout=120)
    assert done, "the story was not read within two minutes"
    assert [p.code for p in done[0].problems if "slow" in p.article] == ["time-budget"]
    assert len(_listed_entities(done[0])) == EXAMPLE_ENTITIES


def test_an_article_that_crashes_a_parser_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _beside_examples(tmp_path, "crash.txt", "date 2026-01-08\n一篇文章。\n".encode())
    real = prose.prose_candidates

    def crash_on_it(article: Article, **kwargs: object) -> tuple[prose.ProseCandidate, ...]:
        if article.id == "crash":
            raise RecursionError("maximum recursion depth exceeded")
        return real(article, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(prose, "prose_candidates", crash_on_it)
    rec = reconcile([str(folder)], options=RunOptions(workers=1))
    assert [p.code for p in rec.problems if "crash" in p.article] == ["parse-failed"]
    assert len(_listed_entities(rec)) == EXAMPLE_ENTITIES


def test_worker_count_does_not_change_the_report(tmp_path: Path) -> None:
    one = reconcile([str(EXAMPLE_DIR)], options=RunOptions(workers=1))
    four = reconcile([str(EXAMPLE_DIR)], options=RunOptions(workers=4))
    assert one == four


# ----------------------------------------------------------------------------- linear scanning


def _calls(func: Callable[[], object]) -> int:
    """Python function calls (and generator resumptions) made by ``func``: a measure of work that does
    not depend on the machine's load."""
    count = 0

    def profiler(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profiler)
    try:
        func()
    finally:
        sys.setprofile(None)
    return count


def _article(text: str) -> Article:
    return Article(
        id="x", outlet="", url=None, date=None, title="", text=text, path="x", encoding="utf-8", body_end=-1
    )


PROSE_SHAPES: dict[str, Callable[[int], str]] = {
    "one line of a": lambda n: "a" * n,
    "Chinese prose": lambda n: ("美國宣布退出國際組織並且削減經費支持" * n)[:n],
    "English words": lambda n: ("the Fund and Commission of Forum " * n)[:n],
    "a run of digits": lambda n: "共" + "1" * n + "個",
    "1.1.1": lambda n: "1." * (n // 2),
    "a repeated type word": lambda n: "組織" * (n // 2),
    "acronyms": lambda n: "ABC " * (n // 4),
    "conjunctions": lambda n: "世界組織和" * (n // 5),
    "open parentheses": lambda n: "（" * n,
    "section cues": lambda n: "非聯合國的10個聯合國包括" * (n // 12),
}


def _seconds(func: Callable[[], object]) -> float:
    """The best of five CPU times of this process (what other processes run does not count): for a
    ratio between two sizes (4 when linear, 16 when quadratic), never compared with a fixed limit."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        func()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("shape", sorted(PROSE_SHAPES))
def test_prose_scanning_grows_linearly(shape: str) -> None:
    make = PROSE_SHAPES[shape]
    small_text, large_text = _article(make(4_000)), _article(make(16_000))
    small = _calls(lambda: prose.prose_candidates(small_text))
    large = _calls(lambda: prose.prose_candidates(large_text))
    assert large <= 5 * small, f"{shape}: {small} calls at 4,000 characters, {large} at 16,000"
    # work inside regular expressions and slicing makes no Python calls: a generous time ratio
    # (4 when linear, 16 when quadratic) catches it
    ratio = _seconds(lambda: prose.prose_candidates(large_text)) / _seconds(
        lambda: prose.prose_candidates(small_text)
    )
    assert ratio <= 10, f"{shape}: 4 times the text took {ratio:.1f} times as long"


@pytest.mark.parametrize("run", ["1", "一"])
def test_claims_scanning_of_a_long_run_of_digits_or_numerals_grows_linearly(run: str) -> None:
    def text(n: int) -> Article:
        return _article("共" + run * n + "個\n")  # no organization word follows: every match attempt fails

    small_text, large_text = text(4_000), text(16_000)
    ratio = _seconds(lambda: claims.extract_claims(large_text, [], [])) / _seconds(
        lambda: claims.extract_claims(small_text, [], [])
    )
    assert ratio <= 10, f"4 times the digits took {ratio:.1f} times as long"


def _nested_page(n: int) -> str:
    rows = "".join(f'<div class="related"><p>第{i}項</p>' for i in range(n)) + "</div>" * n
    return f"<html><body><article><p>美國退出國際組織。</p>{rows}</article></body></html>"


def test_html_boilerplate_removal_grows_linearly() -> None:
    small = _calls(
        lambda: html_source.html_to_document(_nested_page(100), doc_id="x", path="x", encoding="utf-8")
    )
    large = _calls(
        lambda: html_source.html_to_document(_nested_page(400), doc_id="x", path="x", encoding="utf-8")
    )
    assert large <= 5 * small, f"{small} calls at 100 nested blocks, {large} at 400"


# ------------------------------------------------------------------------------ output folders


@pytest.mark.parametrize("precious", ["budget.csv", "report.docx", "report.md"])
def test_a_folder_crosscheck_did_not_write_is_never_replaced(
    tmp_path: Path, precious: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / precious).write_text("the user's own file", encoding="utf-8")
    before = _digest(out)
    code, err = _run(["run", str(A001), "--out", str(out), "--no-progress"], capsys)
    assert code == 2 and "was not written by crosscheck" in err
    assert _digest(out) == before


@pytest.mark.parametrize("target", ["-", "a_file"])
def test_out_must_name_a_folder(
    tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a_file").write_text("keep", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, err = _run(["run", str(A001), "--out", target, "--no-progress"], capsys)
    assert code == 2 and err.count("\n") == 1 and "--out" in err
    assert (tmp_path / "a_file").read_text(encoding="utf-8") == "keep"
    assert not (tmp_path / "-").exists()


def test_a_report_folder_inside_the_inputs_is_not_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLE_DIR, folder)
    out = folder / "report"
    for _ in range(2):
        code, _err = _run(["run", str(folder), "--out", str(out), "--no-progress"], capsys)
        assert code == 0
    doc = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in doc["articles"]) == sorted(p.stem for p in EXAMPLE_DIR.glob("*.txt"))


def test_a_second_run_into_a_locked_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    with report_lock(out):
        code, err = _run(["run", str(A001), "--out", str(out), "--no-progress"], capsys)
    assert code == 2 and "another crosscheck run" in err
    assert not out.exists()
    assert _run(["run", str(A001), "--out", str(out), "--no-progress"], capsys)[0] == 0


def test_stale_staging_folders_are_removed_and_foreign_ones_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ours = tmp_path / f".out{output.STAGING_INFIX}killed.tmp"
    ours.mkdir()
    (ours / MARKER).write_text("", encoding="utf-8")
    (ours / "report.md").write_text("half", encoding="utf-8")
    foreign = tmp_path / f".out{output.STAGING_INFIX}notes"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep", encoding="utf-8")
    output.write_folder(out, {"report.md": "new"})
    assert not ours.exists()
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out", foreign.name])


def test_the_swap_exchanges_both_folders_in_one_step(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "new").write_text("", encoding="utf-8")
    (b / "old").write_text("", encoding="utf-8")
    assert exchange(a, b), "Linux file systems exchange folders with renameat2"
    assert [p.name for p in b.iterdir()] == ["new"] and [p.name for p in a.iterdir()] == ["old"]


def test_without_an_atomic_exchange_the_old_report_is_still_replaced_safely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    output.write_folder(out, {"report.md": "old"})
    monkeypatch.setattr(output, "exchange", lambda a, b: False)
    output.write_folder(out, {"report.md": "new"})
    assert (out / "report.md").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_full_or_read_only_disk_is_exit_2_and_keeps_the_old_report(
    tmp_path: Path, failure: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _run(["run", str(A001), "--out", str(out), "--no-progress", "--format", "md"], capsys)[0] == 0
    before = _digest(out)

    def fail(path: Path, text: str) -> None:
        raise OSError(failure, os.strerror(failure), str(path))

    monkeypatch.setattr(output, "_write_text", fail)
    code, err = _run(["run", str(A001), "--out", str(out), "--no-progress"], capsys)
    assert code == 2 and str(out) in err and os.strerror(failure) in err
    assert _digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.crosscheck.lock", "out"]


def test_sigterm_during_a_run_keeps_the_old_report_and_leaves_no_staging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _run(["run", str(A001), "--out", str(out), "--no-progress", "--format", "md"], capsys)[0] == 0
    before = _digest(out)
    real = output._write_text

    def killed_midway(path: Path, text: str) -> None:
        real(path, text)
        if path.name == "report.json":
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(output, "_write_text", killed_midway)
    code, err = _run(["run", str(A001), "--out", str(out), "--no-progress"], capsys)
    assert code == 130 and "interrupted" in err
    assert _digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.crosscheck.lock", "out"]


# ------------------------------------------------------------------ user files and destinations


@pytest.fixture(scope="module")
def report_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "out"
    assert main(["run", str(A001), "--out", str(out), "--no-progress", "--format", "json"]) == 0
    return out / "report.json"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_DOCUMENTS: dict[str, tuple[str, str]] = {
    "fields.json": ('{"schema_version": "1.0", "discrepancies": "oops"}', "'discrepancies' must be a list"),
    "element.json": ('{"schema_version": "1.0", "discrepancies": [{"sources": "ab"}]}', "sources"),
    "deep.json": ("[" * 100_000 + "]" * 100_000, "nested 100,000 levels deep"),
    "foreign.json": ('{"name": "not a report"}', "no schema_version"),
    "version.json": ('{"schema_version": "9.0", "discrepancies": []}', "schema_version '9.0'"),
    "latin1.json": ("", "not UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_bad_baseline_and_diff_inputs_are_exit_2_with_one_line_each(
    tmp_path: Path, name: str, report_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = BAD_DOCUMENTS[name]
    path = _write(tmp_path, name, text)
    if name == "latin1.json":
        path.write_bytes('{"schema_version": "1.0", "x": "café"}'.encode("latin-1"))
    code, err = _run(["diff", str(report_json), str(path)], capsys)
    assert code == 2 and expected in err and name in err
    code, err = _run(["check", str(A001), "--baseline", str(path), "--no-progress"], capsys)
    assert code == 2 and expected in err and err.startswith("crosscheck: error: baseline")


@pytest.mark.parametrize("option", ["--decisions", "--baseline", "diff"])
def test_a_device_or_folder_as_a_user_file_is_refused_before_reading(
    tmp_path: Path, option: str, report_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for bad in ("/dev/zero", str(tmp_path)):
        if option == "diff":
            argv = ["diff", str(report_json), bad]
        elif option == "--baseline":
            argv = ["check", str(A001), "--baseline", bad, "--no-progress"]
        else:
            argv = ["run", str(A001), "--decisions", bad, "--out", str(tmp_path / "out"), "--no-progress"]
        code, err = _run(argv, capsys)
        assert code == 2 and "not a regular file" in err


def test_decisions_files_are_checked_for_depth_and_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "out")
    deep = _write(tmp_path, "deep.txt", "{" + '"a":{' * 5_000 + "}" * 5_001)
    code, err = _run(["run", str(A001), "--decisions", str(deep), "--out", out, "--no-progress"], capsys)
    assert code == 2 and "nested 5,001 levels deep" in err
    later = _write(tmp_path, "later.json", '{"version": "2", "decisions": []}')
    code, err = _run(["run", str(A001), "--decisions", str(later), "--out", out, "--no-progress"], capsys)
    assert code == 2 and "decisions version '2'" in err
    assert not Path(out).exists()


@pytest.mark.parametrize("option", ["--junit", "--write-baseline"])
def test_unwritable_gate_destinations_are_exit_2_before_the_run(
    tmp_path: Path, option: str, report_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = _write(tmp_path, "a_file", "keep")
    target = str(blocker / "x.xml")  # a path below a regular file can never be written
    if option == "--junit":
        argv = ["check", str(A001), "--baseline", str(report_json), "--junit", target, "--no-progress"]
    else:
        argv = ["check", str(A001), "--baseline", target, "--write-baseline", "--no-progress"]
    code, err = _run(argv, capsys)
    assert code == 2 and target in err and "articles read" not in err
    assert blocker.read_text(encoding="utf-8") == "keep"


def test_a_symlink_loop_named_on_the_command_line_is_an_input_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    code, err = _run(["run", str(loop), str(A001), "--out", str(tmp_path / "out"), "--no-progress"], capsys)
    assert code == 0 and "symbolic links" in err


# ---------------------------------------------------------------------------- report escaping


def test_a_newline_in_a_file_name_cannot_break_a_markdown_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(A001, folder / "001\n| injected | row |.txt")
    out = tmp_path / "out"
    assert _run(["run", str(folder), "--out", str(out), "--no-progress"], capsys)[0] == 0
    lines = (out / "report.md").read_text(encoding="utf-8").splitlines()
    table_lines = [line for line in lines if line.startswith("|")]
    assert table_lines and all(line.rstrip().endswith("|") for line in table_lines)
    assert not any(line.startswith("| injected") for line in lines)


def test_formula_like_csv_cells_are_neutralized_and_json_keeps_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(A001, folder / "=HYPERLINK(1).txt")
    out = tmp_path / "out"
    assert _run(["run", str(folder), "--out", str(out), "--no-progress"], capsys)[0] == 0
    with open(out / "mentions.csv", encoding="utf-8", newline="") as fh:
        sources = {row["source"] for row in csv.DictReader(fh)}
    assert sources == {"'=HYPERLINK(1)"}
    doc = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in doc["articles"]] == ["=HYPERLINK(1)"]


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=b", "a=b"),
        ("", ""),
        (3, 3),
    ],
)
def test_neutralize_follows_owasp(cell: object, written: object) -> None:
    assert neutralize(cell) == written


def test_csv_text_round_trips_with_the_apostrophe(tmp_path: Path) -> None:
    import pandas as pd

    from reports.csv_writer import to_csv

    text = to_csv(pd.DataFrame({"name": ["=cmd|' /C calc'!A0", "plain"], "n": [-1, 2]}))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["name", "n"], ["'=cmd|' /C calc'!A0", "-1"], ["plain", "2"]]


def test_worker_count_is_bounded_by_articles_and_request() -> None:
    assert workers.worker_count(0, 1) == 1
    assert workers.worker_count(3, 10) == 3
    assert workers.worker_count(8, 2) == 2


def test_a_small_story_is_read_in_this_process_unless_workers_are_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    small = workers.POOL_FROM_ARTICLES - 1
    assert workers.worker_count(0, small) == 1
    assert workers.worker_count(0, workers.POOL_FROM_ARTICLES) == 4  # one per core from there on
    assert workers.worker_count(2, small) == 2  # asked for: started whatever the size
    assert workers.worker_count(0, small, timed_here=False) == 4  # off the main thread: budgets need workers

    def no_pool(method: str) -> None:
        raise AssertionError(f"a {method} pool was started for {small} articles or fewer")

    monkeypatch.setattr(workers.multiprocessing, "get_context", no_pool)
    paths = sorted(EXAMPLE_DIR.glob("*.txt"))
    read = workers.parse_all(paths, max_bytes=5_000_000)
    assert [p.result.article.path for p in read if p.result.article] == [str(p) for p in paths]
