"""Lists of places with rates, printed in shapes outlets use: rates in words (``二成``, ``２割``,
``forty percent``), no rate yet (``待定``, ``n/a``), a sentence, a photo caption or an advertisement
between the rows, ``＝`` and ``from`` before the rate, a rate before the name in English, and a Chinese
list of ``name rate`` pieces between full-width semicolons after a comma. Every item stays in its list,
its name clean, its rate read where the outlet printed one."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from pipeline.checks.contradictions import _in_tenths_alike
from pipeline.lang.count_lines import total_line
from pipeline.lang.values import find_values
from pipeline.models import Kind, ParseResult
from sources.registry import parse_path


def _parse(text: str) -> ParseResult:
    """The article read from a file, as a run reads it (the reader folds ``︰`` and the like)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, encoding="utf-8")
        return parse_path(path)


def _rows(text: str) -> list[tuple[str, list[float | None]]]:
    """(name as printed, rate numbers) of each list item, in order."""
    res = _parse(text)
    return [
        (m.name_zh or m.name_en, [v.number for v in m.values]) for m in res.mentions if m.kind is Kind.LIST
    ]


def _groups(text: str) -> set[str]:
    return {m.group for m in _parse(text).mentions if m.kind is Kind.LIST}


# ---------------------------------------------------------------------------------------- rates in words


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("甲國：二成", 20.0),
        ("乙國：兩成", 20.0),
        ("アランド　２割", 20.0),
        ("ボルドゥリア　１割９分", 19.0),
        ("丙國稅率二成五", 25.0),
        ("Aland: forty percent", 40.0),
        ("Borduria: twenty-five per cent", 25.0),
    ],
)
def test_a_rate_in_words_is_a_rate(text: str, number: float) -> None:
    (found,) = find_values(text)
    assert (found.number, found.unit) == (number, "%")


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Aland was given a 35-per cent rate", "35-per cent"),
        ("a 19-percent tariff on Borduria", "19-percent"),
    ],
)
def test_a_rate_hyphenated_as_a_compound_adjective_is_a_rate(text: str, raw: str) -> None:
    (found,) = find_values(text)
    assert (found.raw, found.number, found.unit) == (raw, float(raw.split("-")[0]), "%")


@pytest.mark.parametrize(
    "text", ["三成員國", "完成協議", "成立委員會", "一成不變", "a dozen percent", "十一成"]
)
def test_words_that_hold_a_numeral_and_cheng_are_no_rate(text: str) -> None:
    assert find_values(text) == []


_ZH_WORDS = (
    "乙報訊 白宮公布五國稅率如下：\n\n甲國：二成\n乙國：19%\n"
    "丙國：19%\n丁國：19%\n戊國：19%\n\n新稅率下月生效。\n"
)
_JA_WORDS = (
    "【丙新聞】米政府は5カ国の新税率を公表した。\n\n・アランド　２割\n・ボルドゥリア　１割９分\n"
    "・カルパティア　19％\n・ドラド　19％\n・エルボニア　19％\n\n新税率は8月7日に発効する。\n"
)
_EN_WORDS = (
    "The White House set these rates on Thursday:\n\n- Aland: twenty percent\n- Borduria: 19%\n"
    "- Carpathia: forty percent\n- Dorado: 19%\n- Elbonia: 19%\n\nThe rates take effect on August 7.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_ZH_WORDS, [("甲國", [20.0]), ("乙國", [19]), ("丙國", [19]), ("丁國", [19]), ("戊國", [19])]),
        (
            _JA_WORDS,
            [
                ("アランド", [20.0]),
                ("ボルドゥリア", [19.0]),
                ("カルパティア", [19]),
                ("ドラド", [19]),
                ("エルボニア", [19]),
            ],
        ),
        (
            _EN_WORDS,
            [
                ("Aland", [20.0]),
                ("Borduria", [19]),
                ("Carpathia", [40.0]),
                ("Dorado", [19]),
                ("Elbonia", [19]),
            ],
        ),
    ],
)
def test_an_item_whose_rate_is_in_words_keeps_its_place_and_its_rate(
    text: str, expected: list[tuple[str, list[float]]]
) -> None:
    assert _rows(text) == expected


# ------------------------------------------------------------------------------------------- no rate yet

_ZH_PENDING = (
    "辛報訊 白宮公布各國稅率：\n\n甲國：20%\n乙國：19%\n丙國：待定\n"
    "丁國：19%\n戊國：未公布\n己國：—\n\n新稅率下月生效。\n"
)
_EN_PENDING = (
    "The White House published the new rates:\n\n- Aland: 20%\n- Borduria: 19%\n- Carpathia: n/a\n"
    "- Dorado: 19%\n- Elbonia: TBD\n\nThe rates take effect on August 7.\n"
)


@pytest.mark.parametrize(
    ("text", "names", "pending"),
    [
        (_ZH_PENDING, ["甲國", "乙國", "丙國", "丁國", "戊國", "己國"], {"丙國", "戊國", "己國"}),
        (_EN_PENDING, ["Aland", "Borduria", "Carpathia", "Dorado", "Elbonia"], {"Carpathia", "Elbonia"}),
    ],
)
def test_a_place_without_a_rate_yet_is_an_item_with_no_rate(
    text: str, names: list[str], pending: set[str]
) -> None:
    rows = _rows(text)
    assert [n for n, _ in rows] == names
    assert {n for n, v in rows if not v} == pending


def test_a_table_cell_without_a_rate_keeps_its_row() -> None:
    text = (
        "亥報訊 白宮公布各國最新稅率如下：\n\n國家　稅率\n甲國　20%\n乙國　19%\n"
        "丙國　待定\n丁國　19%\n戊國　19%\n\n下月生效。\n"
    )
    assert _rows(text) == [("甲國", [20]), ("乙國", [19]), ("丙國", []), ("丁國", [19]), ("戊國", [19])]


def test_a_name_that_ends_like_a_placeholder_keeps_it() -> None:
    # no colon before the words: they are the name's ("待定區" is no "待定" rate)
    text = "乙報訊 各區稅率如下：\n\n甲區：20%\n乙區：19%\n待定區：19%\n\n下月生效。\n"
    assert [n for n, _ in _rows(text)] == ["甲區", "乙區", "待定區"]


# ------------------------------------------------------------------------- lines between a table's rows

_ROWS = "甲國︰20%\n乙國︰19%\n丙國︰19%\n丁國︰19%\n戊國︰19%\n"


@pytest.mark.parametrize(
    "inserted",
    [
        "甲國是首個與對方達成協議的國家。",  # a sentence about the row above
        "圖／甲國總統在國會簽署行政命令。（乙通訊社）",  # a photo caption opening with its label
        "【廣告】立即訂閱本報電子版，首月免費",  # an advertisement's line
    ],
)
def test_a_line_inserted_between_rows_makes_no_group(inserted: str) -> None:
    rows = _ROWS.splitlines()
    text = (
        "五國新稅率\n\n壬報訊 白宮公布五國稅率如下︰\n\n"
        + "\n".join([*rows[:2], inserted, *rows[2:]])
        + "\n\n下月生效。\n"
    )
    assert [n for n, _ in _rows(text)] == ["甲國", "乙國", "丙國", "丁國", "戊國"]
    assert _groups(text) == {""}


def test_section_rows_of_a_table_still_make_groups() -> None:
    text = (
        "庚報訊 白宮公布稅率如下：\n\n■東區\n甲國　20%\n乙國　19%\n丙國　19%\n"
        "■西區\n丁國　25%\n戊國　20%\n己國　19%\n\n下月生效。\n"
    )
    assert [m.group for m in _parse(text).mentions if m.kind is Kind.LIST] == ["東區"] * 3 + ["西區"] * 3


# --------------------------------------------------------------------------- what stands before the rate


def test_an_equals_sign_before_the_rate_is_no_part_of_the_name() -> None:
    text = (
        "【卯新聞】米政府は5カ国の新税率を公表した。\n\n"
        "◆アランド＝20％\n◆ボルドゥリア＝19％\n◆カルパティア＝19％\n\n発効は来月。\n"
    )
    assert _rows(text) == [("アランド", [20]), ("ボルドゥリア", [19]), ("カルパティア", [19])]


@pytest.mark.parametrize(
    "text",
    [
        "The White House lowered rates for three countries:\n\nAland, from 46% to 20%\n"
        "Borduria, from 49% to 19%\nCarpathia, from 36% to 19%\n\nThe rates take effect on August 7.\n",
        "乙报讯 白宫下调三国税率：\n\n甲国由46%降至20%\n乙国由49%降至19%\n"
        "丙国由36%降至19%\n\n新税率下月生效。\n",
    ],
)
def test_the_word_of_a_change_before_its_old_rate_is_no_part_of_the_name(text: str) -> None:
    rows = _rows(text)
    assert [v for _, v in rows] == [[46, 20], [49, 19], [36, 19]]
    assert all(not n.endswith(("from", ",", "由")) for n, _ in rows)


def test_english_lines_may_print_the_rate_before_the_name() -> None:
    text = (
        "The White House set rates for five countries:\n\n20%: Aland\n19%: Borduria\n19%: Carpathia\n"
        "19%: Dorado\n19%: Elbonia\n\nThe rates take effect on August 7.\n"
    )
    assert _rows(text) == [
        ("Aland", [20]),
        ("Borduria", [19]),
        ("Carpathia", [19]),
        ("Dorado", [19]),
        ("Elbonia", [19]),
    ]


# ------------------------------------------------------------------------- semicolons after a comma


def test_semicolons_after_a_counted_lead_separate_named_rates() -> None:
    text = (
        "美國公布新稅率\n\n己報訊 白宮公布五國稅率，"
        "甲國20%；乙國19%；丙國19%；丁國19%；戊國19%。新稅率下月生效。\n"
    )
    assert _rows(text) == [("甲國", [20]), ("乙國", [19]), ("丙國", [19]), ("丁國", [19]), ("戊國", [19])]


def test_semicolons_after_a_comma_in_a_sentence_of_figures_make_no_list() -> None:
    # no count of the pieces and no words that lead a list in: a sentence of indicators, not a list
    text = "甲國經濟\n\n甲報訊 甲國央行周四表示，經濟成長3%；通膨率2%；失業率4%。市場反應平淡。\n"
    assert _rows(text) == []


# ------------------------------------------------------------------------------ a total line at the end


@pytest.mark.parametrize(
    ("line", "total"),
    [
        ("Total: 14 countries", 14),
        ("In total, 14 countries", 14),
        ("14 countries in total.", 14),
        ("合計14國", 14),
        ("Total trade: 5 billion", None),  # no counter of items: an amount, no total of the list
        ("The total rose 5%", None),
        ("Total: 14 countries, 3 territories", None),
    ],
)
def test_a_total_line_in_english_as_in_chinese(line: str, total: int | None) -> None:
    assert total_line(line) == total


def test_an_english_total_line_under_unmarked_lines_states_the_count() -> None:
    text = (
        "US sets tariff rates\n\nThe White House set these rates:\n\nAland\nBorduria\nCarpathia\nDorado\n"
        "Elbonia\nTotal: 14 countries\n\nThe rates take effect on August 7.\n"
    )
    res = _parse(text)
    assert [m.name_en for m in res.mentions if m.kind is Kind.LIST] == [
        "Aland",
        "Borduria",
        "Carpathia",
        "Dorado",
        "Elbonia",
    ]
    assert [h.stated for h in res.headings] == [14]


# ------------------------------------------------------------- tenths in the text beside the list's rate


@pytest.mark.parametrize(
    ("text", "listed", "alike"),
    [
        ("甲國占逾7成", 71.1, True),  # the same figure, printed coarser
        ("甲國占近7成", 68.0, True),
        ("甲國占7成", 80.5, False),  # a whole tenth apart: the text and the list disagree
        ("甲國占70%", 71.1, False),  # a rate in digits is compared as printed
    ],
)
def test_a_rate_in_tenths_in_the_text_is_the_list_rate_printed_coarser(
    text: str, listed: float, alike: bool
) -> None:
    (value,) = find_values(text)
    if value.number is None:  # "逾7成", "近7成": a bound (``lang.hedges``), held against no list rate
        assert alike
        assert (value.low, value.high) in ((70.0, None), (None, 70.0))
        return
    assert _in_tenths_alike(value, value.number, [listed]) is alike
