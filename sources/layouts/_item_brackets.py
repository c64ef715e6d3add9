"""An item without its parent read into its parts (``_parse_simple``): the words outside brackets give
the Chinese name and an English one written after it; each bracket after the name gives an acronym, an
English name, aliases (``又稱``, ``also known as``), a note (``註：``) or a Chinese name, unless it is part
of the name (``剛果（金）``). Only the shape of the text is used, never a table of names. Used by
``_item.parse_item``."""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.name_words import NAME_PARTICLES
from pipeline.lang.scripts import CJK, CJK_RE, EAST_ASIAN_RE, NAME_DOTS, WHITESPACE, fold_pattern
from sources.layouts._item_parts import ItemParts
from sources.layouts._parens import Group, paren_groups
from sources.layouts._shapes import ACRONYM_RE, LATIN_RE, QUOTES_CLOSE, QUOTES_OPEN

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
