"""An amount whose currency the sentence says once, after the last of a run of amounts in one scale
(``甲國9970億、乙國3140億及丙國885億美元``, ``甲国9970億、乙国3140億ドル``): each bare figure before it is an
amount in that currency, as the last one is.
"""

from __future__ import annotations

import re

from pipeline.lang.numbers import DIGITS
from pipeline.lang.scripts import fold_pattern
from pipeline.lang.values import Found, find_values

# a figure in a scale word and nothing after it, ending a piece (``甲國9970億``)
_BARE_SCALED_RE = re.compile(rf"(?P<n>{DIGITS})\s*(?P<scale>" + fold_pattern(r"萬億|億|萬|兆") + r")\s*$")
# where the sentence that carries the currency ends, or a clause of something else starts
_CLAUSE_END_RE = re.compile(r"[。！？!?；;：:\n]")
MAX_CARRY = 200  # characters from the bare figure to the amount that names the currency


def carried_amount(text: str, start: int, end: int) -> list[Found]:
    """The bare scaled figure that ends ``text[start:end]`` after a name, as an amount in the currency
    of the next amount of the sentence, when that amount prints its figure in the same scale word and
    nothing but names and bare figures stand between the two (offsets from ``start``); else none."""
    bare = _BARE_SCALED_RE.search(text, start, end)
    if bare is None or bare.start() == start:
        return []
    stop = _CLAUSE_END_RE.search(text, end, min(len(text), end + MAX_CARRY))
    after = text[end : stop.start() if stop else min(len(text), end + MAX_CARRY)]
    found = find_values(after)
    if not found or found[0].unit in ("", "%") or found[0].number is None:
        return []
    named = found[0]
    scale = bare["scale"]
    at = named.raw.find(scale)
    if at <= 0 or not re.fullmatch(rf"\D*{DIGITS}\s*", named.raw[:at]):
        return []  # "…885美元", "885万ドル" under a 億 run: another scale, no currency carried
    between = after[: named.start]
    if any(f.start < named.start for f in find_values(between)):
        return []
    read = find_values(bare.group(0).strip() + named.raw[at + len(scale) :])
    if len(read) != 1 or read[0].unit != named.unit:
        return []
    raw = bare.group(0).strip()
    return [Found(raw, read[0].number, read[0].unit, bare.start() - start, bare.start() - start + len(raw))]
