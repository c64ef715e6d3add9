"""Words for a value that is another outlet's figure times a power of ten (``149億美元`` for
``1,490億美元``, ``$31.4 billion`` for ``$314 billion``, ``14.5萬`` for ``14.5億``): a scale word or a digit
slipped in print, said as such in the value finding, which stays one finding."""

from __future__ import annotations

import math

MAX_POWER = 3  # a thousand times more or less, at most: a scale word (千, 萬, 億; thousand, million) slipped
NEAR = 0.01  # how close the ratio's logarithm must come to a whole power of ten (rounding of the prints)
# one Chinese or Japanese scale word for the next (萬 for 億, 億 for 兆): ten thousand times, exactly so
SCALE_WORD_POWER = 4


def _whole_power(printed: float, expected: float) -> int:
    """The power of ten ``printed`` is ``expected`` times, when it is one (a slip's rounding allowed for),
    else 0."""
    power = math.log10(printed / expected)
    whole = round(power)
    return whole if abs(power - whole) <= NEAR else 0


def scale_slip(printed: float, expected: float) -> str:
    """`` (off by a factor of 10: …)`` when ``printed`` is ``expected`` times a power of ten other than
    one, else ``""``."""
    if printed <= 0 or expected <= 0:
        return ""
    whole = _whole_power(printed, expected)
    if whole == 0 or abs(whole) > MAX_POWER and abs(whole) != SCALE_WORD_POWER:
        return ""
    return f" (off by a factor of {10 ** abs(whole):,}: a scale word or a digit misprinted)"


def beyond_any_slip(printed: float, expected: float) -> bool:
    """``printed`` and ``expected`` lie further apart than any slipped scale word or digit takes them
    (more than ``10 ** MAX_POWER`` times): no misprint of one figure, but a figure of another measure or
    another item (a mistaken link or column), which accuses no outlet; one scale word for the next
    (``14.5萬`` for ``14.5億``, ten thousand times) is a slip all the same."""
    if printed <= 0 or expected <= 0 or abs(_whole_power(printed, expected)) == SCALE_WORD_POWER:
        return False
    return abs(math.log10(printed / expected)) > MAX_POWER + NEAR
