"""A long list of countries with a value each, split by a threshold (``tests/fixtures/nato_spending_2025/``,
its README.md says what is planted where): NATO's estimates of 2025 defence spending as a share of GDP,
31 allies with a figure and Iceland with none, seven outlets in four languages, read against one expected
file per article (``tests/expected/probes/nato_spending_2025/``). Planted: a value with its digits swapped
(the mainland's numbered lines), a country under the wrong threshold (the English page), a group count
that does not match its names (the mainland page). The shapes the story needed read are tested again
below on made-up names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Mention, Severity
from pipeline.run import reconcile
from sources.reader import read_document
from sources.registry import parse_document, parse_path
from tests.probe_fixtures import (
    against,
    assert_counts_as_expected,
    assert_read_as_expected,
    expected_file,
    findings,
    items,
    numbers,
    probe_articles,
    story,
)

STORY = "nato_spending_2025"
ARTICLES = probe_articles(STORY)
TABLES = ("01_tw", "05_ja")  # the articles whose values sit under a table's header
GROUPED = ("02_hk", "06_en", "07_cn")  # the articles that file the allies under a threshold


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    read = assert_read_as_expected(STORY, article, TABLES)
    assert {v.unit for m in read for v in m.values} <= {"%"}
    found = next(a for a in story(STORY).articles if a.id == article)
    assert found.selection is expected_file(STORY, article).get("selection", False)


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article)


def test_the_thresholds_align_into_two_groups_by_what_they_hold_and_their_labels() -> None:
    """``超過3%`` / ``3%以上`` / ``3% and above`` and ``介乎2%至3%`` / ``2%至3%`` / ``2% to 3%``: two groups,
    each holding one label of every grouped outlet (the English page's eight above 3% included)."""
    groups = sorted(sorted(g.members) for g in story(STORY).groups)
    assert groups == [
        [("02_hk", "介乎2%至3%"), ("06_en", "2% to 3%"), ("07_cn", "2%至3%")],
        [("02_hk", "超過3%"), ("06_en", "3% and above"), ("07_cn", "3%以上")],
    ]


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert findings(result) == [
        ("count_conflict", ("07_cn",)),
        ("group_conflict", ("06_en",)),
        ("value_conflict", ("03_cn",)),
    ]
    by_outlet = {d.sources: d for d in result.discrepancies if d.severity is Severity.ERROR}
    swapped = by_outlet[("03_cn",)]
    assert "爱沙尼亚" in swapped.message and "3.83%" in swapped.message and "3.38%" in swapped.message
    assert "3.83%" in swapped.evidence[0].quote and swapped.evidence[0].article == "03_cn"
    misfiled = by_outlet[("06_en",)]
    assert "Greece" in misfiled.message and "3% and above" in misfiled.message
    assert misfiled.evidence[0].quote == "Greece – 2.85%"
    counted = by_outlet[("07_cn",)]
    assert "3%以上" in counted.message and "8 (07_cn)" in counted.message and "has 7" in counted.message
    assert [e.quote for e in counted.evidence if e.article == "07_cn"] == ["共有8国"]
    for article in ("01_tw", "02_hk", "04_en", "05_ja"):
        assert against(result, article) == [], article


def test_the_ally_with_no_figure_is_missing_from_no_list() -> None:
    """Iceland, a ``ー`` row of the Japanese table alone, leaves no list short, not even Hong Kong's,
    whose two counts (7 and 24) make it whole without Iceland."""
    result = story(STORY)
    assert not [d for d in result.discrepancies if "Iceland" in d.message and d.severity is not Severity.INFO]


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


def _headings(tmp_path: Path, text: str) -> list[tuple[str, int | None, str]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    doc, _ = read_document(path)
    return [(h.group, h.stated, doc.text[h.start : h.end]) for h in parse_document(doc).headings]


ZH_HEAD = "甲盟開支出爐\n\n甲報　2025年8月28日\n\n甲盟周三公布各國開支估算。\n\n"


def test_a_threshold_with_its_count_before_a_colon_is_its_groups_label(tmp_path: Path) -> None:
    """``超過3%的有3國：甲國4.48%、…``: the colon after the count ends the lead-in (``有`` does not); the
    threshold, without ``的有``, labels the group the count counts."""
    text = ZH_HEAD + (
        "按佔GDP比例計，超過3%的有3國：甲國4.48%、乙國4%及丙國3.22%。\n\n"
        "介乎2%至3%的有4國：丁國2.85%、戊國2.80%、己國2.49%及庚國2.00%。\n\n分析指開支增幅最大。\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_zh, m.group, numbers(m)) for m in read] == [
        ("甲國", "超過3%", [4.48]),
        ("乙國", "超過3%", [4]),
        ("丙國", "超過3%", [3.22]),
        ("丁國", "介乎2%至3%", [2.85]),
        ("戊國", "介乎2%至3%", [2.8]),
        ("己國", "介乎2%至3%", [2.49]),
        ("庚國", "介乎2%至3%", [2.0]),
    ]
    assert [(g, n) for g, n, _ in _headings(tmp_path, text)] == [("超過3%", 3), ("介乎2%至3%", 4)]


CLOSED = ZH_HEAD.replace("甲報", "甲报") + (
    "各国可分为两档：\n\n3%以上：甲国{a}、乙国{b}、丙国{c}，共有3国。\n\n"
    "2%至3%：丁国{d}、戊国{e}、己国{f}、庚国{g}，共有4国。\n\n峰会6月举行。\n"
)


@pytest.mark.parametrize("valued", [True, False])
def test_a_count_after_the_comma_that_closes_a_labelled_run_is_its_groups(
    tmp_path: Path, valued: bool
) -> None:
    """``3%以上：甲国（4.48%）、…，共有3国。``: the count after the comma counts the group, and is what its
    claim quotes; with no value printed by the names, the band (``3%以上``, ``2%至3%``) is still their
    group, not a value they share."""
    figures = ("（4.48%）", "（4.00%）", "（3.22%）", "（2.85%）", "（2.80%）", "（2.49%）", "（2.00%）")
    text = CLOSED.format(**dict(zip("abcdefg", figures if valued else ("",) * 7, strict=True)))
    read = _read(tmp_path, text)
    assert [m.group for m in read] == ["3%以上"] * 3 + ["2%至3%"] * 4
    assert [numbers(m) for m in read] == (
        [[4.48], [4.0], [3.22], [2.85], [2.8], [2.49], [2.0]] if valued else [[]] * 7
    )
    assert _headings(tmp_path, text) == [("3%以上", 3, "共有3国"), ("2%至3%", 4, "共有4国")]


@pytest.mark.parametrize(
    "last",
    ["and the Dorado Islands (2.49%), according to the estimates.", "and the Netherlands (2.49%)."],
)
def test_the_last_name_after_and_the_is_read_without_its_article(tmp_path: Path, last: str) -> None:
    """``… and the Dorado Islands (2.49%), according to the estimates.``: the clause after the last comma
    holds no name, and the last piece before it still gives its two items, the article left out (the
    sentence that ends on the name is the guard)."""
    text = (
        "Aland spending\n\nBy Jane Roe, Borduria Wire\n\nCAPITAL, Aug 27 (Borduria Wire) - All 8 members "
        "will spend more.\n\nThe top 5 spenders were Aland (4.48%), Borduria (4.00%), the Carpathian "
        f"Republic (3.73%), Elbonia (3.38%) {last}\n"
    )
    read = _read(tmp_path, text)
    names = [m.name_en for m in read]
    assert names[:4] == ["Aland", "Borduria", "Carpathian Republic", "Elbonia"]
    assert names[4:] == [last.split(" (")[0].removeprefix("and the ")]
    assert numbers(read[-1]) == [2.49]


def _story(tmp_path: Path, texts: dict[str, str]) -> Any:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


TABLE_WITH_A_BLANK = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>甲盟開支出爐 | 丁報</title><meta property="og:site_name" content="丁報"></head><body><article>
<h1>甲盟開支出爐</h1><p>甲盟6國今年開支占比如下：</p>
<table><thead><tr><th>國家</th><th>占比</th></tr></thead><tbody>
<tr><td>甲國</td><td>4.48%</td></tr><tr><td>乙國</td><td>3.22%</td></tr><tr><td>丙國</td><td>2.85%</td></tr>
<tr><td>丁國</td><td>2.01%</td></tr><tr><td>戊國</td><td>2.00%</td></tr><tr><td>庚國</td><td>－</td></tr>
</tbody></table><p>庚國沒有軍隊。</p></article></body></html>
"""
INLINE_FOUR = (
    "甲盟開支出爐\n\n{outlet}　2025年8月28日\n\n"
    "甲盟周三公布估算，有軍隊的5國占比分別為：甲國4.48%、乙國3.22%、丙國2.85%、丁國2.01%及戊國2.00%。\n"
)


def test_a_row_with_no_figure_is_neither_missing_elsewhere_nor_one_outlets_own(tmp_path: Path) -> None:
    """``庚國 | －`` in one table of figures, left out by two complete lists of figures: no item missing,
    no item only one outlet lists."""
    result = _story(
        tmp_path,
        {
            "01.html": TABLE_WITH_A_BLANK,
            "02.txt": INLINE_FOUR.format(outlet="乙報"),
            "03.txt": INLINE_FOUR.format(outlet="丙報"),
        },
    )
    assert len(items(result, "01")) == 6 and len(items(result, "02")) == 5
    assert [(d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO] == []


def test_a_row_with_a_figure_one_outlet_alone_lists_is_still_its_own(tmp_path: Path) -> None:
    """Guard: ``庚國 | 1.50%`` is a figure like the others: the outlet alone lists it."""
    result = _story(
        tmp_path,
        {
            "01.html": TABLE_WITH_A_BLANK.replace("<td>－</td>", "<td>1.50%</td>"),
            "02.txt": INLINE_FOUR.format(outlet="乙報"),
            "03.txt": INLINE_FOUR.format(outlet="丙報"),
        },
    )
    assert [(d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO] == [
        ("unique_item", ("01",))
    ]


GROUPED_BY_BAND = (
    "甲盟開支出爐\n\n{outlet}　2025年8月28日\n\n甲盟周三公布估算。\n\n"
    "超過3%（{n}國）：甲國4.48%、乙國3.22%\n\n2%至3%（3國）：丙國2.85%、丁國2.01%、戊國2.00%\n\n分析指開支增幅最大。\n"
)


def test_a_groups_count_one_too_many_is_one_finding_not_also_a_short_total(tmp_path: Path) -> None:
    """``超過3%（3國）`` over two names, where two outlets state 2: the count is the odd one (a conflict of
    counts naming the outlet), and the six its two counts add up to, against its five names, is that
    same misprint, not a list one short."""
    result = _story(
        tmp_path,
        {
            "01.html": TABLE_WITH_A_BLANK,
            "02.txt": GROUPED_BY_BAND.format(outlet="乙報", n=2),
            "03.txt": GROUPED_BY_BAND.format(outlet="丙報", n=2),
            "04.txt": GROUPED_BY_BAND.format(outlet="丁報", n=3),
        },
    )
    assert [(d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO] == [
        ("count_conflict", ("04",))
    ]


@pytest.mark.parametrize(
    ("rows", "blank"),
    [
        (("甲國：4.48%", "乙國：3.22%", "丙國：2.85%", "丁國：2.01%", "戊國：2.00%", "庚國：－"), 5),
        (("甲國：4.48%", "乙國：3.22%", "庚國：－", "丙國：2.85%", "丁國：2.01%", "戊國：2.00%"), 2),
        (("甲國：4.48%", "乙國：3.22%", "丙國：2.85%", "丁國：2.01%", "戊國：2.00%", "庚國：待定"), 5),
    ],
)
def test_a_line_with_a_dash_for_its_figure_is_an_item(
    tmp_path: Path, rows: tuple[str, ...], blank: int
) -> None:
    """``庚國：－`` among ``name：figure`` lines: a row of the table with no figure, neither dropped at the
    end nor a section row heading the lines under it."""
    text = ZH_HEAD + "甲盟6國今年開支占比如下：\n\n" + "\n".join(rows) + "\n\n庚國沒有軍隊。\n"
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == [r.split("：")[0] for r in rows]
    assert {m.group for m in read} == {""}
    assert numbers(read[blank]) == [] and all(numbers(m) for k, m in enumerate(read) if k != blank)
