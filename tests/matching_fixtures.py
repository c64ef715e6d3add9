"""Test-only Mentions for the matcher, made from the bundled example without the parsers.

* 000 prints its list as one flattened category table; its 66 items are transcribed here by hand
  (Chinese name, the English name or acronym it gives in parentheses, the parent body it attaches).
* 001 (numbered ``N 中文 English`` rows) and 003 (``N、中文（English，註）；`` items) are read from the
  article files with a few regular expressions that only know those two line shapes.
* ``expected_rows`` maps every list mention to its row of tests/expected/clusters.tsv, the hand-written
  expected clustering.
* ``partial_list`` is a hand-written partial list in another translation with three strays.

Nothing here is product code: it stands in for the parsers so the matcher can be tested alone.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path

from pipeline.knowledge import Knowledge
from pipeline.matching.decisions import _Constraints
from pipeline.matching.lists import _prepare
from pipeline.matching.state import _Run
from pipeline.models import Kind, Mention
from pipeline.normalize.scripts import to_simplified
from pipeline.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DIR = ROOT / "examples" / "us-withdrawal-2026-01"
CLUSTERS_TSV = Path(__file__).resolve().parent / "expected" / "clusters.tsv"
LIST_ARTICLES = ("000", "001", "003")
STATED_TOTAL = 66

UN, NON = "聯合國組織", "非聯合國組織"  # the group labels 000 and 003 print (001: UN_001, NON_001)
UN_001, NON_001 = "聯合國機構", "非聯合國體系的國際組織"

# 000, in printed order: (group, category, Chinese name, English name, acronym, parent).
_C1, _C2, _C3, _C4 = "氣候、能源與環境", "性別、人權與社會", "經濟、貿易與發展", "安全、法律與區域"
_LIST_000: tuple[tuple[str, str, str, str, str, str], ...] = (
    (UN, _C1, "聯合國氣候變化綱要公約", "", "UNFCCC", ""),
    (UN, _C1, "聯合國人居署", "UN-Human Settlements Programme", "", ""),
    (UN, _C1, "聯合國海洋機制", "U.N. Oceans", "", ""),
    (UN, _C1, "聯合國水資源組織", "UN-Water", "", ""),
    (UN, _C1, "聯合國能源", "U.N. Energy", "", ""),
    (
        UN,
        _C1,
        "聯合國減少開發中國家毀林及森林退化所致排放量合作計畫",
        "U.N. Collaborative Programme on Reducing Emissions from Deforestation and Forest Degradation "
        "in Developing Countries",
        "",
        "",
    ),
    (NON, _C1, "全時無碳能源倡議", "24/7 Carbon-Free Energy Compact", "", ""),
    (NON, _C1, "環境合作委員會", "Commission for Environmental Cooperation", "", ""),
    (NON, _C1, "美洲全球變遷研究所", "Inter-American Institute for Global Change Research", "", ""),
    (NON, _C1, "政府間氣候變遷問題小組", "", "IPCC", ""),
    (NON, _C1, "政府間生物多樣性與生態系服務科學政策平台", "", "IPBES", ""),
    (NON, _C1, "國際能源論壇", "International Energy Forum", "", ""),
    (NON, _C1, "國際可再生能源機構", "International Renewable Energy Agency", "", ""),
    (NON, _C1, "國際太陽能聯盟", "International Solar Alliance", "", ""),
    (NON, _C1, "國際熱帶木材組織", "International Tropical Timber Organization", "", ""),
    (NON, _C1, "國際自然保育聯盟", "International Union for Conservation of Nature", "", ""),
    (NON, _C1, "21世紀再生能源政策網絡", "Renewable Energy Policy Network for the 21st Century", "", ""),
    (NON, _C1, "太平洋區域環境規劃署秘書處", "", "", ""),
    (
        UN,
        _C2,
        "聯合國性別平等暨女性賦權組織",
        "U.N. Entity for Gender Equality and the Empowerment of Women",
        "",
        "",
    ),
    (UN, _C2, "聯合國人口基金", "U.N. Population Fund", "", ""),
    (UN, _C2, "負責衝突中性暴力問題秘書長特別代表辦公室", "", "", ""),
    (UN, _C2, "負責武裝衝突中兒童問題秘書長特別代表辦公室", "", "", ""),
    (UN, _C2, "負責暴力侵害兒童問題秘書長特別代表辦公室", "", "", ""),
    (UN, _C2, "非洲人後裔永久論壇", "", "", ""),
    (UN, _C2, "聯合國文明聯盟", "U.N. Alliance of Civilizations", "", ""),
    (UN, _C2, "聯合國民主基金", "U.N. Democracy Fund", "", ""),
    (UN, _C2, "聯合國大學", "U.N. University", "", ""),
    (UN, _C2, "聯合國訓練研究所", "U.N. Institute for Training and Research", "", ""),
    (UN, _C2, "建設和平委員會", "Peacebuilding Commission", "", ""),
    (UN, _C2, "建設和平基金", "Peacebuilding Fund", "", ""),
    (UN, _C2, "聯合國系統職員學院", "U.N. System Staff College", "", ""),
    (UN, _C2, "非洲問題特別顧問辦公室", "", "", ""),
    (NON, _C2, "教育不能等基金", "Education Cannot Wait", "", ""),
    (NON, _C2, "自由線上聯盟", "Freedom Online Coalition", "", ""),
    (
        NON,
        _C2,
        "藝術理事會與文化機構國際聯盟組織",
        "International Federation of Arts Councils and Culture Agencies",
        "",
        "",
    ),
    (
        NON,
        _C2,
        "國際民主及選舉協助研究所",
        "International Institute for Democracy and Electoral Assistance",
        "",
        "",
    ),
    (
        NON,
        _C2,
        "國際文化財產保護與修復研究中心",
        "International Centre for the Study of the Preservation and Restoration of Cultural Property",
        "",
        "",
    ),
    (UN, _C3, "經濟和社會事務部", "Department of Economic and Social Affairs", "", ""),
    (UN, _C3, "聯合國經濟與社會理事會-非洲經濟委員會", "", "", "ECOSOC"),
    (UN, _C3, "ECOSOC-拉丁美洲暨加勒比海經濟委員會", "", "", "ECOSOC"),
    (UN, _C3, "ECOSOC—亞洲暨太平洋經濟社會委員會", "", "", "ECOSOC"),
    (UN, _C3, "ECOSOC-西亞經濟暨社會委員會", "", "", "ECOSOC"),
    (UN, _C3, "國際貿易中心", "International Trade Centre", "", ""),
    (UN, _C3, "聯合國會議和發展會議", "U.N. Conference on Trade and Development", "", ""),
    (NON, _C3, "可倫坡計畫理事會", "Colombo Plan Council", "", ""),
    (
        NON,
        _C3,
        "歐洲國家公路研究實驗室論壇",
        "Forum of European National Highway Research Laboratories",
        "",
        "",
    ),
    (NON, _C3, "全球遷移暨發展論壇", "Global Forum on Migration and Development", "", ""),
    (
        NON,
        _C3,
        "礦業、礦產、金屬與永續發展政府間論壇",
        "Intergovernmental Forum on Mining, Minerals, Metals, and Sustainable Development",
        "",
        "",
    ),
    (NON, _C3, "國際棉業諮詢委員會", "International Cotton Advisory Committee", "", ""),
    (NON, _C3, "國際發展法組織", "International Development Law Organization", "", ""),
    (NON, _C3, "國際鉛鋅研究小組", "International Lead and Zinc Study Group", "", ""),
    (UN, _C4, "國際法委員會", "International Law Commission", "", ""),
    (UN, _C4, "國際刑事法庭餘留機制", "International Residual Mechanism for Criminal Tribunals", "", ""),
    (UN, _C4, "聯合國常規武器登記冊", "U.N. Register of Conventional Arms", "", ""),
    (UN, _C4, "聯合國系統首席協調委員會", "U.N. System Chief Executives Board for Coordination", "", ""),
    (
        NON,
        _C4,
        "歐洲混合戰爭威脅對策中心",
        "European Centre of Excellence for Countering Hybrid Threats",
        "",
        "",
    ),
    (NON, _C4, "全球社區參與與韌性基金", "Global Community Engagement and Resilience Fund", "", ""),
    (NON, _C4, "全球反恐論壇", "Global Counterterrorism Forum", "", ""),
    (NON, _C4, "全球網路專家論壇", "Global Forum on Cyber Expertise", "", ""),
    (NON, _C4, "國際司法與法治學院", "International Institute for Justice and the Rule of Law", "", ""),
    (
        NON,
        _C4,
        "亞洲對付海盜及持械搶劫船隻區域合作協定組織",
        "Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia",
        "",
        "",
    ),
    (NON, _C4, "泛美地理與歷史研究所", "", "", ""),
    (NON, _C4, "大西洋合作夥伴關係", "", "", ""),
    (NON, _C4, "區域合作理事會", "Regional Cooperation Council", "", ""),
    (NON, _C4, "歐洲理事會威尼斯委員會", "", "", ""),
    (NON, _C4, "烏克蘭科學技術中心", "Science and Technology Center in Ukraine", "", ""),
)


def _mention(
    article: str,
    position: int,
    group: str,
    name_zh: str,
    name_en: str = "",
    acronym: str = "",
    *,
    category: str | None = None,
    parent: str = "",
    aliases: tuple[str, ...] = (),
    note: str = "",
    kind: Kind = Kind.LIST,
) -> Mention:
    return Mention(
        article=article,
        kind=kind,
        position=position,
        category=category,
        name_zh=name_zh,
        name_en=name_en,
        acronym=acronym,
        aliases=aliases,
        note=note,
        start=0,
        end=0,
        parent=parent,
        group=group,
    )


def mentions_000() -> list[Mention]:
    return [
        _mention("000", i, sec, zh, en, acr, category=cat, parent=parent)
        for i, (sec, cat, zh, en, acr, parent) in enumerate(_LIST_000, start=1)
    ]


_ROW_001 = re.compile(r"^(\d+) (\S+) (.+?)(?: \(([A-Z]+)\))?$")


def mentions_001() -> list[Mention]:
    text = (EXAMPLE_DIR / "001_39d5073b08ac0f22.txt").read_text(encoding="utf-8")
    out: list[Mention] = []
    section: str | None = None
    for line in text.splitlines():
        if line.startswith("．第一部分"):
            section = UN_001
        elif line.startswith("．第二部分"):
            section = NON_001
        elif section is not None and (m := _ROW_001.match(line.strip())):
            # a trailing "(ABC)" is kept as the item's acronym, as a naive reader would
            out.append(_mention("001", len(out) + 1, section, m[2], m[3], m[4] or ""))
    return out


_ITEM_003 = re.compile(r"^(\d+)、(.+?)[；。]\s*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9\-]+$")


def _split_003(body: str) -> tuple[str, str, str, str, tuple[str, ...], str]:
    """(zh, en, acronym, parent, aliases, note) of one enumerated 003 item."""
    parts = re.split(r"（([^（）]*)）", body)  # text, paren, text, paren, ...
    zh_parts, parens = parts[0::2], parts[1::2]
    zh = "".join(zh_parts)
    parent = ""
    if "——" in zh:
        head = zh.split("——")[0]
        inner = " ".join(parens[:-1])
        parent = next((t for t in re.split(r"[,，\s]+", inner + " " + head) if _ACRONYM.match(t)), head)
    paren = parens[-1] if parens else ""
    note = ""
    if "觀察者網註" in paren:
        paren, _, note = paren.partition("，觀察者網註")
        note = "觀察者網註" + note
    aliases: list[str] = []
    en_parts: list[str] = []
    acronym = ""
    for piece in paren.split("，"):
        alias = re.match(r"^即「(.+)」$", piece)
        if alias:
            aliases.append(alias[1])
        elif _ACRONYM.match(piece.strip()):
            acronym = piece.strip()
        else:
            en_parts.append(piece)
    en = "，".join(en_parts).strip()
    tail = re.match(r"^(.*), ([A-Z][A-Z0-9\-]+)$", en)
    if tail:
        en, acronym = tail[1], tail[2]
    return zh, en, acronym, parent, tuple(aliases), note.strip()


def mentions_003() -> list[Mention]:
    text = (EXAMPLE_DIR / "003_e6f1053f9d0a0c24.txt").read_text(encoding="utf-8")
    out: list[Mention] = []
    section: str | None = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("一、非聯合國組織"):
            section = NON
        elif line.startswith("二、聯合國組織"):
            section = UN
        elif section is not None and (m := _ITEM_003.match(line)):
            zh, en, acronym, parent, aliases, note = _split_003(m[2])
            out.append(
                _mention(
                    "003", int(m[1]), section, zh, en, acronym, parent=parent, aliases=aliases, note=note
                )
            )
    return out


def example_list_mentions() -> list[Mention]:
    return mentions_000() + mentions_001() + mentions_003()


def expected_rows() -> dict[str, int]:
    """Mention.key -> row of clusters.tsv, joining each article's Chinese name to its column."""
    with CLUSTERS_TSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    out: dict[str, int] = {}
    for article, mentions in (("000", mentions_000()), ("001", mentions_001()), ("003", mentions_003())):
        column = {row[f"zh_{article}"]: int(row["row"]) for row in rows}
        assert len(column) == len(rows), f"duplicate Chinese name in column zh_{article}"
        for m in mentions:
            out[m.key] = column[m.name_zh]
    return out


def simplified(mentions: list[Mention], article: str) -> list[Mention]:
    """The mentions with one article's Chinese names (and aliases) converted to Simplified."""
    return [
        replace(m, name_zh=to_simplified(m.name_zh), aliases=tuple(to_simplified(a) for a in m.aliases))
        if m.article == article
        else m
        for m in mentions
    ]


def without_english(mentions: list[Mention], article: str) -> list[Mention]:
    return [replace(m, name_en="") if m.article == article else m for m in mentions]


# A partial list as another outlet might print it: Simplified Chinese, other word choices, some items
# in English only, and three organizations that are on no list (strays). Values are the expected
# clusters.tsv row, None for a stray.
PARTIAL_ARTICLE = "900"
_PARTIAL: tuple[tuple[str, str, str, int | None], ...] = (
    ("联合国妇女署", "", "", 21),
    ("", "UN Water", "", 30),
    ("国际再生能源署", "", "IRENA", 55),
    ("世界自然保护联盟", "", "IUCN", 58),
    ("政府间气候变化专门委员会", "", "", 45),
    ("和平建设委员会", "", "", 13),
    ("", "Secretary-General's Special Representative for Children and Armed Conflict", "", 10),
    ("联合国人居署", "UN-Habitat", "", 23),
    ("全球网络专长论坛", "Global Forum on Cyber Expertise", "", 41),
    ("全球移民和发展论坛", "", "", 42),
    ("亚洲及太平洋经济社会委员会", "", "", 4),
    ("", "Venice Commission", "", 66),
    ("可再生能源政策网络", "", "REN21", 63),
    ("国际热带木材组织", "", "", 57),
    ("世界卫生组织", "World Health Organization", "WHO", None),
    ("联合国教科文组织", "", "UNESCO", None),
    ("巴黎气候协定", "Paris Agreement", "", None),
)


def partial_list() -> tuple[list[Mention], dict[str, int | None]]:
    mentions = [
        _mention(PARTIAL_ARTICLE, i, None, zh, en, acr)
        for i, (zh, en, acr, _row) in enumerate(_PARTIAL, start=1)
    ]
    expected = {m.key: row for m, (_zh, _en, _acr, row) in zip(mentions, _PARTIAL, strict=True)}
    return mentions, expected


def prepared_run(mentions: list[Mention], knowledge: Knowledge) -> _Run:
    """The matcher's state for ``mentions``' list items, as ``match_lists`` prepares it (no decisions)."""
    ms = sorted((m for m in mentions if m.kind is Kind.LIST), key=lambda m: (m.article, m.position, m.key))
    cons = _Constraints(tuple(range(len(ms))), frozenset(), {}, frozenset())
    return _prepare(ms, cons, DEFAULT_SETTINGS, knowledge)
