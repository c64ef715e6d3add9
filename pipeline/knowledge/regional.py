"""Taiwan / Hong Kong / mainland variants of proper nouns, folded with OpenCC's regional phrases.

Script folding (Traditional -> Simplified, ``pipeline.normalize.chinese.zh_key``) makes ``也門`` and ``也门``
one key, but Taiwan writes many foreign names with other characters (``寮國`` / ``老挝``,
``紐西蘭`` / ``新西兰``, ``資訊`` / ``信息``). OpenCC's ``tw2sp`` configuration converts Taiwan phrases to
mainland ones; a name with no Simplified-only character (``寮國``, but also ``查德`` or ``尼日``, whose
characters both scripts share) gets that folded form as a second form (``regional_forms``), so either
spelling can meet the other side's.

Measured on CLDR's country and territory names (249 ISO codes; names of two locales count as
equal when some form of one has the key of some form of the other; ``benchmarks/knowledge.py``):

========================  ==============  ===============  ===========
folding                   zh_Hant/zh_Hans  zh_Hant_HK/zh_Hans  zh_Hant/zh_Hant_HK
========================  ==============  ===============  ===========
script only (t2s)          130             209              161
+ hk2s                     130             209              161
+ tw2sp                    199             218              216
========================  ==============  ===============  ===========

``hk2s`` adds nothing over script folding on these names; ``tw2sp`` adds 69 Taiwan/mainland pairs
and 55 Taiwan/Hong Kong pairs. It is not applied to text with Simplified-only characters, nor to its
own output: its phrase table is not idempotent (``尼日`` -> ``尼日尔``, and ``尼日尔`` -> ``尼日尔尔``),
so the script-folded key is always kept beside the folded one.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.lang.conversions_kept import KeptConverter
from pipeline.lang.conversions_kept import converter as kept_converter
from pipeline.normalize.chinese import zh_key
from pipeline.normalize.scripts import to_traditional

__all__ = ["REGIONAL_CONFIG", "regional_forms", "regional_key"]

REGIONAL_CONFIG = "tw2sp"  # chosen by the measurement in the module docstring


@lru_cache(maxsize=1)
def _converter() -> KeptConverter:
    return kept_converter(REGIONAL_CONFIG)


@lru_cache(maxsize=65536)
def regional_key(name: str) -> str:
    """The Taiwan -> mainland folded key of a name; ``""`` when the name has Simplified-only
    characters or folding changes nothing beyond the script."""
    if not name or to_traditional(name) != name:
        return ""
    folded = zh_key(_converter().convert(name))
    return folded if folded != zh_key(name) else ""


def regional_forms(name: str) -> tuple[str, ...]:
    """The keys a Chinese name can be compared under: its script-folded key, then its regional one."""
    base = zh_key(name)
    extra = regional_key(name)
    return (base, extra) if extra else (base,)
