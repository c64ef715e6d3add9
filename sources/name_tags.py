"""Notes in brackets printed down a list, told from names.

- A tag of one or two ideographs in brackets after each name of a list (``山田太郎（甲）``, ``張三（甲黨）``):
  part of a name when one item has it (a place told apart from its namesake, ``甲國（南）``), but where most
  of a list's names carry one and some share theirs, it is a column of tags (a party's short name) printed
  down the list: each is cut off its name into the item's note (``bracketed_tags``).
- A company named in Latin letters in a Chinese list whose other items each carry a note in brackets
  (``甲石化有限公司（甲國）``, ``Acme Trading FZE（乙國）``): its bracket is that column's note too, not its
  Chinese name (``latin_names_noted``).

The registry then weighs the notes with the other asides (the items' groups, or an attribute of each)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.lang.name_words import EN_FORM_WORDS
from pipeline.lang.scripts import CJK
from pipeline.models import Mention

_TAGGED_RE = re.compile(rf"(?P<name>.{{2,}}?)[（(](?P<tag>[{CJK}]{{1,2}})[)）]$")
MIN_TAGGED = 3  # names of a list carrying such a tag, at the least
TAGGED_SHARE = 0.5  # of a list's names that must carry one


def bracketed_tags(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the tag each name ends in cut off into its note, where the list prints them as a
    column: at least ``MIN_TAGGED`` names and half the list carry one, and two carry the same."""
    found = {i: t for i, m in enumerate(mentions) if not m.note and (t := _TAGGED_RE.fullmatch(m.name_zh))}
    tags = Counter(t["tag"] for t in found.values())
    if (
        len(found) < max(MIN_TAGGED, TAGGED_SHARE * len(mentions))
        or not tags
        or tags.most_common(1)[0][1] < 2
    ):
        return mentions
    return [
        replace(m, name_zh=t["name"], note=t["tag"]) if (t := found.get(i)) is not None else m
        for i, m in enumerate(mentions)
    ]


_ACRONYM_RE = re.compile(r"[A-Z]{2,5}")
MAX_NOTE = 6  # characters of a note in brackets after a Latin name (a place: 甲國, 英屬甲群島)


def latin_names_noted(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the bracket after a company's Latin name made its note, where every other item of
    the list carries a note, some share theirs, and the bracket is as short as a place's name
    (``MAX_NOTE``), where a company's Chinese name is longer and ends in its form (``…有限公司``)."""
    notes = [m.note for m in mentions if m.note]
    if len(notes) < MIN_TAGGED or len(set(notes)) == len(notes):
        return mentions
    latin = [i for i, m in enumerate(mentions) if not m.note and m.name_en and m.name_zh]
    if len(notes) + len(latin) != len(mentions):
        return mentions
    return [
        replace(m, name_zh="", note=m.name_zh)
        if i in latin and len(m.name_zh) <= MAX_NOTE and _company(m.name_en)
        else m
        for i, m in enumerate(mentions)
    ]


def _company(name: str) -> bool:
    """A name ending in a company's legal form (``Ltd``, ``LLC``) or in capitals (``FZE``, ``AG``)."""
    words = name.replace(".", " ").replace(",", " ").split()
    return bool(words) and (
        words[-1].casefold() in EN_FORM_WORDS or _ACRONYM_RE.fullmatch(words[-1]) is not None
    )
