"""A status printed after an item's colon in place of a value, among lines of ``name：value``:
``乙國：即日起生效``, ``丁國：暫緩實施``, ``Borduria: effective immediately``, ``丁国：適用を延期``. The item
is the name, the words an attribute of it; the list is read whole (made-up countries)."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.lang.group_cues import STATUS_AFTER_COLON_RE
from pipeline.models import Kind
from sources.registry import parse_document

Read = list[tuple[str, list[str], list[str]]]


def _read(text: str) -> Read:
    res = parse_document(text_document(text))
    return [
        (m.label, [v.raw for v in m.values], [a.text for a in m.attributes])
        for m in res.mentions
        if m.kind is Kind.LIST
    ]


def test_lines_of_rates_with_a_status_among_them() -> None:
    text = (
        "新關稅\n\n甲方公布各國新稅率如下：\n\n甲國：20%\n乙國：即日起生效\n丙國：25%\n丁國：暫緩實施\n戊國：30%\n\n"
        "新稅率下月生效。\n"
    )
    assert _read(text) == [
        ("甲國", ["20%"], []),
        ("乙國", [], ["即日起生效"]),
        ("丙國", ["25%"], []),
        ("丁國", [], ["暫緩實施"]),
        ("戊國", ["30%"], []),
    ]


def test_lines_of_statuses_only() -> None:
    text = (
        "新關稅\n\n甲方公布各國措施如下：\n\n甲國：暫緩實施\n乙國：即日起生效\n丙國：暫緩實施\n"
        "丁國：即日起生效\n\n詳情另行公布。\n"
    )
    assert [name for name, _, _ in _read(text)] == ["甲國", "乙國", "丙國", "丁國"]


def test_english_and_japanese_statuses() -> None:
    en = (
        "New tariffs\n\nThe new rates are:\n\nAland: 20%\nBorduria: effective immediately\nCarpania: 25%\n"
        "Dorland: suspended\nElbonia: 30%\n\nThey take effect next month.\n"
    )
    assert _read(en)[1] == ("Borduria", [], ["effective immediately"])
    assert _read(en)[3] == ("Dorland", [], ["suspended"])
    ja = (
        "新関税\n\n各国の新税率は次の通り。\n\n甲国：20%\n乙国：即日発効\n丙国：25%\n"
        "丁国：適用を延期\n戊国：30%\n"
    )
    assert [(n, a) for n, _, a in _read(ja)] == [
        ("甲国", []),
        ("乙国", ["即日発効"]),
        ("丙国", []),
        ("丁国", ["適用を延期"]),
        ("戊国", []),
    ]


def test_what_is_no_status() -> None:
    for text in (
        "甲國：20%",
        "張三：保安局局長",
        "外交部長：張三",
        "Aland: Nationals of Aland are barred",
    ):
        assert STATUS_AFTER_COLON_RE.search(text) is None, text


def test_a_status_with_its_date_and_a_value_with_words() -> None:
    text = (
        "新關稅\n\n甲方公布各國措施如下：\n\n甲國：6月1日起生效\n乙國：7月1日起生效\n"
        "丙國：稅率20%即日起生效\n"
    )
    assert _read(text) == [
        ("甲國", [], ["6月1日起生效"]),
        ("乙國", [], ["7月1日起生效"]),
        ("丙國", ["20%"], []),
    ]
