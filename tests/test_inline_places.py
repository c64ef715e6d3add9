"""Clauses of a ranking's places (``甲國以193個排名第一；乙國、丙國以190個並列第二``) and the figures of
lines' labels (``第1位（193個）：甲國``): each name's value, never a count of its line."""

from __future__ import annotations

from document_fixtures import text_document

from pipeline.models import Kind
from sources.layouts._inline_places import placed_clauses
from sources.registry import parse_document


def _read(text: str) -> dict[str, tuple[str, list[float | None]]]:
    res = parse_document(text_document(text, "t"))
    return {m.name_zh: (m.group, [v.number for v in m.values]) for m in res.mentions if m.kind is Kind.LIST}


CLAUSES = (
    "甲國通訊社報導。\n\n其中，甲國以193個目的地排名第一；乙國、丙國以190個並列第二；"
    "丁國、戊國、己國以189個並列第三；庚國以186個排名第四。\n"
)


def test_every_clause_is_a_group_and_its_figure_each_name_s_value() -> None:
    read = _read(CLAUSES)
    assert read == {
        "甲國": ("排名第一", [193]),
        "乙國": ("並列第二", [190]),
        "丙國": ("並列第二", [190]),
        "丁國": ("並列第三", [189]),
        "戊國": ("並列第三", [189]),
        "己國": ("並列第三", [189]),
        "庚國": ("排名第四", [186]),
    }


def test_a_clause_of_another_shape_leaves_the_sentence_unread() -> None:
    text = "乙國、丙國以190個並列第二；丁國、戊國表示歡迎；庚國以186個排名第四"
    assert placed_clauses(text, 0, len(text)) == []
    one = "甲國以193個排名第一"  # one clause is no ranking
    assert placed_clauses(one, 0, len(one)) == []
    named = "以色列以30個排名第一；乙國、丙國以28個並列第二"  # 以 before a name, not a figure
    assert [len(e.spans) for e in placed_clauses(named, 0, len(named))] == [1, 2]


LABELS = (
    "甲國通訊社報導。\n\n第1位（193個）：甲國\n第2位（190個）：乙國、丙國\n第3位（189個）：丁國、戊國、己國\n"
)


def test_a_label_s_figure_far_above_the_whole_list_is_each_name_s_value() -> None:
    read = _read(LABELS)
    assert read["甲國"] == ("第1位", [193])
    assert read["丙國"] == ("第2位", [190])
    assert read["己國"] == ("第3位", [189])
    res = parse_document(text_document(LABELS, "t"))
    assert all(h.stated is None for h in res.headings)


def test_a_label_s_count_of_its_own_noun_or_within_reach_stays_a_count() -> None:
    nouns = "甲國通訊社報導。\n\n第一類（40國）：甲國、乙國\n第二類（30國）：丙國、丁國\n"
    res = parse_document(text_document(nouns, "t"))
    assert sorted(h.stated for h in res.headings if h.stated is not None) == [30, 40]
    near = "甲國通訊社報導。\n\n第一類（12個）：甲國、乙國\n第二類（8個）：丙國、丁國\n"
    res = parse_document(text_document(near, "t"))
    assert sorted(h.stated for h in res.headings if h.stated is not None) == [8, 12]
    assert all(not m.values for m in res.mentions if m.kind is Kind.LIST)
