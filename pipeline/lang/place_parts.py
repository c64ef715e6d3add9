"""A place's name as the topic of a count (``甲國共有6家企業入榜``, ``乙國有3人``): those of the list from
that place, a part of it picked by where they are, never the list's count. The place is a territory
CLDR names (``pipeline.lang.demonyms.place_at_start``); no name is known here."""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.scripts import fold_pattern

# the verb of having between the place and the count (``共有``, ``有``, ``計有``, ``には``)
_HAS_RE = re.compile(fold_pattern(r"(?:共有|總共有|一共有|計有|則有|也有|亦有|有|には|は)\s*$"))
_CLAUSE_START_RE = re.compile(r"[，。；！？,;!?\n、：:]")


def place_topic_before(sentence: str, start: int) -> bool:
    """The words of the count's clause before ``start`` are a place's name and a verb of having."""
    cut = max((m.end() for m in _CLAUSE_START_RE.finditer(sentence, 0, start)), default=0)
    has = _HAS_RE.search(sentence, cut, start)
    if has is None:
        return False
    topic = sentence[cut : has.start()].strip()
    return len(topic) >= 2 and place_at_start(topic) == len(topic)
