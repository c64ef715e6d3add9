"""Lists of companies as sanctions notices print them: registered names at full length, a column of
places in brackets, names in Latin letters inside a Chinese list, and aliases (``a.k.a.``)."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import Kind, Mention
from sources.layouts._item import parse_item
from sources.registry import parse_document


def _read(text: str) -> list[Mention]:
    return [m for m in parse_document(text_document(text, "t")).mentions if m.kind is Kind.LIST]


def _others(m: Mention) -> list[str]:
    return [a.text for a in m.attributes]


def test_a_company_s_full_registered_name_is_one_item_of_a_sentence() -> None:
    text = "甲國通訊社\n2025年3月21日\n\n甲國財政部20日宣布制裁乙省丙市丁戊大灣區石化碼頭倉儲有限公司、"
    text += "己庚石化有限公司、辛壬航運有限公司和癸子航運有限公司等4家實體。\n"
    assert [m.name_zh for m in _read(text)] == [
        "乙省丙市丁戊大灣區石化碼頭倉儲有限公司",
        "己庚石化有限公司",
        "辛壬航運有限公司",
        "癸子航運有限公司",
    ]


CHINESE_LIST = (
    "甲國制裁多家企業\n甲國通訊社\n2025年3月21日\n\n甲國財政部20日宣布制裁以下實體：\n"
    "一、乙丙石化有限公司（乙國）\n二、丁戊碼頭倉儲有限公司（乙國）\n三、己庚航運有限公司（丙國）\n"
    "四、辛壬航運有限公司（丙國）\n五、Acme Trading FZE（丁國）\n"
)


def test_a_latin_named_company_s_bracket_in_a_column_of_places_is_its_place() -> None:
    read = _read(CHINESE_LIST)
    last = read[-1]
    assert (last.name_zh, last.name_en, _others(last)) == ("", "Acme Trading FZE", ["丁國"])
    assert [_others(m) for m in read[:4]] == [["乙國"], ["乙國"], ["丙國"], ["丙國"]]


def test_a_person_s_chinese_name_after_a_latin_name_stays_a_name() -> None:
    text = CHINESE_LIST.replace("Acme Trading FZE（丁國）", "Jane Roe（羅珍）")
    last = _read(text)[-1]
    assert (last.name_zh, last.name_en) == ("羅珍", "Jane Roe")


ENGLISH_LIST = (
    "Test Wire\nMarch 20, 2025\n\nThe Treasury Department on Thursday sanctioned the following entities:\n\n"
    "1. Aland Petrochemical Co., Ltd. (Aland)\n2. Borduria Terminal Storage Co., Ltd. (Aland)\n"
    "3. Crane Shipping Co Ltd, a.k.a. Crane Marine (Borduria)\n4. Delta Shipping Co., Limited (Borduria)\n"
    "5. Echo Trading FZE (Carpathian Republic)\n\nThe designations freeze any U.S. assets.\n"
)


def test_a_column_of_places_in_brackets_holds_no_other_name() -> None:
    read = _read(ENGLISH_LIST)
    assert [_others(m) for m in read] == [
        ["Aland"],
        ["Aland"],
        ["Borduria"],
        ["Borduria"],
        ["Carpathian Republic"],
    ]
    assert read[-1].aliases == ()


def test_an_alias_after_a_k_a_is_no_part_of_the_name() -> None:
    crane = _read(ENGLISH_LIST)[2]
    assert (crane.name_en, crane.aliases) == ("Crane Shipping Co Ltd", ("Crane Marine",))
    parts = parse_item("Acme Co., Ltd., also known as Acme Marine")
    assert (parts.name_en, parts.aliases) == ("Acme Co., Ltd", ("Acme Marine",))
