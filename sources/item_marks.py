"""The marks in a list item's text that the item parser (``sources.items.split_item``) cuts at: a US-style
party tag, a note in brackets or after a blank, a label or a whole name in brackets, the sentence after a
value, the preposition before a value (``AT_BEFORE_VALUE_RE``, used by the inline English bounds too), the
state or body a Japanese name belongs to; and a sentence of appointment with a remark after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.scripts import CJK
from pipeline.models import Attribute, AttributeKind
from sources.item_appointments import appointed
from sources.item_titles import is_title
from sources.item_values import ItemSplit, trim

_CLOSE_RE = re.compile(r"[)）]")
# a US-style tag in brackets: the party letter, a dash, the state ("(R-Mo.)", "(D-Northshire)", "（R-甲州）")
_STATE = rf"(?:[A-Z][A-Za-z.]{{0,13}}(?:\s[A-Z][A-Za-z.]{{0,13}})?|[{CJK}]{{1,6}})"  # "Mo.", "New Aland"
_TAG_RE = re.compile(rf"[(（]\s*[A-Z]\s*[-–]\s*{_STATE}\s*[)）]")
_COMMA_TAG_RE = re.compile(rf",\s*([A-Z]\s*[-–]\s*{_STATE})\s*$")


# a body or a state in kanji, の, then a name in katakana of two parts or more: "乙国のジェーン・ロー"
_JA_WHOSE_RE = re.compile(
    r"([\u4e00-\u9fff]{1,10})の([\u30a1-\u30fa\u30fc]+(?:[・･][\u30a1-\u30fa\u30fc]+)+)"
)


# the same before a name in kanji that a post follows ("甲国の山田太郎外相"): a person, by the post
_JA_WHOSE_KANJI_RE = re.compile(r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,10})の([\u4e00-\u9fff]{2,5})")
# and before a katakana name of one part or more that a post follows, the body's own name in katakana
# parted by dots ("甲紙アランド・タイムズのロー記者")
_JA_WHOSE_KANA_RE = re.compile(
    r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc・･]{1,24})の([\u30a1-\u30fa\u30fc]+(?:[・･][\u30a1-\u30fa\u30fc]+)*)"
)


# "Aland at 49%": the preposition before a value is the value's, not the name's
AT_BEFORE_VALUE_RE = re.compile(r"(?:\s*,)?\s+(?:at|to|with)\s*$")  # "Aland at 49%", "Aland, to 46%"
_GIVEN_TO_RE = re.compile(
    r"(?:\s+(?:tariffs?|duties|duty|levies|levy))?\s+(?:on|for|against)\s+(?:the\s+)?(?=[A-Z])"
)


# a short note in brackets ending an item in Latin letters, in lower-case words ("(host)", "(new)")
_LOWER_NOTE_END_RE = re.compile(r"(?<=[A-Za-z0-9.])\s*\(([a-z][a-z\s\-]{1,24})\)\s*$")
# a label in brackets before an item's name ("【外務大臣】山田太郎", "[Foreign Minister] Jane Roe")
_BRACKETED_RE = re.compile(
    r"(?:[【\[［〔]\s*(?P<post>[^】\]］〕]{1,24}?)\s*[】\]］〕]"
    # or in quotation marks, the opening one perhaps left with the punctuation before the item:
    # "“外交部長”張三", "「外交部長」張三"
    r"|[“「]?(?P<quoted>[^“”「」\s]{1,24}?)[”」])\s*(?=\S)"
)
# a name printed whole in brackets, its value after them ("【甲國】36%", "［Aland］ 25%")
_ENCLOSED_RE = re.compile(r"[【\[［〔]\s*([^【】\[\]［］〔〕]{1,40}?)\s*[】\]］〕]")
# a sentence's end after an item's value with more words after it: the item ends there, the story goes on
_STORY_AFTER_RE = re.compile(r"(?<=\S)(?:[。！？](?=\s*\S)|[.!?](?=\s+[A-Z\u3400-\u9fff]))")


# a name in Chinese characters or kana, a blank, then a note that enumerates what applies to it
# ("甲國 外交、公務護照", "乙國　観光、商用"): the note is the item's, never more names
_NAME_BLANK_NOTE_RE = re.compile(
    rf"(?P<name>[{CJK}\u30a1-\u30fa\u30fc・·]{{2,16}})[ \t\u3000]+"
    rf"(?P<note>[{CJK}\u3040-\u30ff][{CJK}\u3040-\u30ff・「」“”\"]*(?:[、，,][{CJK}\u3040-\u30ff・「」“”\"]+)+)"
)


# a Latin name, two blanks or more, then a note in lower case ("Aland  not Greater Aland"): a pasted
# list's remark set apart by blanks, never a column (a column's cell opens with a figure or a capital)
_LATIN_NAME_GAP_NOTE_RE = re.compile(r"(?P<name>[A-Z][^\s]*(?: [^\s]+)*) {2,}(?P<note>[a-z][^\n]*\S)")


def _note_after_a_blank(text: str, start: int, end: int) -> tuple[int, Attribute] | None:
    """The name's end and the note after the blank, when the note opens with no post of a person."""
    m = _NAME_BLANK_NOTE_RE.fullmatch(text, start, end) or _LATIN_NAME_GAP_NOTE_RE.fullmatch(text, start, end)
    if m is None or is_title(re.split("[、，,]", m.group("note"))[0]):
        return None
    return m.end("name"), Attribute(AttributeKind.OTHER, m.group("note"), "", *m.span("note"))


# the full stop after a sentence that appoints, then more sentences on the appointee ("外相に山田太郎氏。
# 再任です。", broadcasters' rosters): the first sentence is the item, the rest what is said of the person
_FIRST_STOP_RE = re.compile(r"。(?=\s*\S)")


def _appointed_then_remark(text: str, start: int, end: int) -> ItemSplit | None:
    stop = _FIRST_STOP_RE.search(text, start, end)
    if stop is None or (appointment := appointed(text, start, stop.start())) is None:
        return None
    rs, re_ = trim(text, stop.end(), end)
    remark = Attribute(AttributeKind.OTHER, text[rs:re_], "", rs, re_)
    return replace(appointment, attributes=(*appointment.attributes, remark))
