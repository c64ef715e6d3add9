"""An earlier value printed after an item's value: ``甲國20%（原46%）``, ``Aland 20% (was 46%)``,
``甲国：20%（此前为46%）``, ``甲国　20%（従来46%）``, in lines, tables, HTML lists and sentences. The later
value is the item's earlier one, labelled by the words that date it (as ``由`` / ``from`` label the first
value of a change), not by its place (``(2)``, ``稅率 (2)``); a second value no such word dates keeps
its place's label."""

from __future__ import annotations

from pathlib import Path

from document_fixtures import text_document

from pipeline.lang.value_words import earlier_label
from pipeline.models import Kind, ParseResult
from sources.registry import parse_document, parse_path

Read = list[tuple[str, list[tuple[float | None, str]]]]


def _items(res: ParseResult) -> Read:
    return [(m.label, [(v.number, v.column) for v in m.values]) for m in res.mentions if m.kind is Kind.LIST]


def _read(text: str) -> Read:
    return _items(parse_document(text_document(text)))


def _html(tmp_path: Path, body: str) -> Read:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    return _items(parse_path(page))


def test_the_words_that_date_a_value() -> None:
    assert earlier_label("（原") == "原"
    assert earlier_label(" (was ") == "was"
    assert earlier_label("（此前为") == "此前为"
    assert earlier_label(", down from ") == "down from"
    assert earlier_label("（") == ""  # a bracket alone dates nothing
    assert earlier_label("、甲票") == ""  # a part's label is no earlier value


def test_lines_of_a_rate_and_its_earlier_rate_in_a_table() -> None:
    text = (
        "甲方調整關稅\n\n甲方公布新稅率如下：\n\n國家　　稅率\n甲國　　20%（原46%）\n乙國　　25%（原30%）\n"
        "丙國　　15%（原40%）\n\n新稅率下月生效。\n"
    )
    assert _read(text)[:2] == [("甲國", [(20, "稅率"), (46, "原")]), ("乙國", [(25, "稅率"), (30, "原")])]


def test_an_html_table_of_rates_and_earlier_rates(tmp_path: Path) -> None:
    body = (
        "<h1>New tariffs</h1><p>The new rates:</p><table><tr><th>Country</th><th>Rate</th></tr>"
        "<tr><td>Aland</td><td>20% (was 46%)</td></tr><tr><td>Borduria</td><td>25% (was 30%)</td></tr>"
        "<tr><td>Carpania</td><td>15% (was 40%)</td></tr></table>"
    )
    assert _html(tmp_path, body)[0] == ("Aland", [(20, "Rate"), (46, "was")])


def test_bullets_with_a_colon_and_an_earlier_rate() -> None:
    text = (
        "New tariffs\n\nThe new rates are:\n\n- Aland: 20% (previously 46%)\n"
        "- Borduria: 25% (previously 30%)\n"
        "- Carpania: 15% (previously 40%)\n\nThey take effect next month.\n"
    )
    assert _read(text)[1] == ("Borduria", [(25, ""), (30, "previously")])


def test_japanese_lines_of_an_earlier_rate() -> None:
    text = (
        "新関税\n\n新税率は次の通り。\n\n甲国　20%（従来46%）\n乙国　25%（従来30%）\n"
        "丙国　15%（従来40%）\n\n来月発効する。\n"
    )
    assert _read(text)[0] == ("甲国", [(20, ""), (46, "従来")])


def test_simplified_lines_after_a_colon() -> None:
    text = (
        "新关税\n\n甲方公布新税率如下：\n\n甲国：20%（此前为46%）\n乙国：25%（此前为30%）\n"
        "丙国：15%（此前为40%）\n\n下月生效。\n"
    )
    assert _read(text)[2] == ("丙国", [(15, ""), (40, "此前为")])


def test_inline_enumerations_with_earlier_rates() -> None:
    zh = "新關稅\n\n甲方公布新稅率：甲國20%（原46%）、乙國25%（原30%）、丙國15%（原40%）。\n"
    assert _read(zh)[0] == ("甲國", [(20, ""), (46, "原")])
    en = (
        "New tariffs\n\nThe new rates: Aland 20% (was 46%), Borduria 25% (was 30%) "
        "and Carpania 15% (was 40%).\n"
    )
    assert _read(en)[2] == ("Carpania", [(15, ""), (40, "was")])


def test_a_second_value_no_word_dates_keeps_its_place_label(tmp_path: Path) -> None:
    body = (
        "<h1>Rates</h1><p>The rates:</p><table><tr><th>Country</th><th>Rate</th></tr>"
        "<tr><td>Aland</td><td>20% (46%)</td></tr><tr><td>Borduria</td><td>25% (30%)</td></tr>"
        "<tr><td>Carpania</td><td>15% (40%)</td></tr></table>"
    )
    assert _html(tmp_path, body)[0] == ("Aland", [(20, "Rate"), (46, "Rate (2)")])


def test_a_change_from_and_to_keeps_its_words() -> None:
    text = "新關稅\n\n各國變化如下：\n\n甲國：由46%調降至20%\n乙國：由30%調降至25%\n丙國：由40%調降至15%\n"
    assert _read(text)[0] == ("甲國", [(46, "由"), (20, "調降至")])
