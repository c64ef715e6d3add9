"""How transliterations hear a Latin name: its spellings as a Chinese or a Japanese outlet hears them,
each read into a consonant skeleton by ``pipeline.knowledge.sound``.

* a word's last consonant heard two ways: a ``ch`` after a vowel is also a ``k`` (German and Greek
  names: Aldrich, Bach), which a katakana name writes (``ク``) where a Chinese one writes ``s`` (``希``);
* a ``v`` ending a word after a vowel is devoiced, ``f`` (Slavic names: Borisov), as katakana (``フ``) and
  Chinese (``夫``) write it, and only so: the ``w`` of a name ending in a vowel (Borisova: ``娃``, ``ワ``)
  is another person's, a wife's or a sister's;
* names of other languages than English: an ``r`` after a vowel is sounded (Borduria: ``爾``, ``ル``,
  where English Carter drops it), and ``zh`` (a Slavic sound) is the ``r`` of pinyin (``日``, ``熱``) as
  well as its ``zh``;
* an English ``wh`` opening a word is heard ``h`` by Chinese outlets (``惠``, ``懷``: Whelby, Whitmore);
* a ``d`` or ``t`` between a vowel and an ``e`` or ``i`` (a Russian soft consonant) is also heard as an
  affricate, as Chinese outlets write it (``捷``, ``季``: jie, ji for the ``de`` of Borodeva, ``博羅捷娃``):
  a reading of a name of another language, with its sounded ``r``.

``liquid_dropped`` is one more spelling, heard only where a name has two sounds left
(pipeline.matching.two_sounds): an ``l`` between a vowel and a consonant left out, as Hong Kong writes it
(no Cantonese syllable ends in ``l``: Galmor as ``加摩``, gaa mo) and katakana often does (``ガーモア``).
"""

from __future__ import annotations

import re

__all__ = ["R_KEPT", "liquid_dropped", "spellings"]

_FINAL_READINGS = ((re.compile(r"(?<=[aeiouy])ch\b"), "k"),)
_DEVOICED_RE = re.compile(r"(?<=[aeiouy])v\b")
_SOUNDED_R_RE = re.compile(r"(?<=[aeiouy])r(?![aeiouy])")
_ZH_RE = re.compile(r"zh")
_WH_RE = re.compile(r"\bwh")
_SOFT_RE = re.compile(r"(?<=[aeiouy])[dt](?=[ei])")
_AFFRICATE = "j"
_LIQUID_RE = re.compile(r"(?<=[aeiouy])l(?=[^aeiouyl\W])")
R_KEPT = "\u0280"  # a sounded r, kept from the rule that drops an English one (read as ``r`` after)


def spellings(text: str, *, foreign: bool = True) -> tuple[str, ...]:
    """``text`` (a Latin name, folded to lower case) as heard: its final ``v`` devoiced, then as spelt,
    with its last consonant heard the other way, and (``foreign``) as a name of another language and with
    its ``wh`` heard ``h`` and its soft ``d`` or ``t`` heard as an affricate; distinct, in that order."""
    text = _DEVOICED_RE.sub("f", text.casefold())
    other = text
    for pattern, heard in _FINAL_READINGS:
        other = pattern.sub(heard, other)
    if not foreign:
        return tuple(dict.fromkeys([text, other]))
    sounded = _ZH_RE.sub("r", _SOUNDED_R_RE.sub(R_KEPT, text))
    soft = _SOFT_RE.sub(_AFFRICATE, sounded)
    return tuple(dict.fromkeys([text, other, sounded, _WH_RE.sub("h", text), soft]))


def liquid_dropped(word: str) -> str:
    """A Latin word (folded to lower case) with each ``l`` between a vowel and a consonant left out
    (``galmor`` -> ``gamor``); "" where it has none."""
    dropped = _LIQUID_RE.sub("", word.casefold())
    return dropped if dropped != word.casefold() else ""
