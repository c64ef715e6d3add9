"""A Japanese sentence whose run of names closes with a count and goes on after it, the comma of its
clauses the list's own separator (``甲国政府は5日、乙国、丙国…の9カ国の国民に対し、…``): the run starts
after the lead-in's date and ends at the count; the words after it are no item."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import Kind
from sources.registry import parse_document


def _read(text: str) -> tuple[list[str], list[int | None]]:
    res = parse_document(text_document(text))
    return [m.label for m in res.mentions if m.kind is Kind.LIST], [h.stated for h in res.headings]


def test_the_run_ends_at_its_closing_count_when_the_sentence_goes_on() -> None:
    text = (
        "甲国、ビザ免除を拡大\n北浜通信　2026年1月5日\n"
        "甲国政府は5日、ボルドゥリア、カルパニア、ドルバニア、エストリア、フリードニアの5カ国の国民に対し、"
        "査証を免除すると発表した。\n"
    )
    assert _read(text) == (["ボルドゥリア", "カルパニア", "ドルバニア", "エストリア", "フリードニア"], [5])


def test_kanji_names_after_a_dated_lead_in() -> None:
    text = (
        "甲国、ビザ免除を4カ国に拡大\n北浜通信　2026年1月5日\n"
        "甲国政府は5日、乙国、丙国、丁国、戊国の4カ国の国民を対象に、2月1日から査証を免除すると発表した。\n"
    )
    assert _read(text) == (["乙国", "丙国", "丁国", "戊国"], [4])


def test_a_chinese_sentence_whose_clauses_part_at_commas_reads_as_before() -> None:
    text = (
        "甲國擴大免簽\n乙城日報 2026年1月5日\n"
        "甲國外交部5日宣布，自2月1日起對乙國、丙國、丁國及戊國等4國公民實施免簽，為期一年。\n"
    )
    assert _read(text) == (["乙國", "丙國", "丁國", "戊國"], [4])
