"""One list item read into its parts (``ItemParts``, in ``_item_parts``): the name as printed, the English
name alongside, acronym, aliases and note.

``parse_item`` strips markers and terminators (``strip_item``), reads Latin letters set full width and an
``aka`` alias after the name, hands a parent organization to ``_parents``, and reads the item (or each
side of a parent construction) with ``_item_brackets``, which splits a Chinese name from its English one
and reads a trailing or parenthesised acronym, aliases and notes in parentheses. Only the shape of the
text is used, never a table of names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from pipeline.lang.scripts import FOOTNOTE_MARKS, WHITESPACE
from sources.layouts._item_brackets import _join_notes, _parse_simple
from sources.layouts._item_parts import ItemParts
from sources.layouts._parents import parent_split
from sources.layouts._shapes import ITEM_TERMINATORS, TEXT_CACHE

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
