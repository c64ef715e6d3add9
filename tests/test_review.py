"""Review without a browser: verdicts on findings, the decisions writer, run.json, the review session
and the command's handling of a taken port."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import jsonschema
import pytest
from review_fixtures import LIST_SHORT, UNLINKED, write_articles

from pipeline import decision_file
from pipeline.cli import main
from pipeline.errors import DecisionsError, OutputError
from pipeline.matching import load_decisions
from pipeline.models import Discrepancy, Severity
from pipeline.review_session import ActionError, ReviewSession
from pipeline.run import RunOptions, reconcile
from pipeline.runrecord import RUN_FILE, load_run_record, run_record_text
from pipeline.verdicts import Verdict, VerdictKind, apply_verdicts, load_verdicts
from reports import claimreview, json_report
from reports.html import html_report
from reports.markdown import markdown_report
from reports.review_page import review_page


def finding(kind: str, source: str, subject: str = "list") -> Discrepancy:
    return Discrepancy(kind, Severity.WARNING, None, (source,), subject, f"{kind} about {source}")


def write_json(path: Path, rows: list[dict[str, str]], **extra: object) -> Path:
    path.write_text(json.dumps({"version": "1", "decisions": rows, **extra}), encoding="utf-8")
    return path


# -- verdicts ---------------------------------------------------------------------------------------


def test_verdicts_are_read_from_json_and_csv(tmp_path: Path) -> None:
    rows = [
        {"kind": "same", "a": "x#1", "b": "y#1"},
        {"kind": "false_alarm", "fingerprint": "k||x|list", "note": "another list"},
        {"kind": "confirmed", "fingerprint": "k2||y|total"},
    ]
    expected = (
        Verdict(VerdictKind.FALSE_ALARM, "k||x|list", "another list"),
        Verdict(VerdictKind.CONFIRMED, "k2||y|total", ""),
    )
    assert load_verdicts(write_json(tmp_path / "d.json", rows)) == expected
    csv_path = tmp_path / "d.csv"
    csv_path.write_text(
        "version,kind,a,b,fingerprint,note\n1,same,x#1,y#1,,\n1,false_alarm,,,k||x|list,another list\n"
        "1,confirmed,,,k2||y|total,\n",
        encoding="utf-8",
    )
    assert load_verdicts(csv_path) == expected


def test_a_verdict_without_fingerprint_is_refused(tmp_path: Path) -> None:
    path = write_json(tmp_path / "d.json", [{"kind": "false_alarm", "note": "?"}])
    with pytest.raises(DecisionsError, match="needs the finding's 'fingerprint'"):
        load_verdicts(path)


def test_the_link_loader_skips_verdicts(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "d.json",
        [
            {"kind": "not_same", "a": "x#1", "b": "x#2"},
            {"kind": "confirmed", "fingerprint": "f", "note": "n"},
        ],
    )
    loaded = load_decisions(path)
    assert [(d.kind, d.a, d.b) for d in loaded.items] == [("not_same", "x#1", "x#2")]


def test_false_alarms_are_suppressed_with_their_note_and_confirmed_keep_theirs() -> None:
    a, b, c = finding("unlinked_list", "a"), finding("list_short", "b", "total"), finding("wrong_item", "c")
    kept, suppressed = apply_verdicts(
        [a, b, c],
        [
            Verdict(VerdictKind.FALSE_ALARM, a.fingerprint, "same list"),
            Verdict(VerdictKind.CONFIRMED, b.fingerprint, "checked against the order"),
        ],
    )
    assert [d.fingerprint for d in kept] == [b.fingerprint, c.fingerprint]
    assert [d.note for d in kept] == ["checked against the order", ""]
    assert [(d.fingerprint, d.note) for d in suppressed] == [(a.fingerprint, "same list")]


def test_the_last_verdict_on_a_fingerprint_wins() -> None:
    a = finding("unlinked_list", "a")
    verdicts = [
        Verdict(VerdictKind.FALSE_ALARM, a.fingerprint, "x"),
        Verdict(VerdictKind.CONFIRMED, a.fingerprint),
    ]
    kept, suppressed = apply_verdicts([a], verdicts)
    assert kept == (a,) and suppressed == ()


def test_a_verdict_holds_only_while_its_fingerprint_does() -> None:
    old = finding("unlinked_list", "a")
    moved = finding("unlinked_list", "b")  # another outlet at fault: another fingerprint
    kept, suppressed = apply_verdicts([moved], [Verdict(VerdictKind.FALSE_ALARM, old.fingerprint)])
    assert kept == (moved,) and suppressed == ()


# -- the decisions writer ---------------------------------------------------------------------------


def test_appending_to_json_keeps_earlier_rows_and_other_keys(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "d.json", [{"kind": "same", "a": "x#1", "b": "y#1", "by": "ana"}], note="mine"
    )
    decision_file.append_decisions(path, [{"kind": "false_alarm", "fingerprint": "f|1", "note": "不是"}])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["note"] == "mine" and data["version"] == "1"
    assert data["decisions"] == [
        {"kind": "same", "a": "x#1", "b": "y#1", "by": "ana"},
        {"kind": "false_alarm", "fingerprint": "f|1", "note": "不是"},
    ]


def test_appending_to_csv_keeps_the_users_lines_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    original = 'version,kind,a,b,name_en,name_zh,fingerprint,note\n1,same,x#1,y#1,,,,"a, b"\n'
    path.write_text(original, encoding="utf-8")
    decision_file.append_decisions(path, [{"kind": "confirmed", "fingerprint": "k|a,b|", "note": "ok"}])
    text = path.read_text(encoding="utf-8")
    assert text.startswith(original)
    assert text[len(original) :] == '1,confirmed,,,,,"k|a,b|",ok\n'
    assert load_verdicts(path) == (Verdict(VerdictKind.CONFIRMED, "k|a,b|", "ok"),)


def test_a_csv_without_the_verdict_columns_is_widened(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("version,kind,a,b,name_en,name_zh\n1,canonical,x#1,,Desert Office,\n", encoding="utf-8")
    decision_file.append_decisions(path, [{"kind": "false_alarm", "fingerprint": "f", "note": ""}])
    assert path.read_text(encoding="utf-8").splitlines() == [
        "version,kind,a,b,name_en,name_zh,fingerprint",
        "1,canonical,x#1,,Desert Office,,",
        "1,false_alarm,,,,,f",
    ]
    assert [d.name_en for d in load_decisions(path).items] == ["Desert Office"]


def test_a_spreadsheet_csv_keeps_its_byte_order_mark_and_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    original = "\ufeffversion,kind,a,b,name_en,name_zh,fingerprint,note\r\n1,same,x#1,y#1,,,,\r\n"
    path.write_bytes(original.encode("utf-8"))
    decision_file.append_decisions(path, [{"kind": "false_alarm", "fingerprint": "f"}])
    assert path.read_bytes() == (original + "1,false_alarm,,,,,f,\r\n").encode("utf-8")
    assert [d.kind for d in load_decisions(path).items] == ["same"]


def test_a_new_file_takes_its_format_from_its_name(tmp_path: Path) -> None:
    decision_file.append_decisions(tmp_path / "new.json", [{"kind": "same", "a": "x#1", "b": "y#1"}])
    decision_file.append_decisions(tmp_path / "new.csv", [{"kind": "same", "a": "x#1", "b": "y#1"}])
    assert json.loads((tmp_path / "new.json").read_text(encoding="utf-8")) == {
        "version": "1",
        "decisions": [{"kind": "same", "a": "x#1", "b": "y#1"}],
    }
    assert (tmp_path / "new.csv").read_text(encoding="utf-8") == (
        "version,kind,a,b,name_en,name_zh,fingerprint,note\n1,same,x#1,y#1,,,,\n"
    )


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_json(tmp_path / "d.json", [{"kind": "same", "a": "x#1", "b": "y#1"}])
    before = path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="No space left on device"):
        decision_file.append_decisions(path, [{"kind": "confirmed", "fingerprint": "f"}])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]  # no temporary file left


# -- a run with verdicts ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("review") / "in")


def test_the_fixture_has_the_findings_its_articles_call_for(articles: Path) -> None:
    rec = reconcile([articles], options=RunOptions(workers=1))
    assert {d.fingerprint for d in rec.discrepancies} >= {LIST_SHORT, UNLINKED}


def test_a_run_suppresses_false_alarms_and_carries_notes_into_the_reports(
    articles: Path, tmp_path: Path
) -> None:
    path = write_json(
        tmp_path / "d.json",
        [
            {"kind": "false_alarm", "fingerprint": UNLINKED, "note": "the herald's list <b>is</b> this one"},
            {"kind": "confirmed", "fingerprint": LIST_SHORT, "note": "the order names six"},
        ],
    )
    rec = reconcile([articles], options=RunOptions(decisions=str(path), workers=1))
    assert UNLINKED not in {d.fingerprint for d in rec.discrepancies}
    assert [(d.fingerprint, d.note) for d in rec.suppressed] == [
        (UNLINKED, "the herald's list <b>is</b> this one")
    ]

    report = json.loads(json_report.json_report(rec))
    jsonschema.validate(report, json_report.load_schema())
    assert [d["fingerprint"] for d in report["suppressed"]] == [UNLINKED]
    assert (
        next(d for d in report["discrepancies"] if d["fingerprint"] == LIST_SHORT)["note"]
        == "the order names six"
    )

    reviews = claimreview.claim_reviews(rec)
    jsonschema.validate(reviews, claimreview.load_schema())
    short = next(r for r in reviews if r["identifier"] == f"{LIST_SHORT}#c_wire")
    assert short["comment"] == [{"@type": "Comment", "text": "the order names six"}]

    md = markdown_report(rec)
    section = md.split("## Suppressed by reviewer", 1)[1].split("\n## ", 1)[0]
    assert (
        "`unlinked_list`" in section
        and "reviewer's note: the herald's list \\<b\\>is\\</b\\> this one" in section
    )
    assert "confirmed by the reviewer: the order names six" in md

    page = html_report(rec)
    assert f'<li data-fingerprint="{UNLINKED}">' in page
    assert "the herald&#39;s list &lt;b&gt;is&lt;/b&gt; this one" in page and "<b>is</b>" not in page
    assert '<p class="reviewer-note">Confirmed by the reviewer: the order names six</p>' in page


def test_a_suppressed_finding_returns_when_its_fingerprint_changes(articles: Path, tmp_path: Path) -> None:
    """The same list under another file name is another outlet at fault: the old verdict does not hold."""
    renamed = tmp_path / "in"
    renamed.mkdir()
    for p in articles.iterdir():
        (renamed / p.name.replace("b_herald", "d_post")).write_bytes(p.read_bytes())
    path = write_json(tmp_path / "d.json", [{"kind": "false_alarm", "fingerprint": UNLINKED}])
    rec = reconcile([renamed], options=RunOptions(decisions=str(path), workers=1))
    assert rec.suppressed == ()
    assert "unlinked_list||d_post|list" in {d.fingerprint for d in rec.discrepancies}


# -- run.json and the review session ----------------------------------------------------------------


def test_run_record_round_trip(tmp_path: Path) -> None:
    options = RunOptions(decisions="d.json", reference="ref.json", gazetteers=("g1.csv",), score_cutoff=0.3)
    (tmp_path / RUN_FILE).write_text(run_record_text(["b", "a"], options, ["md", "json"], excel=True))
    record = load_run_record(tmp_path)
    assert record.inputs == (os.path.abspath("a"), os.path.abspath("b"))
    assert record.options.decisions == os.path.abspath("d.json")
    assert record.options.gazetteers == (os.path.abspath("g1.csv"),)
    assert record.options.score_cutoff == 0.3 and record.formats == ("md", "json") and record.excel


def test_the_review_reads_an_article_again_only_when_its_file_changed(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import review_session as review

    read: list[str] = []
    real = review.parse_all

    def counting(paths: list[Path], **kwargs: object) -> list[object]:
        read.extend(p.name for p in paths)
        return real(paths, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(review, "parse_all", counting)
    folder = tmp_path / "in"
    folder.mkdir()
    for p in articles.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    cache = review.ParseCache()
    first = reconcile([folder], options=RunOptions(workers=1), parse=cache)
    again = reconcile([folder], options=RunOptions(workers=1), parse=cache)
    assert again == first
    assert sorted(read) == ["a_daily.txt", "b_herald.txt", "c_wire.txt"]
    changed = folder / "c_wire.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("six", "five"), encoding="utf-8")
    third = reconcile([folder], options=RunOptions(workers=1), parse=cache)
    assert sorted(read) == ["a_daily.txt", "b_herald.txt", "c_wire.txt", "c_wire.txt"]
    assert LIST_SHORT in {d.fingerprint for d in first.discrepancies}
    assert LIST_SHORT not in {d.fingerprint for d in third.discrepancies}  # the new text was read


@pytest.fixture
def session(articles: Path, tmp_path: Path) -> ReviewSession:
    out = tmp_path / "out"
    assert main(["run", str(articles), "--out", str(out), "-q", "--jobs", "1"]) == 0
    s = ReviewSession(out, load_run_record(out), tmp_path / "d.json", 40)
    s.rebuild()
    return s


def test_a_decision_the_run_refuses_is_taken_back(session: ReviewSession) -> None:
    session.decide({"action": "false_alarm", "fingerprint": UNLINKED, "note": "kept"})
    before = session.decisions.read_bytes()
    with pytest.raises(ActionError, match="not saved"):  # two items of one list cannot be one body
        session.decide({"action": "same", "mention": "a_daily#2", "other": "a_daily#3"})
    assert session.decisions.read_bytes() == before


def test_actions_are_checked_against_the_report(session: ReviewSession) -> None:
    with pytest.raises(ActionError, match="no list item"):
        session.decide({"action": "same", "mention": "nowhere#1", "other": "a_daily#1"})
    with pytest.raises(ActionError, match="no finding"):
        session.decide({"action": "false_alarm", "fingerprint": "made|up"})
    with pytest.raises(ActionError, match="unknown action"):
        session.decide({"action": "delete"})
    with pytest.raises(ActionError, match="control characters"):
        session.decide({"action": "canonical", "mention": "a_daily#1", "name": "Desert\u202eOffice"})
    assert not session.decisions.exists()


def test_a_canonical_name_in_chinese_is_name_zh(session: ReviewSession) -> None:
    session.decide({"action": "canonical", "mention": "a_daily#1", "name": "沙漠事務辦公室"})
    rows = json.loads(session.decisions.read_text(encoding="utf-8"))["decisions"]
    assert rows == [{"kind": "canonical", "a": "a_daily#1", "name_zh": "沙漠事務辦公室"}]
    assert session.rec is not None
    assert next(e for e in session.rec.entities if "a_daily#1" in e.mentions).name_zh == "沙漠事務辦公室"


def test_the_page_escapes_every_text(session: ReviewSession) -> None:
    session.decide(
        {"action": "false_alarm", "fingerprint": UNLINKED, "note": '<img src=x onerror="alert(1)">'}
    )
    assert session.rec is not None
    page = review_page(session.rec, decisions="<d>.json")
    assert "<img" not in page and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "&lt;d&gt;.json" in page


# -- the command -------------------------------------------------------------------------------------


def test_a_taken_port_is_one_line_and_exit_2(
    session: ReviewSession, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["review", str(session.out_dir), "--port", str(port)])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        f"crosscheck: error: port {port} on 127.0.0.1 is taken: choose another with --port N, "
        "or --port 0 for a free one\n"
    )


def test_review_refuses_a_folder_crosscheck_did_not_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", str(tmp_path), "--port", "0"]) == 2
    assert "not a crosscheck report folder" in capsys.readouterr().err
