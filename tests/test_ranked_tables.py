"""Rankings printed as tables, on made-up names: a column whose words come back down the rows is what each
row is, not the list's groups; a superlative after a number counts the ranking a heading announces; a list
that says it is the first places of a ranking is judged on those places; and a Japanese run whose every
person is described before の keeps the first one's words too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.counts import find_counts
from pipeline.models import Kind, Mention
from pipeline.run import reconcile
from sources.registry import parse_path
from tests.probe_fixtures import against, errors

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Pay | {outlet}</title><meta property="og:site_name" content="{outlet}"></head><body>
<article><h1>Pay</h1><p>The magazine published its list on Thursday.</p><h2>{heading}</h2>
<table><tr><th>Rank</th><th>Name</th><th>{label}</th><th>Total ($m)</th></tr>{rows}</table>
<p>{after}</p></article></body></html>
"""
PEOPLE = ["Jane Roe", "John Doe", "Alan Bord", "Karl Carp", "Dora Dal", "Eve Ek"]
AMOUNTS = ["275", "156", "146", "137", "135", "120"]


def _page(
    kinds: list[str], *, label: str = "Sport", heading: str = "Pay", outlet: str = "Aland Ledger"
) -> str:
    rows = "".join(
        f"<tr><td>{k}</td><td>{n}</td><td>{s}</td><td>{v}</td></tr>"
        for k, (n, s, v) in enumerate(zip(PEOPLE, kinds, AMOUNTS, strict=True), 1)
    )
    return PAGE.format(outlet=outlet, heading=heading, label=label, rows=rows, after="Pay rose.")


def _read(tmp_path: Path, html: str) -> Any:
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    return parse_path(path)


def _items(tmp_path: Path, html: str) -> list[Mention]:
    return [m for m in _read(tmp_path, html).mentions if m.kind is Kind.LIST]


def test_a_column_whose_words_come_back_down_a_ranking_is_each_rows_attribute(tmp_path: Path) -> None:
    """``Soccer``, ``Tennis``, ``Soccer``, …: the sport of each person ranked by pay, the words coming back
    after others; no group (before: each sport was read as a group of the list)."""
    kinds = ["Soccer", "Tennis", "Soccer", "Golf", "Tennis", "Soccer"]
    read = _items(tmp_path, _page(kinds))
    assert [m.name_en for m in read] == PEOPLE
    assert [m.group for m in read] == [""] * 6
    assert [[a.text for a in m.attributes] for m in read] == [[k] for k in kinds]


def test_a_column_whose_words_stand_in_runs_still_files_the_rows(tmp_path: Path) -> None:
    """Guard: ``Full``, ``Full``, ``Full``, ``Partial``, ``Partial``, ``Partial``: each word's rows together,
    a table grouped by that column."""
    kinds = ["Full", "Full", "Full", "Partial", "Partial", "Partial"]
    read = _items(tmp_path, _page(kinds, label="Ban"))
    assert [m.group for m in read] == kinds


FIRMS = ["Aland Steel", "Borduria Oil", "Carpathia Motors", "Aland Bank", "Borduria Gas", "Dalia Foods"]
FIRMS_PAGE = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>排名 | 甲報</title>
<meta property="og:site_name" content="甲報"></head><body><article><h1>前6名</h1>
<p>前6名企業如下表：</p><table><tr><th>排名</th><th>公司</th><th>{label}</th><th>去年排名</th></tr>{rows}
</table><p>以上。</p></article></body></html>
"""


def _firms(places: list[str], label: str) -> str:
    rows = "".join(
        f"<tr><td>{k}</td><td>{n}</td><td>{p}</td><td>{7 - k}</td></tr>"
        for k, (n, p) in enumerate(zip(FIRMS, places, strict=True), 1)
    )
    return FIRMS_PAGE.format(label=label, rows=rows)


@pytest.mark.parametrize("label", ["國家", "Country", "總部"])
def test_a_ranked_column_of_countries_that_come_back_is_each_rows_place(tmp_path: Path, label: str) -> None:
    """``甲國``, ``乙國``, ``甲國``, …: the country of each company ranked, the countries coming back after
    others, is each row's place, not the list's groups (before: each country a group, the column being
    headed as countries or as the rows' home)."""
    places = ["甲國", "乙國", "丙國", "甲國", "乙國", "甲國"]
    read = _items(tmp_path, _firms(places, label))
    assert [m.name_en for m in read] == FIRMS
    assert [m.group for m in read] == [""] * 6
    assert [[(a.text, a.label) for a in m.attributes] for m in read] == [[(p, label)] for p in places]


def test_a_ranked_column_of_countries_in_runs_still_files_the_rows(tmp_path: Path) -> None:
    """Guard: ``甲國``, ``甲國``, ``甲國``, ``乙國``, …: each country's rows together, a table grouped by
    country."""
    places = ["甲國", "甲國", "甲國", "乙國", "乙國", "乙國"]
    read = _items(tmp_path, _firms(places, "國家"))
    assert [m.group for m in read] == places


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The world's 6 highest-paid athletes, 2025", 6),
        ("Aland's 10 richest", 10),
        ("The five largest economies:", 5),
        ("The three most valuable brands", 3),
        ("The 5 interest rates", None),  # -est that compares nothing
    ],
)
def test_a_number_before_a_superlative_counts_the_ranking_a_lead_in_announces(
    text: str, count: int | None
) -> None:
    """``The world's 10 highest-paid athletes``: the number before a superlative is the size of the ranking
    the heading or lead-in introduces (before: no count read)."""
    assert [c.value for c in lead_in_counts(text)] == ([count] if count else [])


def test_a_superlative_in_running_text_counts_nothing() -> None:
    """Guard: ``the 10 highest-paid earned a combined $1.4 billion``, a sentence of what a set of them did,
    states no count of the list wherever the prose is read."""
    assert find_counts("The 10 highest-paid earned a combined $1.4 billion last year.") == []


def test_a_table_under_a_heading_of_a_superlative_states_its_count(tmp_path: Path) -> None:
    heading = "The world's 6 highest-paid athletes, 2025"
    parsed = _read(tmp_path, _page(["Soccer"] * 6, heading=heading))
    assert [(h.label, h.stated) for h in parsed.headings] == [(heading, 6)]


TOP = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Pay | {outlet}</title><meta property="og:site_name" content="{outlet}"></head><body>
<article><h1>Pay</h1><p>{lead}</p>
<table><tr><th>Rank</th><th>Name</th><th>Total ($m)</th></tr>{rows}</table>
<p>{after}</p></article></body></html>
"""
# the last two people under names no other outlet prints, linked to no one
SIX = list(zip(PEOPLE, AMOUNTS, strict=True))
ODD = [*SIX[:4], ("Zed Zim", "135"), ("Yan Yod", "120")]


def _top(outlet: str, rows: list[tuple[str, str]], lead: str) -> str:
    cells = "".join(f"<tr><td>{k}</td><td>{n}</td><td>{v}</td></tr>" for k, (n, v) in enumerate(rows, 1))
    return TOP.format(outlet=outlet, lead=lead, rows=cells, after=f"{outlet} will print more.")


def _reconciled(tmp_path: Path, pages: dict[str, str]) -> Any:
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


def test_a_top_three_of_six_is_judged_on_its_three_places(tmp_path: Path) -> None:
    """Two tables of six under ``The top 6``, a third naming its last two places otherwise, and one of three
    under ``The top 3``: what the others print past third is no omission of the top three (before: an
    ``unlinked_list`` warning against it, as against a whole list that leaves them out)."""
    result = _reconciled(
        tmp_path,
        {
            "01.html": _top("Aland Ledger", SIX, "The top 6 earners:"),
            "02.html": _top("Borduria Post", SIX, "The top 6 earners:"),
            "03.html": _top("Carpathia Times", ODD, "The top 6 earners:"),
            "04.html": _top("Dalmatia Daily", SIX[:3], "The top 3 earners:"),
        },
    )
    assert against(result, "04") == []


def test_a_top_six_of_five_is_still_one_short(tmp_path: Path) -> None:
    """Guard: ``The top 6`` over five rows, where the others print six: one short, the sixth place one the
    others print, whatever the first places rule keeps out."""
    result = _reconciled(
        tmp_path,
        {
            "01.html": _top("Aland Ledger", SIX, "The top 6 earners:"),
            "02.html": _top("Borduria Post", SIX, "The top 6 earners:"),
            "03.html": _top("Carpathia Times", SIX, "The top 6 earners:"),
            "04.html": _top("Dalmatia Daily", [*SIX[:2], *SIX[3:]], "The top 6 earners:"),
        },
    )
    assert errors(result) == [("list_short", ("04",))]


def test_the_first_places_of_a_ranking_say_nothing_of_a_longer_lists_last_items(tmp_path: Path) -> None:
    """Two tables under ``The top 3`` and one of five: the fourth and fifth are no items of the longer list's
    own, the top threes being silent past third (before: an ``unique_item`` warning for each)."""
    result = _reconciled(
        tmp_path,
        {
            "01.html": _top("Aland Ledger", SIX[:3], "The top 3 earners:"),
            "02.html": _top("Borduria Post", SIX[:3], "The top 3 earners:"),
            "03.html": _top("Carpathia Times", SIX[:5], "What the main earners made:"),
        },
    )
    assert [d.kind for d in against(result, "03")] == []


JA_RUN = (
    "甲国、16人解放\n\n戊新聞　2024年8月2日\n\n"
    "甲国は1日、{first}、元海兵隊員のジョン・ドウ氏、{third}ら16人を解放した。\n\n以上。\n"
)


def _ja(tmp_path: Path, first: str, third: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / "a.txt"
    path.write_text(JA_RUN.format(first=first, third=third), encoding="utf-8")
    read = [m for m in parse_path(path).mentions if m.kind is Kind.LIST]
    return [(m.name_zh, [a.text for a in m.attributes]) for m in read]


def test_the_first_persons_paper_before_no_is_kept_when_every_other_is_described(tmp_path: Path) -> None:
    """``乙紙アランド・タイムズのロー記者、元海兵隊員のジョン・ドウ氏、野党政治家のピーター・ポー氏``: every
    other person described before の, the first one's words before の are that person's paper, kept with
    the post (before: dropped as the lead-in's)."""
    assert _ja(tmp_path, "乙紙アランド・タイムズのロー記者", "野党政治家のピーター・ポー氏") == [
        ("ロー", ["乙紙アランド・タイムズ", "記者"]),
        ("ジョン・ドウ", ["元海兵隊員"]),
        ("ピーター・ポー", ["野党政治家"]),
    ]
