"""Values told in sentences of a ranking or of forecast clauses (``sources/layouts/_inline_ranking.py``,
``_inline_clauses.py``, ``_inline_ranked.py``), and ``tests/fixtures/weo_october/`` (see its README)."""

from __future__ import annotations

import pytest
from document_fixtures import text_document
from probe_fixtures import story

from pipeline.models import Kind, Mention, Severity
from sources.registry import parse_document

Read = list[tuple[str, list[float | None]]]


def _read(sentence: str) -> Read:
    text = f"標題\n\n記者 張三\n\n{sentence}\n\n另一段話。\n"
    res = parse_document(text_document(text))
    return [(m.label, [v.number for v in m.values]) for m in res.mentions if m.kind is Kind.LIST]


_THREE = [("甲國", [49]), ("乙國", [48]), ("丙國", [46])]
_THREE_JA = [("アランド", [49]), ("ボルドゥリア", [48]), ("カルパチア", [46])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("税率が最も高いのはアランドの49%で、ボルドゥリア（48%）、カルパチア（46%）が続いた。", _THREE_JA),
        ("最も高いのはアランドの49%で、次いでボルドゥリアの48%、カルパチアの46%だった。", _THREE_JA),
        ("アランドの49%、ボルドゥリアの48%、カルパチアの46%の順だった。", _THREE_JA),
        ("以甲國49%最高，其次為乙國48%、丙國46%。", _THREE),
        ("甲國以49%居首，乙國（48%）次之，丙國（46%）緊隨其後。", _THREE),
        ("其中甲國49%最高，乙國48%次之，丙國46%。", _THREE),
        ("就主要經濟體而言，IMF預測今年以甲國49%最高，其次為乙國48%、丙國46%。", _THREE),
    ],
)
def test_rankings_told_piece_by_piece(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "其中甲國49%最高，乙國48%次之，丙國46%，丁國則未公布。",  # the fourth without its value
        "其中甲國49%最高，乙國、丙國次之。",  # the rest without values
        "甲國經濟增長5%最高，今年3%次之，明年2%。",  # a measure and times, no names
        "甲國以49%居首，乙國（48%）次之。",  # two: no list
    ],
)
def test_a_ranking_that_would_be_read_in_part_is_left_unread(sentence: str) -> None:
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Aland is forecast to grow 4.0% this year and 4.0% next, Borduria 6.2% and 6.3%, "
            "Carpathia 1.1% and 1.4%.",
            [("Aland", [4.0, 4.0]), ("Borduria", [6.2, 6.3]), ("Carpathia", [1.1, 1.4])],
        ),
        (
            "The Aland economy will expand 1.8% in 2025 and 1.7% in 2026, Borduria's 0.6% and 0.6%, "
            "and Carpathia's 1.1% and 1.4%.",
            [("Aland", [1.8, 1.7]), ("Borduria", [0.6, 0.6]), ("Carpathia", [1.1, 1.4])],
        ),
        (
            "Among large economies, Aland is expected to expand 4.8% this year and 4.2% next, the Borduria "
            "6.6% and 6.2%, and Carpathia 0.6% and 1.0%.",
            [("Aland", [4.8, 4.2]), ("Borduria", [6.6, 6.2]), ("Carpathia", [0.6, 1.0])],
        ),
        (
            "The Aland economy will expand 1.8% in 2025, Borduria 0.6% and Carpathia 1.1%.",
            [("Aland", [1.8]), ("Borduria", [0.6]), ("Carpathia", [1.1])],
        ),
        (
            "The fund put Aland's growth at 0.6%, Borduria's economy 0.0% and Carpathia's at 1.1%.",
            [("Aland", [0.6]), ("Borduria", [0.0]), ("Carpathia", [1.1])],
        ),
        ("Exports rose 4.0% this year and 4.0% next, imports 6.2% and 6.3%, and output 1.1% and 1.4%.", []),
    ],
)
def test_english_forecast_clauses(sentence: str, expected: Read) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "甲國經濟成長率為0.6%，乙國經濟成長率為1.1%，丙國經濟成長率為2.0%。",
        "IMF預估甲國經濟成長率為0.6%，乙國為1.1%，丙國為2.0%。",
        "甲國GDP增速為0.6%，乙國為1.1%，丙國為2.0%。",
    ],
)
def test_a_measure_between_a_name_and_its_value_is_no_part_of_the_name(sentence: str) -> None:
    assert _read(sentence) == [("甲國", [0.6]), ("乙國", [1.1]), ("丙國", [2.0])]


# ---------------------------------------------------------------------------------- the story

_RANKED = (
    "India",
    "China",
    "Brazil",
    "United States",
    "United Kingdom",
    "euro",
    "Japan",
    "Russia",
    "Germany",
)


def _listed(article: str) -> list[Mention]:
    return [m for m in story("weo_october").mentions if m.article == article and m.kind is Kind.LIST]


def _values(article: str) -> list[tuple[float | None, ...]]:
    return [tuple(v.number for v in m.values) for m in _listed(article)]


def test_the_two_rankings_read_whole_with_2025_only() -> None:
    assert [m.name_zh for m in _listed("01_tw")] == [
        *("印度", "中國", "巴西", "美國", "英國", "歐元區", "日本", "俄羅斯", "德國"),
    ]
    assert [m.name_zh for m in _listed("05_ja")] == [
        *("インド", "中国", "ブラジル", "米国", "英国", "ユーロ圏", "日本", "ロシア", "ドイツ"),
    ]
    ranked = [(6.6,), (4.8,), (2.4,), (2.0,), (1.3,), (1.2,), (1.1,), (0.6,), (0.2,)]
    assert _values("01_tw") == ranked
    assert _values("05_ja") == ranked


def test_the_english_clauses_read_both_years_over_two_sentences() -> None:
    assert [m.label for m in _listed("04_en")] == [
        *("US", "Eurozone", "Germany", "Japan", "United Kingdom", "China", "India", "Russia", "Brazil"),
    ]
    assert _values("04_en") == [
        *((2.0, 2.1), (1.2, 1.1), (0.2, 0.9), (1.1, 0.6), (1.3, 1.3)),
        *((4.8, 4.2), (6.6, 6.2), (0.6, 1.0), (2.4, 1.6)),
    ]


def test_the_table_and_the_lines_read_with_their_planted_errors() -> None:
    assert len(_listed("02_hk")) == 9
    assert _values("02_hk")[3:5] == [(1.3, 0.6), (1.1, 1.3)]  # Japan and the UK, 2025 swapped
    assert [m.name_zh for m in _listed("03_cn")] == [
        *("美国", "欧元区", "德国", "日本", "英国", "中国", "印度", "巴西"),
    ]


def test_every_economy_is_one_entity_across_the_five_outlets() -> None:
    result = story("weo_october")
    assert len(result.entities) == 9
    of = {lk.mention: lk.entity for lk in result.links}
    for k in range(9):
        row = {of[m.key] for art in ("01_tw", "05_ja") for m in _listed(art)[k : k + 1]}
        assert len(row) == 1, _RANKED[k]
    names = ("歐元區", "欧元区", "ユーロ圏", "Eurozone")
    euro = [m for m in result.mentions if m.kind is Kind.LIST and m.label in names]
    assert sorted(m.article for m in euro) == ["01_tw", "02_hk", "03_cn", "04_en", "05_ja"]
    assert len({of[m.key] for m in euro}) == 1


def test_the_three_planted_errors_are_the_only_findings() -> None:
    result = story("weo_october")
    flagged = sorted(
        (d.kind, d.sources) for d in result.discrepancies if d.severity.rank >= Severity.WARNING.rank
    )
    assert flagged == [
        ("list_short", ("03_cn",)),
        ("value_conflict", ("02_hk",)),
        ("value_conflict", ("04_en",)),
    ]
    by_source = {d.sources: d for d in result.discrepancies if d.severity is Severity.ERROR}
    assert "swapped" in by_source[("02_hk",)].message
    assert "Brazil" in by_source[("04_en",)].message and "1.6%" in by_source[("04_en",)].message
    assert "俄羅斯" in by_source[("03_cn",)].message or "Russia" in by_source[("03_cn",)].message
