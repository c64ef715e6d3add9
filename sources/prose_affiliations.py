"""What a parenthesis after a name in prose says (``_Paren``): an acronym, an English or Chinese name, an
alias (``又稱…``), a note (``註：``), and what the body is part of (``亦是…轄下單位``, ``part of …``), read
as the group it is asserted to belong to. A copula right after a name (``是…的一部分``) asserts the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sources.prose_acronyms import is_acronym
from sources.prose_orgs import org_like_zh
from sources.prose_words import CJK_CHAR, alternation

# What a parenthesis or a copula right after a name asserts about the group it belongs to.
_AFFILIATION = re.compile(
    rf"{alternation('轄下 下屬 旗下 隸屬 附屬 所屬 屬於 一部分 體系 系統'.split())}"
    r"|\b(?:part of|a member of|member of|under|belongs? to)\b",
    re.IGNORECASE,
)
COPULA = re.compile(
    rf"^[\s,，]*(?:{alternation('亦是 也是 同是 是 為 乃 屬於 隸屬於 隸屬 亦屬 也屬'.split())})"
)
_NOTE_MARKER = re.compile(
    rf"(?:{alternation(['註：', '註:', '注：', '按：', '編按'])})|\bNote:", re.IGNORECASE
)
_ALIAS = re.compile(
    rf"^(?:{alternation(['即', '又稱', '簡稱', '或稱', '又譯'])})\s*[「『《“\"]?([^」』》”\"]+)[」』》”\"]?$"
)


@dataclass(frozen=True, slots=True)
class _Paren:
    start: int  # position of the opening parenthesis
    end: int  # position after the closing parenthesis
    acronym: str
    name_en: str
    name_zh: str
    note: str
    aliases: tuple[str, ...]
    asserted: str


def parse_paren(content: str, offset: int, end: int) -> _Paren:
    """What a parenthesis after a name holds: acronym, English name, alias, note, assertion."""
    inner = content
    note = ""
    marker = _NOTE_MARKER.search(inner)
    if marker:
        note = inner[marker.start() :].strip(" ，,；;")
        inner = inner[: marker.start()]
    parts = [p.strip() for p in re.split(r"[，；;、]|,(?=\s*[^\sA-Za-z])|,(?=\s*[A-Z][A-Z0-9-]+\s*$)", inner)]
    acronym = ""
    english: list[str] = []
    zh_alt = ""
    aliases: list[str] = []
    notes: list[str] = []
    for part in parts:
        if not part:
            continue
        if is_acronym(part):
            if not acronym:
                acronym = part
            else:
                aliases.append(part)
            continue
        alias = _ALIAS.match(part)
        if alias:
            aliases.append(alias.group(1).strip())
            continue
        if CJK_CHAR.search(part):
            if not zh_alt and org_like_zh(part) and assertion_of(part) is None:
                zh_alt = part
            else:
                notes.append(part)
            continue
        if re.search(r"[A-Za-z]", part):
            english.append(part)
        else:
            notes.append(part)
    name_en = ", ".join(english)
    if note:
        notes.append(note)
    asserted = assertion_of(" ".join(notes))
    return _Paren(offset, end, acronym, name_en, zh_alt, "；".join(notes), tuple(aliases), asserted)


def assertion_of(words: str) -> str:
    """The group words next to a name say it belongs to, as printed (``亦是甲體系轄下單位``), or "":
    a phrase of affiliation (``轄下``, ``屬於``, ``part of``). Which canonical group it names, if any, is
    decided later, against the groups the lists print."""
    text = (words or "").strip()
    if not text or len(text) > 40 or not _AFFILIATION.search(text):
        return ""
    return COPULA.sub("", text).strip(" ,，") or text
