"""People with Chinese names in four scripts, each with a post (``tests/fixtures/generals_expelled_2025/``,
its README.md says what is planted where): the nine senior officers China's defence ministry said on 17
October 2025 were expelled from the Communist Party and the army, eight outlets in Simplified Chinese,
Traditional Chinese of Taiwan and of Hong Kong, English and Japanese, as numbered lines ``1. 何卫东，
中央军委原副主席``, a table ``姓名 | 原職務``, a sentence of posts before names closing on ``等9人``, wire
prose ``former … vice-chairman He Weidong, …``, a ``<ul>`` of ``HE Weidong, former vice-chairman of …``,
Japanese ``・何衛東（前中央軍事委員会副主席）`` lines, a Japanese table ``氏名 | 前職`` and a sentence naming
three of the nine. Planted: two posts swapped (02_tw), a homophone in a name (03_hk), one general left out
under ``The nine are:`` (05_en), ``8名`` over nine (06_ja). The shapes the story needed read or judged are
tested again below on made-up names."""

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
    expected_file,
    findings,
    items,
    printed_name,
    probe_articles,
    story,
    the_error,
)

STORY = "generals_expelled_2025"
ARTICLES = probe_articles(STORY)
_POSTS = (AttributeKind.TITLE, AttributeKind.ORGANIZATION)


def _post(article: str, m: Mention) -> str:
    """The post as the article prints it: from the first word of the person's title or body to the last
    (``former vice-chairman of the Central Military Commission``), however the item parser parts it."""
    spans = [(a.start, a.end) for a in m.attributes if a.kind in _POSTS]
    if not spans:
        return ""
    text = next(a for a in story(STORY).articles if a.id == article).text
    return text[min(s for s, _ in spans) : max(e for _, e in spans)]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order, each with its post as printed, no group; nothing the expected file says is no
    item read as one; the outlet as the file names it."""
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [m.group for m in read] == [w["group"] for w in want]
    assert [_post(article, m) for m in read] == [w["post"] for w in want]
    assert [m.values for m in read] == [() for _ in want]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    found = next(a for a in story(STORY).articles if a.id == article)
    assert found.outlet == expected["outlet"]


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says(article: str) -> None:
    assert_counts_as_expected(STORY, article, ("total", "group"))


def test_the_planted_errors_are_found_and_nobody_else_is_accused() -> None:
    """An error each against the swap, the general left out and the count of eight, a warning against the
    homophone; nothing against 01_cn, 04_en, 07_ja, nor 08_cn (three named of nine, as 等 says)."""
    result = story(STORY)
    assert findings(result) == [
        ("attribute_conflict", ("02_tw",)),
        ("count_conflict", ("06_ja",)),
        ("list_short", ("05_en",)),
        ("misspelt_name", ("03_hk",)),
    ]
    for article in ("01_cn", "04_en", "07_ja", "08_cn"):
        assert against(result, article) == [], article


def test_the_swapped_posts_are_one_finding_naming_both_generals() -> None:
    """秦樹桐 given the navy's commissar and 袁華智 the army's: one finding, though the others say the
    posts are past in three ways (``陸軍原政治委員``, ``前陸軍政治委員``, ``原職務`` over
    ``陸軍政治委員``)."""
    d = the_error(STORY, "02_tw")
    assert "秦樹桐" in d.message and "袁華智" in d.message
    assert [x.kind for x in against(story(STORY), "02_tw")] == ["attribute_conflict"]


def test_the_general_left_out_and_the_homophone_are_named() -> None:
    assert "袁華智" in the_error(STORY, "05_en").message
    (d,) = [x for x in against(story(STORY), "03_hk")]
    assert d.severity is Severity.WARNING and "林向揚" in d.message and "Mandarin" in d.message


# --- one entity per general across the articles (measured) -------------------------------------------

GENERALS = {
    "He Weidong": {"何卫东", "何衛東", "He Weidong", "HE Weidong"},
    "Miao Hua": {"苗华", "苗華", "Miao Hua", "MIAO Hua"},
    "He Hongjun": {"何宏军", "何宏軍", "He Hongjun", "HE Hongjun"},
    "Wang Xiubin": {"王秀斌", "Wang Xiubin", "WANG Xiubin"},
    "Lin Xiangyang": {"林向阳", "林向陽", "林向揚", "Lin Xiangyang", "LIN Xiangyang"},
    "Qin Shutong": {"秦树桐", "秦樹桐", "Qin Shutong", "QIN Shutong"},
    "Yuan Huazhi": {"袁华智", "袁華智", "Yuan Huazhi"},
    "Wang Houbin": {"王厚斌", "Wang Houbin", "WANG Houbin"},
    "Wang Chunning": {"王春宁", "王春寧", "Wang Chunning", "WANG Chunning"},
}


@pytest.mark.parametrize("general", GENERALS)
def test_a_general_every_outlet_names_is_one_entity_of_every_article_naming_him(general: str) -> None:
    """Simplified, Traditional, the Japanese papers' kanji and pinyin (family name in capitals too), and
    the homophone of 03_hk: one entity, holding a mention of every article that names the general."""
    result = story(STORY)
    names = GENERALS[general]
    keys = {m.key for m in result.mentions if m.kind == "list" and {m.name_zh, m.name_en} & names}
    (entity,) = [e for e in result.entities if keys & set(e.mentions)]
    assert keys <= set(entity.mentions)
    assert len(result.entities) == len(GENERALS)


def test_findings_of_the_story_are_deterministic() -> None:
    again = reconcile([str(Path(__file__).resolve().parent / "fixtures" / STORY)])
    assert sorted((d.kind, d.sources, d.severity, d.message) for d in again.discrepancies) == sorted(
        (d.kind, d.sources, d.severity, d.message) for d in story(STORY).discrepancies
    )


# --- the shapes, on made-up names -----------------------------------------------------------------


def _read(tmp_path: Path, text: str, suffix: str = ".txt") -> Any:
    path = tmp_path / f"a{suffix}"
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def _titled(result: Any) -> list[tuple[str, list[str]]]:
    return [
        (m.name_zh or m.name_en, [a.text for a in m.attributes if a.kind in _POSTS])
        for m in result.mentions
        if m.kind == "list"
    ]


EN_WIRE = (
    "Aland purges its army\n\nBy Staff Reporter, Aland Wire\nOctober 17, 2025\n\n"
    "CAPITAL - Aland said on Friday that four officers had been expelled. They are {items}.\n\n"
    "Their cases have been handed to prosecutors.\n"
)


def test_posts_before_names_in_wire_prose_are_read_whole(tmp_path: Path) -> None:
    """``They are former Aland Defence Commission vice-chairman Zhang San, former Aland Command Center
    executive deputy commander Li Si, former army political commissar Wang Wu and …``: four people, each
    with the post before the name (before: the first post, its body's words capitalized, lost; the rank
    words counted among the body's; a commissar no title; nothing read)."""
    posts = [
        "former Aland Defence Commission vice-chairman Zhang San",
        "former Aland Command Center executive deputy commander Li Si",
        "former army political commissar Wang Wu",
        "former Borduria Theater commander Zhao Liu",
    ]
    text = EN_WIRE.format(items=", ".join(posts[:-1]) + " and " + posts[-1])
    assert _titled(_read(tmp_path, text)) == [
        ("Zhang San", ["former Aland Defence Commission vice-chairman"]),
        ("Li Si", ["former Aland Command Center executive deputy commander"]),
        ("Wang Wu", ["former army political commissar"]),
        ("Zhao Liu", ["former Borduria Theater commander"]),
    ]


EN_LIST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The four | Aland Post</title>
<meta property="og:site_name" content="Aland Post"></head><body><article><h1>The four</h1>
<p>Aland purged its army on Friday. {lead}</p><ul>
<li>ZHANG San, former commander of the Aland Army</li>
<li>LI Si, former political commissar of the Aland Army</li>
<li>WANG Wu, former commander of the Aland Navy</li>
<li>ZHAO Liu, former political commissar of the Aland Navy</li>
</ul><p>Their cases go to prosecutors.</p></article></body></html>
"""


@pytest.mark.parametrize(("lead", "stated"), [("The four are:", 4), ("The 4 are:", 4), ("They are:", None)])
def test_a_list_led_in_by_the_number_alone_states_it(tmp_path: Path, lead: str, stated: int | None) -> None:
    """``The four are:`` over a ``<ul>`` of ``ZHANG San, former political commissar of the Aland Army``:
    the list's count 4, and every post whole (before: no count; a commissar's item read as a name)."""
    result = _read(tmp_path, EN_LIST.format(lead=lead), ".html")
    assert [m.name_en for m in result.mentions if m.kind == "list"] == [
        "ZHANG San",
        "LI Si",
        "WANG Wu",
        "ZHAO Liu",
    ]
    assert [h.stated for h in result.headings if h.stated is not None] == ([stated] if stated else [])
    assert all(a.kind in _POSTS for m in result.mentions if m.kind == "list" for a in m.attributes)


ZH_TABLE = """<html><head><meta charset="utf-8"><title>名單 | 甲報</title></head><body><article>
<h1>名單</h1><p>遭處分的4名將領如下：</p><table><tr>{head}</tr>{rows}</table><p>完。</p></article></body></html>
"""
_ROWS = [("張三", "甲軍司令員"), ("李四", "甲軍政治委員"), ("王五", "乙軍司令員"), ("趙六", "乙軍政治委員")]


@pytest.mark.parametrize("header", ["<th>姓名</th><th>原職務</th>", "<th>氏名</th><th>前職</th>"])
def test_a_column_of_former_posts_is_the_title_where_the_table_prints_no_other(
    tmp_path: Path, header: str
) -> None:
    """``姓名 | 原職務``, ``氏名 | 前職``: the posts the people held, the only ones the table prints, are
    their titles (before: another column, kept from every comparison of posts); beside a post held now
    (``新職務 | 姓名 | 原職務``) it stays another column (tests/test_probe_uk_reshuffle.py)."""
    rows = "".join(f"<tr><td>{n}</td><td>{p}</td></tr>" for n, p in _ROWS)
    read = [
        m
        for m in _read(tmp_path, ZH_TABLE.format(head=header, rows=rows), ".html").mentions
        if m.kind == "list"
    ]
    assert [(m.name_zh, [(a.kind, a.text) for a in m.attributes]) for m in read] == [
        (n, [(AttributeKind.TITLE, p)]) for n, p in _ROWS
    ]


ZH_SENTENCE = "將領受處分\n\n甲報　2025年10月18日\n\n【本報訊】被查處的將領包括{items}等4人。\n\n完。\n"


@pytest.mark.parametrize(
    ("items", "read"),
    [
        (
            "前甲軍司令員張三、前甲軍政治委員李四、前乙軍司令員王五及前乙軍政治委員趙六",
            [
                ("張三", "前甲軍司令員"),
                ("李四", "前甲軍政治委員"),
                ("王五", "前乙軍司令員"),
                ("趙六", "前乙軍政治委員"),
            ],
        ),
        (
            "甲部常務副主任張建軍、甲部原主任李四、乙部原常務副主任王五及乙部主任趙六",
            [
                ("張建軍", "甲部常務副主任"),
                ("李四", "甲部原主任"),
                ("王五", "乙部原常務副主任"),
                ("趙六", "乙部主任"),
            ],
        ),
    ],
)
def test_posts_before_chinese_names_end_where_the_names_start(
    tmp_path: Path, items: str, read: list[tuple[str, str]]
) -> None:
    """``前甲軍司令員張三``: the post ends after 司令員, not 司令 (before: ``員張三`` read as the name);
    ``常務副主任張建軍``: a given name may end in 軍 (before: the whole item one name); ``甲部原主任``: the
    word that makes the post a former one is the title's (before: the body's, ``甲部原``)."""
    got = [
        (m.name_zh, "".join(a.text for a in m.attributes if a.kind in _POSTS))
        for m in _read(tmp_path, ZH_SENTENCE.format(items=items)).mentions
        if m.kind == "list"
    ]
    assert got == read


def _zh_lines(outlet: str, posts: list[tuple[str, str]]) -> str:
    lines = "\n".join(f"{k}. {n}，{p}" if p else f"{k}. {n}" for k, (n, p) in enumerate(posts, start=1))
    return f"名單\n\n{outlet}　2025年10月17日\n\n被處分的4人名單如下：\n\n{lines}\n\n完。\n"


def test_posts_swapped_are_found_however_each_outlet_says_they_are_past(tmp_path: Path) -> None:
    """Three outlets say the posts are past each its own way (``甲軍原政治委員``, ``前甲軍政治委員``, a
    column ``原職務`` over ``甲軍政治委員``); a fourth gives 李四 and 趙六 each other's: one error against
    it (before: none, every outlet's post another)."""
    mainland = [
        ("張三", "甲軍原司令員"),
        ("李四", "甲軍原政治委員"),
        ("王五", "乙軍原司令員"),
        ("趙六", "乙軍原政治委員"),
    ]
    former = [(n, "前" + p.replace("原", "")) for n, p in mainland]
    swapped = [mainland[0], ("李四", "乙軍原政治委員"), mainland[2], ("趙六", "甲軍原政治委員")]
    rows = "".join(f"<tr><td>{n}</td><td>{p.replace('原', '')}</td></tr>" for n, p in mainland)
    (tmp_path / "01.txt").write_text(_zh_lines("甲報", mainland), encoding="utf-8")
    (tmp_path / "02.txt").write_text(_zh_lines("乙報", former), encoding="utf-8")
    (tmp_path / "03.html").write_text(
        ZH_TABLE.format(head="<th>姓名</th><th>原職務</th>", rows=rows), encoding="utf-8"
    )
    (tmp_path / "04.txt").write_text(_zh_lines("丁報", swapped), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert findings(result) == [("attribute_conflict", ("04",))]


def _en_lines(outlet: str, names: list[str]) -> str:
    lines = "\n".join(f"- {n}" for n in names)
    return f"The four\n\nBy Staff, {outlet}\nOctober 17, 2025\n\nThe four are:\n\n{lines}\n\nThe end.\n"


@pytest.mark.parametrize(
    ("names", "slip"),
    [
        (["張三豐", "李四海", "王五洲", "趙六合"], "張三峰"),  # a native name: zhang sanfeng either way
        (["羅伊", "多伊", "布朗", "格林"], "羅依"),  # guard: a transliteration, each region's characters
    ],
)
def test_a_chinese_name_one_homophone_apart_is_a_misspelling_where_it_is_native(
    tmp_path: Path, names: list[str], slip: str
) -> None:
    """張三峰 where three outlets print 張三豐 and an English one ``Zhang Sanfeng`` (a native name, heard
    alike in Mandarin): a warning, with no Japanese outlet in the story (before: none, only Japanese names
    were judged); 羅依 for 羅伊, a transliteration no outlet prints in pinyin: none."""
    english = (
        ["Zhang Sanfeng", "Li Sihai", "Wang Wuzhou", "Zhao Liuhe"]
        if slip == "張三峰"
        else ["Jane Roe", "John Doe", "Bob Brown", "Gus Green"]
    )
    for k, outlet in enumerate(("甲報", "乙報", "丙報"), start=1):
        (tmp_path / f"0{k}.txt").write_text(_zh_lines(outlet, [(n, "") for n in names]), encoding="utf-8")
    (tmp_path / "04.txt").write_text(
        _zh_lines("丁報", [(slip, ""), *[(n, "") for n in names[1:]]]), encoding="utf-8"
    )
    (tmp_path / "05.txt").write_text(_en_lines("Aland Wire", english), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    misspelt = [(d.sources, d.severity) for d in result.discrepancies if d.kind == "misspelt_name"]
    assert misspelt == ([(("04",), Severity.WARNING)] if slip == "張三峰" else [])


@pytest.mark.parametrize(
    "english",
    [
        ["Sanfeng Zhang", "Sihai Li", "Wuzhou Wang", "Liuhe Zhao"],  # given name first, as Western order
        # the family name in capitals, the given name's syllables hyphenated (linked before too)
        ["ZHANG San-feng", "LI Si-hai", "WANG Wu-zhou", "ZHAO Liu-he"],
    ],
)
def test_a_chinese_name_in_pinyin_given_name_first_is_the_same_person(
    tmp_path: Path, english: list[str]
) -> None:
    """``Sanfeng Zhang`` where the Chinese outlets print 張三豐 / 张三丰 (zhang sanfeng): one entity each,
    the English mention among the Chinese ones (before: the English names apart, given name first)."""
    names = ["張三豐", "李四海", "王五洲", "趙六合"]
    for k, outlet in enumerate(("甲報", "乙報"), start=1):
        (tmp_path / f"0{k}.txt").write_text(_zh_lines(outlet, [(n, "") for n in names]), encoding="utf-8")
    simple = [(n.translate(str.maketrans("張豐趙", "张丰赵")), "") for n in names]
    (tmp_path / "03.txt").write_text(_zh_lines("丙报", simple), encoding="utf-8")
    (tmp_path / "04.txt").write_text(_en_lines("Aland Wire", english), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert sorted(sorted(k.split("#")[0] for k in e.mentions) for e in result.entities) == [
        ["01", "02", "03", "04"] for _ in names
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a native Chinese name one homophone apart is judged only where some outlet prints it in pinyin: "
    "with Chinese outlets alone nothing tells a native name (張三峰 for 張三豐) from a transliteration whose "
    "characters each region chooses (費佐 / 菲佐), so the slip is an info naming_variant, no misspelt_name",
)
def test_a_homophone_in_a_native_name_is_judged_with_chinese_outlets_alone(tmp_path: Path) -> None:
    names = ["張三豐", "李四海", "王五洲", "趙六合"]
    for k, outlet in enumerate(("甲報", "乙報", "丙報"), start=1):
        (tmp_path / f"0{k}.txt").write_text(_zh_lines(outlet, [(n, "") for n in names]), encoding="utf-8")
    (tmp_path / "04.txt").write_text(
        _zh_lines("丁報", [("張三峰", ""), *[(n, "") for n in names[1:]]]), encoding="utf-8"
    )
    result = reconcile([str(tmp_path)])
    assert [d.sources for d in result.discrepancies if d.kind == "misspelt_name"] == [("04",)]


@pytest.mark.xfail(
    strict=True,
    reason="a pinyin name one syllable off (Wang Chunlin for Wang Chunning, 王春寧) is linked to the person "
    "but judged by no check: misspelt_name compares names in characters only",
)
def test_a_wrong_pinyin_syllable_is_a_misspelt_name(tmp_path: Path) -> None:
    names = ["張三豐", "李四海", "王五洲", "趙六合"]
    english = ["Zhang Sanfeng", "Li Sihai", "Wang Wuzhou", "Zhao Liuhe"]
    for k, outlet in enumerate(("甲報", "乙報"), start=1):
        (tmp_path / f"0{k}.txt").write_text(_zh_lines(outlet, [(n, "") for n in names]), encoding="utf-8")
    (tmp_path / "03.txt").write_text(_en_lines("Aland Wire", english), encoding="utf-8")
    (tmp_path / "04.txt").write_text(_en_lines("Borduria Post", english), encoding="utf-8")
    (tmp_path / "05.txt").write_text(
        _en_lines("Carpathia Daily", ["Zhang Sanfang", *english[1:]]), encoding="utf-8"
    )
    result = reconcile([str(tmp_path)])
    assert [d.sources for d in result.discrepancies if d.kind == "misspelt_name"] == [("05",)]
