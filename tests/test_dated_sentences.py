"""Groups told in Chinese sentences a date each (``sources/layouts/_inline_dated_sentences.py``): a
sentence of one or two names and its date, then sentences of counted names and theirs, one paragraph
read whole, a group a date, where a count above numbers all the names; left unread where no count does or
one dated sentence is of another shape (read in part, the groups would accuse the outlet). Made-up
articles; the expected readings are written from them."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import Kind, Mention
from sources.registry import parse_document

LEAD_TW = (
    "甲國擴大簽證保證金試點至7國\n2026年1月6日 甲報\n\n"
    + "甲國國務院表示，已將7個國家列入簽證保證金試點名單。\n\n"
)
LEAD_CN = (
    "甲国扩大签证保证金试点至7国\n2026年1月6日 甲报\n\n"
    + "甲国国务院表示，已将7个国家列入签证保证金试点名单。\n\n"
)
TAIL = "\n\n分析人士指出，保證金金額相當可觀。\n"


def _read(text: str) -> list[Mention]:
    result = parse_document(text_document(text, "t"))
    return [m for m in result.mentions if m.kind is Kind.LIST]


def _groups(text: str) -> list[tuple[str, str]]:
    return [(m.group, m.label) for m in _read(text)]


def test_traditional_sentences_a_date_each_are_read_whole() -> None:
    body = (
        "該試點於2025年8月20日首先對乙國和丙國實施。丁國自2025年10月11日起適用。"
        "戊國、己國、庚國3國自2026年1月1日起適用。"
    )
    first, second, third = "2025年8月20日", "2025年10月11日", "2026年1月1日"
    assert _groups(LEAD_TW.replace("7", "6") + body + TAIL) == [
        (first, "乙國"),
        (first, "丙國"),
        (second, "丁國"),
        (third, "戊國"),
        (third, "己國"),
        (third, "庚國"),
    ]


def test_simplified_sentences_a_date_each_with_a_name_holding_a_joiner() -> None:
    body = (
        "该试点于2025年8月20日首先对乙国和丙国实施。丁国自2025年10月11日起适用。"
        "戊国、圣己和庚、辛国、壬国4国自2026年1月1日起适用。"
    )
    got = _groups(LEAD_CN + body + TAIL)
    assert [label for _, label in got] == ["乙国", "丙国", "丁国", "戊国", "圣己和庚", "辛国", "壬国"]
    assert [group for group, _ in got].count("2026年1月1日") == 4


def test_dated_sentences_no_count_above_numbers_are_left_unread() -> None:
    lead = "甲國簽證保證金試點擴大\n2026年1月6日 甲報\n\n甲國國務院更新簽證保證金試點名單。\n\n"
    body = "該試點於2025年8月20日首先對乙國和丙國實施。丁國自2025年10月11日起適用。"
    assert _read(lead + body + TAIL) == []


def test_a_dated_sentence_of_another_shape_leaves_the_paragraph_unread() -> None:
    """The third date's sentence names its countries in a shape no group reads: the first two groups
    read alone would leave four of seven out."""
    body = (
        "該試點於2025年8月20日首先對乙國和丙國實施。丁國自2025年10月11日起適用。"
        "至於戊國、己國、庚國和辛國，官員稱2026年1月1日後才會列入。"
    )
    assert _read(LEAD_TW + body + TAIL) == []
