"""Prose candidates: organization names in running text, with what they are said to be part of.

Expected values were written from reading the example articles: 002 (prose only), the prose
paragraphs of 003 (before its enumerated list) and of 000 (before its flattened table).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.models import Article, Kind
from sources.html import html_to_document
from sources.prose import ProseCandidate, prose_candidates, stated_count
from sources.prose_acronyms import is_acronym
from sources.prose_orgs import org_like_zh
from sources.registry import parse_path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"
ARTICLE_002 = EXAMPLES / "002_5fb0c41b056a1ba0.txt"
ARTICLE_003 = EXAMPLES / "003_e6f1053f9d0a0c24.txt"
ARTICLE_000 = EXAMPLES / "000_273ee92e37e8b5a4.txt"


def article_of(path: Path) -> Article:
    result = parse_path(path)
    assert result.article is not None
    return result.article


def inline(text: str) -> Article:
    return Article(
        id="inline", outlet="", url=None, date=None, title="", text=text, path="inline.txt", encoding="utf-8"
    )


def by_zh(candidates: Sequence[ProseCandidate], name: str) -> list[ProseCandidate]:
    return [c for c in candidates if c.mention.name_zh == name]


def one(candidates: Sequence[ProseCandidate], name: str) -> ProseCandidate:
    found = by_zh(candidates, name)
    assert found, (name, sorted({c.mention.name_zh for c in candidates}))
    return found[0]


def zh_names(candidates: Sequence[ProseCandidate]) -> set[str]:
    return {c.mention.name_zh for c in candidates if c.mention.name_zh}


def check_invariants(article: Article, candidates: Sequence[ProseCandidate]) -> None:
    body_end = len(article.body)
    for candidate in candidates:
        mention = candidate.mention
        assert mention.kind is Kind.PROSE and mention.position == 0 and mention.article == article.id
        assert 0 <= mention.start < mention.end <= body_end
        quote = article.text[mention.start : mention.end]
        for part in (mention.name_zh, mention.acronym):
            if part:
                assert part in quote or part.replace("（", "").replace("）", "") in quote, (part, quote)
        if not candidate.org_like:
            assert is_acronym(mention.acronym) and not mention.name_zh and not mention.name_en
    spans = [(c.mention.start, c.mention.end) for c in candidates]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "candidates overlap"


# --------------------------------------------------------------------------- 002: prose only


LISTED_UN_002 = [
    "聯合國民主基金",
    "聯合國能源組織",
    "聯合國性別平等與婦女賦權署",
    "聯合國氣候變遷框架公約",
    "聯合國秘書長武裝衝突中兒童問題特別代表辦公室",
    "聯合國秘書長暴力侵害兒童問題特別代表辦公室",
]
LISTED_NON_UN_002 = [
    "政府間氣候變遷專門委員會",
    "國際自然保護聯盟",
    "國際再生能源署",
    "全球反恐論壇",
    "烏克蘭科學技術中心",
    "亞洲區域打擊海盜與武裝劫船合作協定",
]


def test_002_listed_organizations() -> None:
    article = article_of(ARTICLE_002)
    candidates = prose_candidates(article)
    check_invariants(article, candidates)
    for name in (*LISTED_UN_002, *LISTED_NON_UN_002):
        candidate = one(candidates, name)
        assert candidate.org_like, name
        # only the IPCC is said to be part of something (below)
        assert bool(candidate.mention.asserted_group) == (name == "政府間氣候變遷專門委員會"), name
    # named again later, with its acronym
    unfccc = one(candidates, "聯合國氣候變化綱要公約")
    assert unfccc.mention.acronym == "UNFCCC"
    assert article.text[unfccc.mention.start : unfccc.mention.end] == "《聯合國氣候變化綱要公約》(UNFCCC)"


def test_002_acronyms_and_the_ipcc_assertion() -> None:
    candidates = prose_candidates(article_of(ARTICLE_002))
    assert one(candidates, "聯合國氣候變遷框架公約").mention.acronym == "UNFCCC"
    assert one(candidates, "國際自然保護聯盟").mention.acronym == "IUCN"
    ipcc = one(candidates, "政府間氣候變遷專門委員會").mention
    assert ipcc.acronym == "IPCC"
    # the sentence lists it among "其餘35個組織", while the parenthesis says what it is part of
    assert ipcc.asserted_group == "聯合國轄下單位"
    assert "聯合國轄下單位" in ipcc.note
    assert one(candidates, "國際再生能源署").mention.acronym == ""


def test_002_off_list_organizations() -> None:
    candidates = prose_candidates(article_of(ARTICLE_002))
    for name, acronym in [
        ("世界衛生組織", "WHO"),
        ("聯合國教科文組織", "UNESCO"),
        ("國際開發署", "USAID"),
        ("聯合國巴勒斯坦難民救濟和工程處", "UNRWA"),
        ("聯合國人權理事會", "UNHCR"),
    ]:
        candidate = one(candidates, name)
        assert candidate.org_like and candidate.mention.acronym == acronym
    for name in ("國際電信聯盟", "國際海事組織", "國際勞工組織"):
        assert one(candidates, name).org_like


def test_002_bare_acronyms_are_not_org_like() -> None:
    candidates = prose_candidates(article_of(ARTICLE_002))
    bare = [c for c in candidates if not c.mention.name_zh and not c.mention.name_en]
    assert all(not c.org_like for c in bare)
    acronyms = [c.mention.acronym for c in bare]
    assert acronyms.count("USAID") >= 5
    assert {"WHO", "DEI", "UNFCCC"} <= set(acronyms)


def test_002_no_people_no_generic_phrases_no_tail() -> None:
    article = article_of(ARTICLE_002)
    candidates = prose_candidates(article)
    names = zh_names(candidates)
    english = {c.mention.name_en for c in candidates}
    for person in ("Daniel Forti", "Francesca Albanese", "Joe Biden", "Rob Jackson", "Evan Vucci"):
        assert person not in english
    assert not any(n.endswith(("盧比奧", "特朗普", "福爾蒂", "傑克森")) for n in names)
    for generic in ("國際組織", "聯合國組織", "聯合國機構", "國際性組織", "非政府組織", "機構"):
        assert generic not in names
    assert not any(n.startswith(("66個", "這些", "所有", "某些", "其他")) for n in names)
    assert not any("所有" in n or "66個" in n for n in names)
    tail = article.text.index("本刊載內容版權為")
    assert article.body_end <= tail
    assert all(c.mention.end <= tail for c in candidates)


# --------------------------------------------------------------------------- 003 and 000 prose


def list_block(path: Path, marker: str) -> tuple[Article, list[tuple[int, int]]]:
    article = article_of(path)
    start = article.text.index(marker)
    return article, [(start, len(article.text))]


def test_003_prose_paragraphs() -> None:
    article, exclude = list_block(ARTICLE_003, "以下為特朗普政府完整「退群」名單")
    candidates = prose_candidates(article, exclude=exclude)
    check_invariants(article, candidates)
    assert all(c.mention.end <= exclude[0][0] for c in candidates)
    for name in (
        "聯合國經濟和社會事務部",
        "人口基金會",
        "氣候變化框架公約",
        "婦女署",
        "政府間氣候變化專門委員會",
        "國際可再生能源機構",
        "世界自然保護聯盟",
        "全球反恐論壇",
        "泛美地理與歷史研究所",
        "烏克蘭科學技術中心",
    ):
        assert one(candidates, name).org_like, name
    assert one(candidates, "氣候變化框架公約").mention.acronym == "UNFCCC"
    assert one(candidates, "美國有線電視新聞網").mention.acronym == "CNN"
    assert one(candidates, "憂思科學家聯盟").mention.acronym == "UCS"
    assert one(candidates, "自然資源保護協會").org_like
    bare = [c.mention.acronym for c in candidates if not c.org_like]
    assert bare.count("UNFCCC") >= 5 and "CNN" in bare
    names = zh_names(candidates)
    assert not any(n.endswith(("特朗普", "克里", "克利圖斯", "麥卡錫")) for n in names)  # people
    assert "該聯盟" not in names and "國際組織" not in names


def test_003_with_the_list_items_of_the_parser_excluded() -> None:
    result = parse_path(ARTICLE_003)
    assert result.article is not None and len(result.mentions) == 66
    items = [(m.start, m.end) for m in result.mentions]
    candidates = prose_candidates(result.article, exclude=items)
    for candidate in candidates:
        mention = candidate.mention
        assert not any(start < mention.end and mention.start < end for start, end in items)
    assert {"婦女署", "世界自然保護聯盟", "泛美地理與歷史研究所"} <= zh_names(candidates)


def test_000_prose_paragraphs() -> None:
    article, exclude = list_block(ARTICLE_000, "聯合國組織（共31個） 非聯合國組織（共35個）")
    candidates = prose_candidates(article, exclude=exclude)
    check_invariants(article, candidates)
    expected = {
        "聯合國氣候變化綱要公約": ("UNFCCC", ""),
        "聯合國性別平等暨女性賦權組織": ("", ""),
        "聯合國人口基金": ("UNFPA", ""),
        "聯合國大學": ("", "U.N. University"),
        "全時無碳能源倡議": ("", ""),
        "自由線上聯盟": ("", "Freedom Online Coalition"),
        "政府間氣候變遷問題小組": ("IPCC", ""),
        "國際自然保育聯盟": ("IUCN", ""),
        "全球反恐論壇": ("GCTF", ""),
    }
    for name, (acronym, english) in expected.items():
        mention = one(candidates, name).mention
        assert (mention.acronym, mention.name_en) == (acronym, english), name
    names = zh_names(candidates)
    assert not any("區域性" in n or "官僚機構" in n for n in names)
    assert not any(c.mention.name_en == "Marco Rubio" for c in candidates)
    assert "聯合國機構" not in names


# --------------------------------------------------------------------------- rules on short texts


def test_conjunction_split_only_between_complete_names() -> None:
    article = inline("非聯合國組織包括泛美地理與歷史研究所、大西洋合作夥伴關係以及烏克蘭科學技術中心等。")
    candidates = prose_candidates(article)
    assert [c.mention.name_zh for c in candidates] == [
        "泛美地理與歷史研究所",
        "大西洋合作夥伴關係",
        "烏克蘭科學技術中心",
    ]
    article = inline("名單還有國際棉業諮詢委員會與國際鉛鋅研究小組。")
    assert zh_names(prose_candidates(article)) == {"國際棉業諮詢委員會", "國際鉛鋅研究小組"}


def test_assertions_next_to_a_name() -> None:
    negated = prose_candidates(inline("名單包括國際熱帶木材組織(ITTO,並非聯合國下屬機構)。"))[0].mention
    assert (negated.acronym, negated.asserted_group) == ("ITTO", "並非聯合國下屬機構")
    copula = prose_candidates(inline("政府間氣候變遷專門委員會是聯合國轄下機構。"))[0].mention
    assert copula.asserted_group == "聯合國轄下機構"
    plain = prose_candidates(inline("美國也退出了國際自然保育聯盟（IUCN）。"))[0].mention
    assert (plain.name_zh, plain.acronym, plain.asserted_group) == ("國際自然保育聯盟", "IUCN", "")


def test_english_names_and_bare_acronyms() -> None:
    text = (
        "The United States will leave the Intergovernmental Panel on Climate Change (IPCC) "
        "and the International Solar Alliance, officials told CNN."
    )
    candidates = prose_candidates(inline(text))
    got = [(c.mention.name_en, c.mention.acronym, c.org_like) for c in candidates]
    assert got == [
        ("Intergovernmental Panel on Climate Change", "IPCC", True),
        ("International Solar Alliance", "", True),
        ("", "CNN", False),
    ]


def test_exclude_spans_are_skipped() -> None:
    text = (
        "名單包括全球反恐論壇。\n"
        "1、全球反恐論壇（Global Counterterrorism Forum）；\n"
        "其後是烏克蘭科學技術中心。"
    )
    first_item = text.index("1、")
    end_item = text.index("\n", first_item)
    candidates = prose_candidates(inline(text), exclude=[(first_item, end_item)])
    assert [c.mention.start for c in candidates] == [
        text.index("全球反恐論壇"),
        text.index("烏克蘭科學技術中心"),
    ]


def test_org_like_words() -> None:
    for name in (
        "國際組織",
        "國際機構",
        "這些組織",
        "66個國際組織",
        "區域性合作組織",
        "委員會與諮詢小組",
        "相關組織",
    ):
        assert not org_like_zh(name), name
    for name in ("聯合國大學", "國際開發署", "全球反恐論壇", "聯合國性別平等與婦女賦權署", "國際危機組織"):
        assert org_like_zh(name), name
    assert is_acronym("UNFCCC") and is_acronym("UN-REDD") and is_acronym("COP30")
    assert not is_acronym("UN-Water") and not is_acronym("A") and not is_acronym("Whatsnew")
    assert stated_count("第二部分：非聯合國體系的國際組織(共計35個)") == 35
    assert stated_count("UN entities (3)") == 3
    assert stated_count("氣候、能源與環境") is None


def test_simplified_text_gives_the_same_candidates() -> None:
    article = article_of(ARTICLE_002)
    simplified_text = opencc.OpenCC("t2s").convert(article.text)
    assert len(simplified_text) == len(article.text)
    simplified = Article(
        id=article.id,
        outlet=article.outlet,
        url=None,
        date=None,
        title="",
        text=simplified_text,
        path="s.txt",
        encoding="utf-8",
        body_end=article.body_end,
    )

    def shape(candidates: Sequence[ProseCandidate]) -> list[tuple[int, int, bool, object, object, str]]:
        return [
            (
                c.mention.start,
                c.mention.end,
                c.org_like,
                bool(c.mention.asserted_group),
                c.mention.category,
                c.mention.acronym,
            )
            for c in candidates
        ]

    assert shape(prose_candidates(simplified)) == shape(prose_candidates(article))


def test_prose_in_an_html_page() -> None:
    raw = (FIXTURES / "prose_only.html").read_text(encoding="utf-8")
    doc, _ = html_to_document(raw, doc_id="prose_only", path="prose_only.html", encoding="utf-8")
    article = Article(
        id=doc.id,
        outlet=doc.outlet,
        url=doc.url,
        date=doc.date,
        title=doc.title,
        text=doc.text,
        path=doc.path,
        encoding=doc.encoding,
        format="html",
        body_end=doc.body_end,
    )
    candidates = prose_candidates(article)
    check_invariants(article, candidates)
    ipcc = one(candidates, "政府間氣候變遷專門委員會").mention
    assert (ipcc.asserted_group, ipcc.acronym) == ("聯合國轄下單位", "IPCC")
    assert one(candidates, "聯合國民主基金").org_like


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("聯合國組織基金委員會論壇中心署處包括例如及和與的等、，。()（）《》「」ABCUNWHO 1234\n")
        ),
        max_size=120,
    )
)
def test_any_text_gives_valid_spans(text: str) -> None:
    article = inline(text)
    candidates = prose_candidates(article, exclude=[(0, min(3, len(text)))])
    for candidate in candidates:
        mention = candidate.mention
        assert 3 <= mention.start < mention.end <= len(text) or (len(text) <= 3 and not candidates)
    spans = [(c.mention.start, c.mention.end) for c in candidates]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_the_un_itself_is_not_an_off_list_organization() -> None:
    text = (
        "The United States will leave 66 bodies, 31 of them United Nations entities, including the "
        "Intergovernmental Panel on Climate Change (IPCC), while the United Nations said it regretted it."
    )
    art = Article(
        id="en", outlet="x", url=None, date=None, title="", text=text, path="en.txt", encoding="utf-8"
    )
    names = [c.mention.name_en for c in prose_candidates(art)]
    assert "United Nations" not in names
    assert "Intergovernmental Panel on Climate Change" in names


def test_a_datelines_date_is_no_organization_of_the_agencys_initials() -> None:
    """``WASHINGTON, July 7 (EPS) - …``: the agency's initials after the date name no body called
    "July 7" (which the acronym check would then say does not fit)."""
    text = (
        "Trump writes to leaders\n\nWASHINGTON, July 7 (EPS) - U.S. President Donald Trump on Monday wrote to"
        " the leaders of several countries. The World Trade Organization (WTO) said it was studying them.\n"
    )
    article = Article(
        "wire", "Wire", None, "2025-07-07", "Trump writes to leaders", text, "wire.txt", "utf-8"
    )
    named = {c.mention.name_en: c.mention.acronym for c in prose_candidates(article)}
    assert "July 7" not in named
    assert named.get("World Trade Organization") == "WTO"
