"""Which script a piece of report text is in, and a Traditional -> Simplified folding table.

``lang_tag`` gives the BCP 47 tag a page sets on an element (``zh-Hant``, ``zh-Hans``, ``ja``,
``en``) so that the browser picks the right CJK glyphs; it looks at the characters only: kana means
Japanese, Han characters that OpenCC would change in one direction and not the other tell
Traditional from Simplified, Latin letters alone mean English. ``fold_table`` is the per-character
Traditional -> Simplified mapping (OpenCC t2s) for the characters a report holds, so that a filter
box matches 稅率 and 税率 alike without shipping a whole conversion dictionary.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

import opencc

from pipeline.normalize.scripts import to_simplified, to_traditional


class LangTag(StrEnum):
    ZH_HANT = "zh-Hant"
    ZH_HANS = "zh-Hans"
    JA = "ja"
    EN = "en"


@lru_cache(maxsize=65_536)
def is_han(ch: str) -> bool:
    return "CJK UNIFIED IDEOGRAPH" in unicodedata.name(ch, "") or "CJK COMPATIBILITY IDEOGRAPH" in (
        unicodedata.name(ch, "")
    )


@lru_cache(maxsize=65_536)
def is_kana(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return name.startswith(("HIRAGANA", "KATAKANA")) and ch not in "・ー"


@lru_cache(maxsize=4)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=8192)
def _char_script(ch: str) -> str:
    """``t`` for a Traditional-only character, ``s`` for a Simplified-only one, empty for either or neither.

    A character is Simplified-only when every Traditional standard OpenCC knows (generic, Taiwan,
    Hong Kong) writes it otherwise: 群 is Taiwan's form of 羣, so it tells nothing. The Taiwan and Hong
    Kong forms are the generic form's variants (OpenCC ``t2tw``, ``t2hk``): for one character that is
    what ``s2tw`` and ``s2hk`` give (every CJK character checked), without loading their phrase
    dictionaries a second time (about 50 ms)."""
    if to_simplified(ch) != ch:
        return "t"
    generic = to_traditional(ch)
    if generic != ch and all(_converter(c).convert(generic) != ch for c in ("t2tw", "t2hk")):
        return "s"
    return ""


def lang_tag(text: str, *, default: LangTag = LangTag.EN, zh_default: LangTag = LangTag.ZH_HANT) -> LangTag:
    """The language tag for ``text``: ``zh_default`` for Chinese that reads the same in both scripts,
    ``default`` when it has no letters at all."""
    return _lang_tag(text, default, zh_default)


LANG_SAMPLE_CHARS = 400  # a text's language is told by its opening (a finding's message runs to pages)


@lru_cache(maxsize=16_384)
def _char_class(ch: str) -> str:
    """``k`` kana; ``t``, ``s`` or ``h`` a Traditional-only, Simplified-only or other Han character (see
    ``_char_script``); ``l`` an ASCII letter; empty for anything else."""
    if is_kana(ch):
        return "k"
    if is_han(ch):
        return _char_script(ch) or "h"
    return "l" if ch.isascii() and ch.isalpha() else ""


@lru_cache(maxsize=16_384)  # report texts repeat (outlet labels, entity names): each is read once
def _lang_tag(text: str, default: LangTag, zh_default: LangTag) -> LangTag:
    classes = Counter(map(_char_class, text[:LANG_SAMPLE_CHARS]))
    if classes["k"]:
        return LangTag.JA
    traditional, simplified = classes["t"], classes["s"]
    if traditional + simplified + classes["h"]:
        if simplified != traditional:
            return LangTag.ZH_HANS if simplified > traditional else LangTag.ZH_HANT
        return zh_default
    return LangTag.EN if classes["l"] else default


def fold_table(texts: Iterable[str]) -> dict[str, str]:
    """Traditional character -> Simplified character, for every Han character of ``texts`` that
    OpenCC changes one for one (a character that maps to several is left alone)."""
    table: dict[str, str] = {}
    distinct = set("".join(texts))  # each character asked about once, not once per occurrence
    for ch in sorted(ch for ch in distinct if is_han(ch)):
        folded = to_simplified(ch)
        if folded != ch and len(folded) == 1:
            table[ch] = folded
    return table


LANG_TITLES = {"zh": "Chinese", "en": "English", "acronym": "acronym"}


def variant_language(lang: str, name: str) -> str:
    """What a naming variant is written in, for a reader: a name read as the item's East Asian name is
    Japanese where it holds kana (``マルタ``), else Chinese."""
    if lang == "zh" and any(is_kana(ch) for ch in name):
        return "Japanese"
    return LANG_TITLES.get(lang, lang)
