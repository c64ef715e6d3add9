"""How alike a Chinese transliteration read in Cantonese and a Latin name sound, as Hong Kong writes
foreign names by their Cantonese sound (``夏基米`` for Hakimi, ``沙拿`` for Salah, ``柏馬`` for Palmer): the
Cantonese skeleton, its initial ``n`` heard as ``l`` too, against the Latin name's forms and its family
word with an ``l`` before a consonant left out (pipeline.knowledge.heard.liquid_dropped). Used where a
check asks whether a name is the others' name written another way, beside the Mandarin reading
(pipeline.knowledge.sound.similarity)."""

from __future__ import annotations

from pipeline.knowledge.cantonese import cantonese_skeleton
from pipeline.knowledge.heard import liquid_dropped
from pipeline.knowledge.sound import MIN_CLASSES, latin_forms, latin_skeleton, skeleton_ratio


def cantonese_similarity(chinese: str, latin: str) -> float:
    """0..1: the best skeleton ratio of ``chinese`` heard in Cantonese and a form of ``latin``; 1.0 where a
    name of two sounds is the family word's two (``bn``: 柏馬 and Palmer without its l)."""
    heard = {cantonese_skeleton(chinese), cantonese_skeleton(chinese, n_as_l=True)} - {""}
    words = latin.split()
    family = words[-1] if words else ""
    forms = set(latin_forms(latin))
    if family:
        forms.add(latin_skeleton(family))
        if dropped := liquid_dropped(family):
            forms.add(latin_skeleton(dropped))
    short = MIN_CLASSES - 1
    if any(len(h) == short and h in forms for h in heard):
        return 1.0
    return max((skeleton_ratio(h, f) for h in heard for f in forms), default=0.0)
