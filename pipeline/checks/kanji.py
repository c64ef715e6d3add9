"""A Japanese person's name in kanji, or a Chinese person's name, with one character the other outlets do
not print (``misspelt_name``).

Chinese-language outlets print a Japanese name in the kanji it is written in, in their own script's forms
(``鈴木`` in Traditional, ``铃木`` in Simplified, ``沢`` and ``澤`` alike): once each outlet's name is
folded to the Japanese forms and to the Simplified ones, every outlet writes the same characters. A name
that differs in one character from the form at least two other outlets print (``山田憲一`` for
``山田賢一``, read alike in Japanese and in Mandarin) is a slip of the typist or of an input method, not a
translation choice. Only native Japanese names are judged (two to five kanji with a Japanese reading,
printed by a Japanese outlet or with an English name in Hepburn syllables), and native Chinese names (two
or three characters, family name first) where the character printed is read as the one it replaces in
Mandarin (``張三峰`` for ``張三豐``: a homophone an input method offers): transliterations of foreign
names differ by a character from region to region, and are the glossary's.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.checks.context import _Ctx
from pipeline.checks.names import _entity_mentions
from pipeline.checks.registry import MISSPELT_NAME
from pipeline.checks.wording import _evidence, _words
from pipeline.knowledge.kana import kanji_forms, kanji_readings, romanized_name
from pipeline.knowledge.romanized import mandarin_reading, pinyin_name, to_ascii
from pipeline.lang.scripts import simplified
from pipeline.models import Discrepancy, Entity, Kind, Mention, Severity

MIN_AGREEING = 2  # outlets printing the usual form, against the one that departs from it


def _forms(name: str, japanese: bool) -> tuple[str, str]:
    """A kanji name in the Japanese forms (variant characters folded: ``kanji_forms``) and in the
    Simplified ones: two names whose folds differ in both differ in a character, not in a script's way
    of writing it. A name no Japanese outlet prints is folded to the Simplified forms alone (pykakasi's
    table of variants never loaded)."""
    if not japanese:
        return simplified(name), simplified(name)
    return kanji_forms(name), simplified(kanji_forms(name))


def _one_character_apart(a: str, b: str) -> int | None:
    """The index of the one character in which two kanji names of one length differ, else None."""
    if len(a) != len(b):
        return None
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return apart[0] if len(apart) == 1 else None


def _japanese_name(ctx: _Ctx, ent: Entity, usual: str, printing: list[Mention]) -> bool:
    """The usual form is a Japanese person's name: it has a Japanese reading, and a Japanese outlet prints
    it or the entity has an English name in Hepburn syllables."""
    if not kanji_readings(usual):
        return False
    return any(ctx.japanese(m.article) for m in printing) or _romanized(ctx, ent)


def _romanized(ctx: _Ctx, ent: Entity) -> bool:
    """The entity has an English name in Hepburn syllables (``romanized_name``)."""
    english = {m.name_en for m in _entity_mentions(ctx, ent) if m.name_en} | {ent.name_en}
    return any(romanized_name(e) for e in english if e)


def _maybe_japanese(ctx: _Ctx, ent: Entity) -> bool:
    """What ``_japanese_name`` asks besides readings, over all the entity's mentions: without a Japanese
    outlet or a name in Hepburn syllables, no name of the entity is judged, and its names are not read
    in Japanese (a story without a Japanese name never loads pykakasi's dictionaries)."""
    return any(ctx.japanese(m.article) for m in _entity_mentions(ctx, ent)) or _romanized(ctx, ent)


def _words_of(latin: str) -> list[str]:
    return sorted(w for w in (re.sub(r"[^a-z]", "", p) for p in to_ascii(latin.casefold()).split()) if w)


def _pinyin_named(ctx: _Ctx, ent: Entity, mandarin: str) -> bool:
    """Some outlet names the entity in pinyin, in the syllables of ``mandarin`` (``Zhang Sanfeng``,
    ``ZHANG San-feng``, ``Sanfeng Zhang`` for ``zhang sanfeng``): a Chinese person's native name."""
    english = {m.name_en for m in _entity_mentions(ctx, ent) if m.name_en} | {ent.name_en}
    want = _words_of(mandarin)
    return bool(mandarin) and any(e and pinyin_name(e) and _words_of(e) == want for e in english)


def _readable(name: str, japanese: bool) -> bool:
    """A name the check reads: one with a Japanese reading, where the entity may be Japanese, or a native
    Chinese name with a Mandarin one."""
    return bool((japanese and kanji_readings(name)) or mandarin_reading(name))


def _misspelt_names(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    for ent in ctx.entities.values():
        japanese = _maybe_japanese(ctx, ent)
        by_form: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        seen: set[str] = set()
        for m in _entity_mentions(ctx, ent):
            if m.kind is Kind.LIST and m.article not in seen and m.name_zh and _readable(m.name_zh, japanese):
                seen.add(m.article)
                by_form[_forms(m.name_zh, japanese)].append(m)
        if len(by_form) < 2:
            continue
        usual, printing = max(by_form.items(), key=lambda kv: (len(kv[1]), kv[0]))
        if len(printing) < MIN_AGREEING:
            continue
        japanese = japanese and _japanese_name(ctx, ent, usual[0], printing)
        for form, ms in sorted(by_form.items()):
            at = _one_character_apart(form[0], usual[0])
            if form == usual or len(ms) * MIN_AGREEING > len(printing) or at is None:
                continue
            if _one_character_apart(form[1], usual[1]) is None:
                continue  # one character of a script's own forms (OpenCC's choice): no slip
            own, theirs = ms[0].name_zh, printing[0].name_zh
            if len(own) != len(form[0]) or len(theirs) != len(usual[0]):
                continue  # a fold that changed a name's length: no character to point at
            # a Chinese name is judged where it is heard alike in Mandarin, and the entity's name in pinyin
            # is that reading: a native name (a transliteration's characters are each region's choice)
            mandarin = mandarin_reading(own) if mandarin_reading(own) == mandarin_reading(theirs) else ""
            mandarin = mandarin if _pinyin_named(ctx, ent, mandarin) else ""
            if not japanese and not mandarin:
                continue
            alike = [r for r in kanji_readings(own) if r in kanji_readings(theirs)] if japanese else []
            heard = (
                f", read alike in Mandarin ({mandarin})"
                if mandarin
                else f", read alike in Japanese ({alike[0]})"
                if alike
                else ""
            )
            arts = sorted({m.article for m in ms})
            out.append(
                Discrepancy(
                    kind=MISSPELT_NAME,
                    severity=Severity.WARNING,
                    entity=ent.id,
                    sources=tuple(arts),
                    subject=ctx.name(ent.id),
                    message=(
                        f"{_words(arts)} writes {own} where {len(printing)} other outlets write {theirs}: "
                        f"'{own[at]}' in place of '{theirs[at]}'{heard}."
                    ),
                    evidence=_evidence(
                        [*(ctx.mention_evidence(m) for m in ms), ctx.mention_evidence(printing[0])]
                    ),
                )
            )
    return out
