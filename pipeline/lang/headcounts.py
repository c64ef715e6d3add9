"""A number of people, said in each language's units: ``881万7800人``, ``約882万人``, ``604萬4400人次``,
``698.19万人次``, ``8,817,800 people``, ``36.87 million visitors``, or a figure in a scale word alone
(``8.82 million``, ``3.45億`` in brackets after a name or alone in a table's cell). ``人``, ``人次``,
``people`` are how a headcount is said, kept in the value's raw text; all of them read as one quantity
(unit ``PEOPLE``). A figure in a scale word alone says no unit (unit ``""``, as a number under a
``Visitors`` header): it is compared with a number of people as a plain number (``pipeline.value_columns``).

A count word after a small number (``12人``, ``5名``) counts a list's members (``lang.counts``): ``人``
makes a headcount only after a scale word (``万``, ``萬``, ``億``, ``千``); ``人次`` (a count of visits)
after any number.
"""

from __future__ import annotations

import re

from pipeline.lang.numbers import DIGITS, SCALE_WORDS, parse_number
from pipeline.lang.scripts import fold_pattern

PEOPLE = "people"  # the unit of a number of people, however it is said
_N = rf"(?P<n>[+\-−]?{DIGITS})"
_N_EN = rf"(?P<n_en>[+\-−]?{DIGITS})"
# the nouns an English headcount is said in
HEADCOUNT_NOUNS = (
    "people",
    "persons",
    "visitors",
    "tourists",
    "travell?ers",
    "arrivals",
    "passengers",
    "residents",
    "inhabitants",
)
_SCALE_ZH = fold_pattern(r"(?P<scale>萬億|億|萬|千|百萬)")
# "881万7800人", "1億2345万人", "12万3千人", "14億5千萬人": the part below the scale word, with its own
# scale word
_MORE_ZH = r"(?:\s*(?P<n2>[0-9０-９]{1,4})" + fold_pattern(r"(?P<scale2>千萬|百萬|萬|千)?") + ")?"
HEADCOUNT_RE = re.compile(
    _N
    + rf"\s*(?:{_SCALE_ZH}{_MORE_ZH}\s*人(?:次)?|"
    + fold_pattern(r"(?P<scale_v>萬億|億|萬|千|百萬)?")
    + r"\s*人次)"
    + "|"
    + _N_EN
    + r"\s*(?P<scale_en>billion|million|thousand|mn|bn)?\s+(?:[a-z-]+\s+)?"
    + rf"(?:{'|'.join(HEADCOUNT_NOUNS)})\b"
    + "|"
    + _N.replace("?P<n>", "?P<n_m>")
    + r"\s+(?P<scale_m>million|billion)\b(?!\s+[a-z$])"
    # a figure in a scale word alone in brackets after a name ("美國（3.45億）"), a plain number as well
    + r"|(?<=[（(])\s*"
    + _N.replace("?P<n>", "?P<n_b>")
    + r"\s*"
    + fold_pattern(r"(?P<scale_b>萬億|億|萬)")
    + r"(?=\s*[)）])",
    re.IGNORECASE,
)
_SCALED_ALONE_RE = re.compile(
    r"\s*(?P<n>[0-9０-９,，.．]+)\s*" + fold_pattern(r"(?P<scale>萬億|億|萬)") + r"\s*"
)


def headcount(m: re.Match[str]) -> float | None:
    """The number of people a ``HEADCOUNT_RE`` match says, its scale word applied (``881万7800人`` is
    8,817,800; ``8.82 million`` 8,820,000)."""
    raw = next((m[g] for g in ("n", "n_en", "n_m", "n_b") if m[g] is not None), None)
    number = parse_number(raw.lstrip("+-−")) if raw else None
    if raw is None or number is None:
        return None
    scale = next((m[g] for g in ("scale", "scale_v", "scale_en", "scale_m", "scale_b") if m[g]), "")
    factor = SCALE_WORDS.get(scale.casefold() if scale.isascii() else scale, 1.0)
    below = parse_number(m["n2"]) if m["n2"] and m["scale"] else None
    if below is not None and m["scale2"]:
        below *= SCALE_WORDS.get(m["scale2"], 1.0)
    sign = -1 if raw.startswith(("-", "−")) else 1
    return sign * round(number * factor + (below or 0), 6)


# what a text holds when it may hold such a headcount (a quick test before the pattern)
HEADCOUNT_HINT_RE = re.compile(
    r"人次|[萬万億亿千][0-9０-９]*\s*人|[萬万億亿]\s*[)）]|million|billion|thousand|\b[mb]n\b", re.IGNORECASE
)


def headcount_unit(m: re.Match[str]) -> str:
    """``PEOPLE`` for a match that says people (``人``, ``人次``, ``visitors``), ``""`` for a figure in
    millions alone."""
    return "" if m["n_m"] is not None or m["n_b"] is not None else PEOPLE


def quantity_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the headcounts in ``text`` that no list's count can be: a figure in a scale word
    (``3687萬人次``, ``881万7800人``, ``36.87 million visitors``) or of visits (``3500人次``). Their
    ``人`` is no counter of items (a plain ``12 people`` may count a list, and stays a count)."""
    return [
        (m.start(), m.end())
        for m in HEADCOUNT_RE.finditer(text)
        if m["scale"] or m["scale_v"] or m["scale_en"] or m["n_m"] or m["n_b"] or m.group(0).endswith("次")
    ]


def scaled_alone(text: str) -> tuple[float, int, int] | None:
    """``text`` holds a figure in a scale word and nothing else (a table's cell ``3.45億``): that figure as
    a plain number, its scale applied, and its span; else None (in a sentence, ``甲國9970億`` may take the
    currency of the next amount: ``lang.carried_units``)."""
    m = _SCALED_ALONE_RE.fullmatch(text)
    number = parse_number(m["n"]) if m is not None else None
    if m is None or number is None:
        return None
    return round(number * SCALE_WORDS[m["scale"]], 6), m.start("n"), m.end("scale")
