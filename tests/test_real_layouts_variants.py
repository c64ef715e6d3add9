"""The Chinese layouts of ``tests/fixtures/real_layouts`` in Simplified Chinese, Japanese and English
(``tests/fixtures/real_layouts_variants``, see its README): each read whole, or left unread, never in part;
and the nearby shapes that stay as they were. The expected readings are written from the articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_fixtures import text_document

from pipeline.claims import extract_claims
from pipeline.models import Kind, Mention, is_unlabelled_group
from sources.registry import parse_document, parse_path

FOLDER = Path(__file__).resolve().parent / "fixtures" / "real_layouts_variants"
REAL = Path(__file__).resolve().parent / "fixtures" / "real_layouts"


def _mentions(name: str) -> list[Mention]:
    return [m for m in parse_path(FOLDER / name).mentions if m.kind is Kind.LIST]


def _grouped(name: str) -> list[tuple[str, str]]:
    return [(m.group, m.label) for m in _mentions(name)]


def _ranked(name: str) -> list[tuple[str, str, list[float | None]]]:
    return [(m.group, m.label, [v.number for v in m.values]) for m in _mentions(name)]


def _read(text: str) -> list[Mention]:
    result = parse_document(text_document(text, "t"))
    return [m for m in result.mentions if m.kind is Kind.LIST]


# ------------------------------------------------------------------------- groups told by a copula


def test_simplified_groups_by_a_copula_then_the_rest() -> None:
    east, west, north = "东洲", "西洲", "北洲国家"
    assert _grouped("cn_continent_groups_wei.txt") == [
        (east, "乙国"),
        (east, "丙国"),
        (east, "丁国"),
        (west, "戊国"),
        (west, "己国"),
        (north, "庚国"),
        (north, "辛国"),
        (north, "壬国"),
        (north, "癸国"),
        (north, "子国"),
    ]
    result = parse_path(FOLDER / "cn_continent_groups_wei.txt")
    assert result.article is not None
    totals = {
        (c.stated, c.computed)
        for c in extract_claims(result.article, result.mentions, result.headings)
        if c.kind == "total"
    }
    assert totals == {(10, 10)}


def test_japanese_groups_a_sentence_each_then_the_rest() -> None:
    east, west, north = "東洲", "西洲", "北洲の国々"
    assert _grouped("ja_continent_groups_wa.txt") == [
        (east, "アランド"),
        (east, "ボルドゥリア"),
        (east, "カルパチア"),
        (west, "ダルマチア"),
        (west, "エルボニア"),
        (north, "フリードニア"),
        (north, "グラナディア"),
        (north, "ハルシア"),
        (north, "イリリア"),
        (north, "ジャクスタ"),
    ]


def test_english_groups_by_a_copula_then_the_rest() -> None:
    assert [label for _, label in _grouped("en_continent_groups_are.txt")] == [
        "Borduria",
        "Carpathia",
        "Dalmatia",
        "Elbonia",
        "Freedonia",
        "Grenadia",
        "Halsia",
        "Illyria",
        "Juxta",
        "Kalmia",
    ]


def test_english_groups_keep_their_places_and_the_rest_its_words() -> None:
    got = _grouped("en_continent_groups_are.txt")
    assert {group for group, _ in got} == {"East", "West", "northern countries"}
    assert [label for group, label in got if group == "West"] == ["Elbonia", "Freedonia"]


EN_LEAD = (
    "Aland widens its visa waiver\nBorduria Herald, May 3, 2031\n\n"
    "Aland on Tuesday added nine countries to its visa waiver list.\n\n"
)
EN_NAMES = "Carpathia Dalmatia Elbonia Freedonia Grenadia Halsia Illyria Juxta Kalmia".split()


@pytest.mark.parametrize(
    ("body", "groups"),
    [
        (  # one sentence, the copula left out of the second clause, the rest its last clause
            "In the West they are Carpathia, Dalmatia and Elbonia; in Asia, Freedonia and Grenadia; the rest "
            "are in Africa: Halsia, Illyria, Juxta and Kalmia.",
            ["West"] * 3 + ["Asia"] * 2 + ["Africa"] * 4,
        ),
        (  # a sentence a group, the rest a sentence of its own
            "In Europe, they are Carpathia, Dalmatia and Elbonia. In Asia they are Freedonia and "
            "Grenadia.\n\n"
            "The others are African countries: Halsia, Illyria, Juxta and Kalmia.",
            ["Europe"] * 3 + ["Asia"] * 2 + ["African countries"] * 4,
        ),
        (  # groups named by an adjective and a noun
            "European countries are Carpathia, Dalmatia and Elbonia; Asian ones are Freedonia and Grenadia; "
            "the remaining four are African: Halsia, Illyria, Juxta and Kalmia.",
            ["European countries"] * 3 + ["Asian ones"] * 2 + ["African"] * 4,
        ),
        (  # a name left out: still read, the count then tells it
            "Of these, those in the West are Carpathia, Dalmatia and Elbonia; in Asia, Freedonia and "
            "Grenadia; the rest are in Africa: Halsia, Illyria and Kalmia.",
            ["West"] * 3 + ["Asia"] * 2 + ["Africa"] * 3,
        ),
    ],
)
def test_english_groups_by_a_copula_read_whole(body: str, groups: list[str]) -> None:
    got = _read(f"{EN_LEAD}{body}\n\nThe waiver takes effect next month.\n")
    assert [m.group for m in got] == groups
    assert [m.label for m in got] == [n for n in EN_NAMES if n in body]


@pytest.mark.parametrize(
    "body",
    [
        # a clause of another shape among them: read in part, it would accuse the outlet of leaving two out
        "In the West they are Carpathia, Dalmatia and Elbonia; in Asia, officials said, talks with Freedonia "
        "and Grenadia go on; the rest are in Africa: Halsia, Illyria, Juxta and Kalmia.",
        # groups no count above numbers (five names under nine): no part of them read
        "In the West they are Carpathia, Dalmatia and Elbonia; in Asia, Freedonia and Grenadia.",
    ],
)
def test_english_groups_by_a_copula_not_read_whole_are_left_unread(body: str) -> None:
    assert _read(f"{EN_LEAD}{body}\n\nThe waiver takes effect next month.\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tariffs in Asia are rising; in Europe, Carpathia and Dalmatia object.",  # prose parted by ;
        "The problem is cost and time; the answer is Carpathia, Dalmatia and Elbonia.",
    ],
)
def test_english_prose_with_a_copula_is_no_groups(sentence: str) -> None:
    got = _read(f"{EN_LEAD}{sentence}\n\nThe waiver takes effect next month.\n")
    assert all(not m.group or m.group not in ("Asia", "Europe") for m in got)


def test_a_dropped_name_keeps_the_groups_read_and_the_count_tells_it() -> None:
    """One name left out of a group (11 against the lead's 12): the groups are still read, and the
    count then says what the outlet lacks."""
    text = (REAL / "tw_continent_groups_wei.txt").read_text(encoding="utf-8").replace("、瑞典", "")
    got = _read(text)
    assert len(got) == 11 and {m.group for m in got} == {"亞洲", "南美洲", "大洋洲", "歐洲國家"}


LEAD = (
    "甲國公布免簽名單 共6國\n2025年1月1日 甲報\n\n甲國外交部昨日公布新一批適用單方面免簽的國家，共計6國。\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "雙方對此看法不一，甲方認為此舉合理；乙方則是表示反對、不滿與失望。",  # prose parted by ；
        "問題是成本、時間。答案是市場、政策與技術。",  # Chinese sentences of a copula one after another
        "會上，主席是張三。委員是李四、王五、趙六、錢七、孫八。",  # one name, then a run
        "甲國是乙國、丙國的盟友。",  # one sentence, one name and what it is
    ],
)
def test_prose_with_a_copula_is_no_groups(sentence: str) -> None:
    assert _read(f"{LEAD}{sentence}\n\n上述國家人員可免簽入境。\n") == []


def test_groups_by_a_copula_without_a_count_above_are_left_unread() -> None:
    lead = "甲國公布免簽名單\n2025年1月1日 甲報\n\n甲國外交部昨日公布新一批適用單方面免簽的國家。\n\n"
    sentence = "公告指出，東洲為乙國、丙國、丁國；西洲為戊國、己國。"
    assert _read(f"{lead}{sentence}\n\n上述國家人員可免簽入境。\n") == []
    assert len(_read(f"{LEAD.replace('6', '5')}{sentence}\n")) == 5  # a count of them: read


# ------------------------------------------------------------------------------ rankings with ties


@pytest.mark.parametrize(
    ("name", "names", "places"),
    [
        ("cn_ranked_semicolons_ties.txt", "甲国 乙国 丙国 丁国 戊国 己国 庚国", ("同列第3", "同列第4")),
        (
            "ja_ranked_semicolons_ties.txt",
            "アランド ボルドゥリア カルパチア ダルマチア エルボニア フリードニア グラナディア",
            ("3位タイ", "4位タイ"),
        ),
        (
            "en_ranked_semicolons_ties.txt",
            "Aland Borduria Carpathia Dalmatia Elbonia Freedonia Grenadia",
            ("joint third", "joint fourth"),
        ),
    ],
)
def test_a_ranking_with_ties_in_brackets_in_every_language(
    name: str, names: str, places: tuple[str, str]
) -> None:
    got = _ranked(name)
    assert [label for _, label, _ in got] == names.split()
    assert [numbers for _, _, numbers in got] == [[190], [189], [188], [188], [188], [187], [187]]
    third, fourth = places
    assert [group for group, _, _ in got][2:] == [third] * 3 + [fourth] * 2
    assert all(is_unlabelled_group(group) for group, _, _ in got[:2])


@pytest.mark.parametrize(
    "sentence",
    [
        "甲國（2019年）；乙國則表示反對；丙國（2020年）。",  # brackets of prose, no figure of a place
        "據報告，甲國（190國）名列前茅。",  # one name and a number
        "甲國（190國）；乙國（189國）；丙國（188國）。",  # a figure each, no place, no tie: the others' own
    ],
)
def test_brackets_of_prose_or_of_one_name_each_are_no_ranking_of_ties(sentence: str) -> None:
    got = _read(f"{LEAD}{sentence}\n\n上述國家人員可免簽入境。\n")
    assert not any(m.group for m in got)


# ----------------------------------------------------------------------------- one place a line


@pytest.mark.parametrize(
    ("name", "names", "places"),
    [
        ("cn_ranked_sentence_lines.txt", "甲国 丙国 丁国 戊国 己国 庚国", ("第1名", "第2名", "第3名")),
        (
            "ja_ranked_sentence_lines.txt",
            "アランド ボルドゥリア カルパチア ダルマチア エルボニア フリードニア",
            ("1位", "2位", "3位"),
        ),
        (
            "en_ranked_sentence_lines.txt",
            "Aland Borduria Carpathia Dalmatia Elbonia Freedonia",
            ("No. 1", "No. 2", "No. 3"),
        ),
    ],
)
def test_a_ranking_one_place_a_line_in_every_language(name: str, names: str, places: tuple[str, ...]) -> None:
    """The territory's own place and the last place are no lines of the series (see the test of the
    real layout, ``tests/test_real_layouts.py``)."""
    got = _ranked(name)
    first, second, third = places
    assert got == [
        (first, n, [158]) if k < 2 else (second, n, [157]) if k < 5 else (third, n, [156])
        for k, n in enumerate(names.split())
    ]


def test_one_ranked_sentence_is_prose() -> None:
    assert _read(f"{LEAD}第1名是甲國和乙國，可免簽進入158個國家。\n\n上述國家人員可免簽入境。\n") == []


# ------------------------------------------------------------------------ a table one cell a line


@pytest.mark.parametrize(
    ("name", "labels"),
    [
        ("cn_pipe_cells_one_per_line.txt", ("金牌", "银牌", "铜牌")),
        ("ja_pipe_cells_one_per_line.txt", ("金", "銀", "銅")),
        ("en_pipe_cells_one_per_line.txt", ("Gold", "Silver", "Bronze")),
    ],
)
def test_a_table_one_cell_a_line_in_every_language(name: str, labels: tuple[str, ...]) -> None:
    got = _mentions(name)
    assert len(got) == 3
    assert [(v.raw, v.column) for v in got[2].values] == list(zip(("12", "9", "30"), labels, strict=True))


def test_a_table_one_cell_a_line_missing_a_cell_is_left_unread() -> None:
    """A cell left out shifts every cell after it: no width cuts the run into whole rows, nothing is read
    (a table read in the wrong width would give each name another's figures)."""
    text = (FOLDER / "cn_pipe_cells_one_per_line.txt").read_text(encoding="utf-8").replace("|\n21\n", "", 1)
    assert _read(text) == []
