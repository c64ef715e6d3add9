"""A party in brackets right after a person's name (``張三（甲黨）49.42%``, ``李四（乙党）``).

The item parser keeps a bracket of a few words after a Chinese or Japanese name as the item's note (a
short one in the name: ``張三（甲黨）``, as ``剛果（布）``); where the bracket holds a party's word (``黨``,
``党``, ``Party``: ``pipeline.lang.name_words.PARTY_WORD_RE``) and the name is shaped as a person's, it is
the person's party: a tag, as ``(R-Mo.)`` is. A list most of whose brackets hold such a word, after names
most of which are people's, prints a column of parties, and the few without the word (``王五（丙力量）``)
are parties too; a list whose brackets mostly hold no such word keeps its notes as they are (a column of
sports, of nationalities), the person's bracket with the word aside. A party two people of the list share
makes the parties the list's groups (``sources.item_asides.shared_asides``): those are left to it. An
English person's bracket (``Jane Roe (Aland Party)``), which the parser keeps as another name, is weighed
the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.name_words import PARTY_WORD_RE
from pipeline.lang.scripts import CJK, KANA
from pipeline.models import Attribute, AttributeKind, Mention
from sources.item_asides import EN_PERSON_RE
from sources.item_titles import is_title
from sources.people_parties import MAX_CJK_NAME, person_zh

MAX_PARTY = 12  # characters of a party's name in brackets, at the most
# one piece: no pause inside (``甲黨，北區`` is a party and a place, read by ``people_parties``)
_PIECE_RE = re.compile(rf"[{CJK}{KANA}ー・A-Za-z ]{{1,{MAX_PARTY}}}")
# an English party's name: a few words (``Aland Party``, ``Party of the Borduria Left``)
MAX_EN_PARTY_WORDS = 6
_EN_PIECE_RE = re.compile(rf"[A-Za-z][\w'’\-.&]*(?: [\w'’\-.&]+){{0,{MAX_EN_PARTY_WORDS - 1}}}")
_AGE_RE = re.compile(r"\d")
# a short bracket the item parser kept in the name (``張三（甲黨）``, as it keeps ``剛果（布）``)
_NAME_BRACKET_RE = re.compile(r"(?P<name>.+?)[（(](?P<party>[^（）()]{1,4})[）)]$")


def _unbracketed(m: Mention) -> Mention:
    """``m`` with a party's bracket the parser kept in its name made its note (``張三（甲黨）``)."""
    found = _NAME_BRACKET_RE.fullmatch(m.name_zh) if m.name_zh and not m.note and not m.aliases else None
    if found is None or not PARTY_WORD_RE.search(found["party"]) or not person_zh(found["name"]):
        return m
    return replace(m, name_zh=found["name"], note=found["party"])


def _english(m: Mention) -> bool:
    """``m`` an English name only, with the one bracket the parser kept as another name of it."""
    return bool(m.name_en and not m.name_zh and not m.note and len(m.aliases) == 1)


def _aside(m: Mention) -> str:
    """The words in brackets after ``m``'s name: its note, or an English name's one other name."""
    return m.aliases[0] if _english(m) else m.note


def _person(m: Mention) -> bool:
    return bool(EN_PERSON_RE.fullmatch(m.name_en)) if _english(m) else person_zh(m.name_zh)


def _bracket(m: Mention) -> bool:
    """``m`` a short name with one bracket of one piece after it, which no post or age fills."""
    aside = _aside(m)
    return bool(
        aside
        and (_english(m) or (m.name_zh and not m.aliases and len(m.name_zh) <= MAX_CJK_NAME))
        and (_EN_PIECE_RE if _english(m) else _PIECE_RE).fullmatch(aside)
        and not _AGE_RE.search(aside)
        and not is_title(aside)
    )


def _party(m: Mention) -> bool:
    return PARTY_WORD_RE.search(_aside(m)) is not None


def parties_in_brackets(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's bracketed party read as a tag (the module's docstring)."""
    mentions = [_unbracketed(m) for m in mentions]
    bracketed = [m for m in mentions if _bracket(m)]
    partied = [m for m in bracketed if _party(m) and _person(m)]
    people = [m for m in bracketed if _person(m)]
    notes = [_aside(m) for m in bracketed]
    if not partied or len(set(notes)) < len(notes):
        return mentions  # brackets two people share: the list's groups, weighed by ``item_asides``
    # most brackets hold a party's word, after most names shaped as people's: a column of parties
    worded = [m for m in bracketed if _party(m)]
    column = 2 * len(worded) > len(bracketed) and 2 * len(people) > len(bracketed)
    out = []
    for m in mentions:
        taken = m in bracketed and (column or m in partied)
        aside = _aside(m)
        at = text.find(aside, m.start, m.end) if taken else -1
        if at < 0:
            out.append(m)
            continue
        tag = Attribute(AttributeKind.TAG, aside, "", at, at + len(aside))
        attributes = tuple(sorted((*m.attributes, tag), key=lambda a: a.start))
        out.append(replace(m, note="", aliases=(), attributes=attributes))
    return out
