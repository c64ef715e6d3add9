"""Groups told in English sentences a date each (``sources/layouts/_inline_dated_sentences_en.py``), as
phased measures are: one paragraph read whole, a group a date, where a count above numbers all the names;
left unread where no count does or one dated sentence is of another shape (read in part, the groups would
accuse the outlet of leaving out the rest). A Chinese run of two groups, one of a single name, is read
whole too. Made-up articles; the expected readings are written from them."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import Kind, Mention
from sources.registry import parse_document

LEAD = "Aland widens its travel curbs\nJune 10, 2025 Aland Post\n\nThe curbs now cover three countries.\n\n"
TAIL = "\n\nOfficials said the list would be reviewed.\n"


def _read(text: str) -> list[Mention]:
    result = parse_document(text_document(text, "t"))
    return [m for m in result.mentions if m.kind is Kind.LIST]


def _groups(text: str) -> list[tuple[str, str]]:
    return [(m.group, m.label) for m in _read(text)]


def test_names_after_the_frame_then_names_first_are_read_whole() -> None:
    body = "The restrictions took effect for Borduria and Carpathia on June 9. Dalmatia follows from July 1."
    assert _groups(LEAD + body + TAIL) == [
        ("June 9", "Borduria"),
        ("June 9", "Carpathia"),
        ("July 1", "Dalmatia"),
    ]
    # no count above numbers them: left unread
    lead = "Aland widens its travel curbs\n\nThe curbs were widened again.\n\n"
    assert _read(lead + body + TAIL) == []


def test_the_date_first_then_names_added() -> None:
    body = (
        "On June 9, the new restrictions took effect for Borduria. Carpathia and Dalmatia are added as "
        "of Aug. 1."
    )
    assert _groups(LEAD + body + TAIL) == [
        ("June 9", "Borduria"),
        ("Aug. 1", "Carpathia"),
        ("Aug. 1", "Dalmatia"),
    ]
    # a third date's sentence names its country in a shape no group reads: the first two read alone
    # would leave it out, so the paragraph is left unread
    other = body.replace("Carpathia and Dalmatia", "Carpathia") + " As for Dalmatia, officials said Sept. 1."
    assert _read(LEAD + other + TAIL) == []


def test_chinese_two_groups_one_of_a_single_name_are_read_whole() -> None:
    lead = (
        "甲國擴大簽證保證金試點\n2026年1月6日 甲報\n\n甲國國務院表示，已將3個國家列入簽證保證金試點名單。\n\n"
    )
    body = "該試點於2025年8月20日首先對乙國和丙國實施。丁國自2025年10月11日起適用。"
    assert _groups(lead + body + "\n\n分析人士指出，保證金金額相當可觀。\n") == [
        ("2025年8月20日", "乙國"),
        ("2025年8月20日", "丙國"),
        ("2025年10月11日", "丁國"),
    ]
