"""A long list grouped by region (``tests/fixtures/transit_visa_free/``): a state's visa-free transit
extended to 55 countries in four continents, eight outlets in five languages and seven layouts, read against
one expected file per article (``tests/expected/probes/transit_visa_free/``). Planted: a country left out
under a group count still printed (Hong Kong), a country under the wrong continent (a mainland table), a
country added that is not on the list (an English page). The shapes the story needed read are tested
again below on made-up names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.knowledge.joined import rejoin_known_names
from pipeline.models import Kind, Mention, Severity
from pipeline.run import reconcile
from sources.registry import parse_path
from tests.probe_fixtures import against, errors, expected_file, items, probe_articles, story

STORY = "transit_visa_free"
ARTICLES = probe_articles(STORY)
REGIONS = ("Europe", "Americas", "Oceania", "Asia")


def _printed(m: Mention) -> str:
    """The name as the expected files record it: Chinese or Japanese when printed, else English."""
    return m.name_zh or m.name_en


@pytest.mark.parametrize("article", ARTICLES)
def test_each_article_is_read_as_its_expected_file_says(article: str) -> None:
    expected = expected_file(STORY, article)
    read = items(story(STORY), article)
    want = expected["items"]
    assert [_printed(m) for m in read] == [w["name"] for w in want]
    assert [m.group for m in read] == [expected["groups"][w["group"]] for w in want]
    for m in read:
        assert not m.note and not m.aliases and not m.values and not m.attributes, m
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])


@pytest.mark.parametrize("article", ARTICLES)
def test_the_counts_each_article_states_are_read(article: str) -> None:
    """Every group's count, and the total where the article prints it as the list's (a running total,
    ``增至N國``, says how far the list grew and is left alone)."""
    claims = [c for c in story(STORY).claims if c.article == article]
    for s in expected_file(STORY, article)["stated"]:
        if s.get("running_total"):
            continue
        kind = "total" if s["group"] == "total" else "group"
        assert any(c.kind == kind and c.stated == s["count"] and s["quote"] in c.quote for c in claims), (
            article,
            s,
        )


def test_the_continents_are_aligned_across_outlets_and_languages() -> None:
    result = story(STORY)
    of = {member: g.id for g in result.groups for member in g.members}
    canonical = {
        region: {of.get((a, expected_file(STORY, a)["groups"][region])) for a in ARTICLES}
        for region in REGIONS
    }
    assert all(len(ids) == 1 and None not in ids for ids in canonical.values()), canonical
    assert len({next(iter(ids)) for ids in canonical.values()}) == len(REGIONS)


def test_every_country_is_one_entity_listed_by_every_outlet_but_the_planted_ones() -> None:
    result = story(STORY)
    outlets = [{k.split("#")[0] for k in e.mentions} for e in result.entities]
    assert len(result.entities) == 56  # the 55 on the list and the one added
    # every outlet lists all but the one left out and the one added
    assert sorted(len(o) for o in outlets).count(len(ARTICLES)) == 54
    assert {"06_en"} in outlets and set(ARTICLES) - {"02_hk"} in outlets


def test_the_planted_errors_are_found_once_each_and_nobody_else_is_accused() -> None:
    result = story(STORY)
    assert errors(result) == [
        ("count_mismatch", ("02_hk",)),
        ("count_mismatch", ("06_en",)),
        ("group_conflict", ("03_cn",)),
    ]
    by = {(d.kind, d.sources[0]): d for d in result.discrepancies if d.severity is Severity.ERROR}
    hk = by["count_mismatch", "02_hk"]
    assert "Iceland" in hk.message and "40" in hk.message and hk.evidence[0].article == "02_hk"
    assert "歐洲40國" in hk.evidence[0].quote
    cyprus = by["group_conflict", "03_cn"]
    assert "塞浦路斯" in cyprus.message and "亚洲" in cyprus.message
    # the group the others file it under, named as most outlets print it (a label's Traditional and
    # Simplified forms are one label)
    assert "'欧洲'" in cyprus.message
    assert cyprus.evidence[0].article == "03_cn" and cyprus.evidence[0].quote == "塞浦路斯"
    added = by["count_mismatch", "06_en"]
    assert "Liechtenstein" in added.message and "Europe" in added.message and "55" in added.message
    assert {e.quote for e in added.evidence if e.article == "06_en"} >= {"Europe (40)"}
    # the added country is on no other list: a warning about it, not a second error
    assert [(d.kind, d.severity) for d in against(result, "06_en")] == [
        ("count_mismatch", Severity.ERROR),
        ("unique_item", Severity.WARNING),
    ]
    for article in ("01_tw", "04_cn", "05_ja", "07_en", "08_ja"):
        assert against(result, article) == [], article
    assert [d.kind for d in against(result, "02_hk")] == ["count_mismatch"]
    assert [d.kind for d in against(result, "03_cn")] == ["group_conflict"]


# --- the shapes, on made-up names -------------------------------------------------------------------


def _read(tmp_path: Path, text: str, name: str = "a.txt") -> list[Mention]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(parse_path(path).mentions)


EN_HEAD = "Aland widens its transit scheme\n\nBorduria Wire, June 12, 2025\n\nThe countries covered are:\n\n"


@pytest.mark.parametrize("article", ["the ", "The ", ""])
def test_a_labelled_line_whose_first_name_opens_with_an_article_keeps_its_label_and_count(
    tmp_path: Path, article: str
) -> None:
    """``North (3): the Aland Islands, Borduria and Carpathia.``: the article is no part of the lead-in's
    words, which still end at the colon."""
    text = (
        EN_HEAD + "East (2): Dorado and Elbonia.\n"
        f"North (3): {article}Aland Islands, Borduria and Carpathia.\n"
        "South (2): Freedonia and Genovia.\n"
    )
    read = _read(tmp_path, text)
    assert [(m.name_en, m.group) for m in read] == [
        ("Dorado", "East"),
        ("Elbonia", "East"),
        ("Aland Islands", "North"),
        ("Borduria", "North"),
        ("Carpathia", "North"),
        ("Freedonia", "South"),
        ("Genovia", "South"),
    ]


ZH_HEAD = "甲國擴大過境免簽\n\n甲報　2025年6月12日\n\n"


def test_a_pair_after_a_count_and_its_verb_is_a_group_of_its_own(tmp_path: Path) -> None:
    """``丙洲2國為A及B。`` between sentences of longer groups: two names the count before them binds;
    ``則`` after a count belongs to the verb, not to the group's label."""
    text = (
        ZH_HEAD + "名單中，甲洲3國為阿蘭德、博爾杜里亞及卡爾帕西亞。丙洲2國為多拉多及埃爾博尼亞。"
        "丁洲3國則為弗里多尼亞、吉諾維亞及庫拉格。\n"
    )
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == [
        "阿蘭德",
        "博爾杜里亞",
        "卡爾帕西亞",
        "多拉多",
        "埃爾博尼亞",
        "弗里多尼亞",
        "吉諾維亞",
        "庫拉格",
    ]
    assert [m.group for m in read] == ["甲洲"] * 3 + ["丙洲"] * 2 + ["丁洲"] * 3


JA_HEAD = "甲国、通過ビザ免除を拡大\n\n甲新聞　2025年6月12日\n\n対象国は以下の通り。\n\n"


def test_a_pair_parted_by_a_middle_dot_under_a_label_that_counts_two_is_two_items(tmp_path: Path) -> None:
    """``丙州（2カ国）：A・B`` among lines of longer ``・`` lists: the label's count says the dot parts two
    names, as the four or more of the other lines do."""
    text = (
        JA_HEAD + "甲州（4カ国）：アランド・ボルドゥリア・カルパチア・ドラド\n"
        "丙州（2カ国）：エルボニア・フリードニア\n"
        "丁州（4カ国）：ジェノビア・クラグ・ラトベリア・マルコビア\n"
    )
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read][4:6] == ["エルボニア", "フリードニア"]
    assert [m.group for m in read] == ["甲州"] * 4 + ["丙州"] * 2 + ["丁州"] * 4


def test_a_persons_name_under_a_count_of_one_keeps_its_middle_dot(tmp_path: Path) -> None:
    """Guard: ``代表（1人）：ジョン・ドウ``: a count of one names no pair; the dot is the name's own."""
    text = JA_HEAD + "代表（1人）：ジョン・ドウ\n"
    assert all("ジョン" not in m.name_zh or m.name_zh == "ジョン・ドウ" for m in _read(tmp_path, text))


def test_a_name_that_holds_the_middle_dot_of_a_dotted_list_is_read_whole_again() -> None:
    """The Japanese article whose lines part the names with ``・`` prints one name that holds a ``・`` of
    its own: the gazetteer knows the two pieces as one name, and neither alone."""
    parsed = parse_path(Path(__file__).resolve().parent / "fixtures" / STORY / "08_ja.txt")
    before = [m.name_zh for m in parsed.mentions if m.kind is Kind.LIST]
    after = [
        m.name_zh for m in rejoin_known_names(parsed, builtin_gazetteer()).mentions if m.kind is Kind.LIST
    ]
    assert len(before) == 56 and len(after) == 55
    assert [n for n in after if "・" in n] == [before[33] + "・" + before[34]]


def test_two_names_joined_after_a_verb_and_no_count_are_still_no_list(tmp_path: Path) -> None:
    """Guard: ``甲國官員為張三及李四``: no count binds the pair, which stays prose."""
    text = ZH_HEAD + "甲國外交部表示，此次出訪的官員為張三及李四，行程為期三天。\n"
    assert _read(tmp_path, text) == []


def _outlet(tmp_path: Path, name: str, europe: list[str], total: int = 5) -> None:
    body = (
        f"Aland widens its transit scheme to {total} countries\n\n{name}, June 12, 2025\n\n"
        f"The transit scheme now covers {total} countries:\n\n"
        f"North (3): {', '.join(europe[:-1])} and {europe[-1]}.\n"
        "South (2): Dorado and Elbonia.\n"
    )
    (tmp_path / f"{name.split()[0].lower()}.txt").write_text(body, encoding="utf-8")


def test_an_item_added_to_one_group_is_one_finding_of_that_group(tmp_path: Path) -> None:
    """A name no other outlet lists, under ``North (3)``: the group is one over and the list one over its
    total; one error, the group's, naming the added name and saying the total."""
    _outlet(tmp_path, "Acme Wire", ["Aland", "Borduria", "Carpathia"])
    _outlet(tmp_path, "Bolt Times", ["Aland", "Borduria", "Carpathia"])
    _outlet(tmp_path, "Crane Post", ["Aland", "Borduria", "Genovia", "Carpathia"])
    result = reconcile([str(tmp_path)])
    found = [(d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR]
    assert found == [("count_mismatch", ("crane",))]
    (d,) = [d for d in result.discrepancies if d.severity is Severity.ERROR]
    assert "Genovia" in d.message and "North" in d.message and "states 5 in all" in d.message


def test_an_extra_item_that_no_group_count_explains_is_still_the_lists(tmp_path: Path) -> None:
    """Guard: a list one over its total with no group over its count keeps its ``list_long``."""
    for name, extra in (("Acme Wire", ""), ("Bolt Times", ""), ("Crane Post", "Genovia")):
        body = (
            f"Aland widens its transit scheme to 5 countries\n\n{name}, June 12, 2025\n\n"
            "The transit scheme now covers 5 countries: Aland, Borduria, Carpathia, Dorado"
            + (f", {extra}" if extra else "")
            + " and Elbonia.\n"
        )
        (tmp_path / f"{name.split()[0].lower()}.txt").write_text(body, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    found = [(d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR]
    assert found == [("list_long", ("crane",))]


# --- the same errors planted in the other layouts ---------------------------------------------------


PLANTED = [
    ("02_hk", "count_mismatch", "Iceland"),
    ("03_cn", "group_conflict", "塞浦路斯"),
    ("06_en", "count_mismatch", "Liechtenstein"),
]


@pytest.mark.parametrize(
    ("article", "printed", "misprinted", "kind", "named"),
    [
        ("04_cn", "挪威（欧洲）", "挪威（亚洲）", "group_conflict", "挪威"),  # the region in brackets
        ("05_ja", "・チリ\n", "", "count_mismatch", "Chile"),  # a bullet left out under its region's count
        ("07_en", "Qatar and", "Qatar, Malaysia and", "count_mismatch", "Malaysia"),  # a name added
        ("01_tw", "亞洲（7國）", "亞洲（8國）", "count_conflict", "亚洲"),  # a group's count misprinted
    ],
)
def test_an_error_planted_in_another_layout_is_one_finding_against_that_outlet(
    tmp_path: Path, article: str, printed: str, misprinted: str, kind: str, named: str
) -> None:
    folder = Path(__file__).resolve().parent / "fixtures" / STORY
    for path in sorted(folder.glob("0*")):
        text = path.read_text(encoding="utf-8")
        if path.stem == article:
            assert text.count(printed) == 1
            text = text.replace(printed, misprinted)
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    found = {(d.sources, d.kind): d for d in result.discrepancies if d.severity is Severity.ERROR}
    assert sorted(found) == sorted([((a,), k) for a, k, _ in PLANTED] + [((article,), kind)])
    assert named in found[(article,), kind].message
    for a, k, name in PLANTED:
        assert name in found[(a,), k].message


def test_group_counts_printed_in_a_tables_region_cells_say_the_misfiled_item_once(tmp_path: Path) -> None:
    """``<td rowspan=…>甲洲（40国）</td>``: with the counts in the region cells, the misfiled country
    leaves one group one short and another one over; the misfiled country is the one finding."""
    folder = Path(__file__).resolve().parent / "fixtures" / STORY
    for path in sorted(folder.glob("0*")):
        text = path.read_text(encoding="utf-8")
        if path.stem == "03_cn":
            for region, n in (("欧洲", 40), ("美洲", 6), ("大洋洲", 2), ("亚洲", 7)):
                text = text.replace(f">{region}</td>", f">{region}（{n}国）</td>")
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert [
        (d.kind, d.sources)
        for d in result.discrepancies
        if "03_cn" in d.sources and d.severity is Severity.ERROR
    ] == [("group_conflict", ("03_cn",))]
