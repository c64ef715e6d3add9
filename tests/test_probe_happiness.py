"""A ranking with scores, and outlets that add their own country below it (``tests/fixtures/happiness_2025/``,
its README.md says what is planted where): the World Happiness Report 2025's top 10, seven outlets in four
languages, read against one expected file per article (``tests/expected/probes/happiness_2025/``).
Planted: a score misprinted (Hong Kong's numbered lines), a country in another's place (the mainland page),
two countries' ranks swapped (the English table). The own-country rows (``27 | 台灣``, ``23 | United
Kingdom``) are outside the top 10 their articles count. The shapes the story needed read are tested again
below on made-up names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.lang.counts import find_counts
from pipeline.models import Mention, Severity
from pipeline.run import reconcile
from sources.registry import parse_path
from tests.probe_fixtures import (
    against,
    assert_counts_as_expected,
    assert_read_as_expected,
    findings,
    items,
    numbers,
    probe_articles,
    story,
)

STORY = "happiness_2025"
ARTICLES = probe_articles(STORY)
TABLES = ("01_tw", "06_en")  # the articles whose values sit under a table's header
# the articles not read yet, each with what it lacks
UNREAD: dict[str, str] = {}
UNCOUNTED = UNREAD


def _marked(articles: list[str], gaps: dict[str, str]) -> list[Any]:
    return [
        pytest.param(a, marks=pytest.mark.xfail(strict=True, reason=gaps[a])) if a in gaps else a
        for a in articles
    ]


@pytest.mark.parametrize("article", _marked(ARTICLES, UNREAD))
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    assert_read_as_expected(STORY, article, TABLES)


@pytest.mark.parametrize("article", _marked(ARTICLES, UNCOUNTED))
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article)


def test_the_misprinted_score_is_one_error_naming_hong_kong() -> None:
    (d,) = [d for d in story(STORY).discrepancies if d.sources == ("02_hk",)]
    assert (d.kind, d.severity) == ("value_conflict", Severity.ERROR)
    assert "芬蘭" in d.message and "7.376" in d.message and "7.736" in d.message
    assert d.evidence[0].article == "02_hk" and "7.376分" in d.evidence[0].quote


def test_the_substituted_country_is_one_error_naming_the_mainland_page() -> None:
    (d,) = [d for d in story(STORY).discrepancies if d.sources == ("07_cn",)]
    assert (d.kind, d.severity) == ("wrong_item", Severity.ERROR)
    assert "澳大利亚" in d.message and "Costa Rica" in d.message
    assert d.evidence[0].article == "07_cn" and d.evidence[0].quote == "澳大利亚"


def test_the_swapped_ranks_are_one_finding_naming_the_english_table_and_nobody_else_is_accused() -> None:
    """Ranks are printed by two tables only (01_tw, 06_en), but the Hong Kong numbered lines (``4. 瑞典``)
    and the mainland page's places (``第4名：瑞典``) state an order too, and so does the Japanese ``<ol>``
    under ``上位10カ国`` as a browser numbers it: four outlets place Sweden 4th and the Netherlands 5th, the
    English table alone the other way round. One finding names it and quotes both rows; the prose (03_cn,
    04_en) states no place."""
    result = story(STORY)
    assert findings(result) == [
        ("value_conflict", ("02_hk",)),
        ("value_conflict", ("06_en",)),
        ("wrong_item", ("07_cn",)),
    ]
    (d,) = [d for d in result.discrepancies if d.sources == ("06_en",)]
    assert d.severity is Severity.ERROR and "swapped" in d.message
    assert "Netherlands 4" in d.message and "Sweden 5" in d.message
    assert "(01_tw, 02_hk, 05_ja, 07_cn place" in d.message  # the outlets that state a place, in any way
    assert [e.quote for e in d.evidence[:2]] == ["4 Netherlands", "5 Sweden"]


def test_the_rows_of_the_outlets_own_countries_are_outside_the_top_10() -> None:
    """``27 | 台灣 | 6.669`` under the Taiwan table of ``前10名``, ``23 | United Kingdom`` under "the ten
    happiest": no list too long, no item one outlet alone lists, no count of ``主要7カ国（G7）``."""
    result = story(STORY)
    assert [d for d in result.discrepancies if d.kind in ("list_long", "unique_item", "count_mismatch")] == []
    assert against(result, "05_ja") == []
    assert against(result, "01_tw") == []


# --- the shapes, on made-up names -------------------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    return [m for m in parse_path(_write(tmp_path, f"a{suffix}", text)).mentions if m.kind == "list"]


PAGE = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>甲榜出爐 | {outlet}</title><meta property="og:site_name" content="{outlet}"></head><body><article>
<h1>甲榜出爐</h1><p>甲會周三公布排名，前5名及{own}的排名與分數如下：</p>
<table class="ranking"><thead><tr><th>排名</th><th>國家</th><th>分數</th></tr></thead><tbody>
<tr><td>1</td><td>甲國</td><td>7.736</td></tr><tr><td>2</td><td>乙國</td><td>7.521</td></tr>
<tr><td>3</td><td>丙國</td><td>7.515</td></tr><tr><td>4</td><td>丁國</td><td>7.345</td></tr>
<tr><td>5</td><td>戊國</td><td>7.306</td></tr>{extra}
</tbody></table><p>資料來源：甲會</p>
<p>甲會指出，各國的分數依據三年來的民調平均計算，受訪者以0到10分評價自己的生活，前幾名的差距今年明顯縮小。</p>
<p>研究團隊表示，與家人朋友一起用餐、相信他人等社會連結，與分數高度相關，而獨自用餐的人數正在增加。</p>
</article></body></html>
"""


def test_a_table_named_ranking_with_no_link_is_the_articles_data(tmp_path: Path) -> None:
    """``<table class="ranking">``: a widget of most-read headlines is named so too, but holds links;
    a table of figures without one is read."""
    read = _read(tmp_path, PAGE.format(outlet="丁報", own="己國", extra=""), ".html")
    assert [(m.name_zh, numbers(m)[-1]) for m in read] == [
        ("甲國", 7.736),
        ("乙國", 7.521),
        ("丙國", 7.515),
        ("丁國", 7.345),
        ("戊國", 7.306),
    ]


LINES = "甲榜出爐\n\n乙報　2025年3月21日\n\n甲會周三公布排名。五大國家如下：\n\n{rows}\n\n分析指差距收窄。\n"


@pytest.mark.parametrize(
    "shape",
    ["{k}. {n}（{s}分）", "{k}. {n}　{s}", "{k}. {n}：{s}分", "{k}. {n} ({s} points)", "第{k}名：{n}，{s}分"],
)
def test_a_score_with_decimals_after_a_name_is_its_value(tmp_path: Path, shape: str) -> None:
    """``甲國（7.736分）``, ``甲國　7.736``, ``甲國：7.736分``, ``甲國 (7.736 points)``, and one place a line
    ``第1名：甲國，7.736分``: the score is the item's value, never part of its name."""
    names, scores = ("甲國", "乙國", "丙國", "丁國", "戊國"), (7.736, 7.521, 7.515, 7.345, 7.306)
    rows = "\n".join(
        shape.format(k=k, n=n, s=s) for k, (n, s) in enumerate(zip(names, scores, strict=True), start=1)
    )
    read = _read(tmp_path, LINES.format(rows=rows))
    assert [(m.name_zh, numbers(m)) for m in read] == [(n, [s]) for n, s in zip(names, scores, strict=True)]


def _story(tmp_path: Path, texts: dict[str, str]) -> Any:
    for name, text in texts.items():
        _write(tmp_path, name, text)
    return reconcile([str(tmp_path)])


def test_a_row_ranked_past_the_count_its_article_states_is_outside_the_list(tmp_path: Path) -> None:
    """``27 | 己國 | 6.669`` under ``前5名及己國的排名``: the outlet's own place, not a sixth of the five
    (no list too long, no item one outlet alone lists)."""
    own = "<tr><td>27</td><td>己國</td><td>6.669</td></tr>"
    result = _story(
        tmp_path,
        {
            "01.html": PAGE.format(outlet="丁報", own="己國", extra=own),
            "02.html": PAGE.format(outlet="戊報", own="庚國", extra=""),
            "03.html": PAGE.format(outlet="己報", own="辛國", extra=""),
        },
    )
    assert [m.name_zh for m in items(result, "01")] == ["甲國", "乙國", "丙國", "丁國", "戊國"]
    assert [(d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO] == []


def test_a_row_ranked_within_the_count_stays_in_the_list(tmp_path: Path) -> None:
    """Guard: a sixth row ranked 3 under ``前5名`` is no place outside the five: the list has six."""
    text = PAGE.format(outlet="丁報", own="己國", extra="<tr><td>3</td><td>己國</td><td>7.515</td></tr>")
    assert [m.name_zh for m in _read(tmp_path, text, ".html")][-1] == "己國"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("主要7カ国（G7）では最下位だった。", []),
        ("主要7か国（G7）首脳会議", []),
        ("二十国（G20）", []),
        ("主要7カ国では最下位", [7]),  # guard: no acronym, a count
    ],
)
def test_a_count_its_bracketed_acronym_spells_names_a_body(text: str, counted: list[int]) -> None:
    """``主要7カ国（G7）``: the acronym spells the count's number, the words name a body, no count."""
    assert [c.value for c in find_counts(text)] == counted


PLACES = (
    "甲榜出爐\n\n甲會公布排名，乙國與丙國僅差0.006分，本報按兩位小數並列第二。排名前五的國家如下：\n\n"
    "{rows}\n\n分析指差距收窄。\n"
)


def test_the_lead_in_over_one_place_a_line_counts_the_whole_list(tmp_path: Path) -> None:
    """``排名前五的國家如下：`` over ``第1名：甲國，7.74分`` …: each line is its place's group, the count is
    the whole list's (a heading of no group); ``兩位小數`` (two decimals) counts nothing."""
    rows = "\n".join(
        f"第{k}名：{n}，{s}分"
        for k, n, s in (
            (1, "甲國", 7.74),
            (2, "乙國", 7.52),
            (2, "丙國", 7.52),
            (4, "丁國", 7.35),
            (5, "戊國", 7.31),
        )
    )
    parsed = parse_path(_write(tmp_path, "a.txt", PLACES.format(rows=rows)))
    assert [m.name_zh for m in parsed.mentions if m.kind == "list"] == [
        "甲國",
        "乙國",
        "丙國",
        "丁國",
        "戊國",
    ]
    # the count is read with the noun it counts (``前五的國家``), the heading's label up to it
    assert [(h.group, h.stated, h.label) for h in parsed.headings if h.stated is not None] == [
        ("", 5, "排名前五的國家")
    ]
    assert find_counts("本報按兩位小數並列第二") == []


_SCORES = (("甲國", 7.736), ("乙國", 7.521), ("丙國", 7.515), ("丁國", 7.345), ("戊國", 7.306))


def _lines(shape: str, order: tuple[int, ...] = (0, 1, 2, 3, 4)) -> str:
    rows = [shape.format(k=k, n=_SCORES[i][0], s=_SCORES[i][1]) for k, i in enumerate(order, start=1)]
    return LINES.format(rows="\n".join(rows))


def test_a_rank_swapped_in_one_table_is_one_finding_the_numbered_lists_corroborate(tmp_path: Path) -> None:
    """Two tables print ranks (丙國 3, 丁國 4 in one, 3 and 4 the other way round in the other); the
    numbered lines (``3. 丙國``) and the places (``第3名：丙國``) side with the first: one error names the
    second table, quoting both of its rows. The lines in another order with no number state no place and
    are not accused."""
    swapped = PAGE.replace("<td>3</td><td>丙國</td>", "<td>4</td><td>丙國</td>").replace(
        "<td>4</td><td>丁國</td>", "<td>3</td><td>丁國</td>"
    )
    result = _story(
        tmp_path,
        {
            "01.html": PAGE.format(outlet="丁報", own="己國", extra=""),
            "02.txt": _lines("{k}. {n}（{s}分）"),
            "03.txt": _lines("第{k}名：{n}，{s}分"),
            "04.html": swapped.format(outlet="戊報", own="庚國", extra=""),
            "05.txt": _lines("{n}　{s}", order=(0, 1, 3, 2, 4)),
        },
    )
    assert findings(result) == [("value_conflict", ("04",))]
    (d,) = [d for d in result.discrepancies if d.sources == ("04",)]
    assert d.severity is Severity.ERROR and "swapped" in d.message
    assert [e.quote for e in d.evidence[:2]] == ["3 丁國", "4 丙國"]


def test_guard_two_tables_alone_apart_on_two_ranks_accuse_neither(tmp_path: Path) -> None:
    """With no third outlet stating a place, two tables that print 丙國 and 丁國 each other's way round
    are no evidence against either: no error."""
    swapped = PAGE.replace("<td>3</td><td>丙國</td>", "<td>4</td><td>丙國</td>").replace(
        "<td>4</td><td>丁國</td>", "<td>3</td><td>丁國</td>"
    )
    result = _story(
        tmp_path,
        {
            "01.html": PAGE.format(outlet="丁報", own="己國", extra=""),
            "04.html": swapped.format(outlet="戊報", own="庚國", extra=""),
            "05.txt": _lines("{n}　{s}"),
        },
    )
    assert [d for d in result.discrepancies if d.severity is Severity.ERROR] == []


SCORED = (
    "甲榜出爐\n\n乙報　2025年3月21日\n\n報告顯示，甲國、乙國、丙國和丁國位列前四。其中，{scores}。\n\n"
    "分析指差距收窄。\n"
)


def test_names_closed_by_their_place_take_their_scores_from_the_next_sentence(tmp_path: Path) -> None:
    """``甲國、乙國、丙國和丁國位列前四。其中，甲國得分7.736，乙國7.521，…``: the names of the first sentence,
    each with its score from the second, and the count of the places they reached."""
    parsed = parse_path(
        _write(tmp_path, "a.txt", SCORED.format(scores="甲國得分7.736，乙國7.521，丙國7.515，丁國7.345"))
    )
    read = [m for m in parsed.mentions if m.kind == "list"]
    assert [(m.name_zh, numbers(m)) for m in read] == [
        ("甲國", [7.736]),
        ("乙國", [7.521]),
        ("丙國", [7.515]),
        ("丁國", [7.345]),
    ]
    assert [(h.stated, h.label) for h in parsed.headings if h.stated is not None] == [(4, "位列前四")]


@pytest.mark.parametrize(
    "scores",
    [
        "甲國得分7.736，丙國7.515，乙國7.521，丁國7.345",
        "甲國得分7.736，乙國7.521，丙國7.515",
        "甲國得分7.736，乙國7.521，丙國7.515，丁國上升",
    ],
)
def test_guard_scores_that_leave_out_or_reorder_the_names_read_no_values(tmp_path: Path, scores: str) -> None:
    """The second sentence in another order, short of a name, or with a piece of no score: the two are
    not read together (no name given another's score, no score missing)."""
    parsed = parse_path(_write(tmp_path, "a.txt", SCORED.format(scores=scores)))
    assert all(not m.values for m in parsed.mentions if m.kind == "list")


def test_two_rows_swapped_in_numbered_lines_are_one_finding_where_no_table_prints_ranks(
    tmp_path: Path,
) -> None:
    """No column of ranks anywhere: the places (``第3名：丙國``) say the story is a ranking, the numbered
    lines state places too; the outlet whose lines put 丁國 3rd and 丙國 4th (each with its own score) is
    named once. The lines with no number state no place and are not accused."""
    result = _story(
        tmp_path,
        {
            "02.txt": _lines("{k}. {n}（{s}分）"),
            "03.txt": _lines("第{k}名：{n}，{s}分"),
            "04.txt": _lines("{k}、{n}（{s}分）"),
            "05.txt": _lines("{k}. {n}（{s}分）", order=(0, 1, 3, 2, 4)),
            "06.txt": _lines("{n}　{s}", order=(1, 0, 2, 3, 4)),
        },
    )
    assert findings(result) == [("value_conflict", ("05",))]
    (d,) = [d for d in result.discrepancies if d.sources == ("05",)]
    assert d.severity is Severity.ERROR and "swapped" in d.message
    assert {e.quote for e in d.evidence[:2]} == {"3. 丁國（7.345分）", "4. 丙國（7.515分）"}


OL_PAGE = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>甲榜出爐 | {outlet}</title>
<meta property="og:site_name" content="{outlet}"></head><body><article><h1>甲榜出爐</h1>
<p>甲會周三公布排名，五大國家與分數如下：</p><ol>{items}</ol>
<p>甲會指出，各國的分數依據三年來的民調平均計算，前幾名的差距今年明顯縮小。</p></article></body></html>
"""


def test_ordered_html_lists_state_places_that_corroborate_a_table(tmp_path: Path) -> None:
    """Two ``<ol>`` under a lead that says ``排名`` state their items' places as a browser numbers them
    (丙國 3, 丁國 4), though their text prints no number: they side with the first table, and the second
    table, which swaps the two, is the one error."""
    swapped = PAGE.replace("<td>3</td><td>丙國</td>", "<td>4</td><td>丙國</td>").replace(
        "<td>4</td><td>丁國</td>", "<td>3</td><td>丁國</td>"
    )
    ol = "".join(f"<li>{n}　{s}</li>" for n, s in _SCORES)
    result = _story(
        tmp_path,
        {
            "01.html": PAGE.format(outlet="丁報", own="己國", extra=""),
            "02.html": OL_PAGE.format(outlet="戊報", items=ol),
            "03.html": OL_PAGE.format(outlet="己報", items=ol),
            "04.html": swapped.format(outlet="庚報", own="辛國", extra=""),
        },
    )
    assert findings(result) == [("value_conflict", ("04",))]
