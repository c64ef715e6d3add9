"""Toneless pinyin keys and their similarity: evidence for transliterated foreign names.

Outlets transliterate a foreign name by sound, with different characters on each side of the
Strait (``盧比歐`` / ``卢比奥`` / ``魯比奧``: lu bi ou / lu bi ao), so the characters barely overlap
while the sounds nearly agree. ``pinyin_key`` reads a string's Chinese characters as toneless
pinyin syllables (pypinyin ``lazy_pinyin``; Traditional and Simplified read alike), other text passes
through lower-cased; ``similarity`` is the rapidfuzz ``ratio`` of two keys' syllables (joined by
spaces, so a syllable boundary counts).

On the transliterations of ``tests/test_matching_knowledge.py`` the same person's names score 0.70
to 1.0 and different people's names at most 0.67: ``PHONETIC_GATE`` sits between. Long names
(organizations) share generic syllables (``guo ji ... zu zhi``) as much as transliterations share
sounds, so the matcher only asks for this evidence between short names. It is evidence only, never a
merge rule.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from pipeline.knowledge.pinyin_kept import keep, kept_key

__all__ = ["PHONETIC_GATE", "PHONETIC_MAX_CHARS", "phonetic_evidence", "pinyin_key", "similarity"]

PHONETIC_GATE = 0.7  # similarity from which two keys sound alike (see the module docstring)
PHONETIC_MAX_CHARS = 5  # longest name (in characters) whose sound is evidence


@lru_cache(maxsize=65536)
def pinyin_key(name: str) -> str:
    """Toneless pinyin syllables of the Chinese characters, separated by spaces; other runs of text
    lower-cased as they are (``盧比歐`` -> ``lu bi ou``, ``Rubio`` -> ``rubio``)."""
    kept = kept_key(name)
    if kept is not None:
        return kept
    # imported here: loading pypinyin's dictionaries takes a sixth of a second, and a story without short
    # Chinese names never needs them, nor one whose names an earlier run read (``pinyin_kept``)
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(name or "", style=Style.NORMAL, errors=lambda chars: chars.casefold())
    key = " ".join(w for p in parts for w in p.split())
    keep(name, key)
    return key


def similarity(a: str, b: str) -> float:
    """0..1: how alike two names sound (rapidfuzz ratio of their pinyin keys)."""
    ka, kb = pinyin_key(a), pinyin_key(b)
    if not ka or not kb:
        return 0.0
    return fuzz.ratio(ka, kb) / 100.0


def phonetic_evidence(a: str, b: str, *, gate: float = PHONETIC_GATE) -> float:
    """The similarity when it reaches ``gate`` and both names are short, else 0."""
    if len(a) > PHONETIC_MAX_CHARS or len(b) > PHONETIC_MAX_CHARS:
        return 0.0
    s = similarity(a, b)
    return s if s >= gate else 0.0
