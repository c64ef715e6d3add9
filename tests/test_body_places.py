"""Where a company is based, printed before its name with 的 or の (``甲市的乙貿易有限公司``,
``丙國的丁科技公司``): a place attribute apart from the name, in an item and in a sentence's run of
companies read whole; ``零件`` (parts) in a company's name is no count of zero."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.lang.counts import find_counts
from pipeline.models import AttributeKind
from sources.item_body_places import place_of_body
from sources.registry import parse_document


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("甲市的乙貿易有限公司", "乙貿易有限公司", "甲市"),
        ("乙城的丙電子集團", "丙電子集團", "乙城"),
        ("德國的戊零件公司", "戊零件公司", "德國"),
        ("ドイツの戊パーツ社", "戊パーツ社", "ドイツ"),
    ],
)
def test_the_place_before_a_body_is_its_attribute(text: str, name: str, place: str) -> None:
    start, attrs = place_of_body(text, 0, len(text))
    assert (text[start:], [(a.kind, a.text) for a in attrs]) == (name, [(AttributeKind.PLACE, place)])


@pytest.mark.parametrize(
    "text", ["我們的公司", "甲國的乙國", "美國的盟友", "甲市的朋友們", "イエメンの12か国", "ドイツの首都"]
)
def test_words_before_a_particle_that_are_no_place_of_a_body(text: str) -> None:
    assert place_of_body(text, 0, len(text)) == (0, ())


def test_a_run_of_companies_each_after_its_place() -> None:
    text = (
        "甲國制裁無人機零件供應網\n\n"
        "遭制裁的公司包括甲市的乙貿易有限公司、丙市的丁電子有限公司、丁國的戊科技公司及德國的己零件公司。\n"
    )
    got = parse_document(text_document(text, "t")).mentions
    assert [(m.label, [a.text for a in m.attributes]) for m in got] == [
        ("乙貿易有限公司", ["甲市"]),
        ("丁電子有限公司", ["丙市"]),
        ("戊科技公司", ["丁國"]),
        ("己零件公司", ["德國"]),
    ]


def test_parts_is_no_count_of_zero() -> None:
    assert find_counts("美國制裁無人機零件供應商") == []
    assert [c.value for c in find_counts("制裁三家公司")] == [3]
