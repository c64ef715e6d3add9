"""Countries with amounts in four scales (``tests/fixtures/military_spending_2024/``, its README.md says what
is planted where): SIPRI's top 10 military spenders of 2024, nine outlets in four languages and scripts,
amounts in ``$bn``, ``billion``, 億/亿 and 兆, with shares of the world total and changes from 2023, read
against one expected file per article (``tests/expected/probes/military_spending_2024/``). Planted: a
country left out under ``top 10`` (02_en), an amount a tenth of the others' (03_tw), a share that does not
match its amount (04_hk), two ranks swapped (05_cn), the ten's shares said to add up to more than they do
(07_ja). The shapes the story needed read or judged are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.checks.scale_slips import scale_slip
from pipeline.models import Mention
from pipeline.run import reconcile
from sources.registry import parse_path
from tests.probe_fixtures import (
    against,
    assert_counts_as_expected,
    assert_valued_items_as_expected,
    findings,
    outlets_of,
    probe_articles,
    story,
    the_error,
)

STORY = "military_spending_2024"
ARTICLES = probe_articles(STORY)
TABLES = ("01_en", "05_cn", "09_ja")  # the articles whose values sit under a table's header


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order, each value as printed with its number in US dollars (or percent), its unit, whether
    it is given as near (``约3140亿美元``, ``約1兆ドル``), and its column where a table heads it."""
    assert_valued_items_as_expected(STORY, article, TABLES)


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article, ("total", "group"))


def test_every_outlet_lists_the_top_spender_in_any_scale_and_script() -> None:
    """``997``, ``$997bn``, ``$997.0 billion``, ``9970億美元``, ``9,970億美元``, ``９９７０億ドル``,
    ``約1兆ドル``: one entity, listed by all nine outlets; France by all but the wire that leaves it out."""
    result = story(STORY)
    assert outlets_of(result, "United States") == set(ARTICLES)
    assert outlets_of(result, "France") == set(ARTICLES) - {"02_en"}


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert findings(result) == [
        ("arithmetic", ("04_hk",)),
        ("arithmetic", ("07_ja",)),
        ("list_short", ("02_en",)),
        ("value_conflict", ("03_tw",)),
        ("value_conflict", ("05_cn",)),
    ]
    for article in ("01_en", "06_cn", "08_en", "09_ja"):
        assert against(result, article) == [], article


def test_the_amount_off_by_ten_is_one_error_naming_its_outlet_and_the_factor() -> None:
    d = the_error(STORY, "03_tw")
    assert "俄羅斯" in d.message and "149億美元" in d.message and "factor of 10" in d.message
    assert d.evidence[0].article == "03_tw" and "149億美元" in d.evidence[0].quote


def test_the_share_that_does_not_match_its_amount_is_one_error() -> None:
    d = the_error(STORY, "04_hk")
    assert "德國" in d.message and "5.3%" in d.message and "885億美元" in d.message and "3.3%" in d.message


def test_the_swapped_ranks_are_one_error_naming_both() -> None:
    d = the_error(STORY, "05_cn")
    assert "德国 5" in d.message and "印度 4" in d.message and "swapped" in d.message
    assert "(01_en, 04_hk, 07_ja, 09_ja place" in d.message  # tables and numbered lines alike


def test_the_shares_said_to_add_up_to_more_are_one_error() -> None:
    d = the_error(STORY, "07_ja")
    assert "８２％" in d.message and "73.8%" in d.message
    assert d.evidence[0].article == "07_ja" and "８２％" in d.evidence[0].quote


def test_the_missing_country_is_one_error_naming_it() -> None:
    d = the_error(STORY, "02_en")
    assert "France" in d.message and "10" in d.message and "9" in d.message


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


def _story(tmp_path: Path, texts: dict[str, str]) -> Any:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


EN_HEAD = (
    "Aland spending rises\n\nBy Jane Roe, Borduria Wire\n\n"
    "CAPITAL, April 28 (Borduria Wire) - Spending rose.\n\n"
)


@pytest.mark.parametrize(
    "close",
    [", the Institute said.", ", the Carpathia Institute said on Monday.", ", said the Carpathia Institute."],
)
def test_who_said_the_sentence_closes_an_enumeration_with_no_item(tmp_path: Path, close: str) -> None:
    """``…, Dalmatia ($88.5bn) and Estland ($55.3bn), the Institute said.``: the piece after the last
    comma says who said it; the last two names are still two items, each with its own amount."""
    text = EN_HEAD + (
        "The top 5 spenders were Aland ($997bn), Borduria ($314bn), Carpathia ($149bn), Dalmatia ($88.5bn) "
        f"and Estland ($55.3bn){close}\n\nMore text.\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_en, [v.number for v in m.values]) for m in read] == [
        ("Aland", [997e9]),
        ("Borduria", [314e9]),
        ("Carpathia", [149e9]),
        ("Dalmatia", [88.5e9]),
        ("Estland", [55.3e9]),
    ]


def test_who_said_a_sentence_of_no_enumeration_makes_none(tmp_path: Path) -> None:
    """Guard: ``…takes effect at 12:01 a.m. on Monday, June 9. Visas issued before that date stand, the
    Ministry said.``: the pieces before who said it join no two names, no list is read."""
    text = EN_HEAD + (
        "The rule takes effect at 12:01 a.m. EDT (0401 GMT) on Monday, June 9. Visas issued before that "
        "date will not be revoked, the Ministry said.\n\nMore text.\n"
    )
    assert _read(tmp_path, text) == []


def test_a_count_before_a_copula_counts_names_whose_first_has_an_article(tmp_path: Path) -> None:
    """``The top 4 spenders were the Aland Republic (…), …``: the count binds though the first item
    starts after ``the``."""
    text = EN_HEAD + (
        "The top 4 spenders were the Aland Republic ($997bn), Borduria ($314bn), Carpathia ($149bn) and "
        "Dalmatia ($88.5bn).\n\nMore text.\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_path(path)
    assert [m.name_en for m in parsed.mentions if m.kind == "list"][0] == "Aland Republic"
    assert [h.stated for h in parsed.headings] == [4]


ZH_HEAD = "甲盟軍費出爐\n\n甲報　2025年4月29日\n\n【本報訊】研究所周一發表報告。\n\n四大開支國如下：\n\n"


def test_a_share_printed_with_its_whole_in_every_line_is_a_value(tmp_path: Path) -> None:
    """``1. 甲國　9,970億美元　佔全球37%``: the words of the whole (``佔全球``) print the share, which is
    the line's second value, not an attribute of the country."""
    lines = (
        "1. 甲國　9,970億美元　佔全球37%\n2. 乙國　3,140億美元　佔全球12%\n3. 丙國　1,490億美元　佔全球5.5%\n"
    )
    read = _read(tmp_path, ZH_HEAD + lines + "4. 丁國　885億美元　佔全球3.3%\n\n報告指出開支上升。\n")
    assert [(m.name_zh, [(v.number, v.unit) for v in m.values], m.attributes) for m in read] == [
        ("甲國", [(997e9, "USD"), (37, "%")], ()),
        ("乙國", [(314e9, "USD"), (12, "%")], ()),
        ("丙國", [(149e9, "USD"), (5.5, "%")], ()),
        ("丁國", [(88.5e9, "USD"), (3.3, "%")], ()),
    ]


TABLE = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>甲盟軍費 | {outlet}</title><meta property="og:site_name" content="{outlet}"></head><body><article>
<h1>甲盟軍費</h1><p>研究所公布軍費前5名：</p>
<table><tr><th>排名</th><th>國家</th><th>軍費（億美元）</th><th>佔全球比重</th></tr>{rows}</table>
<p>{after}</p></article></body></html>
"""
ROWS = [("甲國", "9970", "37%"), ("乙國", "3140", "12%"), ("丙國", "1490", "5.5%"), ("丁國", "885", "3.3%")]


def _table(outlet: str, rows: list[tuple[str, str, str]], after: str = "報告周一發表。") -> str:
    cells = "".join(
        f"<tr><td>{k}</td><td>{n}</td><td>{a}</td><td>{s}</td></tr>" for k, (n, a, s) in enumerate(rows, 1)
    )
    return TABLE.format(outlet=outlet, rows=cells, after=after)


FIVE = [*ROWS, ("戊國", "861", "3.2%")]
# the words under the other outlets' tables: each article its own (the same text twice is one article)
OTHERS = ("研究所表示開支上升。", "分析指軍費將續增。", "專家認為增幅驚人。")


def _with_others(tmp_path: Path, first: str) -> Any:
    """A story of ``first`` and two other outlets' tables of the same five."""
    return _story(
        tmp_path,
        {
            "01.html": first,
            "02.html": _table("丙報", FIVE, OTHERS[0]),
            "03.html": _table("丁報", FIVE, OTHERS[1]),
        },
    )


def test_two_rows_swapped_under_a_header_of_places_are_one_error(tmp_path: Path) -> None:
    """``排名`` over rows numbered 1 to 5 in order: the places are printed, though the column reads as
    the rows' order; the table that puts 戊國 4th and 丁國 5th, against three that put them the other way
    round, is one error naming it."""
    swapped = [*FIVE[:3], FIVE[4], FIVE[3]]
    result = _story(
        tmp_path,
        {
            "01.html": _table("乙報", FIVE, OTHERS[0]),
            "02.html": _table("丙報", FIVE, OTHERS[1]),
            "03.html": _table("丁報", FIVE, OTHERS[2]),
            "04.html": _table("戊報", swapped),
        },
    )
    assert findings(result) == [("value_conflict", ("04",))]
    (d,) = against(result, "04")
    assert "丁國 5" in d.message and "戊國 4" in d.message and "swapped" in d.message


LINES = "甲盟軍費\n\n{outlet}　2025年4月29日\n\n【本報訊】{lead}五大開支國如下：\n\n{rows}\n{after}\n"


def _lines(outlet: str, lead: str, after: str) -> str:
    rows = "".join(f"{k}. {n}　{a}億美元　佔全球{p}\n" for k, (n, a, p) in enumerate(FIVE, 1))
    return LINES.format(outlet=outlet, lead=lead, rows=rows, after=after)


def test_numbered_lines_read_whole_state_their_places_against_a_swapped_table(tmp_path: Path) -> None:
    """``4. 丁國　885億美元　佔全球3.3%`` lines, each read whole as a row (its number inside the item's
    span): their places count against the table that puts 戊國 4th and 丁國 5th, the one outlet of places
    besides them."""
    result = _story(
        tmp_path,
        {
            "01.html": _table("乙報", [*FIVE[:3], FIVE[4], FIVE[3]]),
            "02.txt": _lines("丙報", "研究所周一發表報告，", "報告指出開支上升。"),
            "03.txt": _lines("丁報", "報告周一出爐，", "分析指軍費將續增。"),
            "04.txt": _lines("戊報", "研究所公布數據，", "專家認為增幅驚人。"),
        },
    )
    assert findings(result) == [("value_conflict", ("01",))]


@pytest.mark.parametrize(
    ("said", "accused"),
    [
        ("前5名合計佔全球的75%。", True),  # the five shares add up to 60.8%
        ("前5名合計佔全球的61%。", False),  # the sum, rounded as printed
        ("前5名合計佔全球約75%。", False),  # given as near: no rounding printed to hold it to
        ("全球共有170國增加軍費，合計佔全球的75%。", False),  # a count of others: not the list's sum
    ],
)
def test_the_shares_a_list_is_said_to_hold_together_are_held_to_their_sum(
    tmp_path: Path, said: str, accused: bool
) -> None:
    result = _with_others(tmp_path, _table("乙報", FIVE, said))
    assert findings(result) == ([("arithmetic", ("01",))] if accused else [])


@pytest.mark.parametrize(
    "after",
    [
        "甲國軍費按年21%增。",  # a change, its word after it
        "甲國軍費占甲盟成員國軍費總額的66%。",  # a share of another whole
    ],
)
def test_a_figure_of_another_measure_in_the_text_contradicts_no_share(tmp_path: Path, after: str) -> None:
    result = _with_others(tmp_path, _table("乙報", FIVE, after))
    assert findings(result) == []


EN_TABLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Spending | Aland Ledger</title><meta property="og:site_name" content="Aland Ledger"></head><body>
<article><h1>Spending</h1><p>The top 4 spenders:</p>
<table><tr><th>Country</th><th>Spending ($bn)</th><th>Share of world total (%)</th></tr>
<tr><td>Aland</td><td>997</td><td>37</td></tr><tr><td>Borduria</td><td>314</td><td>12</td></tr>
<tr><td>Carpathia</td><td>149</td><td>5.5</td></tr><tr><td>Dalmatia</td><td>64.7</td><td>2.4</td></tr></table>
<p>Dalmatia spent 34% of its gross domestic product on its military.</p></article></body></html>
"""


def test_a_share_of_another_whole_in_english_contradicts_no_share(tmp_path: Path) -> None:
    """``Dalmatia spent 34% of its gross domestic product``: a share of GDP, beside a column of shares of
    the world total: another measure, no contradiction (a share of the same whole is the guard)."""
    assert findings(_story(tmp_path, {"01.html": EN_TABLE})) == []
    other = tmp_path / "guard"
    other.mkdir()
    guard = EN_TABLE.replace("of its gross domestic product", "of the world total")
    assert findings(_story(other, {"01.html": guard})) == [("internal_contradiction", ("01",))]


@pytest.mark.parametrize(
    ("printed", "expected", "words"),
    [(149e8, 1490e8, "factor of 10"), (31.4e9, 314e9, "factor of 10"), (997e9, 997e6, "factor of 1,000")],
)
def test_an_amount_a_power_of_ten_off_is_said_so(printed: float, expected: float, words: str) -> None:
    assert words in scale_slip(printed, expected)


@pytest.mark.parametrize(
    ("printed", "expected"), [(1490e8, 1490e8), (1e12, 997e9), (88.5e9, 86.1e9), (5e9, 1e9)]
)
def test_an_amount_no_power_of_ten_off_is_no_slip(printed: float, expected: float) -> None:
    assert scale_slip(printed, expected) == ""


# --- amounts said once, asides, sums said in English ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        ("報告指出，前4名依序為甲國9970億、乙國3140億、丙國1490億及丁國885億美元。", "885億美元"),
        ("报告指出，前4名依次为甲国9970亿、乙国3140亿、丙国1490亿和丁国约885亿美元。", "约885亿美元"),
        ("上位4カ国は甲国9970億、乙国3140億、丙国1490億、丁国885億ドルだった。", "885億ドル"),
    ],
)
def test_a_currency_said_once_after_the_last_amount_is_every_amounts(
    tmp_path: Path, sentence: str, last: str
) -> None:
    """``甲國9970億、乙國3140億…及丁國885億美元``: the currency said once, after the last amount, is every
    bare figure's of the same scale before it; each figure its name's own amount, cut from the name
    (before: the figures stayed in the names and the last amount was every item's)."""
    text = f"甲盟軍費\n\n甲報　2025年4月28日\n\n{sentence}\n\n研究所周一發表報告。\n"
    read = _read(tmp_path, text)
    assert [(m.name_zh[:1], [(v.number, v.unit) for v in m.values]) for m in read] == [
        ("甲", [(997e9, "USD")]),
        ("乙", [(314e9, "USD")]),
        ("丙", [(149e9, "USD")]),
        ("丁", [(88.5e9, "USD")]),
    ]
    assert [len(m.name_zh) for m in read] == [2, 2, 2, 2]
    assert read[-1].values[0].raw == last


def test_a_japanese_ranking_whose_others_follow_with_ga_is_read_whole(tmp_path: Path) -> None:
    """``首位は甲国の9970億ドルで、乙国が3140億ドル、…丁国が885億ドルで続いた``: the first piece names the top
    one, the others each ``が`` their amount and the last ``で続いた``: four items, the first not left out
    (before: the three after the first alone, a ranking read in part)."""
    text = (
        "甲盟の軍事費\n\n甲新聞　2025年4月28日\n\n"
        "首位は甲国の9970億ドルで、乙国が3140億ドル、丙国が1490億ドル、丁国が885億ドルで続いた。\n\nその他。\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_zh, [v.number for v in m.values]) for m in read] == [
        ("甲国", [997e9]),
        ("乙国", [314e9]),
        ("丙国", [149e9]),
        ("丁国", [88.5e9]),
    ]


def test_a_currency_after_an_amount_of_another_scale_is_carried_to_no_figure(tmp_path: Path) -> None:
    """Guard: ``…丙國1490億及丁國885萬美元``: the last amount in another scale word names no currency for
    the figures in 億 before it, which stay no amount."""
    text = (
        "甲盟軍費\n\n甲報　2025年4月28日\n\n"
        "報告指出，前4名依序為甲國9970億、乙國3140億、丙國1490億及丁國885萬美元。\n\n研究所周一發表報告。\n"
    )
    read = _read(tmp_path, text)
    assert not any(v.raw.endswith("億") for m in read for v in m.values)


def test_an_amount_set_off_by_commas_after_the_first_name_is_its_own(tmp_path: Path) -> None:
    """``Aland, at about $1 trillion, Borduria ($314 billion), …``: the piece of ``at`` and a value alone is
    the name's before it, given as near (before: no run of names was left to read)."""
    text = EN_HEAD + (
        "The biggest spenders were Aland, at about $1 trillion, Borduria ($314 billion), Carpathia "
        "($149 billion) and Dalmatia ($88.5 billion).\n\nMore text.\n"
    )
    read = _read(tmp_path, text)
    assert read[0].values[0].approximate
    assert [(m.name_en, [v.number for v in m.values]) for m in read] == [
        ("Aland", [1e12]),
        ("Borduria", [314e9]),
        ("Carpathia", [149e9]),
        ("Dalmatia", [88.5e9]),
    ]


def test_a_value_set_off_by_commas_after_two_names_is_both(tmp_path: Path) -> None:
    """Guard: ``Aland and Borduria, at 40 %, followed by …``: the value after two names joined by ``and``
    is the two names' own, shared, not the second's alone."""
    text = EN_HEAD + (
        "The highest rates fell on Aland and Borduria, at 40 %, followed by Carpathia and Dalmatia, at 36 %. "
        "Estland and Freedonia will each face 25 %.\n\nMore text.\n"
    )
    assert [(m.name_en, [v.number for v in m.values]) for m in _read(tmp_path, text)] == [
        ("Aland", [40]),
        ("Borduria", [40]),
        ("Carpathia", [36]),
        ("Dalmatia", [36]),
        ("Estland", [25]),
        ("Freedonia", [25]),
    ]


EN_SHARES = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Spending | {outlet}</title><meta property="og:site_name" content="{outlet}"></head><body>
<article><h1>Spending</h1><p>The top 4 spenders:</p>
<table><tr><th>Country</th><th>Spending ($bn)</th><th>Share of world total (%)</th></tr>
<tr><td>Aland</td><td>997</td><td>37</td></tr><tr><td>Borduria</td><td>314</td><td>12</td></tr>
<tr><td>Carpathia</td><td>149</td><td>5.5</td></tr><tr><td>Dalmatia</td><td>64.7</td><td>2.4</td></tr></table>
<p>{after}</p></article></body></html>
"""


@pytest.mark.parametrize(
    ("said", "accused"),
    [
        ("Together the four spenders accounted for 75% of the world total.", True),  # 56.9% printed
        ("The top 4 together accounted for 75% of the world total.", True),
        ("The top 4 together accounted for 57% of the world total.", False),  # the sum, rounded
        ("Together they accounted for 75% of the spending of the region.", False),  # no count of the list
    ],
)
def test_the_shares_an_english_sentence_says_the_list_holds_together(
    tmp_path: Path, said: str, accused: bool
) -> None:
    """``Together the four spenders accounted for 75%``, ``The top 4 together …``: the sum word stands
    anywhere before the figure, the count before it counts the list."""
    result = _story(
        tmp_path,
        {
            "01.html": EN_SHARES.format(outlet="Aland Ledger", after=said),
            "02.html": EN_SHARES.format(outlet="Borduria Post", after="Spending rose in every region."),
            "03.html": EN_SHARES.format(outlet="Carpathia Times", after="Europe led the rise."),
        },
    )
    assert findings(result) == ([("arithmetic", ("01",))] if accused else [])
