"""The person a paragraph or a line opens with, in the shapes ``people_paragraphs`` reads: a name and
the post after it (``張三，甲國內政部長。``, ``張三（甲國內政部長）：``, ``Jane Roe, the chief executive of
Aland Bank, who``, ``Jane Roe — Aland's interior minister.``), a post before the name
(``保安局局長張三：``), or a name alone on its line over a line opening with the post."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.births import AGE_RE
from pipeline.lang.leads import JA_HONORIFIC, RELATIVE_CLAUSE_RE
from pipeline.lang.posts import FORMER_POST_RE, TITLE_WORDS
from pipeline.lang.scripts import CJK, KANA, WHITESPACE, fold_pattern
from pipeline.models import AttributeKind
from sources.item_titles import is_title
from sources.items import split_item
from sources.layouts._lines import Line

MAX_CJK_POST = 32  # characters of a post after a name ("甲國政府駐乙市特別行政區某某公署署長")
MAX_EN_POST = 80  # characters of an English post ("the deputy governor of the Borduria central bank")

_EAST_NAME = rf"[{CJK}{KANA}ー·・]{{2,8}}?"
_EAST_HEAD_RES = (
    # 張三（甲國內政部長）：… , 山田太郎氏（甲国内務相） (tried first: the biography after the colon may
    # read as a post)
    re.compile(rf"(?P<name>{_EAST_NAME})[（(](?P<post>[^（）()]{{2,{MAX_CJK_POST}}})[）)](?=[：:。]|$)"),
    # 張三，甲國內政部長。… , 張三（Zhang San）：甲國內政部長。… : the post runs to the full stop (or to
    # the end of the line)
    re.compile(
        rf"(?P<name>{_EAST_NAME}(?:[（(][^（）()]{{1,40}}[）)])?)[，,、：:]"
        rf"(?P<post>[^，,。；;：:（）()「」\s]{{2,{MAX_CJK_POST}}})(?=。|$)"
    ),
)
_EN_NAME = r"[A-Z][a-z'’\-]+(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3}"
_EN_COMMA_RE = re.compile(rf"(?P<name>{_EN_NAME}),\s+(?P<post>[^,.;:()]{{3,{MAX_EN_POST}}})")
_EN_DASH_RE = re.compile(
    rf"(?P<name>{_EN_NAME})(?P<dash>\s+(?:[—–]|--)\s+)(?P<post>[^,.;:()]{{3,{MAX_EN_POST}}})"
)
_EN_STOP_RE = re.compile(r"\.(?:\s|$)|$")
# a name alone on its line: "Jane Roe", "張三", "山田太郎氏", "約翰·羅伊"
_NAME_LINE_RE = re.compile(
    rf"{_EN_NAME}|[{CJK}]{{2,4}}{JA_HONORIFIC}?|[{CJK}{KANA}ー]{{1,8}}[·・][{CJK}{KANA}ー·・]{{1,12}}"
)
_POST_LINE_RE = re.compile(rf"[^。.,，;；:：]{{2,{MAX_EN_POST}}}(?=。|\.(?:\s|$)|$)")
# 保安局局長張三：1961年出生… : the post, then the name, then a colon and the biography
_POST_NAME_RE = re.compile(rf"[{CJK}]{{4,{MAX_CJK_POST}}}?(?=[：:])")
# the shapes a run's people all share (the two East Asian ones are 0 and 1, in ``_EAST_HEAD_RES`` order)
EN_COMMA_SHAPE, EN_DASH_SHAPE, NAME_OVER_POST_SHAPE, POST_NAME_SHAPE = 2, 3, 4, 5
MAX_NAME_CHARS = 4  # a Chinese name after its post ("張三", "歐陽四")
# a post named at length ends with the title word its head holds ("…公署署長", "…委員會秘書長")
_TITLE_END_RE = re.compile("(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")$")


def _a_post(text: str) -> bool:
    return is_title(text) or _TITLE_END_RE.search(text) is not None


@dataclass(frozen=True, slots=True)
class Person:
    """One paragraph's person: the span of the name and post (the item), the biography after it, and
    the dash (or enumeration comma) that stands for the comma between them, if any (its span)."""

    start: int
    end: int
    bio: tuple[int, int]
    sep: tuple[int, int] | None
    shape: int
    post: tuple[int, int] | None = None  # the post on the line under a name alone on its line


def person_of(line: Line) -> Person | None:
    """The person ``line`` opens with, when the whole line is a name, a post and perhaps a biography."""
    text = line.text.rstrip(WHITESPACE)
    lead = len(text) - len(text.lstrip(WHITESPACE))
    for shape, pattern in enumerate(_EAST_HEAD_RES):
        if (m := pattern.match(text, lead)) is not None and _a_post(m["post"]):
            # "山田太郎、甲国内務相。": the enumeration comma stands for the comma between name and post
            sep = m.end("name")
            comma = (line.start + sep, line.start + sep + 1) if text[sep] == "、" else None
            return Person(line.start + lead, line.start + m.end(), _bio(line, m.end() + 1), comma, shape)
    if (m := _POST_NAME_RE.match(text, lead)) is not None and _post_then_name(text, lead, m.end()):
        return Person(line.start + lead, line.start + m.end(), _bio(line, m.end() + 1), None, POST_NAME_SHAPE)
    if (
        (m := _EN_COMMA_RE.match(text, lead)) is not None
        and _a_post(m["post"])
        and (RELATIVE_CLAUSE_RE.match(text[m.end() :]) or _EN_STOP_RE.match(text, m.end()))
    ):
        return Person(line.start + lead, line.start + m.end(), _bio(line, m.end() + 1), None, EN_COMMA_SHAPE)
    if (
        (m := _EN_DASH_RE.match(text, lead)) is not None
        and _a_post(m["post"])
        and _EN_STOP_RE.match(text, m.end())
    ):
        dash = (line.start + m.start("dash"), line.start + m.end("dash"))
        return Person(line.start + lead, line.start + m.end(), _bio(line, m.end() + 1), dash, EN_DASH_SHAPE)
    return None


def _post_then_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a post and the name of the person holding it, as the item parser reads it."""
    split = split_item(text, start, end)
    return (
        split.name_end == end
        and 2 <= split.name_end - split.name_start <= MAX_NAME_CHARS
        and [a.kind for a in split.attributes] == [AttributeKind.TITLE]
        and split.attributes[0].start == start
        and split.attributes[0].end == split.name_start
    )


def name_over_post(line: Line, below: Line | None) -> Person | None:
    """A name alone on ``line`` and its post opening the line ``below`` (then the biography)."""
    if below is None or not _NAME_LINE_RE.fullmatch(name := line.stripped):
        return None
    text = below.text.rstrip(WHITESPACE)
    lead = len(text) - len(text.lstrip(WHITESPACE))
    if (m := _POST_LINE_RE.match(text, lead)) is not None and is_title(m.group(0)):
        post_s, post_e = lead, m.end()
    elif (clause := _post_clause(text, lead)) is not None:  # "現年58歲，乙國財政部長，…": a later clause
        post_s, post_e = clause
    else:
        return None
    m_end = post_e
    start = line.start + line.text.index(name)
    post = (below.start + post_s, below.start + post_e)
    return Person(start, start + len(name), _bio(below, m_end + 1), None, NAME_OVER_POST_SHAPE, post)


# a clause of a Chinese or Japanese first sentence, and the word that says a post is held now ("現任")
_CLAUSE_RE = re.compile(r"[^，,、。；;]+")
_NOW_HOLDS_RE = re.compile(fold_pattern(r"^(?:現任|現為|現職|現在は)"))


def _sentence_end(text: str, at: int) -> int:
    end = text.find("。", at)
    return len(text) if end < 0 else end


def _post_clause(text: str, lead: int) -> tuple[int, int] | None:
    """The span of the first clause of the first East Asian sentence of ``text`` (from ``lead``) that is a
    post, after the clauses of an age or a former post (``現年58歲，乙國財政部長，…``, ``前將軍，現任乙國…
    主席``): the post's span, without the word that says it is held now; else None."""
    end = _sentence_end(text, lead)
    if AGE_RE.fullmatch(text[lead:end].strip(WHITESPACE)) and end < len(text):
        lead, end = end + 1, _sentence_end(text, end + 1)  # "58歳。乙国の財務相で…": the age alone first
    if not re.search(f"[{CJK}]", text[lead:end]):
        return None
    for m in _CLAUSE_RE.finditer(text, lead, end):
        s = m.start() + (now.end() if (now := _NOW_HOLDS_RE.match(m.group(0))) else 0)
        e = m.end() - (1 if m.group(0).endswith("で") else 0)  # "乙国の財務相で、…": the post, then で
        if is_title(text[s:e]) and not FORMER_POST_RE.match(text[s:e]):
            return s, e
    return None


def _bio(line: Line, at: int) -> tuple[int, int]:
    text = line.text.rstrip(WHITESPACE)
    at = min(at, len(text))
    return line.start + at, line.start + len(text)
