"""A Chinese lead sentence that ends with a full stop where a colon would stand, on what the line under it
lists or on its cue (``甲國公布新一批適用免簽的國家。``, ``名單如下。``), with or without a count, over a
line of names of its own: the line is the list. A sentence ending on something else, or names inside a
sentence, stay as they were. Made-up articles; the expected readings are written from them."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.models import Kind
from sources.registry import parse_document

NAMES = ["乙國", "丙國", "丁國", "戊國", "己國"]


def _labels(body: str) -> list[str]:
    text = f"甲國公布免簽名單\n2026年1月6日 甲報\n\n{body}\n\n新措施下月起實施。\n"
    result = parse_document(text_document(text, "t"))
    return [m.label for m in result.mentions if m.kind is Kind.LIST]


@pytest.mark.parametrize(
    "body",
    [
        "甲國外交部週一公布新一批適用免簽的國家。\n\n乙國、丙國、丁國、戊國、己國",  # no count
        "甲國外交部週一公布新一批適用免簽的5個國家。\n\n乙國、丙國、丁國、戊國、己國。",  # a count
        "甲國外交部週一公布新一批適用免簽國家，名單如下。\n乙國、丙國、丁國、戊國、己國",  # the cue
        "甲國外交部週一公布新一批適用免簽的國家。\n\n乙國　丙國　丁國　戊國　己國",  # set apart by spaces
    ],
)
def test_a_line_of_names_under_a_lead_sentence_is_the_list(body: str) -> None:
    assert _labels(body) == NAMES


def test_simplified_lead_sentence() -> None:
    body = "甲国外交部周一公布新一批适用免签的国家。\n乙国、丙国、丁国、戊国、己国"
    assert _labels(body) == ["乙国", "丙国", "丁国", "戊国", "己国"]


@pytest.mark.parametrize(
    "body",
    [
        "甲國外交部週一發表聲明。\n\n乙國、丙國、丁國、戊國、己國",  # a sentence that names no list
        # names inside a sentence
        "甲國外交部週一公布新一批適用免簽的國家。\n\n乙國、丙國和丁國的代表出席了會議。",
    ],
)
def test_other_sentences_over_names_stay_unread(body: str) -> None:
    assert _labels(body) == []
