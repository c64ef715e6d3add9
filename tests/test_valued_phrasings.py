"""How real outlets phrase a list of countries with values, reprinted in our own words
(``tests/fixtures/valued_phrasings``, its README names each article's shape and the outlet whose
structure it follows): each article read as its expected file (written by reading it) says, or left
unread, never read in part. The shapes read here are tested again below on made-up names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Kind, Mention, ParseResult
from sources.registry import parse_path

FOLDER = Path(__file__).resolve().parent / "fixtures" / "valued_phrasings"
ARTICLES = sorted(p.stem for p in FOLDER.glob("*.txt"))

# the articles not read yet, each with what it lacks
UNREAD: dict[str, str] = {
    "07_tw_table_one_cell_a_line": "a table flattened one cell a line (header lines, then name, rate, "
    "rate, change a line each) is not read",
    "08_hk_rates_in_cheng": "two names joined by a word, no 、, before a bare rate in tenths "
    "(甲國和乙國四成) are not read (the word may be a sound of one name), so the sentence is not",
    "12_tw_changes_from_to_prose": "changes told in clauses (甲國由46%降至20%, 乙國降至19%, 丙國、丁國"
    "分別從36%及49%調整至19%) are not read",
}
# read in part today (worse than unread): none
PARTIAL: dict[str, str] = {}
UNGROUPED = dict(UNREAD)
UNITS = {
    **UNREAD,
    "01_ja_rate_bands_dash_lines": "a bare number (49) under a band printed in % (40~49%) keeps no unit",
}


def _marked(gaps: dict[str, str]) -> list[Any]:
    return [
        pytest.param(a, marks=pytest.mark.xfail(strict=True, reason=gaps[a])) if a in gaps else a
        for a in ARTICLES
    ]


def _expected(article: str) -> dict[str, Any]:
    return dict(json.loads((FOLDER / f"{article}.expected.json").read_text(encoding="utf-8")))


def _parsed(article: str) -> ParseResult:
    return parse_path(FOLDER / f"{article}.txt")


def _items(result: ParseResult) -> list[Mention]:
    return [m for m in result.mentions if m.kind is Kind.LIST]


def _name(m: Mention) -> str:
    return m.name_zh or m.name_en or m.acronym


def test_every_article_has_its_expected_file() -> None:
    assert len(ARTICLES) == 12
    assert all((FOLDER / f"{a}.expected.json").is_file() for a in ARTICLES)


@pytest.mark.parametrize("article", _marked(UNREAD))
def test_each_article_reads_its_names_and_values(article: str) -> None:
    got = [(_name(m), [(v.raw, v.number) for v in m.values]) for m in _items(_parsed(article))]
    want = [
        (w["name"], [(v["printed"], v["number"]) for v in w["values"]]) for w in _expected(article)["items"]
    ]
    assert got == want


@pytest.mark.parametrize("article", _marked(UNGROUPED))
def test_each_article_reads_its_groups_and_counts(article: str) -> None:
    result = _parsed(article)
    expected = _expected(article)
    assert [m.group for m in _items(result)] == [w["group"] for w in expected["items"]]
    stated = [(h.group, h.stated) for h in result.headings if h.stated is not None]
    assert stated == [(s["group"], s["count"]) for s in expected["stated"]]


@pytest.mark.parametrize("article", _marked(UNITS))
def test_each_article_reads_the_units_of_its_values(article: str) -> None:
    got = [[v.unit for v in m.values] for m in _items(_parsed(article))]
    assert got == [[v["unit"] for v in w["values"]] for w in _expected(article)["items"]]


@pytest.mark.parametrize("article", _marked(PARTIAL))
def test_no_article_is_read_in_part(article: str) -> None:
    got = [_name(m) for m in _items(_parsed(article))]
    assert got in ([], [w["name"] for w in _expected(article)["items"]])


# ----------------------------------------------------------------------------- the shapes, made-up names


def _read(tmp_path: Path, text: str) -> ParseResult:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def _valued(result: ParseResult) -> list[tuple[str, list[str]]]:
    return [(_name(m), [v.raw for v in m.values]) for m in _items(result)]


def test_a_later_sentence_naming_a_lines_names_again_drops_no_line_of_the_run(tmp_path: Path) -> None:
    """``40% tariffs for A and B`` over ``36% for C and D``: a sentence of changes below that names A, B
    and C again is no summary of the first line, which stays in the list."""
    text = (
        "Aland and its neighbours\n\nThe letters set these rates:\n\n"
        "40% tariffs for Aland and Borduria\n36% for Carpathia and Dalmatia\n"
        "25% for Elbonia, Freedonia and Genovia\n\n"
        "The rates are lower for Aland (from 48% to 40%), Borduria (from 44% to 40%) and Carpathia "
        "(from 49% to 36%).\n"
    )
    assert _valued(_read(tmp_path, text))[:7] == [
        ("Aland", ["40%"]),
        ("Borduria", ["40%"]),
        ("Carpathia", ["36%"]),
        ("Dalmatia", ["36%"]),
        ("Elbonia", ["25%"]),
        ("Freedonia", ["25%"]),
        ("Genovia", ["25%"]),
    ]


def test_band_rows_over_name_dash_rate_lines_are_groups_and_lone_marks_are_bullets(tmp_path: Path) -> None:
    text = (
        "相互関税、税率帯ごと\n\n税率の帯ごとに整理した。\n\n"
        "相互関税率:40~49%\n-\nアランド – 49\n-\nボルドゥリア – 46\n"
        "相互関税率:30~39%\n-\nカルパチア – 37\n-\nダルマチア – 32\n"
    )
    result = _read(tmp_path, text)
    assert [(m.group, _name(m), [v.raw for v in m.values]) for m in _items(result)] == [
        ("相互関税率:40~49%", "アランド", ["49"]),
        ("相互関税率:40~49%", "ボルドゥリア", ["46"]),
        ("相互関税率:30~39%", "カルパチア", ["37"]),
        ("相互関税率:30~39%", "ダルマチア", ["32"]),
    ]
    assert all(h.label.strip("-") for h in result.headings)


def test_groups_by_rate_with_a_piece_unread_are_not_read_in_part(tmp_path: Path) -> None:
    """``甲國和乙國首當其衝，稅率高出一截，達40%；丙國、丁國為36%；…``: the first piece holds a rate and is
    not read, so the sentence is left unread rather than read from its second piece on."""
    text = (
        "甲方新稅率\n\n甲國和乙國首當其衝，稅率高出一截，達40%；丙國、丁國為36%；戊國和己國為35%；"
        "庚國為32%。\n"
    )
    assert _valued(_read(tmp_path, text)) == []


def test_groups_by_rate_a_piece_told_with_a_superlative_and_a_pause(tmp_path: Path) -> None:
    """``甲國和乙國的稅率最高，為40%；…；庚國的稅率最低，為10%``: the superlative and the pause stand between
    the rate word and the copula; each piece is a group of names sharing its rate."""
    text = (
        "甲方新稅率\n\n甲方公布新稅率，甲國和乙國的稅率最高，為40%；丙國、丁國為36%；戊國和己國為35%；"
        "庚國的稅率最低，為10%。\n"
    )
    assert _valued(_read(tmp_path, text)) == [
        ("甲國", ["40%"]),
        ("乙國", ["40%"]),
        ("丙國", ["36%"]),
        ("丁國", ["36%"]),
        ("戊國", ["35%"]),
        ("己國", ["35%"]),
        ("庚國", ["10%"]),
    ]


def test_a_clause_of_the_measure_after_a_run_is_no_item(tmp_path: Path) -> None:
    text = "甲方稅率清單\n\n根據清單，甲國49%、乙國48%、丙國47%、丁國46%，稅率均在四成以上。\n"
    assert _valued(_read(tmp_path, text)) == [
        ("甲國", ["49%"]),
        ("乙國", ["48%"]),
        ("丙國", ["47%"]),
        ("丁國", ["46%"]),
    ]


def test_names_inside_goods_from_them_charged_a_rate_are_read_bare(tmp_path: Path) -> None:
    text = (
        "甲方發出關稅信\n\n根據信函，來自甲國、乙國和丙國的進口商品將被徵收25%的關稅。"
        "來自丁國和戊國的進口商品將被徵收30%的關稅，而來自己國的進口商品將面臨32%的關稅。\n"
    )
    assert _valued(_read(tmp_path, text)) == [
        ("甲國", ["25%"]),
        ("乙國", ["25%"]),
        ("丙國", ["25%"]),
        ("丁國", ["30%"]),
        ("戊國", ["30%"]),
        ("己國", ["32%"]),
    ]


def test_a_count_closing_one_run_of_several_is_its_groups(tmp_path: Path) -> None:
    """``甲國、乙國和丙國等國…為10%。丁國、…、庚國等4個…徵收19%``: both runs with their rates, the count of 4
    the second run's (a group), not the whole list's of 7."""
    text = (
        "各國關稅稅率\n\n甲國、乙國和丙國等國的關稅稅率為10%，與4月宣布的相同。"
        "丁國、戊國、己國、庚國等4個乙盟成員則被甲方徵收19%關稅。\n"
    )
    result = _read(tmp_path, text)
    assert _valued(result) == [
        ("甲國", ["10%"]),
        ("乙國", ["10%"]),
        ("丙國", ["10%"]),
        ("丁國", ["19%"]),
        ("戊國", ["19%"]),
        ("己國", ["19%"]),
        ("庚國", ["19%"]),
    ]
    groups = [m.group for m in _items(result)]
    assert groups[0] == groups[2] != groups[3] == groups[6]
    (counted,) = [h for h in result.headings if h.stated is not None]
    assert (counted.stated, counted.group) == (4, groups[3])


def test_values_in_order_that_a_further_figure_follows_are_not_read_in_part(tmp_path: Path) -> None:
    """``丁國、戊國分別從36%及49%調整至19%``: each name has two rates, the second said once after the
    values in order; read with the first alone (and the clauses before it unread), the list would be
    read in part."""
    text = (
        "甲方公布新稅率\n\n甲國由32%下修至20%。"
        "其他國家中，乙國由46%降至20%，丙國降至19%，丁國、戊國分別從36%及49%調整至19%。\n"
    )
    assert _valued(_read(tmp_path, text)) == []


def test_japanese_rates_in_quotation_brackets_after_the_name_and_its_rate_word(tmp_path: Path) -> None:
    """``アランドへの相互関税は「34%」、ボルドゥリアは「46%」、…``: the brackets are no part of the clause,
    and the name is the one before への, not the rate word after it."""
    text = (
        "相互関税、アランド「34%」\n\n大統領は2日、相互関税の詳細を発表した。アランドへの相互関税は「34%」、"
        "ボルドゥリアは「46%」、カルパチアは「36%」、ダルマチアは「32%」などと、高い税率を設定した。\n"
    )
    assert _valued(_read(tmp_path, text)) == [
        ("アランド", ["34%"]),
        ("ボルドゥリア", ["46%"]),
        ("カルパチア", ["36%"]),
        ("ダルマチア", ["32%"]),
    ]


def test_bare_runs_before_names_given_values_leave_the_sentence_unread(tmp_path: Path) -> None:
    """``While A, B and C were handed a rate of 25 per cent, the highest rate of 40 per cent went to D and
    E after the talks``: the first run's rate lies beyond the words read with it, and the names after are
    given rates too; the run read bare would be a part of the list, so the sentence (whose last clause goes
    on after its names) is left unread."""
    text = (
        "Aland and its neighbours\n\nWhile Aland, Borduria, Carpathia and Dalmatia were handed a tariff rate "
        "of 25 per cent, the highest rate of 40 per cent went to Elbonia and Freedonia after the talks.\n"
    )
    assert _valued(_read(tmp_path, text)) == []
    # a figure of something else after a bare run, and no name given one: the run is read
    text = (
        "Aland and its neighbours\n\nThe new members are Aland, Borduria, Carpathia and Dalmatia, which "
        "together hold 12 per cent of the bloc's trade.\n"
    )
    assert [n for n, _ in _valued(_read(tmp_path, text))] == ["Aland", "Borduria", "Carpathia", "Dalmatia"]


def test_japanese_goods_of_a_run_charged_a_rate_and_groups_with_their_rate_in_brackets(
    tmp_path: Path,
) -> None:
    """``…はA、B、Cからの商品に25%の関税を課した。より高い関税は、AとBからの輸入品(30%)、C(32%)、DとE(35%)
    に課される``: every name of a run or a group joined by と has the rate charged on it."""
    text = (
        "大統領、新たな税率\n\n大統領はアランド、ボルドゥリア、カルパチアからの商品に25%の関税を課した。"
        "より高い関税は、ダルマチアとエルボニアからの輸入品(30%)、フリードニア(32%)、ジェノヴィアと"
        "ハーランド(35%)に課される。\n"
    )
    assert _valued(_read(tmp_path, text)) == [
        ("アランド", ["25%"]),
        ("ボルドゥリア", ["25%"]),
        ("カルパチア", ["25%"]),
        ("ダルマチア", ["30%"]),
        ("エルボニア", ["30%"]),
        ("フリードニア", ["32%"]),
        ("ジェノヴィア", ["35%"]),
        ("ハーランド", ["35%"]),
    ]


def test_rates_in_tenths_charged_with_a_superlative_and_said_with_only(tmp_path: Path) -> None:
    """``甲國被徵收最高的四成一關稅，乙國、丙國和丁國四成，戊國和己國的關稅最低，只有一成``: rates written in
    tenths, one after a verb of charging and a superlative, one after a superlative, a pause and 只有."""
    text = (
        "甲方稅率\n\n根據行政命令，甲國被徵收最高的四成一關稅，乙國、丙國和丁國四成，"
        "戊國和己國的關稅最低，只有一成。\n"
    )
    assert [
        (n, [(v.raw, v.number, v.unit) for v in m.values])
        for m in _items(_read(tmp_path, text))
        for n in [_name(m)]
    ] == [
        ("甲國", [("四成一", 41, "%")]),
        ("乙國", [("四成", 40, "%")]),
        ("丙國", [("四成", 40, "%")]),
        ("丁國", [("四成", 40, "%")]),
        ("戊國", [("一成", 10, "%")]),
        ("己國", [("一成", 10, "%")]),
    ]


def test_a_rate_set_for_a_group_before_a_group_given_its_own_leaves_the_sentence_unread(
    tmp_path: Path,
) -> None:
    """``A rate of 36 per cent has been set for A and B after talks, while C and D were given 35 per cent``:
    the first rate is the group's of two names after it (a clause this shape does not read, for the words
    after its names); read from the second group alone the list would be read in part."""
    text = (
        "Aland tariffs\n\nA rate of 36 per cent has been set for Aland and Borduria after talks in Genovia, "
        "while Carpathia and Dalmatia were given 35 per cent.\n"
    )
    assert _valued(_read(tmp_path, text)) == []


def test_english_clauses_each_a_group_given_its_rate_before_or_after_the_names(tmp_path: Path) -> None:
    """``While A, B and C were handed a tariff rate of 25 per cent, the highest rate of 40 per cent went to D
    and E. A rate of 36 per cent has been set for F and G, while H and I were given a 35-per cent rate.``:
    every clause a group of names sharing the rate said before or after them."""
    text = (
        "Aland tariffs\n\nWhile Aland, North Borduria and Carpathia were handed a tariff rate of 25 per "
        "cent, the highest rate of 40 per cent went to Dalmatia and Elbonia. A rate of 36 per cent has been "
        "set for Freedonia and Genovia, while Harland and Illyria were given a 35-per cent rate.\n"
    )
    assert _valued(_read(tmp_path, text)) == [
        ("Aland", ["25 per cent"]),
        ("North Borduria", ["25 per cent"]),
        ("Carpathia", ["25 per cent"]),
        ("Dalmatia", ["40 per cent"]),
        ("Elbonia", ["40 per cent"]),
        ("Freedonia", ["36 per cent"]),
        ("Genovia", ["36 per cent"]),
        ("Harland", ["35-per cent"]),
        ("Illyria", ["35-per cent"]),
    ]


def test_a_count_closing_a_run_labels_its_group_by_the_noun_it_counts(tmp_path: Path) -> None:
    """``丁國、戊國、己國、庚國等4個乙盟成員則被甲方徵收19%關稅``: the group is what the count counts
    (乙盟成員), not the words after the rate."""
    text = (
        "各國關稅稅率\n\n甲國、乙國和丙國等國的關稅稅率為10%，與4月宣布的相同。"
        "丁國、戊國、己國、庚國等4個乙盟成員則被甲方徵收19%關稅。\n"
    )
    result = _read(tmp_path, text)
    assert [m.group for m in _items(result)][3:] == ["乙盟成員"] * 4
    assert [(h.group, h.stated) for h in result.headings if h.stated is not None] == [("乙盟成員", 4)]
