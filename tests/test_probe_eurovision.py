"""A ranking with several values per country and a sum of parts (``tests/fixtures/eurovision_2025/``, its
README.md says what is planted where): the Eurovision Song Contest 2025 grand final's top 10 with jury,
televote and total points, eight outlets in four languages, read against one expected file per article
(``tests/expected/probes/eurovision_2025/``). Planted: a total that is not the sum of its parts (Hong
Kong's lines), jury and televote swapped for one country (the mainland's numbered lines), a wrong rank
(the English table), a country missing under ``前10名`` (the Taiwan totals). The shapes the story needed
read are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.lang.counts import find_counts
from pipeline.models import Mention, Severity
from pipeline.run import reconcile
from pipeline.value_columns import align_columns
from sources.registry import parse_path
from tests.probe_fixtures import (
    against,
    assert_counts_as_expected,
    expected_file,
    findings,
    items,
    printed_name,
    probe_articles,
    story,
)

STORY = "eurovision_2025"
ARTICLES = probe_articles(STORY)
UNREAD: dict[str, str] = {}


def _marked(articles: list[str], gaps: dict[str, str]) -> list[Any]:
    return [
        pytest.param(a, marks=pytest.mark.xfail(strict=True, reason=gaps[a])) if a in gaps else a
        for a in articles
    ]


def _values(m: Mention, rank_column: str) -> dict[str, float | None]:
    """An item's values by their column labels, its rank aside (the expected files give it as ``place``)."""
    return {v.column: v.number for v in m.values if not rank_column or v.column != rank_column}


@pytest.mark.parametrize("article", _marked(ARTICLES, UNREAD))
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [m.group for m in read] == [w["group"] for w in want]
    assert [_values(m, expected.get("rank_column", "")) for m in read] == [w["values"] for w in want]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    found = next(a for a in story(STORY).articles if a.id == article)
    assert found.outlet == expected["outlet"]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article)


def test_the_jury_televote_and_total_columns_are_one_column_each_across_languages() -> None:
    """評審團 / 評審 / 评审团 / Jury / 審査員 are one canonical column, and so are the televote and the total
    columns (with the unlabelled totals of the Taiwan lines); the English rank column is a fourth."""
    result = story(STORY)
    listed = [m for m in result.mentions if m.kind == "list"]
    entity_of = {k: e.id for e in result.entities for k in e.mentions}
    columns = align_columns(listed, entity_of)
    canonical: dict[tuple[str, str], set[str | None]] = {}
    for m in listed:
        for k, v in enumerate(m.values):
            canonical.setdefault((m.article, v.column), set()).add(columns.column(m, k))
    by_label = {key: ids.pop() for key, ids in canonical.items() if len(ids) == 1}
    assert len(by_label) == len(canonical)
    jury = {
        by_label[k] for k in [("01_tw", "評審團"), ("02_hk", "評審"), ("03_cn", "评审团"), ("04_en", "Jury")]
    }
    tele = {
        by_label[k]
        for k in [("01_tw", "觀眾票"), ("02_hk", "觀眾"), ("03_cn", "观众投票"), ("05_ja", "視聴者")]
    }
    total = {by_label[k] for k in [("01_tw", "總分"), ("02_hk", "共"), ("05_ja", "計"), ("08_tw", "")]}
    assert jury == {by_label[("05_ja", "審査員")]} and tele == {by_label[("04_en", "Televote")]}
    assert total == {by_label[("04_en", "Total")]} == {by_label[("03_cn", "总分")]}
    assert len({*jury, *tele, *total, by_label[("04_en", "Rank")]}) == 4


def test_the_total_that_is_not_its_parts_sum_is_one_error_naming_hong_kong() -> None:
    """``愛沙尼亞 評審98分、觀眾258分，共365分``: its own parts make 356; one ``arithmetic`` error, and no
    second finding about the same total's disagreeing with the other outlets."""
    found = against(story(STORY), "02_hk")
    assert [(d.kind, d.severity, d.sources) for d in found] == [("arithmetic", Severity.ERROR, ("02_hk",))]
    (d,) = found
    assert "愛沙尼亞" in d.message and "365" in d.message and "356" in d.message
    assert "愛沙尼亞" in d.evidence[0].quote and "365" in d.evidence[0].quote


def test_the_swapped_jury_and_televote_are_one_error_naming_the_mainland_lines() -> None:
    """``4. 瑞典：评审团195分，观众投票126分``: the two values traded places; one finding, not one in each
    column."""
    found = against(story(STORY), "03_cn")
    assert [(d.kind, d.severity, d.sources) for d in found] == [("column_swap", Severity.ERROR, ("03_cn",))]
    assert "瑞典" in found[0].message and "195" in found[0].message and "126" in found[0].message


def test_the_nine_rows_under_the_top_10_are_one_finding_naming_the_taiwan_totals() -> None:
    """Nine rows under ``前10名``, ``第8名`` followed by ``第10名``: the list is one short, 烏克蘭 the
    country it leaves out; one finding, and the others' 烏克蘭 is no item one outlet alone lists."""
    found = against(story(STORY), "08_tw")
    assert [(d.kind, d.severity, d.sources) for d in found] == [("list_short", Severity.ERROR, ("08_tw",))]
    assert "Ukraine" in found[0].message or "烏克蘭" in found[0].message


def test_no_outlet_is_accused_but_the_planted_ones() -> None:
    """Nothing against the table, the columns, the inline names and the prose of the four outlets with
    no planted error; no list too long, no item one outlet alone lists."""
    result = story(STORY)
    for article in ("01_tw", "05_ja", "06_ja", "07_en"):
        assert against(result, article) == []


def test_the_wrong_rank_is_one_error_naming_the_english_table() -> None:
    """``2 | Estonia | … | 356`` under ``2 | Israel | … | 357``: two of the table's own rows score more
    than Estonia, so it ranks 3 at best; one ``arithmetic`` error naming the English table alone (the
    Albania and Ukraine tie on 218, ranked 8 and 9, is no error)."""
    found = against(story(STORY), "04_en")
    assert [(d.kind, d.severity, d.sources) for d in found] == [("arithmetic", Severity.ERROR, ("04_en",))]
    assert "Estonia" in found[0].message and "356" in found[0].message
    assert found[0].evidence[0].quote.startswith("Estonia")


def test_each_planted_error_is_one_finding_and_nobody_else_is_accused() -> None:
    assert findings(story(STORY)) == [
        ("arithmetic", ("02_hk",)),
        ("arithmetic", ("04_en",)),
        ("column_swap", ("03_cn",)),
        ("list_short", ("08_tw",)),
    ]


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


NAMES = ("甲國", "乙國", "丙國", "丁國", "戊國")
PARTS = ((258, 178), (60, 297), (98, 258), (126, 195), (159, 97))
LINES = "甲賽落幕\n\n乙報　2025年5月18日\n\n甲賽周六舉行，五強得分如下：\n\n{rows}\n\n明年賽事移師甲國。\n"


@pytest.mark.parametrize(
    ("shape", "labels"),
    [
        ("{n} 評審{a}分、觀眾{b}分，共{t}分", ["評審", "觀眾", "共"]),
        ("{k}. {n}：評審團{a}分，觀眾投票{b}分，總分{t}分", ["評審團", "觀眾投票", "總分"]),
    ],
)
def test_a_line_of_labelled_scores_is_one_item_with_its_values(
    tmp_path: Path, shape: str, labels: list[str]
) -> None:
    """``甲國 評審258分、觀眾178分，共436分``, ``1. 甲國：評審團258分，觀眾投票178分，總分436分``: the
    commas part the figures of one item, each number under its label, the counter ``分`` no part of it."""
    rows = "\n".join(
        shape.format(k=k, n=n, a=a, b=b, t=a + b)
        for k, (n, (a, b)) in enumerate(zip(NAMES, PARTS, strict=True), start=1)
    )
    read = _read(tmp_path, LINES.format(rows=rows))
    assert [m.name_zh for m in read] == list(NAMES)
    assert [[(v.column, v.number) for v in m.values] for m in read] == [
        list(zip(labels, (a, b, a + b), strict=True)) for a, b in PARTS
    ]


def test_places_in_words_with_one_left_out_are_the_rows_order_not_names(tmp_path: Path) -> None:
    """``第1名　甲國　436分`` … ``第3名`` then ``第5名``: the column of places is no column of names,
    and ``436分`` is the row's value."""
    placed = [(1, 0), (2, 1), (3, 2), (5, 4)]  # the fourth left out
    rows = "\n".join(f"第{k}名　{NAMES[i]}　{sum(PARTS[i])}分" for k, i in placed)
    read = _read(tmp_path, LINES.format(rows=rows))
    assert [(m.name_zh, [v.number for v in m.values]) for m in read] == [
        ("甲國", [436]),
        ("乙國", [357]),
        ("丙國", [356]),
        ("戊國", [256]),
    ]


def test_a_clause_that_places_a_name_in_words_leaves_the_run_after_it_unread(tmp_path: Path) -> None:
    """``Carpathia … was fourth with 321, ahead of Aland (256), …, Freedonia (218) and Latveria (214).``:
    the run after ``ahead of`` is a part of a ranking the sentence tells in other shapes, never a list
    (read alone it would accuse the outlet of leaving the rest out)."""
    text = (
        "Contest ends\n\nWire, May 18, 2025\n\nBASEL, May 17 - Sylvania won the contest on Saturday with 436 "
        "points.\n\nBorduria won the public vote with 297 points, finishing second on 357. Carpathia, the "
        "favourite, was fourth with 321, ahead of Aland (256), Ruritania (231), Molvania (230), Freedonia "
        "(218) and Latveria (214).\n\nThe next contest is in Sylvania.\n"
    )
    assert _read(tmp_path, text) == []


def test_the_last_sentence_of_a_lead_in_paragraph_counts_the_table_under_it(tmp_path: Path) -> None:
    """``… by viewers at home. The top ten in the grand final:`` over a table: the count is the last
    sentence's."""
    rows = "".join(
        f"<tr><td>{k}</td><td>{n}</td><td>{a}</td><td>{b}</td><td>{a + b}</td></tr>"
        for k, (n, (a, b)) in enumerate(
            zip(("Aland", "Borduria", "Carpathia", "Sylvania", "Ruritania"), PARTS, strict=True), start=1
        )
    )
    page = (
        '<html lang="en"><body><article><h1>Contest ends</h1><p>Each score is the sum of the points of the '
        "juries and of viewers at home. The top five in the final:</p><table><thead><tr><th>Rank</th>"
        f"<th>Country</th><th>Jury</th><th>Televote</th><th>Total</th></tr></thead><tbody>{rows}</tbody>"
        "</table><p>The next contest is in Aland.</p></article></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    assert [h.stated for h in parse_path(path).headings] == [5]


@pytest.mark.parametrize(
    ("text", "counted"),
    [("甲国は10位に終わった。", []), ("乙国は3位だった。", []), ("共有10位委員出席", [10])],
)
def test_a_japanese_place_is_no_count(text: str, counted: list[int]) -> None:
    """``10位に終わった``: a place in Japanese, kana after it; Chinese ``10位委員`` counts ten people."""
    assert [c.value for c in find_counts(text)] == counted


SCORES = ["Aland", "Borduria", "Carpathia", "Sylvania", "Ruritania"]
RANKED = (
    '<html lang="en"><body><article><h1>Contest ends</h1><p>The points of the juries and of viewers at home '
    "were added. The results of the final:</p><table><thead><tr><th>Rank</th><th>Country</th><th>Jury</th>"
    "<th>Televote</th><th>Total</th></tr></thead><tbody>{rows}</tbody></table><p>The next contest is in "
    "Aland.</p></article></body></html>"
)


def _ranked(tmp_path: Path, ranks: list[int], parts: list[tuple[int, int]]) -> list[Any]:
    rows = "".join(
        f"<tr><td>{k}</td><td>{n}</td><td>{a}</td><td>{b}</td><td>{a + b}</td></tr>"
        for k, n, (a, b) in zip(ranks, SCORES, parts, strict=True)
    )
    (tmp_path / "01.html").write_text(RANKED.format(rows=rows), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    return [(d.kind, d.subject) for d in result.discrepancies if d.severity is not Severity.INFO]


PARTS_RANKED = [(258, 178), (60, 297), (98, 258), (126, 195), (159, 97)]


def test_a_rank_above_what_the_tables_own_totals_allow_is_one_error(tmp_path: Path) -> None:
    """``2 | Carpathia | 356`` under ``2 | Borduria | 357``: two rows score more, Carpathia ranks 3 at
    best."""
    assert _ranked(tmp_path, [1, 2, 2, 4, 5], PARTS_RANKED) == [("arithmetic", "Carpathia: Rank")]


@pytest.mark.parametrize(
    ("ranks", "parts"),
    [
        ([1, 4, 9, 15, 20], PARTS_RANKED),  # a selection of a longer ranking: places beyond the rows
        ([1, 2, 3, 4, 5], [(258, 178), (60, 297), (98, 258), (45, 173), (60, 158)]),  # a tie on 218 broken
    ],
)
def test_ranks_a_selection_or_a_broken_tie_gives_are_within_what_the_totals_allow(
    tmp_path: Path, ranks: list[int], parts: list[tuple[int, int]]
) -> None:
    assert _ranked(tmp_path, ranks, parts) == []
