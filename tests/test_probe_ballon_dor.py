"""People ranked with their clubs and nationalities, named in each region's transliteration
(``tests/fixtures/ballon_dor_2025/``, its README.md says what is planted where): the men's top ten of the
2025 Ballon d'Or, eight outlets in Traditional Chinese of Taiwan and of Hong Kong, Simplified Chinese,
English and Japanese, as an HTML table, prose with clubs in brackets, numbered lines, a wire sentence
(``… beat … followed by …``), a table of extra columns, ranked lines (``１位　name（club、country）``),
profile blocks and the top five alone (``等5人``). Planted: two places swapped (03_cn), a wrong club
(01_tw), the eleventh in place of the tenth (05_en), a count of nine over ten profiles (07_tw). The shapes
the story needed read or judged are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.models import AttributeKind, Mention, Severity
from pipeline.run import reconcile
from sources.registry import parse_path
from tests.probe_fixtures import (
    against,
    assert_counts_as_expected,
    errors,
    expected_file,
    items,
    printed_name,
    probe_articles,
    story,
)

STORY = "ballon_dor_2025"
ARTICLES = probe_articles(STORY)


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order, each at the place printed, in no group; nothing the expected file says is no item
    read as one (a club, a country, the women's winner); the outlet as the file names it."""
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [m.position for m in read] == [w["place"] for w in want]
    assert [m.group for m in read] == [w["group"] for w in want]
    assert [m.values for m in read] == [() for _ in want]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    found = next(a for a in story(STORY).articles if a.id == article)
    assert found.outlet == expected["outlet"]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_prints_its_players_clubs_and_countries_as_attributes(article: str) -> None:
    """Each player's club and nationality, where printed (and the position of 05_en's table), an
    attribute of theirs: never a part of the name, never an item; a club never a place."""
    want = expected_file(STORY, article)["items"]
    read = items(story(STORY), article)
    assert [sorted(a.text for a in m.attributes) for m in read] == [sorted(w["attributes"]) for w in want]
    places = {a.text for m in read for a in m.attributes if a.kind is AttributeKind.PLACE}
    clubs = {w["attributes"][0] for w in want if w["attributes"] and article in ("02_hk", "07_tw")}
    assert not places & clubs


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article, ("total", "group"))


def test_the_planted_errors_are_found_and_nobody_else_is_accused() -> None:
    """An error each against 01_tw (帕爾默 at 曼城), 03_cn (4th and 5th swapped), 05_en (Pedri, eleventh,
    in place of Nuno Mendes) and 07_tw (nine said over ten profiles); 02_hk's names of its own, 04_en's
    wire sentence, 06_ja's katakana and 08_cn's top five accuse no one (before: 06_ja's brackets were read
    as lists of a club and a country, 04_en's and 02_hk's sentences not at all, and 05_en was said to lack
    姆巴佩, whom it prints as Kylian Mbappé)."""
    result = story(STORY)
    assert errors(result) == [
        ("attribute_conflict", ("01_tw",)),
        ("count_conflict", ("07_tw",)),
        ("value_conflict", ("03_cn",)),
        ("wrong_item", ("05_en",)),
    ]
    for article in ("02_hk", "04_en", "06_ja", "08_cn"):
        assert [d for d in against(result, article) if d.severity is Severity.ERROR] == [], article


def _error(kind: str, article: str) -> Any:
    (d,) = [
        d
        for d in story(STORY).discrepancies
        if d.kind == kind and d.sources == (article,) and d.severity is Severity.ERROR
    ]
    return d


def test_the_wrong_club_is_named_against_the_others() -> None:
    d = _error("attribute_conflict", "01_tw")
    assert "帕爾默" in d.message and "曼城" in d.message


def test_the_swapped_places_are_one_error_naming_both() -> None:
    d = _error("value_conflict", "03_cn")
    assert "萨拉赫 5" in d.message and "拉菲尼亚 4" in d.message and "swapped" in d.message


def test_the_eleventh_is_named_in_place_of_the_tenth() -> None:
    d = _error("wrong_item", "05_en")
    assert "Pedri" in d.message and "Nuno Mendes" in d.message


# --- one entity per player across the articles (measured) ---------------------------------------------

PLAYERS = {
    "Dembélé": {"登貝萊", "迪比利", "登贝莱", "Dembélé", "Ousmane Dembélé", "ウスマン・デンベレ"},
    "Yamal": {"亞馬爾", "耶馬爾", "亚马尔", "Yamal", "Lamine Yamal", "ラミン・ヤマル"},
    "Vitinha": {"維蒂尼亞", "韋天拿", "维蒂尼亚", "Vitinha", "ヴィティーニャ"},
    "Salah": {"薩拉赫", "沙拿", "萨拉赫", "Mohamed Salah", "モハメド・サラー"},
    "Raphinha": {"拉菲尼亞", "拉菲尼亚", "Raphinha", "ハフィーニャ"},
    "Hakimi": {"阿什拉夫", "夏基米", "Achraf Hakimi", "アクラフ・ハキミ"},
    "Mbappé": {"姆巴佩", "麥巴比", "Kylian Mbappé", "キリアン・エムバペ"},
    "Palmer": {"帕爾默", "柏馬", "帕尔默", "Cole Palmer", "コール・パーマー"},
    "Donnarumma": {"唐納魯瑪", "當拿隆馬", "多纳鲁马", "Gianluigi Donnarumma", "ジャンルイジ・ドンナルンマ"},
    "Nuno Mendes": {"努諾．門德斯", "努諾文迪斯", "努诺·门德斯", "Nuno Mendes", "ヌーノ・メンデス"},
}


def _entities(player: str) -> set[str]:
    result = story(STORY)
    names = PLAYERS[player]
    keys = {m.key for m in result.mentions if m.kind == "list" and {m.name_zh, m.name_en} & names}
    return {e.id for e in result.entities if keys & set(e.mentions)}


@pytest.mark.parametrize("player", list(PLAYERS))
def test_a_player_every_region_names_is_one_entity(player: str) -> None:
    """Dembélé / 迪比利 / デンベレ, Yamal / 耶馬爾, Vitinha / 韋天拿, Hakimi / 夏基米 / 阿什拉夫,
    Donnarumma / 當拿隆馬, Nuno Mendes / 努諾文迪斯: one entity each across the eight articles; and
    since each region's sound is heard (pipeline.matching.two_sounds, pipeline.knowledge.portuguese_kana)
    Hong Kong's 沙拿 (saa naa, its n said l) with Salah, 柏馬 (paak maa, Palmer's l left out) with
    Palmer, 麥巴比 and 姆巴佩 (Mbappé's M given a syllable) with Kylian Mbappé / キリアン・エムバペ, and
    the Japanese ハフィーニャ (an h for the Brazilian initial R) with Raphinha (before: five entities
    more, one for each of those spellings)."""
    assert len(_entities(player)) == 1


def test_findings_of_the_story_are_deterministic() -> None:
    again = reconcile([str(Path(__file__).resolve().parent / "fixtures" / STORY)])
    assert sorted((d.kind, d.sources, d.severity) for d in again.discrepancies) == sorted(
        (d.kind, d.sources, d.severity) for d in story(STORY).discrepancies
    )


# --- the shapes, on made-up names -----------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


JA_RANKED = (
    "番付\n\n甲新聞　２０２５年９月２３日\n\n【パリ＝共同】授賞式が２２日に行われた。\n\n"
    "上位４人は以下の通り。\n\n"
    "１位　ジェーン・ロー（アランＦＣ、ボルドゥリア）\n２位　ジョン・ドウ（カルパＦＣ、アラン）\n"
    "３位　ボルド・カルパ（アランＦＣ、カルパチア）\n"
    "４位　カール・カルパ（ダルマＦＣ、ボルドゥリア）\n\n以上。\n"
)


def test_ranked_lines_each_closing_in_a_bracket_of_two_pieces_are_read_whole(tmp_path: Path) -> None:
    """``１位　ジェーン・ロー（アランＦＣ、ボルドゥリア）`` over three more such lines: four names, each with
    its club and its country apart (before: each bracket read as a list of two, the names left out)."""
    read = _read(tmp_path, JA_RANKED)
    assert [m.name_zh for m in read] == ["ジェーン・ロー", "ジョン・ドウ", "ボルド・カルパ", "カール・カルパ"]
    assert [[a.text for a in m.attributes] for m in read] == [
        ["アランＦＣ", "ボルドゥリア"],
        ["カルパＦＣ", "アラン"],
        ["アランＦＣ", "カルパチア"],
        ["ダルマＦＣ", "ボルドゥリア"],
    ]


def test_a_bracket_closing_one_line_alone_is_still_read_as_a_list(tmp_path: Path) -> None:
    """Guard: ``…の3カ国（アラン、ボルドゥリア、カルパチア）``, one line's bracket: its names are the list."""
    text = (
        "番付\n\n甲新聞　２０２５年９月２３日\n\n"
        "政府は２２日、次の3カ国（アラン、ボルドゥリア、カルパチア）を指定した。\n\n以上。\n"
    )
    assert [m.name_zh for m in _read(tmp_path, text)] == ["アラン", "ボルドゥリア", "カルパチア"]


EN_WIRE = (
    "Award\n\nBy Jane Roe, Borduria Wire\n\nCAPITAL, Sept 22 (Borduria Wire) - A prize was given.\n\n"
    "{sentence}\n\nMore text.\n"
)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Roe beat John Doe and Alan Bord to the title at the Grand Hall, followed by Karl Carp, "
            "Dora Dal and Eve Ek.",
            ["Roe", "John Doe", "Alan Bord", "Karl Carp", "Dora Dal", "Eve Ek"],
        ),
        ("Roe met John Doe and Alan Bord at the Grand Hall, followed by Karl Carp and Dora Dal.", []),
    ],
)
def test_a_ranking_told_as_one_beating_the_next_followed_by_the_rest_is_read_whole(
    tmp_path: Path, sentence: str, names: list[str]
) -> None:
    """``Roe beat John Doe and Alan Bord to the title …, followed by Karl Carp, …``: six names in order
    (before: none); without a verb that ranks (``met``), no list."""
    assert [m.name_en for m in _read(tmp_path, EN_WIRE.format(sentence=sentence))] == names


ZH_PROSE = (
    "頒獎禮\n\n甲報　2025年9月23日\n\n【本報訊】頒獎禮周一晚舉行。\n\n"
    "張三（阿蘭隊）力壓李四（博爾隊）及王五（阿蘭隊），第四至第六位依次為趙六（卡爾隊）、孫七（阿蘭隊）及周八（丙隊）。\n\n"
    "頒獎禮歷時兩小時。\n"
)


def test_a_chinese_ranking_told_as_one_beating_the_next_is_read_whole_with_its_clubs(tmp_path: Path) -> None:
    """``張三（阿蘭隊）力壓李四（博爾隊）及王五（阿蘭隊），第四至第六位依次為…``: six names, each with its
    club apart, ``周八（丙隊）``'s two characters too, among brackets every name prints (before: no list)."""
    read = _read(tmp_path, ZH_PROSE)
    assert [m.name_zh for m in read] == ["張三", "李四", "王五", "趙六", "孫七", "周八"]
    assert [[a.text for a in m.attributes] for m in read] == [
        ["阿蘭隊"],
        ["博爾隊"],
        ["阿蘭隊"],
        ["卡爾隊"],
        ["阿蘭隊"],
        ["丙隊"],
    ]


PROFILES = (
    "名人錄\n\n甲報　2025年9月23日\n\n以下是本屆得票最高的4位球員：\n\n"
    "張三\n{a}\n甲國前鋒，上季奪得聯賽冠軍。\n\n李四\n{b}\n乙國中場，是球隊的核心。\n\n"
    "王五\n{a}\n丙國後衛，上季攻進兩球。\n\n趙六\n{c}\n丁國門將，本屆獲頒最佳門將獎。\n\n頒獎禮周一舉行。\n"
)


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (("阿蘭隊", "博爾隊", "卡爾隊"), AttributeKind.OTHER),  # a club two profiles print: no post
        (("財政部長", "外交部長", "國防部長"), AttributeKind.TITLE),  # guard: posts stay titles
    ],
)
def test_a_line_two_profiles_print_alike_is_what_they_belong_to(
    tmp_path: Path, lines: tuple[str, str, str], kind: AttributeKind
) -> None:
    """The line under each name, ``阿蘭隊`` under 張三 and under 王五, is the club they play for: an
    attribute of no kind, not a title (before: read as a post)."""
    a, b, c = lines
    read = _read(tmp_path, PROFILES.format(a=a, b=b, c=c))
    assert [m.name_zh for m in read] == ["張三", "李四", "王五", "趙六"]
    assert {x.kind for m in read for x in m.attributes if x.text in lines} == {kind}


# --- judging clubs and names of their own, on made-up names -------------------------------------------

CN_PAGE = """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>頒獎_{outlet}</title><meta property="og:site_name" content="{outlet}"></head><body>
<div class="article"><h1>頒獎</h1><p>前6名如下表：</p>
<table><tr><th>排名</th><th>球員</th><th>俱樂部</th></tr>{rows}</table>
<p>{after}</p></div></body></html>
"""
SIX = [("張三", "阿蘭隊"), ("李四", "博爾隊"), ("王五", "阿蘭隊"), ("趙六", "卡爾隊"), ("孫七", "阿蘭隊")]
SIX += [("周八", "博爾隊")]


def _page(outlet: str, rows: list[tuple[str, str]], after: str) -> str:
    cells = "".join(f"<tr><td>{k}</td><td>{n}</td><td>{c}</td></tr>" for k, (n, c) in enumerate(rows, 1))
    return CN_PAGE.format(outlet=outlet, rows=cells, after=after)


def _reconciled(tmp_path: Path, pages: dict[str, str]) -> Any:
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return reconcile([str(tmp_path)])


@pytest.mark.parametrize(("club", "accused"), [("博爾隊", True), ("亞蘭隊", False)])
def test_a_club_the_others_give_another_player_is_an_attribute_conflict(
    tmp_path: Path, club: str, accused: bool
) -> None:
    """趙六 at 博爾隊 (a club the others give 李四 and 周八) where three outlets print 卡爾隊: an error
    naming the club (before: nothing); at 亞蘭隊, a spelling no other outlet prints for anyone, no finding
    (a club's name in a region's own words)."""
    wrong = [*SIX[:3], ("趙六", club), *SIX[4:]]
    result = _reconciled(
        tmp_path,
        {
            "01.html": _page("甲報", SIX, "頒獎禮周一舉行。"),
            "02.html": _page("乙報", SIX, "球迷熱議。"),
            "03.html": _page("丙報", SIX, "紀錄創新高。"),
            "04.html": _page("丁報", wrong, "歷時兩小時。"),
        },
    )
    found = [d for d in result.discrepancies if d.kind == "attribute_conflict"]
    assert [(d.sources, d.severity) for d in found] == ([(("04",), Severity.ERROR)] if accused else [])
    if accused:
        assert club in found[0].message and "趙六" in found[0].message


OWN_NAMES = [
    ("張三", "阿蘭隊"),
    ("甲乙", "博爾隊"),
    ("王五", "阿蘭隊"),
    ("丙丁", "卡爾隊"),
    ("戊己", "阿蘭隊"),
]
OWN_NAMES += [("周八", "博爾隊")]


@pytest.mark.parametrize(
    ("rows", "severity"),
    [
        (OWN_NAMES, Severity.WARNING),  # names of its own at three places: a region's spellings
        ([*SIX[:5], ("庚辛", "博爾隊")], Severity.ERROR),  # one: a substitution
    ],
)
def test_names_of_its_own_at_three_of_the_others_places_accuse_no_one(
    tmp_path: Path, rows: list[tuple[str, str]], severity: Severity
) -> None:
    """A list that prints names no other list prints at three places, each where the others print one it
    lacks, writes names its own way: what it seems to lack or to replace is worth a look, no error
    (before: an error each); one such place is a substitution, an error as before."""
    result = _reconciled(
        tmp_path,
        {
            "01.html": _page("甲報", SIX, "頒獎禮周一舉行。"),
            "02.html": _page("乙報", SIX, "球迷熱議。"),
            "03.html": _page("丙報", SIX, "紀錄創新高。"),
            "04.html": _page("丁報", rows, "歷時兩小時。"),
        },
    )
    judged = [d for d in against(result, "04") if d.kind in ("wrong_item", "missing_entity")]
    assert judged and {d.severity for d in judged} == {severity}


@pytest.mark.parametrize(("headline", "counts"), [("阿蘭隊五人進前十", []), ("阿蘭隊五人獲獎", [5])])
def test_a_count_of_those_of_one_kind_who_reached_the_cut_is_no_count_of_the_list(
    tmp_path: Path, headline: str, counts: list[int]
) -> None:
    """``阿蘭隊五人進前十`` in the headline over a table of five players: five of one club among the top
    ten, no count of the list, whatever its length (before: a total of 5); ``阿蘭隊五人獲獎``, five
    people awarded, counts the five listed (a guard)."""
    page = _page("甲報", SIX[:5], "頒獎禮周一舉行。").replace("<p>前6名如下表：</p>", "<p>名單如下表：</p>")
    page = page.replace("<h1>頒獎</h1>", f"<h1>{headline}</h1>").replace(
        "<title>頒獎_", f"<title>{headline}_"
    )
    result = _reconciled(tmp_path, {"01.html": page})
    assert sorted(int(c.stated) for c in result.claims if c.kind == "total") == counts


def test_hong_kong_s_own_transliterations_draw_no_warning() -> None:
    """02_hk writes Salah, Palmer and Hakimi by their Cantonese sound (沙拿, 柏馬, 夏基米), each linked to the
    player the others name: no item in another's place, not even a warning (before: three ``wrong_item``
    warnings against 02_hk, the stray check hearing them in Mandarin alone)."""
    result = story(STORY)
    assert [d.kind for d in against(result, "02_hk") if d.severity is not Severity.INFO] == []
