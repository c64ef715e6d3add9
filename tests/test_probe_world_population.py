"""Large numbers in different magnitudes and units (``tests/fixtures/world_population_2024/``, its README.md
says what is planted where): the ten most populous countries in the UN's World Population Prospects 2024,
nine outlets in four languages and scripts, each printing the figures its own way: a table whose header
carries the unit (``人口（億）`` over ``14.51``, ``Population (millions)`` over ``1,450.9``, ``人口(万人)``
over ``145,094``), ``14.5億人``, ``14億5千萬人``, ``1.45 billion``, ``14億5094万人``, a bare ``（3.45亿）``
in brackets, shares of the world in % beside them, and places (a rank column, numbered and circled
lines); read against one expected file per article (``tests/expected/probes/world_population_2024/``).
All of them are compared in one magnitude: ``14.5億`` agrees with ``1.45 billion`` and with
``145,094万``, rounding being no error. Planted: a unit error (``14.5萬人`` for ``14.5億``, 02_hk), one
country missing from a top ten (05_en), two countries' places swapped (06_ja), a value of another year
(07_ja). The shapes the story needed read or judged are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.checks.scale_slips import beyond_any_slip, scale_slip
from pipeline.lang.counts import find_counts
from pipeline.lang.precision import printed_step
from pipeline.lang.value_words import in_units
from pipeline.lang.values import find_values
from pipeline.models import Mention, Reconciliation, Severity
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

STORY = "world_population_2024"
ARTICLES = probe_articles(STORY)
TABLES = ("01_tw", "05_en", "07_ja")  # the articles whose values carry a header
CLEAN = ("01_tw", "03_cn", "04_en", "08_cn", "09_tw")  # the articles with nothing planted
FIRST_CLAUSES = (
    "a ranking whose first places are told each in a clause of its own (India, with 1.45 billion people, "
    "... ahead of China with 1.42 billion; 印度以14.51亿人位居全球第一…；中国以14.19亿人位居第二) before "
    "the others are enumerated is read from the enumeration only: the first two are no items"
)
NOT_READ = {"04_en": FIRST_CLAUSES, "08_cn": FIRST_CLAUSES}
COUNTS_NOT_READ: dict[str, str] = {}  # every article's counts are read


@pytest.mark.parametrize("article", [marked(a, NOT_READ) for a in ARTICLES])
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order, every figure as printed with its number in one magnitude (``14.51`` under
    ``人口（億）`` is 1,451,000,000, ``14.5萬人`` 145,000 people), its column where a header labels it."""
    assert_valued_items_as_expected(STORY, article, TABLES)


@pytest.mark.parametrize("article", [marked(a, COUNTS_NOT_READ) for a in ARTICLES])
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article, ("total", "group"))


def test_the_planted_errors_are_found_once_each() -> None:
    assert errors(story(STORY)) == [
        ("list_short", ("05_en",)),
        ("value_conflict", ("02_hk",)),
        ("value_conflict", ("06_ja",)),
        ("value_conflict", ("07_ja",)),
    ]


def test_nobody_else_is_accused() -> None:
    """Rounding is no error (``1.45 billion`` against ``1,450.9 million``, ``14.5億`` against
    ``14億5094万人``), nor is printing the top five only (09_tw), nor a title's figure of two countries
    together (07_ja's ``インドと中国で35％``)."""
    result = story(STORY)
    for article in CLEAN:
        assert against(result, article) == [], article
    assert [d.kind for d in against(result, "07_ja")] == ["value_conflict"]


def test_every_outlets_population_is_one_column_in_one_magnitude() -> None:
    """Whatever the magnitude each outlet prints its figures in (億 in the header, 萬 and 億 in the cell,
    millions, a bare 亿 in brackets), the populations of all outlets align into one canonical column and
    the shares into another."""
    result = story(STORY)
    entity_of = {k: e.id for e in result.entities for k in e.mentions}
    columns = align_columns([m for m in result.mentions if m.kind == "list"], entity_of)
    by_role: dict[str, set[str | None]] = {}
    for article in ARTICLES:
        if article in NOT_READ:
            continue
        want = expected_file(STORY, article)["items"]
        for m, w in zip(items(result, article), want, strict=True):
            for k, v in enumerate(w["values"]):
                by_role.setdefault(v["role"], set()).add(columns.column(m, k))
    assert all(len(cols) == 1 for cols in by_role.values()), by_role
    assert len({next(iter(cols)) for cols in by_role.values()}) == len(by_role)


def test_a_unit_error_is_one_error_saying_ten_thousand_times() -> None:
    d = the_error(STORY, "02_hk")
    assert "印度" in d.message and "14.5萬人" in d.message and "factor of 10,000" in d.message


def test_the_swapped_places_are_one_error() -> None:
    d = the_error(STORY, "06_ja")
    assert "ナイジェリア" in d.message and "パキスタン" in d.message and "swapped" in d.message


def test_a_value_of_another_year_is_the_values_error_under_the_outlets_own_header() -> None:
    """07_ja's India (142,863万人, its 2023 figure) is off against the others, and its share 17.8 with
    them: the figure is the misprint, one ``value_conflict`` under 07_ja's own header, saying what its
    share shows besides; no ``arithmetic`` error blaming the share."""
    d = the_error(STORY, "07_ja")
    assert d.kind == "value_conflict" and "142,863 under '人口(万人)'" in d.message
    assert "share of 17.8" in d.message


def test_the_missing_country_is_named() -> None:
    d = the_error(STORY, "05_en")
    assert "Bangladesh" in d.message


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


def _story(folder: Path, texts: dict[str, str]) -> Reconciliation:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return reconcile([str(folder)])


def _errors(result: Reconciliation) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR)


@pytest.mark.parametrize(
    ("unit", "number"), [("億", 320_000_000), ("萬", 32_000), ("百萬", 3_200_000), ("millions", 3_200_000)]
)
def test_a_header_unit_of_a_scale_word_alone_scales_its_column(unit: str, number: float) -> None:
    """``人口（億）`` over ``3.2``: 320,000,000, a plain figure (no unit said), as ``3.2億`` alone is."""
    assert in_units(3.2, unit) == (number, "")


def test_a_letter_alone_is_no_scale_of_a_header() -> None:
    """Guard: ``Height (m)`` is metres, not millions."""
    assert in_units(3.2, "m") == (3.2, "m")


TABLE = (
    "<html><head><title>甲國人口</title></head><body><h1>甲國人口</h1>"
    "<p>甲報　2024年7月12日</p><p>人口最多的三個國家如下：</p><table>"
    "<tr><th>國家</th><th>人口（億）</th></tr>{rows}</table><p>完。</p></body></html>"
)


def test_a_cell_that_prints_its_own_scale_word_is_not_scaled_again(tmp_path: Path) -> None:
    """``3.20億`` under ``人口（億）``: 320,000,000, read once with its scale word, not times 億 again."""
    rows = "".join(
        f"<tr><td>{n}</td><td>{p}億</td></tr>"
        for n, p in (("甲國", "3.20"), ("乙國", "2.10"), ("丙國", "1.05"))
    )
    read = _read(tmp_path, TABLE.format(rows=rows), ".html")
    assert [(m.name_zh, [(v.raw, v.number, v.unit) for v in m.values]) for m in read] == [
        ("甲國", [("3.20億", 320_000_000, "")]),
        ("乙國", [("2.10億", 210_000_000, "")]),
        ("丙國", [("1.05億", 105_000_000, "")]),
    ]


@pytest.mark.parametrize(("text", "number"), [("（3.45億）", 345_000_000), ("(12萬)", 120_000)])
def test_a_figure_in_a_scale_word_alone_in_brackets_is_a_plain_number(text: str, number: float) -> None:
    assert [(f.number, f.unit) for f in find_values(text)] == [(number, "")]


@pytest.mark.parametrize("text", ["甲國9970億、乙國3140億及丙國885億美元", "（3億2000万）"])
def test_a_bare_scaled_figure_in_a_run_is_left_to_the_amount_after_it(text: str) -> None:
    """Guard: ``甲國9970億`` in a run of amounts takes the currency said after the last one
    (``lang.carried_units``), and no plain number here."""
    assert [f.unit for f in find_values(text)] in ([], ["USD"])


@pytest.mark.parametrize(("text", "number"), [("14億5千萬人", 1_450_000_000), ("3億4千万人", 340_000_000)])
def test_a_headcount_in_thousands_of_ten_thousands_is_read(text: str, number: float) -> None:
    """``14億5千萬人``: 14 億 and 5 千萬, a way Chinese prints 1,450,000,000 people."""
    assert [(f.raw, f.number, f.unit) for f in find_values(text)] == [(text, number, "people")]


@pytest.mark.parametrize(("text", "n"), [("全球人口前五大國依序為", 5), ("前十大国依次是", 10)])
def test_the_top_n_big_countries_are_counted(text: str, n: int) -> None:
    assert [c.value for c in find_counts(text)] == [n]


def test_a_top_ten_of_international_airports_counts_no_countries() -> None:
    """Guard: ``國際`` (international) is no country after ``前十大``."""
    assert find_counts("前十大國際機場") == []


def test_one_scale_word_for_the_next_is_a_slip() -> None:
    """``14.5萬`` for ``14.5億``: ten thousand times off, one scale word for the next, a misprint; a
    figure a hundred thousand times off stays no misprint of it."""
    assert "factor of 10,000" in scale_slip(14.5e4, 14.5e8)
    assert beyond_any_slip(14.5e4, 14.5e8) is False
    assert beyond_any_slip(14.5e3, 14.5e8) is True


ZH_LINES = "甲國人口排名\n\n{outlet}報　2024年7月12日\n\n人口最多的五個國家如下：\n\n{rows}\n\n完。\n"
NAMES = ("甲國", "乙國", "丙國", "丁國", "戊國")
FIGURES = ("3.20億人", "2.10億人", "1.50億人", "1.20億人", "0.90億人")


def _lines(outlet: str, rows: list[str]) -> str:
    return ZH_LINES.format(outlet=outlet, rows="\n".join(rows))


def test_a_figure_a_scale_word_off_is_an_error(tmp_path: Path) -> None:
    """One outlet prints 甲國 ``3.20萬人`` where three print ``3.20億人`` (or ``3億2000萬人``): one
    ``value_conflict`` naming it, ten thousand times off."""
    texts = {
        f"{o}.txt": _lines(
            o, [f"{k + 1}. {n}：{f}" for k, (n, f) in enumerate(zip(NAMES, FIGURES, strict=True))]
        )
        for o in ("甲", "乙", "丙")
    }
    slipped = [
        "1. 甲國：3.20萬人",
        *(f"{k + 2}. {n}：{f}" for k, (n, f) in enumerate(zip(NAMES[1:], FIGURES[1:], strict=True))),
    ]
    texts["丁.txt"] = _lines("丁", slipped)
    result = _story(tmp_path / "slip", texts)
    assert _errors(result) == [("value_conflict", ("丁",))]
    assert "factor of 10,000" in result.discrepancies[0].message


def test_places_swapped_in_circled_lines_are_an_error(tmp_path: Path) -> None:
    """Three outlets number their lines ``1.`` to ``5.``; one circles them (``④戊國``, ``⑤丁國``) and swaps
    the fourth and fifth: one error naming it, its circled numbers read as places."""
    rows = [f"{k + 1}. {n}：{f}" for k, (n, f) in enumerate(zip(NAMES, FIGURES, strict=True))]
    texts = {f"{o}.txt": _lines(o, rows) for o in ("甲", "乙", "丙")}
    texts["00.html"] = (
        TABLE.replace("<th>國家</th>", "<th>排名</th><th>國家</th>")
        .format(
            rows="".join(
                f"<tr><td>{k + 1}</td><td>{n}</td><td>{f[:-2]}</td></tr>"
                for k, (n, f) in enumerate(zip(NAMES, FIGURES, strict=True))
            )
        )
        .replace("三個", "五個")
    )
    circled = "①②③④⑤"
    order = (0, 1, 2, 4, 3)
    texts["丁.txt"] = _lines("丁", [f"{circled[i]}{NAMES[k]}　{FIGURES[k]}" for i, k in enumerate(order)])
    result = _story(tmp_path / "swap", texts)
    assert _errors(result) == [("value_conflict", ("丁",))]
    d = next(d for d in result.discrepancies if d.severity is Severity.ERROR)
    assert "丁國" in d.message and "戊國" in d.message and "swapped" in d.message


JA_TABLE = (
    "<html><head><title>{title}</title></head><body><h1>{title}</h1><p>2024年7月12日</p>"
    "<p>人口の多い4カ国は以下の通り。</p><table><tr><th>国名</th><th>人口(万人)</th><th>比率(％)</th></tr>"
    "{rows}</table><p>（出所）甲機関</p></body></html>"
)
JA_ROWS = (
    ("アーランド", 20_000, "40.0"),
    ("ボルドゥリア", 15_000, "30.0"),
    ("カルパチア", 10_000, "20.0"),
    ("シルダビア", 5_000, "10.0"),
)


def _ja_table(title: str, rows: tuple[tuple[str, int, str], ...] = JA_ROWS) -> str:
    cells = "".join(f"<tr><td>{n}</td><td>{p:,}</td><td>{s}</td></tr>" for n, p, s in rows)
    return JA_TABLE.format(title=title, rows=cells)


@pytest.mark.parametrize(
    ("title", "accused"), [("アーランドとボルドゥリアで70％", False), ("ボルドゥリアで70％", True)]
)
def test_a_figure_of_two_names_joined_contradicts_neither(tmp_path: Path, title: str, accused: bool) -> None:
    """``アーランドとボルドゥリアで70％``: the two countries' shares together, no contradiction of
    ボルドゥリア's 30.0; the guard, ``ボルドゥリアで70％``, is one."""
    result = _story(tmp_path / "joint", {"01.html": _ja_table(title)})
    found = [d.kind for d in result.discrepancies if d.severity is not Severity.INFO]
    assert found == (["internal_contradiction"] if accused else [])


def test_an_amount_the_others_dispute_beside_a_share_they_agree_with_is_the_error(tmp_path: Path) -> None:
    """Four tables of amounts and shares; one prints アーランド 19,000 (the others 20,000) beside the same
    share of 40.0: the amount is the misprint, one ``value_conflict`` on it, not an ``arithmetic`` error
    blaming the share."""
    texts = {f"0{k}.html": _ja_table(f"人口{k}") for k in range(1, 4)}
    texts["04.html"] = _ja_table("人口4", ((("アーランド", 19_000, "40.0"),) + JA_ROWS[1:]))
    result = _story(tmp_path / "amount", texts)
    assert _errors(result) == [("value_conflict", ("04",))]
    d = next(d for d in result.discrepancies if d.severity is Severity.ERROR)
    assert "19,000 under '人口(万人)'" in d.message and "share of 40.0" in d.message


@pytest.mark.parametrize(
    ("raw", "number", "step"),
    [("14億5千萬人", 1.45e9, 1e7), ("14億1900萬人", 1.419e9, 1e6), ("14億5094万人", 1_450_940_000, 1e4)],
)
def test_a_figure_printed_in_parts_shows_its_last_parts_step(raw: str, number: float, step: float) -> None:
    """``14億5千萬人`` is rounded to 千萬 (10,000,000), so it agrees with ``14.51億``; ``14億5094万人``
    to 万."""
    assert printed_step(raw, number) == step
