"""A draw in many groups (``tests/fixtures/wc2026_draw/``, its README.md says what is planted where): the
2026 World Cup's 48 teams in twelve groups of four, seven outlets in four languages and seven layouts,
read against one expected file per article (``tests/expected/probes/wc2026_draw/``). Planted: a team
under the wrong group (the mainland's bullets), a team left out of a group whose count still says four
(the mainland page), a wrong ranking (the English table). The shapes the story needed read are tested
again below on made-up names."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pipeline.lang.counts import find_counts
from pipeline.lang.values import find_values
from pipeline.models import Mention, Severity
from pipeline.run import reconcile
from sources.layouts._table_labels import series_labels
from sources.registry import parse_path
from tests.probe_fixtures import (
    against,
    assert_read_as_expected,
    expected_file,
    findings,
    items,
    numbers,
    probe_articles,
    story,
)

STORY = "wc2026_draw"
ARTICLES = probe_articles(STORY)
TABLES = ("01_tw", "06_en")  # the articles whose values sit under a table's header


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    read = assert_read_as_expected(STORY, article, TABLES)
    attributes = [{a.label: a.text for a in m.attributes} for m in read]
    assert attributes == [w.get("attributes", {}) for w in expected_file(STORY, article)["items"]]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    result = story(STORY)
    stated = sorted(
        (c.subject if c.kind == "group" else "", int(c.stated or 0))
        for c in result.claims
        if c.article == article
    )
    assert stated == sorted((s["group"], s["count"]) for s in expected_file(STORY, article)["stated"])


def test_the_groups_align_into_twelve_across_the_outlets() -> None:
    """``A組`` (Taiwan, Hong Kong), ``A组`` (the mainland), ``Group A``, ``グループA`` and the English table's
    bare ``A``: one group, twelve in all, each holding one label of every outlet."""
    result = story(STORY)
    assert len(result.groups) == 12
    for g in result.groups:
        assert sorted(a for a, _ in g.members) == ARTICLES, g.id
    a_group = next(g for g in result.groups if ("04_en", "Group A") in g.members)
    assert set(a_group.members) >= {
        ("01_tw", "A組"),
        ("03_cn", "A组"),
        ("05_ja", "グループA"),
        ("06_en", "A"),
    }


def test_every_outlet_but_the_two_planted_reads_twelve_groups_of_four() -> None:
    result = story(STORY)
    for article in ("01_tw", "02_hk", "04_en", "05_ja", "06_en"):
        sizes = Counter(m.group for m in items(result, article))
        assert len(sizes) == 12 and set(sizes.values()) == {4}, article


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert findings(result) == [
        ("count_mismatch", ("07_cn",)),
        ("group_conflict", ("03_cn",)),
        ("value_conflict", ("06_en",)),
    ]
    by_outlet = {d.sources: d for d in result.discrepancies if d.severity is Severity.ERROR}
    assert len(by_outlet) == 3
    moved = by_outlet[("03_cn",)]
    assert "沙特阿拉伯" in moved.message and "G组" in moved.message and "H組" in moved.message
    assert "沙特阿拉伯" in moved.evidence[0].quote
    short = by_outlet[("07_cn",)]
    assert "J组" in short.message and "Algeria" in short.message and "4" in short.message
    assert "J组（4队）" in short.evidence[0].quote
    rank = by_outlet[("06_en",)]
    assert "Japan" in rank.message and "81" in rank.message and "18" in rank.message
    assert "81" in rank.evidence[0].quote
    for article in ("01_tw", "02_hk", "04_en", "05_ja"):
        assert against(result, article) == [], article


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


ZH_HEAD = "甲國盃分組揭曉\n\n甲報　2025年12月6日\n\n甲國盃分組抽籤昨日舉行，九隊分為三組。\n\n"


def test_short_lines_over_blocks_of_bullets_are_their_groups_under_a_lead_in(tmp_path: Path) -> None:
    """``各組名單如下：`` over them all is a lead-in; the short line over each block titles its group."""
    text = ZH_HEAD + (
        "各組名單如下：\n\n甲組\n● 甲國\n● 乙國\n● 丙國\n\n乙組\n● 丁國\n● 戊國\n● 己國\n\n"
        "丙組\n● 庚國\n● 辛國\n● 壬國\n\n比賽明年舉行。\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_zh, m.group) for m in read] == [
        ("甲國", "甲組"),
        ("乙國", "甲組"),
        ("丙國", "甲組"),
        ("丁國", "乙組"),
        ("戊國", "乙組"),
        ("己國", "乙組"),
        ("庚國", "丙組"),
        ("辛國", "丙組"),
        ("壬國", "丙組"),
    ]


EN_HEAD = (
    "Aland Cup draw\n\nBy Jane Roe, Borduria Wire\n\nCAPITAL, Dec 5 (Borduria Wire) - The draw was made.\n\n"
)


def test_a_place_described_as_a_winner_is_an_item_of_the_enumeration(tmp_path: Path) -> None:
    """``the winner of play-off Path D`` last or in the middle: an item, not where the list stops (the
    rest of the sentence read, never a part of it)."""
    text = EN_HEAD + (
        "Group A: Aland, Borduria, Carpathia and the winner of play-off Path D.\n"
        "Group B: Dorado, Elbonia, the winner of play-off Path A and Freedonia.\n"
        "Group C: Genovia, Hyrule, Ixland and the Path C winner.\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_en, m.group) for m in read] == [
        ("Aland", "Group A"),
        ("Borduria", "Group A"),
        ("Carpathia", "Group A"),
        ("winner of play-off Path D", "Group A"),
        ("Dorado", "Group B"),
        ("Elbonia", "Group B"),
        ("winner of play-off Path A", "Group B"),
        ("Freedonia", "Group B"),
        ("Genovia", "Group C"),
        ("Hyrule", "Group C"),
        ("Ixland", "Group C"),
        ("Path C winner", "Group C"),
    ]


@pytest.mark.parametrize(
    ("text", "rank"),
    [("甲國（22位）", 22), ("乙國（ 5位 ）", 5), ("FIFAランキング15位の甲国", 15), ("排名第15位", 15)],
)
def test_a_place_in_a_ranking_is_a_value_not_a_count(text: str, rank: int) -> None:
    assert find_counts(text) == []
    assert [f.number for f in find_values(text)] == [rank]


@pytest.mark.parametrize("text", ["（共22位）", "22位官員出席"])
def test_people_counted_with_wei_are_still_counts(text: str) -> None:
    """Guard: ``共`` or a noun after the figure makes it a count of people."""
    assert [c.value for c in find_counts(text)] == [22]


def test_labels_of_a_series_in_turn_head_the_lines_under_them() -> None:
    lines = ["グループA", "甲国", "乙国", "グループB", "丙国", "丁国", "グループC", "戊国"]
    assert series_labels(lines) == {0, 3, 6}
    assert series_labels(["Region I", "x", "y", "Region II", "z", "Region III", "w"]) == {0, 3, 5}
    assert series_labels(["第十類", "x", "第十一類", "y"]) == {0, 2}


def test_labels_of_a_series_over_unmarked_lines_are_their_groups(tmp_path: Path) -> None:
    text = (
        "甲国杯分组揭晓\n\n甲报　2025年12月6日\n\n各小组名单如下：\n\n"
        "A组\n甲国\n乙国\n丙国\n附加赛D组胜者\n\nB组\n丁国\n戊国\n己国\n附加赛A组胜者\n\n"
        "C组\n庚国\n辛国\n壬国\n癸国\n\n比赛明年举行。\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_zh, m.group) for m in read] == [
        *((n, "A组") for n in ("甲国", "乙国", "丙国", "附加赛D组胜者")),
        *((n, "B组") for n in ("丁国", "戊国", "己国", "附加赛A组胜者")),
        *((n, "C组") for n in ("庚国", "辛国", "壬国", "癸国")),
    ]


def test_names_a_letter_apart_out_of_turn_are_no_series() -> None:
    """Guard: ``甲賽D勝者`` … ``甲賽A勝者``, places in a draw, differ by a letter but not in turn."""
    assert series_labels(["甲賽D勝者", "x", "y", "甲賽A勝者", "z", "甲賽C勝者"]) == set()
    assert series_labels(["甲組", "乙組"]) == set()  # two labels with nothing under the first
    assert series_labels(["甲國", "", "乙國", "", "丙國"]) == set()  # names on lines of their own
    # names whose first character runs in turn, a group's word in none of them
    assert series_labels(["甲東國", "甲西國", "甲南國", "乙東國", "乙西國", "乙南國"]) == set()


JA_PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>甲杯組み合わせ | 甲新聞</title>
<meta property="og:site_name" content="甲新聞"></head><body><article><h1>甲杯組み合わせ決定</h1>
<p>甲杯の組み合わせ抽選会が5日行われた。各グループの組み合わせは次の通り（かっこ内は世界ランキング）。</p>
<h3>グループA</h3><ul><li>アランド（15位）</li><li>ボルドゥリア（22位）</li><li>甲国（61位）</li>
<li>欧州プレーオフD勝者</li></ul>
<h3>グループB</h3><ul><li>カルパチア（27位）</li><li>ドラド（17位）</li><li>乙国（51位）</li>
<li>欧州プレーオフA勝者</li></ul>
<h3>グループC</h3><ul><li>エルボニア（5位）</li><li>フリードニア（11位）</li><li>丙国（36位）</li>
<li>ジェノビア（84位）</li></ul>
<p>大会は来年6月に開幕する。</p></article></body></html>
"""


def test_japanese_headings_over_items_with_their_rank_in_brackets(tmp_path: Path) -> None:
    read = _read(tmp_path, JA_PAGE, ".html")
    assert [(m.name_zh, m.group, numbers(m)) for m in read] == [
        ("アランド", "グループA", [15]),
        ("ボルドゥリア", "グループA", [22]),
        ("甲国", "グループA", [61]),
        ("欧州プレーオフD勝者", "グループA", []),
        ("カルパチア", "グループB", [27]),
        ("ドラド", "グループB", [17]),
        ("乙国", "グループB", [51]),
        ("欧州プレーオフA勝者", "グループB", []),
        ("エルボニア", "グループC", [5]),
        ("フリードニア", "グループC", [11]),
        ("丙国", "グループC", [36]),
        ("ジェノビア", "グループC", [84]),
    ]


EN_TABLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Aland Cup draw | The Post</title><meta property="og:site_name" content="The Post"></head>
<body><article><h1>Aland Cup draw</h1>
<p>Here is the full draw:</p>
<table><thead><tr><th>Group</th><th>Team</th><th>Ranking</th></tr></thead><tbody>
<tr><td>A</td><td>Aland</td><td>3</td></tr><tr><td>A</td><td>Borduria</td><td>9</td></tr>
<tr><td>A</td><td>Carpathia</td><td>12</td></tr><tr><td>B</td><td>Dorado</td><td>4</td></tr>
<tr><td>B</td><td>Elbonia</td><td>7</td></tr><tr><td>B</td><td>Freedonia</td><td>15</td></tr>
</tbody></table><p>The cup begins in June.</p></article></body></html>
"""


def test_a_group_column_of_bare_letters_keeps_the_letter_a(tmp_path: Path) -> None:
    """``A`` alone in a Group column is the group's letter, not the English article."""
    read = _read(tmp_path, EN_TABLE, ".html")
    assert [(m.name_en, m.group) for m in read] == [
        ("Aland", "A"),
        ("Borduria", "A"),
        ("Carpathia", "A"),
        ("Dorado", "B"),
        ("Elbonia", "B"),
        ("Freedonia", "B"),
    ]


def _story(tmp_path: Path, texts: dict[str, str]) -> Any:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


ZH_DRAW = (
    "甲國盃分組揭曉\n\n{outlet}　2025年12月6日\n\n甲國盃完整分組如下，共8隊：\n\n"
    "A組：甲國、乙國、丙國、附加賽D組勝者\nB組：丁國、戊國、己國、附加賽A組勝者\n"
)
JA_DRAW = (
    "甲国杯の組み合わせ決定\n\n{outlet}　2025年12月6日\n\n甲国杯の全8チームの組み合わせは次の通り。\n\n"
    "グループA：甲国、乙国、プレーオフD勝者、丙国\nグループB：丁国、戊国、プレーオフA勝者、己国\n"
)


def test_places_described_in_other_words_are_missing_from_no_complete_list(tmp_path: Path) -> None:
    """The play-off places the Chinese outlets word ``附加賽D組勝者`` and the Japanese ones
    ``プレーオフD勝者`` link to nothing across the languages: a place held for a winner is described, not
    named, so no outlet is told it leaves out the others' wording."""
    result = _story(
        tmp_path,
        {
            "01": ZH_DRAW.format(outlet="甲報"),
            "02": ZH_DRAW.format(outlet="乙報"),
            "03": ZH_DRAW.format(outlet="丙報"),
            "04": JA_DRAW.format(outlet="丁新聞"),
            "05": JA_DRAW.format(outlet="戊新聞"),
        },
    )
    assert len({m.group for m in result.mentions if m.kind == "list"}) == 4  # both lists read whole
    assert [(d.kind, d.severity) for d in result.discrepancies if d.severity is not Severity.INFO] == []
