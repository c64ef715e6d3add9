"""People under groups, with their institutions and countries (``tests/fixtures/nobel_2025/``, its
README.md says what is planted where): the fourteen laureates of the 2025 Nobel Prizes under six prizes,
eight outlets in Traditional Chinese of Taiwan and of Hong Kong, Simplified Chinese, English and
Japanese, as an HTML table whose prize cell spans its laureates' rows, prose a sentence per prize
(``物理學獎由A、B和C奪得``, ``The physics prize went to A, B and C for …``), ``label：names`` lines with a
name alone under two labels, ``<h3>`` over ``<ul>`` of ``Name (Institution, Country)``, Japanese
``■prize　names`` lines with ``A・post ら3人``, a Japanese table and profile blocks with a ``Prize:`` line.
Planted: a laureate under the wrong prize (03_cn), a prize one short (04_en), a wrong institution
(01_tw), a count of 13 over 14 (02_hk), a laureate of another year in place of one (05_en). The shapes the
story needed read or judged are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Severity
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
    the_error,
)

STORY = "nobel_2025"
ARTICLES = probe_articles(STORY)


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order, each under its prize as printed, its institution and country as attributes where
    the article prints them beside the name; nothing the expected file says is no item read as one."""
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [m.group for m in read] == [w["group"] for w in want]
    assert [sorted(a.text for a in m.attributes) for m in read] == [sorted(w["attributes"]) for w in want]
    assert [m.values for m in read] == [() for _ in want]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    found = next(a for a in story(STORY).articles if a.id == article)
    assert found.outlet == expected["outlet"]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article, ("total", "group"))


@pytest.mark.xfail(strict=True, reason="08_en's institutions are told in each profile's sentence, not read")
def test_the_profiles_institutions_told_in_their_sentences_are_attributes() -> None:
    expected = expected_file(STORY, "08_en")
    read = {m.name_en: {a.text for a in m.attributes} for m in items(story(STORY), "08_en")}
    assert all(body in read[name] for name, body in expected["in_sentence"].items())


def test_the_planted_errors_are_found_and_nobody_else_is_accused() -> None:
    """One error each against the five planted, none against 06_ja (its ら3人 names one of three, as it
    says), 07_ja or 08_en; the prize filed wrong is one group_conflict, not a missing and an extra."""
    result = story(STORY)
    assert errors(result) == [
        ("attribute_conflict", ("01_tw",)),
        ("count_conflict", ("02_hk",)),
        ("group_conflict", ("03_cn",)),
        ("missing_entity", ("04_en",)),
        ("wrong_item", ("05_en",)),
    ]
    for article in ("06_ja", "07_ja", "08_en"):
        assert against(result, article) == [], article


def test_the_misfiled_laureate_is_one_finding_naming_his_prize() -> None:
    d = the_error(STORY, "03_cn")
    assert d.kind == "group_conflict" and "亚吉" in d.message and "物理学奖" in d.message
    assert not [x for x in against(story(STORY), "03_cn") if x.kind in ("missing_entity", "wrong_item")]


def test_the_wrong_institution_is_named_against_the_regions_own_words() -> None:
    """克拉克 at 耶魯大學 (德沃雷's, as 02_hk and 03_cn print it), where 02_hk prints 加州大學柏克萊分校
    and 03_cn 加州大学伯克利分校: each region's words for one institution, both against 01_tw."""
    d = the_error(STORY, "01_tw")
    assert "克拉克" in d.message and "耶魯大學" in d.message
    assert "加州大學柏克萊分校" in d.message and "加州大学伯克利分校" in d.message


def test_the_left_out_laureate_and_the_substitute_are_named() -> None:
    assert "Fred Ramsdell" in the_error(STORY, "04_en").message
    d = the_error(STORY, "05_en")
    assert "Daron Acemoglu" in d.message and "Peter Howitt" in d.message


# --- one entity per laureate across the articles (measured) -------------------------------------------

LAUREATES = {
    "Clarke": {"克拉克", "John Clarke", "ジョン・クラーク"},
    "Devoret": {"德沃雷", "Michel H. Devoret", "Michel Devoret", "ミシェル・デボレ"},
    "Martinis": {"馬蒂尼斯", "马蒂尼斯", "John M. Martinis", "John Martinis", "ジョン・マルティニス"},
    "Kitagawa": {"北川進", "北川进", "Susumu Kitagawa"},
    "Robson": {"羅布森", "罗布森", "Richard Robson", "リチャード・ロブソン"},
    "Yaghi": {"亞吉", "亚吉", "Omar M. Yaghi", "Omar Yaghi", "オマー・ヤギー"},
    "Brunkow": {"布朗科", "Mary E. Brunkow", "Mary Brunkow", "メアリー・ブランコウ"},
    "Ramsdell": {"拉姆斯德爾", "拉姆斯德尔", "Fred Ramsdell", "フレッド・ラムズデル"},
    "Sakaguchi": {"坂口志文", "Shimon Sakaguchi"},
    "Krasznahorkai": {
        "克拉斯納霍爾凱",
        "克拉斯诺霍尔卡伊",
        "László Krasznahorkai",
        "クラスナホルカイ・ラースロー",
    },
    "Machado": {"馬查多", "马查多", "María Corina Machado", "マリア・コリナ・マチャド"},
    "Mokyr": {"莫基爾", "莫基尔", "Joel Mokyr", "ジョエル・モキイア"},
    "Aghion": {"阿吉翁", "Philippe Aghion", "フィリップ・アギヨン"},
    "Howitt": {"豪伊特", "Peter Howitt", "ピーター・ホーウィット"},
}


def _entities(names: set[str]) -> set[str]:
    result = story(STORY)
    keys = {m.key for m in result.mentions if m.kind == "list" and {m.name_zh, m.name_en} & names}
    return {e.id for e in result.entities if keys & set(e.mentions)}


@pytest.mark.parametrize("laureate", LAUREATES)
def test_a_laureate_every_outlet_names_is_one_entity(laureate: str) -> None:
    """Each laureate one entity across the eight articles, 北川進 / 北川进 / Susumu Kitagawa and 坂口志文 /
    Shimon Sakaguchi too (the kanji and the romanization, by the lists they share a place in)."""
    assert len(_entities(LAUREATES[laureate])) == 1


def test_groups_align_across_outlets_and_languages() -> None:
    """物理學獎 / 物理学奖 / 物理学賞 / Physics / physics prize: one canonical group, by the laureates they
    hold; six canonical groups in all, every outlet's six prizes each in one."""
    result = story(STORY)
    listed = [m for m in result.mentions if m.kind == "list"]
    ids = {(m.article, m.group): result.group_of(m) for m in listed}
    assert None not in ids.values()
    physics = {
        g
        for (_, label), g in ids.items()
        if label in {"物理學獎", "物理学奖", "物理学賞", "Physics", "physics prize"}
    }
    assert len(physics) == 1
    assert len(set(ids.values())) == 6
    assert all(len({g for (a, _), g in ids.items() if a == art}) == 6 for art in ARTICLES)


def test_findings_of_the_story_are_deterministic() -> None:
    again = reconcile([str(Path(__file__).resolve().parent / "fixtures" / STORY)])
    assert sorted((d.kind, d.sources, d.severity, d.message) for d in again.discrepancies) == sorted(
        (d.kind, d.sources, d.severity, d.message) for d in story(STORY).discrepancies
    )


# --- the shapes, on made-up names -----------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Prizes | Aland Post</title>
<meta property="og:site_name" content="Aland Post"></head><body><article><h1>Prizes</h1>
<p>Here is everyone who won, prize by prize.</p>
<h3>Song</h3><ul><li>Jane Roe (University of Aland, East Campus, Borduria)</li>
<li>John Doe (Carpathia Institute, Borduria)</li><li>Karl Carp (Aland Academy, Carpathia)</li></ul>
<h3>Dance</h3><ul><li>Dora Dal (Borduria)</li></ul>
<h3>Verse</h3><ul><li>Eve Ek (Aland Academy, Carpathia)</li>
<li>José Núñez (Carpathia Institute, Borduria)</li></ul>
<p>The prizes are handed out in May.</p></article></body></html>
"""


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> Any:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def test_lists_of_people_under_headings_read_whole_with_bodies_and_countries(tmp_path: Path) -> None:
    """``<h3>`` over a ``<ul>`` of ``Name (Body, Country)``, a body's name holding a comma, a list of one
    under its own heading: six people under three groups, each with the body and the country apart
    (before: the list of one left out, a bracket's last piece read as an acronym, the bodies lost)."""
    read = [m for m in _read(tmp_path, PAGE, ".html").mentions if m.kind == "list"]
    assert [(m.name_en, m.group) for m in read] == [
        ("Jane Roe", "Song"),
        ("John Doe", "Song"),
        ("Karl Carp", "Song"),
        ("Dora Dal", "Dance"),
        ("Eve Ek", "Verse"),
        ("José Núñez", "Verse"),
    ]
    assert [[a.text for a in m.attributes] for m in read] == [
        ["University of Aland, East Campus", "Borduria"],
        ["Carpathia Institute", "Borduria"],
        ["Aland Academy", "Carpathia"],
        ["Borduria"],
        ["Aland Academy", "Carpathia"],
        ["Carpathia Institute", "Borduria"],
    ]
    assert not any(m.acronym for m in read)


@pytest.mark.parametrize("single", ["<ul><li>Dora Dal (Borduria)</li></ul>", ""])
def test_a_list_of_one_alone_on_a_page_is_no_list(tmp_path: Path, single: str) -> None:
    """Guard: one ``<ul>`` of one name and nothing else is no list."""
    page = (
        '<html><head><meta charset="utf-8"><title>A | Aland Post</title></head><body><article>'
        f"<h1>A</h1><p>Text.</p><h3>Dance</h3>{single}<p>More text.</p></article></body></html>"
    )
    assert [m for m in _read(tmp_path, page, ".html").mentions if m.kind == "list"] == []


LINES = "獎項\n\n甲報　2025年10月14日\n\n各獎項得主如下：\n\n{lines}\n\n頒獎典禮12月舉行。\n"


def test_a_label_over_one_name_among_labels_over_several_is_a_group_of_one(tmp_path: Path) -> None:
    """``甲獎：張三（阿蘭大學）、李四（博爾大學）`` and ``乙獎：王五`` among such lines: every name
    read, ``王五`` under ``乙獎``, and every bracket an attribute though the names alone print none
    (before: 孫七's 卡爾大學, a bracket no other item prints, lost where some items print no bracket at
    all; the lines of one name, in 03_cn of the story, left out)."""
    lines = "\n".join(
        [
            "甲獎：張三（阿蘭大學）、李四（博爾大學）、趙六（阿蘭大學）",
            "乙獎：王五",
            "丙獎：孫七（卡爾大學）、周八（博爾大學）",
            "丁獎：吳九",
        ]
    )
    read = [m for m in _read(tmp_path, LINES.format(lines=lines)).mentions if m.kind == "list"]
    assert [(m.name_zh, m.group) for m in read] == [
        ("張三", "甲獎"),
        ("李四", "甲獎"),
        ("趙六", "甲獎"),
        ("王五", "乙獎"),
        ("孫七", "丙獎"),
        ("周八", "丙獎"),
        ("吳九", "丁獎"),
    ]
    assert [[a.text for a in m.attributes] for m in read] == [
        ["阿蘭大學"],
        ["博爾大學"],
        ["阿蘭大學"],
        [],
        ["卡爾大學"],
        ["博爾大學"],
        [],
    ]


JA_LINES = (
    "受賞者\n\n丙新聞　２０２５年１０月１４日\n\n各賞の受賞者は次の通り。\n\n"
    "■甲賞　ジェーン・ロー、ジョン・ドウ\n■乙賞　山田太郎・甲大特任教授ら3人\n■丙賞　カール・カルパ\n"
    "■丁賞　ボルド・カルパ、ドラ・ダル、イブ・エク\n\n授賞式は１２月に開かれる。\n"
)


def test_a_japanese_line_of_one_named_and_others_counted_is_its_group_named_in_part(tmp_path: Path) -> None:
    """``■乙賞　山田太郎・甲大特任教授ら3人`` among ``■prize　names`` lines: 山田太郎 under 乙賞 with his post
    (特任, a rank, no verb of appointment), the group's count 3 (before: the lines of one name left
    out)."""
    result = _read(tmp_path, JA_LINES)
    read = [m for m in result.mentions if m.kind == "list"]
    assert [(m.name_zh, m.group) for m in read] == [
        ("ジェーン・ロー", "甲賞"),
        ("ジョン・ドウ", "甲賞"),
        ("山田太郎", "乙賞"),
        ("カール・カルパ", "丙賞"),
        ("ボルド・カルパ", "丁賞"),
        ("ドラ・ダル", "丁賞"),
        ("イブ・エク", "丁賞"),
    ]
    assert [a.text for a in read[2].attributes] == ["甲大特任教授"]
    assert [(h.group, h.stated) for h in result.headings if h.stated is not None] == [("乙賞", 3)]


def test_a_group_named_by_one_and_others_is_no_miscount(tmp_path: Path) -> None:
    """乙賞 counted 3 over 山田太郎 alone (ら3人) beside lists that print its three: no count_mismatch, no
    finding against the article (before: two errors of a count over one name)."""
    full = JA_LINES.replace("山田太郎・甲大特任教授ら3人", "山田太郎、鈴木花子、佐藤一郎")
    for k, outlet in enumerate(("丁新聞", "戊新聞", "己新聞"), start=1):
        (tmp_path / f"0{k}.txt").write_text(full.replace("丙新聞", outlet), encoding="utf-8")
    (tmp_path / "04.txt").write_text(JA_LINES, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert [m.name_zh for m in items(result, "04") if m.group == "乙賞"] == ["山田太郎"]
    assert against(result, "04") == []


PROFILES = (
    "Meet the winners\n\nThe Aland Post, May 2, 2025\n\nHere they are.\n\n"
    "Jane Roe\nPrize: Song\nThe singer lives in Aland.\n\n"
    "John Doe\nPrize: Song\nThe singer lives in Borduria.\n\n"
    "Karl Carp\nPrize: Dance\nThe dancer lives in Carpathia.\n\n"
    "Dora Dal\nPrize: Verse\nThe poet lives in Aland.\n\n"
    "The prizes are handed out in May.\n"
)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        (PROFILES, ["Song", "Song", "Dance", "Verse"]),
        # guard: a line each profile prints its own way is no group ("Born: 1970", …)
        (
            PROFILES.replace(
                "Prize: Song\nThe singer lives in Borduria", "Prize: Verse\nThe singer lives in Borduria"
            ),
            None,
        ),
    ],
)
def test_a_labelled_line_profiles_share_in_runs_is_their_group(
    tmp_path: Path, text: str, groups: list[str] | None
) -> None:
    """``Prize: Song`` under two profiles in a row, ``Prize: Dance`` under the next: each profile's group,
    no attribute (before: an attribute each, no groups); where a value comes back after another
    (``Verse``, ``Song``, ``Verse``), the lines are no parting of the list."""
    read = [m for m in _read(tmp_path, text).mentions if m.kind == "list"]
    assert [m.name_en for m in read] == ["Jane Roe", "John Doe", "Karl Carp", "Dora Dal"]
    if groups is None:
        assert {m.group for m in read} == {""}
    else:
        assert [m.group for m in read] == groups
        assert not [a for m in read for a in m.attributes if a.text.startswith("Prize")]


ZH_PROSE = (
    "頒獎\n\n甲報　2025年10月14日\n\n【本報訊】今年的獎項已全部揭曉。\n\n"
    "甲獎由張三（阿蘭大學）、李四（博爾大學）和王五（阿蘭大學）奪得，表揚他們的研究。\n\n"
    "乙獎由趙六（卡爾大學）奪得。\n\n丙獎頒給孫七及周八。\n\n頒獎禮將於12月舉行。\n"
)
EN_PROSE = (
    "Who won\n\nBy Jane Writer, Aland Wire\n\nCAPITAL, May 2 (Aland Wire) - All prizes are known.\n\n"
    "The song prize went to Jane Roe, John Doe and Karl Carp for their album.\n\n"
    "The dance prize went to Dora Dal.\n\nThe verse prize went to Eve Ek and Bo Bell for a long poem.\n\n"
    "The prizes will be handed out in May.\n"
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            ZH_PROSE,
            [
                ("張三", "甲獎"),
                ("李四", "甲獎"),
                ("王五", "甲獎"),
                ("趙六", "乙獎"),
                ("孫七", "丙獎"),
                ("周八", "丙獎"),
            ],
        ),
        (
            EN_PROSE,
            [
                ("Jane Roe", "song prize"),
                ("John Doe", "song prize"),
                ("Karl Carp", "song prize"),
                ("Dora Dal", "dance prize"),
                ("Eve Ek", "verse prize"),
                ("Bo Bell", "verse prize"),
            ],
        ),
        # guard: one sentence of who won is prose, no list
        ("頒獎\n\n甲報　2025年10月14日\n\n冠軍由張三奪得，亞軍是李四。\n\n頒獎禮將於12月舉行。\n", []),
    ],
)
def test_groups_told_a_sentence_each_are_read_whole(tmp_path: Path, text: str, read: list[Any]) -> None:
    """``甲獎由張三（…）、李四（…）和王五（…）奪得`` and ``乙獎由趙六奪得``, ``The song prize went to
    Jane Roe, John Doe and Karl Carp for …``: a group a sentence, a sentence of one name too (before: no
    list)."""
    got = [m for m in _read(tmp_path, text).mentions if m.kind == "list"]
    assert [(m.name_zh or m.name_en, m.group) for m in got] == read


def _zh_page(outlet: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{n}</td><td>{b}</td></tr>" for n, b in rows)
    return (
        f'<html><head><meta charset="utf-8"><title>得主_{outlet}</title><meta property="og:site_name" '
        f'content="{outlet}"></head><body><article><h1>得主</h1><p>得主如下表：</p><table><tr><th>得主</th>'
        f"<th>機構</th></tr>{cells}</table><p>頒獎禮12月舉行。</p></article></body></html>"
    )


ROWS = [("張三", "阿蘭大學"), ("李四", "博爾研究所"), ("王五", "卡爾大學"), ("趙六", "博爾研究所")]


@pytest.mark.parametrize(
    ("given", "accused"),
    [("博爾研究所", True), ("達爾學院", False)],
)
def test_a_body_the_others_give_another_is_a_conflict_whatever_words_they_give_this_one(
    tmp_path: Path, given: str, accused: bool
) -> None:
    """張三 at 博爾研究所 (李四's and 趙六's in every outlet), where one outlet prints 阿蘭大學 for him and
    another 亞蘭大學 (each region's words for one body, no two outlets alike): an error against the first
    (before: nothing, no value for 張三 backed by two outlets); at 達爾學院, a body no one prints, none."""
    other = [("張三", "亞蘭大學"), *ROWS[1:]]
    pages = {
        "01.html": _zh_page("甲報", ROWS),
        "02.html": _zh_page("乙報", other),
        "03.html": _zh_page("丙報", [("張三", given), *ROWS[1:]]),
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    found = [(d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR]
    assert found == ([("attribute_conflict", ("03",))] if accused else [])
