"""A small hand-made Reconciliation for the report tests.

Three articles: 001_alpha prints a numbered list of six organizations under two group headings,
002_beta an enumerated list of six (five of 001_alpha's plus one no other outlet has, one of
001_alpha's left out) under a stated total of 7, 003_gamma names one organization in prose only and
claims it is a UN body. 001_alpha's title and a line of 002_beta carry markup that must come out as
text. Every offset is computed from the article text, so ``text[start:end]`` is the quote.
"""

from __future__ import annotations

from pipeline.models import (
    Article,
    Claim,
    Discrepancy,
    Entity,
    Evidence,
    Fact,
    Group,
    Heading,
    Kind,
    Level,
    Link,
    Mention,
    PersonName,
    Problem,
    Reconciliation,
    Severity,
    Variant,
)

MARKUP = "<script>alert(1)</script>"
SPECIALS = "&<>\"'"

A, B, C = "001_alpha", "002_beta", "003_gamma"

TITLE_A = f"美國退出6個國際組織 {MARKUP} {SPECIALS}"
TEXT_A = (
    "美國總統川普（Donald Trump）1月7日簽署備忘錄，宣布退出6個國際組織。"
    "國務卿盧比歐（Marco Rubio）表示審查仍在進行。\n"
    "第一部分：聯合國機構(共計3個)\n"
    "1 國際貿易中心 International Trade Centre\n"
    "2 建設和平委員會 Peacebuilding Commission\n"
    "3 建設和平基金 Peacebuilding Fund\n"
    "第二部分：非聯合國組織(共計3個)\n"
    "4 政府間氣候變遷問題小組 Intergovernmental Panel on Climate Change (IPCC)\n"
    "5 國際自然保育聯盟 International Union for Conservation of Nature\n"
    "6 全球反恐論壇 Global Counterterrorism Forum\n"
)
QUOTE_B = f"編者註：{MARKUP} {SPECIALS} 以下名單共7個。"
TEXT_B = (
    "特朗普1月7日簽署公告，美國退出國際組織。\n"
    f"{QUOTE_B}\n"
    "1、國際貿易中心（International Trade Centre）；\n"
    "2、和平建設委員會（Peacebuilding Commission）；\n"
    "3、建設和平基金（Peacebuilding Fund）；\n"
    "4、政府間氣候變化專門委員會（IPCC）；\n"
    "5、世界自然保護聯盟（IUCN）；\n"
    "6、國際可再生能源機構（International Renewable Energy Agency）。\n"
    "其中與環境相關的有2個，佔40%。\n"
)
TEXT_C = (
    "特朗普政府宣布退出6個國際組織，盧比奧稱其他仍在審查。"
    "名單包括政府間氣候變遷專門委員會（IPCC，亦是聯合國轄下單位）等。"
    "特朗普依據行政命令行事。\n"
)
TEXTS = {A: TEXT_A, B: TEXT_B, C: TEXT_C}

ITC = "international-trade-centre"
PBC = "peacebuilding-commission"
PBF = "peacebuilding-fund"
IPCC = "intergovernmental-panel-on-climate-change"
IUCN = "international-union-for-conservation-of-nature"
GCTF = "global-counterterrorism-forum"
ENTITY_IDS = (GCTF, IPCC, ITC, IUCN, PBC, PBF)


def span(article: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` in an article's text."""
    text = TEXTS[article]
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def evidence(article: str, needle: str, nth: int = 0) -> Evidence:
    start, end = span(article, needle, nth)
    return Evidence(article=article, quote=needle, start=start, end=end)


def _item(
    article: str,
    position: int,
    zh: str,
    en: str,
    line: str,
    *,
    group: str = "",
    acronym: str = "",
    aliases: tuple[str, ...] = (),
    note: str = "",
) -> Mention:
    start, end = span(article, line)
    return Mention(
        article=article,
        kind=Kind.LIST,
        position=position,
        category=None,
        name_zh=zh,
        name_en=en,
        acronym=acronym,
        aliases=aliases,
        note=note,
        start=start,
        end=end,
        group=group,
    )


UN_LABEL, NON_UN_LABEL = "聯合國機構", "非聯合國組織"  # A's group headings, without part and count


def _mentions() -> list[Mention]:
    un, non_un = UN_LABEL, NON_UN_LABEL
    prose_start, prose_end = span(C, "政府間氣候變遷專門委員會（IPCC")
    return [
        _item(
            A,
            1,
            "國際貿易中心",
            "International Trade Centre",
            "國際貿易中心 International Trade Centre",
            group=un,
        ),
        _item(
            A,
            2,
            "建設和平委員會",
            "Peacebuilding Commission",
            "建設和平委員會 Peacebuilding Commission",
            group=un,
        ),
        _item(A, 3, "建設和平基金", "Peacebuilding Fund", "建設和平基金 Peacebuilding Fund", group=un),
        _item(
            A,
            4,
            "政府間氣候變遷問題小組",
            "Intergovernmental Panel on Climate Change",
            "政府間氣候變遷問題小組 Intergovernmental Panel on Climate Change (IPCC)",
            group=non_un,
            acronym="IPCC",
            aliases=("IPCC", "Intergovernmental Panel on Climate Change (IPCC)"),
        ),
        _item(
            A,
            5,
            "國際自然保育聯盟",
            "International Union for Conservation of Nature",
            "國際自然保育聯盟 International Union for Conservation of Nature",
            group=non_un,
        ),
        _item(
            A,
            6,
            "全球反恐論壇",
            "Global Counterterrorism Forum",
            "全球反恐論壇 Global Counterterrorism Forum",
            group=non_un,
        ),
        _item(
            B, 1, "國際貿易中心", "International Trade Centre", "國際貿易中心（International Trade Centre）"
        ),
        _item(
            B, 2, "和平建設委員會", "Peacebuilding Commission", "和平建設委員會（Peacebuilding Commission）"
        ),
        _item(B, 3, "建設和平基金", "Peacebuilding Fund", "建設和平基金（Peacebuilding Fund）"),
        _item(B, 4, "政府間氣候變化專門委員會", "", "政府間氣候變化專門委員會（IPCC）", acronym="IPCC"),
        _item(
            B,
            5,
            "世界自然保護聯盟",
            "",
            "世界自然保護聯盟（IUCN）",
            acronym="IUCN",
            note="the acronym is the only English the article gives",
        ),
        _item(
            B,
            6,
            "國際可再生能源機構",
            "International Renewable Energy Agency",
            "國際可再生能源機構（International Renewable Energy Agency）",
        ),
        Mention(
            article=C,
            kind=Kind.PROSE,
            position=1,
            category=None,
            name_zh="政府間氣候變遷專門委員會",
            name_en="",
            acronym="IPCC",
            aliases=(),
            note="",
            start=prose_start,
            end=prose_end,
            asserted_group="聯合國轄下單位",
        ),
    ]


def _variant(name: str, lang: str, *sources: str) -> Variant:
    return Variant(name=name, lang=lang, sources=tuple(sorted(sources)))


def _entities() -> list[Entity]:
    return [
        Entity(
            ITC,
            "International Trade Centre",
            "國際貿易中心",
            "",
            (f"{A}#1", f"{B}#1"),
            (_variant("國際貿易中心", "zh", A, B), _variant("International Trade Centre", "en", A, B)),
        ),
        Entity(
            PBC,
            "Peacebuilding Commission",
            "建設和平委員會",
            "",
            (f"{A}#2", f"{B}#2"),
            (
                _variant("建設和平委員會", "zh", A),
                _variant("和平建設委員會", "zh", B),
                _variant("Peacebuilding Commission", "en", A, B),
            ),
        ),
        Entity(
            PBF,
            "Peacebuilding Fund",
            "建設和平基金",
            "",
            (f"{A}#3", f"{B}#3"),
            (_variant("建設和平基金", "zh", A, B), _variant("Peacebuilding Fund", "en", A, B)),
        ),
        Entity(
            IPCC,
            "Intergovernmental Panel on Climate Change",
            "政府間氣候變遷問題小組",
            "IPCC",
            (f"{A}#4", f"{B}#4", f"{C}#1"),
            (
                _variant("政府間氣候變遷問題小組", "zh", A),
                _variant("政府間氣候變化專門委員會", "zh", B),
                _variant("政府間氣候變遷專門委員會", "zh", C),
                _variant("Intergovernmental Panel on Climate Change", "en", A),
                _variant("IPCC", "acronym", A, B, C),
            ),
        ),
        Entity(
            IUCN,
            "International Union for Conservation of Nature",
            "國際自然保育聯盟",
            "IUCN",
            (f"{A}#5", f"{B}#5"),
            (
                _variant("國際自然保育聯盟", "zh", A),
                _variant("世界自然保護聯盟", "zh", B),
                _variant("International Union for Conservation of Nature", "en", A),
                _variant("IUCN", "acronym", B),
            ),
        ),
        Entity(
            GCTF,
            "Global Counterterrorism Forum",
            "全球反恐論壇",
            "",
            (f"{A}#6",),
            (_variant("全球反恐論壇", "zh", A), _variant("Global Counterterrorism Forum", "en", A)),
        ),
    ]


def _links() -> list[Link]:
    seeds = [
        Link(f"{A}#{i}", entity, Level.SEED, 1.0, 1.0, "", f"first listed by {A}")
        for i, entity in enumerate((ITC, PBC, PBF, IPCC, IUCN, GCTF), start=1)
    ]
    return seeds + [
        Link(f"{B}#1", ITC, Level.EXACT, 1.0, 0.62, PBF, "same Chinese and English name"),
        Link(
            f"{B}#2",
            PBC,
            Level.BRIDGE,
            0.83,
            0.04,
            PBF,
            "English name identical; the Chinese name differs in word order",
        ),
        Link(f"{B}#3", PBF, Level.EXACT, 1.0, 0.55, PBC, "same Chinese and English name"),
        Link(f"{B}#4", IPCC, Level.ACRONYM, 0.92, 1.0, "", "same acronym IPCC; Chinese shares 政府間氣候"),
        Link(f"{B}#5", IUCN, Level.FUZZY, 0.74, 0.21, ITC, "Chinese names share 自然保 and 聯盟"),
        Link(f"{C}#1", IPCC, Level.NORMALIZED, 0.88, 0.5, IUCN, "same acronym; Chinese differs by 遷/化"),
    ]


def _claim(
    article: str,
    kind: str,
    subject: str,
    stated: float,
    unit: str,
    computed: float | None,
    quote: str,
    count: int | None = None,
    group: str = "",
) -> Claim:
    start, end = span(article, quote)
    return Claim(article, kind, subject, stated, unit, computed, quote, start, end, count, group)


def _claims() -> list[Claim]:
    return [
        _claim(A, "total", "total", 6, "count", 6, "宣布退出6個國際組織"),
        _claim(A, "group", UN_LABEL, 3, "count", 3, "第一部分：聯合國機構(共計3個)", group="g1"),
        _claim(A, "group", NON_UN_LABEL, 3, "count", 3, "第二部分：非聯合國組織(共計3個)", group="g2"),
        _claim(B, "total", "total", 7, "count", 6, QUOTE_B),
        _claim(
            B, "percentage", "與環境相關", 40, "percent", 28.5714, "其中與環境相關的有2個，佔40%", count=2
        ),
        _claim(C, "total", "total", 6, "count", None, "宣布退出6個國際組織"),
    ]


def _headings() -> list[Heading]:
    def heading(article: str, label: str, group: str, stated: int) -> Heading:
        start, end = span(article, label)
        return Heading(article, label, None, stated, start, end, group)

    return [
        heading(A, "第一部分：聯合國機構(共計3個)", UN_LABEL, 3),
        heading(A, "第二部分：非聯合國組織(共計3個)", NON_UN_LABEL, 3),
        heading(B, QUOTE_B, "", 7),
    ]


def _groups() -> list[Group]:
    """A's two groups, as its headings print them (B's list has none)."""
    return [Group("g1", UN_LABEL, ((A, UN_LABEL),)), Group("g2", NON_UN_LABEL, ((A, NON_UN_LABEL),))]


ERRORS = 4
WARNINGS = 3
INFOS = 2


def _discrepancies() -> list[Discrepancy]:
    return [
        Discrepancy(
            "count_mismatch",
            Severity.ERROR,
            None,
            (B,),
            "total",
            f"{B} states 7 organizations but its list has 6 items.",
            (evidence(B, QUOTE_B),),
        ),
        Discrepancy(
            "missing_entity",
            Severity.ERROR,
            GCTF,
            (B,),
            GCTF,
            f"Global Counterterrorism Forum (全球反恐論壇) is on {A}'s list but not on {B}'s.",
            (evidence(A, "全球反恐論壇 Global Counterterrorism Forum"),),
        ),
        Discrepancy(
            "section_conflict",
            Severity.ERROR,
            IPCC,
            (A, C),
            "section",
            f"{A} lists it as non-UN; {C} says it is a UN body.",
            (evidence(C, "（IPCC，亦是聯合國轄下單位）"), evidence(A, "第二部分：非聯合國組織(共計3個)")),
        ),
        Discrepancy(
            "arithmetic",
            Severity.ERROR,
            None,
            (B,),
            "與環境相關",
            "2 of 7 is 28.6%, not 40%.",
            (evidence(B, "其中與環境相關的有2個，佔40%"),),
        ),
        Discrepancy(
            "possible_mistranslation",
            Severity.WARNING,
            IUCN,
            (B,),
            "name_zh",
            f"{B} writes 世界自然保護聯盟 where {A} writes 國際自然保育聯盟 | a different first word.",
            (evidence(B, "世界自然保護聯盟（IUCN）"),),
        ),
        Discrepancy(
            "unmatched_item",
            Severity.WARNING,
            None,
            (B,),
            "國際可再生能源機構",
            "An item no other outlet lists.",
            (evidence(B, "國際可再生能源機構（International Renewable Energy Agency）"),),
        ),
        Discrepancy(
            "story_fact",
            Severity.WARNING,
            None,
            (A, B, C),
            "instrument",
            "The outlets name different instruments: 備忘錄, 公告, 行政命令.",
            (evidence(A, "簽署備忘錄"), evidence(B, "簽署公告"), evidence(C, "依據行政命令")),
        ),
        Discrepancy(
            "naming_variant",
            Severity.INFO,
            PBC,
            (A, B),
            "name_zh",
            "Two Chinese names: 建設和平委員會, 和平建設委員會.",
            (
                evidence(A, "建設和平委員會 Peacebuilding Commission"),
                evidence(B, "和平建設委員會（Peacebuilding Commission）"),
            ),
        ),
        Discrepancy(
            "naming_variant",
            Severity.INFO,
            IPCC,
            (A, B, C),
            "name_zh",
            "Three Chinese names for one organization.",
        ),
    ]


def _facts() -> list[Fact]:
    def fact(article: str, field: str, value: str, quote: str) -> Fact:
        start, end = span(article, quote)
        return Fact(article, field, value, quote, start, end)

    return [
        fact(A, "instrument", "備忘錄", "簽署備忘錄"),
        fact(A, "signed", "2026-01-07", "1月7日"),
        fact(A, "signer", "川普", "美國總統川普"),
        fact(B, "instrument", "公告", "簽署公告"),
        fact(B, "signed", "2026-01-07", "1月7日"),
        fact(B, "signer", "特朗普", "特朗普"),
        fact(C, "instrument", "行政命令", "依據行政命令"),
    ]


def _people() -> list[PersonName]:
    def person(group: str, name: str, role: str, english: str, article: str, nth: int = 0) -> PersonName:
        start, end = span(article, name, nth)
        return PersonName(group, name, role, english, article, start, end)

    return [
        person("trump", "川普", "總統", "Donald Trump", A),
        person("trump", "特朗普", "", "", B),
        person("trump", "特朗普", "", "", C),
        person("trump", "特朗普", "", "", C, nth=1),
        person("rubio", "盧比歐", "國務卿", "Marco Rubio", A),
        person("rubio", "盧比奧", "", "", C),
    ]


def _articles() -> list[Article]:
    return [
        Article(
            A,
            "Daily Alpha",
            "https://alpha.example/a",
            "2026-01-08",
            TITLE_A,
            TEXT_A,
            f"articles/{A}.txt",
            "utf-8",
            "text",
            "numbered_rows",
        ),
        Article(
            B,
            "Weekly Beta",
            None,
            "2026-01-08",
            "特朗普宣布退群 完整名單",
            TEXT_B,
            f"articles/{B}.html",
            "big5",
            "html",
            "enumerated",
        ),
        Article(
            C, "Portal Gamma", None, None, "退群的意涵", TEXT_C, f"articles/{C}.txt", "utf-8", "text", ""
        ),
    ]


def _problems() -> list[Problem]:
    return [
        Problem(C, "no-list", Severity.INFO, "no organization list found; prose mentions only"),
        Problem("articles/broken.html", "binary", Severity.WARNING, "the file is binary, not text; skipped"),
    ]


def make_reconciliation(*, reverse: bool = False) -> Reconciliation:
    """The fixture; ``reverse`` builds the same value with every collection in the opposite order."""

    def order(items: list) -> tuple:  # type: ignore[type-arg]
        return tuple(reversed(items)) if reverse else tuple(items)

    entities = _entities()
    discrepancies = _discrepancies()
    if reverse:
        entities = [
            Entity(e.id, e.name_en, e.name_zh, e.acronym, e.mentions, tuple(reversed(e.variants)))
            for e in entities
        ]
        discrepancies = [
            Discrepancy(
                d.kind, d.severity, d.entity, d.sources, d.subject, d.message, tuple(reversed(d.evidence))
            )
            for d in discrepancies
        ]
    options: dict[str, object] = {"fail_on": "error", "formats": ["csv", "html", "json", "md"]}
    if reverse:
        options = dict(reversed(list(options.items())))
    return Reconciliation(
        articles=order(_articles()),
        mentions=order(_mentions()),
        headings=order(_headings()),
        entities=order(entities),
        links=order(_links()),
        claims=order(_claims()),
        discrepancies=order(discrepancies),
        problems=order(_problems()),
        facts=order(_facts()),
        people=order(_people()),
        options=options,
        groups=tuple(_groups()),
    )


def without_article(rec: Reconciliation, article: str) -> Reconciliation:
    """The run as it would look without one article: its records gone, and every finding that cites it."""
    prefix = f"{article}#"
    entities = []
    for e in rec.entities:
        members = tuple(k for k in e.mentions if not k.startswith(prefix))
        if not members:
            continue
        variants = tuple(
            Variant(v.name, v.lang, tuple(s for s in v.sources if s != article))
            for v in e.variants
            if any(s != article for s in v.sources)
        )
        entities.append(Entity(e.id, e.name_en, e.name_zh, e.acronym, members, variants))
    kept = {e.id for e in entities}
    return Reconciliation(
        articles=tuple(a for a in rec.articles if a.id != article),
        mentions=tuple(m for m in rec.mentions if m.article != article),
        headings=tuple(h for h in rec.headings if h.article != article),
        entities=tuple(entities),
        links=tuple(k for k in rec.links if not k.mention.startswith(prefix)),
        claims=tuple(c for c in rec.claims if c.article != article),
        discrepancies=tuple(
            d
            for d in rec.discrepancies
            if article not in d.sources
            and all(e.article != article for e in d.evidence)
            and (d.entity is None or d.entity in kept)
        ),
        problems=tuple(p for p in rec.problems if p.article != article),
        facts=tuple(f for f in rec.facts if f.article != article),
        people=tuple(p for p in rec.people if p.article != article),
        options=dict(rec.options),
        groups=tuple(g for g in rec.groups if all(a != article for a, _ in g.members)),
    )
