"""Claims, facts and person names read from the bundled example.

The articles are built straight from the example files (no parser involved). Where a test needs
list mentions and headings, they are made here from the article text with regular expressions
that only know the three list shapes of the example (000's flattened category table, 001's
numbered rows, 003's enumerated items); expected values are written from reading the articles.
This module also provides those records to tests/test_checks.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.claims import (
    FIELD_SIGNED,
    bind_groups,
    extract_claims,
    extract_facts,
    extract_people,
    parse_number,
    quote_span,
)
from pipeline.models import Article, Claim, Entity, Group, Heading, Kind, Mention
from pipeline.normalize.english import en_key

EXAMPLE_DIR = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
A000, A001, A002, A003, A004 = (
    "000_273ee92e37e8b5a4",
    "001_39d5073b08ac0f22",
    "002_5fb0c41b056a1ba0",
    "003_e6f1053f9d0a0c24",
    "004_115da68075054973",
)
# Where each article's body ends and the page tail (related headlines, copyright) starts, as
# read from the files: what a parser's body_end should give.
_TAIL_MARKERS = {
    A000: "更多東森新聞報導",
    A001: "01/06 全台詐欺最新數據",
    A002: "本刊載內容版權為",
    A004: "（作者為資訊業）",
}
_OUTLETS = {A000: "ebc", A001: "ettoday", A002: "theinitium", A003: "guancha", A004: "ltn"}

# 000 gives no English for these items; the English is 001's for the same row (read by hand).
_ENGLISH_FOR_000 = {
    "聯合國氣候變化綱要公約": "UN Framework Convention on Climate Change",
    "政府間氣候變遷問題小組": "Intergovernmental Panel on Climate Change",
    "政府間生物多樣性與生態系服務科學政策平台": "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",
    "太平洋區域環境規劃署秘書處": "Secretariat of the Pacific Regional Environment Programme",
    "負責衝突中性暴力問題秘書長特別代表辦公室": "Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict",
    "負責武裝衝突中兒童問題秘書長特別代表辦公室": "Office of the Special Representative of the Secretary-General for Children in Armed Conflict",
    "負責暴力侵害兒童問題秘書長特別代表辦公室": "Office of the Special Representative of the Secretary-General on Violence Against Children",
    "非洲人後裔永久論壇": "Permanent Forum on People of African Descent",
    "非洲問題特別顧問辦公室": "Office of the Special Adviser on Africa",
    "非洲經濟委員會": "Economic Commission for Africa",
    "拉丁美洲暨加勒比海經濟委員會": "Economic Commission for Latin America and the Caribbean",
    "亞洲暨太平洋經濟社會委員會": "Economic and Social Commission for Asia and the Pacific",
    "西亞經濟暨社會委員會": "Economic and Social Commission for Western Asia",
    "泛美地理與歷史研究所": "Pan American Institute of Geography and History",
    "大西洋合作夥伴關係": "Partnership for Atlantic Cooperation",
    "歐洲理事會威尼斯委員會": "Venice Commission of the Council of Europe",
}
CATEGORIES_000 = (
    ("氣候、能源與環境", 18),
    ("性別、人權與社會", 19),
    ("經濟、貿易與發展", 14),
    ("安全、法律與區域", 15),
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9./\-]*$")


@cache
def load_articles() -> tuple[Article, ...]:
    out = []
    for path in sorted(EXAMPLE_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        date = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", text)
        marker = _TAIL_MARKERS.get(path.stem)
        body_end = text.index(marker) if marker else -1
        title = next(line.strip() for line in text.splitlines() if line.strip())
        out.append(
            Article(
                id=path.stem,
                outlet=_OUTLETS[path.stem],
                url=None,
                date=date.group(1) if date else None,
                title=title,
                text=text,
                path=str(path),
                encoding="utf-8",
                body_end=body_end,
            )
        )
    return tuple(out)


def article(aid: str) -> Article:
    return next(a for a in load_articles() if a.id == aid)


def _split_top(s: str, seps: str) -> list[tuple[int, int]]:
    """Spans of ``s`` split on ``seps`` outside fullwidth brackets."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(s):
        if ch == "（":
            depth += 1
        elif ch == "）":
            depth -= 1
        elif ch in seps and depth == 0:
            if i > start:
                spans.append((start, i))
            start = i + 1
    if len(s) > start:
        spans.append((start, len(s)))
    return spans


def _mention(
    aid: str,
    pos: int,
    group: str,
    category: str | None,
    zh: str,
    en: str,
    acronym: str,
    start: int,
    end: int,
    parent: str = "",
) -> Mention:
    return Mention(
        article=aid,
        kind=Kind.LIST,
        position=pos,
        category=category,
        name_zh=zh,
        name_en=en,
        acronym=acronym,
        aliases=(),
        note="",
        start=start,
        end=end,
        parent=parent,
        group=group,
    )


def _list_000() -> tuple[list[Mention], list[Heading]]:
    text = article(A000).text
    line_start = text.index("聯合國組織（共31個）")
    line = text[line_start : text.index("\n", line_start)]
    headings: list[Heading] = []
    labels = ("聯合國組織", "非聯合國組織")  # the two column headers, as printed
    for label in labels:
        i = line.index(f" {label}（") + 1 if label != "聯合國組織" else 0
        j = line.index("）", i) + 1
        n = int(re.search(r"共(\d+)個", line[i:j]).group(1))  # type: ignore[union-attr]
        headings.append(Heading(A000, line[i:j], None, n, line_start + i, line_start + j, label))
    cats = list(re.finditer(r"(\S+?)（共(\d+)個）", line))[2:]
    mentions: list[Mention] = []
    for k, cat in enumerate(cats):
        headings.append(
            Heading(
                A000,
                cat.group(0),
                cat.group(1),
                int(cat.group(2)),
                line_start + cat.start(),
                line_start + cat.end(),
            )
        )
        body_lo = cat.end() + 1
        body_hi = cats[k + 1].start() - 1 if k + 1 < len(cats) else len(line)
        body = line[body_lo:body_hi]
        for g, (glo, ghi) in enumerate(_split_top(body, " ")):
            section = labels[g]
            group = body[glo:ghi]
            pieces = _split_top(group, "、")
            # A piece of three characters or fewer is an enumeration inside a name (礦業、礦產、...).
            merged: list[tuple[int, int]] = []
            carry: int | None = None
            for ilo, ihi in pieces:
                if ihi - ilo <= 3 and "（" not in group[ilo:ihi]:
                    carry = ilo if carry is None else carry
                    continue
                merged.append((carry if carry is not None else ilo, ihi))
                carry = None
            for ilo, ihi in merged:
                raw = group[ilo:ihi]
                start = line_start + body_lo + glo + ilo
                parent = ""
                eco = re.match(r"^(?:聯合國經濟與社會理事會（ECOSOC）|ECOSOC)\s*[-—]\s*(.+)$", raw)
                if eco:
                    parent, raw_name = "ECOSOC", eco.group(1)
                else:
                    raw_name = raw
                paren = re.search(r"（([^）]*)）", raw_name)
                inside = paren.group(1) if paren else ""
                zh = re.sub(r"（[^）]*）", "", raw_name)
                acronym = inside if _ACRONYM.match(inside) and " " not in inside else ""
                en = "" if acronym else inside
                mentions.append(
                    _mention(
                        A000,
                        len(mentions) + 1,
                        section,
                        cat.group(1),
                        zh,
                        en,
                        acronym,
                        start,
                        start + len(raw),
                        parent,
                    )
                )
    return mentions, headings


def _list_001() -> tuple[list[Mention], list[Heading]]:
    text = article(A001).text
    mentions: list[Mention] = []
    headings: list[Heading] = []
    for m in re.finditer(r"^．(第.部分：((?:非?)聯合國[^\n(]*)\(共計(\d+)個\))$", text, re.MULTILINE):
        label = m.group(2)  # the heading's words after "第N部分：" and before its count
        headings.append(Heading(A001, m.group(1), None, int(m.group(3)), m.start(1), m.end(1), label))
    for m in re.finditer(r"^(\d+) (\S+) ([^\n]+)$", text, re.MULTILINE):
        section = [h.group for h in headings if h.start < m.start()][-1]
        en, parent = m.group(3), ""
        tail = re.search(r" \((ECOSOC)\)$", en)
        if tail:
            en, parent = en[: tail.start()], tail.group(1)
        mentions.append(
            _mention(A001, len(mentions) + 1, section, None, m.group(2), en, "", m.start(), m.end(), parent)
        )
    return mentions, headings


def _list_003() -> tuple[list[Mention], list[Heading]]:
    text = article(A003).text
    mentions: list[Mention] = []
    headings: list[Heading] = []
    for m in re.finditer(r"^[一二]、(((?:非?)聯合國組織)，共(\d+)個)，包括：$", text, re.MULTILINE):
        headings.append(Heading(A003, m.group(1), None, int(m.group(3)), m.start(1), m.end(1), m.group(2)))
    for m in re.finditer(r"^(\d+)、(.+?)[；。]$", text, re.MULTILINE):
        section = [h.group for h in headings if h.start < m.start()][-1]
        item = m.group(2)
        parent = ""
        if "——" in item:
            head, item = item.split("——", 1)
            parent = "ECOSOC"
        paren = re.search(r"（(.*)）$", item)
        assert paren is not None, item
        zh = re.sub(r"（即「[^」]*」，", "（", item[: paren.start()])
        parts = [p.strip() for p in paren.group(1).replace("即「", "").split("，")]
        parts = [p for p in parts if p and not p.startswith("觀察者網註") and not p.endswith("」")]
        en = parts[0]
        acronym = parts[1] if len(parts) > 1 and _ACRONYM.match(parts[1]) else ""
        if ", " in en and _ACRONYM.match(en.rsplit(", ", 1)[1]):
            en, acronym = en.rsplit(", ", 1)
        mentions.append(
            _mention(A003, len(mentions) + 1, section, None, zh, en, acronym, m.start(2), m.end(2), parent)
        )
    return mentions, headings


@cache
def example_lists() -> tuple[tuple[Mention, ...], tuple[Heading, ...]]:
    """The list mentions and headings of 000, 001 and 003."""
    mentions: list[Mention] = []
    headings: list[Heading] = []
    for build in (_list_000, _list_001, _list_003):
        ms, hs = build()
        mentions += ms
        headings += hs
    return tuple(mentions), tuple(headings)


def example_groups() -> tuple[Group, ...]:
    """The example's two canonical groups, ids ``un`` and ``non_un``: each list's group whose label
    (read above, as printed) is the UN one, and the one whose label negates it (``非…``)."""
    keys = sorted({(m.article, m.group) for m in example_lists()[0]})
    un = tuple(k for k in keys if not k[1].startswith("非"))
    non_un = tuple(k for k in keys if k[1].startswith("非"))
    return (Group("un", "聯合國組織", un), Group("non_un", "非聯合國組織", non_un))


def bound(
    claims: Sequence[Claim], groups: Sequence[Group] | None = None, mentions: Sequence[Mention] | None = None
) -> tuple[Claim, ...]:
    """The claims bound to the example's groups, their counts computed from ``mentions`` (the
    example's lists unless given)."""
    return bind_groups(
        claims,
        example_groups() if groups is None else groups,
        example_lists()[0] if mentions is None else mentions,
    )


def ipcc_prose_002() -> Mention:
    """002 names the IPCC in prose and says it is a UN body: `(IPCC,亦是聯合國轄下單位)`."""
    text = article(A002).text
    start = text.index("政府間氣候變遷專門委員會(IPCC")
    end = text.index(")", start) + 1
    return Mention(
        article=A002,
        kind=Kind.PROSE,
        position=1,
        category=None,
        name_zh="政府間氣候變遷專門委員會",
        name_en="",
        acronym="IPCC",
        aliases=(),
        note="亦是聯合國轄下單位",
        start=start,
        end=end,
        asserted_group="亦是聯合國轄下單位",
    )


def entity_key(m: Mention) -> str:
    en = m.name_en or _ENGLISH_FOR_000.get(m.name_zh, "")
    return en_key(en).replace(" ", "-")


def build_entities(mentions: Sequence[Mention]) -> tuple[Entity, ...]:
    """Entities keyed by the English name (000's missing English filled in by hand)."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        key = entity_key(m) if m.kind is Kind.LIST else ""
        if m.kind is Kind.PROSE and m.acronym == "IPCC":
            key = en_key("Intergovernmental Panel on Climate Change").replace(" ", "-")
        if key:
            groups.setdefault(key, []).append(m)
    out = []
    for key, unsorted in sorted(groups.items()):
        ms = sorted(unsorted, key=lambda m: m.key)
        listed = [m for m in ms if m.kind is Kind.LIST]
        first = listed[0] if listed else ms[0]
        out.append(
            Entity(
                id=key,
                name_en=next((m.name_en for m in listed if m.name_en), ""),
                name_zh=first.name_zh,
                acronym="",
                mentions=tuple(sorted(m.key for m in ms)),
            )
        )
    return tuple(out)


def all_claims(mentions: Sequence[Mention], headings: Sequence[Heading]) -> tuple[Claim, ...]:
    return tuple(c for a in load_articles() for c in extract_claims(a, mentions, headings))


def _by(claims: Sequence[Claim], aid: str, kind: str | None = None) -> list[Claim]:
    return [c for c in claims if c.article == aid and (kind is None or c.kind == kind)]


# ---------------------------------------------------------------------------------------------
# The fixture itself (what the checks tests stand on)
# ---------------------------------------------------------------------------------------------


def test_fixture_lists_match_the_articles() -> None:
    mentions, headings = example_lists()
    for aid in (A000, A001, A003):
        ms = [m for m in mentions if m.article == aid]
        assert len(ms) == 66
        assert sum(not m.group.startswith("非") for m in ms) == 31
        assert sum(m.group.startswith("非") for m in ms) == 35
        text = article(aid).text
        assert all(m.name_zh and m.name_zh[:2] in text[m.start : m.end] for m in ms)
    cats = [m.category for m in mentions if m.article == A000]
    assert [cats.count(c) for c, _ in CATEGORIES_000] == [18, 19, 14, 15]
    entities = build_entities(mentions)
    assert len(entities) == 66
    assert all(len(e.mentions) == 3 for e in entities)


# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("66", 66),
        ("６６", 66),
        ("六十六", 66),
        ("三十一", 31),
        ("三十五", 35),
        ("兩", 2),
        ("十五", 15),
        ("一百零五", 105),
        ("", None),
        ("六x", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def test_quote_span_is_the_sentence() -> None:
    text = "第一句。美國退出66個國際組織，其中31個聯合國機構。第三句"
    i = text.index("66")
    lo, hi = quote_span(text, i, i + 3)
    assert text[lo:hi] == "美國退出66個國際組織，其中31個聯合國機構。"


def test_quote_span_trims_a_long_line_to_the_clause() -> None:
    text = "甲、" * 150 + " 氣候、能源與環境（共18個） " + "乙、" * 150
    i = text.index("18")
    lo, hi = quote_span(text, i, i + 3)
    assert text[lo:hi] == "氣候、能源與環境（共18個）"


# ---------------------------------------------------------------------------------------------
# Claims from the example articles
# ---------------------------------------------------------------------------------------------


def test_totals_and_groups_every_outlet_states() -> None:
    claims = bound(all_claims(*example_lists()))
    # Every outlet says 66 in total; 000, 001, 002, 003 and 004 say 31 UN; 000, 001, 002, 003 say 35 non-UN.
    for aid in (A000, A001, A002, A003, A004):
        assert {c.stated for c in _by(claims, aid, "total")} == {66.0}, aid
        assert {c.stated for c in _by(claims, aid, "group") if c.group == "un"} == {31.0}, aid
    for aid in (A000, A001, A002, A003):
        assert {c.stated for c in _by(claims, aid, "group") if c.group == "non_un"} == {35.0}, aid
    assert not [c for c in _by(claims, A004, "group") if c.group == "non_un"]


def test_claims_quote_their_sentence_with_offsets() -> None:
    claims = all_claims(*example_lists())
    texts = {a.id: a.text for a in load_articles()}
    for c in claims:
        assert texts[c.article][c.start : c.end] == c.quote
        assert c.end <= (article(c.article).body_end if article(c.article).body_end >= 0 else 10**9)
    c000 = [c for c in _by(claims, A000, "total")]
    assert [c.quote for c in c000] == ["川普此次退出的機構總計66個，其中包括31個聯合國相關實體。"]


def test_claims_computed_from_the_articles_own_list() -> None:
    mentions, headings = example_lists()
    claims = bound(all_claims(mentions, headings))
    for aid in (A000, A001, A003):
        for c in _by(claims, aid):
            if c.kind == "total":
                assert c.computed == 66.0
            elif c.kind == "group":
                assert c.computed == {"un": 31.0, "non_un": 35.0}[c.group]
    cats = {c.subject: (c.stated, c.computed) for c in _by(claims, A000, "category")}
    assert cats == {label: (float(n), float(n)) for label, n in CATEGORIES_000}
    # No list in 002 and 004: nothing to compute from.
    assert all(c.computed is None for c in _by(claims, A002) + _by(claims, A004) if c.unit == "count")


def test_000_heading_counts_without_parser_headings() -> None:
    """Without headings, 000's `X（共N個）` rows are still read as group and category counts."""
    claims = bound(extract_claims(article(A000), [], []), mentions=[])
    cats = sorted((c.subject, c.stated) for c in claims if c.kind == "category")
    assert cats == sorted((label, float(n)) for label, n in CATEGORIES_000)
    groups = sorted((c.group, c.stated) for c in claims if c.kind == "group")
    assert groups == [("non_un", 35.0), ("un", 31.0), ("un", 31.0)]
    assert all(c.computed is None for c in claims)


def test_003_categories_and_percentages() -> None:
    claims = extract_claims(article(A003), *example_lists())
    cats = [(c.subject, c.stated, c.computed) for c in claims if c.kind == "category"]
    # 003 has a list but no categories in it: nothing to compute the category counts from.
    assert cats == [("能源和環境", 15.0, None), ("制度、法律等", 9.0, None), ("地區合作", 7.0, None)]
    pcts = [(c.subject, c.stated, c.count) for c in claims if c.kind == "percentage"]
    assert pcts == [("能源和環境", 22.7, 15), ("制度、法律等", 13.5, 9), ("地區合作", 10.6, 7)]
    by_subject = {c.subject: c for c in claims if c.kind == "percentage"}
    assert by_subject["制度、法律等"].computed == pytest.approx(9 / 66 * 100)
    assert by_subject["能源和環境"].unit == "percent"
    assert "佔13.5%" in by_subject["制度、法律等"].quote


def test_002_share_and_complement_group() -> None:
    claims = bound(extract_claims(article(A002), [], []))
    non_un = [c for c in claims if c.kind == "group" and c.group == "non_un"]
    assert [c.stated for c in non_un] == [35.0]
    assert non_un[0].quote.startswith("其餘35個組織中")
    shares = [c for c in claims if c.kind == "share"]
    assert len(shares) == 1
    share = shares[0]
    assert (share.stated, share.unit, share.count, share.computed) == (0.5, "share", 35, None)
    assert "環境、自然資源與永續發展" in share.subject
    assert "at least" in share.subject and "至少一半" in share.quote


def test_chinese_numerals_count() -> None:
    text = "美國宣布退出六十六個國際組織，其中三十一個聯合國機構，其餘三十五個組織不屬聯合國。"
    art = Article(id="x", outlet="x", url=None, date=None, title="", text=text, path="x", encoding="utf-8")
    got = [(c.kind, c.group or c.subject, c.stated) for c in bound(extract_claims(art, [], []))]
    assert got == [("total", "total", 66.0), ("group", "un", 31.0), ("group", "non_un", 35.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "美國總統川普今天表示，美國將退出數十個國際與聯合國機構。",  # 數十個: approximate
        "UNFCCC是在1992年由全球198個國家簽署的協議。",  # counts countries
        "USAID過去3年的年度預算皆達300至400億美元，是全球最大的援外組織。",  # years and money
        "美國總統特朗普在2025年2月4日發布第14199號行政命令，要求退出並停止向某些聯合國組織提供資金。",
        "事實上，特朗普在第一任期內也曾退出這三個組織。",  # demonstrative: not the list
        "委內瑞拉：美軍突襲造成100人死亡",
        "該聯盟成立於1969年，現有全球10萬餘名科學家成員。",
        "以聯合國為核心的國際體系，80多年來維護了世界的和平與穩定。",
        "他簽署一項總統備忘錄，由一個機構執行。",  # 一個: an indefinite article
        "導致此協議將擱置12個月。",
    ],
)
def test_numbers_that_are_not_list_counts(sentence: str) -> None:
    art = Article(
        id="x", outlet="x", url=None, date="2026-01-08", title="", text=sentence, path="x", encoding="utf-8"
    )
    assert extract_claims(art, [], []) == ()


def test_no_claims_from_the_page_tail() -> None:
    a = article(A000)
    tail_total = a.text.index("美國退出「66個國際組織」")
    assert tail_total > a.body_end
    assert all(c.end <= a.body_end for c in extract_claims(a, [], []))
    # Without body_end the same headline would be read.
    whole = replace(a, body_end=-1)
    assert any(c.start > a.body_end for c in extract_claims(whole, [], []))


def test_claims_of_an_article_without_numbers() -> None:
    art = Article(
        id="x", outlet="x", url=None, date=None, title="", text="沒有數字的文章。", path="x", encoding="utf-8"
    )
    assert extract_claims(art, [], []) == ()
    assert extract_facts(art) == ()
    assert extract_people([art]) == ()
    assert extract_people([]) == ()


def test_heading_claim_section_mismatch_is_computed() -> None:
    mentions, headings = example_lists()
    short = tuple(m for m in mentions if not (m.article == A001 and m.position == 40))
    claims = bound(extract_claims(article(A001), short, headings), mentions=short)
    by = {(c.kind, c.group or c.subject): c.computed for c in claims}
    assert by[("total", "total")] == 65.0
    assert by[("group", "non_un")] == 34.0
    assert by[("group", "un")] == 31.0


# ---------------------------------------------------------------------------------------------
# Facts about the decision
# ---------------------------------------------------------------------------------------------


def _facts(aid: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in extract_facts(article(aid)):
        out.setdefault(f.field, []).append(f.value)
    return out


def test_facts_001_memorandum() -> None:
    facts = extract_facts(article(A001))
    assert [(f.field, f.value) for f in facts] == [("instrument", "memorandum")]
    assert "備忘錄" in facts[0].quote
    assert article(A001).text[facts[0].start : facts[0].end] == facts[0].quote


def test_facts_003_memorandum_signed_by_the_president() -> None:
    facts = _facts(A003)
    assert facts["instrument"] == ["memorandum"]
    assert facts["signed"] == ["2026-01-07"]
    assert facts["signer"] == ["特朗普"]


def test_facts_004_proclamation_not_statement() -> None:
    facts = _facts(A004)
    assert facts["instrument"] == ["proclamation"]  # 簽署公告; the 聲明 only reports it
    assert facts["signed"] == ["2026-01-07"]
    assert facts["signer"] == ["川普"]
    assert facts["announced"] == ["2026-01-07"]  # 於7日宣布, day only, month from the article date


def test_facts_002_earlier_executive_order_is_not_the_decision() -> None:
    facts = _facts(A002)
    assert "instrument" not in facts  # 第14199號行政命令 (2025) is an earlier order
    assert "signed" not in facts and "signer" not in facts
    assert facts["announced"] == ["--01-07"]  # 002 states no date of its own, so no year


def test_facts_000_body_has_no_instrument_but_its_tail_does() -> None:
    a = article(A000)
    assert extract_facts(a) == ()
    tail = extract_facts(replace(a, body_end=-1))
    assert [(f.field, f.value) for f in tail] == [("instrument", "proclamation")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("白宮近日發表聲明稱，特朗普指示美國退出66個國際組織。", ()),  # a statement reporting it
        ("根據白宮公告，這份名單涵蓋了多達31個聯合國實體。", ()),  # 公告 as "announcement"
        (
            "總統於1月7日簽署行政命令，宣布退出66個國際組織。",
            (("instrument", "executive_order"), ("signed", "2026-01-07")),
        ),
        (
            "He signed a memorandum withdrawing from 66 international organizations.",
            (("instrument", "memorandum"),),
        ),
    ],
)
def test_instrument_rules(sentence: str, expected: tuple[tuple[str, str], ...]) -> None:
    art = Article(
        id="x", outlet="x", url=None, date="2026-01-08", title="", text=sentence, path="x", encoding="utf-8"
    )
    assert tuple((f.field, f.value) for f in extract_facts(art)) == expected


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------


def _people() -> dict[str, dict[str, set[str]]]:
    out: dict[str, dict[str, set[str]]] = {}
    for p in extract_people(load_articles()):
        out.setdefault(p.person, {}).setdefault(p.name, set()).add(p.article[:3])
    return out


def test_trump_written_two_ways() -> None:
    people = _people()
    assert people["donald-trump"] == {"川普": {"000", "001", "004"}, "特朗普": {"002", "003"}}


def test_rubio_written_two_ways() -> None:
    people = _people()
    assert people["marco-rubio"] == {"盧比歐": {"000", "001"}, "盧比奧": {"002"}}


def test_people_named_once_are_their_own_persons() -> None:
    people = _people()
    assert people["毛寧"] == {"毛寧": {"003"}}
    assert people["john-kerry"] == {"克里": {"003"}}
    assert people["joe-biden"] == {"拜登": {"002"}}
    assert people["rachel-cleetus"] == {"克利圖斯": {"003"}}
    assert people["馬尼什·巴普納"] == {"馬尼什·巴普納": {"003"}}
    # Kerry was once secretary of state too, but his name is nothing like Rubio's.
    assert "克里" not in people["marco-rubio"]


def test_people_are_not_words_after_titles() -> None:
    names = {p.name for p in extract_people(load_articles())}
    # Role titles inside organization names and plural nouns must not yield names.
    for word in ("兒童", "特別代表", "辦公室", "備忘錄", "警告", "成員", "聯盟", "倡議組建"):
        assert word not in names
    # Names from the page tails (001's related stories) are not read.
    assert "馬杜洛" not in "".join(names)


def test_people_offsets_point_at_the_name() -> None:
    arts = {a.id: a for a in load_articles()}
    for p in extract_people(load_articles()):
        assert arts[p.article].text[p.start : p.end] == p.name


def test_people_order_of_articles_irrelevant() -> None:
    arts = load_articles()
    assert extract_people(arts) == extract_people(tuple(reversed(arts)))


def test_alias_statement_links_names_without_english() -> None:
    a = Article(
        id="a",
        outlet="a",
        url=None,
        date=None,
        title="",
        text="發言人張三豐（又譯張三風）表示不同意。",
        path="a",
        encoding="utf-8",
    )
    b = Article(
        id="b",
        outlet="b",
        url=None,
        date=None,
        title="",
        text="張三風說他不同意。",
        path="b",
        encoding="utf-8",
    )
    c = Article(
        id="c",
        outlet="c",
        url=None,
        date=None,
        title="",
        text="發言人張三風表示同意。",
        path="c",
        encoding="utf-8",
    )
    people = extract_people([a, b, c])
    assert len({p.person for p in people}) == 1
    assert {(p.article, p.name) for p in people} == {("a", "張三豐"), ("b", "張三風"), ("c", "張三風")}


# ---------------------------------------------------------------------------------------------
# English text and robustness
# ---------------------------------------------------------------------------------------------


def test_english_counts_and_facts() -> None:
    text = (
        "The US will withdraw from 66 international organizations, including 31 UN entities. "
        "The other 35 organizations are outside the U.N. system. "
        "Trump signed a presidential memorandum on January 7 withdrawing from 66 international "
        "organizations. "
        "The bill was signed by 198 countries in 1992."
    )
    art = Article(
        id="en", outlet="en", url=None, date="2026-01-08", title="", text=text, path="en", encoding="utf-8"
    )
    groups = (Group("un", "UN bodies", ()), Group("non_un", "Non-UN bodies", ()))
    got = [(c.kind, c.group or c.subject, c.stated) for c in bound(extract_claims(art, [], []), groups)]
    assert got == [
        ("total", "total", 66.0),
        ("group", "un", 31.0),
        ("group", "non_un", 35.0),
        ("total", "total", 66.0),
    ]
    facts = {(f.field, f.value) for f in extract_facts(art)}
    assert facts == {("instrument", "memorandum"), ("signed", "2026-01-07")}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(
        alphabet=st.sampled_from(
            list(
                "美國退出66個國際組織，其中31聯合國機構。其餘35至少一半與能源相關的有15佔22.7%（共18個）"
                "總統川普於1月7日簽署公告備忘錄第號() \n又譯·發言人毛寧表示ABC Dona Trump."
            )
        ),
        max_size=120,
    ),
    body_end=st.integers(-1, 130),
)
def test_readers_never_raise_and_quote_their_offsets(text: str, body_end: int) -> None:
    art = Article(
        id="x",
        outlet="x",
        url=None,
        date="2026-01-08",
        title="",
        text=text,
        path="x",
        encoding="utf-8",
        body_end=body_end,
    )
    for c in extract_claims(art, [], []):
        assert text[c.start : c.end] == c.quote
    for f in extract_facts(art):
        assert text[f.start : f.end] == f.quote
    for p in extract_people([art]):
        assert text[p.start : p.end] == p.name


def test_the_signing_date_is_the_signing_verbs() -> None:
    """``on Thursday night signed`` dates the signing by the article's own date (a Thursday before it);
    ``replacing the rates he announced on April 2`` is another event's date, not the signing's."""
    text = (
        "President Aland on Thursday night signed an executive order setting new tariff rates for 9 "
        "partners, replacing the rates he announced on April 2."
    )
    art = Article(
        id="en", outlet="en", url=None, date="2025-08-01", title="", text=text, path="en", encoding="utf-8"
    )
    facts = {(f.field, f.value) for f in extract_facts(art)}
    assert ("signed", "2025-07-31") in facts
    assert ("signed", "2025-04-02") not in facts


def test_a_date_its_own_verb_takes_is_not_the_signing_date() -> None:
    """``財政部昨日（美國時間7日）宣布，根據總統上月簽署的行政命令，制裁11名官員``: the 7th is the day of the
    announcement; the order was signed last month, on a day the sentence does not give."""

    def signed(text: str) -> list[str]:
        art = Article(
            id="x", outlet="x", url=None, date="2020-08-08", title="", text=text, path="x", encoding="utf-8"
        )
        return [f.value for f in extract_facts(art) if f.field == FIELD_SIGNED]

    assert signed("財政部昨日（美國時間7日）宣布，根據總統上月簽署的行政命令，制裁11名官員。") == []
    assert signed("財政部7日宣布，依據總統7月14日簽署的行政命令，制裁11名官員。") == ["2020-07-14"]
