"""The text list layouts on small hand-written inputs: item splitting, headings, counts, groups,
parents, and whole fixture articles in layouts the bundled example does not use (Simplified-Chinese
bullets, an English numbered list, roman numerals, Chinese ordinals, a table whose non-UN column
comes first). The organizations in the fixtures are invented: the layouts must not know names."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from document_fixtures import text_document

from pipeline.group_labels import label_words, match_label
from pipeline.lang.count_binding import part_of_a_larger
from pipeline.lang.leads import lead_says_selection
from pipeline.lang.numbers import chinese_numeral
from pipeline.lang.scripts import is_japanese_text
from pipeline.models import AttributeKind, Kind
from sources.base import Document
from sources.items import split_item
from sources.layouts._counts import find_count, lead_in_count, split_count_label
from sources.layouts._headings import group_label
from sources.layouts._item import parse_item
from sources.layouts._item_parts import ItemParts
from sources.layouts._records import resolve_parents
from sources.layouts._values import roman_value
from sources.layouts.category_table import split_cell
from sources.registry import LAYOUTS, parse_document, parse_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "text"


def _doc(text: str, doc_id: str = "t") -> Document:
    return text_document(text, doc_id)


# --------------------------------------------------------------------------- one item


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("甲乙組織（Alpha Organization）；", ItemParts("甲乙組織", "Alpha Organization")),
        ("甲乙公約（ABCD）、", ItemParts("甲乙公約", "", "ABCD")),
        ("甲乙水機制（Alpha-Water）", ItemParts("甲乙水機制", "Alpha-Water")),
        ("甲乙不能等（Alpha Cannot Wait）基金", ItemParts("甲乙不能等基金", "Alpha Cannot Wait")),
        (
            "甲乙中心（Alpha Centre，STCX，某某網註：成立於1990年，由甲國發起。）；",
            ItemParts("甲乙中心", "Alpha Centre", "STCX", (), "成立於1990年，由甲國發起"),
        ),
        (
            "甲乙促進丙丁署（即「丙丁署」，Alpha Entity for Beta）；",
            ItemParts("甲乙促進丙丁署", "Alpha Entity for Beta", "", ("丙丁署",)),
        ),
        (
            "甲乙框架（Alpha Programme on Beta, Gamma and Delta, AB-CD）；",
            ItemParts("甲乙框架", "Alpha Programme on Beta, Gamma and Delta", "AB-CD"),
        ),
        (
            "甲乙論壇（Forum on Mining, Minerals, Metals, and Growth）",
            ItemParts("甲乙論壇", "Forum on Mining, Minerals, Metals, and Growth"),
        ),
        ("甲乙研究組 Alpha Study Group", ItemParts("甲乙研究組", "Alpha Study Group")),
        ("甲乙委員會 Alpha Commission (ABC)", ItemParts("甲乙委員會", "Alpha Commission", "ABC")),
        (
            "21世紀甲乙網絡 Alpha Network for the 21st Century",
            ItemParts("21世紀甲乙網絡", "Alpha Network for the 21st Century"),
        ),
        ("甲乙聯盟 24/7 Alpha-Free Compact", ItemParts("甲乙聯盟", "24/7 Alpha-Free Compact")),
        ("Alpha Beta Fund (ABF)", ItemParts("", "Alpha Beta Fund", "ABF")),
        ("Alpha Beta Fund (甲乙基金)", ItemParts("甲乙基金", "Alpha Beta Fund")),
        ("「甲乙」基金會（Alpha Foundation）；", ItemParts("「甲乙」基金會", "Alpha Foundation")),
        (
            "甲乙聯盟（Alpha Alliance，亦是丙丁轄下單位）",
            ItemParts("甲乙聯盟", "Alpha Alliance", "", (), "亦是丙丁轄下單位"),
        ),
        ("甲乙聯盟（ABA,亦是丙丁轄下單位）", ItemParts("甲乙聯盟", "", "ABA", (), "亦是丙丁轄下單位")),
        (
            "甲乙組織（Alpha Organization，Editor's note: founded in 1990）",
            ItemParts("甲乙組織", "Alpha Organization", "", (), "founded in 1990"),
        ),
    ],
)
def test_parse_item_splits_names_acronyms_aliases_and_notes(item: str, expected: ItemParts) -> None:
    assert parse_item(item) == expected


@pytest.mark.parametrize(
    ("item", "zh", "en", "parent"),
    [
        ("甲乙丙丁理事會（ABCD）-戊己經濟委員會", "戊己經濟委員會", "", "ABCD"),
        ("ABCD-戊己經濟委員會", "戊己經濟委員會", "", "ABCD"),
        ("ABCD—庚辛經濟社會委員會", "庚辛經濟社會委員會", "", "ABCD"),
        (
            "甲乙理事會（Alpha Council, ABCD）——戊己委員會（Epsilon Commission）；",
            "戊己委員會",
            "Epsilon Commission",
            "ABCD",
        ),
        ("甲乙丙理事會——戊己委員會", "戊己委員會", "", "甲乙丙理事會"),
        ("ABCD - Epsilon Commission for Zeta", "", "Epsilon Commission for Zeta", "ABCD"),
    ],
)
def test_parent_constructions_keep_the_items_own_name(item: str, zh: str, en: str, parent: str) -> None:
    parts = parse_item(item)
    assert (parts.name_zh, parts.name_en, parts.parent) == (zh, en, parent)
    assert parts.acronym == ""


@pytest.mark.parametrize(
    "item",
    [
        "甲乙丙-丁戊中心",  # the left side is not a complete body
        "甲乙組織（Alpha Inter-Beta Organization）",  # a hyphen inside the English name
        "甲乙平台 Intergovernmental Science-Policy Platform",
        "甲乙 Office of the Secretary-General",
    ],
)
def test_hyphens_that_are_not_parent_constructions(item: str) -> None:
    assert parse_item(item).parent == ""


def test_repeated_acronym_and_shared_body_prefix_are_parents() -> None:
    items = [
        parse_item("甲乙理事會丙經濟委員會 Gamma Economic Commission (ABCD)"),
        parse_item("甲乙理事會丁戊經濟委員會 Delta Economic Commission (ABCD)"),
        parse_item("聯合國甲組織 UN Alpha Organization"),
        parse_item("聯合國乙基金 UN Beta Fund (UNBF)"),
    ]
    resolved = resolve_parents(items)
    assert [(p.name_zh, p.acronym, p.parent) for p in resolved] == [
        ("丙經濟委員會", "", "ABCD"),
        ("丁戊經濟委員會", "", "ABCD"),
        ("聯合國甲組織", "", ""),  # a shared prefix that is not itself a body stays in the name
        ("聯合國乙基金", "UNBF", ""),  # an acronym used once is the item's own
    ]


# --------------------------------------------------------------------------- headings and counts


@pytest.mark.parametrize(
    ("text", "label", "negated"),
    [
        ("第一部分：聯合國機構(共計31個)", "聯合國機構", False),
        ("第二部分：非聯合國體系的國際組織(共計35個)", "非聯合國體系的國際組織", True),
        ("一、非聯合國組織，共35個，包括：", "非聯合國組織", True),
        ("二、联合国组织，共31个，包括：", "联合国组织", False),
        ("全面禁止入境（12國）：", "全面禁止入境", False),
        ("不屬於聯合國的機構", "不屬於聯合國的機構", True),
        ("Full ban (12 countries):", "Full ban", False),
        ("Non-UN organizations (35)", "Non-UN organizations", True),
        ("Bodies not part of the UN", "Bodies not part of the UN", False),
        (
            "Organizations outside the United Nations system",
            "Organizations outside the United Nations system",
            False,
        ),
    ],
)
def test_group_label_and_its_negation(text: str, label: str, negated: bool) -> None:
    # a negation counts where it opens the label (非…, non-…) or closes it (…以外); inside a longer
    # phrase it is part of the label's own words
    assert group_label(text) == label
    assert label_words(label)[1] is negated


def test_a_phrase_names_the_group_whose_label_words_it_carries() -> None:
    printed = {"g1": ["聯合國機構", "聯合國組織"], "g2": ["非聯合國組織", "非聯合國體系的國際組織"]}
    assert match_label("聯合國轄下單位", printed) == "g1"
    assert match_label("非聯合國", printed) == "g2"  # same words, negated: the other group
    assert match_label("國際", printed) is None  # a generic word names no group
    bans = {"full": ["全面禁止入境", "Full ban"], "partial": ["部分限制入境", "Partial restrictions"]}
    assert match_label("部分限制的", bans) == "partial"
    assert match_label("partial restrictions", bans) == "partial"
    assert match_label("全面禁止", bans) == "full"
    assert match_label("入境", bans) is None  # shared by both labels: names neither clearly


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("第一部分：聯合國機構(共計31個)", 31),
        ("氣候、能源與環境（共18個）", 18),
        ("一、非聯合國組織，共35個，包括：", 35),
        ("联合国组织（共三十一个）", 31),
        ("非聯合國組織共十八個", 18),
        ("United Nations entities (31)", 31),
        ("35 non-UN organizations", 35),
        ("名單如下：", None),
    ],
)
def test_stated_counts(text: str, value: int | None) -> None:
    found = find_count(text)
    assert (found.value if found else None) == value


def test_numerals() -> None:
    assert [chinese_numeral(t) for t in ("一", "十", "十八", "三十一", "六十六", "一百零二", "兩百")] == [
        1,
        10,
        18,
        31,
        66,
        102,
        200,
    ]
    assert chinese_numeral("甲") is None
    assert [roman_value(t) for t in ("i", "iv", "ix", "xiv", "XL", "MMXXVI")] == [1, 4, 9, 14, 40, 2026]
    assert roman_value("iiii") is None and roman_value("vx") is None and roman_value("") is None


def test_table_labels_with_counts() -> None:
    assert split_count_label("氣候、能源與環境（共18個）") == ("氣候、能源與環境", 18)
    assert split_count_label("联合国组织（共31个）") == ("联合国组织", 31)
    assert split_count_label("Climate (18)") == ("Climate", 18)
    assert split_count_label("甲乙能源（Alpha Energy）") is None
    assert split_count_label("甲乙公約（1992）") is None
    assert split_count_label("（共18個）") is None


# --------------------------------------------------------------------------- 、 inside a cell


def _cell(text: str) -> list[str]:
    return [text[a:b] for a, b in split_cell(text, 0, len(text))]


def test_cell_split_joins_pieces_that_are_not_names() -> None:
    cell = (
        "甲乙聯盟（Alpha Alliance）、礦業、礦產、金屬與永續發展政府間論壇"
        "（Forum on Mining, Minerals, Metals）、丙丁研究所"
    )
    assert _cell(cell) == [
        "甲乙聯盟（Alpha Alliance）",
        "礦業、礦產、金屬與永續發展政府間論壇（Forum on Mining, Minerals, Metals）",
        "丙丁研究所",
    ]


def test_cell_split_keeps_short_complete_names_apart() -> None:
    assert _cell("甲盟、乙會、丙丁大學") == ["甲盟", "乙會", "丙丁大學"]
    assert _cell("甲乙、丙丁") == ["甲乙", "丙丁"]  # nothing complete to attach to: all stay separate
    assert _cell("大西洋甲乙夥伴關係、丙丁理事會（Gamma Council）") == [
        "大西洋甲乙夥伴關係",
        "丙丁理事會（Gamma Council）",
    ]


# --------------------------------------------------------------------------- whole fixture articles


def _parse(name: str):
    res = parse_path(FIXTURES / name)
    assert res.article is not None
    return res


def _by_name(res) -> dict[str, object]:
    return {m.name_zh or m.name_en: m for m in res.mentions}


def test_simplified_chinese_bullets() -> None:
    res = _parse("simplified_bullets.txt")
    assert res.article.layout == "bullets"
    assert res.article.date == "2025-11-03"
    assert res.article.title == "北方联邦宣布退出七个国际机构"
    assert [m.position for m in res.mentions] == list(range(1, 8))
    assert Counter(m.group for m in res.mentions) == {"联合国机构": 4, "非联合国组织": 3}
    assert [(h.group, h.stated) for h in res.headings] == [("联合国机构", 4), ("非联合国组织", 3)]
    by = _by_name(res)
    assert by["联合国极地观测基金"].name_en == "UN Polar Observation Fund"
    assert by["联合国极地观测基金"].acronym == "UNPOF"
    assert by["联合国山地事务署"].aliases == ("山地署",)
    assert by["联合国河流论坛"].name_en == "" and by["联合国河流论坛"].group == "联合国机构"
    assert by["北方海洋观测联盟"].note.startswith("2001年成立")
    assert by["国际灯塔协会"].acronym == "ILA"
    # the related-news bullets after the body are not list items
    assert not any("出访" in m.name_zh or "股市" in m.name_zh for m in res.mentions)


def test_english_numbered_list_with_united_nations_headings() -> None:
    res = _parse("english_numbered.txt")
    assert res.article.layout == "numbered-list"
    assert res.article.title == "Country X leaves nine international bodies"
    assert len(res.mentions) == 9
    outside = "Organizations outside the United Nations system"
    assert Counter(m.group for m in res.mentions) == {"United Nations entities": 4, outside: 5}
    assert [(h.group, h.stated) for h in res.headings] == [("United Nations entities", 4), (outside, 5)]
    by = _by_name(res)
    assert by["UN Office for Desert Affairs"].acronym == "UNODA-X"
    assert by["Global Forum on Kelp, Seagrass, and Coastal Habitats"].group == outside
    assert by["Secretariat for Glaciers"].parent == "Council of Mountain States"
    assert all(m.name_zh == "" for m in res.mentions)
    assert not any("trade pact" in m.name_en for m in res.mentions)


def test_roman_numerals() -> None:
    res = _parse("roman_numerals.txt")
    assert res.article.layout == "roman-numerals"
    assert res.article.title == "The Assembly's list of bodies to be wound down"
    assert [m.name_en for m in res.mentions] == [
        "Panel on Ice Sheets",
        "Office of the Special Envoy for Deserts",
        "Trust Fund for Lighthouses",
        "Alliance of Coastal Cities",
        "International Kelp Council",
        "Working Group on Tides",
    ]
    assert [m.group for m in res.mentions] == ["Bodies of the United Nations"] * 3 + ["Non-UN bodies"] * 3
    assert [m.acronym for m in res.mentions] == ["PIS", "", "", "", "IKC", ""]
    assert res.article.body_end == res.article.text.index("Copyright")


def test_roman_numerals_with_dots_inline() -> None:
    text = "Bodies to close (4):\ni. Alpha Council\nii. Beta Fund (BF)\niii. Gamma Office\niv. Delta Forum\n"
    res = parse_document(_doc(text))
    assert res.article.layout == "roman-numerals"
    assert [m.name_en for m in res.mentions] == ["Alpha Council", "Beta Fund", "Gamma Office", "Delta Forum"]
    # the one count-only heading over the whole list is a total, not a category
    assert [(h.label, h.group, h.category, h.stated) for h in res.headings] == [
        ("Bodies to close (4):", "", None, 4)
    ]
    assert all(m.category is None for m in res.mentions)


def test_count_headings_between_runs_are_categories() -> None:
    text = (
        "Withdrawals (6):\n\nUnited Nations bodies (6)\n\n"
        "Climate (3)\n- Alpha Council\n- Beta Fund\n- Gamma Office\n"
        "Peace (3)\n- Delta Forum\n- Epsilon Panel\n- Zeta Board\n"
    )
    res = parse_document(_doc(text))
    assert res.article.layout == "bullets"
    # 6 = 3 + 3: the two lower headings are categories of the one above; the first, over all, a total
    assert [(h.label, h.group, h.category, h.stated) for h in res.headings] == [
        ("Withdrawals (6):", "", None, 6),
        ("United Nations bodies (6)", "United Nations bodies", None, 6),
        ("Climate (3)", "United Nations bodies", "Climate", 3),
        ("Peace (3)", "United Nations bodies", "Peace", 3),
    ]
    assert [m.category for m in res.mentions] == ["Climate"] * 3 + ["Peace"] * 3
    assert all(m.group == "United Nations bodies" for m in res.mentions)


def test_chinese_ordinals_without_sections() -> None:
    res = _parse("chinese_ordinals.txt")
    assert res.article.layout == "chinese-ordinals"
    assert [m.name_zh for m in res.mentions] == [
        "聯合國冰川觀測署",
        "聯合國海鳥保護基金",
        "北方海洋觀測聯盟",
        "國際燈塔協會",
        "南方鹽湖研究所",
    ]
    assert all(m.group == "" and m.category is None for m in res.mentions)
    assert res.mentions[1].acronym == "UNSPF"
    assert res.mentions[3].name_en == "" and res.mentions[3].acronym == ""
    assert res.headings == ()  # "名單如下：" names no part and states no count


def test_chinese_ordinal_items_under_ordinal_section_headings() -> None:
    text = (
        "一、聯合國機構（共3個）：\n甲、無關\n"
        "一、聯合國甲署（UN Alpha Agency）\n二、聯合國乙基金\n三、聯合國丙論壇\n\n"
        "二、非聯合國組織（共3個）：\n一、丁戊聯盟\n二、己庚協會（GA）\n三、辛壬研究所\n"
    )
    res = parse_document(_doc(text))
    assert res.article.layout == "chinese-ordinals"
    assert [m.position for m in res.mentions] == list(range(1, 7))
    assert Counter(m.group for m in res.mentions) == {"聯合國機構": 3, "非聯合國組織": 3}
    assert [(h.label, h.stated) for h in res.headings] == [
        ("聯合國機構（共3個）：", 3),
        ("非聯合國組織（共3個）：", 3),
    ]


def test_category_table_uses_column_order_for_sections() -> None:
    res = _parse("category_table_nonun_first.txt")
    assert res.article.layout == "category-table"
    got = [(m.name_zh, m.group, m.category) for m in res.mentions]
    non_un, un = "非聯合國組織", "聯合國組織"
    assert got == [
        ("北方海洋觀測聯盟", non_un, "環境"),
        ("冰川、凍土與極地研究政府間小組", non_un, "環境"),
        ("聯合國沙漠治理委員會", un, "環境"),
        ("聯合國河流論壇", un, "環境"),
        ("國際燈塔協會", non_un, "安全"),
        ("跨洋漁業研究中心", non_un, "安全"),
        ("聯合國和平基金", un, "安全"),
    ]
    assert res.mentions[1].acronym == "IGGP"
    assert res.mentions[6].name_en == "Peace"  # English written in the middle of the Chinese name
    assert [(h.label, h.group, h.category, h.stated) for h in res.headings] == [
        ("非聯合國組織（共4個）", non_un, None, 4),
        ("聯合國組織（共3個）", un, None, 3),
        ("環境", "", "環境", 4),
        ("安全", "", "安全", 3),
    ]
    # the "(共3則)" line in the related-news tail is not a category row
    assert all(m.end <= res.article.body_end for m in res.mentions)


def test_a_table_split_over_lines_and_a_cell_with_a_blank_inside() -> None:
    text = (
        "本文列出名單如下，這一段是正文，說明名單來源與統計方式，長度足以作為正文段落。\n\n"
        "UN bodies (3)\nNon-UN bodies (2)\n"
        "氣候（3）\n聯合國甲署（UN Alpha Agency）、聯合國乙 基金\n丙丁聯盟（Gamma Alliance）\n"
        "安全（2）\n聯合國戊論壇\n己庚研究所\n\n其後是無關的段落。"
    )
    res = parse_document(_doc(text))
    assert res.article.layout == "category-table"
    assert [(m.name_zh, m.group, m.category) for m in res.mentions] == [
        ("聯合國甲署", "UN bodies", "氣候"),
        ("聯合國乙基金", "UN bodies", "氣候"),
        ("丙丁聯盟", "Non-UN bodies", "氣候"),
        ("聯合國戊論壇", "UN bodies", "安全"),
        ("己庚研究所", "Non-UN bodies", "安全"),
    ]


def test_mentions_carry_spans_of_their_items() -> None:
    res = _parse("simplified_bullets.txt")
    text = res.article.text
    for m in res.mentions:
        quote = text[m.start : m.end]
        assert m.kind is Kind.LIST
        assert m.name_zh in quote and m.name_en in quote and m.acronym in quote
        assert not quote.startswith("●")


def test_prose_with_numbered_paragraphs_is_not_a_list() -> None:
    text = (
        "1. 政府表示，這項決定經過長時間評估。外交部將於下週說明細節，並回答記者提問。\n"
        "2. 反對黨批評此舉倉促，要求國會召開聽證會。多名議員表示將提出質詢。\n"
        "3. 學者認為，此舉將影響國際合作。他們呼籲政府重新考慮。\n"
    )
    res = parse_document(_doc(text))
    assert res.article.layout == ""
    assert res.mentions == ()
    assert [p.code for p in res.problems] == ["no-list"]


def test_every_text_layout_is_registered() -> None:
    assert {
        "numbered-rows",
        "enumerated",
        "category-table",
        "bullets",
        "roman-numerals",
        "chinese-ordinals",
        "numbered-list",
    } <= set(LAYOUTS)


def test_a_flattened_table_cell_with_a_blank_inside_is_joined_back() -> None:
    text = (
        "本文列出名單如下，這一段是正文，說明名單來源與統計方式，長度足以作為正文段落。\n\n"
        "聯合國組織（共3個） 非聯合國組織（共1個） 氣候（共4個） "
        "聯合國甲署（UN Alpha Agency）、聯合國乙 基金、"
        "聯合國丙論壇 丁戊聯盟（Delta Alliance）\n"
    )
    res = parse_document(_doc(text))
    assert res.article.layout == "category-table"
    assert [(m.name_zh, m.group) for m in res.mentions] == [
        ("聯合國甲署", "聯合國組織"),
        ("聯合國乙基金", "聯合國組織"),
        ("聯合國丙論壇", "聯合國組織"),
        ("丁戊聯盟", "非聯合國組織"),
    ]


def test_an_other_heading_after_a_group_heading_is_the_other_group() -> None:
    text = "第一部分：甲類機構\n● 甲乙基金\n● 丙丁委員會\n其他組織：\n● 戊己論壇\n● 庚辛研究所\n"
    res = parse_document(_doc(text))
    groups = {m.name_zh: m.group for m in res.mentions}
    assert groups == {
        "甲乙基金": "甲類機構",
        "丙丁委員會": "甲類機構",
        "戊己論壇": "其他組織",
        "庚辛研究所": "其他組織",
    }


def test_an_annotation_wrapped_onto_the_next_line_stays_with_its_item() -> None:
    text = (
        "一、非聯合國組織，共3個，包括：\n"
        "1、甲乙基金（Alpha Beta Fund，編者註：成立於1990年，\n"
        "總部設於某地。）；\n"
        "2、丙丁委員會（Gamma Delta Commission）；\n"
        "3、戊己論壇（Epsilon Forum，EF）。\n"
    )
    res = parse_document(_doc(text))
    by_zh = {m.name_zh: m for m in res.mentions}
    assert list(by_zh) == ["甲乙基金", "丙丁委員會", "戊己論壇"]
    first = by_zh["甲乙基金"]
    assert first.name_en == "Alpha Beta Fund"
    assert "總部設於某地" in first.note and "總部" not in first.name_zh
    assert text[first.start : first.end].endswith("總部設於某地。）；")
    assert by_zh["戊己論壇"].acronym == "EF"


@pytest.mark.parametrize(
    "lead",
    ["將免簽政策擴大至", "免簽範圍擴及", "新政策適用於", "入境限制由今日起延伸到"],
)
def test_an_inline_run_after_a_verb_of_extending_starts_at_its_first_name(lead: str) -> None:
    """``…擴大至甲國、乙國、丙國和丁國等4國``: the verb and its ``至`` / ``到`` / ``於`` lead in; the first
    item is the first name, not the clause before it."""
    text = f"某國外交部22日宣布，自下月起，{lead}甲國、乙國、丙國和丁國等4國，為期一年。\n"
    res = parse_document(_doc(text))
    assert [m.name_zh for m in res.mentions if m.kind is Kind.LIST] == ["甲國", "乙國", "丙國", "丁國"]


def test_a_list_of_people_going_on_in_the_next_sentence_is_one_list() -> None:
    """``…包括甲國駐乙市特別行政區某某公署署長張三、…。還有…以及…。``: posts naming their bodies at length
    before each name, and the list going on after a full stop with ``還有``: one list of six, each name
    with its post. Names of another kind after ``還有`` (countries, not titled people) are no part of it."""
    text = (
        "某國宣布制裁6名官員。\n\n制裁的6位官員，包括甲國中央政府駐乙市特別行政區維護安全公署署長張三、"
        "乙市特別行政區維護安全委員會秘書長李四、乙市警務處處長王五。\n"
        "還有乙市警務處助理處長趙六、乙市警務處助理處長孫八以及乙市特別行政區律政司司長錢七。\n\n"
        "還有甲國、乙國、丙國以及丁國表示反對。\n"
    )
    res = parse_document(_doc(text))
    got = [(m.name_zh, [a.text for a in m.attributes]) for m in res.mentions if m.kind is Kind.LIST]
    assert [name for name, _ in got] == ["張三", "李四", "王五", "趙六", "孫八", "錢七"]
    assert got[0][1][-1] == "署長" and "甲國中央政府駐乙市特別行政區維護安全公署" in got[0][1]
    assert [h.stated for h in res.headings] == [6]


@pytest.mark.parametrize(
    ("line", "post"),
    [
        (
            "張三，甲國中央政府駐乙市特別行政區維護安全公署署長",
            "甲國中央政府駐乙市特別行政區維護安全公署署長",
        ),
        ("李四，乙市警務處助理處長（國家安全）", "乙市警務處助理處長（國家安全）"),
    ],
)
def test_a_long_post_after_a_name_and_a_comma_is_its_title(line: str, post: str) -> None:
    split = split_item(line, 0, len(line))
    assert line[split.name_start : split.name_end] == line.split("，")[0]
    assert [(a.kind, a.text) for a in split.attributes] == [(AttributeKind.TITLE, post)]


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("The rates for the 10 largest partners on the chart (tariff charged to the U.S. in brackets):", 10),
        ("Rates for the 10 largest partners (in brackets, the tariff they charge):", 10),
        ("美方公布的主要經濟體稅率（括號內為對方稅率），共10個：", 10),
        ("The order, signed by 3 officials on Monday, covers 12 countries:", None),  # which counts the list?
        ("The order covers 12 countries. These face the steepest:", None),  # a sentence before the lead-in
        ("The rates for the largest partners:", None),
    ],
)
def test_a_lead_in_line_states_its_one_count(line: str, stated: int | None) -> None:
    count = lead_in_count(line)
    assert (count.value if count else None) == stated


@pytest.mark.parametrize(
    ("printed", "acronym", "english"),
    [("ＥＵ", "EU", ""), ("ＷＨＯ", "WHO", ""), ("Ｇ７", "", "G7")],
)
def test_latin_letters_set_full_width_are_read_as_latin(printed: str, acronym: str, english: str) -> None:
    parts = parse_item(printed)
    assert (parts.acronym, parts.name_en, parts.name_zh) == (acronym, english, "")


@pytest.mark.parametrize(
    ("text", "value", "part"),
    [
        ("某國宣布退出66個國際組織，其中包括31個聯合國相關機構。", 31, True),
        ("withdrawing from 66 international organizations, including 31 UN entities.", 31, True),
        ("66の国際機関のうち31機関は国連の機関だ。", 31, True),
        ("某國宣布退出66個國際組織。", 66, False),
        ("其中包括31個聯合國相關機構。", 31, False),  # no larger count before it
    ],
)
def test_a_count_set_apart_as_a_part_of_a_larger_one(text: str, value: int, part: bool) -> None:
    assert part_of_a_larger(text, value) is part


@pytest.mark.parametrize(
    ("text", "japanese"),
    [
        ("米、66の国際機関から脱退へ。トランプ米大統領は7日、覚書に署名した。", True),
        ("美國總統川普7日簽署備忘錄，宣布退出66個國際組織。台灣の讀者。", False),  # one Japanese particle
        ("The president signed a memorandum.", False),
    ],
)
def test_a_text_written_in_japanese(text: str, japanese: bool) -> None:
    assert is_japanese_text(text) is japanese


def test_a_bullets_own_marker_is_no_lead_in_of_its_list() -> None:
    text = "Some news about it.\n\nAmong them:\n\n- Alpha Fund\n- Beta Agency\n"
    assert lead_says_selection(text, text.index("Alpha"))


def test_a_lead_in_that_ends_a_long_paragraph_is_its_last_sentence() -> None:
    """A dateline paragraph tells its news, then leads in the list in its last sentence: the paragraph
    is longer than a lead-in, its last sentence is one (and counts the list)."""
    news = (
        "ALAND CITY — The president-elect of Aland moved at speed this week to fill the posts of his new "
        "government. These are the five nominees announced since Monday whose posts need a vote of the Diet:"
    )
    posts = [
        "Foreign Minister",
        "Defence Minister",
        "Finance Minister",
        "Interior Minister",
        "Trade Minister",
    ]
    names = ["Jane Roe", "John Doe", "Maria Rossi", "Hans Muster", "Erika Mustermann"]
    text = (
        news + "\n\n" + "\n".join(f"{p}: {n}" for p, n in zip(posts, names, strict=True)) + "\n\nMore soon.\n"
    )
    assert len(news) > 160
    res = parse_document(_doc(text))
    assert [m.name_en for m in res.mentions] == names
    assert [h.stated for h in res.headings] == [5]
