"""Whether a piece of an item is a post (``外交部長``, ``Foreign Minister``, ``Minister of …``), a post and a
name set apart by a colon, and what ends the name of a body or a place, never a person's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.portfolios import portfolio
from pipeline.lang.posts import (
    EN_TITLE_PHRASE_RE,
    EN_TITLE_RE,
    JA_TITLE_RE,
    OFFICE_END_RE,
    ROLE_WORDS,
    TITLE_WORDS,
)
from pipeline.lang.scripts import CJK, CJK_RE, KANA, WHITESPACE, fold_pattern
from pipeline.models import Attribute, AttributeKind
from sources.item_values import trim

# what ends the name of a body or a place, never a person's name: "顧問辦公室" is an office, not a person
PERSON_NAME_END_RE = re.compile(
    fold_pattern(r"[會署部處局院所組國省州市室辦館廳庫台團社盟心金約議網絡構制學行庭司業區島府委黨軍隊]$")
)


TITLE_RE = re.compile("|".join(TITLE_WORDS))
MAX_CJK_TITLE = 14  # characters of a title with the body it heads ("衛生及公共服務部長", "国土安全保障長官")
_CJK_TITLE_RE = re.compile(
    rf"[{CJK}{KANA}ー]{{0,{MAX_CJK_TITLE}}}(?:"
    + "|".join(sorted((*TITLE_WORDS, *ROLE_WORDS), key=len, reverse=True))
    + "|"
    + JA_TITLE_RE.pattern
    + ")"
)
# the areas of a ministry joined by 、 and a last 和 / 及 / 與 before its title noun, as Chinese prints the
# English ones ("甲、乙及丙事務大臣"): one post, whose 、 parts no names
CJK_AREAS_TITLE_RE = re.compile(
    rf"[{CJK}]{{1,4}}(?:、[{CJK}]{{1,4}})*、[{CJK}]{{1,4}}[和及与與][{CJK}]{{2,10}}"
)
MAX_EN_TITLE_WORDS = 8  # "Secretary of Housing and Urban Development"
# a Japanese minister's post standing alone, the ministry shortened before 相 ("外相", "経済産業相",
# "デジタル相") or named before 大臣
_MINISTER_POST_RE = re.compile(r"(?:[\u4e00-\u9fff]|[\u30a1-\u30fa\u30fc]){1,8}(?:相|大臣)")


@lru_cache(maxsize=8192)
def is_title(text: str) -> bool:
    """The whole of ``text`` is a title, never a name: ``財政部長``, ``国務長官``, ``外相``, ``Secretary of
    State``, ``defense secretary`` (a body's name before a title word and the words after it are part of
    it)."""
    t = text.strip(WHITESPACE)
    if not t:
        return False
    if re.search(f"[{CJK}{KANA}]", t):
        if CJK_AREAS_TITLE_RE.fullmatch(t):  # "甲、乙和丙大臣": the areas joined, then one title
            t = t.replace("、", "")
        if len(t) > MAX_CJK_TITLE:
            return _long_post_of_a_cjk_body(t)
        return _CJK_TITLE_RE.fullmatch(t) is not None or _MINISTER_POST_RE.fullmatch(t) is not None
    words = t.split()
    if not all(w[:1].isalpha() for w in words):
        return False
    if len(words) > MAX_EN_TITLE_WORDS:
        return _long_post_of_a_body(t, words)
    if EN_TITLE_PHRASE_RE.match(t) or EN_TITLE_RE.fullmatch(t) or _EN_BODIES_TITLE_RE.fullmatch(t):
        return True
    m = EN_TITLE_RE.match(t)  # "Secretary of State", "Minister for Foreign Affairs"
    return m is not None and re.match(r"\s+(?:of|for)\s", t[m.end() :]) is not None


MAX_CJK_BODY_TITLE = 32  # characters of a post with the body it heads named at length
_CJK_BODY_TITLE_RE = re.compile(
    rf"(?P<body>[{CJK}]{{{MAX_CJK_TITLE - 2},{MAX_CJK_BODY_TITLE}}}?)(?P<title>"
    + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    + ")"
)


def _long_post_of_a_cjk_body(t: str) -> bool:
    """A title word after the body it heads named at length, the body's name closed by an office's word
    (``甲國維護國家安全委員會秘書長``: 委員會, then 秘書長): a title longer than most, never a sentence."""
    m = _CJK_BODY_TITLE_RE.fullmatch(t) if len(t) <= MAX_CJK_BODY_TITLE else None
    return m is not None and OFFICE_END_RE.search(m["body"]) is not None


MAX_EN_BODY_TITLE_WORDS = 14  # "Director of the Office for Safeguarding National Security of the Central …"
_BODY_NAME_WORDS = frozenset("of the and for on in".split())


def _long_post_of_a_body(t: str, words: list[str]) -> bool:
    """A title noun and the body it heads named at length in capitalised words (``Director of the Aland
    and Borduria Affairs Office``): a title longer than most, never a sentence (no lower-case word but
    the particles of a name)."""
    m = EN_TITLE_RE.match(t)
    of = re.match(r"\s+(?:of|for)\s", t[m.end() :]) if m is not None else None
    if m is None or of is None or len(words) > MAX_EN_BODY_TITLE_WORDS:
        return False
    body = t[m.end() + of.end() :].split()
    return all(w[:1].isupper() or w in _BODY_NAME_WORDS for w in body)


# what parts a title from the name after it: a colon, or a spaced dash between Latin words ("Foreign
# minister – Jane Roe"),
# or a wide dash between Chinese words ("政務司司長－張三"), where Japanese may print the long vowel mark
# ("外相ー山田太郎氏": never a long vowel between two Chinese characters), or a slash ("外相/山田太郎")
_TITLE_COLON_RE = re.compile(
    rf"[：:＝]|(?<=[A-Za-z])\s+[-–—]\s+(?=[A-Z])|(?<=[{CJK}])(?:——|[－—ー/／])(?=[{CJK}])"
)
# the areas of a ministry, joined by commas and a last "and", before its title noun: "Economy, Trade and
# Industry Minister"
_EN_BODIES_TITLE_RE = re.compile(
    r"[A-Z][\w'’\-]*(?:,\s+[A-Z][\w'’\-]*)*,?\s+and\s+[A-Z][\w'’\-]*\s+(?i:" + EN_TITLE_RE.pattern + ")"
)


MAX_ROSTER_POST_CHARS = 24
_ROSTER_POST_RE = re.compile(rf"[{CJK}\u30a1-\u30fa\u30fc・、]+")


def _roster_post(text: str, start: int, end: int, sign: str) -> bool:
    """``総務＝山田太郎``, ``副総理、財務＝…``: in a Japanese roster the words before an equals sign are the
    post (or the posts) of the name after it, in whatever short form the paper prints them."""
    return (
        sign == "＝"
        and end - start <= MAX_ROSTER_POST_CHARS
        and _ROSTER_POST_RE.fullmatch(text, start, end) is not None
    )


def title_colon_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``國務卿：張三``, ``Secretary of State: Jane Roe``, ``Foreign minister – Jane Roe``: a title, a colon
    (or a spaced dash), then the name; the name starts after it and the title is its attribute. (start, ())
    when the words before it are no title."""
    m = _TITLE_COLON_RE.search(text, start, end)
    if m is None or _TITLE_COLON_RE.search(text, m.end(), end) is not None:
        return start, ()
    ts, te = trim(text, start, m.start())
    ns, ne = trim(text, m.end(), end)
    post = is_title(text[ts:te]) or is_portfolio(text[ts:te]) or _roster_post(text, ts, te, m.group(0))
    if te <= ts or ne <= ns or not post or is_title(text[ns:ne]) or is_portfolio(text[ns:ne]):
        return start, ()
    return ns, (Attribute(AttributeKind.TITLE, text[ts:te], "", ts, te),)


MAX_COLON_NAME_CHARS = 12  # characters of an East Asian name before a colon and its post


def name_colon_title(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``張三：保安局局長``, ``山田太郎：外務大臣``: an East Asian name, a colon, then the post; the name ends
    at the colon and the post is its attribute. (end, ()) when the words after it are no post, or the
    words before it are a post themselves (``國務卿：張三`` is read by ``title_colon_name``)."""
    m = _TITLE_COLON_RE.search(text, start, end)
    if m is None or not CJK_RE.search(text, start, end) or _TITLE_COLON_RE.search(text, m.end(), end):
        return end, ()
    ns, ne = trim(text, start, m.start())
    ts, te = trim(text, m.end(), end)
    name, post = text[ns:ne], text[ts:te]
    if not 0 < len(name) <= MAX_COLON_NAME_CHARS or re.search(r"[\d，,、。；;]", name) or te <= ts:
        return end, ()
    if is_title(name) or not is_title(post):
        return end, ()
    return ne, (Attribute(AttributeKind.TITLE, post, "", ts, te),)


MAX_PORTFOLIO_WORDS = 3
_PORTFOLIO_WORDS_RE = re.compile(r"[A-Za-z][a-z\-]*(?:\s+(?:[a-z][a-z\-]*|&))*")
_ARTICLE_RE = re.compile(r"(?i:an?|the)\b")


def is_portfolio(text: str) -> bool:
    """``foreign affairs``, ``finance``, ``Defence``: a few English words in lower case (the first may be
    capitalized) that name a minister's field with no title noun, as lists of posts print them
    (``Jane Roe – finance``, ``Finance: Jane Roe``); never a phrase with an article (``a defence firm``)."""
    t = text.strip(WHITESPACE)
    if not t or len(t.split()) > MAX_PORTFOLIO_WORDS or _ARTICLE_RE.match(t):
        return False
    return _PORTFOLIO_WORDS_RE.fullmatch(t) is not None and bool(portfolio(t))
