"""Attributes printed after a Chinese or Japanese name: posts after commas or a dash, in parentheses (an
English name, a post), a post glued to the name (``張三外交部長``), a name then its post.
"""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.leads import JA_HONORIFIC
from pipeline.lang.posts import FORMER_POST_RE, JA_TITLE_RE, TITLE_WORDS
from pipeline.lang.scripts import CJK, KANA, NAME_DOTS, WHITESPACE, fold_pattern
from pipeline.models import Attribute, AttributeKind
from sources.item_titles import MAX_CJK_TITLE, PERSON_NAME_END_RE, TITLE_RE, is_title
from sources.item_values import trim

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


def cjk_attributes(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
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
        s, e = trim(text, start + a, start + b)
        e -= text[s:e].endswith("。")  # the full stop of the list's last line ("乙國籍法官。")
        title = TITLE_RE.search(text[s:e]) or JA_TITLE_RE.search(text[s:e]) or is_title(text[s:e])
        nationality = _NATIONALITY_THEN_TITLE_RE.match(text, s, e)
        if nationality is not None:  # "甲國籍法官": where from, then the title
            cut = nationality.end("from")
            attrs.append(Attribute(AttributeKind.OTHER, text[s:cut], "", s, cut))
            attrs.append(Attribute(AttributeKind.TITLE, text[cut:e], "", cut, e))
            continue
        kind = AttributeKind.TITLE if title else AttributeKind.OTHER
        attrs.append(Attribute(kind, text[s:e], "", s, e))
    return trim(text, start, start + pieces[0][1])[1], tuple(attrs)


# a Japanese honorific after a name ("アランド・ボルド氏"): no part of the name
# an honorific ending the name, a note in parentheses after it or not ("山田太郎氏（56）")
JA_HONORIFIC_RE = re.compile(rf"{JA_HONORIFIC}(?=\s*(?:[（(][^（）()]*[）)]\s*)?$)")
KANJI_PERSON_RE = re.compile(f"[{CJK}]{{2,5}}")  # a Japanese person's name in kanji before an honorific
KANA_NAME_RE = re.compile(f"[{KANA}]")
CJK_PAREN_RE = re.compile(r"[（(]([^（）()]+)[）)]\s*$")


ENGLISH_NAME = "english name"  # the label of an attribute that is the person's English name
_EN_PERSON_NAME_RE = re.compile(r"[A-Z][a-z'’\-]+(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.))*\s+[A-Z][a-z'’\-]+")


MAX_POST_AFTER_DOT = 4  # "教授", "論説委員": a post with no body of its own
_BODY_DOT_POST_RE = re.compile(rf"(?P<body>[{CJK}{KANA}ー]*[{CJK}][{CJK}{KANA}ー]*)[・･](?P<post>[^・･]+)")


def _body_dot_post(text: str, start: int, end: int) -> tuple[Attribute, ...]:
    """``甲大学・教授``: the body (kanji in it, so no katakana name's dot) and the post held there, parted
    by a middle dot, as Japanese lists print a person's affiliation; () when the last part is no short
    title (``政制・大陸事務局長`` is one post of two fields, the bureau's title after them)."""
    m = _BODY_DOT_POST_RE.fullmatch(text, start, end)
    if m is None or len(m.group("post")) > MAX_POST_AFTER_DOT:
        return ()
    if not is_title(m.group("post")) or is_title(m.group("body")):
        return ()
    return (
        Attribute(AttributeKind.ORGANIZATION, m.group("body"), "", *m.span("body")),
        Attribute(AttributeKind.TITLE, m.group("post"), "", *m.span("post")),
    )


# "（原黨鞭長）": the post a person held before, in words the title lists need not know (never "原名…",
# another name)
_FORMER_POST_PIECE_RE = re.compile(
    rf"(?:{fold_pattern('原任|原|前任|前')})(?![名稱称])[{CJK}]{{2,{MAX_CJK_TITLE}}}"
)


def cjk_parenthesized(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``アランド・ボルド氏（カルパチア、判事）``, ``張三（甲國，法官）``: what the person is, in parentheses
    after an East Asian name, one piece a title or the name closed by an honorific (``ボルド氏（投資家）``);
    the honorific left out of the name. A parenthesis without either (``甲國（Aland）``) is another name,
    not attributes."""
    m = CJK_PAREN_RE.search(text, start, end)
    if m is None or m.start() - start < 2 or not re.search(f"[{CJK}{KANA}]", text[start : m.start()]):
        return end, ()
    attrs: list[Attribute] = []
    at = m.start(1)
    person = PERSON_NAME_END_RE.search(text[start : m.start()].strip(WHITESPACE)) is None  # no body's name
    # "（甲、乙及丙事務大臣）": one post whose fields the 、 part, not pieces
    for piece in [m.group(1)] if is_title(m.group(1)) else re.split("[、，,]", m.group(1)):
        s, e = trim(text, at, at + len(piece))
        at += len(piece) + 1
        if e > s and not attrs and _EN_PERSON_NAME_RE.fullmatch(text, s, e) and not is_title(text[s:e]):
            attrs.append(Attribute(AttributeKind.OTHER, text[s:e], ENGLISH_NAME, s, e))
        elif e > s and (held := _body_dot_post(text, s, e)):
            attrs.extend(held)
        elif e > s:  # a seat on a body is a post when it is all the piece says ("非官守成員")
            title = (
                TITLE_RE.search(text[s:e])
                or JA_TITLE_RE.search(text[s:e])
                or is_title(text[s:e])
                or (person and _FORMER_POST_PIECE_RE.fullmatch(text, s, e))
            )
            attrs.append(
                Attribute(AttributeKind.TITLE if title else AttributeKind.OTHER, text[s:e], "", s, e)
            )
    name_end = trim(text, start, m.start())[1]
    honorific = JA_HONORIFIC_RE.search(text, start, name_end)
    # after an honorific ("ジェーン・ロウ氏（投資家）") the parenthesis says what the person is, title or not;
    # so it does when it opens with a country, after a name that is none ("張三（甲國，畫家）")
    if (
        not any(a.kind is AttributeKind.TITLE for a in attrs)
        and honorific is None
        and not _country_first(text, start, m)
    ):
        return end, ()
    return (honorific.start() if honorific and honorific.start() - start >= 2 else name_end), tuple(attrs)


def _country_first(text: str, start: int, paren: re.Match[str]) -> bool:
    """The parenthesis ``paren`` after a name opens with a whole country's name (CLDR's), then says more,
    and the name before it is no country's (``甲國（乙國）`` is a place and whose it is, not a person's)."""
    pieces = re.split("[、，,]", paren.group(1))
    first = pieces[0].strip(WHITESPACE)
    name = text[start : paren.start()].strip(WHITESPACE)
    # a country alone in parentheses is left to the note's readers ("張三（甲國）", "ロー国王（甲国）")
    return (
        len(pieces) > 1
        and len(first) > 1
        and place_at_start(first) == len(first)
        and place_at_start(name) == 0
    )


# a katakana name then a post in kanji: "ジェーン・ロー外相", "ピーター・スミス情報長官" (the post
# starts where the name's katakana ends, and ends in a word of office; katakana may follow its first
# kanji: "ピーター・スミス国営メディア局長")
_KANA_NAME_KANJI_POST_RE = re.compile(
    r"(?<=[\u30a1-\u30fa\u30fc])(?:[\u4e00-\u9fff][\u4e00-\u9fff\u30a1-\u30fa\u30fc]{0,10}?)?"
    r"(?:相|官|長|総裁|大臣|大使|議員|判事|検事|代表|委員|顧問|特使|書記|主席|党首|頭取|指導者)$"
)


_TITLE_AT_END_RE = re.compile(
    "(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + "|" + JA_TITLE_RE.pattern + ")$"
)
MAX_POST_CHARS = 20  # a post after a name, with the body it heads ("国家安全維持委員会秘書長")
# a name in Chinese characters, then its post after a middle dot or after the name's reading in
# parentheses (and a dot): "張三・外務事務局長", "張三（ジェーン・ロウ）外務局長",
# "張三（ジェーン・ロウ）・外務局長"
_NAME_THEN_POST_RE = re.compile(
    rf"(?P<name>[{CJK}]{{2,4}})(?:(?P<dot>・)|(?P<reading>[（(][^（）()]+[）)])・?|[ \u3000]+)"
    rf"(?P<post>[{CJK}{KANA}ー]{{2,{MAX_POST_CHARS}}})$"
)
# after a middle dot, a post names the office it heads at length ("政制内地事務局長"): a Chinese
# transliteration's dot parts the names of one person ("約翰・羅伊部長" is John Roe, minister)
MIN_DOTTED_POST_HEAD = 4


def _shortest_title_start(post: str) -> int:
    """Where the shortest title word ending ``post`` starts: the head before it is the office the post
    heads (``甲市行政長官``: ``甲市行政`` before ``長官``, not ``甲市`` before ``行政長官``)."""
    return max(i for i in range(len(post)) if _TITLE_AT_END_RE.fullmatch(post, i))


def name_then_post(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``張三・外務事務局長``, ``張三（ジェーン・ロウ）外務局長``, ``張三　律政司司長``: a Chinese-character
    name and the post after it (ending in a title word), parted by a middle dot, by the reading in
    parentheses or by spaces; the name keeps its reading (another name of the person). After a dot the
    post names the office at length, or says it is a former one (``張三・前警務処長``)."""
    s, e = trim(text, start, end)
    m = _NAME_THEN_POST_RE.fullmatch(text, s, e)
    if m is None or _TITLE_AT_END_RE.search(m.group("post")) is None:
        return end, ()
    post = m.group("post")
    former = FORMER_POST_RE.match(post)  # "前警務処長": a former post, never a transliterated name
    head = _shortest_title_start(post) - (former.end() if former else 0)
    if m.group("dot") and head < MIN_DOTTED_POST_HEAD and not (former and head > 0):
        return end, ()
    title = Attribute(AttributeKind.TITLE, m.group("post"), "", m.start("post"), m.end("post"))
    return (m.end("reading") if m.group("reading") else m.end("name")), (title,)


def _given_name_in_guo(name: str) -> bool:
    """A person's name of three characters whose given name ends in 國 (``張立國外相``, after a state's
    ``の``), as a state's of two (``甲國外相``) never is: the name before the post is the person's."""
    name = name.rpartition("の")[2]  # "甲国の張立國外相": the person's own name after the state's
    return len(name) == 3 and name[-1] in "國国" and KANJI_PERSON_RE.fullmatch(name) is not None


def title_after_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``キンバリー・プロスト判事``, ``霍勒法官``: a title word ending an East Asian name."""
    segment = text[start:end]
    paren = segment.find("（") if "（" in segment else segment.find("(")
    core_end = start + paren if paren > 0 else end
    # the longer post of the two readings: "山田太郎デジタル相" is a post in katakana, not a katakana name
    found = [
        m
        for m in (
            _KANA_NAME_KANJI_POST_RE.search(text, start, core_end),
            _TITLE_AFTER_NAME_RE.search(text, start, core_end),
        )
        if m is not None
    ]
    m = min(found, key=lambda x: x.start()) if found else None
    if m is None or m.start() - start < 2 or not re.search(f"[{CJK}{KANA}]", segment):
        return end, ()
    if PERSON_NAME_END_RE.search(text[start : m.start()]) and not _given_name_in_guo(text[start : m.start()]):
        return end, ()
    post = _glued_post_start(text, start, m.start(), m.group(0))
    title = Attribute(AttributeKind.TITLE, text[post : m.end()], "", post, m.end())
    rest: tuple[Attribute, ...] = ()
    if paren > 0:
        ps, pe = trim(text, core_end, end)
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
