"""A count whose topic is a country (``德國共有2家企業入榜``): those of the list from that country, a part
of it, never the list's count (the country's name is CLDR's; the companies are made up)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.place_parts import place_topic_before
from pipeline.run import reconcile

HEAD = "前5大企業出爐\n\n甲報　2025年7月30日\n\n雜誌29日公布排行榜，前5大企業如下：\n\n"
ITEMS = "1. 甲公司（美國）\n2. 乙公司（德國）\n3. 丙公司（美國）\n4. 丁公司（德國）\n5. 戊公司（日本）\n\n"


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("德國共有2家企業入榜", True),
        ("日本は3社が入った", True),
        ("德國企業共有2家", False),  # the companies are the topic: no place's
        ("全球共有500家企業", False),  # the world is no territory
    ],
)
def test_a_countrys_name_and_a_verb_of_having_before_a_count(sentence: str, part: bool) -> None:
    at = next(k for k, ch in enumerate(sentence) if ch.isdigit())
    assert place_topic_before(sentence, at) is part


def test_a_count_of_the_items_from_one_country_is_no_count_of_the_list(tmp_path: Path) -> None:
    """The list's five are its count; ``德國共有2家企業入榜`` is not (before: a total of 2 against the five
    listed, a ``count_conflict`` error)."""
    (tmp_path / "a.txt").write_text(HEAD + ITEMS + "德國共有2家企業入榜。\n", encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert {(c.kind, int(c.stated)) for c in result.claims} == {("total", 5)}
    assert [d.kind for d in result.discrepancies if d.severity == "error"] == []
