"""Countries in tiers (``tests/fixtures/ai_diffusion_2025/``, its README.md says what is planted where): the
AI diffusion export rule's first tier of 18 named in full, its third tier given by examples and its second
(the rest of the world) never listed, nine outlets in four languages and scripts and seven layouts, read
against one expected file per article (``tests/expected/probes/ai_diffusion_2025/``). Planted: a country
substituted (02_en), one left out under a count (03_tw), a miscount (04_hk), one filed under the wrong tier
(06_cn). The shapes the story needed read are tested again below on made-up names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.models import Mention
from pipeline.run import reconcile
from sources.registry import parse_path
from tests.probe_fixtures import against, errors, expected_file, items, printed_name, probe_articles, story

STORY = "ai_diffusion_2025"
ARTICLES = probe_articles(STORY)
GAPS: dict[str, str] = {}


def _case(article: str) -> object:
    gap = GAPS.get(article)
    return pytest.param(article, marks=pytest.mark.xfail(strict=True, reason=gap)) if gap else article


@pytest.mark.parametrize("article", [_case(a) for a in ARTICLES])
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    """Names in order, the first tier's apart from the third's; the label of each where the article prints
    one over it (a heading, a lead-in, a table's cell)."""
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    labels = [expected["groups"][w["group"]] for w in want]
    if all(labels):
        assert [m.group for m in read] == labels
    else:  # a sentence's list: the tiers apart, whatever words label them
        assert len({m.group for m in read}) == len({w["group"] for w in want})
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_lists_the_tiers_it_names_and_no_item_for_the_rest_of_the_world(article: str) -> None:
    """Every name the article's first tier prints is read (the 18, or the examples of them), and nothing
    stands for the second tier (``其余大多数国家``, ``the rest of the world``): it is no list."""
    expected = expected_file(STORY, article)
    read = [printed_name(m) for m in items(story(STORY), article)]
    first = [w["name"] for w in expected["items"] if w["group"] == "tier1"]
    assert [n for n in read if n in first] == first
    assert all(n in {w["name"] for w in expected["items"]} for n in read), read


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_states_the_counts_its_expected_file_says_and_no_other(article: str) -> None:
    """``18 close allies``, ``第一級（17個國家和地區）``, ``Eighteen allies``: each a count of the first tier;
    ``about 120 countries``, ``約120カ国``, ``120-day`` count no list."""
    claims = [c for c in story(STORY).claims if c.article == article and c.kind in ("total", "group")]
    want = expected_file(STORY, article)["stated"]
    for s in want:
        quotes = [s["quote"], *s.get("also", ())]  # the same count said again, in a headline
        assert any(int(c.stated) == s["count"] and any(q in c.quote for q in quotes) for c in claims), s
    assert {int(c.stated) for c in claims} == {s["count"] for s in want}


def test_every_first_tier_country_is_one_entity_across_scripts() -> None:
    """臺灣, 台灣, 台湾, Taiwan and 中国台湾地区 are one entity; so are 南韓, 韩国, 韓国 and South Korea."""
    result = story(STORY)
    of = {k: e for e in result.entities for k in e.mentions}
    for names in (
        ("臺灣", "台灣", "台湾", "Taiwan", "中国台湾地区"),
        ("南韓", "韩国", "韓国", "South Korea"),
    ):
        keys = {m.key for m in result.mentions if m.kind == "list" and printed_name(m) in names}
        assert len({id(of[k]) for k in keys}) == 1, names


def test_nobody_but_the_four_planted_outlets_draws_a_finding() -> None:
    result = story(STORY)
    for article in ("01_en", "05_cn", "07_ja", "08_en", "09_tw"):
        assert against(result, article) == [], article


def test_the_four_planted_errors_are_found_once_each_naming_what_is_wrong() -> None:
    """Portugal in Spain's place, Finland left out under 18, ``17個`` over eighteen, 挪威 in the third tier:
    one error each, naming it; nobody else is accused of an error. 03_tw's 18 is the count of its first
    tier, which it labels ``第一級`` as 04_hk does: a group's count its list falls short of, naming Finland
    alone (before, the third tier's examples left unread: the whole article's 18, ``list_short``, which
    named them among what it lacked)."""
    result = story(STORY)
    assert errors(result) == [
        ("count_mismatch", ("03_tw",)),
        ("count_mismatch", ("04_hk",)),
        ("group_conflict", ("06_cn",)),
        ("wrong_item", ("02_en",)),
    ]
    by = {d.sources[0]: d for d in result.discrepancies if d.severity.value == "error"}
    assert "Portugal" in by["02_en"].message and "Spain" in by["02_en"].message
    assert "Finland" in by["03_tw"].message and "第一級" in by["03_tw"].message
    assert not {"China", "Russia", "Iran", "North Korea"} & set(
        re.findall(r"\(([^)]+)\)", by["03_tw"].message)
    )
    assert "17" in by["04_hk"].message and "18" in by["04_hk"].message and "第一級" in by["04_hk"].message
    assert "挪威" in by["06_cn"].message and "第三层级" in by["06_cn"].message
    for article in ("01_en", "07_ja", "08_en", "09_tw"):
        assert against(result, article) == [], article


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, name: str = "a.html") -> list[Mention]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


TIERS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Who can buy the chips: the three tiers | Aland Ledger</title>
<meta property="og:site_name" content="Aland Ledger">
</head><body>
<header><a href="/">Aland Ledger</a> <a href="/tech">Tech</a></header>
<article>
<h1>Who can buy the chips: the three tiers</h1>
<p class="byline">By Jane Roe, Aland Ledger, January 14, 2025</p>
<p>The Ministry on Monday published its rule on the chips, which decides how freely they may be shipped.</p>
<p>Here is how the rule sorts the world.</p>
<h2>Tier 1: no cap (18 countries)</h2>
<ul>
{items}
</ul>
<h2>Tier 2: capped</h2>
<p>Most of the rest of the world, about 120 countries, may import chips only up to a ceiling.</p>
<h2>Tier 3: barred</h2>
<p>Countries under an arms embargo, among them:</p>
<ul>
<li>Sokovia (with its islands)</li>
<li>Transia</li>
<li>Urkesh</li>
<li>Vulgaria</li>
</ul>
<p>Industry groups have warned about the caps.</p>
</article>
<footer>&copy; Aland Ledger</footer>
</body></html>
"""
EIGHTEEN = (
    "Aland",
    "Borduria",
    "Carpathia",
    "Dalmatia",
    "Estland",
    "Freedonia",
    "Genovia",
    "Hyrule",
    "Illyria",
    "Jotunheim",
    "Kravia",
    "Latveria",
    "Marduk",
    "Nuevo Rico",
    "Orsinia",
    "Pottsylvania",
    "Qumar",
    "Ruritania",
)


def test_a_heading_after_a_long_list_is_no_item_of_it(tmp_path: Path) -> None:
    """``<h2>Tier 2: capped</h2>`` right after the eighteen ``<li>`` of the first tier, one a line: the page
    sets it apart as a heading, so the run of lines the eighteen make ends before it (before: a nineteenth
    item, ``Tier 2: capped``, and the stated 18 broken)."""
    text = TIERS.format(items="\n".join(f"<li>{n}</li>" for n in EIGHTEEN))
    read = _read(tmp_path, text)
    assert [m.name_en for m in read] == [*EIGHTEEN, "Sokovia", "Transia", "Urkesh", "Vulgaria"]
    assert [m.group for m in read][:18] == ["Tier 1: no cap"] * 18


def test_a_lead_in_under_a_label_of_the_series_leaves_the_group_to_the_label(tmp_path: Path) -> None:
    """``<h2>Tier 3: barred</h2>`` over ``<p>Countries under an arms embargo, among them:</p>`` over four
    ``<li>``: the group is the label's, as the first tier's is its heading's; the lead-in only leads the
    names in (before: the four stood under the lead-in's sentence)."""
    text = TIERS.format(items="\n".join(f"<li>{n}</li>" for n in EIGHTEEN))
    read = _read(tmp_path, text)
    assert [m.group for m in read] == ["Tier 1: no cap"] * 18 + ["Tier 3: barred"] * 4


def test_a_lead_in_that_counts_its_names_under_a_label_keeps_its_count(tmp_path: Path) -> None:
    """The guard: ``<p>These 4 countries:</p>`` under ``Tier 3: barred`` states the group's count, kept
    (the lead-in's line is a heading of its own, as before)."""
    text = TIERS.format(items="\n".join(f"<li>{n}</li>" for n in EIGHTEEN)).replace(
        "Countries under an arms embargo, among them:", "These 4 countries:"
    )
    path = tmp_path / "a.html"
    path.write_text(text, encoding="utf-8")
    assert (4, "These 4 countries:") in [(h.stated, h.label) for h in parse_path(path).headings]


CELLS = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>三个层级_甲报</title></head>
<body><article><h1>三个层级</h1><p>各层级情况如下：</p>
<table><thead><tr><th>层级</th><th>国家和地区</th><th>管制措施</th></tr></thead><tbody>
<tr><td>第一层级</td><td>甲国、乙国、丙国、丁国</td><td>不受限制</td></tr>
<tr><td>第三层级</td><td>戊国、己国、庚国{closing}</td><td>禁止出口</td></tr>
</tbody></table><p>业内人士认为影响深远。</p></article></body></html>
"""


@pytest.mark.parametrize("closing", ["等", "等等", ""])
def test_a_cell_of_names_closing_with_a_word_of_examples_ends_its_last_name_before_it(
    tmp_path: Path, closing: str
) -> None:
    """``戊国、己国、庚国等`` in a table's cell: ``等`` says the names are examples, no part of the last one
    (before: ``庚国等``, a name no other outlet prints)."""
    read = _read(tmp_path, CELLS.format(closing=closing))
    assert [(m.name_zh, m.group) for m in read] == [
        ("甲国", "第一层级"),
        ("乙国", "第一层级"),
        ("丙国", "第一层级"),
        ("丁国", "第一层级"),
        ("戊国", "第三层级"),
        ("己国", "第三层级"),
        ("庚国", "第三层级"),
    ]


@pytest.mark.parametrize(
    ("rest", "kept"), [("其余大多数国家", False), ("其他所有国家", False), ("其余国家（10%）", True)]
)
def test_a_cell_that_describes_the_rest_of_the_world_names_no_item(
    tmp_path: Path, rest: str, kept: bool
) -> None:
    """``第二层级 | 其余大多数国家 | 设上限`` between two rows of names: the rest of the world, whom the table
    does not list, is no item (before: an item ``其余大多数国家`` under ``第二层级``); the guard, a row of the
    rest with its figure, is kept, its figure compared with other outlets'."""
    row = f"<tr><td>第二层级</td><td>{rest}</td><td>设上限</td></tr>\n<tr><td>第三层级</td>"
    read = _read(tmp_path, CELLS.format(closing="").replace("<tr><td>第三层级</td>", row))
    assert [m.group for m in read].count("第二层级") == (1 if kept else 0)
    assert [m.name_zh for m in read if m.group != "第二层级"] == [
        "甲国",
        "乙国",
        "丙国",
        "丁国",
        "戊国",
        "己国",
        "庚国",
    ]


ZH_TIERS = (
    "甲國出口新規分三級\n\n甲報　記者張三／綜合報導　2025年1月14日\n\n"
    "甲國商務部13日公布新規定，把各國分為三級。\n\n"
    "{first}\n\n第二級：全球其他大多數國家，可取得的運算能力設有上限。\n\n"
    "第三級：乙國（含丙島）、丁國、戊國、己國等受武器禁運的國家，原則上禁止出口。\n\n業界批評新規。\n"
)


def _parsed(tmp_path: Path, text: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, str]]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_path(path)
    named = [(m.name_zh, m.group) for m in parsed.mentions if m.kind == "list"]
    return named, [(h.stated, h.group) for h in parsed.headings if h.stated is not None]


FIRST = [("庚國", "第一級"), ("辛國", "第一級"), ("壬國", "第一級"), ("癸國", "第一級"), ("子國", "第一級")]
THIRD = [("乙國", "第三級"), ("丁國", "第三級"), ("戊國", "第三級"), ("己國", "第三級")]


def test_paragraphs_under_the_labels_of_a_series_are_its_groups_and_the_rest_is_none(tmp_path: Path) -> None:
    """``第一級：包括A、…等5個國家和地區``, ``第二級：全球其他大多數國家…``, ``第三級：B、…等受武器禁運的
    國家``: the first and third paragraphs are the groups their labels name (the label stands before the
    colon, the cue word after it), though the first states a count and the third none; the second names
    the others and is no group (before: the third was dropped beside the counted first, and the first stood
    under its sentence's words)."""
    first = "第一級：包括庚國、辛國、壬國、癸國、子國等5個國家和地區，不設數量上限。"
    named, counts = _parsed(tmp_path, ZH_TIERS.format(first=first))
    assert named == FIRST + THIRD
    assert counts == [(5, "第一級")]


EIGHT = [*FIRST, ("丑國", "第一級"), ("寅國", "第一級"), ("卯國", "第一級")]


def test_a_labelled_sentence_after_lines_under_a_miscounting_heading_is_another_group(tmp_path: Path) -> None:
    """``第一級（7個國家）：`` over eight numbered lines, then ``第三級：B、C…等`` in a sentence: two groups,
    and the heading's 7 stays the count of its group, though the lines under it are eight (before: the
    sentence was dropped beside the lines; once read, the 7 counted the whole article, 12 items)."""
    lines = "".join(f"{k}．{n}\n" for k, (n, _) in enumerate(EIGHT, 1)).rstrip("\n")
    named, counts = _parsed(tmp_path, ZH_TIERS.format(first="第一級（7個國家）：\n" + lines))
    assert named == EIGHT + THIRD
    assert counts == [(7, "第一級")]


PARTED = (
    "甲国出台出口新规 分为三类\n\n{outlet}　2025年1月14日\n\n"
    "甲国商务部13日发布新规，将各国分为三类。\n\n{sentence}\n\n{after}\n"
)
WHOLE = "第一类共6个国家和地区：乙国、丙国、丁国、戊国、己国和庚地区。"


@pytest.mark.parametrize(
    ("tail", "found"),
    [("等5国以及庚地区，基本不受限制。", []), ("等5国，基本不受限制。", [("count_mismatch", "error")])],
)
def test_a_region_after_the_count_of_the_countries_is_an_item_of_the_same_list(
    tmp_path: Path, tail: str, found: list[tuple[str, str]]
) -> None:
    """``第一类涵盖6个国家和地区，即乙国、…、己国等5国以及庚地区``: ``等5国`` counts the five countries before
    it, ``以及`` joins one more item of the list, the region, and the group's count is the 6 of its
    label's sentence: six items, as the other outlets list, and no finding (before: the run was read up
    to ``等5国``, 庚地区 left unread and 5 bound as the list's count; a warning that it lacked 庚地区). The
    guard: a list that names no 庚地区 at all is still accused of leaving it out of its 6."""
    texts = {
        f"0{k}.txt": PARTED.format(outlet=o, sentence=WHOLE, after=a)
        for k, (o, a) in enumerate(
            [("甲报", "业内关注。"), ("乙报", "外界关注。"), ("丙报", "各方关注。")], 1
        )
    }
    texts["04.txt"] = PARTED.format(
        outlet="丁报",
        sentence="根据新规，第一类涵盖6个国家和地区，即乙国、丙国、丁国、戊国、己国" + tail,
        after="中方表示反对。",
    )
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert [(d.kind, d.severity.value) for d in against(result, "04")] == found
    if found:
        assert "庚地区" in against(result, "04")[0].message
