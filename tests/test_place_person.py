"""A person printed after their country and a blank, the post glued to the name (``甲国　ロー首相``,
``乙國 總理張三``), line by line or in a table's two columns: the person is the item, the country their
place, the post their title. Countries are CLDR's (real names in the articles' text); the people are
made up."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import AttributeKind, Mention
from sources.registry import parse_path

JA_HEAD = "首脳会議\n\n2025年6月16日 甲通信\n\n出席した首脳は次の通り。\n\n"
ZH_HEAD = "峰會登場\n\n甲報 2025年6月16日\n\n出席的領袖包括：\n\n"


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind.value == "list"]


def _said(m: Mention) -> list[tuple[str, str]]:
    return [(a.kind.value, a.text) for a in m.attributes]


def test_japanese_lines_of_a_country_then_a_person_with_a_post_list_the_people(tmp_path: Path) -> None:
    text = JA_HEAD + "・カナダ　ロー首相（議長）\n・フランス　ボルド大統領\n・日本　山田太郎首相\n"
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == ["ロー", "ボルド", "山田太郎"]
    assert _said(read[0]) == [("title", "首相"), ("title", "議長"), ("place", "カナダ")]
    assert _said(read[1]) == [("title", "大統領"), ("place", "フランス")]


def test_a_numbered_line_with_a_country_cldr_does_not_name_so_keeps_the_person_too(tmp_path: Path) -> None:
    text = JA_HEAD + "1. カナダ ロー首相\n2. 米国 ボルド大統領\n3. 日本 山田太郎首相\n"
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == ["ロー", "ボルド", "山田太郎"]
    assert _said(read[1]) == [("other", "米国"), ("title", "大統領")]
    assert _said(read[2]) == [("place", "日本"), ("title", "首相")]


def test_chinese_bullets_of_a_country_then_a_post_and_a_name_are_one_item_each(tmp_path: Path) -> None:
    """Before: ``加拿大`` and ``總理張三`` were read as two names tied on one line."""
    text = ZH_HEAD + "- 加拿大 總理張三\n- 法國 總統李四\n- 日本 首相王五\n"
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == ["張三", "李四", "王五"]
    assert _said(read[0]) == [("place", "加拿大"), ("title", "總理")]


def test_a_table_headed_country_then_leader_lists_the_leaders(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>{c}</td><td>{n}</td><td>{t}</td></tr>"
        for c, n, t in [("加拿大", "張三", "總理"), ("法國", "李四", "總統"), ("日本", "王五", "首相")]
    )
    html = (
        '<html><head><meta property="og:site_name" content="甲報"></head><body><article><h1>峰會</h1>'
        f"<p>三國領袖出席：</p><table><tr><th>國家</th><th>領袖</th><th>職銜</th></tr>{rows}</table>"
        "</article></body></html>"
    )
    read = _read(tmp_path, html, ".html")
    assert [m.name_zh for m in read] == ["張三", "李四", "王五"]
    assert ("place", "法國") in _said(read[1]) and ("title", "總統") in _said(read[1])


def test_a_note_in_brackets_after_an_english_post_is_the_items_own(tmp_path: Path) -> None:
    text = (
        "Leaders meet\n\nBy Staff | June 16, 2025\n\nThe summit brought together:\n\n"
        "* Jane Roe, Prime Minister of Canada (host)\n* John Doe, President of France\n"
        "* Mary Major, Prime Minister of Japan\n"
    )
    read = _read(tmp_path, text)
    assert [m.name_en for m in read] == ["Jane Roe", "John Doe", "Mary Major"]
    assert _said(read[0]) == [("title", "Prime Minister"), ("place", "Canada"), ("other", "host")]


def test_a_country_then_a_note_of_what_applies_stays_the_countrys_item(tmp_path: Path) -> None:
    text = (
        "免簽國家\n\n甲報 2025年6月16日\n\n適用國家如下：\n\n"
        "1. 加拿大　外交、公務護照\n2. 法國　外交、公務護照\n3. 日本　外交、普通護照\n"
    )
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == ["加拿大", "法國", "日本"]
    assert all(a.kind is not AttributeKind.TITLE for m in read for a in m.attributes)


def test_a_phrase_in_lower_case_after_a_names_colon_is_what_applies_to_it(tmp_path: Path) -> None:
    """Before: ``Aland: diplomatic, service passports`` was read whole as the name."""
    text = (
        "Visa waiver\n\nBy Staff | June 16, 2025\n\nThe countries are:\n\n"
        "- Aland: diplomatic, service passports\n- Borduria: diplomatic, service passports\n"
        "- Carpathia: ordinary passports\n"
    )
    read = _read(tmp_path, text)
    assert [m.name_en for m in read] == ["Aland", "Borduria", "Carpathia"]
    assert _said(read[2]) == [("other", "ordinary passports")]


def test_what_a_company_does_after_a_dash_or_comma_is_said_of_it_not_its_name(tmp_path: Path) -> None:
    """Before: ``Aland Shipping Co. — operator of three tankers`` was read whole as the name (a calling of
    more than two words)."""
    text = (
        "Sanctions\n\nBy Staff | March 3, 2025\n\nThe Treasury named the following companies:\n\n"
        "- Aland Shipping Co. — operator of three tankers\n- Carpathia Trading LLC, broker of cargoes\n"
        "- Zembla Oil FZE — buyer\n"
    )
    read = _read(tmp_path, text)
    assert [m.name_en.rstrip(".") for m in read] == [
        "Aland Shipping Co",
        "Carpathia Trading LLC",
        "Zembla Oil FZE",
    ]
    assert [_said(m) for m in read] == [
        [("other", "operator of three tankers")],
        [("other", "broker of cargoes")],
        [("other", "buyer")],
    ]
