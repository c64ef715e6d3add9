"""Words for a value that is another outlet's figure times a power of ten (``149億美元`` for
``1,490億美元``, ``$31.4 billion`` for ``$314 billion``): a scale word or a digit slipped in print,
said as such in the value finding, which stays one finding."""

from __future__ import annotations

import math

MAX_POWER = 3  # a thousand times more or less, at most: a scale word (千, 萬, 億; thousand, million) slipped
NEAR = 0.01  # how close the ratio's logarithm must come to a whole power of ten (rounding of the prints)


def scale_slip(printed: float, expected: float) -> str:
    """`` (off by a factor of 10: …)`` when ``printed`` is ``expected`` times a power of ten other than
    one, else ``""``."""
    if printed <= 0 or expected <= 0:
        return ""
    power = math.log10(printed / expected)
    whole = round(power)
    if whole == 0 or abs(whole) > MAX_POWER or abs(power - whole) > NEAR:
        return ""
    return f" (off by a factor of {10 ** abs(whole):,}: a scale word or a digit misprinted)"


def beyond_any_slip(printed: float, expected: float) -> bool:
    """``printed`` and ``expected`` lie further apart than any slipped scale word or digit takes them
    (more than ``10 ** MAX_POWER`` times): no misprint of one figure, but a figure of another measure or
    another item (a mistaken link or column), which accuses no outlet."""
    if printed <= 0 or expected <= 0:
        return False
    return abs(math.log10(printed / expected)) > MAX_POWER + NEAR
