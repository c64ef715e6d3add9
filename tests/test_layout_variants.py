"""Layouts outlets print that the example stories do not: each fixture in ``tests/fixtures/layouts/``, and
articles of the made-up stories in ``tests/fixtures/stories/``, is read with its items, groups, values and
attributes. The expected values are written from reading the articles (made up, in the shapes outlets
use)."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_fixtures import text_document

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.knowledge.joined import rejoin_known_names
from pipeline.models import Kind
from sources.layouts._records import parse_span
from sources.registry import parse_document, parse_path

LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
STORIES = LAYOUTS.parent / "stories"  # the articles of the made-up stories (tests/test_layout_story.py)
BAN_FULL = "阿富汗 緬甸 乍得 剛果共和國 赤道幾內亞 厄立特里亞 海地 伊朗 利比亞 索馬里 蘇丹 也門".split()
BAN_PARTIAL = "布隆迪 古巴 老撾 塞拉利昂 多哥 土庫曼斯坦 委內瑞拉".split()


def _path(name: str) -> Path:
    """A fixture of its own (``tests/fixtures/layouts/``) or an article of a made-up story."""
    return STORIES / name if "/" in name else LAYOUTS / name


def _read(name: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    result = parse_path(_path(name))
    return [
        (m.label, m.group, tuple(v.raw for v in m.values), tuple(a.text for a in m.attributes))
        for m in result.mentions
        if m.kind is Kind.LIST
    ]


def test_a_paragraph_of_names_under_a_lead_in_line() -> None:
    """``以下為受影響國家名單：`` on its own line, then the 19 names in one paragraph separated by ``、``."""
    assert [label for label, *_ in _read("travel-ban-layouts/hk_express.txt")] == BAN_FULL + BAN_PARTIAL


def test_a_markdown_pipe_table() -> None:
    assert _read("tariff-layouts/zh_pipe_table.txt") == [
        ("日本", "", ("25%", "24%"), ()),
        ("南韓", "", ("25%", "25%"), ()),
        ("緬甸", "", ("40%", "44%"), ()),
        ("寮國", "", ("40%", "48%"), ()),
    ]


def test_name_colon_value_lines_keep_both_rates() -> None:
    """``日本：25%（原24%）``: the name, the new rate and the former one."""
    assert _read("tariff-layouts/zh_name_colon_value.txt") == [
        ("日本", "", ("25%", "24%"), ()),
        ("韩国", "", ("25%", "25%"), ()),
        ("马来西亚", "", ("25%", "24%"), ()),
        ("哈萨克斯坦", "", ("25%", "27%"), ()),
        ("南非", "", ("30%", "30%"), ()),
    ]


def test_semicolon_lists_under_their_lead_ins() -> None:
    """Two sentences ``The countries facing a full ban are: A; B; …; and L.``: every item, the first after
    the colon and ``the Republic of the Congo`` without its article, each under its sentence's group."""
    got = _read("travel-ban-layouts/en_explainer.txt")
    names = [label for label, *_ in got]
    assert names == [
        *"Afghanistan Burma Chad".split(),
        "Republic of the Congo",
        "Equatorial Guinea",
        *"Eritrea Haiti Iran Libya Somalia Sudan Yemen Burundi Cuba Laos".split(),
        "Sierra Leone",
        *"Togo Turkmenistan Venezuela".split(),
    ]
    groups = [group for _, group, *_ in got]
    assert len(set(groups[:12])) == 1 and len(set(groups[12:])) == 1 and groups[0] != groups[12]
    assert "full ban" in groups[0] and "partial restrictions" in groups[12]


def test_a_definition_list_of_people_with_their_titles() -> None:
    assert _read("icc-people-layouts/tw_dl.html") == [
        ("金伯莉·普羅斯特", "", (), ("法官", "加拿大籍")),
        ("尼古拉·紀堯", "", (), ("法官", "法國籍")),
        ("娜扎特·沙米姆·汗", "", (), ("副檢察官", "斐濟籍")),
        ("馬姆·曼迪亞耶·尼昂", "", (), ("副檢察官", "塞內加爾籍")),
    ]


def test_triangle_bullets_with_rates_lose_their_marker() -> None:
    got = _read("triangle_bullets_with_rates.txt")
    assert [(label, values) for label, _, values, _ in got] == [
        ("日本", ("25％",)),
        ("韓国", ("25％",)),
        ("マレーシア", ("25％",)),
        ("カザフスタン", ("25％",)),
        ("南アフリカ", ("30％",)),
        ("ラオス", ("40％",)),
        ("ミャンマー", ("40％",)),
    ]


@pytest.mark.parametrize("name", ["bracketed_headings.txt"])
def test_bracketed_labels_are_group_headings(name: str) -> None:
    """``【全面禁止入境】`` over ``◎`` bullets: each label heads its group."""
    assert [(label, group) for label, group, *_ in _read(name)] == [
        ("阿富汗", "全面禁止入境"),
        ("緬甸", "全面禁止入境"),
        ("查德", "全面禁止入境"),
        ("蒲隆地", "部分限制入境"),
        ("古巴", "部分限制入境"),
    ]


def test_lines_of_labelled_facts_are_no_list() -> None:
    """``發布時間：2025-06-05 10:42`` and the like: ``name：value`` lines whose values are no rates or
    amounts are the page's facts, not a list."""
    assert _read("labelled_facts.txt") == []


def test_a_japanese_table_of_rates() -> None:
    assert _read("tariff-layouts/ja_table.html") == [
        ("日本", "", ("25%", "24%"), ()),
        ("韓国", "", ("25%", "25%"), ()),
        ("ミャンマー", "", ("40%", "44%"), ()),
        ("ラオス", "", ("40%", "48%"), ()),
    ]


def test_bold_names_followed_by_their_rate() -> None:
    """``<li><b>Japan</b> – 25%</li>``: the words after the name are a value, not an attribute."""
    assert _read("tariff-layouts/en_bold_names.html") == [
        ("Japan", "", ("25%",), ()),
        ("South Korea", "", ("25%",), ()),
        ("Myanmar", "", ("40%",), ()),
        ("Laos", "", ("40%",), ()),
    ]


def test_ordinal_headings_with_their_items_inline() -> None:
    """``一、全面禁止入境的國家（12個）：A、B…。`` then ``二、…（7個）：…``: each line a group with its
    count."""
    got = _read("travel-ban-layouts/hk_ordinals.txt")
    assert [label for label, *_ in got] == BAN_FULL + BAN_PARTIAL
    assert {group for _, group, *_ in got[:12]} == {"全面禁止入境的國家"}
    assert {group for _, group, *_ in got[12:]} == {"部分限制入境的國家"}
    heads = parse_path(_path("travel-ban-layouts/hk_ordinals.txt")).headings
    assert [(h.group, h.stated) for h in heads] == [("全面禁止入境的國家", 12), ("部分限制入境的國家", 7)]


def test_japanese_people_with_title_and_country() -> None:
    """``・キンバリー・プロスト判事（カナダ）``: the name, its title and its country kept apart."""
    assert _read("icc-people-layouts/ja_bullets.txt") == [
        ("キンバリー・プロスト", "", (), ("判事", "カナダ")),
        ("ニコラ・ギユー", "", (), ("判事", "フランス")),
        ("ナズハト・シャミーム・カーン", "", (), ("副検察官", "フィジー")),
        ("マメ・マンディアイ・ニャン", "", (), ("副検察官", "セネガル")),
    ]


def test_a_simplified_chinese_table_of_people() -> None:
    assert _read("icc-people-layouts/cn_table.html") == [
        ("金伯莉·普罗斯特", "", (), ("法官", "加拿大")),
        ("尼古拉·吉约", "", (), ("法官", "法国")),
        ("娜扎特·沙米姆·汗", "", (), ("副检察官", "斐济")),
        ("马姆·曼迪亚耶·尼昂", "", (), ("副检察官", "塞内加尔")),
    ]
    assert parse_path(_path("icc-people-layouts/cn_table.html")).article.outlet == "东方网"


def test_english_names_with_a_dash_before_their_title() -> None:
    """``Kimberly Prost — judge, Canada``: a spaced dash separates the name from its title."""
    assert _read("icc-people-layouts/en_dash.txt") == [
        ("Kimberly Prost", "", (), ("judge", "Canada")),
        ("Nicolas Guillou", "", (), ("judge", "France")),
        ("Nazhat Shameem Khan", "", (), ("deputy prosecutor", "Fiji")),
        ("Mame Mandiaye Niang", "", (), ("deputy prosecutor", "Senegal")),
    ]


def test_a_table_of_names_three_to_a_row() -> None:
    """A headerless table whose rows hold three countries each: every cell is an item, row by row."""
    assert [label for label, *_ in _read("grid_of_names.html")] == [
        *"阿富汗 緬甸 查德 剛果共和國 赤道幾內亞 厄利垂亞 海地 伊朗 利比亞 索馬利亞 蘇丹 葉門".split()
    ]


def test_names_between_line_breaks_under_a_lead_in() -> None:
    assert [label for label, *_ in _read("names_between_line_breaks.html")] == [
        *"阿富汗 緬甸 查德 剛果共和國 赤道幾內亞".split()
    ]


def test_a_related_reading_block_after_a_list_of_short_lines_is_no_item() -> None:
    """Bullets under ``（一）…（12個）`` and ``（二）…（7個）``, then ``延伸閱讀：`` and two headlines with
    the same bullet: the page tail starts at ``延伸閱讀`` although no line of the article is long."""
    got = _read("related_reading_after_the_list.txt")
    assert [label for label, *_ in got] == BAN_FULL + BAN_PARTIAL


BAN_FULL_TW = "阿富汗 緬甸 查德 剛果共和國 赤道幾內亞 厄利垂亞 海地 伊朗 利比亞 索馬利亞 蘇丹 葉門".split()
BAN_PARTIAL_TW = "蒲隆地 古巴 寮國 獅子山 多哥 土庫曼 委內瑞拉".split()


def test_slash_separated_enumerations_under_their_lead_ins() -> None:
    """``全面禁止入境的12國為：阿富汗／緬甸／…／葉門`` and ``部分限制入境的7國為：蒲隆地／…``: two groups."""
    got = _read("slash_separated_groups.txt")
    assert [label for label, *_ in got] == BAN_FULL_TW + BAN_PARTIAL_TW
    groups = [group for _, group, *_ in got]
    assert set(groups[:12]) == {"全面禁止入境"} and set(groups[12:]) == {"部分限制入境"}


def test_circled_numbers_inside_a_sentence() -> None:
    """``対象国は①アフガニスタン②ミャンマー…⑫イエメン。``: the lead-in ends at the first number."""
    assert [label for label, *_ in _read("circled_numbers_inline.txt")] == [
        "アフガニスタン",
        "ミャンマー",
        "チャド",
        "コンゴ共和国",
        "赤道ギニア",
        "エリトリア",
        "ハイチ",
        "イラン",
        "リビア",
        "ソマリア",
        "スーダン",
        "イエメン",
    ]


def test_a_group_printed_in_parentheses_after_each_item() -> None:
    """``• Afghanistan (full ban)`` … ``• Laos (partial)``: the words every item of a group repeats are its
    group, not another name of each country."""
    result = parse_path(_path("group_in_parentheses.txt"))
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    assert [(m.label, m.group) for m in items] == [
        ("Afghanistan", "full ban"),
        ("Burma", "full ban"),
        ("Chad", "full ban"),
        ("Republic of the Congo", "full ban"),
        ("Burundi", "partial"),
        ("Cuba", "partial"),
        ("Laos", "partial"),
    ]
    assert all(not m.aliases for m in items)


def test_enumerations_under_headings_of_their_own() -> None:
    """``<h3>全面禁止（12國）</h3><p>阿富汗、緬甸、…</p><h3>部分限制（7國）</h3><p>…</p>``: each paragraph
    of names is the group its heading names, with the heading's count."""
    result = parse_path(_path("headings_over_paragraphs.html"))
    got = [(m.label, m.group) for m in result.mentions if m.kind is Kind.LIST]
    assert got == [(n, "全面禁止") for n in BAN_FULL] + [(n, "部分限制") for n in BAN_PARTIAL]
    assert sorted((h.group, h.stated) for h in result.headings if h.stated is not None) == [
        ("全面禁止", 12),
        ("部分限制", 7),
    ]


def test_paragraphs_each_opening_with_a_bold_name() -> None:
    """``<p><strong>Solomy Balungi Bossa</strong><br>Judge, Uganda</p>`` four times: the bold name is the
    item, the line under it its attributes."""
    assert _read("bold_name_paragraphs.html") == [
        ("Solomy Balungi Bossa", "", (), ("Judge", "Uganda")),
        ("Luz del Carmen Ibáñez Carranza", "", (), ("Judge", "Peru")),
        ("Reine Alapini-Gansou", "", (), ("Judge", "Benin")),
        ("Beti Hohler", "", (), ("Judge", "Slovenia")),
    ]


def test_japanese_names_joined_by_nakaguro() -> None:
    """``アフガニスタン・ミャンマー・…・イエメンの12カ国`` and ``また、ブルンジ・…・ベネズエラの7カ国``: two
    groups; ``また`` is no name."""
    got = _read("nakaguro_separated.txt")
    names = [label for label, *_ in got]
    assert names[:3] == ["アフガニスタン", "ミャンマー", "チャド"] and names[11:13] == [
        "イエメン",
        "ブルンジ",
    ]
    assert len(names) == 19 and names[-1] == "ベネズエラ"
    groups = [group for _, group, *_ in got]
    assert len(set(groups[:12])) == 1 and len(set(groups[12:])) == 1 and groups[0] != groups[12]


def test_chinese_name_lines_with_a_dash_before_the_title() -> None:
    """``金伯利·普罗斯特 — 法官，加拿大籍`` under ``宣布制裁以下4人：``: the name, then its title and
    nationality."""
    assert _read("name_dash_title_lines.txt") == [
        ("金伯利·普罗斯特", "", (), ("法官", "加拿大籍")),
        ("尼古拉·吉尤", "", (), ("法官", "法国籍")),
        ("纳扎特·沙米姆·汗", "", (), ("副检察官", "斐济籍")),
        ("马姆·曼迪亚耶·尼昂", "", (), ("副检察官", "塞内加尔籍")),
    ]


def test_two_selections_with_ellipses_in_one_sentence() -> None:
    """``全面禁止入境的國家包括阿富汗、緬甸、乍得……也門；部分限制的國家包括布隆迪、古巴……委內瑞拉``: two
    groups of examples, read although no count closes them."""
    result = parse_path(_path("ellipsis_groups_in_one_sentence.txt"))
    assert result.article is not None and result.article.selection
    got = [(m.label, m.group) for m in result.mentions if m.kind is Kind.LIST]
    full, partial = "全面禁止入境的國家", "部分限制的國家"
    assert got == [(n, full) for n in ("阿富汗", "緬甸", "乍得", "也門")] + [
        (n, partial) for n in ("布隆迪", "古巴", "委內瑞拉")
    ]


def test_values_in_parentheses_inside_an_enumeration() -> None:
    """``包括日本（25%）、南韓（25%）、…及緬甸（40%）等``: the parentheses neither start nor end an item."""
    assert [(label, values) for label, _, values, _ in _read("values_in_parentheses_inline.txt")] == [
        ("日本", ("25%",)),
        ("南韓", ("25%",)),
        ("馬來西亞", ("25%",)),
        ("南非", ("30%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
    ]


def test_company_names_with_commas_after_a_colon() -> None:
    """``…to its Entity List: Huawei Technologies Co., Ltd.; …; and Hangzhou Huawei …``: semicolons part
    the companies, the first one starts at the colon."""
    assert [label for label, *_ in _read("companies_after_a_colon.txt")] == [
        "Huawei Technologies Co., Ltd",
        "Huawei Cloud Computing Technologies Co., Ltd",
        "Beijing Huawei Digital Technologies Co., Ltd",
        "Hangzhou Huawei Enterprises Technologies Co., Ltd",
    ]


def test_people_with_party_tags_in_a_sentence() -> None:
    """``including Sens. Josh Hawley (R-Mo.), Ted Cruz (R-Texas) and Tom Cotton (R-Ark.), over …``: the
    abbreviation ends no sentence, the title and the tags are no part of the names."""
    assert _read("people_with_party_tags_inline.txt") == [
        ("Josh Hawley", "", (), ("Sens.", "R-Mo.")),
        ("Ted Cruz", "", (), ("R-Texas",)),
        ("Tom Cotton", "", (), ("R-Ark.",)),
    ]


def test_numbered_names_each_over_a_title_line() -> None:
    """``1. 金柏莉·普羅斯特`` then ``加拿大籍法官`` on the next line, for each of four people."""
    assert [(label, attrs) for label, _, _, attrs in _read("numbered_names_over_titles.txt")] == [
        ("金柏莉·普羅斯特", ("加拿大籍法官",)),
        ("尼可拉·紀堯", ("法國籍法官",)),
        ("娜扎特·沙米姆·汗", ("斐濟籍副檢察官",)),
        ("馬姆·曼迪亞耶·尼昂", ("塞內加爾籍副檢察官",)),
    ]


def test_a_bulleted_group_then_an_inline_one() -> None:
    """Twelve bullets under a question, then ``Partial restrictions apply to travelers from seven other
    countries: Burundi, …, Turkmenistan and Venezuela.``: two groups; ``Myanmar, also known as Burma`` is
    Myanmar with Burma as its other name."""
    result = parse_path(_path("bullets_then_an_inline_group.txt"))
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    assert len(items) == 19
    assert (items[1].label, items[1].aliases) == ("Myanmar", ("Burma",))
    assert [m.label for m in items[12:]] == [
        "Burundi",
        "Cuba",
        "Laos",
        "Sierra Leone",
        "Togo",
        "Turkmenistan",
        "Venezuela",
    ]
    assert len({m.group for m in items[:12]}) == 1 and len({m.group for m in items[12:]}) == 1
    assert items[0].group != items[12].group
    assert [(h.group, h.stated) for h in result.headings if h.stated is not None] == [(items[12].group, 7)]


def test_numbered_names_each_over_a_paragraph() -> None:
    """``1. Iran`` then a paragraph about it, seven times: the names are the items."""
    assert [label for label, *_ in _read("numbered_names_over_paragraphs.txt")] == [
        "Iran",
        "Sudan",
        "Syria",
        "Iraq",
        "Libya",
        "Somalia",
        "Yemen",
    ]


def test_title_before_a_long_transliterated_name() -> None:
    """``斐濟籍副檢察官娜扎特·沙米姆·汗`` on its own line after ``名單如下：``: the nationality, the title and
    the name, however many syllables the name has."""
    assert [(label, attrs) for label, _, _, attrs in _read("title_before_name_lines.html")] == [
        ("金柏莉·普羅斯特", ("加拿大籍", "法官")),
        ("尼可拉·紀堯", ("法國籍", "法官")),
        ("娜扎特·沙米姆·汗", ("斐濟籍", "副檢察官")),
        ("馬姆·曼迪亞耶·尼昂", ("塞內加爾籍", "副檢察官")),
    ]


def test_a_table_of_the_main_ones_is_a_selection() -> None:
    """``主な国の税率は以下の通り。`` over a table of five of the 14 countries: the article gives the main
    ones, not the list; ``14国新旧税率对比如下：`` (compared as follows) says nothing of the kind."""
    result = parse_path(_path("main_ones_table.html"))
    assert result.article is not None and result.article.selection
    assert [m.label for m in result.mentions if m.kind is Kind.LIST] == [
        "日本",
        "韓国",
        "マレーシア",
        "カザフスタン",
        "南アフリカ",
    ]
    full = parse_path(
        Path(__file__).resolve().parent.parent / "examples/us-tariff-letters-2025-07/03_shenzhou-caixun.txt"
    )
    assert full.article is not None and not full.article.selection


def test_a_column_of_flags_is_no_name_column() -> None:
    """A table whose first column holds flag emoji and whose second the countries: the countries are read
    with their rates."""
    assert _read("flag_column_table.html") == [
        ("Japan", "", ("25%",), ()),
        ("South Korea", "", ("25%",), ()),
        ("Malaysia", "", ("25%",), ()),
        ("South Africa", "", ("30%",), ()),
    ]


def test_a_factbox_inside_the_article_is_read() -> None:
    """``<aside class="factbox">`` inside ``<article>`` holds the twelve countries; the ``<aside
    class="related">`` after the article is page furniture."""
    names = [label for label, *_ in _read("factbox_inside_the_article.html")]
    assert names[:3] == ["Afghanistan", "Burma", "Chad"] and names[-1] == "Yemen" and len(names) == 12


BAN_FULL_EN = [
    "Afghanistan",
    "Burma",
    "Chad",
    "Republic of the Congo",
    "Equatorial Guinea",
    "Eritrea",
    "Haiti",
    "Iran",
    "Libya",
    "Somalia",
    "Sudan",
    "Yemen",
]


def test_dot_bullets_between_line_breaks() -> None:
    """``<p>‧阿富汗<br>‧緬甸<br>…</p>`` under ``全面禁止以下12個國家的公民入境：``."""
    assert [label for label, *_ in _read("dot_bullets_between_line_breaks.html")] == BAN_FULL


def test_numbers_inside_a_sentence() -> None:
    """``名單為：1.阿富汗 2.緬甸 … 12.葉門。``: the numbers part the items."""
    assert [label for label, *_ in _read("numbers_inside_a_sentence.txt")] == BAN_FULL_TW


def test_semicolons_without_a_colon() -> None:
    """``The countries whose nationals are barred are Afghanistan; Burma; …; and Yemen.``"""
    assert [label for label, *_ in _read("semicolons_without_a_colon.txt")] == BAN_FULL_EN


def test_amounts_in_several_currencies() -> None:
    """``Germany: $1.2 billion`` … ``United Kingdom: £500 million``, ``France: €400 million``."""
    assert [(label, values) for label, _, values, _ in _read("amounts_in_several_currencies.txt")] == [
        ("Germany", ("$1.2 billion",)),
        ("Japan", ("$850 million",)),
        ("United Kingdom", ("£500 million",)),
        ("France", ("€400 million",)),
    ]


PAIRS_JA = [
    ("日本", "25%"),
    ("韓国", "25%"),
    ("ラオス", "40%"),
    ("ミャンマー", "40%"),
    ("カンボジア", "36%"),
    ("タイ", "36%"),
]


def test_names_sharing_a_rate_piece_after_piece_ja() -> None:
    """``日本と韓国は25%、ラオスとミャンマーは40%、カンボジアとタイは36%となる``."""
    got = [(label, values) for label, _, values, _ in _read("pairs_sharing_a_rate_ja.txt")]
    assert got == [(n, (v,)) for n, v in PAIRS_JA]


def test_names_sharing_a_rate_piece_after_piece_zh() -> None:
    """``其中日本和韓國為25%，寮國和緬甸為40%，柬埔寨和泰國為36%``; the later ``日本和韓國將被徵收25%的關稅``
    (a verb between the names and the rate) is no list."""
    got = [(label, values) for label, _, values, _ in _read("pairs_sharing_a_rate_zh.txt")]
    assert got == [
        ("日本", ("25%",)),
        ("韓國", ("25%",)),
        ("寮國", ("40%",)),
        ("緬甸", ("40%",)),
        ("柬埔寨", ("36%",)),
        ("泰國", ("36%",)),
    ]


def test_sentences_that_count_each_group_over_its_bullets() -> None:
    """``Twelve countries face a full ban on entry to the United States.`` over four bullets, then
    ``Seven countries face partial restrictions.`` over three: two groups, each with its count."""
    result = parse_path(_path("sentences_that_count_each_group.txt"))
    got = [(m.label, m.group) for m in result.mentions if m.kind is Kind.LIST]
    full, partial = "face a full ban on entry to the United States", "face partial restrictions"
    assert got == [(n, full) for n in ("Afghanistan", "Burma", "Chad", "Republic of the Congo")] + [
        (n, partial) for n in ("Burundi", "Cuba", "Laos")
    ]
    assert sorted((h.group, h.stated) for h in result.headings if h.group) == [(full, 12), (partial, 7)]


def test_html_lists_under_their_lead_sentences() -> None:
    """``<h2>Countries facing a full ban</h2><p>Nationals of these 12 countries are barred…:</p><ul>…``:
    each list is a group, with the count its lead sentence gives."""
    result = parse_path(_path("headings_and_lead_sentences_over_lists.html"))
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    assert [m.label for m in items] == ["Afghanistan", "Burma", "Chad", "Burundi", "Cuba", "Laos"]
    assert len({m.group for m in items[:3]}) == 1 and len({m.group for m in items[3:]}) == 1
    assert items[0].group != items[3].group
    assert [h.stated for h in result.headings if h.group == items[0].group] == [12]


def test_people_with_titles_in_a_japanese_sentence() -> None:
    """``制裁対象はキンバリー・プロスト判事（カナダ）、…、マム・マンディアイ・ニアン副検察官（セネガル）の4人``."""
    assert [(label, attrs) for label, _, _, attrs in _read("people_with_titles_inline_ja.txt")] == [
        ("キンバリー・プロスト", ("判事", "カナダ")),
        ("ニコラ・ギユー", ("判事", "フランス")),
        ("ナザト・シャミーム・カーン", ("副検察官", "フィジー")),
        ("マム・マンディアイ・ニアン", ("副検察官", "セネガル")),
    ]


def test_people_with_titles_in_a_chinese_sentence() -> None:
    """``制裁國際刑事法院加拿大籍法官普羅斯特、法國籍法官紀堯、…及塞內加爾籍副檢察官尼昂等4人``."""
    got = _read("people_with_titles_inline_zh.txt")
    assert [label for label, *_ in got] == ["普羅斯特", "紀堯", "沙米姆汗", "尼昂"]
    assert [attrs[-1] for *_, attrs in got] == ["法官", "法官", "副檢察官", "副檢察官"]


def test_names_in_row_header_cells() -> None:
    """``<tr><th>日本</th><td>25%</td></tr>``: the names are the rows' header cells."""
    assert [(label, values) for label, _, values, _ in _read("names_in_row_headers.html")] == [
        ("日本", ("25%",)),
        ("韓国", ("25%",)),
        ("マレーシア", ("25%",)),
        ("ラオス", ("40%",)),
    ]


def test_a_table_on_its_side() -> None:
    """``Country | Japan | South Korea | …`` over ``Rate | 25% | 25% | …``: one item per column."""
    assert [(label, values) for label, _, values, _ in _read("table_on_its_side.html")] == [
        ("Japan", ("25%",)),
        ("South Korea", ("25%",)),
        ("Malaysia", ("25%",)),
        ("Laos", ("40%",)),
    ]


def test_names_parted_by_wide_spaces_over_two_lines() -> None:
    """``アフガニスタン　ミャンマー　チャド…`` and ``ハイチ　イラン…`` under ``【全面禁止】``: one list
    of twelve."""
    assert [label for label, *_ in _read("names_parted_by_wide_spaces.txt")] == [
        "アフガニスタン",
        "ミャンマー",
        "チャド",
        "コンゴ共和国",
        "赤道ギニア",
        "エリトリア",
        "ハイチ",
        "イラン",
        "リビア",
        "ソマリア",
        "スーダン",
        "イエメン",
    ]


def test_a_table_header_of_two_levels() -> None:
    """``国名`` spanning two header rows beside ``税率`` over ``8月1日から`` and ``4月発表``."""
    assert [(label, values) for label, _, values, _ in _read("two_level_table_header.html")] == [
        ("日本", ("25%", "24%")),
        ("韓国", ("25%", "25%")),
        ("ラオス", ("40%", "48%")),
        ("ミャンマー", ("40%", "44%")),
    ]


def test_numbered_lines_between_line_breaks_under_a_lead_in() -> None:
    """``The four officials are:<br>1. Kimberly Prost, judge, Canada<br>2. …``: four people with their
    titles and countries; ``The`` left of the lead-in names no group."""
    got = _read("numbered_lines_between_line_breaks.html")
    assert [(label, group, attrs) for label, group, _, attrs in got] == [
        ("Kimberly Prost", "", ("judge", "Canada")),
        ("Nicolas Guillou", "", ("judge", "France")),
        ("Nazhat Shameem Khan", "", ("deputy prosecutor", "Fiji")),
        ("Mame Mandiaye Niang", "", ("deputy prosecutor", "Senegal")),
    ]


TARIFF_RATES = [25, 25, 25, 25, 25, 30, 30, 32, 35, 35, 36, 36, 40, 40]


def _headings(name: str) -> list[tuple[str, int | None]]:
    return [(h.label, h.stated) for h in parse_path(_path(name)).headings]


def test_a_table_of_items_side_by_side_under_a_repeated_header() -> None:
    """``國家 稅率 國家 稅率``: two items a row, read row by row, left to right; the caption's ``（7日）``
    is a date, its ``14個國家`` the count."""
    got = _read("side_by_side_table.html")
    names = "日本 南韓 馬來西亞 哈薩克 突尼西亞 南非 波赫 印尼 孟加拉 塞爾維亞 柬埔寨 泰國 寮國 緬甸".split()
    assert [label for label, *_ in got] == names
    assert [values for _, _, values, _ in got] == [(f"{r}%",) for r in TARIFF_RATES]
    assert [stated for _, stated in _headings("side_by_side_table.html")] == [14]


def test_a_table_of_items_side_by_side_without_a_header() -> None:
    """Columns going name, rate, name, rate, name, rate: three items a row; the empty last cells are none."""
    got = _read("side_by_side_without_header.html")
    assert len(got) == 14
    assert [label for label, *_ in got][:4] == ["日本", "韩国", "马来西亚", "哈萨克斯坦"]
    assert [values for _, _, values, _ in got] == [(f"{r}%",) for r in TARIFF_RATES]
    assert all(attributes == () for *_, attributes in got)


def test_inline_triangle_marks_before_each_item() -> None:
    """``対象となるのは▽A▽B…の１２か国です`` and ``▽A…と▽Bの７か国``: each mark opens an item, the joiner
    before the last one parts it as the others do; each run is its own group with its count."""
    got = _read("inline_triangle_marks_ja.txt")
    full = "アフガニスタン ミャンマー チャド コンゴ共和国 赤道ギニア エリトリア ハイチ"
    full += " イラン リビア ソマリア スーダン イエメン"
    partial = "ブルンジ キューバ ラオス シエラレオネ トーゴ トルクメニスタン ベネズエラ"
    assert [label for label, *_ in got] == full.split() + partial.split()
    groups = [group for _, group, _, _ in got]
    assert len(set(groups[:12])) == 1 and len(set(groups[12:])) == 1 and groups[0] != groups[12]
    assert "一部制限" in groups[12]
    assert sorted(stated for _, stated in _headings("inline_triangle_marks_ja.txt")) == [7, 12]


def test_valued_names_between_full_width_semicolons() -> None:
    """``新稅率分別為：日本25%；南韓25%；…；緬甸40%。``: the semicolons part the items, not clauses."""
    got = _read("semicolons_between_valued_names.txt")
    assert [label for label, *_ in got][:3] == ["日本", "南韓", "馬來西亞"]
    assert [values for _, _, values, _ in got] == [(f"{r}%",) for r in TARIFF_RATES]


def test_bold_names_whose_second_rate_has_a_label() -> None:
    """``<strong>Japan:</strong> 25% (up from 24%)``: both rates, the second labelled by its words."""
    got = parse_path(_path("bold_names_with_labelled_second_rate.html")).mentions
    assert [(m.label, tuple(v.raw for v in m.values)) for m in got] == [
        ("Japan", ("25%", "24%")),
        ("South Korea", ("25%",)),
        ("Malaysia", ("25%", "24%")),
        ("Kazakhstan", ("25%", "27%")),
        ("Laos", ("40%", "48%")),
    ]
    assert [v.column for v in got[0].values] == ["", "up from"]


def test_people_with_their_title_and_organization_in_parentheses() -> None:
    got = _read("people_with_attributes_in_parentheses.txt")
    assert [label for label, *_ in got] == [
        "Solomy Balungi Bossa",
        "Luz del Carmen Ibáñez Carranza",
        "Reine Alapini-Gansou",
        "Beti Hohler",
    ]
    assert {attributes for *_, attributes in got} == {("Judge", "International Criminal Court")}


def test_people_lines_whose_titles_end_in_a_title_word() -> None:
    """``Nicolas Guillou, pre-trial judge, France`` under a long English lead-in: the name, a title that
    ends in a title word, and the rest."""
    got = _read("people_lines_with_title_phrases.html")
    assert got == [
        ("Kimberly Prost", "", (), ("appeals judge", "Canada")),
        ("Nicolas Guillou", "", (), ("pre-trial judge", "France")),
        ("Nazhat Shameem Khan", "", (), ("deputy prosecutor", "Fiji")),
        ("Mame Mandiaye Niang", "", (), ("deputy prosecutor", "Senegal")),
    ]
    kinds = [
        [a.kind.value for a in m.attributes]
        for m in parse_path(_path("people_lines_with_title_phrases.html")).mentions
    ]
    assert kinds == [["title", "place"]] * 4  # a body that is wholly a country is the person's country


def test_profiles_of_labelled_fields() -> None:
    """``姓名：…`` over ``職務：…`` and ``國籍：…``: the labels are no part of the name or the attributes, and
    each field is an attribute of the kind its label names."""
    result = parse_path(_path("labelled_profile_fields.txt"))
    assert [m.label for m in result.mentions] == [
        "金柏莉·普羅斯特",
        "尼古拉·紀堯",
        "娜扎特·沙米姆·汗",
        "馬梅·曼迪亞耶·尼昂",
    ]
    first = result.mentions[0].attributes
    assert [(a.kind.value, a.text, a.label) for a in first] == [
        ("title", "法官", "職務"),
        ("other", "加拿大", "國籍"),
    ]


def test_items_that_label_the_lists_nested_in_them() -> None:
    """``<li>Full ban (12 countries)<ul>…</ul></li>``: the outer items are the groups, with their counts,
    and never items themselves."""
    result = parse_path(_path("groups_as_items_over_nested_lists.html"))
    en_full = (
        "Afghanistan,Burma,Chad,Republic of the Congo,Equatorial Guinea,Eritrea,Haiti,Iran,Libya,Somalia"
    )
    en_full += ",Sudan,Yemen"
    en_partial = "Burundi,Cuba,Laos,Sierra Leone,Togo,Turkmenistan,Venezuela"
    got = [(m.label, m.group) for m in result.mentions]
    assert got == [(n, "Full ban") for n in en_full.split(",")] + [
        (n, "Partial restrictions") for n in en_partial.split(",")
    ]
    assert sorted((h.group, h.stated) for h in result.headings if h.group) == [
        ("Full ban", 12),
        ("Partial restrictions", 7),
    ]


def test_bracketed_japanese_headings_name_their_group_without_the_counts_particle() -> None:
    """``【全面禁止の１２カ国】``: the group is ``全面禁止``, not ``全面禁止の``."""
    got = _read("bracketed_counted_headings_ja.txt")
    assert len(got) == 19
    assert {group for _, group, _, _ in got[:12]} == {"全面禁止"}
    assert {group for _, group, _, _ in got[12:]} == {"一部制限"}


def test_people_with_titles_inline_and_the_last_after_a_comma() -> None:
    """``制裁4名國際刑事法院官員，包括加拿大籍法官A、…，以及塞內加爾籍副檢察官D``: four people (the last after
    ``，以及``), each with nationality and title kept apart from the name, and the count before ``，包括``."""
    result = parse_path(_path("people_with_titles_inline_and_a_last_item_after_a_comma.txt"))
    got = [(m.label, tuple((a.kind.value, a.text) for a in m.attributes)) for m in result.mentions]
    assert got == [
        ("金柏莉·普羅斯特", (("other", "加拿大籍"), ("title", "法官"))),
        ("尼古拉·紀堯", (("other", "法國籍"), ("title", "法官"))),
        ("娜扎特·沙米姆·汗", (("other", "斐濟籍"), ("title", "副檢察官"))),
        ("馬梅·曼迪亞耶·尼昂", (("other", "塞內加爾籍"), ("title", "副檢察官"))),
    ]
    assert [h.stated for h in result.headings] == [4]


def test_dash_bullets_of_people_described_by_title_and_place() -> None:
    """``— Name, a judge from Uganda who sat on …;``: the title and the place, not the relative clause."""
    got = _read("dash_bullets_with_described_people.txt")
    assert got == [
        ("Solomy Balungi Bossa", "", (), ("judge", "Uganda")),
        ("Luz del Carmen Ibáñez Carranza", "", (), ("judge", "Peru")),
        ("Reine Alapini-Gansou", "", (), ("judge", "Benin")),
        ("Beti Hohler", "", (), ("judge", "Slovenia")),
    ]


def test_a_tables_total_row_is_its_count_and_its_note_row_no_group() -> None:
    """``合計 | 5國`` under the rows is the table's count, not a sixth country; the note row after the last
    item heads no group."""
    result = parse_path(_path("table_with_total_and_note_rows.html"))
    assert [(m.label, m.group) for m in result.mentions] == [
        ("馬來西亞", ""),
        ("印尼", ""),
        ("柬埔寨", ""),
        ("泰國", ""),
        ("寮國", ""),
    ]
    assert [(h.label, h.stated) for h in result.headings] == [("合計", 5)]


def test_japanese_names_with_honorific_and_attributes_in_parentheses() -> None:
    """``キンバリー・プロスト氏（カナダ、判事）``: the name without ``氏``; the country and the title."""
    got = _read("honorific_names_with_attributes_in_parentheses_ja.txt")
    assert got == [
        ("キンバリー・プロスト", "", (), ("カナダ", "判事")),
        ("ニコラ・ギユー", "", (), ("フランス", "判事")),
        ("ナズハト・シャミーム・カーン", "", (), ("フィジー", "副検察官")),
        ("マメ・マンディアイ・ニャン", "", (), ("セネガル", "副検察官")),
    ]


def test_rates_printed_from_and_to() -> None:
    """``Japan: from 24% to 25%``: the name ends at its colon; both rates, labelled by their words."""
    result = parse_path(_path("rates_from_and_to.txt"))
    assert [(m.label, tuple((v.raw, v.column) for v in m.values)) for m in result.mentions][:2] == [
        ("Japan", (("24%", "from"), ("25%", "to"))),
        ("Malaysia", (("24%", "from"), ("25%", "to"))),
    ]
    assert len(result.mentions) == 5


def test_companies_with_english_names_after_a_list_word_and_colon() -> None:
    """``列入實體清單，其中包括3家中國企業：A（English Co., Ltd.）、B（…）及C（…）``: the first company starts
    right after the colon (its ``有限`` is no lead-in), each keeps its English name, and the count is read."""
    result = parse_path(_path("companies_with_english_names_after_a_list_word.txt"))
    assert [(m.name_zh, m.name_en) for m in result.mentions] == [
        ("浪潮北京電子信息產業有限公司", "Inspur Beijing Electronic Information Industry Co., Ltd."),
        ("北京智譜華章科技有限公司", "Beijing Zhipu Huazhang Technology Co., Ltd."),
        ("蘇州浪潮智能科技有限公司", "Suzhou Inspur Intelligent Technology Co., Ltd."),
    ]
    assert [h.stated for h in result.headings] == [3]


def test_people_with_english_names_and_nationality_titles_in_an_html_list() -> None:
    """``<li>A（Kimberly Prost），加拿大籍法官</li>``: a person (no organization for all the English name in
    parentheses), the nationality and the title apart."""
    result = parse_path(_path("people_list_with_english_names_and_titles.html"))
    got = [(m.name_zh, m.name_en, tuple(a.text for a in m.attributes)) for m in result.mentions]
    assert got[0] == ("金柏莉·普羅斯特", "Kimberly Prost", ("加拿大籍", "法官"))
    assert got[3] == ("馬梅·曼迪亞耶·尼昂", "Mame Mandiaye Niang", ("塞內加爾籍", "副檢察官"))
    assert len(got) == 4


def test_an_inline_group_after_a_lead_in_word_is_named_by_the_clause_before() -> None:
    """``全面禁止12个国家的公民入境，分别是A、B…``: the group is named by the clause before ``分别是`` (the
    lead-in word alone names nothing), the second by its own sentence."""
    got = _read("inline_groups_after_a_lead_in_word_zh.txt")
    assert len(got) == 19
    first, second = {g for _, g, _, _ in got[:12]}, {g for _, g, _, _ in got[12:]}
    assert len(first) == 1 and len(second) == 1 and first != second
    assert "全面禁止" in first.pop() and "部分入境限制" in second.pop()


def test_bold_names_with_a_value_and_a_footnote_mark() -> None:
    """``<p><strong>甲國</strong>：20%†</p>``, ``<strong>戊國‡</strong>``: a mark after the value or the name
    sends the reader to a note below; it is neither value, attribute nor part of the name."""
    assert _read("bold_names_with_values_and_footnote_marks.html") == [
        ("甲國", "", ("20%",), ()),
        ("乙國", "", ("19%",), ()),
        ("丙國", "", ("19%",), ()),
        ("丁國", "", ("40%",), ()),
        ("戊國", "", ("15%",), ()),
    ]


@pytest.mark.parametrize(
    "name", ["name_value_lines_with_footnote_marks.txt", "table_with_footnote_marks.html"]
)
def test_footnote_marks_after_names_and_values(name: str) -> None:
    """``甲國：20%†``, ``丙國†：19%`` in lines, ``<td>20%†</td>``, ``<td>乙國*</td>`` in a table: the
    marks belong to the notes below, not to the names or the values."""
    got = [(label, values) for label, _, values, _ in _read(name)]
    assert got == [("甲國", ("20%",)), ("乙國", ("19%",)), ("丙國", ("19%",)), ("丁國", ("40%",))]


def test_names_grouped_by_rate_in_one_sentence() -> None:
    """``稅率為41%的有：甲國；40%的有：乙國、丙國；39%的有：丁國``: each label is a rate and nothing else, so
    it is every name's value after it, not a group; a label with one name is a group of one among the
    others; ``責任編輯：王小明`` alone is no list."""
    assert _read("rates_grouped_in_one_sentence.txt") == [
        ("甲國", "", ("41%",), ()),
        ("乙國", "", ("40%",), ()),
        ("丙國", "", ("40%",), ()),
        ("丁國", "", ("39%",), ()),
        ("戊國", "", ("19%",), ()),
        ("己國", "", ("19%",), ()),
        ("庚國", "", ("19%",), ()),
    ]


def test_an_english_run_whose_first_name_follows_a_verb() -> None:
    """``the highest rates went to Carpathia (41 per cent), Dalmatia (39 per cent), …``: the run starts with
    the name that ends the clause before its first comma."""
    got = [(label, values) for label, _, values, _ in _read("en_run_after_a_verb.txt")]
    assert got == [
        ("Syldavia", ("20 per cent",)),
        ("Aland", ("19 per cent",)),
        ("Borduria", ("19 per cent",)),
        ("Carpathia", ("41 per cent",)),
        ("Dalmatia", ("39 per cent",)),
        ("Ruritania", ("35 per cent",)),
        ("Freedonia", ("35 per cent",)),
    ]


def test_examples_of_a_rate_after_their_count() -> None:
    """``己國、庚國、辛國等40個經濟體的稅率為15%``: the names share the rate printed after their count, and
    the count is of the forty they are examples of, not of the three: no heading states it
    (``壬國、癸國等3個`` may be a list one short, as ``等12國`` after eleven names is: its count stays)."""
    path = "examples_of_a_rate_after_groups_by_rate.txt"
    got = [(label, values) for label, _, values, _ in _read(path)]
    assert got[5:] == [
        ("己國", ("15%",)),
        ("庚國", ("15%",)),
        ("辛國", ("15%",)),
        ("壬國", ("10%",)),
        ("癸國", ("10%",)),
    ]
    assert [h.stated for h in parse_path(_path(path)).headings if h.stated is not None] == [3]


def test_posts_before_names_after_a_colon() -> None:
    """``財政部長：多伊``: a post, a colon, then the name; the post is the person's title, never the name."""
    assert _read("posts_before_names_after_a_colon.txt") == [
        ("羅伊", "", (), ("外交部長",)),
        ("多伊", "", (), ("財政部長",)),
        ("布朗", "", (), ("國防部長",)),
        ("小懷特", "", (), ("衞生及福利部長",)),
        ("格林", "", (), ("內政部長",)),
    ]


def test_english_posts_before_names_between_line_breaks_in_two_counted_groups() -> None:
    """``Minister of Health and Social Services: John Q. Doe Jr.``: a long post does not make the line too
    long for an item, and a name keeps its ``Jr.`` and middle initial; each heading counts its group."""
    confirmed, waiting = "Confirmed", "Awaiting confirmation"
    assert _read("posts_before_names_between_line_breaks.html") == [
        ("Jane Roe", confirmed, (), ("Minister of Foreign Affairs",)),
        ("John Q. Doe Jr.", confirmed, (), ("Minister of Health and Social Services",)),
        ("Richard Roe", confirmed, (), ("Attorney General",)),
        ("Mary L. Major", waiting, (), ("Minister of Finance",)),
        ("Joe Bloggs", waiting, (), ("Minister of Defence",)),
    ]
    headings = parse_path(_path("posts_before_names_between_line_breaks.html")).headings
    assert [(h.group, h.stated) for h in headings] == [(confirmed, 3), (waiting, 2)]


def test_a_table_whose_first_column_is_the_department_each_person_heads() -> None:
    """``部門 | 部長 | 原職``: the column of bodies (外交部, 內政院) is what the names beside it head; the
    names are the second column."""
    assert _read("post_column_before_names.html") == [
        ("羅伊", "", (), ("外交部", "國會議員")),
        ("多伊", "", (), ("財政部", "銀行總裁")),
        ("布朗", "", (), ("國防部", "退役將軍")),
        ("格林", "", (), ("內政院", "前州長")),
    ]


def test_japanese_posts_before_honorific_names_in_wide_spaced_columns() -> None:
    """``財務大臣　ジョン・ドウ氏（投資家）``: the first row is no header, the post column is no name column,
    and the parenthesis after ``氏`` says what the person is even without a title word in it."""
    assert _read("posts_before_honorific_names_ja.txt") == [
        ("ジェーン・ロウ", "", (), ("前議員", "外務大臣")),
        ("ジョン・ドウ", "", (), ("投資家", "財務大臣")),
        ("リチャード・ロウ", "", (), ("元軍人", "国防長官")),
        ("メアリー・メジャー", "", (), ("企業経営者", "エネルギー長官")),
    ]


def test_cards_of_a_name_over_a_post() -> None:
    """``<div><h3>name</h3><p>post</p></div>`` repeated, read as lines that go name, post, name, post: one
    item per card with the post as its title; the photo credit after the cards is no item."""
    assert _read("name_and_post_cards.html") == [
        ("简·罗伊", "", (), ("外交部长",)),
        ("约翰·多伊", "", (), ("财政部长",)),
        ("理查德·罗伊", "", (), ("国防部长",)),
        ("玛丽·梅杰", "", (), ("卫生与福利部长",)),
    ]


def test_posts_before_names_in_a_sentence_after_they_are() -> None:
    """``他們是：外交部長罗伊、…和衛生與福利部長小怀特``: the post before each name is its title, whole (the
    ``與`` inside a post joins no items), a hyphenated name is one name, and the count before ``他們是``
    is the list's."""
    assert _read("posts_before_names_inline_zh.txt") == [
        ("罗伊", "", (), ("外交部长",)),
        ("多伊", "", (), ("财政部长",)),
        ("布朗-格林", "", (), ("农业部长",)),
        ("小怀特", "", (), ("卫生与福利部长",)),
    ]
    headings = parse_path(_path("posts_before_names_inline_zh.txt")).headings
    assert [h.stated for h in headings] == [4]


def test_english_nominees_with_age_description_and_post() -> None:
    """``among them John Doe, 44, a former television host, for defense minister; Mary Major, …; and …``:
    semicolons part the nominees, and what follows each name (age, description or title and place, the
    post) is its attributes; the cue makes the article a selection."""
    assert _read("nominees_with_age_and_post.txt") == [
        ("John Doe", "", (), ("44", "a former television host", "defense minister")),
        ("Mary Major", "", (), ("53", "governor", "Borduria", "interior minister")),
        ("Richard Roe", "", (), ("62", "a fund manager", "finance minister")),
    ]
    article = parse_path(_path("nominees_with_age_and_post.txt")).article
    assert article is not None and article.selection


def test_what_is_a_title_and_what_is_a_name() -> None:
    """A post is a title whole (a body's name before the title word is part of it); a name, a body or a
    place alone is not."""
    from sources.item_titles import is_title

    titles = [
        "財政部長",
        "国务卿",
        "衞生及福利部長",
        "国土安全保障長官",
        "Secretary of State",
        "Attorney General",
    ]
    titles += ["defense secretary", "Minister for Foreign Affairs"]
    assert all(is_title(t) for t in titles), [t for t in titles if not is_title(t)]
    others = ["羅伊", "简·罗伊", "財政部", "ジェーン・ロウ", "Jane Roe", "Aland", "Borduria Holdings"]
    assert not any(is_title(t) for t in others), [t for t in others if is_title(t)]


def test_a_column_of_countries_is_no_column_of_offices() -> None:
    """Country names end in 國 as no person's name does, yet they are the items: only titles and offices
    (部, 院, 署 …) make a column what the names beside it hold."""
    assert [(label, attrs) for label, _, _, attrs in _read("country_names_ending_in_guo_table.html")] == [
        ("波多國", ("外交部長",)),
        ("卡國", ("國務卿",)),
        ("達國", ("財政部長",)),
        ("伊國", ("外交部長",)),
    ]


def test_a_rate_cell_spanning_one_row_too_many() -> None:
    """``<td rowspan="4">15%</td>`` over three rows (a row taken out, its count not fixed): the next
    group's ``<td rowspan="2">10%</td>`` starts its own rows, as the page means, instead of the browser's
    shift of that row to the right; every partner keeps its rate."""
    assert [(label, values) for label, _, values, _ in _read("table_with_an_overstated_rowspan.html")] == [
        ("Aland", ("40%",)),
        ("Borduria", ("40%",)),
        ("Carpathia", ("15%",)),
        ("Dalmatia", ("15%",)),
        ("Estovakia", ("15%",)),
        ("Freedonia", ("10%",)),
        ("Grand Fenwick", ("10%",)),
    ]


def test_a_definition_list_of_companies_whose_names_end_in_an_abbreviation() -> None:
    """``<dt>Borduria Tech Co.</dt><dd>Maker of radar parts, based in Zenda</dd>``: a name ending in
    ``Co.``/``Ltd.``/``Inc.``/``Corp.`` is no sentence; each term is an item, its description its
    attributes."""
    got = _read("definition_list_of_companies.html")
    assert [label for label, *_ in got] == [
        "Borduria Tech Co",
        "Carpathia Semiconductor Ltd",
        "Dalmatia Optics Inc",
        "Estovakia Materials Corp",
        "Freedonia Systems LLC",
    ]
    assert got[0][3] == ("Maker of radar parts", "based in Zenda")
    assert got[1][3] == ("Chip designer",)


def test_a_text_table_with_fullwidth_bars() -> None:
    """``国名｜税率`` then ``ボルドゥリア｜２５％``: a bar (ASCII, fullwidth or box-drawing) between cells,
    with none at the ends of the row, parts the columns as a Markdown row does."""
    assert [(label, values) for label, _, values, _ in _read("fullwidth_bar_table.txt")] == [
        ("ボルドゥリア", ("２５％",)),
        ("カルパチア", ("３０％",)),
        ("ダルマチア", ("２０％",)),
        ("エストバキア", ("１５％",)),
        ("フリードニア", ("４０％",)),
    ]


def test_ordinals_di_yi_with_titles_before_names() -> None:
    """``第一，乙国国防部长王大明；`` … ``第五，乙国情报局局长林建国。``: ``第N，`` numbers the
    items, the post before each name is its attribute (a given name may end in 国), the last line's full
    stop aside."""
    got = _read("ordinals_di_yi_titles_before_names.txt")
    assert [label for label, *_ in got] == ["王大明", "李小华", "张志强", "陈美玲", "林建国"]
    assert got[0][3] == ("乙国国防部长",)
    assert got[4][3] == ("乙国情报局局长",)


def test_an_english_run_with_a_serial_comma() -> None:
    """``Borduria, Carpathia, Dalmatia, Estovakia, and Freedonia, the five countries …``: the comma
    before ``and`` leaves the joiner alone in its piece; the last name is still an item."""
    assert [label for label, *_ in _read("en_serial_comma.txt")] == [
        "Borduria",
        "Carpathia",
        "Dalmatia",
        "Estovakia",
        "Freedonia",
    ]


def test_english_people_with_their_posts_in_parentheses() -> None:
    """``Jane Roe (defence minister), John Doe (deputy foreign minister), … and Peter Smith (intelligence
    chief)``: each post is an attribute (a title after words of its own, or ``chief``), not another name,
    the last one's too."""
    got = [(label, attrs) for label, _, _, attrs in _read("en_people_titles_in_parentheses.txt")]
    assert got == [
        ("Jane Roe", ("defence minister",)),
        ("John Doe", ("deputy foreign minister",)),
        ("Mary Major", ("member of parliament",)),
        ("Richard Miles", ("ambassador to Aland",)),
        ("Peter Smith", ("intelligence chief",)),
    ]


def test_items_numbered_with_a_slash() -> None:
    """``1/ 阿蘭德科技（Aland Tech）``: a number and a slash is a marker (not a date: ``6/5``), kept out of
    the name."""
    assert [label for label, *_ in _read("numbered_with_slashes.txt")] == [
        "阿蘭德科技",
        "博杜利亞電子",
        "卡爾帕西亞半導體",
        "達爾馬提亞光電",
        "艾斯托瓦基亞材料",
    ]


def test_names_then_their_rate_piece_by_piece() -> None:
    """``其中，阿兰德、博杜利亚税率为25%；卡尔帕西亚、达尔马提亚税率为20%；艾斯托瓦基亚税率为40%``: each piece
    between ``；`` names what shares the rate after it (one name too), and the sentence is read whole."""
    got = [(label, values) for label, _, values, _ in _read("rates_after_names_by_semicolons.txt")]
    assert got == [
        ("阿兰德", ("25%",)),
        ("博杜利亚", ("25%",)),
        ("卡尔帕西亚", ("20%",)),
        ("达尔马提亚", ("20%",)),
        ("艾斯托瓦基亚", ("40%",)),
    ]


GAPPED_RATES = ["25", "30", "20", "15", "40"]


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("verb_said_once_en.txt", "Republic of Borduria"),
        ("verb_said_once_zh.txt", "博杜利亞"),
        ("one_name_pieces_ja.txt", "ボルドゥリア"),
    ],
)
def test_a_verb_said_once_for_a_run_of_names_with_their_rates(name: str, first: str) -> None:
    """``the Republic of Borduria will face 25 per cent, Carpathia 30 per cent, …`` / ``博杜利亞面臨25%關稅，
    卡爾帕西亞30%，…`` / ``ボルドゥリアに25％、カルパチアに30％、…を課す``: the first name, which carries the
    sentence's verb, is an item like the others, each with its own rate; in the Chinese article the rates
    of measures (``失業率為5%``) and changes (``出口增加25%``) in the next paragraph are no items."""
    got = _read(name)
    assert got[0][0] == first
    assert len(got) == 5
    assert all(len(values) == 1 for _, _, values, _ in got)
    assert [values[0].split()[0].rstrip("%％") for _, _, values, _ in got] == GAPPED_RATES
    assert not any(label.endswith("率") or "增加" in label for label, *_ in got)


def test_paragraphs_of_a_name_a_dash_and_a_rate() -> None:
    """``<p>Borduria — 25%</p>`` paragraph after paragraph, under a lead-in with no colon: a list of six
    with their rates (an HTML page's ``name：value`` paragraphs are read like a text article's lines)."""
    got = [(label, values) for label, _, values, _ in _read("name_dash_value_paragraphs.html")]
    assert got == [
        ("Borduria", ("25%",)),
        ("Carpathia", ("30%",)),
        ("Dalmatia", ("20%",)),
        ("Estovakia", ("15%",)),
        ("Freedonia", ("40%",)),
        ("Grand Fenwick", ("10%",)),
    ]


def test_lines_of_names_under_their_rate_a_line_of_one_name_too() -> None:
    """``25%：博杜利亚、卡尔帕西亚`` / ``30%：达尔马提亚`` / ``20%：…``: the rate is each name's value,
    the line of one name between such lines too."""
    got = [(label, values) for label, _, values, _ in _read("names_under_rate_labels_on_lines.txt")]
    assert got == [
        ("博杜利亚", ("25%",)),
        ("卡尔帕西亚", ("25%",)),
        ("达尔马提亚", ("30%",)),
        ("艾斯托瓦基亚", ("20%",)),
        ("弗里多尼亚", ("20%",)),
        ("格兰芬维克", ("20%",)),
    ]


def test_a_nationality_column_describes_people_and_files_no_group() -> None:
    """``氏名 | 役職 | 国籍``, two people of each nationality: the nationality is each one's attribute, not a
    group the list is filed under."""
    got = _read("nationality_column_ja.html")
    assert [(label, group, attrs) for label, group, _, attrs in got] == [
        ("ジェーン・ロー", "", ("外相", "ボルドゥリア")),
        ("ジョン・ドウ", "", ("国防相", "ボルドゥリア")),
        ("マリア・ロッシ", "", ("中央銀行総裁", "カルパチア")),
        ("ピーター・スミス", "", ("情報機関長官", "カルパチア")),
    ]


def test_list_items_with_a_translation_and_a_rate() -> None:
    """``<li>博杜利亞（Borduria）：25%</li>``: the rate is the item's value, not part of its Chinese name, and
    the lead-in paragraph of the page's one list files it under no group."""
    got = _read("list_items_with_translation_and_rate.html")
    assert [(label, group, values) for label, group, values, _ in got] == [
        ("博杜利亞", "", ("25%",)),
        ("卡爾帕西亞", "", ("30%",)),
        ("達爾馬提亞", "", ("20%",)),
        ("艾斯托瓦基亞", "", ("15%",)),
        ("弗里多尼亞", "", ("40%",)),
    ]
    english = [m.name_en for m in parse_path(_path("list_items_with_translation_and_rate.html")).mentions]
    assert english == ["Borduria", "Carpathia", "Dalmatia", "Estovakia", "Freedonia"]


def test_a_charge_on_each_name_in_turn() -> None:
    """``对乙国加征25%关税，对丙国加征30%关税，…``: each name after its preposition, with its rate."""
    got = [(label, values) for label, _, values, _ in _read("charged_to_each_name_zh.txt")]
    assert got == [("乙国", ("25%",)), ("丙国", ("30%",)), ("丁国", ("20%",)), ("戊国", ("15%",))]


def test_katakana_names_with_their_post_in_kanji() -> None:
    """``▽ジェーン・ロー外相▽ジョン・ドウ国防相…``: the post begins where the katakana name ends."""
    got = [(label, attrs) for label, _, _, attrs in _read("katakana_names_with_kanji_posts_ja.txt")]
    assert got == [
        ("ジェーン・ロー", ("外相",)),
        ("ジョン・ドウ", ("国防相",)),
        ("マリア・ロッシ", ("中央銀行総裁",)),
        ("ピーター・スミス", ("情報長官",)),
    ]


def test_an_english_name_and_a_post_in_parentheses() -> None:
    """``張三（Zhang San，外交部長）`` lines under a lead-in: the comma inside the parentheses makes no run of
    names; the English name is the person's other name, the post an attribute."""
    got = parse_path(_path("english_name_and_post_in_parentheses.txt")).mentions
    assert [(m.name_zh, m.name_en, tuple(a.text for a in m.attributes)) for m in got] == [
        ("張三", "Zhang San", ("外交部長",)),
        ("李四", "Li Si", ("國防部長",)),
        ("王五", "Wang Wu", ("中央銀行行長",)),
        ("趙六", "Zhao Liu", ("情報總局局長",)),
    ]


def test_bold_names_whose_posts_name_offices_under_long_lead_ins() -> None:
    """``<li><b>Jane Roe</b>, Director of the Borduria Liaison Office</li>``: the office in the post does
    not make the list one of organizations; each list's lead-in paragraph ending in a colon (longer than a
    heading: ``Three of those named hold or held senior posts in the government of Borduria:``) names its
    group, and each post is a title."""
    result = parse_path(_path("bold_names_with_office_posts.html"))
    got = [m for m in result.mentions if m.kind is Kind.LIST]
    assert result.article is not None and result.article.layout == "html-items"
    assert [m.label for m in got] == ["Jane Roe", "John Doe", "Mary Major", "Richard Miles", "Peter Smith"]
    assert all("government of Borduria" in m.group for m in got[:3])
    assert all("federal government of Carpathia" in m.group for m in got[3:])
    assert [(a.kind.value, a.text) for a in got[2].attributes] == [("title", "former Commissioner of Police")]


def test_japanese_diamond_headings_over_triangle_items_with_posts_after_names() -> None:
    """``◇乙国政府（３人）`` heads the ``▽`` items under it (a count in parentheses makes it a heading,
    not an item); the post after a Chinese-character name is read glued (``李小華警務処長``: the office's
    two characters before the head's title, ``前`` with them), after the name's reading in parentheses, or
    after a middle dot."""
    assert _read("ja_diamond_headings_posts_after_names.txt") == [
        ("王大明", "乙国政府", (), ("外務長官",)),
        ("李小華", "乙国政府", (), ("警務処長",)),
        ("張志強", "乙国政府", (), ("前警務処長",)),
        ("陳美玲", "丙国政府", (), ("国境管理弁公室主任",)),
        ("林建国", "丙国政府", (), ("同弁公室副主任",)),
    ]


def test_officials_by_side_in_one_sentence_with_posts_before_names() -> None:
    """``被制裁的乙国官员包括外交部长王大明、…；丙国官员包括…``: names after their posts are people (proper
    names by their shape, as katakana would be), grouped by the words before ``包括``; a rank before the
    title word is part of the title (``常务副主任``). The two runs share one sentence: the list, not names
    scattered over the prose."""
    result = parse_path(_path("zh_officials_by_side_titles_before_names.txt"))
    assert result.article is not None and not result.article.selection
    got = _read("zh_officials_by_side_titles_before_names.txt")
    assert [(label, group) for label, group, *_ in got] == [
        ("王大明", "被制裁的乙国官员"),
        ("李小华", "被制裁的乙国官员"),
        ("张志强", "被制裁的乙国官员"),
        ("陈美玲", "丙国官员"),
        ("林建国", "丙国官员"),
        ("赵文华", "丙国官员"),
    ]
    assert got[0][3] == ("外交部长",)
    assert got[4][3] == ("边境事务办公室", "常务副主任")


def test_numbered_posts_before_names_with_the_english_name_after() -> None:
    """``（1）外交部部長王大明（Wong Tai-ming）``: the post before the Chinese name, the English name in
    parentheses after it (no part of the words the post is looked for in)."""
    result = parse_path(_path("hk_numbered_posts_before_names_english_after.txt"))
    got = [(m.name_zh, m.name_en, m.group, tuple(a.text for a in m.attributes)) for m in result.mentions]
    assert got == [
        ("王大明", "Wong Tai-ming", "乙國官員", ("外交部部長",)),
        ("李小華", "Lee Siu-wah", "乙國官員", ("警務處處長",)),
        ("張志強", "Cheung Chi-keung", "乙國官員", ("前警務處處長",)),
        ("陳美玲", "Chen Meiling", "丙國官員", ("國務院邊境事務辦公室", "主任")),
        ("林建國", "Lin Jianguo", "丙國官員", ("國務院邊境事務辦公室", "常務副主任")),
    ]


def test_a_rowspan_cell_under_an_affiliation_header_files_its_rows() -> None:
    """``所屬 | 姓名 | 職位`` with ``乙國政府`` spanning three rows and ``丙國政府`` two: the spanning cells
    are the groups (a header naming what the people belong to does not make them an attribute)."""
    assert _read("rowspan_group_under_an_affiliation_header.html") == [
        ("王大明", "乙國政府", (), ("外交部部長",)),
        ("李小華", "乙國政府", (), ("警務處處長",)),
        ("張志強", "乙國政府", (), ("前警務處處長",)),
        ("陳美玲", "丙國政府", (), ("邊境事務辦公室主任",)),
        ("林建國", "丙國政府", (), ("邊境事務辦公室副主任",)),
    ]


def test_names_within_a_larger_count_are_a_selection() -> None:
    """``对包括外交部长王大明、财政部长李小华和警务处处长张志强在内的9名乙国官员``: three names among the
    nine the count gives (``在内的``), so the article names examples, not the list."""
    result = parse_path(_path("zh_names_within_a_larger_count.txt"))
    assert [m.label for m in result.mentions if m.kind is Kind.LIST] == ["王大明", "李小华", "张志强"]
    assert result.article is not None and result.article.selection


@pytest.mark.parametrize(
    ("item", "name", "post"),
    [
        ("李小華警務処長", "李小華", "警務処長"),  # the office's two characters go with the head's title
        ("張志強前警務処長", "張志強", "前警務処長"),  # and 前 (former) before them
        ("林建國司法長官", "林建國", "司法長官"),
        ("王毅外務大臣", "王毅", "外務大臣"),  # a two-character name
        ("赫格塞斯部長", "赫格塞斯", "部長"),  # a title word that is no office's head takes nothing
        ("李小華局長", "李小華", "局長"),  # no name of two characters would be left
        ("陳美玲・国境管理弁公室主任", "陳美玲", "国境管理弁公室主任"),  # a post at length after a dot
        ("約翰・史密斯部長", "約翰・史密斯", "部長"),  # a transliteration's dot parts one person's names
        ("珍·羅伊副檢察官", "珍·羅伊", "副檢察官"),
    ],
)
def test_a_post_glued_after_a_chinese_character_name(item: str, name: str, post: str) -> None:
    from sources.items import split_item

    split = split_item(item, 0, len(item))
    assert item[split.name_start : split.name_end] == name
    assert [a.text for a in split.attributes] == [post]


def test_a_caption_row_over_the_column_labels_is_no_part_of_them() -> None:
    """A first row of one cell across the table (``<td colspan=3>甲國新關稅一覽</td>``) over ``國家 | 新稅率 |
    原稅率``: the rates keep the labels of their own columns."""
    got = parse_path(_path("table_with_a_caption_row.html")).mentions
    assert [m.label for m in got] == ["博杜利亞", "卡爾帕西亞", "達爾馬提亞", "艾斯托瓦基亞", "弗里多尼亞"]
    assert {tuple(v.column for v in m.values) for m in got} == {("新稅率", "原稅率")}


def test_numbered_items_between_semicolons_in_a_sentence() -> None:
    """``名單為：1、博杜利亞；2、卡爾帕西亞；…；6、格蘭芬維克。``: the numbers' ``、`` separates nothing."""
    got = [label for label, *_ in _read("numbered_items_between_semicolons_inline.txt")]
    assert got == ["博杜利亞", "卡爾帕西亞", "達爾馬提亞", "艾斯托瓦基亞", "弗里多尼亞", "格蘭芬維克"]


def test_the_topic_of_a_japanese_lead_in_is_no_item() -> None:
    """``全面的な入国禁止の対象は、A、B、Cの3か国。一部制限の対象は、D、Eの2か国``: the piece ending in ``は``
    is the lead-in's topic; the two groups hold three and two names."""
    got = _read("groups_after_a_topic_ja.txt")
    assert [label for label, *_ in got] == [
        "ボルドゥリア",
        "カルパチア",
        "ダルマチア",
        "エストバキア",
        "フリードニア",
    ]
    assert len({group for _, group, _, _ in got[:3]}) == 1
    assert got[0][1] != got[3][1] and got[3][1] == got[4][1]


def test_headings_in_capitals_over_unmarked_lines() -> None:
    """``FULL BAN`` over three names, ``PARTIAL RESTRICTIONS`` over two: two groups, the second short."""
    got = [(label, group) for label, group, _, _ in _read("capitals_headings_over_lines.txt")]
    assert got == [
        ("Borduria", "FULL BAN"),
        ("Carpathia", "FULL BAN"),
        ("Dalmatia", "FULL BAN"),
        ("Estovakia", "PARTIAL RESTRICTIONS"),
        ("Freedonia", "PARTIAL RESTRICTIONS"),
    ]


def test_a_block_mark_before_a_heading_is_no_part_of_its_group() -> None:
    """``▌全面禁止入境（3國）`` over ``A、B、C``: the group is ``全面禁止入境``."""
    got = [(label, group) for label, group, _, _ in _read("marked_headings_over_enumerations.txt")]
    assert [group for _, group in got] == ["全面禁止入境"] * 3 + ["部分限制入境"] * 2


def test_a_last_company_after_a_comma_with_its_english_name() -> None:
    """``…、乙公司（B Co., Ltd.），以及丙公司（C Corp.）。``: the last one after ``，以及`` is an item,
    however long its English name in parentheses."""
    got = parse_path(_path("companies_with_english_names_and_a_last_one_after_a_comma.txt")).mentions
    assert [(m.name_zh, m.name_en) for m in got] == [
        ("阿蘭德科技有限公司", "Aland Technology Co., Ltd."),
        ("博杜利亞精密機械股份有限公司", "Borduria Precision Machinery Co., Ltd."),
        ("卡爾帕西亞半導體公司", "Carpathia Semiconductor Corp."),
    ]


def test_english_posts_before_names_in_a_sentence() -> None:
    """``including Foreign Minister Jane Roe, defense minister John Doe, … and intelligence chief Peter
    Smith``: each person with the post before the name, in capitals or not."""
    got = [(label, attrs) for label, _, _, attrs in _read("english_posts_before_names_inline.txt")]
    assert got == [
        ("Jane Roe", ("Foreign Minister",)),
        ("John Doe", ("defense minister",)),
        ("Maria Rossi", ("central bank governor",)),
        ("Peter Smith", ("intelligence chief",)),
    ]


@pytest.mark.parametrize(
    ("item", "name", "post"),
    [
        ("Secretary of State Jane Roe", "Jane Roe", "Secretary of State"),
        (
            "Secretary of Health and Human Services John A. Doe Jr.",
            "John A. Doe Jr.",
            "Secretary of Health and Human Services",
        ),
        ("General Electric Company", "General Electric Company", None),
    ],
)
def test_an_english_post_before_a_name(item: str, name: str, post: str | None) -> None:
    """A post before an English person's name is an attribute; a company's name stays whole."""
    parts = parse_span(item, 0, len(item))
    assert parts.name_en == name
    assert [a.text for a in parts.attributes] == ([post] if post else [])


def test_posts_before_names_written_with_a_full_width_dot() -> None:
    """``外交部長珍．羅伊（Jane Roe）``: the full-width dot parts a transliterated name like ``・``."""
    got = parse_path(_path("posts_before_dotted_names_with_english_zh.txt")).mentions
    assert [(m.name_zh, m.name_en) for m in got] == [
        ("珍．羅伊", "Jane Roe"),
        ("約翰．杜伊", "John Doe"),
        ("瑪麗亞．羅西", "Maria Rossi"),
        ("彼得．史密斯", "Peter Smith"),
    ]
    assert [a.text for a in got[3].attributes] == ["情報首長"]


def test_a_dotted_list_after_a_pause_ending_its_lead_in() -> None:
    """``…対象に、アンゴラ・アンティグア・バーブーダ・…・トンガの7カ国を加える``: the pause ends the lead-in
    (no item ``一部制限する対象に``), and a country whose name CLDR writes with the dot is one item once the
    gazetteer joins its pieces again, as a run does (``knowledge.joined``)."""
    parsed = rejoin_known_names(
        parse_path(_path("nakaguro_separated_joined_places.txt")), builtin_gazetteer()
    )
    assert [m.label for m in parsed.mentions if m.kind is Kind.LIST] == [
        "アンゴラ",
        "アンティグア・バーブーダ",
        "ベナン",
        "ボスニア・ヘルツェゴビナ",
        "ドミニカ国",
        "トリニダード・トバゴ",
        "トンガ",
    ]
    assert [h.stated for h in parsed.headings] == [7]


def test_inline_triangle_marks_after_each_pause() -> None:
    """``対象は、▽A、▽B、▽Cの3か国です``: a pause before each mark but the first; the marks are no part of
    the names, and a run whose pauses fall elsewhere too is read no other way than before."""
    text = "甲国が入国制限\n\n対象となるのは、▽アランド、▽ボルドゥリア、▽カルパチアの3か国です。\n"
    got = parse_document(text_document(text, "a"))
    assert [m.label for m in got.mentions] == ["アランド", "ボルドゥリア", "カルパチア"]
    assert [h.stated for h in got.headings] == [3]
    mixed = "甲国が入国制限\n\n対象となるのは、▽アランド、▽ボルドゥリア▽カルパチアの3か国です。\n"
    assert not any("▽" in m.label for m in parse_document(text_document(mixed, "a")).mentions)


def test_the_first_name_after_a_long_japanese_lead_in_and_its_particle() -> None:
    """``…全面的に禁止する対象にアランド、ボルドゥリア、カルパチアの3カ国を加えた``: the first piece holds the
    lead-in up to its particle, then the first name; words in kana after the particle are no name."""
    text = (
        "甲国、入国禁止を拡大\n\n"
        "甲国政府は16日、入国を全面的に禁止する対象にアランド、ボルドゥリア、カルパチアの3カ国を加えた。\n"
    )
    got = parse_document(text_document(text, "a"))
    assert [m.label for m in got.mentions] == ["アランド", "ボルドゥリア", "カルパチア"]
    assert [h.stated for h in got.headings] == [3]
    lead = (
        "甲国、同盟を拡大\n\n"
        "甲国によると、正式加盟に準じる「協力国」として、アランド、ボルドゥリア、カルパチアの3カ国を招待した。\n"
    )
    assert [m.label for m in parse_document(text_document(lead, "a")).mentions] == [
        "アランド",
        "ボルドゥリア",
        "カルパチア",
    ]
