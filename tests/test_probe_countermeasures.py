"""Countermeasures against companies and their executives (``tests/fixtures/countermeasures_2025/``): a
state's foreign ministry freezing the assets of 20 defence firms and 10 executives, six outlets in five
languages, read against one expected file per article (``tests/expected/probes/countermeasures_2025/``).
Planted: a company left out under a stated 20 (Hong Kong), a person filed under the companies (the English
page). The shapes the story needed read are tested again below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.leads import lead_says_selection
from pipeline.models import AttributeKind, Mention
from sources.registry import parse_path
from tests.probe_fixtures import against, errors, expected_file, items, probe_articles, story

STORY = "countermeasures_2025"
ARTICLES = probe_articles(STORY)


def _printed(m: Mention) -> str:
    """The name as the expected files record it: Chinese or Japanese when printed, else English."""
    return m.name_zh or m.name_en


def _same_name(read: str, expected: str) -> bool:
    # the item parser drops the full stop that closes a line (``Acme, Inc.``)
    return read == expected or read == expected.rstrip(".")


def _partition(groups: list[str]) -> list[int]:
    """Each item's group as the order in which the groups first appear (labels aside)."""
    order: dict[str, int] = {}
    return [order.setdefault(g, len(order)) for g in groups]


def _attribute(m: Mention, kind: AttributeKind) -> str:
    """The item's attributes of ``kind``, joined as a Chinese list of posts prints them (``甲、乙``)."""
    return "、".join(a.text for a in m.attributes if a.kind is kind)


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert len(read) == len(want)
    for m, w in zip(read, want, strict=True):
        assert _same_name(_printed(m), w["name"]), (m, w)
        if "name_en" in w:
            assert m.name_en == w["name_en"]
        assert sorted(m.aliases) == sorted(w.get("aliases", []))
        attributes = w.get("attributes", {})
        assert _attribute(m, AttributeKind.TITLE) == attributes.get("title", "")
        assert _attribute(m, AttributeKind.ORGANIZATION) == attributes.get("organization", "")
        assert not m.note
    assert _partition([m.group for m in read]) == _partition([w["group"] for w in want])
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])


def test_the_companies_and_the_executives_are_two_groups_everywhere_both_are_listed() -> None:
    result = story(STORY)
    for article in ("01_tw", "02_hk", "03_cn", "04_en"):
        groups = [m.group for m in items(result, article)]
        assert len(set(groups)) == 2 and all(groups), article
    cn = items(result, "03_cn")
    assert {m.group for m in cn} == {"企业", "高级管理人员"}


def test_the_stated_counts_of_each_group_are_read() -> None:
    result = story(STORY)
    stated = {(h.article, h.stated) for h in result.headings if h.stated is not None and h.group}
    for article in ("01_tw", "02_hk", "03_cn"):
        assert {(article, 20), (article, 10)} <= stated, article
    assert ("04_en", 20) in stated


def test_the_planted_errors_are_found_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert errors(result) == [("count_mismatch", ("02_hk",)), ("group_conflict", ("06_en",))]
    (missing,) = [d for d in result.discrepancies if d.kind == "count_mismatch"]
    assert "Sierra Technical Services" in missing.message and "19" in missing.message
    (misfiled,) = [d for d in result.discrepancies if d.kind == "group_conflict"]
    assert "Palmer Luckey" in misfiled.message and "Companies" in misfiled.message
    for article in ("01_tw", "03_cn", "04_en"):
        assert against(result, article) == [], article


def test_every_japanese_executive_links_to_the_chinese_outlets() -> None:
    """The English name's last ``ch`` is heard ``k`` by the katakana (ホフリック) and ``s`` by the Chinese
    (霍夫利希): both readings are forms of the Latin name, so the tenth executive is on every list."""
    assert against(story(STORY), "05_ja") == []


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> list[Mention]:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return list(parse_path(path).mentions)


BILINGUAL_LINES = """甲國制裁乙國企業

甲報　2025年12月26日

甲國外交部宣布制裁乙國企業及高管。

受制裁企業（4家）
博爾杜里亞航空系統公司（Borduria Aerospace Systems Corporation）
卡爾帕西亞海事服務公司（Carpathia Maritime Services）
阿蘭德先進聲學概念公司（Aland Advanced Acoustic Concepts）
東方精密磊晶技術公司（Eastern Precision Epitaxy Technology）

高級管理人員（3名）
張三（博爾杜里亞航空系統公司副總裁、卡爾帕西亞海事服務公司副總裁兼首席會計官）
李四（阿蘭德先進聲學概念公司總裁兼首席執行官）
王五（東方精密磊晶技術公司創始人）

外交部發言人表示，上述措施即日生效。
"""


def test_bilingual_name_lines_and_people_with_long_posts_are_items_under_their_headings(
    tmp_path: Path,
) -> None:
    """A name line longer than a name alone for the English name or the posts in its brackets."""
    read = _read(tmp_path, BILINGUAL_LINES)
    assert [m.name_zh for m in read] == [
        "博爾杜里亞航空系統公司",
        "卡爾帕西亞海事服務公司",
        "阿蘭德先進聲學概念公司",
        "東方精密磊晶技術公司",
        "張三",
        "李四",
        "王五",
    ]
    assert read[0].name_en == "Borduria Aerospace Systems Corporation"
    assert [m.group for m in read] == ["受制裁企業"] * 4 + ["高級管理人員"] * 3
    assert [a.text for a in read[4].attributes] == [
        "博爾杜里亞航空系統公司副總裁",
        "卡爾帕西亞海事服務公司副總裁兼首席會計官",
    ]


def test_a_sentence_in_brackets_is_still_no_item_line(tmp_path: Path) -> None:
    """Guard: a line whose words outside its brackets are too long for a name stays prose."""
    text = BILINGUAL_LINES.replace(
        "王五（東方精密磊晶技術公司創始人）",
        "王五與趙六兩人過去十年間多次參與對乙國出售武器的談判並負責後續交付及維修保養等相關工作事項"
        "（據甲國外交部公告）",
    )
    read = _read(tmp_path, text)
    assert "王五" not in {m.name_zh for m in read}
    assert not any("趙六" in m.name_zh for m in read)


BR_AND_TABLE = """<html><head><meta charset="utf-8"><title>Aland sanctions Borduria firms</title></head><body>
<article><h1>Aland sanctions Borduria firms</h1>
<p>Aland on Friday sanctioned Borduria defence companies and three of their executives.</p>
<p>Companies:<br>Acme Aerospace Corporation<br>Bolt Maritime Services<br>Crane Systems in St. Aland<br>
Delta &amp; Cox, Inc.</p>
<p>The executives will be denied visas and entry into Aland, including Northshire and Southshire:</p>
<table><tr><th>Name</th><th>Nationality</th><th>Role</th></tr>
<tr><td>Jane Roe</td><td>Borduria</td><td>Vice President, Acme Aerospace</td></tr>
<tr><td>John Doe</td><td>Borduria</td><td>President and CEO, Bolt Maritime</td></tr>
<tr><td>Mary Major</td><td>Borduria</td><td>Founder and CEO, Crane Systems</td></tr>
</table><p>The measures take effect at once.</p></article></body></html>
"""


def test_br_lines_beside_a_table_of_people_are_a_list_of_their_own(tmp_path: Path) -> None:
    """``Companies:<br>A<br>B`` in one paragraph, then a table of executives: two lists, two groups;
    the table's rows are not read again as lines, its header row is no group label, ``St. Aland`` ends
    no sentence and the lead's ``including`` names places, not examples of the list."""
    path = tmp_path / "a.html"
    path.write_text(BR_AND_TABLE, encoding="utf-8")
    result = parse_path(path)
    read = list(result.mentions)
    assert [m.name_en for m in read] == [
        "Acme Aerospace Corporation",
        "Bolt Maritime Services",
        "Crane Systems in St. Aland",
        "Delta & Cox, Inc",
        "Jane Roe",
        "John Doe",
        "Mary Major",
    ]
    assert [m.group for m in read][:4] == ["Companies"] * 4
    assert len({m.group for m in read[4:]}) == 1 and read[4].group not in {
        "",
        "Companies",
        "Name Nationality Role",
    }
    assert result.article is not None and not result.article.selection


def test_a_role_column_of_post_and_body_is_no_column_of_several_names(tmp_path: Path) -> None:
    """``Vice President, Acme Aerospace``: the post and the body it is held in, not two names."""
    read = _read(tmp_path, BR_AND_TABLE, ".html")[4:]
    assert [
        (_attribute(m, AttributeKind.TITLE), _attribute(m, AttributeKind.ORGANIZATION)) for m in read
    ] == [
        ("Vice President", "Acme Aerospace"),
        ("President and CEO", "Bolt Maritime"),
        ("Founder and CEO", "Crane Systems"),
    ]


def test_a_column_of_several_names_per_cell_is_still_split(tmp_path: Path) -> None:
    """Guard: cells that name several places are read a name per row, as before."""
    page = """<html><head><meta charset="utf-8"><title>Visa rules</title></head><body><article>
<p>The new visa rules by region:</p>
<table><tr><th>Region</th><th>Countries</th></tr>
<tr><td>North</td><td>Aland, Borduria</td></tr>
<tr><td>South</td><td>Carpathia, Dorado, Elbonia</td></tr>
<tr><td>East</td><td>Freedonia, Genovia</td></tr>
</table></article></body></html>
"""
    read = _read(tmp_path, page, ".html")
    assert [m.name_en for m in read] == [
        "Aland",
        "Borduria",
        "Carpathia",
        "Dorado",
        "Elbonia",
        "Freedonia",
        "Genovia",
    ]


ENUMERATION = """Aland sanctions five Borduria firms

Borduria Wire, December 26, 2025

The 5 companies are Acme Corporation, Bolt Maritime Services, Crane's Northshire unit, Delta & Cox and \
Echo Holdings.
"""


def test_a_lower_case_word_closing_a_middle_piece_is_part_of_the_name(tmp_path: Path) -> None:
    read = _read(tmp_path, ENUMERATION)
    assert [m.name_en for m in read] == [
        "Acme Corporation",
        "Bolt Maritime Services",
        "Crane's Northshire unit",
        "Delta & Cox",
        "Echo Holdings",
    ]


def test_the_verb_after_the_last_names_still_ends_their_run(tmp_path: Path) -> None:
    """Guard: ``A, B and C will each face 25%, while …``: the words after the last name are the
    sentence's, and the names after ``while`` have their own value."""
    text = """Aland sets duties

Borduria Wire, December 26, 2025

The duties: Borduria, Carpathia and Dorado will each face 25%, while Elbonia and Freedonia face 10%.
"""
    read = _read(tmp_path, text)
    assert [(m.name_en, [v.number for v in m.values]) for m in read] == [
        ("Borduria", [25]),
        ("Carpathia", [25]),
        ("Dorado", [25]),
        ("Elbonia", [10]),
        ("Freedonia", [10]),
    ]


@pytest.mark.parametrize(
    ("bracket", "alias"),
    [("又名甲乙科技", "甲乙科技"), ("原名丙丁情報公司", "丙丁情報公司"), ("别名Acme", "Acme")],
)
def test_another_name_in_brackets_is_an_alias_not_a_note(tmp_path: Path, bracket: str, alias: str) -> None:
    text = f"""甲国制裁乙国企业

甲报　2025年12月26日

反制清单如下：

一、企业（3家）
甲乙丙公司（{bracket}）
丁戊公司
己庚公司
"""
    (first, *_) = _read(tmp_path, text)
    assert (first.name_zh, first.aliases, first.note) == ("甲乙丙公司", (alias,), "")


def test_a_founder_or_a_ceo_in_japanese_is_a_post(tmp_path: Path) -> None:
    text = """甲国、乙国企業幹部3人に制裁

甲通信　2025年12月26日

制裁対象となった幹部3人は以下の通り。

■山田太郎氏（甲社創業者）
　甲社を2017年に創業した。

■佐藤花子氏（乙社社長兼CEO）
　乙社を率いる。

■鈴木一郎氏（丙社最高経営責任者）
　丙社のトップ。
"""
    read = _read(tmp_path, text)
    assert [(m.name_zh, _attribute(m, AttributeKind.TITLE)) for m in read] == [
        ("山田太郎", "甲社創業者"),
        ("佐藤花子", "乙社社長兼CEO"),
        ("鈴木一郎", "丙社最高経営責任者"),
    ]


@pytest.mark.parametrize(
    ("lead", "selection"),
    [
        ("They will be refused entry into Aland, including Northshire and Southshire:", False),
        ("The measures hit several firms, including:", True),
        ("Firms sanctioned include, for example:", True),
    ],
)
def test_including_and_the_places_it_names_say_nothing_of_the_list(lead: str, selection: bool) -> None:
    text = f"{lead}\nAcme Corp\nBolt Ltd\n"
    assert lead_says_selection(text, text.index("Acme")) is selection


@pytest.mark.parametrize(
    "sentence",
    [
        "甲國政府26日宣布，將博爾杜里亞航空公司、卡爾帕西亞船舶公司、阿蘭德電子公司等3家企業及張三、李四等2名個人"
        "列入制裁名單。",
        "甲國政府26日宣布，對博爾杜里亞航空公司、卡爾帕西亞船舶公司、阿蘭德電子公司3家企業和張三、李四2名個人"
        "採取反制措施。",
    ],
)
def test_two_runs_each_closed_by_its_count_are_two_groups(tmp_path: Path, sentence: str) -> None:
    """``A、B、C等3家企業及D、E等2名個人``: the companies and the people, each run with its own count, the
    count no part of a name."""
    read = _read(tmp_path, f"甲國制裁乙國企業及個人\n\n甲報　2025年12月26日\n\n{sentence}\n")
    assert [m.name_zh for m in read] == [
        "博爾杜里亞航空公司",
        "卡爾帕西亞船舶公司",
        "阿蘭德電子公司",
        "張三",
        "李四",
    ]
    assert len({m.group for m in read[:3]}) == 1 and read[0].group != read[3].group == read[4].group


def test_a_run_joined_to_words_with_no_count_of_their_own_is_one_clause(tmp_path: Path) -> None:
    """Guard: ``A、B、C等3家企業和其他機構``: one run; what the joiner adds is no second list."""
    text = (
        "甲國制裁乙國企業\n\n甲報　2025年12月26日\n\n"
        "甲國政府26日宣布，將博爾杜里亞航空公司、卡爾帕西亞船舶公司、"
        "阿蘭德電子公司等3家企業和其他相關機構、個人列入制裁名單。\n"
    )
    assert [m.name_zh for m in _read(tmp_path, text)] == [
        "博爾杜里亞航空公司",
        "卡爾帕西亞船舶公司",
        "阿蘭德電子公司",
    ]


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        ("{name} (a.k.a. {alias}), a Borduria national", "a Borduria national"),
        ("{name} (a.k.a. {alias}), Borduria national", "Borduria national"),
        ("{name}, a Borduria national", "a Borduria national"),
    ],
)
def test_an_alias_and_a_nationality_after_a_persons_name_are_no_part_of_it(
    tmp_path: Path, line: str, aside: str
) -> None:
    people = [("Jane Roe", "Jane Q. Roe"), ("John Doe", "Johnny Doe"), ("Mary Major", "M. Major")]
    lines = "\n".join(line.format(name=n, alias=a) for n, a in people)
    head = "Aland designates Borduria network\n\nBorduria Wire, December 26, 2025\n\n"
    text = f"{head}Aland designated:\n\n{lines}\n"
    read = _read(tmp_path, text)
    assert [m.name_en for m in read] == [n for n, _ in people]
    assert [m.aliases for m in read] == ([(a,) for _, a in people] if "a.k.a." in line else [()] * 3)
    assert [[a.text for a in m.attributes] for m in read] == [[aside]] * 3
