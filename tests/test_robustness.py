"""Bad input gets a clear message and never costs the other articles; nothing is lost or half-written."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from pipeline import output
from pipeline.cli import main
from pipeline.errors import NoInputError, OutputError
from pipeline.models import Kind, Severity
from pipeline.output import MARKER, write_folder
from pipeline.run import RunOptions, reconcile

EXAMPLE_DIR = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
A001 = EXAMPLE_DIR / "001_39d5073b08ac0f22.txt"
A002 = EXAMPLE_DIR / "002_5fb0c41b056a1ba0.txt"
A003 = EXAMPLE_DIR / "003_e6f1053f9d0a0c24.txt"


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five good articles beside one of each kind of bad input."""
    folder = tmp_path_factory.mktemp("mixed")
    for p in sorted(EXAMPLE_DIR.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    (folder / "bad_empty.txt").write_bytes(b"")
    (folder / "bad_binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "bad_nolist.html").write_text(
        "<html><head><title>Weather</title></head><body><nav>Home | World</nav>"
        "<p>Rain is expected over the weekend in the north.</p><footer>(c) Outlet</footer></body></html>",
        encoding="utf-8",
    )
    text_001 = A001.read_text(encoding="utf-8")
    # a list cut off in the middle of its second section, as a broken page save would leave it
    cut = text_001.index("20 國際藝術委員會與文化機構聯盟")
    (folder / "bad_truncated.txt").write_text(
        text_001[:cut].replace("記者詹雅婷", "記者甲"), encoding="utf-8"
    )
    # a list whose heading states a count that its rows do not have
    (folder / "bad_count.txt").write_text(
        text_001.replace("(共計31個)", "(共計32個)").replace("記者詹雅婷", "記者乙"), encoding="utf-8"
    )
    # 002 saved as Big5 under another name: decoded correctly, it is the same article again
    (folder / "bad_big5_copy_of_002.txt").write_bytes(
        A002.read_text(encoding="utf-8").encode("big5", "replace")
    )
    # an HTML page whose <meta charset> says UTF-8 while its bytes are GB18030
    page = (
        '<html><head><meta charset="utf-8"><title>美国退出国际组织</title></head><body>'
        "<h2>联合国组织</h2><ol><li>联合国民主基金（UN Democracy Fund）</li>"
        "<li>联合国大学（UN University）</li></ol>"
        "<h2>非联合国组织</h2><ol><li>国际能源论坛（International Energy Forum）</li></ol></body></html>"
    )
    (folder / "bad_wrong_charset.html").write_bytes(page.encode("gb18030"))
    # the same article twice
    shutil.copy(A003, folder / "bad_duplicate_of_003.txt")
    # a file over the size limit used below
    (folder / "bad_huge.txt").write_text("date 2026-01-08\n" + "無關文字。" * 40_000, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def five_alone():
    return reconcile([str(EXAMPLE_DIR)])


@pytest.fixture(scope="module")
def mixed_run(mixed_folder: Path):
    before = _tree_digest(mixed_folder)
    rec = reconcile(
        [str(mixed_folder), str(mixed_folder / "bad_missing.txt")], options=RunOptions(max_bytes=100_000)
    )
    assert _tree_digest(mixed_folder) == before, "inputs must never be modified"
    return rec


def _problems_for(rec, needle: str):
    return [p for p in rec.problems if needle in p.article or needle in p.message]


def test_every_bad_input_is_reported_with_its_reason(mixed_run) -> None:
    def reasons(needle: str) -> str:
        found = _problems_for(mixed_run, needle)
        assert found, f"no problem recorded for {needle}"
        return " ".join(f"{p.code} {p.message}".lower() for p in found)

    assert "empty" in reasons("bad_empty")
    assert "binary" in reasons("bad_binary")
    assert "no-list" in reasons("bad_nolist") or "no list" in reasons("bad_nolist")
    huge = reasons("bad_huge")
    assert "100000" in huge.replace(",", "").replace("_", "") or "100 000" in huge
    assert "no such file" in reasons("bad_missing")
    assert "duplicate" in reasons("bad_duplicate_of_003")
    assert "duplicate" in reasons("bad_big5_copy_of_002")
    charset = reasons("bad_wrong_charset")
    assert "utf-8" in charset and "gb18030" in charset


def test_wrongly_declared_page_is_read_with_its_real_encoding(mixed_run) -> None:
    art = next(a for a in mixed_run.articles if a.id == "bad_wrong_charset")
    assert art.encoding == "gb18030"
    names = [m.name_zh for m in mixed_run.mentions if m.article == art.id and m.kind is Kind.LIST]
    assert names == ["联合国民主基金", "联合国大学", "国际能源论坛"]


def test_truncated_and_miscounted_lists_are_flagged(mixed_run) -> None:
    by_source = {}
    for d in mixed_run.discrepancies:
        for s in d.sources:
            by_source.setdefault(s, set()).add(d.kind)
    assert "list_short" in by_source.get("bad_truncated", set()) or "count_mismatch" in by_source.get(
        "bad_truncated", set()
    )
    # one finding: the heading's 32 is the odd count among the outlets, and its own list has the 31 they state
    counts = [d for d in mixed_run.discrepancies if "bad_count" in d.sources and d.kind.startswith("count_")]
    assert [d.kind for d in counts] == ["count_conflict"], [(d.kind, d.message) for d in counts]
    assert "32 (bad_count)" in counts[0].message and "bad_count's own list has 31" in counts[0].message


def test_big5_copy_was_decoded(mixed_folder: Path) -> None:
    from sources.registry import parse_path

    res = parse_path(mixed_folder / "bad_big5_copy_of_002.txt")
    assert res.article is not None
    assert res.article.encoding.replace("-", "").lower() in {"big5", "cp950", "big5hkscs"}
    assert "美國將退出66個國際組織" in res.article.text


def test_bad_inputs_cost_the_good_articles_nothing(mixed_run, five_alone) -> None:
    good = {a.id for a in five_alone.articles}
    assert good <= {a.id for a in mixed_run.articles}

    def clusters(rec):
        """The partition of the good articles' list items into entities (names may differ: the
        canonical name is the most used form, and the extra copies change which form that is)."""
        list_keys = {m.key for m in rec.mentions if m.kind is Kind.LIST and m.article in good}
        return {frozenset(k for k in e.mentions if k in list_keys) for e in rec.entities} - {frozenset()}

    assert clusters(mixed_run) == clusters(five_alone)
    assert len(clusters(five_alone)) == 66
    for art in good:
        alone = sorted(
            (m.position, m.name_zh, m.name_en)
            for m in five_alone.mentions
            if m.article == art and m.kind is Kind.LIST
        )
        mixed = sorted(
            (m.position, m.name_zh, m.name_en)
            for m in mixed_run.mentions
            if m.article == art and m.kind is Kind.LIST
        )
        assert alone == mixed


def test_duplicates_are_counted_once(mixed_run) -> None:
    ids = [a.id for a in mixed_run.articles]
    assert "bad_duplicate_of_003" not in ids
    assert "bad_big5_copy_of_002" not in ids


def test_no_readable_input_raises_no_input_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(NoInputError) as exc:
        reconcile([str(tmp_path)])
    text = " ".join(exc.value.problems)
    assert "a.txt" in text and "b.txt" in text


def test_mixed_folder_through_the_cli(mixed_folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    code = main(["run", str(mixed_folder), "--out", str(out), "--max-bytes", "100000", "--no-progress"])
    captured = capsys.readouterr()
    assert code == 0
    assert "bad_binary" in captured.err and "bad_empty" in captured.err
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "bad_binary" in report and "bad_huge" in report


def test_output_folder_is_replaced_as_a_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_folder(out, {"a.txt": "one", "b.txt": "two"})
    write_folder(out, {"a.txt": "three"})
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "a.txt"]
    assert (out / "a.txt").read_text() == "three"
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no staging folders left behind"


def test_a_failed_write_leaves_the_old_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_folder(out, {"report.md": "old"})

    def disk_full(src: Path, dst: Path) -> None:  # the new report taking the old one's place
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output, "_swap_in", disk_full)
    with pytest.raises(OutputError, match="No space left on device"):
        write_folder(out, {"report.md": "new"})
    monkeypatch.undo()
    assert (out / "report.md").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no staging folders left behind"


@pytest.mark.parametrize("name", ["../escape.txt", "a/b.txt", "", ".."])
def test_report_names_cannot_leave_the_output_folder(tmp_path: Path, name: str) -> None:
    from pipeline.errors import UsageError

    with pytest.raises(UsageError):
        write_folder(tmp_path / "out", {name: "x"})
    assert not (tmp_path / "escape.txt").exists()


def test_problems_have_severity_and_message(mixed_run) -> None:
    assert mixed_run.problems
    for p in mixed_run.problems:
        assert isinstance(p.severity, Severity)
        assert p.message.strip()


def test_run_refuses_to_replace_a_folder_that_is_not_a_report(tmp_path: Path, capsys) -> None:
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "draft.txt").write_text("keep me", encoding="utf-8")
    code = main(["run", str(A001), "--out", str(precious)])
    assert code == 2
    assert "was not written by crosscheck" in capsys.readouterr().err
    assert (precious / "draft.txt").read_text(encoding="utf-8") == "keep me"


def test_run_refuses_an_output_folder_holding_its_inputs(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(A001, folder / A001.name)
    assert main(["run", str(folder), "--out", str(folder)]) == 2
    assert "holds the input" in capsys.readouterr().err
    assert (folder / A001.name).read_bytes() == A001.read_bytes()


def test_an_earlier_report_folder_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(A001), "--out", str(out), "--format", "json,md"]) == 0
    assert main(["run", str(A001), "--out", str(out), "--format", "json"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "report.json", "run.json"]


def test_a_csv_only_report_folder_is_replaced_too(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(A001), "--out", str(out), "--format", "csv"]) == 0
    assert main(["run", str(A001), "--out", str(out), "--format", "md"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "report.md", "run.json"]
