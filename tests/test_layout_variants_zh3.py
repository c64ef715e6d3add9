"""Chinese layouts, a third set: names that hold a joiner at the end of an enumeration, ranges of rates,
tables of people with a nationality column, and more shapes Taiwan, Hong Kong and mainland outlets print.
Each fixture ``tests/fixtures/layouts/zh3_*`` is made up in an outlet's shape; the expected readings are
written from reading it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.knowledge.joined import rejoin_known_names
from pipeline.lang.values import find_values
from pipeline.models import Kind, Mention
from pipeline.run import reconcile
from sources.registry import parse_path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"


def _mentions(name: str) -> list[Mention]:
    return [m for m in parse_path(LAYOUTS / name).mentions if m.kind is Kind.LIST]


def _read(name: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (m.label, m.group, tuple(v.raw for v in m.values), tuple(a.text for a in m.attributes))
        for m in _mentions(name)
    ]


def _names(name: str) -> list[str]:
    return [label for label, *_ in _read(name)]


def _counts(name: str) -> list[tuple[str, int | None]]:
    return [(h.group, h.stated) for h in parse_path(LAYOUTS / name).headings]


def _ends(name: str) -> list[tuple[str, tuple[tuple[float | None, float | None, float | None], ...]]]:
    return [(m.label, tuple((v.number, v.low, v.high) for v in m.values)) for m in _mentions(name)]


# ------------------------------------------------------------------------------------------ rate ranges


def test_ranges_and_bounds_of_rates_on_lines_keep_their_ends() -> None:
    """``泰國：介於32%至36%``, ``柬埔寨：15%-20%``, ``寮國：最高50%``, ``印尼：10％～19％``: one value each,
    with no one number and its two ends (a bound leaves one open); single rates stay numbers."""
    assert _ends("zh3_rate_ranges_and_bounds_on_lines.txt") == [
        ("越南", ((20, None, None),)),
        ("泰國", ((None, 32, 36),)),
        ("柬埔寨", ((None, 15, 20),)),
        ("寮國", ((None, None, 50),)),
        ("緬甸", ((40, None, None),)),
        ("印尼", ((None, 10, 19),)),
    ]
    assert [values for _, _, values, _ in _read("zh3_rate_ranges_and_bounds_on_lines.txt")][1:4] == [
        ("32%至36%",),
        ("15%-20%",),
        ("最高50%",),
    ]


def test_a_range_in_a_table_cell_is_one_value_under_its_column() -> None:
    got = _mentions("zh3_rate_range_in_a_table.html")
    assert [(m.label, [(v.raw, v.column) for v in m.values]) for m in got] == [
        ("越南", [("20%", "新稅率"), ("46%", "4月宣布稅率")]),
        ("泰國", [("32%至36%", "新稅率"), ("36%", "4月宣布稅率")]),
        ("柬埔寨", [("15%-20%", "新稅率"), ("49%", "4月宣布稅率")]),
        ("寮國", [("最高50%", "新稅率"), ("48%", "4月宣布稅率")]),
    ]
    assert (got[2].values[0].low, got[2].values[0].high) == (15, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("稅率介於32%至36%", [("32%至36%", None, 32, 36)]),
        ("10～15％", [("10～15％", None, 10, 15)]),
        ("a 10% to 15% tariff", [("10% to 15%", None, 10, 15)]),
        ("稅率最高為50%", [("最高為50%", None, None, 50)]),
        ("至少10%", [("至少10%", None, 10, None)]),
        # a change from one rate to another is two rates
        ("from 24% to 25%", [("24%", 24, None, None), ("25%", 25, None, None)]),
        ("由24%至25%", [("24%", 24, None, None), ("25%", 25, None, None)]),
    ],
)
def test_ranges_bounds_and_changes_of_rates(
    text: str, expected: list[tuple[str, float | None, float | None, float | None]]
) -> None:
    assert [(f.raw, f.number, f.low, f.high) for f in find_values(text)] == expected


def _tariff_story(folder: Path, thai: tuple[str, str, str], viet: tuple[str, str, str]) -> Path:
    folder.mkdir()
    for name, th, vn in zip("abc", thai, viet, strict=True):
        (folder / f"{name}.txt").write_text(
            f"2025年8月1日\n美國公布新關稅\n\n美國白宮週四公布新關稅稅率，各國稅率如下：\n\n"
            f"越南：{vn}\n泰國：{th}\n寮國：40%\n緬甸：40%\n\n白宮表示，新稅率下週生效。\n",
            encoding="utf-8",
        )
    return folder


def test_outlets_printing_one_range_however_written_are_no_conflict(tmp_path: Path) -> None:
    """Three outlets print 泰國's range three ways: no value conflict about it; the one outlet that prints
    越南 25% against two that print 20% is still held to it."""
    story = _tariff_story(tmp_path / "s", ("32%至36%", "32%-36%", "32％～36％"), ("20%", "20%", "25%"))
    conflicts = [d for d in reconcile([str(story)]).discrepancies if d.kind == "value_conflict"]
    assert [(d.sources[0], "越南" in d.message) for d in conflicts] == [("c", True)]


# ------------------------------------------------------------------------- a name holding its joiner


def _rejoined(name: str) -> list[str]:
    result = rejoin_known_names(parse_path(LAYOUTS / name), builtin_gazetteer())
    return [m.label for m in result.mentions if m.kind is Kind.LIST]


def test_a_country_named_with_ji_at_the_end_of_an_enumeration_is_one_item() -> None:
    """``…、格瑞那達、安地卡及巴布達等8國``: the last name holds ``及`` and is one item; eight, as stated."""
    got = _rejoined("zh3_joined_name_ends_the_enumeration.txt")
    assert got == ["安哥拉", "貝南", "象牙海岸", "多米尼克", "加彭", "甘比亞", "格瑞那達", "安地卡及巴布達"]
    assert _counts("zh3_joined_name_ends_the_enumeration.txt") == [("", 8)]


def test_two_names_with_he_in_simplified_are_two_items_each_whole() -> None:
    """``…、圣基茨和尼维斯、特立尼达和多巴哥共7国``: the one before the last holds ``和`` as well."""
    assert _rejoined("zh3_joined_names_in_simplified_with_he.txt") == [
        "安哥拉",
        "贝宁",
        "多米尼克",
        "加蓬",
        "冈比亚",
        "圣基茨和尼维斯",
        "特立尼达和多巴哥",
    ]


def test_a_joiner_between_two_known_names_still_parts_them() -> None:
    """``…、蘇丹及葉門等12國``: two countries, each known alone, stay two items."""
    got = _rejoined("zh3_joiner_between_two_names_still_parts_them.txt")
    assert got[-3:] == ["索馬利亞", "蘇丹", "葉門"]
    assert len(got) == 12


def test_the_rejoined_name_agrees_with_the_stated_count(tmp_path: Path) -> None:
    """Read in a run, the article whose last name holds ``及`` states eight and lists eight: no count
    finding accuses it, and its last item is the one country."""
    story = tmp_path / "s"
    story.mkdir()
    (story / "a.txt").write_bytes((LAYOUTS / "zh3_joined_name_ends_the_enumeration.txt").read_bytes())
    rec = reconcile([str(story)])
    assert not [d for d in rec.discrepancies if d.kind in ("count_mismatch", "list_long")]
    items = [m for m in rec.mentions if m.kind is Kind.LIST]
    assert [m.position for m in items] == list(range(1, 9))
    assert items[-1].label == "安地卡及巴布達"


# ------------------------------------------------------------------------------- tables of people

JIA, YI = "甲國", "乙國"


def _people(name: str) -> list[tuple[str, str, tuple[tuple[str, str, str], ...]]]:
    return [
        (m.label, m.group, tuple((a.kind.value, a.label, a.text) for a in m.attributes))
        for m in _mentions(name)
    ]


def test_a_text_table_of_people_with_a_nationality_column_parted_by_wide_spaces() -> None:
    """``姓名　　國籍　　職務`` over five rows: the nationality each person's attribute, the post a title,
    no group, and no line read as an enumeration of its own; the count from the lead-in."""
    name = "zh3_people_text_table_name_nationality_post.txt"
    assert _people(name) == [
        ("張三", "", (("other", "國籍", JIA), ("title", "職務", "國防部長"))),
        ("李四", "", (("other", "國籍", JIA), ("title", "職務", "外交部副部長"))),
        ("王五", "", (("other", "國籍", YI), ("title", "職務", "中央銀行行長"))),
        ("趙六", "", (("other", "國籍", YI), ("title", "職務", "情報局局長"))),
        ("陳七", "", (("other", "國籍", YI), ("title", "職務", "國會議長"))),
    ]
    assert _counts(name) == [("", 5)]


def test_a_nationality_cell_spanning_rows_is_each_person_s_attribute_not_a_group() -> None:
    """``<td rowspan="3">甲國</td>`` under ``國籍``, the name and ``職銜`` after it: every person carries
    the country, none is filed under it; ``職銜`` is a title as ``職務`` is."""
    assert _people("zh3_people_table_rowspan_nationality.html") == [
        ("張三", "", (("other", "國籍", JIA), ("title", "職銜", "國防部長"))),
        ("李四", "", (("other", "國籍", JIA), ("title", "職銜", "外交部副部長"))),
        ("孫八", "", (("other", "國籍", JIA), ("title", "職銜", "警察總監"))),
        ("王五", "", (("other", "國籍", YI), ("title", "職銜", "中央銀行行長"))),
        ("趙六", "", (("other", "國籍", YI), ("title", "職銜", "情報局局長"))),
        ("陳七", "", (("other", "國籍", YI), ("title", "職銜", "國會議長"))),
    ]
    assert _counts("zh3_people_table_rowspan_nationality.html") == [("", 6)]


def test_a_grid_of_names_parted_by_wide_spaces_is_one_list() -> None:
    """Three lines of four names parted by wide spaces under ``…以下12國公民入境：``: twelve items in reading
    order, no line the group of the next."""
    got = _read("zh3_grid_of_names_parted_by_wide_spaces.txt")
    assert [label for label, *_ in got] == (
        "阿富汗 緬甸 查德 剛果共和國 赤道幾內亞 厄利垂亞 海地 伊朗 利比亞 索馬利亞 蘇丹 葉門".split()
    )
    assert {group for _, group, *_ in got} == {""}
    assert _counts("zh3_grid_of_names_parted_by_wide_spaces.txt") == [("", 12)]


# ------------------------------------------------------------------------------ people after posts

FULL_BAN_TW = "阿富汗 緬甸 查德 剛果共和國 赤道幾內亞 厄利垂亞 海地 伊朗 利比亞 索馬利亞 蘇丹 葉門".split()
PARTIAL_TW = "蒲隆地 古巴 寮國 獅子山 多哥 土庫曼 委內瑞拉".split()


def test_dot_bullets_of_a_name_a_double_dash_and_a_post() -> None:
    """``·張三——甲國國防部長`` between blank lines: six people, each post a title (``總監``, ``議長`` too),
    a joiner inside a post (``情報及安全局``) parting nothing; the count from the lead-in."""
    name = "zh3_dot_bullets_name_double_dash_post.txt"
    assert [(label, attrs) for label, _, _, attrs in _read(name)] == [
        ("張三", ("甲國國防部長",)),
        ("李四", ("甲國外交部副部長兼發言人",)),
        ("王五", ("甲國警察總監",)),
        ("趙六", ("乙國中央銀行行長",)),
        ("陳七", ("乙國情報及安全局局長",)),
        ("孫八", ("乙國國會議長",)),
    ]
    assert {a.kind.value for m in _mentions(name) for a in m.attributes} == {"title"}
    assert _counts(name) == [("", 6)]


def test_simplified_posts_before_names_with_jian_and_yiji() -> None:
    """``分别为：国防部长张三、外交部长兼副总理李四、…以及国会议长孙八``: six names, each after its post."""
    name = "zh3_posts_before_names_with_jian_simplified.txt"
    got = _mentions(name)
    assert [m.label for m in got] == ["张三", "李四", "王五", "赵六", "陈七", "孙八"]
    assert [" ".join(a.text for a in m.attributes) for m in got] == [
        "国防部长",
        "外交部长兼副总理",
        "国家安全委员会 秘书长",
        "中央银行行长",
        "警察总监",
        "国会议长",
    ]
    assert _counts(name) == [("", 6)]


def test_people_numbered_in_parentheses_inside_one_sentence() -> None:
    """``…采取反制措施：（一）张三，乙国国会议员；（二）李四，…``: five people, each with the words after
    the comma as their post; the lead-in's count, not the first number, is the stated count."""
    name = "zh3_semicolon_people_with_paren_ordinals_simplified.txt"
    assert [(label, attrs) for label, _, _, attrs in _read(name)] == [
        ("张三", ("乙国国会议员",)),
        ("李四", ("乙国前国务院官员",)),
        ("王五", ("乙国某研究所所长",)),
        ("赵六", ("乙国国防部副部长",)),
        ("陈七", ("乙国驻甲国前大使",)),
    ]
    assert _counts(name) == [("", 5)]


def test_a_nationality_in_parentheses_after_every_name_is_each_one_s_attribute() -> None:
    """``張三（甲國籍）、…與陳七（丙國籍）``: the one nationality no other item shares is an attribute as
    the shared ones are, not a note."""
    got = _read("zh3_names_with_nationality_in_parentheses_inline.txt")
    assert [(label, group, attrs) for label, group, _, attrs in got] == [
        ("張三", "", ("甲國籍",)),
        ("李四", "", ("甲國籍",)),
        ("王五", "", ("乙國籍",)),
        ("趙六", "", ("乙國籍",)),
        ("陳七", "", ("丙國籍",)),
    ]


def test_dash_bullets_of_a_name_its_english_and_a_post_after_a_comma() -> None:
    got = _mentions("zh3_dash_bullets_with_english_name_and_post.txt")
    assert [(m.name_zh, m.name_en, tuple(a.text for a in m.attributes)) for m in got] == [
        ("張三", "Zhang San", ("甲國國防部長",)),
        ("李四", "Li Si", ("甲國外交部副部長",)),
        ("王五", "Wang Wu", ("乙國中央銀行行長",)),
        ("趙六", "Zhao Liu", ("乙國情報局局長",)),
    ]
    assert _counts("zh3_dash_bullets_with_english_name_and_post.txt") == [("", 4)]


# ------------------------------------------------------------------------------ counts and numerals


def test_two_sentences_counted_in_chinese_numerals_make_two_groups() -> None:
    """``禁止十二個國家的公民入境，分別為A、…和L`` then ``另有七個國家的公民將受到部分入境限制，包括M、…及S``:
    two groups, each with its count read in Chinese numerals, the second across the words that qualify
    its noun."""
    name = "zh3_chinese_numeral_count_with_ge.txt"
    got = _read(name)
    assert [label for label, *_ in got] == FULL_BAN_TW + PARTIAL_TW
    groups = [group for _, group, *_ in got]
    assert len(set(groups[:12])) == len(set(groups[12:])) == 1
    assert groups[0] != groups[12]
    assert [stated for _, stated in _counts(name)] == [12, 7]


def test_fullwidth_numbers_rates_and_a_count_in_chinese_numerals() -> None:
    """``１．日本：２５％`` under ``對以下五國課徵新關稅：``: five rates read from fullwidth digits, and five
    stated."""
    name = "zh3_fullwidth_digits_and_chinese_numeral_count.txt"
    assert [(m.label, [(v.raw, v.number) for v in m.values]) for m in _mentions(name)] == [
        ("日本", [("２５％", 25)]),
        ("南韓", [("２５％", 25)]),
        ("馬來西亞", [("２５％", 25)]),
        ("寮國", [("４０％", 40)]),
        ("緬甸", [("４０％", 40)]),
    ]
    assert _counts(name) == [("", 5)]


# ------------------------------------------------------------------------------------- rates inline


def test_rates_in_parentheses_after_names_in_a_sentence() -> None:
    assert [
        (label, values) for label, _, values, _ in _read("zh3_rates_in_parentheses_inline_with_ji.txt")
    ] == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_lines_of_names_after_a_rate_and_a_colon_with_a_joined_country() -> None:
    """``稅率30%：南非、波士尼亞與赫塞哥維納``: each line's rate is its names' value; in a run the country
    whose name holds ``與`` is one item, sharing the line's rate."""
    name = "zh3_rate_groups_as_colon_lines.txt"
    result = rejoin_known_names(parse_path(LAYOUTS / name), builtin_gazetteer())
    got = [(m.label, tuple(v.raw for v in m.values)) for m in result.mentions if m.kind is Kind.LIST]
    assert got == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("哈薩克", ("25%",)),
        ("突尼西亞", ("25%",)),
        ("南非", ("30%",)),
        ("波士尼亞與赫塞哥維納", ("30%",)),
        ("印尼", ("32%",)),
        ("孟加拉", ("35%",)),
        ("塞爾維亞", ("35%",)),
        ("泰國", ("36%",)),
        ("柬埔寨", ("36%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


# ------------------------------------------------------------------------------------- HTML shapes

FULL_BAN_HK = "阿富汗 緬甸 乍得 剛果共和國 赤道幾內亞 厄立特里亞 海地 伊朗 利比亞 索馬里 蘇丹 也門".split()


def test_lines_parted_by_br_in_one_paragraph_with_rates() -> None:
    """``<p>日本：25%<br>南韓：25%<br>…</p>``: six items with their rates; the copyright line is none."""
    assert [
        (label, values) for label, _, values, _ in _read("zh3_br_lines_in_one_paragraph_with_rates.html")
    ] == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("泰國", ("36%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_nested_lists_under_counted_group_items() -> None:
    """``<li>全面禁止入境（12國）<ul>…</ul></li><li>部分限制入境（7國）<ul>…</ul></li>``: two groups
    labelled without their counts, each count stated."""
    name = "zh3_nested_lists_under_counted_groups.html"
    got = _read(name)
    assert [
        label for label, *_ in got
    ] == FULL_BAN_TW + "蒲隆地 古巴 寮國 獅子山 多哥 土庫曼 委內瑞拉".split()
    assert [group for _, group, *_ in got] == ["全面禁止入境"] * 12 + ["部分限制入境"] * 7
    # the lead-in's total (限制19國) is the two groups' sum, which the checks take as the list's length
    assert [(group, stated) for group, stated in _counts(name) if group] == [
        ("全面禁止入境", 12),
        ("部分限制入境", 7),
    ]


def test_a_table_split_in_two_with_its_header_repeated_is_one_list() -> None:
    """Two tables of ``国家 | 税率`` with a photo note between them: fourteen items in order, one count."""
    name = "zh3_table_split_in_two_with_repeated_header.html"
    got = _mentions(name)
    assert [m.label for m in got] == [
        *"日本 韩国 马来西亚 哈萨克斯坦 突尼斯 南非 波黑".split(),
        *"印度尼西亚 孟加拉国 塞尔维亚 泰国 柬埔寨 老挝 缅甸".split(),
    ]
    assert [v.number for m in got for v in m.values] == [25] * 5 + [30, 30, 32, 35, 35, 36, 36, 40, 40]
    assert {m.group for m in got} == {""}
    assert _counts(name) == [("", 14)]


def test_an_ordered_list_continued_after_a_figure_caption() -> None:
    """``<ol>`` of six, a figure with its caption, then ``<ol start="7">``: twelve items, no caption among
    them, the count stated once."""
    name = "zh3_ordered_list_continued_after_an_image_caption.html"
    got = _read(name)
    assert [label for label, *_ in got] == FULL_BAN_HK
    assert {group for _, group, *_ in got} == {""}
    assert _counts(name) == [("", 12)]


def test_a_table_with_footnote_marks_and_a_note_under_it() -> None:
    """``歐盟*`` and ``日本*`` in the name column, ``註：*…`` under the table: the mark is no part of the
    name, the note and the source line are no items."""
    got = _mentions("zh3_table_with_a_footnote_and_marks.html")
    assert [(m.label, [(v.raw, v.column) for v in m.values]) for m in got] == [
        ("歐盟", [("15%", "新稅率")]),
        ("日本", [("15%", "新稅率")]),
        ("南韓", [("15%", "新稅率")]),
        ("台灣", [("20%", "新稅率")]),
        ("越南", [("20%", "新稅率")]),
        ("印度", [("25%", "新稅率")]),
    ]


def test_rowspan_group_cells_with_their_counts() -> None:
    """``<td rowspan="4">全面禁止入境（4國）</td>`` before the names: the spanning cell (under ``限制類別``)
    files its rows, its count stated for its group."""
    name = "zh3_rowspan_group_cells_with_counts.html"
    got = _read(name)
    assert [(label, group) for label, group, *_ in got] == [
        ("阿富汗", "全面禁止入境"),
        ("緬甸", "全面禁止入境"),
        ("伊朗", "全面禁止入境"),
        ("葉門", "全面禁止入境"),
        ("古巴", "部分限制入境"),
        ("寮國", "部分限制入境"),
        ("委內瑞拉", "部分限制入境"),
    ]
    assert _counts(name) == [("全面禁止入境", 4), ("部分限制入境", 3)]


# --------------------------------------------------------------------- companies, headings, totals


def test_numbered_companies_with_their_english_names_in_parentheses() -> None:
    got = _mentions("zh3_companies_numbered_with_english_in_parentheses_simplified.txt")
    assert [(m.name_zh, m.name_en) for m in got] == [
        ("甲国航空工业公司", "Aland Aerospace Industries"),
        ("甲国先进系统公司", "Aland Advanced Systems Inc."),
        ("乙国精密电子有限公司", "Borduria Precision Electronics Ltd."),
        ("乙国海洋科技集团", "Borduria Marine Technology Group"),
        ("丙国国防研究院", "Carpathia Defense Research Institute"),
        ("丙国光学仪器公司", "Carpathia Optics Co."),
    ]
    assert _counts("zh3_companies_numbered_with_english_in_parentheses_simplified.txt") == [("", 6)]


def test_headings_in_lenticular_brackets_over_lines_of_a_name_and_a_rate() -> None:
    """``【亚洲】`` over ``日本 25%`` lines, then ``【非洲】`` and ``【欧洲】`` over two each: three groups,
    each heading no item."""
    got = _read("zh3_bracket_headings_over_lines_pengpai.txt")
    assert [(label, group, values) for label, group, values, _ in got] == [
        ("日本", "亚洲", ("25%",)),
        ("韩国", "亚洲", ("25%",)),
        ("马来西亚", "亚洲", ("25%",)),
        ("老挝", "亚洲", ("40%",)),
        ("南非", "非洲", ("30%",)),
        ("突尼斯", "非洲", ("25%",)),
        ("波黑", "欧洲", ("30%",)),
        ("塞尔维亚", "欧洲", ("35%",)),
    ]


def test_triangle_marked_counted_headings_over_lines_of_names() -> None:
    """``▲全面禁止入境（12國）`` over a line of names parted by ``、``, the same for seven; the outlet's
    trailer line is no item."""
    name = "zh3_triangle_marked_groups_ettoday.txt"
    got = _read(name)
    assert [label for label, *_ in got] == FULL_BAN_TW + PARTIAL_TW
    assert [group for _, group, *_ in got] == ["全面禁止入境"] * 12 + ["部分限制入境"] * 7
    assert [(group, stated) for group, stated in _counts(name) if group] == [
        ("全面禁止入境", 12),
        ("部分限制入境", 7),
    ]


def test_a_total_row_under_a_table_is_no_item() -> None:
    got = _mentions("zh3_table_with_a_total_row.html")
    assert [(m.label, [(v.number, v.column) for v in m.values]) for m in got] == [
        ("中國", [(40, "金"), (27, "銀"), (24, "銅")]),
        ("日本", [(20, "金"), (12, "銀"), (13, "銅")]),
        ("南韓", [(13, "金"), (9, "銀"), (10, "銅")]),
    ]


def test_a_people_table_with_chinese_and_english_names_a_nationality_and_a_status() -> None:
    got = _mentions("zh3_hk_people_table_with_english_and_nationality.html")
    assert [(m.name_zh, m.name_en, m.group, [(a.label, a.text) for a in m.attributes]) for m in got] == [
        ("張三", "Zhang San", "", [("國籍", JIA), ("身份", "黑客組織首領")]),
        ("李四", "Li Si", "", [("國籍", JIA), ("身份", "情報部門官員")]),
        ("王五", "Wang Wu", "", [("國籍", YI), ("身份", "科技公司總裁")]),
        ("趙六", "Zhao Liu", "", [("國籍", YI), ("身份", "軍方顧問")]),
    ]


def test_the_one_named_before_the_others_with_a_count_of_all() -> None:
    """``制裁甲國國防部長張三等6名官員。除張三外，被制裁的還有外交部長李四、…和最高法院院長孫八``: 張三 is the
    first of six, the count of all stated."""
    name = "zh3_first_named_then_the_others_with_count.txt"
    assert _names(name) == ["張三", "李四", "王五", "趙六", "陳七", "孫八"]
    assert _counts(name) == [("", 6)]


# ------------------------------------------------------------------------- more rates, people, totals


def test_ranges_and_a_bound_in_parentheses_inside_a_sentence() -> None:
    """``泰國（32%至36%）、柬埔寨（15%-20%）、寮國（最高40%）``: each one value, its ends kept."""
    assert _ends("zh3_ranges_in_parentheses_inline.txt") == [
        ("越南", ((20, None, None),)),
        ("泰國", ((None, 32, 36),)),
        ("柬埔寨", ((None, 15, 20),)),
        ("寮國", ((None, None, 40),)),
        ("緬甸", ((40, None, None),)),
    ]


def test_plain_numbers_under_headers_that_give_the_percent_unit() -> None:
    """``美方对其征收关税（%）`` over ``46``: a rate of 46%, under its header; the editor's line no item."""
    got = _mentions("zh3_table_with_percent_unit_in_header.html")
    assert [(m.label, [(v.number, v.unit) for v in m.values]) for m in got] == [
        ("越南", [(90, "%"), (46, "%")]),
        ("柬埔寨", [(97, "%"), (49, "%")]),
        ("老挝", [(95, "%"), (48, "%")]),
        ("缅甸", [(88, "%"), (44, "%")]),
    ]
    assert got[0].values[1].column == "美方对其征收关税（%）"


def test_a_total_line_in_chinese_numerals_under_a_text_table() -> None:
    """``越南　46%`` rows, a blank line, then ``（共計五國）``: five items, five stated."""
    name = "zh3_total_line_in_chinese_numerals_under_lines.txt"
    assert [(label, values) for label, _, values, _ in _read(name)] == [
        ("越南", ("46%",)),
        ("柬埔寨", ("49%",)),
        ("寮國", ("48%",)),
        ("緬甸", ("44%",)),
        ("泰國", ("36%",)),
    ]
    assert _counts(name) == [("", 5)]


def test_post_colon_name_lines_with_an_age_in_parentheses() -> None:
    """``外交部長：張三（58歲）``: the age is no count that makes the line a heading; four people, each
    under their post, the age theirs."""
    got = _read("zh3_people_with_age_in_parentheses_and_post.txt")
    assert [(label, attrs[0]) for label, _, _, attrs in got] == [
        ("張三", "外交部長"),
        ("李四", "國防部長"),
        ("王五", "財政部長"),
        ("陳七", "內政部長"),
    ]
    assert got[0][3][1:] == ("58歲",)
    assert _counts("zh3_people_with_age_in_parentheses_and_post.txt") == []


def test_names_with_english_in_parentheses_one_holding_a_parenthesis_of_its_own() -> None:
    """``刚果（布）（Republic of the Congo）``: the first parenthesis is part of the Chinese name."""
    got = _mentions("zh3_names_with_english_in_parentheses_inline_simplified.txt")
    assert [(m.name_zh, m.name_en) for m in got] == [
        ("阿富汗", "Afghanistan"),
        ("缅甸", "Myanmar"),
        ("乍得", "Chad"),
        ("刚果（布）", "Republic of the Congo"),
    ]
    assert _counts("zh3_names_with_english_in_parentheses_inline_simplified.txt") == [("", 4)]


def test_paragraphs_of_a_bold_name_then_a_post_and_what_the_person_did() -> None:
    got = _mentions("zh3_paragraphs_of_bold_name_and_post_hk.html")
    assert [(m.label, [(a.kind.value, a.text) for a in m.attributes]) for m in got] == [
        ("張三", [("title", "甲國國防部長"), ("other", "被指指揮鎮壓行動")]),
        ("李四", [("title", "甲國外交部副部長"), ("other", "被指參與虛假宣傳")]),
        ("王五", [("title", "乙國中央銀行行長"), ("other", "被指協助轉移資產")]),
        ("趙六", [("title", "乙國情報局局長"), ("other", "被指監控異見人士")]),
    ]
    assert _counts("zh3_paragraphs_of_bold_name_and_post_hk.html") == [("", 4)]


def test_a_name_holding_and_after_a_last_joiner_without_a_serial_comma(tmp_path: Path) -> None:
    """``…, Gabon, Grenada and Trinidad and Tobago.``: the reader parts the last joiner's pieces wrongly
    (``Grenada and Trinidad``, ``Tobago``); the gazetteer knows ``Grenada`` and ``Trinidad and Tobago``."""
    article = tmp_path / "wire.txt"
    article.write_text(
        "US widens travel ban\n\nWASHINGTON — The president on Wednesday restricted travel from nationals of "
        "Angola, Benin, Dominica, Gabon, Grenada and Trinidad and Tobago.\n\n"
        "The rules take effect on Monday.\n",
        encoding="utf-8",
    )
    result = rejoin_known_names(parse_path(article), builtin_gazetteer())
    got = [(m.position, m.label) for m in result.mentions if m.kind is Kind.LIST]
    assert got == [
        (1, "Angola"),
        (2, "Benin"),
        (3, "Dominica"),
        (4, "Gabon"),
        (5, "Grenada"),
        (6, "Trinidad and Tobago"),
    ]
    text = result.article.text if result.article else ""
    assert [text[m.start : m.end] for m in result.mentions][-2:] == ["Grenada", "Trinidad and Tobago"]


def test_an_entity_table_with_a_location_column_repeating_a_few_values() -> None:
    """``序号 | 实体名称 | 所在地`` with three places each on several rows: the place describes each
    entity (an attribute under its header), it files none under a group; eight items, eight stated."""
    name = "zh3_entity_table_with_a_repeated_location_column.html"
    got = _mentions(name)
    assert [(m.label, m.group, [(a.label, a.text) for a in m.attributes]) for m in got] == [
        ("甲国微电子有限公司", "", [("所在地", "甲国")]),
        ("甲国量子计算研究所", "", [("所在地", "甲国")]),
        ("甲国星辰航天科技公司", "", [("所在地", "甲国")]),
        ("乙国先进材料集团", "", [("所在地", "乙国")]),
        ("乙国远洋物流有限公司", "", [("所在地", "乙国")]),
        ("乙国精工机械公司", "", [("所在地", "乙国")]),
        ("丙国电子贸易公司", "", [("所在地", "丙国")]),
        ("丙国光电子研究中心", "", [("所在地", "丙国")]),
    ]
    assert _counts(name) == [("", 8)]


def test_a_numbered_people_table_with_a_nationality_column_and_a_header_in_plain_cells() -> None:
    name = "zh3_numbered_people_table_with_a_nationality_column.html"
    assert [(label, group, attrs) for label, group, _, attrs in _read(name)] == [
        ("张三", "", ("乙国", "国会议员")),
        ("李四", "", ("乙国", "前国防部副部长")),
        ("王五", "", ("乙国", "某基金会主席")),
        ("赵六", "", ("丙国", "议会外委会主席")),
        ("陈七", "", ("丙国", "前驻甲国大使")),
        ("孙八", "", ("丙国", "智库研究员")),
    ]
    assert _counts(name) == [("", 6)]


# ------------------------------------------------------------------------------------ more shapes


def test_fullwidth_numbers_before_a_name_and_a_post_parted_by_wide_spaces() -> None:
    name = "zh3_fullwidth_numbered_name_wide_space_post.txt"
    assert [(label, attrs) for label, _, _, attrs in _read(name)] == [
        ("張三", ("甲國國防部長",)),
        ("李四", ("甲國外交部副部長",)),
        ("王五", ("乙國中央銀行行長",)),
        ("趙六", ("乙國情報局局長",)),
        ("陳七", ("乙國國會議長",)),
    ]
    assert _counts(name) == [("", 5)]


def test_a_two_row_header_labels_each_rate_with_both_its_rows() -> None:
    """``稅率`` spanning ``新`` and ``4月``: each value under the two words of its header."""
    got = _mentions("zh3_two_row_header_over_rate_columns.html")
    assert [(m.label, [(v.raw, v.column) for v in m.values]) for m in got] == [
        ("日本", [("25%", "稅率 新"), ("24%", "稅率 4月")]),
        ("南韓", [("25%", "稅率 新"), ("25%", "稅率 4月")]),
        ("寮國", [("40%", "稅率 新"), ("48%", "稅率 4月")]),
        ("緬甸", [("40%", "稅率 新"), ("44%", "稅率 4月")]),
    ]


def test_a_bar_table_with_bracketed_section_rows_as_groups() -> None:
    """``國家｜新稅率`` over ``【亞洲】`` and ``日本｜25%`` rows: the section rows are the groups."""
    assert [
        (label, group, values)
        for label, group, values, _ in _read("zh3_bar_table_with_bracketed_section_rows.txt")
    ] == [
        ("日本", "亞洲", ("25%",)),
        ("南韓", "亞洲", ("25%",)),
        ("寮國", "亞洲", ("40%",)),
        ("南非", "非洲", ("30%",)),
        ("突尼西亞", "非洲", ("25%",)),
    ]


def test_the_count_of_the_new_names_not_the_larger_whole() -> None:
    """``擴大至三十四國，新增的國家為A、B、C及D等4國``: four names, the count after them theirs."""
    name = "zh3_count_of_the_new_within_a_larger_whole.txt"
    assert _names(name) == ["安哥拉", "貝南", "象牙海岸", "多米尼克"]
    assert _counts(name) == [("", 4)]
