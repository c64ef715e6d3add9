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

``tests/fixtures/imf_forecasts/``: the IMF's growth forecasts of 22 April 2025 for seven economies, 2025
and 2026 (United States 1.8 and 1.7, euro area 0.8 and 1.2, Germany 0.0 and 0.9, Japan 0.6 and 0.6,
United Kingdom 1.1 and 1.4, China 4.0 and 4.0, India 6.2 and 6.3): a Taiwan HTML table, Hong Kong clauses
``美國今明兩年經濟增長分別為1.8%及1.7%；歐元區分別為…``, mainland ``美国今年增长1.8%，明年1.7%；…``, English
lines that print China's 2026 as 4.6%, Japanese ``米国が1.8％（26年は1.7％）、…`` that swaps the United
Kingdom's two years. Every lead also gives the world's 2.8% and 3%, no item.
"""

from __future__ import annotations

import pytest
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
    assert _read("甲國稅率最高，達49%，其次是乙國48%、丙國46%、丁國44%。") == []  # 達 is no name


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


def test_clauses_of_a_name_a_verb_of_change_and_two_figures_sign_the_change() -> None:
    assert _read(
        "其中，甲國增持107億美元至1.2萬億美元，仍為最大持有國；乙國增持132億美元至8779億美元；"
        "丙國減持118億美元至6787億美元。"
    ) == [
        ("甲國", [(1.07e10, "USD"), (1.2e12, "USD")]),
        ("乙國", [(1.32e10, "USD"), (8.779e11, "USD")]),
        ("丙國", [(-1.18e10, "USD"), (6.787e11, "USD")]),
    ]
    assert _read("其中，甲國下調0.9個百分點至1.8%；乙國下調0.6個百分點至4%；丙國上調0.2個百分點至2.5%。") == [
        ("甲國", [(-0.9, "pp"), (1.8, "%")]),
        ("乙國", [(-0.6, "pp"), (4, "%")]),
        ("丙國", [(0.2, "pp"), (2.5, "%")]),
    ]


def test_a_measure_between_the_first_name_and_its_verb_leaves_the_clauses_unread() -> None:
    assert (
        _read("甲國經濟增速下調0.9個百分點至1.8%；乙國下調0.6個百分點至4%；丙國下調0.5個百分點至0.6%。") == []
    )
    assert _read("甲國增持107億美元至1.2萬億美元。") == []  # one clause


def test_a_word_of_time_ends_the_name_of_a_clause() -> None:
    expected = [
        ("甲國", [(1.8, "%"), (1.7, "%")]),
        ("乙國", [(4, "%"), (4, "%")]),
        ("丙國", [(0.6, "%"), (0.5, "%")]),
    ]
    assert (
        _read("預測顯示，甲國今明兩年經濟增長分別為1.8%及1.7%；乙國分別為4%及4%；丙國分別為0.6%及0.5%。")
        == expected
    )
    assert _read("甲國今年增長1.8%，明年1.7%；乙國今年4%，明年4%；丙國今年0.6%，明年0.5%。") == expected


def test_a_second_value_in_parentheses_stays_with_its_name() -> None:
    assert _read(
        "アランドが1.8％（26年は1.7％）、ボルドゥリアが4.0％（同4.0％）、カルパチアが0.6％（同0.5％）となった。"
    ) == [
        ("アランド", [(1.8, "%"), (1.7, "%")]),
        ("ボルドゥリア", [(4.0, "%"), (4.0, "%")]),
        ("カルパチア", [(0.6, "%"), (0.5, "%")]),
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


# ---------------------------------------------------------------------------------- two values an item

_FORECASTS = [(1.8, 1.7), (0.8, 1.2), (0.0, 0.9), (0.6, 0.6), (1.1, 1.4), (4.0, 4.0), (6.2, 6.3)]


def _pairs(article: str) -> list[tuple[float | None, ...]]:
    return [tuple(v.number for v in m.values) for m in _in("imf_forecasts", article)]


def _in(folder: str, article: str) -> list[Mention]:
    return [m for m in story(folder).mentions if m.article == article and m.kind is Kind.LIST]


def test_two_forecasts_an_economy_read_from_clauses_in_their_order() -> None:
    assert [m.name_zh for m in _in("imf_forecasts", "02_hk")] == [
        *("美國", "歐元區", "德國", "日本", "英國", "中國", "印度"),
    ]
    assert [m.name_zh for m in _in("imf_forecasts", "03_cn")] == [
        *("美国", "欧元区", "德国", "日本", "英国", "中国", "印度"),
    ]
    assert [m.name_zh for m in _in("imf_forecasts", "05_ja")] == [
        *("米国", "ユーロ圏", "ドイツ", "日本", "英国", "中国", "インド"),
    ]
    for art in ("01_tw", "02_hk", "03_cn"):
        assert _pairs(art) == _FORECASTS, art
    assert _pairs("04_en") == [*_FORECASTS[:5], (4.0, 4.6), _FORECASTS[6]]
    assert _pairs("05_ja") == [*_FORECASTS[:4], (1.4, 1.1), *_FORECASTS[5:]]
    assert all(v.unit == "%" for m in _in("imf_forecasts", "02_hk") for v in m.values)


def test_the_worlds_forecast_in_the_lead_is_no_economy() -> None:
    for art in ("01_tw", "02_hk", "03_cn", "04_en", "05_ja"):
        assert len(_in("imf_forecasts", art)) == 7, art
        assert not [m for m in _in("imf_forecasts", art) if any(v.number == 2.8 for v in m.values)], art


def test_a_wrong_forecast_and_two_years_swapped_are_the_only_findings() -> None:
    """English gives China's 2026 as 4.6% (the January figure for 2025); Japanese gives the United
    Kingdom 1.4% for 2025 and 1.1% for 2026."""
    result = story("imf_forecasts")
    flagged = sorted(
        (d.kind, d.sources) for d in result.discrepancies if d.severity.rank >= Severity.WARNING.rank
    )
    assert flagged == [("column_swap", ("05_ja",)), ("value_conflict", ("04_en",))]
    (china,) = [d for d in result.discrepancies if d.kind == "value_conflict"]
    assert "China" in china.message and "4.6%" in china.message
    (uk,) = [d for d in result.discrepancies if d.kind == "column_swap"]
    assert "英国" in uk.message


def test_the_euro_area_is_one_entity_across_languages() -> None:
    """歐元區, 欧元区, ユーロ圏 and "Euro area" all name CLDR's Eurozone: seven economies, not nine."""
    result = story("imf_forecasts")
    assert len(result.entities) == 7
    of = {lk.mention: lk.entity for lk in result.links}
    names = ("歐元區", "欧元区", "ユーロ圏", "Euro area")
    euro = [m for m in result.mentions if m.kind is Kind.LIST and names.count(m.name_zh or m.name_en)]
    assert sorted(m.article for m in euro) == ["01_tw", "02_hk", "03_cn", "04_en", "05_ja"]
    assert len({of[m.key] for m in euro}) == 1


def test_a_date_before_a_name_is_no_name_sharing_its_value() -> None:
    assert _read("On April 2, Aland faces 46%.") == []
    assert _read("Since Jan. 20, 2025, Aland faces 46%.") == []


def test_a_labelled_group_is_left_to_the_readers_of_labels() -> None:
    read = _read(
        "The order covers Group A: Aland 5%, Borduria 6% and Carpathia 7%; Group B: Dalmatia 8%, Elbonia 9%."
    )
    assert [name for name, _ in read] in ([], ["Aland", "Borduria", "Carpathia", "Dalmatia", "Elbonia"])


def test_a_ranking_of_three_with_two_after_its_cue() -> None:
    assert _read("稅率最高的是甲國（49%），其次是乙國（48%）與丙國（46%），丁國則為10%。") == [
        ("甲國", [(49, "%")]),
        ("乙國", [(48, "%")]),
        ("丙國", [(46, "%")]),
    ]
    assert _read("最高的是甲國（49%），其次是乙國（48%）。") == []  # two: no list


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "其中，甲國由49%降至19%，乙國由48%降至40%，丙國從46%調降至20%。",
            [("甲國", [49, 19]), ("乙國", [48, 40]), ("丙國", [46, 20])],
        ),
        (
            "甲国将由10%提高到25%，乙国由10%提高到30%，丙国由10%提高到35%。",
            [("甲国", [10, 25]), ("乙国", [10, 30]), ("丙国", [10, 35])],
        ),
        (
            "アランドは49%から19%に、ボルドゥリアは48%から40%に、カルパチアは46%から20%にそれぞれ引き下げられた。",
            [("アランド", [49, 19]), ("ボルドゥリア", [48, 40]), ("カルパチア", [46, 20])],
        ),
        # the fourth told in another shape (も): the first three alone would be part of the list
        (
            "アランドは49%から19%に、ボルドゥリアは48%から40%に、カルパチアは46%から20%に、ダルマチアも36%から19%に下がった。",
            [],
        ),
        ("甲國由49%降至19%，乙國由48%降至40%。", []),  # two clauses: a pair, not a list
        ("甲國由49%降至19%，乙國由48美元降至40美元，丙國由46%降至20%。", []),  # one unit in a run
    ],
)
def test_clauses_from_one_figure_to_another(sentence: str, expected: list[tuple[str, list[float]]]) -> None:
    assert [(name, [float(n or 0) for n, _ in values]) for name, values in _read(sentence)] == expected


def test_english_pieces_with_the_value_after_to_and_a_comma() -> None:
    # "to" is the value's, as "at" is: no attribute of the name
    sentence = "Rates rose for Aland, to 46%; Borduria, to 36%; Carpathia, to 49%; and Dalmatia, to 48%."
    text = f"Aland tariffs\n\nAland Wire\n\n{sentence}\n\nMore later.\n"
    res = parse_document(text_document(text))
    assert [
        (m.label, [v.number for v in m.values], [a.text for a in m.attributes]) for m in res.mentions
    ] == [
        ("Aland", [46], []),
        ("Borduria", [36], []),
        ("Carpathia", [49], []),
        ("Dalmatia", [48], []),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Aland won with 40.05% of the vote, ahead of Borduria with 33.49% and Carpathia with 26.46%.",
        "Aland won with 40.05%, followed by Borduria with 33.49% and Carpathia with 26.46%.",
        "Aland won 40.05% of the vote, Borduria 33.49% and Carpathia 26.46%.",
    ],
)
def test_english_shares_of_the_vote_told_in_a_sentence(sentence: str) -> None:
    # "with" before a figure is the figure's, "of the vote" says what it is a share of, "ahead of" joins
    assert _read(sentence) == [
        ("Aland", [(40.05, "%")]),
        ("Borduria", [(33.49, "%")]),
        ("Carpathia", [(26.46, "%")]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "中選會公布，張三得票率40.05%，李四33.49%，王五26.46%。",
        "中選會公布，張三得票率40.05%，李四得票率33.49%，王五得票率26.46%。",
    ],
)
def test_chinese_shares_of_the_vote_after_their_measure_word(sentence: str) -> None:
    assert _read(sentence) == [("張三", [(40.05, "%")]), ("李四", [(33.49, "%")]), ("王五", [(26.46, "%")])]
