"""The one item parser's first step: cut the values and attributes off a list item's text.

A list item is a name, possibly with values (``Ruritania: 46%``, ``甲國 90% 46%``, ``乙國49%``) and, for
people, attributes (``Kenneth Roth, executive director, Human Rights Watch``,
``國家民主基金會主席葛胥曼``, ``Josh Hawley (R-Mo.)``). A value or an attribute is never part of the name:
``split_item`` returns the name's span and the rest as records with absolute offsets; the names
themselves (Chinese / English / acronym / aliases / note) are read from the name span by
``sources.layouts._item.parse_item``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.cues import (
    APPOINT_VERB_ZH,
    EN_POST_BEFORE_NAME_RE,
    EN_TITLE_PHRASE_RE,
    EN_TITLE_RE,
    JA_APPOINT_TAIL_RE,
    JA_TITLE_RE,
    PORTFOLIO_TITLE_RE,
    TITLE_WORDS,
)
from pipeline.lang.scripts import CJK, KANA, NAME_DOTS, WHITESPACE, fold_pattern
from pipeline.lang.values import (
    AMOUNT_VERB_RE,
    DASH_BEFORE_NUMBER_RE,
    DATE_AFTER_COLON_RE,
    bracketed_numbers,
    change_sign,
    dashed_numbers,
    find_values,
    labelled_numbers,
)
from pipeline.models import Attribute, AttributeKind, Value

SEPARATORS = WHITESPACE + "：:，,；;、-–—=→>/|（）()"
MAX_LABEL_CHARS = 16
_CLOSE_RE = re.compile(r"[)）]")
_TAG_RE = re.compile(r"[(（]\s*[A-Z]\s*[-–]\s*[A-Z][A-Za-z.]{0,8}\s*[)）]")
MAX_CJK_PERSON_NAME = 14  # characters of a transliterated name with its dots ("馬姆·曼迪亞耶·尼昂")
_NATIONALITY_RE = re.compile(r"[籍]$|国籍$|國籍$|出身$")
_NAME_CHARS = f"{CJK}{KANA}{NAME_DOTS}"
_TITLE_BEFORE_NAME_RE = re.compile(
    "(?:"
    + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    + ")"
    # what the post covers, in parentheses after it: "助理部長（東亞事務）張三"
    + rf"(?:[（(][{CJK}、和及與与]{{1,16}}[）)])?"
    + rf"(?=[{_NAME_CHARS}]{{2,{MAX_CJK_PERSON_NAME}}}$|[{_NAME_CHARS}]+[-‐－][{_NAME_CHARS}]+$)"
)
_JA_TITLE_BEFORE_NAME_RE = re.compile(JA_TITLE_RE.pattern + rf"(?=\s*[{CJK}{KANA}{NAME_DOTS}\s]{{2,12}}$)")
# what ends the name of a body or a place, never a person's name: "顧問辦公室" is an office, not a person
PERSON_NAME_END_RE = re.compile(
    fold_pattern(r"[會署部處局院所組國省州市室辦館廳庫台團社盟心金約議網絡構制學行庭司業區島府委黨軍隊]$")
)


@dataclass(frozen=True, slots=True)
class ItemSplit:
    name_start: int
    name_end: int
    values: tuple[Value, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    # an English name printed among the attributes: ``張三（Zhang San，法官）``
    english: tuple[int, int] | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SEPARATORS and text[start] not in "（(":
        start += 1
    while end > start and text[end - 1] in SEPARATORS and text[end - 1] not in "）)":
        end -= 1
    # a parenthesis left open or empty by a cut value
    while end > start and text[end - 1] in "（(":
        end -= 1
        while end > start and text[end - 1] in SEPARATORS and text[end - 1] not in "）)":
            end -= 1
    return start, end


def _label(text: str, lo: int, hi: int) -> str:
    """The words just before a value, when they read as its label (``April: 46%``, ``原稅率46%``)."""
    between = text[lo:hi].strip(SEPARATORS)
    if not between or len(between) > MAX_LABEL_CHARS or any(c in between for c in "，,；;、"):
        return ""
    return between


def _labelled_values(text: str, start: int, end: int) -> tuple[Value, ...]:
    """The plain numbers after a name, each under its label glued before it (``金40　銀44``), joined by
    hyphens (``40-44-42 (126)``, no labels), or a total and its parts in parentheses, each with its label
    (``183 (64 members, 119 others)``)."""
    span = text[start:end]
    found = labelled_numbers(span) or [("", f) for f in dashed_numbers(span)] or bracketed_numbers(span)
    return tuple(Value(f.raw, f.number, f.unit, label, start + f.start, start + f.end) for label, f in found)


def _values(text: str, start: int, end: int, name_end: int) -> tuple[Value, ...]:
    out: list[Value] = []
    cursor = name_end
    for f in find_values(text[start:end]):
        a, b = start + f.start, start + f.end
        label = _label(text, cursor, a) if cursor < a else ""
        number = f.number
        if number is not None and number > 0 and change_sign(label, text[b:end]) < 0:
            number = -number  # "減持118億", "down $11.8 billion", "118億ドル減": a fall
        out.append(Value(f.raw, number, f.unit, label, a, b, f.low, f.high))
        cursor = b
    return tuple(out)


# an English title abbreviated before a name: "Sens. Jane Roe", "Dr. John Doe"
# what ends a company's or a body's name, not a person's: "General Electric Company", "Acme Corp"
_NOT_A_PERSON_RE = re.compile(
    r"\b(?:Inc|Co|Corp|Ltd|LLC|Group|Company|Corporation|Bank|Ministry|Agency|Council|Court|Office)\b\.?$"
)


def _en_post_before_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Foreign Minister Jane Roe``, ``intelligence chief Peter Smith``: the post before an English name
    of two to four capitalized words (a company's name, ``General Electric Company``, is left whole)."""
    m = EN_POST_BEFORE_NAME_RE.fullmatch(text, start, end)
    if m is None or _NOT_A_PERSON_RE.search(m.group("name")):
        return start, ()
    title = Attribute(AttributeKind.TITLE, m.group("title"), "", m.start("title"), m.end("title"))
    return m.start("name"), (title,)


_HONORIFIC_RE = re.compile(
    r"(?:Sens?|Reps?|Gov|Gens?|Lt|Col|Capt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Hon)\.\s+(?=[A-Z])"
)

# what separates an English name from its title and the rest: a comma, or a spaced dash
_EN_ATTRIBUTE_SEP_RE = re.compile(r",|\s[—–-]\s")


_OF_WHAT_RE = re.compile(r"\s+(?:of|for|to|at|in)\s+.*$", re.DOTALL)


def _en_title(piece: str) -> bool:
    """A title: ``deputy prosecutor``, ``Minister of Interior``, or a few words ending in one
    (``interior minister``, ``army commander``)."""
    piece = piece.strip()
    head = _OF_WHAT_RE.sub("", piece)  # "foreign minister of Borduria": the post before what it serves
    return (
        EN_TITLE_RE.match(piece) is not None
        or EN_TITLE_PHRASE_RE.match(piece) is not None
        or EN_TITLE_PHRASE_RE.match(head) is not None
    )


# "a judge from Aland", "the deputy prosecutor of the court", up to a relative clause or the end
_TITLE_AND_PLACE_RE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<title>[A-Za-z][\w\s'’\-]*?)\s+(?P<link>from|of|at)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)"
    r"(?:\s*[,;]?\s+(?:who|which|that|whose)\b.*)?[.;]?$"
)


def _title_and_place(text: str, start: int, end: int) -> tuple[Attribute, ...]:
    """``a judge from Aland who led …``: the title, and the place (``from``) or body (``of``, ``at``)
    it comes with; () when the words are not a title so followed."""
    m = _TITLE_AND_PLACE_RE.fullmatch(text, start, end)
    if m is None or not _en_title(m.group("title")) or not m.group("place")[:1].isupper():
        return ()
    kind = AttributeKind.OTHER if m.group("link").casefold() == "from" else AttributeKind.ORGANIZATION
    return (
        Attribute(AttributeKind.TITLE, m.group("title"), "", m.start("title"), m.end("title")),
        Attribute(kind, m.group("place"), "", m.start("place"), m.end("place")),
    )


def _english_attributes(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Name, title, organization`` (or ``Name — title, organization``): the pieces after the name,
    starting with a title."""
    segment = text[start:end]
    if re.search(f"[{CJK}{KANA}]", segment) or _EN_ATTRIBUTE_SEP_RE.search(segment) is None:
        return end, ()
    cuts = [0, *(x for m in _EN_ATTRIBUTE_SEP_RE.finditer(segment) for x in m.span()), len(segment)]
    pieces = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2) if cuts[k + 1] > cuts[k]]
    if len(pieces) < 2:
        return end, ()
    first_title = next((k for k, (a, b) in enumerate(pieces) if k > 0 and _en_title(segment[a:b])), None)
    first_told = next((k for k, (a, b) in enumerate(pieces) if k > 0 and _nominee_piece(segment[a:b])), None)
    if first_told is not None and (first_title is None or first_told < first_title):
        return _nominee_attributes(text, start, [(start + a, start + b) for a, b in pieces], first_told)
    if first_title is None:
        return _described_after_comma(text, start, [(start + a, start + b) for a, b in pieces])
    attrs: list[Attribute] = []
    for k, (a, b) in enumerate(pieces[first_title:], start=first_title):
        s, e = _trim(text, start + a, start + b)
        if e <= s:
            continue
        if k == first_title and (described := _title_and_place(text, s, e)):
            attrs.extend(described)  # "a judge from Aland who …": the title, and where from
            continue
        kind = (
            AttributeKind.TITLE
            if k == first_title or EN_TITLE_RE.match(text[s:e])
            else AttributeKind.ORGANIZATION
        )
        attrs.append(Attribute(kind, text[s:e], "", s, e))
    name_end = _trim(text, start, start + pieces[first_title][0])[1]
    return name_end, tuple(attrs)


# what a name is, said after a comma with an article and a few words in lower case: ", a shipbuilder"
_A_DESCRIPTION_RE = re.compile(r"(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}")
_CAPITALIZED_NAME_RE = re.compile(r"[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*)*")


def _described_after_comma(
    text: str, start: int, pieces: list[tuple[int, int]]
) -> tuple[int, tuple[Attribute, ...]]:
    """``Borduria Heavy Industries Ltd, a shipbuilder``: a name in capitalized words, then after its one
    comma what it is (an article and a few words in lower case), an attribute; else no attributes."""
    if len(pieces) != 2:
        return pieces[-1][1], ()
    (ns, ne), (ds, de) = (_trim(text, a, b) for a, b in pieces)
    if not _CAPITALIZED_NAME_RE.fullmatch(text, ns, ne) or not _A_DESCRIPTION_RE.fullmatch(text, ds, de):
        return pieces[-1][1], ()
    return ne, (Attribute(AttributeKind.OTHER, text[ds:de], "", ds, de),)


# the pieces that tell what a person named before them is, in a wire's list of nominees: an age ("44"), the
# post ("for defense secretary"), a description ("a former host", "the governor of Aland")
_AGE_RE = re.compile(r"\s*\d{1,3}\s*")
_FOR_POST_RE = re.compile(r"\s*(?:as|for)\s+(?:the\s+)?")
_DESCRIPTION_RE = re.compile(r"\s*(?:a|an|the)\s+[a-z]")


def _nominee_piece(piece: str) -> bool:
    """An age, or ``for`` and a post: what only follows a person's name."""
    post = _FOR_POST_RE.match(piece)
    return _AGE_RE.fullmatch(piece) is not None or (post is not None and is_title(piece[post.end() :]))


def _nominee_attributes(
    text: str, start: int, pieces: list[tuple[int, int]], first: int
) -> tuple[int, tuple[Attribute, ...]]:
    """``Jane Roe, 44, a former host, for defense secretary``: the name, then its age, a description
    (or a title and the place or body it comes with) and the post it is named for. Where a piece is none
    of these, the name is not so told: (end, ())."""
    attrs: list[Attribute] = []
    for a, b in pieces[first:]:
        s, e = _trim(text, a, b)
        piece = text[s:e]
        post = _FOR_POST_RE.match(piece)
        if _AGE_RE.fullmatch(piece):
            attrs.append(Attribute(AttributeKind.OTHER, piece, "", s, e))
        elif post is not None and is_title(piece[post.end() :]):
            attrs.append(Attribute(AttributeKind.TITLE, piece[post.end() :], "", s + post.end(), e))
        elif described := _title_and_place(text, s, e):
            attrs.extend(described)
        elif _DESCRIPTION_RE.match(piece) or _en_title(piece):
            attrs.append(Attribute(AttributeKind.OTHER, piece, "", s, e))
        else:
            return pieces[-1][1], ()
    return _trim(text, start, pieces[first][0])[1], tuple(attrs)


# the state or body whose post it is, before the post: "Borduria's", "the Aland Bank's"
_POSSESSOR_RE = re.compile(r"^(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['’]s\s+(?=[a-z])")
_PAREN_TAIL_RE = re.compile(r"\s*[(（]([^()（）]+)[)）]\s*$")


def _english_attributes_in_parentheses(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Jane Roe (Deputy Prosecutor, Carpathia)``: a title, then organizations, in parentheses after an
    English name (``Borduria (Bordurie)`` holds no title: another name, not attributes)."""
    m = _PAREN_TAIL_RE.search(text, start, end)
    if m is None or m.start() == start or re.search(f"[{CJK}{KANA}]", text[start:end]):
        return end, ()
    first = text[m.start(1) : m.end(1)].split(",")[0].strip()
    first = _POSSESSOR_RE.sub("", first, count=1)  # "Carpathia's ambassador to Borduria"
    if not (EN_TITLE_RE.match(first) or _en_title(first)):
        return end, ()  # the first piece is no title ("defence minister" is one)
    attrs, at = [], m.start(1)
    for k, piece in enumerate(text[m.start(1) : m.end(1)].split(",")):
        s, e = _trim(text, at, at + len(piece))
        at += len(piece) + 1
        if e > s:
            title = k == 0 or EN_TITLE_RE.match(text[s:e]) is not None
            kind = AttributeKind.TITLE if title else AttributeKind.ORGANIZATION
            attrs.append(Attribute(kind, text[s:e], "", s, e))
    return m.start(), tuple(attrs)


MAX_POST_HEAD = 8


def _heads_post(piece: str, title: str) -> bool:
    """The words before a title are part of the post: they and the title's first character name what it
    heads (``財政`` of 財政部長, ``農業`` of 農業部長), or they name it without naming a body
    (``國土安全`` of 國土安全顧問); short, all Chinese characters, no nationality."""
    return (
        0 < len(piece) <= MAX_POST_HEAD
        and re.fullmatch(f"[{CJK}]+", piece) is not None
        and _NATIONALITY_RE.search(piece) is None
        and (
            PERSON_NAME_END_RE.search(title[:1]) is not None
            or PERSON_NAME_END_RE.search(piece) is None
            or PORTFOLIO_TITLE_RE.fullmatch(title) is not None
        )
    )


# the name's other spelling in parentheses at the end of an item ("局長張三（Jane Roe）"): no part of the
# words the title is looked for in
_OTHER_NAME_AT_END_RE = re.compile(rf"[（(][^（）(){CJK}]+[）)]$")


# the rank before a title word, part of the title: "副主任", "常務副主任", "署理局長"
_TITLE_RANK_RE = re.compile(fold_pattern(r"(?:(?:常務|執行|第一)?副|署理|代理)$"))


def _title_before_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``[organization]title name`` in Chinese or Japanese: the name is what follows the last title word
    (with its other spelling in parentheses after it, ``局長張三（Jane Roe）``)."""
    while end > start and text[end - 1] in "。；;，,":  # the full stop of the list's last line
        end -= 1
    other = _OTHER_NAME_AT_END_RE.search(text, start, end)
    segment = text[start : other.start() if other is not None and other.start() > start else end]
    for pattern in (_TITLE_BEFORE_NAME_RE, _JA_TITLE_BEFORE_NAME_RE):
        matches = list(pattern.finditer(segment))
        m = matches[-1] if matches else None
        if m is None or not m.group(0):
            continue
        name = segment[m.end() :].strip()
        if PERSON_NAME_END_RE.search(name) and not (len(name) <= 3 and name[-1] in "國国"):
            continue  # a body after the title, but "局長林建國": a given name may end in 國
        if name[:1] in "國国":
            continue  # "甲首長國聯邦": a title word and 國 make the name of a state (an emirate), not a post
        attrs = []
        rank = _TITLE_RANK_RE.search(segment, 0, m.start())  # "常務副主任": the rank is part of the title
        title_s = rank.start() if rank is not None else m.start()
        org_s, org_e = _trim(text, start, start + title_s)
        if _heads_post(text[org_s:org_e], m.group(0)):
            # "財政部長": what the title heads is part of the post, not a body of its own
            title = Attribute(AttributeKind.TITLE, text[org_s : start + m.end()], "", org_s, start + m.end())
            return start + m.end(), (title,)
        if org_e - org_s >= 2:  # the body the person belongs to, or a nationality ("甲國籍")
            kind = (
                AttributeKind.OTHER
                if _NATIONALITY_RE.search(text[org_s:org_e])
                else AttributeKind.ORGANIZATION
            )
            attrs.append(Attribute(kind, text[org_s:org_e], "", org_s, org_e))
        title_span = (start + title_s, start + m.end())
        attrs.append(Attribute(AttributeKind.TITLE, segment[title_s : m.end()], "", *title_span))
        return start + m.end(), tuple(attrs)
    return start, ()


# where a person is from, glued before the name with no title after it ("甲國籍張三", "乙國籍約翰·羅伊")
_FROM_BEFORE_NAME_RE = re.compile(rf"[{CJK}]{{1,8}}?籍(?=[{CJK}{KANA}{NAME_DOTS}]{{2}})")


def _nationality_before_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    m = _FROM_BEFORE_NAME_RE.match(text, start, end)
    if m is None:
        return start, ()
    return m.end(), (Attribute(AttributeKind.OTHER, m.group(0), "", m.start(), m.end()),)


_TITLE_RE = re.compile("|".join(TITLE_WORDS))
MAX_CJK_TITLE = 14  # characters of a title with the body it heads ("衛生及公共服務部長", "国土安全保障長官")
_CJK_TITLE_RE = re.compile(
    rf"[{CJK}{KANA}ー]{{0,{MAX_CJK_TITLE}}}(?:"
    + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    + "|"
    + JA_TITLE_RE.pattern
    + ")"
)
MAX_EN_TITLE_WORDS = 8  # "Secretary of Housing and Urban Development"
# a Japanese minister's post standing alone, the ministry shortened before 相 ("外相", "経済産業相")
_MINISTER_POST_RE = re.compile(r"[\u4e00-\u9fff]{1,6}相")


def is_title(text: str) -> bool:
    """The whole of ``text`` is a title, never a name: ``財政部長``, ``国務長官``, ``外相``, ``Secretary of
    State``, ``defense secretary`` (a body's name before a title word and the words after it are part of
    it)."""
    t = text.strip(WHITESPACE)
    if not t:
        return False
    if re.search(f"[{CJK}{KANA}]", t):
        return len(t) <= MAX_CJK_TITLE and (
            _CJK_TITLE_RE.fullmatch(t) is not None or _MINISTER_POST_RE.fullmatch(t) is not None
        )
    words = t.split()
    if len(words) > MAX_EN_TITLE_WORDS or not all(w[:1].isalpha() for w in words):
        return False
    if EN_TITLE_PHRASE_RE.match(t) or EN_TITLE_RE.fullmatch(t) or _EN_BODIES_TITLE_RE.fullmatch(t):
        return True
    m = EN_TITLE_RE.match(t)  # "Secretary of State", "Minister for Foreign Affairs"
    return m is not None and re.match(r"\s+(?:of|for)\s", t[m.end() :]) is not None


# what parts a title from the name after it: a colon, or a spaced dash between Latin words ("Foreign
# minister – Jane Roe")
_TITLE_COLON_RE = re.compile(r"[：:＝]|(?<=[A-Za-z])\s+[-–—]\s+(?=[A-Z])")
# the areas of a ministry, joined by commas and a last "and", before its title noun: "Economy, Trade and
# Industry Minister"
_EN_BODIES_TITLE_RE = re.compile(
    r"[A-Z][\w'’\-]*(?:,\s+[A-Z][\w'’\-]*)*,?\s+and\s+[A-Z][\w'’\-]*\s+(?i:" + EN_TITLE_RE.pattern + ")"
)


def _title_colon_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``國務卿：張三``, ``Secretary of State: Jane Roe``, ``Foreign minister – Jane Roe``: a title, a colon
    (or a spaced dash), then the name; the name starts after it and the title is its attribute. (start, ())
    when the words before it are no title."""
    m = _TITLE_COLON_RE.search(text, start, end)
    if m is None or _TITLE_COLON_RE.search(text, m.end(), end) is not None:
        return start, ()
    ts, te = _trim(text, start, m.start())
    ns, ne = _trim(text, m.end(), end)
    if te <= ts or ne <= ns or not is_title(text[ts:te]) or is_title(text[ns:ne]):
        return start, ()
    return ns, (Attribute(AttributeKind.TITLE, text[ts:te], "", ts, te),)


MAX_CJK_ATTRIBUTE = 14  # characters of an attribute after a comma (``烏干達籍``, ``副檢察官``)
_TITLE_AFTER_NAME_RE = re.compile(
    rf"(?<=[{CJK}{KANA}{NAME_DOTS}A-Za-z])(?:"
    + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    + "|"
    + JA_TITLE_RE.pattern
    + r")$"
)


def _top_level_commas(segment: str) -> list[tuple[int, int]]:
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(segment):
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
        elif ch in "，," and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(segment)))
    return spans


# a dash that parts an East Asian name from what follows it, as a comma would: "張三·李四 — 法官"
_CJK_DASH_RE = re.compile(
    r"——|(?<=\s)[—–－-](?=\s)"
    # a wide dash between a name and a post, unspaced: "張三－外交部長"
    + rf"|(?<=[{CJK}])[—－](?=[{CJK}]{{0,{MAX_CJK_TITLE}}}(?:{'|'.join(TITLE_WORDS)})$)"
)


_NATIONALITY_THEN_TITLE_RE = re.compile(rf"(?P<from>[{CJK}]{{1,8}}籍)(?:{'|'.join(TITLE_WORDS)})$")


MAX_CJK_POST = 32  # a post after a comma, with the bodies it heads ("甲國政府駐乙市特別行政區某某公署署長")
# a post's title word at the end of a piece, and what parentheses after it say ("助理處長（國家安全）")
_POST_AT_END_RE = re.compile(
    "(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")" + r"(?:\s*[（(][^（）()]{1,12}[）)])?$"
)


def _attribute_limit(piece: str) -> int:
    """How long a piece after a name's comma may be: a post ending in its title word names the bodies it
    heads at length; anything else is short."""
    return MAX_CJK_POST if _POST_AT_END_RE.search(piece.strip(WHITESPACE + "。；;")) else MAX_CJK_ATTRIBUTE


def _cjk_attributes(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``張三（Jane Roe），甲國籍，法官`` or ``李四 — 法官，乙國籍``: short comma (or
    dash) pieces after an East Asian name."""
    segment = text[start:end]
    if not re.search(f"[{CJK}{KANA}]", segment):
        return end, ()
    pieces = _top_level_commas(_CJK_DASH_RE.sub(lambda m: "，" + " " * (len(m.group(0)) - 1), segment))
    rest = pieces[1:]
    if (
        not rest
        or len(rest) > 3
        or any(not 0 < len(segment[a:b].strip()) <= _attribute_limit(segment[a:b]) for a, b in rest)
    ):
        return end, ()
    attrs = []
    for a, b in rest:
        s, e = _trim(text, start + a, start + b)
        e -= text[s:e].endswith("。")  # the full stop of the list's last line ("乙國籍法官。")
        title = _TITLE_RE.search(text[s:e]) or JA_TITLE_RE.search(text[s:e])
        nationality = _NATIONALITY_THEN_TITLE_RE.match(text, s, e)
        if nationality is not None:  # "甲國籍法官": where from, then the title
            cut = nationality.end("from")
            attrs.append(Attribute(AttributeKind.OTHER, text[s:cut], "", s, cut))
            attrs.append(Attribute(AttributeKind.TITLE, text[cut:e], "", cut, e))
            continue
        kind = AttributeKind.TITLE if title else AttributeKind.OTHER
        attrs.append(Attribute(kind, text[s:e], "", s, e))
    return _trim(text, start, start + pieces[0][1])[1], tuple(attrs)


# a Japanese honorific after a name ("アランド・ボルド氏"): no part of the name
# an honorific ending the name, a note in parentheses after it or not ("山田太郎氏（56）")
_JA_HONORIFIC_RE = re.compile(r"(?:氏|さん|様)(?=\s*(?:[（(][^（）()]*[）)]\s*)?$)")
_KANJI_PERSON_RE = re.compile(f"[{CJK}]{{2,5}}")  # a Japanese person's name in kanji before an honorific
_KANA_NAME_RE = re.compile(f"[{KANA}]")
_CJK_PAREN_RE = re.compile(r"[（(]([^（）()]+)[）)]\s*$")


ENGLISH_NAME = "english name"  # the label of an attribute that is the person's English name
_EN_PERSON_NAME_RE = re.compile(r"[A-Z][a-z'’\-]+(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.))*\s+[A-Z][a-z'’\-]+")


def _cjk_parenthesized(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``アランド・ボルド氏（カルパチア、判事）``, ``張三（甲國，法官）``: what the person is, in parentheses
    after an East Asian name, one piece a title or the name closed by an honorific (``ボルド氏（投資家）``);
    the honorific left out of the name. A parenthesis without either (``甲國（Aland）``) is another name,
    not attributes."""
    m = _CJK_PAREN_RE.search(text, start, end)
    if m is None or m.start() - start < 2 or not re.search(f"[{CJK}{KANA}]", text[start : m.start()]):
        return end, ()
    attrs: list[Attribute] = []
    at = m.start(1)
    for piece in re.split("[、，,]", m.group(1)):
        s, e = _trim(text, at, at + len(piece))
        at += len(piece) + 1
        if e > s and not attrs and _EN_PERSON_NAME_RE.fullmatch(text, s, e) and not is_title(text[s:e]):
            attrs.append(Attribute(AttributeKind.OTHER, text[s:e], ENGLISH_NAME, s, e))
        elif e > s:
            title = _TITLE_RE.search(text[s:e]) or JA_TITLE_RE.search(text[s:e])
            attrs.append(
                Attribute(AttributeKind.TITLE if title else AttributeKind.OTHER, text[s:e], "", s, e)
            )
    name_end = _trim(text, start, m.start())[1]
    honorific = _JA_HONORIFIC_RE.search(text, start, name_end)
    # after an honorific ("ジェーン・ロウ氏（投資家）") the parenthesis says what the person is, title or not
    if not any(a.kind is AttributeKind.TITLE for a in attrs) and honorific is None:
        return end, ()
    return (honorific.start() if honorific and honorific.start() - start >= 2 else name_end), tuple(attrs)


# a katakana name then a post in kanji: "ジェーン・ロー外相", "ピーター・スミス情報長官" (the post
# starts where the name's katakana ends, and ends in a word of office)
_KANA_NAME_KANJI_POST_RE = re.compile(
    r"(?<=[\u30a1-\u30fa\u30fc])[\u4e00-\u9fff]{0,8}(?:相|官|長|総裁|大臣|大使|議員|判事|検事|代表|委員|顧問|特使)$"
)


_TITLE_AT_END_RE = re.compile(
    "(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + "|" + JA_TITLE_RE.pattern + ")$"
)
MAX_POST_CHARS = 20  # a post after a name, with the body it heads ("国家安全維持委員会秘書長")
# a name in Chinese characters, then its post after a middle dot or after the name's reading in
# parentheses: "張三・外務事務局長", "張三（ジェーン・ロウ）外務局長"
_NAME_THEN_POST_RE = re.compile(
    rf"(?P<name>[{CJK}]{{2,4}})(?:(?P<dot>・)|(?P<reading>[（(][^（）()]+[）)])|[ \u3000]+)"
    rf"(?P<post>[{CJK}{KANA}ー]{{2,{MAX_POST_CHARS}}})$"
)
# after a middle dot, a post names the office it heads at length ("政制内地事務局長"): a Chinese
# transliteration's dot parts the names of one person ("約翰・羅伊部長" is John Roe, minister)
MIN_DOTTED_POST_HEAD = 4


def _name_then_post(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``張三・外務事務局長``, ``張三（ジェーン・ロウ）外務局長``, ``張三　律政司司長``: a Chinese-character
    name and the post after it (ending in a title word), parted by a middle dot, by the reading in
    parentheses or by spaces; the name keeps its reading (another name of the person)."""
    s, e = _trim(text, start, end)
    m = _NAME_THEN_POST_RE.fullmatch(text, s, e)
    title_word = _TITLE_AT_END_RE.search(m.group("post")) if m is not None else None
    if m is None or title_word is None:
        return end, ()
    if m.group("dot") and title_word.start() < MIN_DOTTED_POST_HEAD:
        return end, ()
    title = Attribute(AttributeKind.TITLE, m.group("post"), "", m.start("post"), m.end("post"))
    return (m.end("reading") if m.group("reading") else m.end("name")), (title,)


def _title_after_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``キンバリー・プロスト判事``, ``霍勒法官``: a title word ending an East Asian name."""
    segment = text[start:end]
    paren = segment.find("（") if "（" in segment else segment.find("(")
    core_end = start + paren if paren > 0 else end
    m = _KANA_NAME_KANJI_POST_RE.search(text, start, core_end) or _TITLE_AFTER_NAME_RE.search(
        text, start, core_end
    )
    if m is None or m.start() - start < 2 or not re.search(f"[{CJK}{KANA}]", segment):
        return end, ()
    if PERSON_NAME_END_RE.search(text[start : m.start()]):
        return end, ()
    post = _glued_post_start(text, start, m.start(), m.group(0))
    title = Attribute(AttributeKind.TITLE, text[post : m.end()], "", post, m.end())
    rest: tuple[Attribute, ...] = ()
    if paren > 0:
        ps, pe = _trim(text, core_end, end)
        inner_s, inner_e = ps + 1, pe - 1 if text[pe - 1] in "）)" else pe
        if inner_e > inner_s:
            rest = (Attribute(AttributeKind.OTHER, text[inner_s:inner_e], "", inner_s, inner_e),)
    return post, (title, *rest)


# a title word naming the head of an office, which the office's name comes before ("警務処長", "司法長官")
_OFFICE_HEAD_RE = re.compile(fold_pattern(r"^[前元副]?(?:(?:局|處|処|署|司|廳|庁)長|長官|大臣)$"))
POST_HEAD_CHARS = 2  # the office's name glued before its head's title: "警務", "司法", "保安"
MAX_GLUED_NAME = 4  # a Chinese-character name: two to four characters ("甲乙丙丁")


def _glued_post_start(text: str, start: int, title_start: int, title: str) -> int:
    """``張三丰警務処長``, ``張三丰前警務処長``: where a post glued after a Chinese-character name starts,
    as Japanese lists print it: the head of an office's title takes the office's two-character name
    before it (and 前, 元 or 副 before that), when a name of two to four characters is left."""
    before = text[start:title_start]
    if not _OFFICE_HEAD_RE.match(title) or not re.fullmatch(f"[{CJK}]+", before):
        return title_start
    cut = title_start - POST_HEAD_CHARS
    if text[cut - 1 : cut] in "前元副" and cut - 1 - start >= 2:
        cut -= 1
    return cut if 2 <= cut - start <= MAX_GLUED_NAME else title_start


# words that make "X of Y" one name (a body or a state), not a person "of" a country
BODY_WORD_RE = re.compile(
    r"\b(?:Council|Commission|Committee|Organi[sz]ation|Fund|Programme|Program|Agency|Assembly|Union|Forum|Bank"
    r"|Office|Secretariat|Conference|Institute|Alliance|Board|Court|Tribunal|Group|Panel|Network|Centre|Center"
    r"|Association|Federation|Republic|Kingdom|States|Islands|Commonwealth|Emirates|University|College|School"
    r"|Academy|Society|Ministry|Department|Authority|Service|Company|Corporation|Museum|Isle|Bureau|Chamber)\b"
)
_OF_PLACE_RE = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)$")


def _of_place(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``Solomy Balungi Bossa of Uganda``: a person's name and where they are from."""
    m = _OF_PLACE_RE.search(text, start, end)
    if m is None or re.search(f"[{CJK}{KANA}]", text[start:end]):
        return end, ()
    head = text[start : m.start()]
    if (
        len(head.split()) < 2
        or BODY_WORD_RE.search(head)
        or not all(w[:1].isupper() for w in head.split()[:1])
    ):
        return end, ()
    return m.start(), (Attribute(AttributeKind.OTHER, m.group(1), "", m.start(1), m.end(1)),)


MAX_DESCRIBED_NAME_WORDS = 5
MIN_DESCRIPTION_WORDS = 4
_COLON_RE = re.compile(r"[:：]\s+")


def _described_after_colon(text: str, start: int, end: int) -> tuple[int, Attribute] | None:
    """``Aland: Nationals of Aland are fully barred.``, ``Jane Roe: Foreign Minister of Borduria``: a
    short English name, a colon, then a sentence or a phrase of words (no value) that says what it is;
    the name's end and the description as an attribute (a title when it is one), else None."""
    m = _COLON_RE.search(text, start, end)
    if m is None or re.search(f"[{CJK}{KANA}]", text[start:end]):
        return None
    head = text[start : m.start()].split()
    s, e = _trim(text, m.end(), end)
    desc = text[s:e].rstrip(".")
    words = desc.split()
    # "Jane Roe: foreign minister": a post after a name in capitalized words, however short or set
    post = is_title(desc) and all(w[:1].isupper() for w in head) and not is_title(" ".join(head))
    if (
        not 1 <= len(head) <= MAX_DESCRIBED_NAME_WORDS
        or (not post and len(words) < MIN_DESCRIPTION_WORDS)
        or (not post and not desc[:1].isupper())
        or (not post and not any(w.islower() for w in words[1:]))
        or find_values(desc)
        or _COLON_RE.search(desc)
    ):
        return None
    kind = AttributeKind.TITLE if is_title(desc) else AttributeKind.OTHER
    return m.start(), Attribute(kind, desc, "", s, s + len(desc))


# a body or a state in kanji, の, then a name in katakana of two parts or more: "乙国のジェーン・ロー"
_JA_WHOSE_RE = re.compile(
    r"([\u4e00-\u9fff]{1,10})の([\u30a1-\u30fa\u30fc]+(?:[・･][\u30a1-\u30fa\u30fc]+)+)"
)


# "Aland at 49%": the preposition before a value is the value's, not the name's
AT_BEFORE_VALUE_RE = re.compile(r"\s+at\s*$")
_GIVEN_TO_RE = re.compile(
    r"(?:\s+(?:tariffs?|duties|duty|levies|levy))?\s+(?:on|for|against)\s+(?:the\s+)?(?=[A-Z])"
)


_APPOINTEE = rf"(?P<name>[{CJK}\u30a1-\u30fa{NAME_DOTS}ー]{{2,12}}?)"  # Chinese characters or katakana
_APPOINTED_POST = rf"(?P<post>[{CJK}{KANA}ー]{{2,{MAX_CJK_TITLE}}}?)"
# "由張三出任外交部長" / "張三出任外交部長", "外交部長由張三擔任" (or "外交部長一職由張三出任"),
# "外相にジェーン・ロー氏" (an honorific, or the verb after the name: "外相にジェーン・ローを起用した")
# a post in quotation marks ("“外交部長”": a post the outlet does not recognize), the one held before the name
# among them ("“乙部長”張三將出任“甲部長”")
_OPEN_QUOTE, _CLOSE_QUOTE = "[“「『]", "[”」』]"
_HELD = rf"(?:{_OPEN_QUOTE}(?P<held>[{CJK}]{{2,{MAX_CJK_TITLE}}}){_CLOSE_QUOTE})?"
# a word that opens the clause before the appointment ("其中張三出任…", "另外，…")
_APPOINTMENT_LEAD = fold_pattern("(?:其中|另外|此外)?")
_APPOINTMENTS = (
    re.compile(
        rf"{_APPOINTMENT_LEAD}(?:由)?{_HELD}{_APPOINTEE}{fold_pattern('(?:將)?')}(?:{APPOINT_VERB_ZH})"
        rf"{_OPEN_QUOTE}?{_APPOINTED_POST}{_CLOSE_QUOTE}?"
    ),
    re.compile(
        rf"{_APPOINTED_POST}(?:{fold_pattern('一職')})?{fold_pattern('(?:則)?')}由{_APPOINTEE}(?:{APPOINT_VERB_ZH})"
    ),
    re.compile(rf"{_APPOINTED_POST}に{_APPOINTEE}(?P<honorific>氏|さん)?"),
)


def appointed(text: str, start: int, end: int) -> ItemSplit | None:
    """A person and the post they are appointed to, said with a verb (see ``_APPOINTMENTS``): the name,
    and the post as its title; None when ``text[start:end]`` is no appointment."""
    s, e = _trim(text, start, end)
    if (tail := JA_APPOINT_TAIL_RE.search(text, s, e)) is not None:
        e = tail.start()
    for pattern in _APPOINTMENTS:
        m = pattern.fullmatch(text, s, e)
        if m is None or "honorific" in pattern.groupindex and not (m["honorific"] or tail):
            continue  # "外相に会う": a Japanese appointment has an honorific or its verb after the name
        if is_title(m["post"]) and not is_title(m["name"]):
            post = Attribute(AttributeKind.TITLE, m["post"], "", m.start("post"), m.end("post"))
            # "乙部長張三出任甲部長": the post held before is printed before the name, no part of it
            name, held = _title_before_name(text, m.start("name"), m.end("name"))
            if "held" in pattern.groupindex and m["held"] and is_title(m["held"]):
                quoted = Attribute(AttributeKind.OTHER, m["held"], "", m.start("held"), m.end("held"))
                return ItemSplit(m.start("name"), m.end("name"), (), (quoted, post))
            if name == m.start("name") or not held:
                return ItemSplit(m.start("name"), m.end("name"), (), (post,))
            before = Attribute(AttributeKind.OTHER, text[m.start("name") : name], "", m.start("name"), name)
            return ItemSplit(name, m.end("name"), (), (post, before))
    return None


# a label in brackets before an item's name ("【外務大臣】山田太郎", "[Foreign Minister] Jane Roe")
_BRACKETED_RE = re.compile(r"[【\[［〔]\s*(?P<post>[^】\]］〕]{1,24}?)\s*[】\]］〕]\s*(?=\S)")
# a sentence's end after an item's value with more words after it: the item ends there, the story goes on
_STORY_AFTER_RE = re.compile(r"(?<=\S)(?:[。！？](?=\s*\S)|[.!?](?=\s+[A-Z\u3400-\u9fff]))")


def split_item(text: str, start: int, end: int) -> ItemSplit:
    """The name span of ``text[start:end]`` and the values and attributes printed with it."""
    attrs: list[Attribute] = []
    if (described := _described_after_colon(text, start, end)) is not None:
        end, description = described  # "Aland: Nationals of Aland are …": the name is before the colon
        attrs.append(description)
    for m in _TAG_RE.finditer(text, start, end):
        attrs.append(Attribute(AttributeKind.TAG, m.group(0).strip("（）() "), "", m.start(), m.end()))
    found = find_values(text[start:end])
    if found and (story := _STORY_AFTER_RE.search(text, start + found[0].end, end)) is not None:
        end = story.start() + 1  # "Aland: 25%, down from 30%. Goods shipped through it face 40%."
        found = [f for f in found if start + f.end <= end]
    name_s, name_e = start, end
    labelled = () if found else _labelled_values(text, start, end)
    if labelled:  # "甲國　金40　銀44　銅42", "Aland 40-44-42 (126)": the name before the first number
        name_e = labelled[0].start - len(labelled[0].column)
    elif found:
        first = start + found[0].start
        if text[start:first].strip(SEPARATORS):
            name_e = first
            verb = AMOUNT_VERB_RE.search(text, start, first)
            if verb is not None and text[start : verb.start()].strip(SEPARATORS):
                name_e = verb.start()  # "甲國增持107億美元": the verb is the value's label, not the name's
            colon = max(text.rfind(":", start, first), text.rfind("：", start, first))
            if colon > start and _label(text, colon, first):  # "Aland: from 24% to 25%"
                name_e = colon
            opened = max(text.rfind("(", start, first), text.rfind("（", start, first))
            if opened > start and _label(text, opened, first) and not _CLOSE_RE.search(text, opened, first):
                name_e = opened  # "甲國（稅率25%）": the value's label opens the parenthesis
            if (at := AT_BEFORE_VALUE_RE.search(text, start, name_e)) is not None and at.start() > start:
                name_e = at.start()  # "Aland at 49%": the preposition is the value's
            if (
                dated := DATE_AFTER_COLON_RE.search(text, start, name_e)
            ) is not None and dated.start() > start:
                # "Aland: Aug. 20, 2025 (up to $15,000)": the date is the item's, after its name
                attrs.append(Attribute(AttributeKind.OTHER, dated["date"], "", dated.start(1), dated.end(1)))
                name_e = dated.start()
            if (
                dash := DASH_BEFORE_NUMBER_RE.search(text, start, name_e)
            ) is not None and dash.start() > start:
                name_e = dash.start()  # "Aland (AL) - 188 seats (26.1%)": what follows the dash is said of it
        else:  # the value comes first ("25%：日本", "46% on Aland"): the name is what follows the last value
            name_s = start + found[-1].end
            if (given := _GIVEN_TO_RE.match(text, name_s, end)) is not None:
                name_s = given.end()
    if attrs:
        name_e = min(
            name_e,
            min(a.start for a in attrs if a.start >= name_s)
            if any(a.start >= name_s for a in attrs)
            else name_e,
        )
    name_s, name_e = _trim(text, name_s, name_e)
    bracketed = _BRACKETED_RE.match(text, name_s, name_e)
    if bracketed is not None and is_title(bracketed.group("post")):
        # "【外務大臣】山田太郎": the post in brackets before the name
        attrs.append(Attribute(AttributeKind.TITLE, bracketed.group("post"), "", *bracketed.span("post")))
        name_s = bracketed.end()
    if (honorific := _HONORIFIC_RE.match(text, name_s, name_e)) is not None:  # "Sens. Jane Roe"
        word_end = honorific.start() + len(honorific.group(0).rstrip())
        attrs.append(Attribute(AttributeKind.TITLE, text[honorific.start() : word_end], "", name_s, word_end))
        name_s = honorific.end()
    values = labelled or _values(text, start, end, name_e)
    if not values and not attrs and (appointment := appointed(text, name_s, name_e)) is not None:
        return appointment
    if not values:
        colon_start, colon_attrs = _title_colon_name(text, name_s, name_e)
        if colon_attrs:
            name_s, attrs = colon_start, [*attrs, *colon_attrs]
        post_start, post_attrs = _en_post_before_name(text, name_s, name_e)
        if post_attrs and not colon_attrs:
            name_s, attrs = post_start, [*attrs, *post_attrs]
    en_end, en_attrs = _english_attributes_in_parentheses(text, name_s, name_e)
    if not en_attrs:
        en_end, en_attrs = _english_attributes(text, name_s, name_e)
    if en_attrs:
        name_e, attrs = en_end, [*attrs, *en_attrs]
    elif (post := _name_then_post(text, name_s, name_e))[1]:
        name_e, attrs = post[0], [*attrs, *post[1]]
    elif (of := _of_place(text, name_s, name_e))[1]:
        name_e, attrs = of[0], [*attrs, *of[1]]
    elif (paren := _cjk_parenthesized(text, name_s, name_e))[1]:
        name_e, attrs = paren[0], [*attrs, *paren[1]]
        # "官房長官　山田太郎氏（56）": the post before the name, the age in parentheses after it
        title_end, zh_attrs = _title_before_name(text, name_s, name_e)
        if zh_attrs:
            name_s, attrs = title_end, [*zh_attrs, *attrs]
    else:
        cjk_end, cjk_attrs = _cjk_attributes(text, name_s, name_e)
        if cjk_attrs:
            name_e, attrs = cjk_end, [*attrs, *cjk_attrs]
        title_end, zh_attrs = _title_before_name(text, name_s, name_e)
        if not zh_attrs:
            title_end, zh_attrs = _nationality_before_name(text, name_s, name_e)
        if zh_attrs:
            name_s, attrs = title_end, [*attrs, *zh_attrs]
        else:
            after_end, after_attrs = _title_after_name(text, name_s, name_e)
            if after_attrs:
                name_e, attrs = after_end, [*attrs, *after_attrs]
    name_s, name_e = _trim(text, name_s, name_e)
    if (whose := _JA_WHOSE_RE.match(text, name_s, name_e)) is not None and whose.end() == name_e:
        # "乙国のジェーン・ロー": the state or body the person belongs to, then the name
        attrs.append(
            Attribute(AttributeKind.ORGANIZATION, whose.group(1), "", name_s, name_s + len(whose.group(1)))
        )
        name_s = whose.start(2)
    honorific = _JA_HONORIFIC_RE.search(text, name_s, name_e)
    if (
        honorific is not None
        and honorific.start() - name_s >= 2
        and (
            _KANA_NAME_RE.search(text, name_s, name_e)
            or _KANJI_PERSON_RE.fullmatch(text, name_s, honorific.start())
        )
    ):
        if (note := _CJK_PAREN_RE.search(text, honorific.end(), name_e)) is not None:
            attrs.append(Attribute(AttributeKind.OTHER, note.group(1), "", note.start(1), note.end(1)))
        name_e = honorific.start()  # "アランド・ボルド氏", "山田太郎氏": the name without its honorific
    english = next(((a.start, a.end) for a in attrs if a.label == ENGLISH_NAME), None)
    attrs = [a for a in attrs if a.label != ENGLISH_NAME]
    return ItemSplit(name_s, name_e, values, tuple(sorted(attrs, key=lambda a: a.start)), english)
