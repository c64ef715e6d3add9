"""A rate and the rate it replaces, printed after a name and a colon or a dash and followed by a full stop
(``柬埔寨：19%，原為49%。``, ``CAMBODIA - 19%, down from 49% announced in April.``), in capitals, with a
second sentence of story after the values (story in ``tests/fixtures/rates_cut/``, its README says what
each outlet prints and what is planted)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline.models import Kind, Mention, Reconciliation, Severity
from pipeline.run import reconcile
from sources.registry import parse_path

STORY = Path(__file__).resolve().parent / "fixtures" / "rates_cut"


@cache
def _story() -> Reconciliation:
    return reconcile([str(STORY)])


def _read(name: str) -> list[tuple[str, list[float]]]:
    result = parse_path(STORY / name)
    return [
        (m.label, [float(v.number or 0) for v in m.values]) for m in result.mentions if m.kind is Kind.LIST
    ]


def test_name_colon_rate_lines_that_end_as_sentences_are_items() -> None:
    assert _read("01_tw.txt") == [
        ("柬埔寨", [19, 49]),
        ("寮國", [40, 48]),
        ("越南", [20, 46]),  # 轉運貨物課40%。 is a sentence of its own, no value of the item
        ("緬甸", [40, 44]),
        ("泰國", [19, 36]),
    ]


def test_capitals_dash_rate_lines_are_items_with_both_rates() -> None:
    assert _read("05_en.txt") == [
        ("CAMBODIA", [19, 49]),
        ("LAOS", [40, 48]),
        ("VIETNAM", [20, 46]),
        ("MYANMAR", [40, 44]),
        ("THAILAND", [19, 36]),
    ]


def test_bold_names_keep_their_rates_whatever_words_or_sentence_follow() -> None:
    assert _read("03_en.html") == [
        ("CAMBODIA", [19, 49]),  # "… announced in April." qualifies the old rate
        ("LAOS", [40, 48]),
        ("VIETNAM", [20, 46]),  # "Goods transshipped through Vietnam face 40%." is the story
        ("MYANMAR", [40, 44]),
        ("THAILAND", [19, 36]),
    ]


def test_clauses_from_one_rate_to_another_are_items_with_both() -> None:
    """``柬埔寨由49%降至19%，寮國由48%降至40%，…``: each clause a name, the rate it had, the rate it has."""
    assert _read("06_tw.txt") == [
        ("柬埔寨", [49, 19]),
        ("寮國", [48, 40]),
        ("越南", [46, 20]),
        ("緬甸", [44, 40]),
        ("泰國", [36, 19]),
    ]


def _entity_outlets(rec: Reconciliation) -> dict[str, set[str]]:
    by_key: dict[str, Mention] = {m.key: m for m in rec.mentions}
    return {e.id: {by_key[k].article for k in e.mentions if k in by_key} for e in rec.entities}


def test_names_in_capitals_link_to_the_places_they_name() -> None:
    """``CAMBODIA`` is read as an acronym would be; the built-in gazetteer knows it as Cambodia."""
    outlets = _entity_outlets(_story())
    assert len(outlets) == 5
    assert all({"01_tw", "02_hk", "03_en", "04_ja", "05_en", "06_tw"} <= arts for arts in outlets.values())


def test_the_one_planted_wrong_rate_is_the_one_finding() -> None:
    """Hong Kong prints Vietnam at 25%; the five others at 20%."""
    found = [(d.kind, d.sources) for d in _story().discrepancies if d.severity is not Severity.INFO]
    assert found == [("value_conflict", ("02_hk",))]
    (conflict,) = [d for d in _story().discrepancies if d.kind == "value_conflict"]
    assert "25%" in conflict.message
