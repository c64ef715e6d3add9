"""Lists whose values are printed only in running sentences, not as a table or a run of ``name value``.

- a ranking: ``最高的是甲國（49%），其次是乙國（48%）、…``, ``Aland was hit hardest, at 49%, followed by
  Borduria at 48% and …``: the first of the ranking is an item like the rest;
- pieces of one name, a few words of what it got and its value: ``甲國達46%，乙國36%，…``, ``Aland faces
  46%, while Borduria got 36% and Carpathia 32%``.

``tests/fixtures/asean_rates/``: the US "reciprocal" tariff rates announced on 2 April 2025 for nine
Southeast Asian economies (Cambodia 49%, Laos 48%, Vietnam 46%, Myanmar 44%, Thailand 36%, Indonesia 32%,
Malaysia and Brunei 24%, the Philippines 17%), in a Taiwan HTML page of one ranking sentence, Hong Kong
text of ``其中，柬埔寨被課49%，寮國48%…`` that swaps Laos's and Vietnam's rates, mainland ``柬埔寨为49%，老挝
为48%…``, an English HTML page of sentences that prints Myanmar at 45%, Japanese
``カンボジアが49％、…と続いた``.
Each also prints the 10% baseline, Singapore's rate or a trade figure, none of which is an item.
"""

from __future__ import annotations

from document_fixtures import text_document
from probe_fixtures import story

from pipeline.models import Kind, Mention, Severity
from sources.registry import parse_document

Read = list[tuple[str, list[tuple[float | None, str]]]]


def _read(sentence: str) -> Read:
    text = f"標題\n\n記者 張三\n\n{sentence}\n\n另一段話。\n"
    res = parse_document(text_document(text))
    return [(m.label, [(v.number, v.unit) for v in m.values]) for m in res.mentions if m.kind is Kind.LIST]


# ---------------------------------------------------------------------------------- readers


def test_a_ranking_keeps_its_first_before_the_cue_of_the_rest() -> None:
    assert _read("稅率最高的是甲國（49%），其次是乙國（48%）、丙國（46%）與丁國（44%）。") == [
        ("甲國", [(49, "%")]),
        ("乙國", [(48, "%")]),
        ("丙國", [(46, "%")]),
        ("丁國", [(44, "%")]),
    ]


def test_a_ranking_whose_first_has_no_value_of_its_own_is_not_read_in_part() -> None:
    assert _read("甲國與乙國並列最高，其次是丙國（48%）、丁國（46%）與戊國（44%）。") == []


def test_a_verb_of_reaching_stands_between_a_name_and_its_value() -> None:
    assert _read("甲國達46%，乙國36%，丙國32%。") == [
        ("甲國", [(46, "%")]),
        ("乙國", [(36, "%")]),
        ("丙國", [(32, "%")]),
    ]
    assert _read("甲國為46%，乙國則為36%，丙國32%。") == [
        ("甲國", [(46, "%")]),
        ("乙國", [(36, "%")]),
        ("丙國", [(32, "%")]),
    ]


def test_english_pieces_of_a_name_a_few_words_and_a_value() -> None:
    expected = [("Aland", [(46, "%")]), ("Borduria", [(36, "%")]), ("Carpathia", [(32, "%")])]
    assert _read("Aland faces 46%, while Borduria got 36% and Carpathia 32%.") == expected
    assert _read("Aland faces 46%, Borduria 36% and the Carpathia 32%.") == expected


def test_english_ranking_over_two_sentences() -> None:
    assert _read(
        "Aland was hit hardest, at 49%, followed by Borduria at 48% and Carpathia at 46%. "
        "Dalmatia faces 44%, while Elbonia got 36%."
    ) == [
        ("Aland", [(49, "%")]),
        ("Borduria", [(48, "%")]),
        ("Carpathia", [(46, "%")]),
        ("Dalmatia", [(44, "%")]),
        ("Elbonia", [(36, "%")]),
    ]


def test_one_name_and_one_value_or_a_change_is_no_list() -> None:
    assert _read("Aland faces 46%.") == []
    assert _read("Exports rose 3% from last year, Aland got 5% and Borduria 4%.") == []
    assert _read("Aland faces 46% and Borduria 36%.") == []  # two pieces: too few


def test_a_run_that_goes_on_in_another_unit_is_not_read_in_part() -> None:
    read = _read("Aland faces 46%, Borduria 36%, Carpathia 32% and Dalmatia $5 billion.")
    assert [name for name, _ in read] in ([], ["Aland", "Borduria", "Carpathia", "Dalmatia"])


def test_japanese_pieces_of_a_name_and_its_value_before_the_verb() -> None:
    assert _read("米政府はアランドに46%、ボルドゥリアに36%、カルパチアに32%を課す。") == [
        ("アランド", [(46, "%")]),
        ("ボルドゥリア", [(36, "%")]),
        ("カルパチア", [(32, "%")]),
    ]


# ---------------------------------------------------------------------------------- the story

_RATES = [49, 48, 46, 44, 36, 32, 24, 24, 17]


def _listed(article: str) -> list[Mention]:
    return [m for m in story("asean_rates").mentions if m.article == article and m.kind is Kind.LIST]


def _values(article: str) -> list[tuple[float | None, str]]:
    return [(v.number, v.unit) for m in _listed(article) for v in m.values]


def test_every_outlet_lists_the_nine_economies_with_their_rates_in_order() -> None:
    assert [m.name_zh for m in _listed("01_tw")] == [
        *("柬埔寨", "寮國", "越南", "緬甸", "泰國", "印尼", "馬來西亞", "汶萊", "菲律賓"),
    ]
    assert [m.name_zh for m in _listed("03_cn")] == [
        *("柬埔寨", "老挝", "越南", "缅甸", "泰国", "印度尼西亚", "马来西亚", "文莱", "菲律宾"),
    ]
    assert [m.name_en for m in _listed("04_en")] == [
        *(
            "Cambodia",
            "Laos",
            "Vietnam",
            "Myanmar",
            "Thailand",
            "Indonesia",
            "Malaysia",
            "Brunei",
            "Philippines",
        ),
    ]
    assert [m.name_zh for m in _listed("05_ja")][0] == "カンボジア"
    for art in ("01_tw", "03_cn", "05_ja"):
        assert _values(art) == [(r, "%") for r in _RATES], art
    assert _values("02_hk") == [(r, "%") for r in (49, 46, 48, 44, 36, 32, 24, 24, 17)]  # as printed
    assert _values("04_en") == [(r, "%") for r in (49, 48, 46, 45, 36, 32, 24, 24, 17)]
    assert all(m.group == "" for art in ("01_tw", "02_hk", "03_cn", "04_en", "05_ja") for m in _listed(art))


def test_the_baseline_singapore_and_taiwan_are_no_items() -> None:
    result = story("asean_rates")
    assert len(result.entities) == 9
    names = {m.name_zh for m in result.mentions if m.kind is Kind.LIST} | {
        m.name_en for m in result.mentions if m.kind is Kind.LIST
    }
    assert not names & {"新加坡", "台灣", "Singapore", "シンガポール"}


def test_a_swapped_pair_and_a_wrong_rate_are_the_only_findings() -> None:
    """Hong Kong gives Laos 46% and Vietnam 48% (swapped); the English page gives Myanmar 45%. The
    English page's "Vietnam's exports to the US rose 23%" is a change of another measure, no rate."""
    result = story("asean_rates")
    flagged = sorted(
        (d.kind, d.sources) for d in result.discrepancies if d.severity.rank >= Severity.WARNING.rank
    )
    assert flagged == [("value_conflict", ("02_hk",)), ("value_conflict", ("04_en",))]
    by_source = {d.sources: d for d in result.discrepancies if d.kind == "value_conflict"}
    assert "swapped" in by_source[("02_hk",)].message
    assert "45%" in by_source[("04_en",)].message and "44%" in by_source[("04_en",)].message
    assert all(d.severity is Severity.ERROR for d in by_source.values())
