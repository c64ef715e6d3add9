"""A name and its value on one line, on made-up names: ``Aland – 193 destinations``, ``Carpania, Dorland –
191 destinations`` (tied names sharing the figure), ``甲國：193個目的地`` under ``…如下：``, the same as HTML
``<li>`` without links, and a ranking one place a line whose brackets hold a note after the figure
(``第3名：丙國（188國，同列第3）``). Each name is read apart from its figure; what the figure counts stays
in the value's raw text. Notes on the list, prose with dashes and a line alone are no list."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.named_figures import number_after_colon
from pipeline.run import reconcile
from sources.reader import read_document
from sources.registry import parse_document
from tests.document_fixtures import text_document
from tests.probe_fixtures import findings, listed

Read = list[tuple[str, str, list[float | None], list[str]]]


def _read(text: str) -> Read:
    """(name, group, value numbers, value raw texts) of every item read."""
    return _items(parse_document(text_document(text)))


def _read_html(tmp_path: Path, body: str) -> Read:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article><h1>Passport index</h1>{body}</article></body></html>", "utf-8")
    doc, _ = read_document(page)
    return _items(parse_document(doc))


def _items(got: object) -> Read:
    mentions = got.mentions  # type: ignore[attr-defined]
    return [
        (m.name_zh or m.name_en, m.group, [v.number for v in m.values], [v.raw for v in m.values])
        for m in mentions
    ]


EN_DASH = """Passport index
8 January 2031, Aland Daily

The strongest passports of the year, by the destinations their holders reach without a visa:

Aland – 193 destinations
Carpania, Dorland – 191 destinations
Borduria – 190 destinations
Elbonia – 189 destinations

Zenithia ranked 33rd.
"""


@pytest.mark.parametrize("dash", ["–", "-", "—", ":"])
def test_a_name_a_dash_and_a_figure_with_its_noun(dash: str) -> None:
    text = EN_DASH.replace(" – ", f" {dash} " if dash != ":" else ": ")
    got = _read(text)
    assert [n for n, _, _, _ in got] == ["Aland", "Carpania", "Dorland", "Borduria", "Elbonia"]
    # the tied names share their line's figure; the noun it counts stays in the raw text
    assert [v for _, _, v, _ in got] == [[193], [191], [191], [190], [189]]
    assert got[0][3] == ["193 destinations"]


def test_a_rate_after_a_long_dash() -> None:
    text = "Approval ratings\n\nThe leaders' approval ratings are as follows:\n\n"
    text += "Aland — 49%\nBorduria — 45%\nCarpania — 41%\n"
    got = _read(text)
    assert [(n, v) for n, _, v, _ in got] == [("Aland", [49]), ("Borduria", [45]), ("Carpania", [41])]


ZH_TW = """護照指數出爐
2031年1月8日 子報

最新護照指數前四名如下：

甲國：193個目的地
乙國：190個目的地
丙國：189個目的地
丁國：188個目的地

子國排名第33。
"""
ZH_CN = """护照指数出炉
2031年1月8日 丑报

最新护照指数前四名如下：

甲国：193个目的地
乙国：190个目的地
丙国：189个目的地
丁国：188个目的地

子国排名第33。
"""
JA = """パスポート指数
2031年1月8日 寅新聞

最新の指数の上位4カ国は以下の通り：

甲国：193の国・地域
乙国：190の国・地域
丙国：189の国・地域
丁国：188の国・地域

子国は33位だった。
"""
EN_COLON = """Passport index
8 January 2031, Aland Daily

The top passports are as follows:

Aland: 193 destinations
Borduria: 190 destinations
Carpania: 189 destinations
Dorland: 188 destinations

Zenithia ranked 33rd.
"""


@pytest.mark.parametrize(
    ("text", "names", "raw"),
    [
        (ZH_TW, "甲國 乙國 丙國 丁國", "193個目的地"),
        (ZH_CN, "甲国 乙国 丙国 丁国", "193个目的地"),
        (JA, "甲国 乙国 丙国 丁国", "193の国・地域"),
        (EN_COLON, "Aland Borduria Carpania Dorland", "193 destinations"),
    ],
    ids=["zh-TW", "zh-CN", "ja", "en"],
)
def test_a_name_a_colon_and_a_count_under_a_lead_in(text: str, names: str, raw: str) -> None:
    got = _read(text)
    assert [n for n, _, _, _ in got] == names.split()
    assert [v for _, _, v, _ in got] == [[193], [190], [189], [188]]
    assert got[0][3] == [raw]


def test_html_items_without_links(tmp_path: Path) -> None:
    items = "".join(
        f"<li>{line}</li>"
        for line in (
            "Aland – 193 destinations",
            "Carpania, Dorland – 191 destinations",
            "Borduria – 190 destinations",
        )
    )
    got = _read_html(
        tmp_path, f"<p>The strongest passports of the year:</p><ul>{items}</ul><p>Source: Acme Index</p>"
    )
    assert [(n, v) for n, _, v, _ in got] == [
        ("Aland", [193]),
        ("Carpania", [191]),
        ("Dorland", [191]),
        ("Borduria", [190]),
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("Aland – 193", "Borduria, Carpania – 191", "Dorland – 190", "Elbonia, Freedonia, Gondor – 189"),
            [("Aland", 193), ("Borduria", 191), ("Carpania", 191), ("Dorland", 190)]
            + [("Elbonia", 189), ("Freedonia", 189), ("Gondor", 189)],
        ),
        (
            ("甲國 – 193", "乙國、丙國 – 191", "丁國 – 190", "戊國 – 189"),
            [("甲國", 193), ("乙國", 191), ("丙國", 191), ("丁國", 190), ("戊國", 189)],
        ),
    ],
    ids=["en", "zh-TW"],
)
def test_an_html_ol_of_tied_names_with_dashed_figures(
    tmp_path: Path, lines: tuple[str, ...], expected: list[tuple[str, int]]
) -> None:
    items = "".join(f"<li>{line}</li>" for line in lines)
    got = _read_html(tmp_path, f"<p>The strongest passports of the year:</p><ol>{items}</ol>")
    assert [(n, v) for n, _, v, _ in got] == [(n, [v]) for n, v in expected]


def test_names_with_what_they_belong_to_on_most_lines_are_no_ties(tmp_path: Path) -> None:
    """``Jane Roe, Acme – $342 billion`` on most lines: a person and a company, no two tied names."""
    lines = (
        "Jane Roe, Acme – $342 billion",
        "John Doe, Borduria Bank – $216 billion",
        "Richard Roe & family, Carpania Steel – $178 billion",
        "Mary Major, Dorland Oil – $154 billion",
    )
    items = "".join(f"<li>{line}</li>" for line in lines)
    got = _read_html(tmp_path, f"<p>The richest people this year:</p><ol>{items}</ol>")
    assert [n for n, _, _, _ in got] == ["Jane Roe", "John Doe", "Richard Roe", "Mary Major"]
    assert [v for _, _, v, _ in got] == [[342e9], [216e9], [178e9], [154e9]]


def test_numbered_lines_with_a_tie_skip_the_shared_place() -> None:
    """``3. Carpania, Dorland – 191`` then ``5. Elbonia``: the ranking numbers its places, the tie two names
    at one place; every line is read, the tie's names under their line's number."""
    text = "Passport index\n\nThe top passports this year:\n1. Aland – 193\n2. Borduria – 192\n"
    text += "3. Carpania, Dorland – 191\n5. Elbonia – 190\n\nZenithia ranked 33rd.\n"
    got = _read(text)
    assert [(n, g, v) for n, g, v, _ in got] == [
        ("Aland", "1", [193]),
        ("Borduria", "2", [192]),
        ("Carpania", "3", [191]),
        ("Dorland", "3", [191]),
        ("Elbonia", "5", [190]),
    ]


ZH_RANKS = """護照排名
2031年1月8日 子報

最新護照指數前五名如下：
第1名：甲國（190國）
第2名：乙國（189國）
第3名：丙國（188國，同列第3）
第3名：丁國（188國，同列第3）
第5名：戊國（186國）

子國排名第33。
"""
JA_RANKS = """パスポートランキング
2031年1月8日 丑新聞

最新の指数の上位は次の通り。
1位：甲国（190カ国）
2位：乙国（189カ国）
3位：丙国（188カ国、3位タイ）
3位：丁国（188カ国、3位タイ）
5位：戊国（186カ国）

子国は33位だった。
"""
EN_RANKS = """Passport ranking
8 January 2031, Aland Daily

The top places in the latest index:
No. 1: Aland (190 destinations)
No. 2: Borduria (189 destinations)
No. 3: Carpathia (188 destinations, joint third)
No. 3: Dalmatia (188 destinations, joint third)
No. 5: Elbonia (186 destinations)

Zenithia ranked 33rd.
"""


@pytest.mark.parametrize(
    ("text", "names", "places"),
    [
        (ZH_RANKS, "甲國 乙國 丙國 丁國 戊國", "第1名 第2名 第3名 第3名 第5名"),
        (
            ZH_RANKS.replace("國", "国").replace("護照", "护照").replace("報", "报"),
            "甲国 乙国 丙国 丁国 戊国",
            "第1名 第2名 第3名 第3名 第5名",
        ),
        (JA_RANKS, "甲国 乙国 丙国 丁国 戊国", "1位 2位 3位 3位 5位"),
        (EN_RANKS, "Aland Borduria Carpathia Dalmatia Elbonia", "No._1 No._2 No._3 No._3 No._5"),
    ],
    ids=["zh-TW", "zh-CN", "ja", "en"],
)
def test_ranking_lines_whose_brackets_note_the_tie(text: str, names: str, places: str) -> None:
    got = _read(text)
    assert [n for n, _, _, _ in got] == names.split()
    assert [g for _, g, _, _ in got] == [p.replace("_", " ") for p in places.split()]
    assert [v for _, _, v, _ in got] == [[190], [189], [188], [188], [186]]


# ---- guards


def test_notes_under_the_lines_are_no_items() -> None:
    for gap in ("\n", "\n\n"):
        text = gap.join(
            [
                "Passport index\n\nThe strongest passports of the year are:\n",
                "Aland – 193 destinations",
                "Borduria – 190 destinations",
                "Carpania – 189 destinations",
                "Note – figures are from January",
                "Source: Acme Index\n",
            ]
        )
        assert [n for n, _, _, _ in _read(text)] == ["Aland", "Borduria", "Carpania"]


def test_prose_with_dashes_and_one_line_alone_are_no_list() -> None:
    text = (
        "Passport index\n\nThe index – compiled by Acme – ranks passports: Aland – which leads – reached "
        "193 destinations.\n\nAland – 193 destinations\n\n"
        "Borduria was second – with 190 – and Carpania third.\n"
    )
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Aland – 193 destinations", "193 destinations"),
        ("Aland - 193 visa-free destinations.", "193 visa-free destinations"),
        ("甲國：193個目的地", "193個目的地"),
        ("甲国：193の国・地域", "193の国・地域"),
        ("Aland: 39", "39"),
        ("Aland — 193", "193"),
    ],
)
def test_the_figure_after_a_name(text: str, raw: str) -> None:
    assert [f.raw for _, f in number_after_colon(text)] == [raw]


@pytest.mark.parametrize(
    "text",
    [
        "Updated: 3 March",
        "會議：3月5日",
        "Note – 3 countries were added later",
        "Aland: 10:30",
        "Jane Roe - 58 years old",
    ],
)
def test_no_figure_after_a_name(text: str) -> None:
    assert number_after_colon(text) == []


SUMMARY = """Travel ban

The new travel ban covers:
Full ban: 3 countries
Partial ban: 3 countries
Visa limits: 3 countries

Full ban:
Aland
Borduria
Carpania

Partial ban:
Dorland
Elbonia
Freedonia

Visa limits:
Gondor
Hyrule
Ixia
"""


@pytest.mark.parametrize("text", [SUMMARY, SUMMARY.replace(" countries", "國").replace(": ", "：")])
def test_counts_of_the_groups_over_the_lists_are_no_items(text: str) -> None:
    """``Full ban: 3 countries`` over ``Partial ban: 3 countries``: each a group's count, the groups
    headed again over their names below; the names are the items, under their groups."""
    got = _read(text)
    assert [
        n for n, _, _, _ in got
    ] == "Aland Borduria Carpania Dorland Elbonia Freedonia Gondor Hyrule Ixia".split()
    assert not any(v for _, _, v, _ in got)


# ---- a story: three outlets print one ranking with a name and its figure on one line, one misprints a figure

OUTLET_A = """Acme passport index: Aland on top
8 January 2031, Aland Daily

The Acme index ranks passports by the destinations their holders reach without a visa. The strongest:

Aland – 193 destinations
Carpania, Dorland – 191 destinations
Borduria – 190 destinations
Elbonia – 189 destinations
Freedonia – 188 destinations

Source: Acme Index
"""
OUTLET_B = """<html><head><title>Aland passport strongest</title></head><body><article>
<h1>Aland passport strongest</h1><p>The strongest passports this year:</p>
<ul><li>Aland – 193 destinations</li><li>Carpania, Dorland – 191 destinations</li>
<li>Borduria – 190 destinations</li><li>Elbonia – 189 destinations</li>
<li>Freedonia – 188 destinations</li></ul>
<p>Source: Acme Index</p></article></body></html>
"""
OUTLET_C = """Passport ranking out
8 January 2031, Carpania Times

The strongest passports this year are as follows:

Aland: 193 destinations
Carpania: 191 destinations
Dorland: 191 destinations
Borduria: 190 destinations
Elbonia: 189 destinations
Freedonia: 186 destinations
"""


def test_one_misprinted_figure_is_the_one_finding(tmp_path: Path) -> None:
    """Every outlet lists the six names (the tie read as two items); Carpania Times prints 186 where the
    others print 188 for Freedonia: one value conflict against it, nothing against the others."""
    (tmp_path / "01_a.txt").write_text(OUTLET_A, "utf-8")
    (tmp_path / "02_b.html").write_text(OUTLET_B, "utf-8")
    (tmp_path / "03_c.txt").write_text(OUTLET_C, "utf-8")
    result = reconcile([str(tmp_path)])
    assert listed(result) == {"01_a": 6, "02_b": 6, "03_c": 6}
    assert findings(result) == [("value_conflict", ("03_c",))]


EN_AND = """Passport index
8 January 2031, Aland Daily

The strongest passports of the year, by the destinations their holders reach without a visa:

Aland and Borduria – 193 destinations
Carpania, Dorland and Elbonia – 191 destinations
Freedonia – 189 destinations
Grand Fenwick – 188 destinations

Zenithia ranked 33rd.
"""


@pytest.mark.parametrize("oxford", ["", ","])
def test_names_joined_by_and_share_the_figure(oxford: str) -> None:
    got = _read(EN_AND.replace("Dorland and", f"Dorland{oxford} and"))
    assert [(n, v) for n, _, v, _ in got] == [
        ("Aland", [193]),
        ("Borduria", [193]),
        ("Carpania", [191]),
        ("Dorland", [191]),
        ("Elbonia", [191]),
        ("Freedonia", [189]),
        ("Grand Fenwick", [188]),
    ]


def test_a_place_named_with_and_stays_whole() -> None:
    # CLDR knows the whole name: one country, not two tied on its line
    text = EN_AND.replace("Grand Fenwick – 188", "Bosnia and Herzegovina – 188")
    got = _read(text)
    assert [n for n, _, _, _ in got][-2:] == ["Freedonia", "Bosnia and Herzegovina"]
    assert got[-1][2] == [188]


def test_and_stays_inside_a_name_where_the_lone_names_are_longer() -> None:
    # the names printed alone are three words: the list does not shape its names as one or two words,
    # so "Aland and Borduria" is read as it stands
    text = EN_AND.replace("Freedonia –", "Upper Grand Freedonia –").replace(
        "Grand Fenwick", "Lower Grand Fenwick"
    )
    got = _read(text)
    assert [n for n, _, _, _ in got][0] == "Aland and Borduria"
    assert "Borduria" not in [n for n, _, _, _ in got]


ZH_JOINED = """護照指數出爐
2031年1月8日 子報

最新護照指數前五名如下：

甲國和乙國：193個目的地
丙國、丁國及戊國：191個目的地
己國：189個目的地
庚國：188個目的地
"""


@pytest.mark.parametrize(("joiner", "second"), [("和", "及"), ("與", "和"), ("及", "與")])
def test_chinese_names_joined_share_the_figure(joiner: str, second: str) -> None:
    got = _read(ZH_JOINED.replace("甲國和", f"甲國{joiner}").replace("丁國及", f"丁國{second}"))
    assert [(n, v) for n, _, v, _ in got] == [
        ("甲國", [193]),
        ("乙國", [193]),
        ("丙國", [191]),
        ("丁國", [191]),
        ("戊國", [191]),
        ("己國", [189]),
        ("庚國", [188]),
    ]
    assert got[0][3] == ["193個目的地"]


def test_a_chinese_place_named_with_a_joiner_stays_whole() -> None:
    # CLDR knows "千里達及托巴哥" whole: one country on its line, its 及 no joiner
    got = _read(ZH_JOINED.replace("庚國：188", "千里達及托巴哥：188"))
    assert [(n, v) for n, _, v, _ in got][-2:] == [("己國", [189]), ("千里達及托巴哥", [188])]
