"""An acronym printed beside an English name that it clearly cannot abbreviate (``acronym_mismatch``):
the name's initials, and the acronym's letters in their order, are the evidence."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import ACRONYM_MISMATCH
from pipeline.checks.wording import _evidence
from pipeline.models import Discrepancy, Severity
from pipeline.normalize.acronyms import acronym_key

_LATIN_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z'’]*")


def _initials(en: str) -> str:
    """Initials of every word (function words included), capitalised words whole, an initialism
    written with dots (``U.N.``) as its letters."""
    text = re.sub(
        r"\b((?:[A-Z]\.\s?){1,}[A-Z])\.?(?=\W|$)", lambda m: re.sub(r"[\s.]", "", m.group(1)), en or ""
    )
    out: list[str] = []
    for word in _LATIN_WORD.findall(text.replace("-", " ").replace("/", " ")):
        if word[0].isdigit():
            continue
        out.append(word if len(word) >= 2 and word.isupper() else word[0].upper())
    return acronym_key("".join(out))


def _acronym_fits(acronym: str, initials: str) -> bool:
    """Whether an acronym can stand for a name with these initials.

    Real acronyms are loose (letters from inside words, an older word order, a number: the
    population fund's, the renewable-energy agency's), so only a clear contradiction counts: the
    acronym's first letter is no initial of the name, or fewer than half of its letters are.
    """
    letters = [ch for ch in acronym if ch.isalpha()]
    if not letters:
        return True
    pool = Counter(initials)
    covered = 0
    for ch in letters:
        if pool[ch] > 0:
            pool[ch] -= 1
            covered += 1
    return letters[0] in initials and covered * 2 >= len(letters)


def _syllable_initials(acronym: str, en: str) -> bool:
    """A name of one word whose syllables the acronym's letters open in order (a romanized name,
    ``Borodanka`` for ``BDK``): its first letter, then each later letter one before a vowel."""
    words = _LATIN_WORD.findall(en)
    if len(words) != 1 or len(acronym) < 2 or not acronym.isalpha():
        return False
    word = words[0].upper()
    if word[0] != acronym[0]:
        return False
    pos = 1
    for ch in acronym[1:]:
        pos = next((i + 1 for i in range(pos, len(word) - 1) if word[i] == ch and word[i + 1] in "AEIOUY"), 0)
        if not pos:
            return False
    return True


def _acronym_mismatches(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    # An acronym attached to several entities is a parent body's, not the item's own.
    holders: dict[str, set[str]] = defaultdict(set)
    for key, m in ctx.mentions.items():
        if m.acronym:
            holders[acronym_key(m.acronym)].add(ctx.entity_of.get(key, key))
    for key in sorted(ctx.mentions):
        m = ctx.mentions[key]
        acr = acronym_key(m.acronym)
        if not acr or not m.name_en or len(acr) < 2:
            continue
        if m.parent and acronym_key(m.parent) == acr or len(holders[acr]) > 1:
            continue
        initials = _initials(m.name_en)
        if not initials or _acronym_fits(acr, initials) or _syllable_initials(acr, m.name_en):
            continue
        ent = ctx.entity_of.get(key)
        out.append(
            Discrepancy(
                kind=ACRONYM_MISMATCH,
                severity=Severity.WARNING,
                entity=ent,
                sources=(m.article,),
                subject=ctx.name(ent) if ent else m.label,
                message=(
                    f"{m.article} gives the acronym {m.acronym} for '{m.name_en}', whose initials are "
                    f"{initials}: the acronym may belong to another (e.g. parent) body."
                ),
                evidence=_evidence([ctx.mention_evidence(m)]),
            )
        )
    return out
