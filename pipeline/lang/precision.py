"""One figure printed at two precisions: the step a print is rounded to, and whether two prints back
each other (the coarser the finer rounded) or clearly depart.
"""

from __future__ import annotations

import math
import re
import unicodedata

from pipeline.lang.numbers import DIGITS, SCALE_WORDS, parse_number

_DIGIT_RUN_RE = re.compile(DIGITS)
SAME_SCALE = 1e-6  # how far from a power of ten a value's ratio to its printed digits may be (float error)


def printed_step(raw: str, number: float | None) -> float:
    """The smallest change a value's print can show, in the units of its number: ``6,809.9億美元``
    (680,990,000,000 USD) shows steps of 10,000,000, ``680,985`` under ``百萬美元`` steps of 1,000,000,
    ``$681.0 billion`` and ``6810億ドル`` of 100,000,000, ``36%`` and ``百分之三十六`` of 1, ``14億5094万人``
    of 10,000 and ``14億5千萬人`` of 10,000,000 (its last part's scale word and zeros). 0 when the print
    does not tell: the value then stands for itself exactly."""
    if number is None:
        return 0.0
    runs = _DIGIT_RUN_RE.findall(raw)
    if not runs:  # a Chinese numeral: a whole number
        return 1.0 if float(number).is_integer() else 0.0
    if len(runs) > 1:
        return _parts_step(raw, runs[-1])
    digits = unicodedata.normalize("NFKC", runs[0])
    decimals = len(digits.partition(".")[2])
    shown = parse_number(runs[0])
    if not shown or not number:
        return 10.0**-decimals if shown == number else 0.0
    power = math.log10(abs(number / shown))
    if abs(power - round(power)) > SAME_SCALE:
        return 0.0
    return 10.0 ** (round(power) - decimals)


# the scale word right after a figure's last part ("14億5094万人", "14億5千萬人"), and what it multiplies by
_LAST_SCALE_RE = re.compile(
    r"\s*(?P<w>" + "|".join(sorted((w for w in SCALE_WORDS if not w.isascii()), key=len, reverse=True)) + ")"
)


def _parts_step(raw: str, last: str) -> float:
    """The step of a figure printed in parts (``14億5094万人``): its last part's scale word times the zeros
    the last part ends in; 0 where the parts are no figure in scale words (``3-2``)."""
    at = raw.rfind(last) + len(last)
    word = _LAST_SCALE_RE.match(raw, at)
    digits = unicodedata.normalize("NFKC", last)
    if "." in digits or not digits.isdigit() or not _LAST_SCALE_RE.search(raw, 0, at - len(last)):
        return 0.0
    zeros = len(digits) - len(digits.rstrip("0"))
    return (SCALE_WORDS[word["w"]] if word else 1.0) * 10.0**zeros


ROUNDING_SLACK = 1e-9  # relative room for float error when two prints are compared


def backs(a: float, step_a: float, b: float, step_b: float) -> bool:
    """Whether two prints of one figure agree: equal, or the coarser one is the finer rounded
    (``6810億`` and ``680,985`` millions: within half the coarser step). Two prints of one precision agree
    only when equal."""
    if a == b:
        return True
    if step_a == step_b:
        return False
    return abs(a - b) <= max(step_a, step_b) / 2 + ROUNDING_SLACK * max(abs(a), abs(b))


def departs(a: float, step_a: float, b: float, step_b: float) -> bool:
    """Whether two prints of one figure clearly disagree: different at one precision, else a whole step
    of the coarser one apart or more (a figure cut rather than rounded, ``6809億`` for ``680,985``
    millions, is no departure)."""
    if a == b:
        return False
    if step_a == step_b:
        return True
    return abs(a - b) >= max(step_a, step_b) - ROUNDING_SLACK * max(abs(a), abs(b))
