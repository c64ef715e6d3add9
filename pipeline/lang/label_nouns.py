"""Words around a count in a group's label that are no part of the group's name.

The noun a count counts, printed after its classifier (``甲國11個城市``):
``甲國11個城市包括…``: the group is 甲國, the count says how many cities it holds, and the noun after
the classifier names what the items are, no part of the group's name. Where the count follows the
group's words with no ``的``/``の`` between (``全面禁止入境的12個國家`` keeps its noun: the phrase's
head) and no word that points at what follows (``以下12個國家``, ``其中包括3家企業``), the group's words
short (a name, not a clause's verb and object), ``noun_ends_after_count`` gives where that
noun ends. In English, the copula and preposition that place the counted items in the group, left
before the group's name once an opening count is taken out (``Eleven of the cities are in Aland``:
Aland), ``PLACED_IN_RE``.
"""

from __future__ import annotations

import re

from pipeline.lang.counter_words import ZH_CLASSIFIERS
from pipeline.lang.counts import Count
from pipeline.lang.leads import LEAD_IN_RE

MAX_OWNER_CHARS = 6  # characters of the group's words before the count ("甲國", "甲乙組織")
MAX_NOUN_CHARS = 4  # characters of the noun a classifier counts ("城市", "國家", "機構")
_NOUN_RE = re.compile(rf"[\u4e00-\u9fff]{{1,{MAX_NOUN_CHARS}}}")
_OWNER_BEFORE_RE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc]$")  # the group's own words, right before
_PAUSE_RE = re.compile(r"[，,、；;：:。]")
_NOT_OWNER_RE = re.compile(r"(?:的|の|以下|下列|如下|這|这|其中|共|共計|共计|合共|總共|总共)$")


def noun_ends_after_count(text: str, count: Count) -> list[int]:
    """Where the noun a classifier of ``count`` counts may end (shortest first), when the count follows a
    group's words directly (the module's docstring); [] otherwise."""
    if count.counter not in ZH_CLASSIFIERS:
        return []
    before = text[: count.start].rstrip()
    owner = _PAUSE_RE.split(before)[-1]
    if not _OWNER_BEFORE_RE.search(owner) or _NOT_OWNER_RE.search(owner) or LEAD_IN_RE.search(owner):
        return []
    if len(owner) > MAX_OWNER_CHARS:  # "甲法延伸至乙類七個地區": a clause's verb and its object, no owner
        return []
    noun = _NOUN_RE.match(text, count.end)
    return [] if noun is None else list(range(count.end + 1, noun.end() + 1))


# "[Eleven of the cities] are in the Aland": what is left before the group's name once the count is out
PLACED_IN_RE = re.compile(r"\s*(?:are|is|were|lie|sit)\s+(?:in|on)\s+(?:the\s+)?(?=[A-Z])")
