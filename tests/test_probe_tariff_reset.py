"""Two values per item, an old one and a new one (``tests/fixtures/tariff_reset_2025/``, its README.md
says what is planted where): the US reciprocal tariff rates as the executive order of 31 July 2025 reset
them, each country with its April rate and its new rate, ten outlets in four languages and scripts
printing both: a table with a change column (``國家 | 4月稅率 | 新稅率 | 增減（百分點）``, ``Economy |
April rate | New rate | Change (points)``), clauses (``越南由46%調降至20%``), arrows
(``越南：46%→20%``, ``ベトナム　46％→20％``), labelled lines (``1. 越南 原46% 现20%``), wire prose
with the new rate first (``Vietnam's rate falls to 20% from 46%``), a table ``国・地域 | 旧税率 |
新税率``, the new rates alone, and lines grouped by new rate (``19%：泰國、印尼、…``); read against one
expected file per article (``tests/expected/probes/tariff_reset_2025/``), each value with its role (old,
new, change). Planted: a change that disagrees with its two rates (01_tw), old and new swapped (03_hk),
a country missing under a count of twelve (04_cn), a new rate given to the wrong country (06_en), a
count of thirteen over twelve (08_ja). The shapes the story needed read or judged are tested again
below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.value_words import in_units
from pipeline.models import Mention, Severity
from pipeline.run import reconcile
from pipeline.value_columns import align_columns
from sources.registry import parse_path
from tests.probe_fixtures import (
    against,
    assert_counts_as_expected,
    assert_valued_items_as_expected,
    errors,
    expected_file,
    items,
    marked,
    probe_articles,
    story,
    the_error,
)

STORY = "tariff_reset_2025"
ARTICLES = probe_articles(STORY)
TABLES = ("01_tw", "04_cn", "06_en", "08_ja")  # the articles whose values carry a label: a header, 原/现
CLEAN = ("02_tw", "05_en", "07_ja", "09_tw", "10_hk")  # the articles with nothing planted
NOT_READ: dict[str, str] = {}  # every article's list is read
COUNTS_NOT_READ: dict[str, str] = {}  # every article's counts are read


@pytest.mark.parametrize("article", [marked(a, NOT_READ) for a in ARTICLES])
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order (``原`` and ``现`` the values' labels, no part of the name), both rates as printed,
    the change in percentage points where a table prints one; the column where a header or a word labels
    the values."""
    assert_valued_items_as_expected(STORY, article, TABLES)


@pytest.mark.parametrize("article", [marked(a, COUNTS_NOT_READ) for a in ARTICLES])
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article, ("total", "group"))


def test_the_old_rates_of_every_outlet_are_one_column_and_the_new_rates_another() -> None:
    """Whatever order an outlet prints them in (``20% from 46%``: the new rate first) and whatever it labels
    them (``4月稅率``, ``原``, ``April rate``, ``旧税率``, nothing), the old rates of all outlets align into
    one canonical column, the new rates into another, the changes into a third."""
    result = story(STORY)
    entity_of = {k: e.id for e in result.entities for k in e.mentions}
    columns = align_columns([m for m in result.mentions if m.kind == "list"], entity_of)
    by_role: dict[str, set[str | None]] = {}
    for article in ARTICLES:
        read = items(result, article)
        want = expected_file(STORY, article)["items"]
        for m, w in zip(read, want, strict=True):
            for k, v in enumerate(w["values"]):
                by_role.setdefault(v["role"], set()).add(columns.column(m, k))
    assert all(len(cols) == 1 for cols in by_role.values()), by_role
    assert len({next(iter(cols)) for cols in by_role.values()}) == len(by_role)


def test_the_planted_errors_are_found_once_each() -> None:
    assert errors(story(STORY)) == [
        ("arithmetic", ("01_tw",)),
        ("column_swap", ("03_hk",)),
        ("count_conflict", ("08_ja",)),
        ("list_short", ("04_cn",)),
        ("value_conflict", ("06_en",)),
    ]


def test_nobody_else_is_accused() -> None:
    result = story(STORY)
    for article in CLEAN:
        assert against(result, article) == [], article


def test_the_outlets_that_print_only_the_new_rates_are_not_accused() -> None:
    """09_tw and 10_hk print one rate per country: nothing is said of the old rate they leave out."""
    result = story(STORY)
    assert against(result, "09_tw") == [] and against(result, "10_hk") == []


def test_the_change_that_disagrees_with_its_rates_is_one_error_about_its_row() -> None:
    """01_tw prints 越南 46% and 20% with -16: the change is -26. One error, and no conflict with 06_en's
    -26 on the change column beside it."""
    d = the_error(STORY, "01_tw")
    assert d.kind == "arithmetic" and "越南" in d.message and "-16" in d.message and "-26" in d.message
    assert [x for x in against(story(STORY), "01_tw") if x.kind == "value_conflict"] == []


def test_the_swapped_old_and_new_rates_are_one_error() -> None:
    d = the_error(STORY, "03_hk")
    assert d.kind == "column_swap" and "泰國" in d.message and "swapped" in d.message


def test_a_wrong_new_rate_is_one_error_not_a_second_on_its_change() -> None:
    """06_en gives Malaysia 15% with the change -9 that goes with it: the rate is the error, the change
    column (-9 where 01_tw prints -5) no second finding."""
    d = the_error(STORY, "06_en")
    assert d.kind == "value_conflict" and "Malaysia" in d.message and "15%" in d.message
    assert [x.kind for x in against(story(STORY), "06_en")] == ["value_conflict"]


def test_the_country_missing_under_a_count_is_one_error_naming_it() -> None:
    d = the_error(STORY, "04_cn")
    assert d.kind == "list_short" and "柬埔寨" in d.message


def test_the_count_of_thirteen_over_twelve_is_one_error() -> None:
    d = the_error(STORY, "08_ja")
    assert "13" in d.message and "12" in d.message


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


ZH_NUMBERED = (
    "甲盟調整稅率\n\n甲報　2025年8月1日\n\n相關4個經濟體原稅率及現稅率如下：\n\n"
    "{rows}\n分析人士認為影響較大。\n"
)


@pytest.mark.parametrize(("old", "new"), [("原", "现"), ("原", "現"), ("舊", "新")])
def test_a_word_that_dates_the_first_value_after_a_space_is_no_part_of_the_name(
    tmp_path: Path, old: str, new: str
) -> None:
    """``1. 甲國 原46% 现20%``: the name is 甲國, the two values labelled ``原`` and ``现`` (before: the name
    was 甲國原)."""
    rows = "".join(
        f"{k}. {n} {old}{a}% {new}{b}%\n"
        for k, (n, a, b) in enumerate(
            [("甲國", 46, 20), ("乙國", 32, 20), ("丙國", 36, 19), ("丁國", 17, 19)], 1
        )
    )
    read = _read(tmp_path, ZH_NUMBERED.format(rows=rows))
    assert [(m.name_zh, [(v.column, v.number) for v in m.values]) for m in read] == [
        ("甲國", [(old, 46), (new, 20)]),
        ("乙國", [(old, 32), (new, 20)]),
        ("丙國", [(old, 36), (new, 19)]),
        ("丁國", [(old, 17), (new, 19)]),
    ]


TABLE = (
    "<html><head><title>{title}</title><meta property='og:site_name' content='{outlet}'></head><body>"
    "<article><h1>{title}</h1><p>The rates are as follows:</p><table>"
    "<tr><th>Economy</th><th>April rate</th><th>New rate</th><th>{third}</th></tr>{rows}</table>"
    "<p>The rates take effect next week, {outlet} reports.</p></article></body></html>"
)
RATES = [("Aland", 46, 20), ("Borduria", 32, 20), ("Carpathia", 36, 19), ("Dalmatia", 17, 19)]


def _table(folder: Path, name: str, rows: list[tuple[str, int, int, str]], third: str = "Change") -> None:
    cells = "".join(f"<tr><td>{n}</td><td>{a}%</td><td>{b}%</td><td>{c}</td></tr>" for n, a, b, c in rows)
    page = TABLE.format(title="New tariff rates", outlet=f"{name} Times", third=third, rows=cells)
    (folder / f"{name}.html").write_text(page, encoding="utf-8")


def _changes(rates: list[tuple[str, int, int]]) -> list[tuple[str, int, int, str]]:
    return [(n, a, b, f"{b - a:+d}") for n, a, b in rates]


def test_a_change_that_is_not_the_difference_of_its_two_values_is_an_arithmetic_error(tmp_path: Path) -> None:
    """``Aland | 46% | 20% | -16``, three rows whose change is the new rate less the old: one error naming
    the row (before: nothing, one outlet alone)."""
    rows = _changes(RATES)
    rows[0] = ("Aland", 46, 20, "-16")
    _table(tmp_path, "01", rows)
    result = reconcile([str(tmp_path)])
    (d,) = [d for d in result.discrepancies if d.severity is not Severity.INFO]
    assert (d.kind, d.sources) == ("arithmetic", ("01",))
    assert "Aland" in d.message and "-16" in d.message and "-26" in d.message


def test_a_third_column_that_is_no_change_of_the_two_is_not_judged(tmp_path: Path) -> None:
    """Guard: ``Aland | 46% | 20% | 3``, a column of something else (a rank, a count): no change column, no
    finding."""
    _table(tmp_path, "01", [(n, a, b, str(k)) for k, (n, a, b) in enumerate(RATES, 1)], third="Rank")
    result = reconcile([str(tmp_path)])
    assert [d for d in result.discrepancies if d.severity is not Severity.INFO] == []


def test_a_part_of_a_total_is_no_change(tmp_path: Path) -> None:
    """Guard: ``Aland | 80 | 146 | 226`` (two parts and their total), one row's second part off: the total
    less the first part is the second, but a part printed before the total is no change of the others."""
    rows = [("Aland", 80, 146, "226"), ("Borduria", 72, 62, "134"), ("Carpathia", 60, 40, "100")]
    rows += [("Dalmatia", 50, 30, "84")]
    cells = "".join(f"<tr><td>{n}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for n, a, b, c in rows)
    page = TABLE.format(title="Votes", outlet="01 Times", third="Total", rows=cells)
    (tmp_path / "01.html").write_text(
        page.replace("April rate", "Members").replace("New rate", "Members' votes"), encoding="utf-8"
    )
    result = reconcile([str(tmp_path)])
    assert [d for d in result.discrepancies if "a change of" in d.message] == []


def test_a_wrong_value_with_the_change_that_goes_with_it_is_one_finding(tmp_path: Path) -> None:
    """Three outlets print ``Borduria | 32% | 20% | -12``; a fourth ``Borduria | 32% | 15% | -17``: one
    value_conflict on 15%, no second on its change (before: an error on the change column too)."""
    for name in ("01", "02", "03"):
        _table(tmp_path, name, _changes(RATES))
    _table(tmp_path, "04", _changes([("Aland", 46, 20), ("Borduria", 32, 15), *RATES[2:]]))
    result = reconcile([str(tmp_path)])
    assert [(d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO] == [
        ("value_conflict", ("04",))
    ]


def test_two_items_values_swapped_beside_their_changes_is_one_finding(tmp_path: Path) -> None:
    """Three outlets print ``Aland | 46% | 20% | -26`` and ``Hetland | 31% | 39% | +8``; a fourth prints
    their new rates in each other's place, the changes as the others: one value finding naming the
    swap, not two arithmetic errors on the changes its rows no longer add up to (before: the changes'
    errors only, the swap dropped as if a share's)."""
    more = [
        *RATES,
        ("Estovakia", 24, 19),
        ("Freedonia", 49, 19),
        ("Grand Fenwick", 48, 40),
        ("Hetland", 31, 39),
    ]
    for name in ("01", "02", "03"):
        _table(tmp_path, name, _changes(more))
    rows = _changes(more)
    rows[0], rows[-1] = ("Aland", 46, 39, "-26"), ("Hetland", 31, 20, "+8")
    _table(tmp_path, "04", rows)
    result = reconcile([str(tmp_path)])
    found = [(d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO]
    assert found == [("value_conflict", ("04",))]
    (d,) = [d for d in result.discrepancies if d.kind == "value_conflict"]
    assert "Aland" in d.message and "Hetland" in d.message and "swapped" in d.message


def test_a_change_under_a_header_in_percentage_points_is_in_pp() -> None:
    """``-26`` under ``增減（百分點）``, as ``-26個百分點`` is read: percentage points (before: the unit was
    the header's word)."""
    assert in_units(-26, "百分點") == (-26, "pp")
    assert in_units(5, "ポイント") == (5, "pp")


VALUE_LINES = (
    "甲盟新稅率\n\n{headline}\n\n乙報　2025年8月1日\n\n按稅率劃分如下：\n\n{rows}\n新稅率下周生效。\n"
)


def test_lines_grouped_by_value_are_one_list_whatever_count_a_headline_gives_one_line(tmp_path: Path) -> None:
    """``甲盟五國同為19%`` over ``15%：甲國`` / ``19%：乙國、丙國、丁國、戊國、己國`` / ``20%：庚國、辛國``:
    the headline counts the line of 19%, the list is every line (before: the 19% line and those above it
    only)."""
    rows = "15%：甲國\n19%：乙國、丙國、丁國、戊國、己國\n20%：庚國、辛國\n40%：壬國、癸國\n"
    read = _read(tmp_path, VALUE_LINES.format(headline="新關稅按級分　甲盟五國同為19%", rows=rows))
    assert [(m.name_zh, [v.raw for v in m.values]) for m in read] == [
        ("甲國", ["15%"]),
        *((n, ["19%"]) for n in ("乙國", "丙國", "丁國", "戊國", "己國")),
        ("庚國", ["20%"]),
        ("辛國", ["20%"]),
        ("壬國", ["40%"]),
        ("癸國", ["40%"]),
    ]


def test_a_sentence_that_points_to_the_table_under_it_counts_it(tmp_path: Path) -> None:
    """``… The table shows the rate announced in April and the new rate for 4 economies.`` closing the
    paragraph above a table of four: the table's count, as a lead-in ending in a colon would give it
    (before: no count, the sentence ending in a full stop)."""
    sentence = (
        "Aland's order of July 31 sets new rates on the goods of its trading partners from Aug. 7. The "
        "table shows the rate announced in April and the new rate for 4 economies."
    )
    cells = "".join(f"<tr><td>{n}</td><td>{a}%</td><td>{b}%</td></tr>" for n, a, b in RATES)
    page = (
        "<html><head><title>Rates</title><meta property='og:site_name' content='Aland Times'></head><body>"
        f"<article><h1>Rates</h1><p class='byline'>By Jane Roe, August 1, 2025</p><p>{sentence}</p>"
        "<table><thead><tr><th>Economy</th><th>April rate</th><th>New rate</th></tr></thead>"
        f"<tbody>{cells}</tbody></table><p>More text follows here.</p></article></body></html>"
    )
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert [(c.kind, int(c.stated), c.computed) for c in result.claims] == [("total", 4, 4)]


WIRE = (
    "Rates reset\n\nBy Jane Roe\n\nCAPITAL, July 31 (Aland Wire) - Aland reset its rates on Thursday.\n\n"
    "Borduria's rate falls to 20% from 46%, Carpathia's to 19% from 36% and Dalmatia's to 15% from 24%.\n\n"
    "{second}\n\nThe order takes effect next week.\n"
)


def test_a_run_of_clauses_going_on_in_the_next_paragraph_is_one_list(tmp_path: Path) -> None:
    """``Borduria's rate falls to 20% from 46%, Carpathia's to 19% from 36% and …`` then, in the next
    paragraph, ``Estovakia's rate rises to 19% from 17% and Freedonia's to 39% from 31%.``: five items,
    each with its two rates (before: the first three only, the next paragraph too short to be a list)."""
    second = "Estovakia's rate rises to 19% from 17% and Freedonia's to 39% from 31%."
    read = _read(tmp_path, WIRE.format(second=second))
    assert [(m.name_en, [v.number for v in m.values]) for m in read] == [
        ("Borduria", [20, 46]),
        ("Carpathia", [19, 36]),
        ("Dalmatia", [15, 24]),
        ("Estovakia", [19, 17]),
        ("Freedonia", [39, 31]),
    ]


def test_a_paragraph_of_other_figures_after_a_run_of_clauses_is_not_joined(tmp_path: Path) -> None:
    """Guard: ``Estovakia's exports rose 3% and Freedonia's 5%.`` after the run (one figure a clause, not
    the run's two rates): no items of the list."""
    second = "Estovakia's exports rose 3% and Freedonia's 5%."
    read = _read(tmp_path, WIRE.format(second=second))
    assert [m.name_en for m in read] == ["Borduria", "Carpathia", "Dalmatia"]
