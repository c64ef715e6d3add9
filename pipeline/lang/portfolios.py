"""Portfolios: the field a minister's post heads, whatever the language and the wording, so that posts
printed in English, Chinese and Japanese compare (``Finance Minister``, ``Chancellor of the Exchequer``,
``財政部長``, ``财长``, ``財務相``, ``財務大臣`` are all ``finance``).

A post is read by the words that name its field, never by its title noun (``minister``, ``secretary``,
``部長``, ``大臣``, ``相``: a rank many posts share). One table of words per field, in English and in
Chinese characters (Simplified, with the Japanese forms of the characters OpenCC leaves as they are:
``経``, ``労``, ``総``); language knowledge, no names of bodies. A post naming several fields
(``Economy, Trade and Industry Minister``, ``经济产业相``) has them all; one naming none has no portfolio
and is never compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.scripts import simplified

# field -> (English words, Chinese and Japanese characters): matched anywhere in the post
_FIELDS: tuple[tuple[str, str, str], ...] = (
    (
        "foreign",
        r"\bforeign\b|\bexternal\s+affairs\b|^(?:u\.?s\.?\s+)?secretary\s+of\s+state$",
        "外交|外务|外長|外长|外相|国务卿|国务长官",
    ),
    ("finance", r"\bfinance\b|\bfinancial\b|\btreasury\b|\bexchequer\b", "财政|财务|财长|财相|蔵相|藏相"),
    ("defence", r"\bdefen[cs]e\b|\barmed\s+forces\b|\bmilitary\b", "国防|防卫|防衛|防务|防长|防相"),
    (
        "interior",
        r"\binterior\b|\bhome\s+(?:affairs|secretary|office|minister)\b|\binternal\s+affairs\b",
        "内政|内务|内相|総务|总务",
    ),
    ("justice", r"\bjustice\b|\battorney[\s-]+general\b|\blord\s+chancellor\b", "司法|法务|法相|律政"),
    ("health", r"\bhealth\b", "卫生|保健|厚生|健康"),
    ("education", r"\beducation\b|\bschools\b", "教育|文部|文科"),
    ("economy", r"\beconom(?:y|ic|ics)\b", "经济|経済|経財|经财"),
    ("trade", r"\btrade\b|\bcommerce\b|\bbusiness\b", "贸易|商务|通商|経産|经产|产业|商长"),
    ("labour", r"\blabou?r\b|\bemployment\b|\bwork\s+and\s+pensions\b", "劳动|労働|劳工|就业|厚労"),
    ("agriculture", r"\bagricultur\w*|\bfarming\b|\bfood\b|\brural\b", "农业|农林|农水|农相|粮食"),
    ("environment", r"\benvironment\w*|\bclimate\b", "环境|环保|气候"),
    ("transport", r"\btransport\w*|\binfrastructure\b", "交通|运输|国交"),
    ("energy", r"\benergy\b", "能源"),
    ("digital", r"\bdigital\b", "数字|数码|数位|デジタル"),
    ("housing", r"\bhousing\b", "住房|住宅"),
    ("culture", r"\bculture\b|\bcultural\b", "文化"),
    ("family", r"\bfamil(?:y|ies)\b|\bchildren\b", "家庭|儿童|こども"),
    ("development", r"\bdevelopment\b", "发展|開発|开发"),
    ("research", r"\bresearch\b|\bscience\b|\btechnology\b", "科学|科技|研究|技术"),
    ("cabinet", r"\bchief\s+cabinet\s+secretary\b|\bchief\s+of\s+staff\b", "官房长官|官房長官|幕僚长"),
)
# the head of a government and its deputy: fields of their own
_HEAD_EN_RE = re.compile(
    r"\b(?:prime\s+minister|premier|(?<!lord )chancellor)\b(?!\s+of\s+the\s+exchequer)", re.I
)
_HEAD_ZH_RE = re.compile(r"总理|首相")
DEPUTY_RE = re.compile(r"\b(?:deputy|vice)\b|副", re.I)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((field, re.compile(en, re.I), re.compile(zh)) for field, en, zh in _FIELDS)


@lru_cache(maxsize=4096)
def portfolio(post: str) -> frozenset[str]:
    """The fields a minister's post heads (``finance``, ``foreign``…), empty when it names none."""
    text = " ".join(post.split())
    zh = simplified(text)
    found = {field for field, en, cjk in _compiled() if en.search(text) or cjk.search(zh)}
    if _HEAD_EN_RE.search(text) or _HEAD_ZH_RE.search(zh):
        found.add("deputy head" if DEPUTY_RE.search(text) else "head")
    return frozenset(found)


# the head of a state, as a post names it (a president, a monarch), apart from the head of its government
# (``_HEAD_EN_RE``, ``_HEAD_ZH_RE``: a prime minister, a premier)
_STATE_HEAD_EN_RE = re.compile(r"^(?:the\s+)?(?:president|king|queen|emir|sultan)$", re.I)
_STATE_HEAD_ZH_RE = re.compile(r"^(?:总统|国家主席|国王|女王|大统领|国家元首)$")
_GOVERNMENT_HEAD_RE = re.compile(r"^(?:总理|首相|総理|prime\s+minister|premier)$", re.I)


def head_of(post: str) -> str:
    """``state`` when ``post`` is wholly a head of state's (``President``, ``總統``, ``国王``),
    ``government`` when it is wholly a head of government's (``Prime Minister``, ``總理``, ``首相``), else
    ``""`` (a deputy's, a minister's, a party's, or words no list here knows)."""
    text = simplified(" ".join(post.split()))
    if _STATE_HEAD_EN_RE.match(text) or _STATE_HEAD_ZH_RE.match(text):
        return "state"
    return "government" if _GOVERNMENT_HEAD_RE.match(text) else ""
