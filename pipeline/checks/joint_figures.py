"""A name joined to another before it (``甲國與乙國占35%``, ``甲国と乙国で35％``, ``Aland and Borduria
account for 35%``): the figure the clause gives after it is the two items' together, not either's own,
and contradicts neither's value in a list."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.lang.leads import FINAL_JOINER_RE

# the word that joins the name to another before it: a final joiner (和, 與, と, and) or a pause (、 ,)
_JOINED_BEFORE_RE = re.compile(r"(?:" + FINAL_JOINER_RE.pattern + r"|\s*[、,，]\s*)$", re.IGNORECASE)
JOIN_WINDOW = 8  # characters before a name read for the word that joins it to another


def joined_after(body: str, start: int, others: Iterable[str]) -> bool:
    """The name at ``start`` of ``body`` comes right after one of ``others`` (other items' names),
    joined to it."""
    joiner = _JOINED_BEFORE_RE.search(body, max(0, start - JOIN_WINDOW), start)
    if joiner is None:
        return False
    before = body[: joiner.start()]
    return any(before.endswith(name) for name in others)
