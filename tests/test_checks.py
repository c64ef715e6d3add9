"""Discrepancy checks on the bundled example and on small hand-made records.

The example records (articles, list mentions of 000/001/003, 002's IPCC prose mention, entities
keyed by English name) come from tests/test_claims.py; what each test expects was read from the
articles: the 18 against 15 energy/environment counts of 000 and 003, 003's 9 items at 13.5%
(9 / 66 = 13.6%), 002 calling the IPCC a UN body, the memorandum of 001/003 against the
proclamation of 004, the two spellings of two people.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

import pytest
from test_claims import (
    A000,
    A001,
    A002,
    A003,
    A004,
    CATEGORIES_000,
    all_claims,
    build_entities,
    example_lists,
    ipcc_prose_002,
    load_articles,
)

from pipeline.checks import run_checks
from pipeline.claims import extract_claims, extract_facts, extract_people
from pipeline.models import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Fact,
    Heading,
    Kind,
    Mention,
    PersonName,
    Severity,
)

IPCC = "intergovernmental-panel-on-climate-change"
IEF = "international-energy-forum"
MINING = "intergovernmental-forum-on-mining-minerals-metals-and-sustainable-development"
UNCTAD = "un-conference-on-trade-and-development"


def _run(
    mentions: Sequence[Mention], headings: Sequence[Heading], *, people: bool = True, facts: bool = True
) -> tuple[Discrepancy, ...]:
    arts = load_articles()
    return run_checks(
        articles=arts,
        mentions=tuple(mentions),
        headings=tuple(headings),
        entities=build_entities(mentions),
        links=(),
        claims=all_claims(mentions, headings),
        facts=tuple(f for a in arts for f in extract_facts(a)) if facts else (),
        people=extract_people(arts) if people else (),
    )


@cache
def example() -> tuple[Discrepancy, ...]:
    mentions, headings = example_lists()
    return _run((*mentions, ipcc_prose_002()), headings)


def _kind(ds: Sequence[Discrepancy], kind: str) -> list[Discrepancy]:
    return [d for d in ds if d.kind == kind]


# ---------------------------------------------------------------------------------------------
# The bundled example
# ---------------------------------------------------------------------------------------------


def test_energy_environment_taxonomy_18_against_15() -> None:
    found = _kind(example(), "taxonomy_differs")
    assert len(found) == 1
    d = found[0]
    assert d.severity is Severity.WARNING
    assert d.sources == (A000, A003)
    assert "氣候、能源與環境" in d.subject and "能源和環境" in d.subject
    assert "18" in d.message and "15" in d.message
    # Both taxonomies side by side: 000's four categories and 003's three.
    for label, n in CATEGORIES_000:
        assert f"{label} {n}" in d.message
    for label, n in (("能源和環境", 15), ("制度、法律等", 9), ("地區合作", 7)):
        assert f"{label} {n}" in d.message
    assert {e.article for e in d.evidence} == {A000, A003}


def test_003_percentage_arithmetic() -> None:
    found = _kind(example(), "arithmetic")
    assert len(found) == 1  # 15 -> 22.7% and 7 -> 10.6% are right
    d = found[0]
    assert (d.severity, d.sources, d.subject) == (Severity.ERROR, (A003,), "制度、法律等")
    assert "13.5%" in d.message and "13.6%" in d.message
    assert "佔13.5%" in d.evidence[0].quote


def test_ipcc_section_conflict_from_002_prose() -> None:
    found = _kind(example(), "section_conflict")
    assert len(found) == 1
    d = found[0]
    assert d.severity is Severity.ERROR and d.entity == IPCC
    # the finding is 002's assertion; the three lists are its evidence
    assert d.sources == (A002,)
    assert "'亦是聯合國轄下單位'" in d.message and "file it under '非聯合國組織'" in d.message
    assert {e.article for e in d.evidence} == {A000, A001, A002, A003}
    assert any(e.article == A002 and "亦是聯合國轄下單位" in e.quote for e in d.evidence)


def test_agreeing_totals_and_matching_counts_are_not_flagged() -> None:
    ds = example()
    # 66 in all five, 31 UN in all five, 35 non-UN in 000-003: no conflict.
    assert _kind(ds, "count_conflict") == []
    # 000's 18/19/14/15 categories and every 31/35 section heading match the lists.
    assert _kind(ds, "count_mismatch") == []
    for kind in ("list_short", "list_long", "missing_entity", "unique_item", "acronym_mismatch"):
        assert _kind(ds, kind) == [], kind


def test_instrument_differs_memorandum_against_proclamation() -> None:
    found = _kind(example(), "story_conflict")
    assert [d.subject for d in found] == ["instrument"]  # signing date and signer agree
    d = found[0]
    assert d.severity is Severity.WARNING
    assert d.sources == (A004,)  # the one outlet against the memorandum of 001 and 003
    assert "memorandum" in d.message and "proclamation" in d.message
    assert "備忘錄" in d.message and "公告" in d.message
    assert {e.article for e in d.evidence} == {A001, A003, A004}


def test_person_name_variants() -> None:
    found = {d.subject: d for d in _kind(example(), "person_variant")}
    assert set(found) == {"donald-trump", "marco-rubio"}
    trump, rubio = found["donald-trump"], found["marco-rubio"]
    assert trump.severity is Severity.INFO
    assert f"川普 ({A000}, {A001}, {A004})" in trump.message
    assert f"特朗普 ({A002}, {A003})" in trump.message
    assert f"盧比歐 ({A000}, {A001})" in rubio.message and f"盧比奧 ({A002})" in rubio.message


def test_naming_variants_one_per_entity_with_several_forms() -> None:
    found = _kind(example(), "naming_variant")
    by_entity = {d.entity: d for d in found}
    assert len(by_entity) == len(found)
    assert all(d.severity is Severity.INFO for d in found)
    unctad = by_entity[UNCTAD]
    for name, aid in (
        ("聯合國會議和發展會議", A000),
        ("聯合國貿易與發展會議", A001),
        ("聯合國貿易和發展會議", A003),
    ):
        assert f"{name} ({aid})" in unctad.message
    # All three lists write these the same way.
    for same in ("international-law-commission", "global-counterterrorism-forum", "un-democracy-fund"):
        assert same not in by_entity


def test_possible_mistranslations() -> None:
    found = {(d.entity, d.sources): d for d in _kind(example(), "possible_mistranslation")}
    mining = found[(MINING, (A003,))]
    assert "金屬" in mining.message and "Metals" in mining.message
    unctad = found[(UNCTAD, (A000,))]
    assert "貿易" in unctad.message and "'trade'" in unctad.message
    assert all(d.severity is Severity.WARNING for d in found.values())
    # Synonyms and reorderings are not mistranslations: 永久/常設 論壇, 框架/綱要 公約, 001's
    # 秘書長...辦公室 word order, 003's 世界/國際 自然保護聯盟, 000's 持械/武裝.
    flagged = {entity for entity, _ in found}
    for entity in (
        "permanent-forum-on-people-of-african-descent",
        "un-framework-convention-on-climate-change",
        "office-of-the-special-representative-of-the-secretary-general-on-violence-against-children",
        "international-union-for-conservation-of-nature",
        "regional-cooperation-agreement-on-combating-piracy-and-armed-robbery-against-ships-in-asia",
        "un-water",
    ):
        assert entity not in flagged, entity


def test_every_evidence_quote_is_the_text_at_its_offsets() -> None:
    texts = {a.id: a.text for a in load_articles()}
    for d in example():
        assert d.evidence, d
        for e in d.evidence:
            assert texts[e.article][e.start : e.end] == e.quote
            assert len(e.quote) <= 400


def test_sorted_by_severity_then_kind() -> None:
    ds = example()
    keys = [(-d.severity.rank, d.kind, d.subject, d.sources) for d in ds]
    assert keys == sorted(keys)
    assert ds[0].severity is Severity.ERROR and ds[-1].severity is Severity.INFO
    assert all(d.sources == tuple(sorted(d.sources)) for d in ds)


def test_input_order_does_not_matter() -> None:
    mentions, headings = example_lists()
    records = [*mentions, ipcc_prose_002()]
    random.Random(7).shuffle(records)
    arts = list(load_articles())
    random.Random(7).shuffle(arts)
    claims = list(all_claims(records, headings))
    random.Random(7).shuffle(claims)
    shuffled = run_checks(
        articles=arts,
        mentions=records,
        headings=list(reversed(headings)),
        entities=list(reversed(build_entities(records))),
        links=(),
        claims=claims,
        facts=tuple(f for a in reversed(arts) for f in extract_facts(a)),
        people=tuple(reversed(extract_people(arts))),
    )
    assert shuffled == example()


# ---------------------------------------------------------------------------------------------
# One item deleted from a list article
# ---------------------------------------------------------------------------------------------


def test_deleted_item_is_one_finding_that_names_it() -> None:
    """One item lost from 001's non-UN section is one root cause: one finding about 001 (the section's
    count, which says where the item was lost), naming the item the other lists have, with their quotes."""
    mentions, headings = example_lists()
    gone = next(m for m in mentions if m.article == A001 and m.name_zh == "國際能源論壇")
    ds = _run([m for m in mentions if m is not gone], headings)
    about_001 = [d for d in ds if A001 in d.sources and d.severity is Severity.ERROR]
    # the subject is 001's own group, as its heading prints it
    assert [(d.kind, d.subject) for d in about_001] == [("count_mismatch", "非聯合國體系的國際組織")]
    d = about_001[0]
    assert "35" in d.message and "34" in d.message
    assert "國際能源論壇" in d.message and "International Energy Forum" in d.message
    assert {e.article for e in d.evidence} - {A001}  # quoted from the lists that have it
    # no cascade: no separate missing item, no total short, and the others' item is not "unique"
    assert _kind(ds, "missing_entity") == [] and _kind(ds, "list_short") == []
    assert _kind(ds, "unique_item") == [] and _kind(ds, "list_long") == []


def test_category_count_against_items_under_it() -> None:
    """Move one of 000's items to another category: both categories now contradict their heading."""
    mentions, headings = example_lists()
    moved = next(m for m in mentions if m.article == A000 and m.category == "氣候、能源與環境")
    changed = [replace(m, category="安全、法律與區域") if m is moved else m for m in mentions]
    ds = _run(changed, headings, facts=False, people=False)
    found = {d.subject: d for d in _kind(ds, "count_mismatch")}
    assert set(found) == {"氣候、能源與環境", "安全、法律與區域"}
    assert "states 18" in found["氣候、能源與環境"].message and "has 17" in found["氣候、能源與環境"].message
    assert "states 15" in found["安全、法律與區域"].message and "has 16" in found["安全、法律與區域"].message
    assert all(d.severity is Severity.ERROR and d.sources == (A000,) for d in found.values())


# ---------------------------------------------------------------------------------------------
# Small hand-made records
# ---------------------------------------------------------------------------------------------


def _article(aid: str, text: str, date: str | None = "2026-01-08") -> Article:
    return Article(id=aid, outlet=aid, url=None, date=date, title="", text=text, path=aid, encoding="utf-8")


def _item(
    aid: str,
    pos: int,
    text: str,
    zh: str,
    en: str,
    group: str = "",
    *,
    acronym: str = "",
    parent: str = "",
    kind: Kind = Kind.LIST,
    asserted: str = "",
) -> Mention:
    start = text.index(zh)
    return Mention(
        article=aid,
        kind=kind,
        position=pos,
        category=None,
        name_zh=zh,
        name_en=en,
        acronym=acronym,
        aliases=(),
        note="",
        start=start,
        end=start + len(zh),
        parent=parent,
        asserted_group=asserted,
        group=group,
    )


def _entities(groups: dict[str, Sequence[Mention]]) -> tuple[Entity, ...]:
    return tuple(
        Entity(
            id=eid,
            name_en=ms[0].name_en,
            name_zh=ms[0].name_zh,
            acronym="",
            mentions=tuple(sorted(m.key for m in ms)),
        )
        for eid, ms in sorted(groups.items())
    )


def _checks(
    articles: Sequence[Article],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    *,
    claims: Sequence[Claim] | None = None,
    facts: Sequence[Fact] = (),
    people: Sequence[PersonName] = (),
) -> tuple[Discrepancy, ...]:
    if claims is None:
        claims = [c for a in articles for c in extract_claims(a, mentions, [])]
    return run_checks(
        articles=articles,
        mentions=mentions,
        headings=(),
        entities=entities,
        links=(),
        claims=claims,
        facts=facts,
        people=people,
    )


def test_empty_inputs() -> None:
    assert (
        run_checks(
            articles=(), mentions=(), headings=(), entities=(), links=(), claims=(), facts=(), people=()
        )
        == ()
    )


def test_articles_without_lists_only_compare_counts() -> None:
    arts = [article for article in load_articles() if article.id in (A002, A004)]
    claims = [c for a in arts for c in extract_claims(a, [], [])]
    ds = run_checks(
        articles=arts, mentions=(), headings=(), entities=(), links=(), claims=claims, facts=(), people=()
    )
    assert ds == ()


def test_single_article_has_no_cross_outlet_findings() -> None:
    text = (
        "美國宣布退出3個國際組織：\n1 甲基金 Alpha Fund\n2 乙論壇 Beta Forum\n3 丙委員會 Gamma Commission\n"
    )
    a = _article("a", text)
    ms = [
        _item("a", i + 1, text, zh, en)
        for i, (zh, en) in enumerate(
            (("甲基金", "Alpha Fund"), ("乙論壇", "Beta Forum"), ("丙委員會", "Gamma Commission"))
        )
    ]
    ents = _entities({m.name_en: [m] for m in ms})
    assert _checks([a], ms, ents) == ()


def test_count_conflict_between_outlets() -> None:
    a = _article("a", "美國宣布退出66個國際組織，其中31個聯合國機構。")
    b = _article("b", "美國宣布退出65個國際組織，其中31個聯合國機構。")
    ds = _checks([a, b], [], [])
    assert [(d.kind, d.subject, d.sources) for d in ds] == [("count_conflict", "total", ("a", "b"))]
    assert "65 (b)" in ds[0].message and "66 (a)" in ds[0].message
    assert ds[0].severity is Severity.ERROR


def test_percentage_uses_the_consensus_total_when_the_article_states_none() -> None:
    a = _article("a", "美國宣布退出66個國際組織。")
    b = _article("b", "在這些組織中，與環境相關的有9個，佔13.5%。")
    c = _article("c", "在這些組織中，與環境相關的有9個，佔13.6%。")
    ds = _checks([a, b, c], [], [])
    assert [(d.kind, d.sources) for d in ds] == [("arithmetic", ("b",))]
    assert "agree on" in ds[0].message


UN, NON_UN = "聯合國組織", "非聯合國組織"  # group labels as the hand-written lists below print them


def _three_lists(extra_in_c: bool = False) -> tuple[list[Article], list[Mention], tuple[Entity, ...]]:
    names = [("甲基金", "Alpha Fund"), ("乙論壇", "Beta Forum"), ("丙委員會", "Gamma Commission")]
    arts, ms = [], []
    groups: dict[str, list[Mention]] = {}
    for aid in ("a", "b", "c"):
        rows = list(names) + ([("丁中心", "Delta Centre")] if aid == "c" and extra_in_c else [])
        lines = "".join(f"{i + 1} {zh} {en}\n" for i, (zh, en) in enumerate(rows))
        text = "美國宣布退出3個國際組織：\n" + lines
        arts.append(_article(aid, text))
        for i, (zh, en) in enumerate(rows):
            m = _item(aid, i + 1, text, zh, en, NON_UN)
            ms.append(m)
            groups.setdefault(en, []).append(m)
    return arts, ms, _entities(groups)


def test_unique_item_and_long_list() -> None:
    arts, ms, ents = _three_lists(extra_in_c=True)
    ds = _checks(arts, ms, ents)
    assert [(d.kind, d.entity, d.sources) for d in ds] == [
        ("list_long", None, ("c",)),
        ("unique_item", "Delta Centre", ("c",)),
    ]
    assert "丁中心" in ds[0].message and "states 3" in ds[0].message and "lists 4" in ds[0].message
    # One outlet's extra item is not "missing" from the two others.
    assert _kind(ds, "missing_entity") == []


def test_missing_entity_with_two_lists() -> None:
    arts, ms, ents = _three_lists()
    arts, ms = arts[:2], [m for m in ms if m.article != "c" and not (m.article == "b" and m.position == 2)]
    ents = tuple(replace(e, mentions=tuple(k for k in e.mentions if k in {m.key for m in ms})) for e in ents)
    ds = _checks(arts, ms, ents)
    kinds = [(d.kind, d.entity, d.sources) for d in ds]
    # one root cause, one finding: b states 3 and lists 2; the item a has and b lacks is named in it
    assert kinds == [("list_short", None, ("b",))]
    assert "Beta Forum" in ds[0].message and {"a", "b"} <= {e.article for e in ds[0].evidence}


def _lists(
    rows_of: Mapping[str, Sequence[tuple[str, str]]], *, stated: int = 4
) -> tuple[list[Article], list[Mention], tuple[Entity, ...]]:
    """One article per outlet stating ``stated`` items, its rows (Chinese name, entity id) listed under it."""
    arts, ms = [], []
    groups: dict[str, list[Mention]] = {}
    for aid, rows in rows_of.items():
        text = f"美國宣布退出{stated}個國際組織：\n" + "".join(
            f"{i + 1} {zh}\n" for i, (zh, _) in enumerate(rows)
        )
        arts.append(_article(aid, text))
        for i, (zh, eid) in enumerate(rows):
            m = _item(aid, i + 1, text, zh, "")
            ms.append(m)
            groups.setdefault(eid, []).append(m)
    return arts, ms, _entities(groups)


def test_a_name_two_of_many_lists_share_is_not_missing_from_the_others() -> None:
    """Eight complete lists of four; g and h print one name with the same typo (linked apart from its
    right spelling, as happens when a thousand outlets make typos), a drops one item and prints a name
    of its own in its place, b adds a name of its own. Two lists of eight are no evidence that the six
    others lack the misspelt name: a's substitution is one finding, and the clean lists have none."""
    good = [("甲基金", "alpha"), ("乙論壇", "beta"), ("丙委員會", "gamma"), ("丁中心", "delta")]
    typo = [good[0], good[1], ("丙委會", "gamma-typo"), good[3]]
    rows = {aid: good for aid in "cdef"}
    rows |= {"a": [good[0], ("戊協會", "epsilon"), good[2], good[3]], "b": [*good, ("己聯盟", "zeta")]}
    rows |= {"g": typo, "h": typo}
    arts, ms, ents = _lists(rows)
    ds = _checks(arts, ms, ents)
    assert _kind(ds, "missing_entity") == []
    # a lacks what seven lists have and prints what none has: one item in place of another
    assert [(d.entity, d.sources) for d in _kind(ds, "wrong_item")] == [("beta", ("a",))]
    assert [(d.entity, d.sources) for d in _kind(ds, "unique_item")] == [("zeta", ("b",))]
    assert [d.sources for d in _kind(ds, "list_long")] == [("b",)]
    # g and h reach their count with names others have, yet lack the right spelling: one warning
    assert [(d.sources, d.severity) for d in _kind(ds, "unlinked_list")] == [(("g", "h"), Severity.WARNING)]
    assert not [d for d in ds if set(d.sources) & set("cdef")]


def test_a_naming_variant_names_twelve_outlets_of_a_form_then_how_many_more() -> None:
    """Fourteen outlets print one form and one another: the finding's sources are all fifteen, its text
    names twelve of the fourteen and counts the rest (it does not grow with the outlets that agree)."""
    rows = {f"o{i:02d}": [("甲基金", "alpha")] for i in range(1, 15)} | {"o15": [("甲基會", "alpha")]}
    arts, ms, ents = _lists(rows)
    (found,) = _kind(_checks(arts, ms, ents), "naming_variant")
    assert found.sources == tuple(f"o{i:02d}" for i in range(1, 16))
    twelve = ", ".join(f"o{i:02d}" for i in range(1, 13))
    assert found.message.endswith(f"is written 2 ways: 甲基金 ({twelve} and 2 more); 甲基會 (o15).")


def test_two_short_names_that_end_alike_are_not_one_item_printed_twice() -> None:
    """A list prints a name of its own, 丰鹤理事会, in place of 隆龍研究所: it sounds like 冯昌理事会 of
    the same list only through their common ending (a council either way), so it is one item in place
    of another, not 冯昌理事会 printed twice. A name spelt two ways (简·多伊, 简·杜伊) still is."""
    usual = [("冯昌理事会", "council"), ("郑盛基金", "fund"), ("隆龍研究所", "institute")]
    rows = {aid: usual for aid in "bcd"} | {"a": [usual[0], usual[1], ("丰鹤理事会", "stray")]}
    arts, ms, ents = _lists(rows, stated=3)
    ds = _checks(arts, ms, ents)
    assert _kind(ds, "duplicate_item") == []
    assert [(d.entity, d.sources) for d in _kind(ds, "wrong_item")] == [("institute", ("a",))]
    people = [("简·多伊", "doe"), ("约翰·罗伊", "roe")]
    rows = {aid: people for aid in "bcd"} | {"a": [*people, ("简·杜伊", "doe-again")]}
    arts, ms, ents = _lists(rows, stated=2)
    found = _kind(_checks(arts, ms, ents), "duplicate_item")
    assert [(d.entity, d.sources) for d in found] == [("doe", ("a",))]


def test_an_item_printed_twice_is_one_finding_not_also_a_list_too_long() -> None:
    """a states three items and prints 乙論壇 twice: its list is four long because of the repeat, so the
    repeat is the one finding (saying the count it overruns), not also a ``list_long`` of its own."""
    good = [("甲基金", "alpha"), ("乙論壇", "beta"), ("丙委員會", "gamma")]
    rows = {aid: good for aid in "bcd"} | {"a": [*good[:2], ("乙論壇", "beta-again"), good[2]]}
    arts, ms, ents = _lists(rows, stated=3)
    ds = _checks(arts, ms, ents)
    assert _kind(ds, "list_long") == []
    (found,) = _kind(ds, "duplicate_item")
    assert (found.entity, found.sources) == ("beta", ("a",))
    assert found.message.endswith("Its list is 4 items long where it states 3.")
    # a list two longer than it states, with one repeat, is still too long
    rows["a"] = [*rows["a"], ("戊協會", "epsilon")]
    arts, ms, ents = _lists(rows, stated=3)
    assert [d.sources for d in _kind(_checks(arts, ms, ents), "list_long")] == [("a",)]


def test_section_conflict_between_lists() -> None:
    arts, ms, ents = _three_lists()
    ms = [replace(m, group=UN) if m.article == "b" and m.position == 1 else m for m in ms]
    ds = _checks(arts, ms, ents)
    found = _kind(ds, "group_conflict")
    assert [(d.entity, d.sources, d.severity) for d in found] == [("Alpha Fund", ("b",), Severity.ERROR)]
    assert f"b files 甲基金 under '{UN}'" in found[0].message and f"under '{NON_UN}'" in found[0].message


def test_prose_assertion_agreeing_with_the_lists_is_not_a_conflict() -> None:
    arts, ms, ents = _three_lists()
    ms = [replace(m, group=UN) if m.position == 3 else m for m in ms]  # every list files 丙 apart
    text = "報導提到甲基金（非聯合國機構）。"
    d = _article("d", text)
    prose = _item("d", 1, text, "甲基金", "", kind=Kind.PROSE, asserted="非聯合國機構")
    ents = tuple(
        replace(e, mentions=tuple(sorted((*e.mentions, prose.key)))) if e.id == "Alpha Fund" else e
        for e in ents
    )
    assert _kind(_checks([*arts, d], [*ms, prose], ents), "section_conflict") == []
    flipped = replace(prose, asserted_group="亦是聯合國轄下單位")
    found = _kind(_checks([*arts, d], [*ms, flipped], ents), "section_conflict")
    assert [(x.entity, x.sources) for x in found] == [("Alpha Fund", ("d",))]


def test_acronym_mismatch() -> None:
    text = (
        "1 非洲經濟委員會 Economic Commission for Africa (ECOSOC)\n"
        "2 政府間氣候變遷專門委員會 Intergovernmental Panel on Climate Change (IPCC)\n"
        "3 生物多樣性平台 Intergovernmental Science-Policy Platform on Biodiversity and "
        "Ecosystem Services\n"
    )
    a = _article("a", text)
    eca = _item("a", 1, text, "非洲經濟委員會", "Economic Commission for Africa", acronym="ECOSOC")
    ipcc = _item(
        "a", 2, text, "政府間氣候變遷專門委員會", "Intergovernmental Panel on Climate Change", acronym="IPCC"
    )
    ipbes = _item(
        "a",
        3,
        text,
        "生物多樣性平台",
        "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",
        acronym="IPBES",
    )
    ents = _entities({"eca": [eca], "ipcc": [ipcc], "ipbes": [ipbes]})
    found = _kind(_checks([a], [eca, ipcc, ipbes], ents), "acronym_mismatch")
    assert [(d.entity, d.sources) for d in found] == [("eca", ("a",))]
    assert "ECOSOC" in found[0].message and found[0].severity is Severity.WARNING
    # The same acronym given as the parent body, or shared by several items, is not a mismatch.
    as_parent = replace(eca, parent="ECOSOC")
    assert _kind(_checks([a], [as_parent, ipcc, ipbes], ents), "acronym_mismatch") == []
    text2 = "1 西亞經濟社會委員會 Economic and Social Commission for Western Asia (ECOSOC)\n"
    b = _article("b", text2)
    escwa = _item(
        "b",
        1,
        text2,
        "西亞經濟社會委員會",
        "Economic and Social Commission for Western Asia",
        acronym="ECOSOC",
    )
    ents2 = _entities({"eca": [eca], "escwa": [escwa]})
    assert _kind(_checks([a, b], [eca, escwa], ents2), "acronym_mismatch") == []


def test_taxonomy_with_equal_counts_is_quiet() -> None:
    a = _article("a", "在66個組織中，與能源和環境相關的有15個。")
    b = _article("b", "在66個組織中，與氣候、能源與環境相關的有15個，與地區合作相關的有7個。")
    assert _checks([a, b], [], []) == ()
    c = _article("c", "在66個組織中，與能源、環境相關的有18個。")
    found = _checks([a, c], [], [])
    assert [(d.kind, d.sources) for d in found] == [("taxonomy_differs", ("a", "c"))]


def _story_conflicts(arts: list[Article], facts: tuple[Fact, ...]) -> list[str]:
    """The subjects of the story conflicts the facts of ``arts`` make, with nothing else to check."""
    ds = run_checks(
        articles=arts,
        mentions=(),
        headings=(),
        entities=(),
        links=(),
        claims=(),
        facts=facts,
        people=extract_people(arts),
    )
    return [d.subject for d in _kind(ds, "story_conflict")]


def test_story_signer_compared_by_person_not_by_spelling() -> None:
    arts = [a for a in load_articles() if a.id in (A003, A004)]
    facts = tuple(f for a in arts for f in extract_facts(a))
    signers = {f.article: f.value for f in facts if f.field == "signer"}
    assert signers == {A003: "特朗普", A004: "川普"}
    assert _story_conflicts(arts, facts) == ["instrument"]


@pytest.mark.parametrize("field", ["signed", "announced"])
def test_story_dates_differ(field: str) -> None:
    a, b = _article("a", "x"), _article("b", "y")
    facts = (Fact("a", field, "2026-01-07", "x", 0, 1), Fact("b", field, "2026-01-08", "y", 0, 1))
    ds = run_checks(
        articles=(a, b), mentions=(), headings=(), entities=(), links=(), claims=(), facts=facts, people=()
    )
    assert [(d.kind, d.subject, d.sources) for d in ds] == [("story_conflict", field, ("a", "b"))]
    same_day = (Fact("a", field, "2026-01-07", "x", 0, 1), Fact("b", field, "--01-07", "y", 0, 1))
    assert (
        run_checks(
            articles=(a, b),
            mentions=(),
            headings=(),
            entities=(),
            links=(),
            claims=(),
            facts=same_day,
            people=(),
        )
        == ()
    )


def test_a_list_of_examples_is_short_but_not_missing_everything() -> None:
    arts, ms, ents = _three_lists()
    text = "美國宣布退出3個國際組織，其中包括：\n1 甲基金 Alpha Fund\n"
    d = _article("d", text.replace("3個", "5個"))
    example = _item("d", 1, d.text, "甲基金", "Alpha Fund", NON_UN)
    ents = tuple(
        replace(e, mentions=tuple(sorted((*e.mentions, example.key)))) if e.id == "Alpha Fund" else e
        for e in ents
    )
    ds = _checks([*arts, d], [*ms, example], ents)
    assert [(x.kind, x.sources) for x in ds if x.kind != "count_conflict"] == [("list_short", ("d",))]
    short = _kind(ds, "list_short")[0]
    assert "examples" in short.message and "states 5" in short.message and "lists 1" in short.message
    assert short.severity is Severity.WARNING  # a selection, not a list that lost items
    # The 5 stated by d against the 3 of the others is a conflict of totals.
    assert [(x.kind, x.subject) for x in ds if x.kind == "count_conflict"] == [("count_conflict", "total")]


def test_loose_but_real_acronyms_are_not_mismatches() -> None:
    # acronyms that are not the strict initials of the name they stand for, as outlets print them
    pairs = [
        ("U.N. Population Fund", "UNFPA"),
        ("International Renewable Energy Agency", "IRENA"),
        ("Renewable Energy Policy Network for the 21st Century", "REN21"),
        (
            "Regional Cooperation Agreement on Combating Piracy and Armed Robbery Against Ships in Asia",
            "ReCAAP",
        ),
        ("Science and Technology Center in Ukraine", "STCU"),
    ]
    text = "".join(f"{k} {en} ({acr})\n" for k, (en, acr) in enumerate(pairs, start=1))
    a = _article("a", text)
    items = [_item("a", k, text, "", en, acronym=acr) for k, (en, acr) in enumerate(pairs, start=1)]
    ents = _entities({f"e{k}": [m] for k, m in enumerate(items)})
    assert _kind(_checks([a], items, ents), "acronym_mismatch") == []
    # ... while one that shares almost nothing with the name is flagged
    wrong = _item("a", 1, text, "", "International Energy Forum", acronym="OPEC")
    found = _kind(_checks([a], [wrong], _entities({"ief": [wrong]})), "acronym_mismatch")
    assert [d.entity for d in found] == ["ief"]


def test_an_outlet_joining_the_majority_leaves_a_conflict_unchanged() -> None:
    """The baseline gate compares fingerprints (kind, entity, sources, subject): a new outlet that agrees
    with the majority must not turn an accepted disagreement into a new one."""
    arts, ms, ents = _three_lists()
    ms = [replace(m, group=UN) if m.article == "b" and m.position == 1 else m for m in ms]
    before = _kind(_checks(arts, ms, ents), "group_conflict")
    text = "1 甲基金 Alpha Fund\n"
    d = _article("d", text)
    joined = _item("d", 1, text, "甲基金", "Alpha Fund", NON_UN)
    ents2 = tuple(
        replace(e, mentions=tuple(sorted((*e.mentions, joined.key)))) if e.id == "Alpha Fund" else e
        for e in ents
    )
    after = _kind(_checks([*arts, d], [*ms, joined], ents2), "group_conflict")
    assert [x.fingerprint for x in after] == [x.fingerprint for x in before]
    # an outlet that sides with the minority changes the finding
    sided = replace(joined, group=UN)
    ties = _kind(_checks([*arts, d], [*ms, sided], ents2), "group_conflict")
    # two against two: no majority, so a split that accuses no one
    assert [(x.sources, x.severity) for x in ties] == [(("a", "b", "c", "d"), Severity.WARNING)]


def test_signers_told_apart_only_by_names_of_record() -> None:
    """``川普`` and ``特朗普`` (Taiwan and mainland writings of one name) are no disagreement on who signed;
    ``Jane Roe`` and ``John Doe`` are, and so are two names each given with a different English one."""

    def signer_conflicts(values: list[str], texts: list[str]) -> list[str]:
        arts = [_article(name, text) for name, text in zip("ab", texts, strict=True)]
        facts = tuple(Fact(a.id, "signer", v, a.text, 0, 1) for a, v in zip(arts, values, strict=True))
        return _story_conflicts(arts, facts)

    assert signer_conflicts(["甲某", "乙某某"], ["總統甲某簽署公告。", "總統乙某某簽署公告。"]) == []
    assert signer_conflicts(["Jane Roe", "John Doe"], ["Jane Roe signed it.", "John Doe signed it."]) == [
        "signer"
    ]


def test_a_post_shortened_is_the_same_office() -> None:
    """``甲保局局長`` keeps, in order and from the first, characters of ``甲境保護局局長``: one office in
    fewer words, not another, whichever comes first; ``乙保局局長`` begins otherwise, and ``甲保署署長``
    has characters the other lacks."""
    from pipeline.checks.posts import _abbreviates

    assert _abbreviates("甲保局局長", "甲境保護局局長") and _abbreviates("甲境保護局局長", "甲保局局長")
    assert not _abbreviates("乙保局局長", "甲境保護局局長")
    assert not _abbreviates("甲保署署長", "甲境保護局局長")
