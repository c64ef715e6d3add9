"""Values of a row printed on one line or in one cell: a plain number (what it tallies after it or
not), numbers under short labels glued before or after them, numbers joined by hyphens.
"""

from __future__ import annotations

import re

from pipeline.lang.numbers import DIGITS, parse_number
from pipeline.lang.scripts import CJK, FOOTNOTE_MARKS, KANA, fold_pattern
from pipeline.lang.values import Found, find_values

# a number alone, signed or not, the sign full width or not ("＋12", "－86"), or no change ("±0")
_PLAIN_RE = re.compile(rf"^\s*(?:[+\-−＋－]?{DIGITS}|±0)\s*$")
# a number under Japanese tables' minus mark ("▲1.4", "△0.2"): a plain number below zero
_MARKED_MINUS_RE = re.compile(rf"^\s*[▲△]\s*{DIGITS}\s*$")
# what a plain number in a table cell counts, printed after it: votes, seats, medals, points
TALLY_COUNTERS = ("票", "席", "枚", "面", "點", "点", "分", "votes", "seats", "points")
_TALLY = "|".join(fold_pattern(c) for c in TALLY_COUNTERS)
_TALLIED_RE = re.compile(rf"^\s*(?P<n>{DIGITS})\s*(?:{_TALLY})\s*$")
# a whole number written in myriads, as Chinese and Japanese print a large count ("1728万7513", "34萬")
_MYRIADS_RE = re.compile(r"^\s*(?P<n>[0-9０-９]{1,4})(?:萬|万)(?P<rest>[0-9０-９]{1,4})?\s*$")
MYRIAD = 10_000


def plain_value(text: str) -> Found | None:
    """A cell that is only a number (``46``, ``1,200``, in myriads: ``34万4150``), a number and what it
    tallies (``64票``), or only one rate or amount, a footnote mark after it or not (``20%†``)."""
    t = text.strip().rstrip(FOOTNOTE_MARKS).rstrip()
    if tallied := _TALLIED_RE.match(t):
        t = tallied.group("n")
    if (myriads := _MYRIADS_RE.match(t)) and (n := parse_number(myriads.group("n"))) is not None:
        rest = parse_number(myriads.group("rest") or "0") or 0
        return Found(t, n * MYRIAD + rest, "", 0, len(t))
    if _PLAIN_RE.match(t) or _MARKED_MINUS_RE.match(t):
        number = parse_number(t.lstrip("+-−＋－±▲△"))
        if number is not None:
            sign = -1 if t.startswith(("-", "−", "－", "▲", "△")) else 1  # "▲1.4": a Japanese table's minus
            return Found(t, sign * number, "", 0, len(t))
    values = find_values(t)
    if len(values) == 1 and values[0].start == 0 and values[0].end == len(t):
        return values[0]
    return None


# a plain number under a short label glued before it (甲40, 甲等40, 総計126), what it tallies after it or
# not (評審258分), and what parts two of them (not an ordinal nor an estimate: 第3, 約40)
_LABELLED_RE = re.compile(rf"(?P<label>(?![第約约近逾])[{CJK}{KANA}]{{1,4}})(?P<n>{DIGITS})(?:{_TALLY})?")
_LABELLED_SEP_RE = re.compile(r"[\s：:、，,・／/]+")
MIN_LABELLED = 2  # one labelled number alone is a name's numbering or a date, not a row of values


def labelled_numbers(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The run of plain numbers that ends ``text``, each under its own short CJK label glued before it
    and parted from the next by spaces or a comma (``甲國　金40　銀44　銅42　總數126``): each number
    with its label, in order; [] for fewer than two, when two share a label, or (``named``) when no
    words come before them."""
    pieces, pos = [], 0
    for sep in _LABELLED_SEP_RE.finditer(text):
        if sep.start() > pos:
            pieces.append((pos, sep.start()))
        pos = sep.end()
    if pos < len(text):
        pieces.append((pos, len(text)))
    out: list[tuple[str, Found]] = []
    for a, b in reversed(pieces):
        m = _LABELLED_RE.fullmatch(text, a, b)
        if m is None:
            break
        number = parse_number(m.group("n"))
        if number is None:
            break
        out.append((m.group("label"), Found(m.group("n"), number, "", m.start("n"), m.end("n"))))
    out.reverse()
    labels = [label for label, _ in out]
    if len(out) < MIN_LABELLED or len(set(labels)) < len(labels) or (named and len(out) == len(pieces)):
        return []
    return out


def labelled_cell(text: str) -> tuple[str, Found] | None:
    """A table cell that is one plain number under a short label glued before it (``金40``): the label and
    the number, else None."""
    t = text.strip()
    m = _LABELLED_RE.fullmatch(t)
    number = parse_number(m.group("n")) if m is not None else None
    if m is None or number is None:
        return None
    return m.group("label"), Found(m.group("n"), number, "", m.start("n"), m.end("n"))


# numbers joined by hyphens at the end of a line, a last one in parentheses or not: a row of a table of
# results printed on one line (``Aland 40-44-42 (126)``); no more than three digits each (never a date)
_DASHED_RE = re.compile(
    r"(?<=\s)(?P<run>[0-9]{1,3}(?:-[0-9]{1,3}){1,5})(?:\s*[(（](?P<last>[0-9]{1,4})[)）])?\s*$"
)


def dashed_numbers(text: str) -> list[Found]:
    """The numbers of a hyphenated run that ends ``text`` after a name (``甲國 40-44-42 (126)``), the one
    in parentheses last; [] for none."""
    m = _DASHED_RE.search(text)
    if m is None or not text[: m.start()].strip():
        return []
    out, pos = [], m.start("run")
    for part in m.group("run").split("-"):
        out.append(Found(part, parse_number(part), "", pos, pos + len(part)))
        pos += len(part) + 1
    if m.group("last"):
        out.append(Found(m.group("last"), parse_number(m.group("last")), "", m.start("last"), m.end("last")))
    return out


# numbers each glued before a short label, one after another (40金44银42铜); a date's units are no labels
_BEFORE_LABEL_RE = re.compile(rf"(?P<n>[0-9０-９]{{1,4}})(?P<label>(?![年月日時时点點号號])[{CJK}]{{1,2}})")
_BEFORE_LABEL_RUN_RE = re.compile(rf"(?:[0-9０-９]{{1,4}}[{CJK}]{{1,2}}){{{MIN_LABELLED},}}")


def numbers_before_labels(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, Found]]:
    """The first run in ``text[start:end]`` of two numbers or more, each glued before its own short CJK label
    (``甲國以40金44銀42銅居首``): each number with its label, in order, offsets in ``text``. The last label
    is as long as the one before it (``42銅居首``: ``銅``); [] for none, or when two share a label."""
    end = len(text) if end is None else end
    for run in _BEFORE_LABEL_RUN_RE.finditer(text, start, end):
        pairs = list(_BEFORE_LABEL_RE.finditer(text, run.start(), run.end()))
        if len(pairs) < MIN_LABELLED or pairs[-1].end() != run.end():
            continue
        out: list[tuple[str, Found]] = []
        for k, m in enumerate(pairs):
            label = m.group("label") if k < len(pairs) - 1 else m.group("label")[: len(out[-1][0])]
            number = parse_number(m.group("n"))
            if number is None:
                break
            out.append((label, Found(m.group("n"), number, "", m.start("n"), m.end("n"))))
        labels = [label for label, _ in out]
        if len(out) == len(pairs) and len(set(labels)) == len(labels):
            return out
    return []


_TRAILING_RE = re.compile(r"[\s。.；;]*$")


def labels_after_numbers(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The run of numbers that ends ``text``, each glued before its own short CJK label
    (``甲國：40金44銀42銅``, ``numbers_before_labels``); [] when the run does not end the text or
    (``named``) no words come before it."""
    found = numbers_before_labels(text)
    if not found:
        return []
    first, (label, last) = found[0][1], found[-1]
    if _TRAILING_RE.fullmatch(text, last.end + len(label)) is None:
        return []
    return [] if named and not text[: first.start].strip(" \t:：、，,-–—") else found
