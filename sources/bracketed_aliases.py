"""Another name of the same person in brackets after the name a list prints (``C羅（羅納度）``,
``甲乙（張三豐）``): a short name or a nickname, then the fuller name it stands for. The item parser keeps
such a bracket as the item's note; where it is shaped as a person's name and longer than the name before
it, no other item of the list prints it, and every other bracket of the list is such a name too, it is the
person's other name (``Mention.aliases``), which matching can use. A bracket holding a post, a party's
word, an age, a place CLDR knows, or a note other items share (a column of sports or nationalities) keeps
its reading; an English name in brackets is read as one by the item parser already.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.name_words import PARTY_WORD_RE
from pipeline.lang.scripts import CJK, NAME_DOTS
from pipeline.models import Mention
from sources.item_titles import is_title
from sources.people_parties import person_zh

MIN_ALIAS, MAX_ALIAS = 3, 6  # characters of the fuller name in brackets (a name dot aside)
MAX_SHORT = 4  # characters of the short name before it
_ALIAS_RE = re.compile(rf"[{CJK}{''.join(NAME_DOTS)}]{{{MIN_ALIAS},{MAX_ALIAS + 1}}}")
_SHORT_RE = re.compile(rf"[A-Za-z]?[{CJK}]{{1,{MAX_SHORT}}}")  # "C羅", "甲乙"


def _alias(m: Mention, shared: Counter[str]) -> bool:
    note = m.note
    return bool(
        note
        and shared[note] == 1
        and not m.aliases
        and _SHORT_RE.fullmatch(m.name_zh)
        and person_zh(m.name_zh)  # no place's name (``中國（含澳門）``: what the place holds)
        and place_at_start(m.name_zh) != len(m.name_zh)
        and _ALIAS_RE.fullmatch(note)
        and len(note) > len(m.name_zh)
        and person_zh(note)
        and not is_title(note)
        and not PARTY_WORD_RE.search(note)
        and place_at_start(note) == 0
    )


def aliases_in_brackets(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each bracket that names the person again read as the item's alias, where every
    bracket of the list does (one that does not, ``錢七（羽毛球）`` beside ``趙六（多明尼加）``, makes them a
    column of notes)."""
    shared = Counter(m.note for m in mentions if m.note)
    bracketed = [m for m in mentions if m.note or m.name_zh.endswith(("）", ")"))]
    if not bracketed or not all(_alias(m, shared) for m in bracketed):
        return mentions
    return [replace(m, note="", aliases=(m.note,)) if m in bracketed else m for m in mentions]
