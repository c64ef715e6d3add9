"""One list item read into its parts: the name as printed, the English name alongside, acronym, aliases
and note (``ItemParts``).

``parse_item`` strips markers and terminators, splits a Chinese name from its English one, reads a
trailing or parenthesised acronym, ``aka`` aliases and notes in parentheses, and hands a parent
organization to ``_parents``. Only the shape of the text is used, never a table of names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.name_words import NAME_PARTICLES
from pipeline.lang.scripts import (
    CJK,
    CJK_RE,
    EAST_ASIAN_RE,
    FOOTNOTE_MARKS,
    NAME_DOTS,
    WHITESPACE,
    fold_pattern,
)
from pipeline.models import Attribute, AttributeKind, Kind, Mention, Value
from sources.item_english import HONORIFIC_RE
from sources.items import split_item
from sources.layouts._parens import Group, outside_parens, paren_groups
from sources.layouts._parents import parent_split
from sources.layouts._shapes import (
    ACRONYM_RE,
    ITEM_TERMINATORS,
    LATIN_RE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    TEXT_CACHE,
)

_TRAILING_ACRONYM_RE = re.compile(r"^(?P<name>.*?\S)\s*[,，]\s*(?P<acr>[A-Z][A-Za-z0-9&\-/.]{1,14})$")

_NOTE_RE = re.compile(
    fold_pattern(r"(?:[\u4e00-\u9fff]{0,8}(?:註|按)\s*[：:])|編者註|編按")
    + r"|\b(?:editor'?s\s+)?note\s*[:：]",
    re.IGNORECASE,
)
_ALIAS_RE = re.compile(
    fold_pattern(
        r"^(?:即|又稱|簡稱|亦稱|或稱|通稱|又譯|也稱|俗稱|舊稱|原稱|前稱|又名|原名|別名|舊名|曾用名|舊社名)\s*"
    )
    + r"|^(?:a\.?k\.?a\.?|also\s+known\s+as|also\s+called|formerly)\s+",
    re.IGNORECASE,
)
_PIECE_SPLIT_RE = re.compile(rf"[，；;]|,(?=\s*[{CJK}「『])|(?<=[{CJK}」』]),")


@dataclass(frozen=True, slots=True)
class ItemParts:
    """What one list item says about its organization."""

    name_zh: str = ""
    name_en: str = ""
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    parent: str = ""
    values: tuple[Value, ...] = ()
    attributes: tuple[Attribute, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.name_zh or self.name_en or self.acronym)

    def mention(
        self,
        article: str,
        position: int,
        *,
        category: str | None,
        start: int,
        end: int,
        parent: str = "",
        group: str = "",
    ) -> Mention:
        """The list mention these parts make (``parent`` applies when the item names none itself)."""
        return Mention(
            article=article,
            kind=Kind.LIST,
            position=position,
            category=category,
            name_zh=self.name_zh,
            name_en=self.name_en,
            acronym=self.acronym,
            aliases=self.aliases,
            note=self.note,
            start=start,
            end=end,
            parent=self.parent or parent,
            group=group,
            values=self.values,
            attributes=self.attributes,
        )


# a person's name that ends with a generational suffix keeps its full stop ("John Roe Jr.")
_ABBREVIATION_END_RE = re.compile(r"\b(?:Jr|Sr)\.$")


def strip_item(text: str) -> str:
    """An item without surrounding blanks and trailing terminators (；。，、 ...) or footnote marks (†)."""
    t = text.strip(WHITESPACE + "\n")
    while (
        t
        and (t[-1] in ITEM_TERMINATORS or t[-1] in WHITESPACE or t[-1] in FOOTNOTE_MARKS)
        and not (_ABBREVIATION_END_RE.search(t))
    ):
        t = t[:-1]
    while t and (t[0] in "，,；;、：:" or t[0] in WHITESPACE):
        t = t[1:]
    return t


def _join_notes(*notes: str) -> str:
    return "；".join(n for n in notes if n)


def _clean_zh(text: str) -> str:
    t = re.sub(rf"(?<=[{CJK}」』）)])\s+(?=[{CJK}「『（(])", "", text.strip(WHITESPACE))
    return t.strip(WHITESPACE + "，,；;、：:")


def _split_zh_en(outside: str) -> tuple[str, str]:
    """Chinese name and a trailing English name written after it (``中文 English``)."""
    s = outside.strip(WHITESPACE)
    if not s:
        return "", ""
    cjk = [m.end() for m in EAST_ASIAN_RE.finditer(s)]
    if not cjk:
        return "", s if LATIN_RE.search(s) else ""
    last = cjk[-1]
    while last < len(s) and s[last] in QUOTES_CLOSE:
        last += 1
    tail = s[last:]
    if tail and tail[0] in WHITESPACE and LATIN_RE.search(tail):
        return _clean_zh(s[:last]), tail.strip(WHITESPACE)
    return _clean_zh(s), ""


def _strip_quotes(text: str) -> str:
    t = text.strip(WHITESPACE)
    while len(t) >= 2 and t[0] in QUOTES_OPEN and t[-1] in QUOTES_CLOSE:
        t = t[1:-1].strip(WHITESPACE)
    return t


def _is_latin(text: str) -> bool:
    return bool(LATIN_RE.search(text)) and not EAST_ASIAN_RE.search(text)


def _looks_like_zh_name(text: str) -> bool:
    return bool(EAST_ASIAN_RE.search(text)) and len(text) <= 30 and not re.search("[，。；！？,;]", text)


# a parenthetical of one or two ideographs right after a name is part of the name (``剛果（布）``), but not
# after a transliterated person's name, whose parts a dot joins (``約翰·羅伊（甲國）``: where they are from)
MAX_NAME_PAREN = 2


def _name_paren(text: str, g: Group) -> bool:
    """A short bracket of Chinese characters that is part of the name (``剛果（金）``); not a whole
    country's name after a name that is no place (``張三（甲國）``: where the person is from)."""
    content = g.content.strip()
    return (
        0 < len(content) <= MAX_NAME_PAREN
        and all(CJK_RE.match(c) for c in content)
        and g.start > 0
        and CJK_RE.match(text[g.start - 1]) is not None
        and not any(dot in text[: g.start] for dot in NAME_DOTS)
        and not (place_at_start(content) == len(content) and place_at_start(text[: g.start].strip()) == 0)
    )


def _describes(text: str) -> bool:
    """Latin words in parentheses that describe the item rather than name it: a word in lower case that
    no name holds (``overseas territory``, ``a French department``)."""
    return any(w.isalpha() and w.islower() and w not in NAME_PARTICLES for w in text.split())


def _parse_simple(text: str) -> ItemParts:
    groups = [g for g in paren_groups(text) if not _name_paren(text, g)]
    pieces_out, last = [], 0
    for g in groups:
        pieces_out.append(text[last : g.start])
        last = g.end
    pieces_out.append(text[last:])
    zh, en = _split_zh_en("".join(pieces_out))
    acronym = ""
    aliases: list[str] = []
    notes: list[str] = []
    zh_from_paren = ""
    for g in groups:
        content = g.content.strip(WHITESPACE)
        m = _NOTE_RE.search(content)
        if m:
            notes.append(content[m.end() :].strip(WHITESPACE + "。."))
            content = content[: m.start()]
        for piece in _PIECE_SPLIT_RE.split(content):
            p = piece.strip(WHITESPACE + "，,；;、")
            if not p:
                continue
            am = _ALIAS_RE.match(p)
            if am and len(p) > am.end():
                aliases.append(_strip_quotes(p[am.end() :]))
            elif ACRONYM_RE.fullmatch(p):
                if not acronym:
                    acronym = p
                else:
                    aliases.append(p)
            elif _is_latin(p):
                tm = _TRAILING_ACRONYM_RE.match(p)
                if tm and ACRONYM_RE.fullmatch(tm.group("acr")):
                    p = tm.group("name")
                    if not acronym:
                        acronym = tm.group("acr")
                if not en:
                    en = p
                elif _describes(p):  # "Aland (overseas territory)": what it is, not another name
                    notes.append(p)
                else:
                    aliases.append(p)
            elif not zh and not zh_from_paren and _looks_like_zh_name(p):
                zh_from_paren = p
            else:
                notes.append(p)
    if not zh and zh_from_paren:
        zh = zh_from_paren
    if not en and not zh and ACRONYM_RE.fullmatch(text.strip()):
        acronym, en = text.strip(), ""
    if en and not acronym and ACRONYM_RE.fullmatch(en):
        acronym, en = en, ""
    return ItemParts(zh, en, acronym, tuple(dict.fromkeys(a for a in aliases if a)), _join_notes(*notes))


# "Carpathia, also known as Karpatia", "Acme Co., Ltd., a.k.a. Acme (Aland)": the alias, then the item's
# own bracket (a note of the list's) if any
_AKA_RE = re.compile(
    r"^(?P<name>[^()]+?)(?:,\s*|\s+\(|\s+)(?:also known as|also called|a\.k\.a\.|aka|formerly known as"
    r"|formerly)\s+(?P<alias>[^()（）]+?)\)?(?P<rest>\s*[(（][^()（）]*[)）])?$",
    re.IGNORECASE,
)


_FULLWIDTH_LATIN_RE = re.compile(r"[\uff21-\uff3a\uff41-\uff5a][\uff01-\uff5e\u3000 ]*")
_FULLWIDTH_IN_PARENS_RE = re.compile(
    r"（([\uff21-\uff3a\uff41-\uff5a][\uff21-\uff3a\uff41-\uff5a\uff10-\uff19\uff06\uff0f\uff0d\u3000 ]*)）"
)


@lru_cache(maxsize=TEXT_CACHE)
def parse_item(text: str) -> ItemParts:
    """Split one list item into Chinese name, English name, acronym, aliases, note and parent.

    Handles ``中文（English）``, ``中文（ACR）``, ``中文 English (ACR)``, ``中文（English）中文``,
    ``中文（即「alias」，English）``, ``中文（English, ACR，X註：note）`` and parent constructions
    ``X（ACR）-Y`` / ``ACR——Y`` (the item's own name is Y, the parent is X's acronym or name).
    """
    t = strip_item(text)
    if not t:
        return ItemParts()
    if _FULLWIDTH_LATIN_RE.fullmatch(t):  # "ＥＵ", "ＷＨＯ": Latin letters set full width in East Asian type
        t = unicodedata.normalize("NFKC", t)
    # "甲乙党（ＡＢＣ）": an acronym or English name in parentheses, set full width
    t = _FULLWIDTH_IN_PARENS_RE.sub(lambda m: f"（{unicodedata.normalize('NFKC', m.group(1))}）", t)
    if (aka := _AKA_RE.match(t)) is not None:  # "Carpathia, also known as Karpatia"
        named = parse_item(aka.group("name") + (aka.group("rest") or ""))
        return replace(named, aliases=(*named.aliases, aka.group("alias").strip()))
    split = parent_split(t)
    if split is None:
        return _parse_simple(t)
    left, right = split
    parent = _parse_simple(strip_item(left))
    own = _parse_simple(strip_item(right))
    return replace(
        own,
        parent=parent.acronym or parent.name_zh or parent.name_en,
        note=_join_notes(own.note, parent.note),
    )


@lru_cache(maxsize=TEXT_CACHE)
def _appointed_then_said(s: str) -> bool:
    """``外相に山田太郎氏。再任です。``: a sentence that appoints a person to a post, then sentences on the
    person (the item parser reads the name, the post, and the rest as a remark)."""
    split = split_item(s, 0, len(s))
    stop = s.find("。")
    return 0 < split.name_end <= stop and any(a.kind is AttributeKind.TITLE for a in split.attributes)


@lru_cache(maxsize=TEXT_CACHE)
def looks_like_name(text: str) -> bool:
    """A list item that names something, rather than a sentence of prose."""
    s = strip_item(outside_parens(text))
    if not s:
        return False
    if len(re.findall("[，,]", s)) > 3:
        return False
    if re.search(r"[。！？!?]", s) and not _appointed_then_said(s):
        return False
    if re.search(r"[a-z]\.\s+[A-Z]", HONORIFIC_RE.sub("", s)):  # "Sen. Jane Roe" is no two sentences
        return False
    return len(CJK_RE.findall(s)) <= 45 and len(s.split()) <= 28
