"""A post or a nationality printed before a Chinese or Japanese name (``外交部長張三``, ``甲國籍李四``): where
the post ends and the name begins.
"""

from __future__ import annotations

import re

from pipeline.lang.leads import JA_HONORIFIC
from pipeline.lang.name_words import ZH_PEOPLE_IN_GENERAL_RE
from pipeline.lang.posts import JA_TITLE_RE, PORTFOLIO_TITLE_RE, POSTS_JOINERS, TITLE_WORDS
from pipeline.lang.scripts import CJK, KANA, NAME_DOTS, fold_pattern
from pipeline.models import Attribute, AttributeKind
from sources.item_titles import CJK_AREAS_TITLE_RE, PERSON_NAME_END_RE, is_title
from sources.item_told import told_in_parens
from sources.item_values import trim

MAX_CJK_PERSON_NAME = 14  # characters of a transliterated name with its dots ("馬姆·曼迪亞耶·尼昂")
_NATIONALITY_RE = re.compile(r"[籍]$|国籍$|國籍$|出身$")
_NAME_CHARS = f"{CJK}{KANA}{NAME_DOTS}"
_TITLE_BEFORE_NAME_RE = re.compile(
    "(?:"
    + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    + ")"
    # a title word before 會 names a body, not a post (理事會, 委員會, 董事會)
    + "(?![會会])"
    # what the post covers, in parentheses after it: "助理部長（東亞事務）張三"
    + rf"(?:[（(][{CJK}、和及與与]{{1,16}}[）)])?"
    + rf"(?=[{_NAME_CHARS}]{{2,{MAX_CJK_PERSON_NAME}}}$|[{_NAME_CHARS}]+[-‐－][{_NAME_CHARS}]+$)"
)
_JA_TITLE_BEFORE_NAME_RE = re.compile(
    "(?:" + JA_TITLE_RE.pattern + rf")(?![會会])(?=\s*[{CJK}{KANA}{NAME_DOTS}\s]{{2,12}}$)"
)


# a title word and nothing else: "総長" after "検事" is the rest of the post 検事総長, never a name
_WHOLE_TITLE_RE = re.compile("(?:" + "|".join(TITLE_WORDS) + "|" + JA_TITLE_RE.pattern + ")")


MAX_POST_HEAD = 8
# the body a second post heads, after the first post and its joiner ("甲辦主任兼乙委秘書長": 乙委)
_BODY_RE = re.compile(rf"[{CJK}]{{1,12}}")


def _heads_post(piece: str, title: str) -> bool:
    """The words before a title are part of the post: they and the title's first character name what it
    heads (``財政`` of 財政部長, ``農業`` of 農業部長), or they name it without naming a body
    (``國土安全`` of 國土安全顧問); short, all Chinese characters, no nationality."""
    if CJK_AREAS_TITLE_RE.fullmatch(piece):  # "甲、乙和丙事務大臣": the fields the post joins
        piece = piece.replace("、", "")
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


def _posts_before(piece: str, title: str) -> bool:
    """``甲黨總書記、國務``, ``甲辦主任兼乙委``: another post of the person's, then ``、`` or ``兼`` and what
    the title heads: the two posts one holder holds are one post (``甲黨總書記、國務委員長``), no body's
    name holding the first."""
    at = max(piece.rfind(joiner) for joiner in POSTS_JOINERS)
    left, right = piece[:at], piece[at + 1 :]
    return (
        at > 0
        and is_title(left)
        and (not right or _heads_post(right, title) or _BODY_RE.fullmatch(right) is not None)
    )


# the name's other spelling in parentheses at the end of an item ("局長張三（Jane Roe）"): no part of the
# words the title is looked for in
_OTHER_NAME_AT_END_RE = re.compile(rf"[（(][^（）(){CJK}]+[）)]$")


# the rank before a title word, part of the title: "副主任", "常務副主任", "署理局長"; and the word that
# makes it a former post, as the mainland writes it between the body and the title ("政治工作部原主任"),
# after a body's last character (not the 原 of a place's name, "乙原市長")
_TITLE_RANK_RE = re.compile(
    fold_pattern(r"(?:(?<=[部委區軍隊院局處署會司廳辦])原)?(?:(?:常務|執行|第一)?副|署理|代理)$")
    + "|"
    + fold_pattern(r"(?<=[部委區軍隊院局處署會司廳辦])原$")
)


def title_before_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``[organization]title name`` in Chinese or Japanese: the name is what follows the last title word
    (with its other spelling in parentheses after it, ``局長張三（Jane Roe）``)."""
    while end > start and text[end - 1] in "。；;，,":  # the full stop of the list's last line
        end -= 1
    other = _OTHER_NAME_AT_END_RE.search(text, start, end)
    if other is None and (told := told_in_parens(text, start, end)) is not None:
        end = told[
            0
        ]  # "外交部長張三（64歲）": what the parentheses tell of the person is no part of the name
    segment = text[start : other.start() if other is not None and other.start() > start else end]
    for pattern in (_TITLE_BEFORE_NAME_RE, _JA_TITLE_BEFORE_NAME_RE):
        matches = list(pattern.finditer(segment))
        m = matches[-1] if matches else None
        if m is None or not m.group(0):
            continue
        name = segment[m.end() :].strip()
        if _WHOLE_TITLE_RE.fullmatch(name):
            continue  # "メアリー・メジャー検事総長": the title's own end, not a name after it
        if PERSON_NAME_END_RE.search(name) and not (len(name) <= 3 and name[-1] in "國国軍军"):
            continue  # a body after the title, but "局長林建國", "主任張建軍": a given name may end in 國, 軍
        if name[:1] in "國国":
            continue  # "甲首長國聯邦": a title word and 國 make the name of a state (an emirate), not a post
        attrs = []
        rank = _TITLE_RANK_RE.search(segment, 0, m.start())  # "常務副主任": the rank is part of the title
        title_s = rank.start() if rank is not None else m.start()
        org_s, org_e = trim(text, start, start + title_s)
        if _heads_post(text[org_s:org_e], m.group(0)) or _posts_before(text[org_s:org_e], m.group(0)):
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


def nationality_before_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    m = _FROM_BEFORE_NAME_RE.match(text, start, end)
    if m is None or ZH_PEOPLE_IN_GENERAL_RE.fullmatch(text, m.end(), end):  # "無黨籍人士": a kind of people
        return start, ()
    return m.end(), (Attribute(AttributeKind.OTHER, m.group(0), "", m.start(), m.end()),)


# a post, の, then the person holding it, in Japanese ("国防次官の山田太郎氏", "外相のジェーン・ロー氏")
_JA_POST_OF_NAME_RE = re.compile(
    rf"(?P<post>[{CJK}{KANA}]{{2,12}}?(?:、[{CJK}{KANA}]{{2,12}}?)*)の"
    rf"(?P<name>[{CJK}\u30a1-\u30fa\u30fc{NAME_DOTS}]{{2,14}})(?:氏|さん|様)?"
)


def post_of_name(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """``国防次官の山田太郎氏``: a post, the particle の and the name (the honorific after it left to the
    caller); where the name starts and the post as its attribute, else (start, ())."""
    m = _JA_POST_OF_NAME_RE.fullmatch(text, start, end)
    if m is None:
        return start, ()
    if not _posts(m.group("post")):
        return _described(text, m)
    body, no, post = m.group("post").rpartition("の")
    if no and body and _posts(post):  # "乙国の国防次官の山田太郎氏": the body, then the post
        at = m.start("post") + len(body) + 1
        return m.start("name"), (
            Attribute(AttributeKind.ORGANIZATION, body, "", m.start("post"), m.start("post") + len(body)),
            Attribute(AttributeKind.TITLE, post, "", at, m.end("post")),
        )
    return m.start("name"), (Attribute(AttributeKind.TITLE, m.group("post"), "", *m.span("post")),)


# a Japanese person's name in kanji or katakana, then the honorific that says it is one ("山田太郎氏")
_JA_HONOURED_NAME_RE = re.compile(
    rf"(?:[{CJK}]{{2,5}}|[\u30a1-\u30fa\u30fc]+(?:[{NAME_DOTS}][\u30a1-\u30fa\u30fc]+)*){JA_HONORIFIC}"
)
# what is said of an honoured person before their name and の, in kanji or katakana ("元官僚", "乙国")
_JA_DESCRIPTION_RE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,12}")


def _posts(words: str) -> bool:
    """``words`` is a post, or posts one person holds parted by ``、`` (``副総理、財務相``)."""
    return all(is_title(p) for p in words.split("、"))


def _described(text: str, m: re.Match[str]) -> tuple[int, tuple[Attribute, ...]]:
    """``元官僚の山田太郎氏``, ``乙国の山田太郎氏``: no known post before the の, but the honorific after the
    name says a person is named, and the words before it (no kana of a clause) are said of that person:
    a body or a place when they end as one does, a post when they are one, else what the article calls
    them; where the name starts and those words as its attributes, else (start, ())."""
    words = m.group("post")
    if _JA_HONOURED_NAME_RE.fullmatch(text, m.start("name"), m.end()) is None:
        return m.start(), ()
    out = []
    at = m.start("post")
    for part in words.split("の"):
        if not _posts(part) and _JA_DESCRIPTION_RE.fullmatch(part) is None:
            return m.start(), ()
        kind = (
            AttributeKind.TITLE
            if _posts(part)
            else AttributeKind.ORGANIZATION
            if PERSON_NAME_END_RE.search(part)
            else AttributeKind.OTHER
        )
        out.append(Attribute(kind, part, "", at, at + len(part)))
        at += len(part) + 1
    return m.start("name"), tuple(out)
