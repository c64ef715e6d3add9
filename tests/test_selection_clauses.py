"""Clauses of one sentence, each names with the value they share, are one list told clause by clause; the
same clauses after ``其中`` / ``Among them`` are examples of a larger whole, and a count of that whole
over them is no short list."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import reconcile

WHOLE = (
    "甲國發出關稅信函\n\n{outlet}　2025年7月8日\n\n甲國總統7日公布致14國的關稅信函。"
    "{lead}乙國和丙國為25%，丁國和戊國為40%，己國和庚國為36%。\n"
)


def _short(tmp_path: Path, lead: str, *, joined: bool = False) -> list[str]:
    """Who is said to list too few; ``joined``: the clauses follow the count in its sentence (``的關稅信函，
    其中…``)."""
    whole = WHOLE.replace("信函。{lead}", "信函，其中") if joined else WHOLE
    for name, outlet in (("01", "甲報"), ("02", "乙報")):
        (tmp_path / f"{name}.txt").write_text(whole.format(outlet=outlet, lead=lead), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert len(result.mentions) == 12  # six names an outlet, each read
    return [d.sources[0] for d in result.discrepancies if d.kind == "list_short"]


def test_clauses_after_among_them_are_examples_of_the_whole(tmp_path: Path) -> None:
    assert _short(tmp_path, "其中") == []


def test_clauses_after_among_them_in_the_sentence_of_the_count_are_examples(tmp_path: Path) -> None:
    assert _short(tmp_path, "", joined=True) == []


def test_clauses_without_a_word_of_a_part_are_the_list_the_count_numbers(tmp_path: Path) -> None:
    """The same sentence without 其中: six names under a count of 14, short on both outlets' own words."""
    assert sorted(_short(tmp_path, "")) == ["01", "02"]


def _read(tmp_path: Path, articles: dict[str, str]) -> tuple[dict[str, list[str]], list[str]]:
    """Each outlet's names in order, and who is said to list too few."""
    tmp_path.mkdir(exist_ok=True)
    for name, body in articles.items():
        (tmp_path / f"{name}.txt").write_text(
            f"關稅信函\n\n{name}報　2025年7月8日\n\n{body}\n", encoding="utf-8"
        )
    result = reconcile([str(tmp_path)])
    names: dict[str, list[str]] = {}
    for m in sorted(result.mentions, key=lambda m: (m.article, m.start)):
        names.setdefault(m.article, []).append(m.name_zh)
    return names, sorted(d.sources[0] for d in result.discrepancies if d.kind == "list_short")


def test_the_word_of_a_part_after_a_pause_is_no_part_of_the_first_name(tmp_path: Path) -> None:
    body = WHOLE.format(outlet="甲報", lead="").split("\n\n")[-1].replace("信函。", "信函，其中").strip()
    names, _ = _read(tmp_path, {"01": body})
    assert names["01"] == ["乙國", "丙國", "丁國", "戊國", "己國", "庚國"]


@pytest.mark.parametrize(
    "body",
    [
        "甲国总统7日公布致14国的关税信函，其中乙国和丙国为25%，丁国和戊国为40%，己国和庚国为36%。",
        "甲国大統領は7日、14カ国に書簡を送り、うち乙国と丙国は25％、丁国と戊国は40％、己国と庚国は36％とした。",
    ],
)
def test_simplified_and_japanese_clauses_after_a_word_of_a_part_are_examples(
    tmp_path: Path, body: str
) -> None:
    names, short = _read(tmp_path, {"01": body, "02": body})
    assert [len(n) for n in names.values()] == [6, 6]
    assert names["01"][0] in ("乙国", "乙國")
    assert short == []


def test_clauses_nearly_as_many_as_the_count_are_its_list(tmp_path: Path) -> None:
    """``致6國的信函，包括…``: six names on one outlet, five on the other; the count numbers the clauses, and
    the outlet that leaves one out is short of it."""
    whole = "甲國總統7日公布致6國的關稅信函，{cue}乙國和丙國為25%，丁國和戊國為40%，己國和庚國為36%。"
    for cue in ("包括", "其中"):
        full = whole.format(cue=cue)
        names, short = _read(tmp_path / cue, {"01": full, "02": full.replace("和庚國", "")})
        assert len(names["02"]) == 5
        assert short == ["02"]


def test_english_clauses_after_among_them_name_two_countries_each(tmp_path: Path) -> None:
    body = (
        "The president on Monday published letters to 14 countries, among them Aland and Borduria at 25%, "
        "Carpathia and Dalmatia at 40%, and Elbonia and Freedonia at 36%."
    )
    names, short = _read(tmp_path, {"01": body, "02": body})
    assert short == []
    assert [len(n) for n in names.values()] == [6, 6]
