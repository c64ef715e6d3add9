"""Figures that follow a name: after a spaced dash, numbers each followed by their label in words, a
bare number or a counted figure after its colon, a score with decimals, a total with its parts in
brackets, a run of numbers each under its own label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.counts import find_counts
from pipeline.lang.numbers import parse_number
from pipeline.lang.row_values import MIN_LABELLED
from pipeline.lang.scripts import CJK, KANA, WHITESPACE, fold_pattern
from pipeline.lang.values import Found

# a dash, then a number that begins what is said of the name ("Aland (AL) - 188 seats (26.1%)")
DASH_BEFORE_NUMBER_RE = re.compile(r"\s[-–—]\s+(?=[0-9])")
# numbers each followed by their label in words, parted by commas or "and", that end a line
# (``Aland — 40 gold, 44 silver and 42 bronze``)
_WORDED_PIECE = r"[0-9]{1,6}\s+[A-Za-z][A-Za-z'’\-]*(?:\s[A-Za-z'’\-]+)?"
_WORDED_RUN_RE = re.compile(
    rf"(?<![\w.,])(?:{_WORDED_PIECE})(?:\s*(?:,|,?\s+and)\s+{_WORDED_PIECE})+[\s.;]*$"
)
_WORDED_SEP_RE = re.compile(r"\s*(?:,|,?\s+and)\s+")


def numbers_before_words(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The numbers that end ``text``, each before its label in words (``40 gold, 44 silver, 42 bronze``):
    each with its label, in order; [] for fewer than two, when two share a label, or (``named``) when no
    words come before them."""
    m = _WORDED_RUN_RE.search(text)
    if m is None or (named and not text[: m.start()].strip(" \t:-–—,")):
        return []
    pieces = _WORDED_SEP_RE.split(text[m.start() : m.end()].rstrip(" \t.;"))
    out = _labelled_parts(text, pieces, m.start(), (_NUMBER_THEN_WORDS_RE,))
    if out is None:
        return []
    labels = [label.lower() for label, _ in out]
    return out if len(out) >= MIN_LABELLED and len(set(labels)) == len(labels) else []


# a bare number after a name and its colon that ends the text ("Aland: 39"), no time ("10:30"); or a
# figure after a colon or a spaced dash with the words that say what it counts ("Aland – 193
# destinations", "甲國：193個目的地", "甲国：193の国・地域")
MAX_COUNTED_WORDS = 3  # English words after a figure saying what it counts ("visa-free destinations")
MAX_COUNTED_CHARS = 8  # Chinese or Japanese characters of the same ("個目的地", "の国・地域")
# a span of time or an age is no figure a list ranks by ("Jane Roe - 58 years old")
_TIME_WORDS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b"
_COLON_NUMBER_RE = re.compile(r"(?<![0-9０-９])\s*[:：]\s*(?P<n>[0-9０-９]{1,6})\s*$")
_SEPARATED_FIGURE_RE = re.compile(
    r"(?<![0-9０-９])(?:\s*[:：]|\s[-–—]|\s*——)\s*(?P<raw>(?P<n>[0-9０-９][0-9０-９,]{0,6})"
    + rf"(?:\s+(?!{_TIME_WORDS})[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){{0,{MAX_COUNTED_WORDS - 1}}}"
    + rf"|\s*(?P<counted>[{CJK}{KANA}・]{{1,{MAX_COUNTED_CHARS}}}))?)\s*[.。]?\s*$"
)


def number_after_colon(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The figure that ends ``text`` after a colon or a spaced dash, with words before it: a plain number
    after a colon (``Aland: 39``), or a number after either and the words that say what it counts
    (``Aland – 193 destinations``, ``甲國：193個目的地``: a counter first in Chinese and Japanese). One value
    under no label, what it counts kept in its raw text; [] otherwise, or (``named``) when no words come
    before it."""
    m = _COLON_NUMBER_RE.search(text)
    if (
        m is not None
        and (text[: m.start()].strip() or not named)
        and (number := parse_number(m.group("n"))) is not None
    ):
        return [("", Found(m.group("n"), number, "", m.start("n"), m.end("n")))]
    m = _SEPARATED_FIGURE_RE.search(text)
    if (
        m is None
        or (named and not text[: m.start()].strip())
        or (number := parse_number(m.group("n"))) is None
    ):
        return []
    if m.group("counted") and not _counter_first(m.group("raw")):
        return []  # "3月", "12時": no count
    raw = m.group("raw").rstrip()
    return [("", Found(raw, number, "", m.start("raw"), m.start("raw") + len(raw)))]


# a score with decimals that ends an item after its name, spaced, after a colon or a comma, or in
# brackets, its word for points or not: "Aland 7.736", "甲國（7.736分）", "甲国，7.74点", "Aland (7.736
# points)"; a fraction makes it no count, year or numbering, and so does the word for points after a whole
# number ("第1名：甲國，100分")
_SCORE_WORDS = fold_pattern(r"分|點|ポイント") + r"|\s*(?:points?|pts)\b"
_SCORE = rf"(?P<raw>(?P<n>[0-9]{{1,4}}\.[0-9]{{1,4}}|[0-9]{{1,4}}(?=(?:{_SCORE_WORDS})))(?:{_SCORE_WORDS})?)"
_SCORE_RE = re.compile(
    rf"(?<![0-9０-９.,．])(?:[{WHITESPACE}]+|\s*[:：，,]\s*|\s*[(（]\s*){_SCORE}\s*(?P<close>[)）])?\s*[.。]?\s*$",
    re.IGNORECASE,
)
_SCORE_ALONE_RE = re.compile(rf"\s*{_SCORE}\s*[.。]?\s*", re.IGNORECASE)


def score_alone(text: str, start: int = 0, end: int | None = None) -> Found | None:
    """The score that is all of ``text[start:end]`` (``7.74分``, `` 7.736 ``), offsets in ``text``; else
    None."""
    m = _SCORE_ALONE_RE.fullmatch(text, start, len(text) if end is None else end)
    number = None if m is None else parse_number(m.group("n"))
    return None if m is None or number is None else Found(m.group("raw"), number, "", *m.span("raw"))


def score_after_name(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The score with decimals that ends ``text`` after a name, spaced, after a colon or a comma, or in
    brackets closed as they opened (``甲國（7.736分）``, ``甲国　7.736``, ``甲国：7.74分``, ``Aland (7.7)``):
    one value under no label, its word for points kept in its raw text; [] otherwise, or (``named``) when
    no words come before it."""
    m = _SCORE_RE.search(text)
    if m is None or (named and not text[: m.start()].strip()):
        return []
    if bool(m.group("close")) != bool(re.match(r"\s*[(（]", text[m.start() : m.start("raw")])):
        return []  # a bracket closed that never opened, or opened and never closed
    number = parse_number(m.group("n"))
    if number is None:
        return []
    return [("", Found(m.group("raw"), number, "", m.start("raw"), m.end("raw")))]


def _counter_first(raw: str) -> bool:
    """``193個目的地``, ``193の国・地域``: a count with its counter opens ``raw``."""
    counted = find_counts(raw)
    return bool(counted) and not counted[0].start and bool(counted[0].counter)


# a total, then the numbers that make it in parentheses, each with its label: after the number in English
# (``183 (64 members, 119 others)``), glued before it in Chinese or Japanese (``183票（甲票64、乙票119）``)
_BRACKETED_RE = re.compile(
    rf"(?<![0-9０-９])(?P<n>[0-9０-９]{{1,6}})\s*(?P<counter>[{CJK}]|[a-z]+)?\s*[(（](?P<inner>[^()（）]+)[)）]\s*$"
)
_PARTS_SEP_RE = re.compile(r"\s*[,，、;；]\s*")
_NUMBER_THEN_WORDS_RE = re.compile(
    r"(?P<n>[0-9]{1,6})\s+(?P<label>[A-Za-z][A-Za-z'’\-]*(?:\s[A-Za-z'’\-]+)?)"
)


def _labelled_parts(
    text: str, pieces: Sequence[str], pos: int, shapes: Sequence[re.Pattern[str]]
) -> list[tuple[str, Found]] | None:
    """Each piece (in ``text`` from ``pos`` on) read whole by the first of ``shapes`` that reads it, as its
    label and its number (offsets in ``text``); None when a piece is no number under a label."""
    out: list[tuple[str, Found]] = []
    for piece in pieces:
        at = text.index(piece, pos)
        pos = at + len(piece)
        part = next((p for shape in shapes if (p := shape.fullmatch(piece)) is not None), None)
        number = parse_number(part.group("n")) if part is not None else None
        if part is None or number is None:
            return None
        out.append(
            (
                part.group("label"),
                Found(part.group("n"), number, "", at + part.start("n"), at + part.end("n")),
            )
        )
    return out


def bracketed_numbers(text: str, *, named: bool = True) -> list[tuple[str, Found]]:
    """The total that ends ``text`` after a name and the numbers in parentheses after it, each with its
    own label (``甲 183 (64 members, 119 others)``, ``甲氏が１８３票（議員票６４、党員票１１９）``): the
    total first, under no label, then each number with its label; [] for none, for fewer than two numbers
    in the parentheses (unless the one is the whole total: ``甲党 3（比例3）``), when two share a label, or
    (``named``) when no words come before them."""
    m = _BRACKETED_RE.search(text)
    if m is None or (named and not text[: m.start()].strip()):
        return []
    total = parse_number(m.group("n"))
    pieces = _PARTS_SEP_RE.split(m.group("inner"))
    out = _labelled_parts(text, pieces, m.start("inner"), (_NUMBER_THEN_WORDS_RE, _COUNTED_RE))
    if out is None:
        return []
    labels = [label for label, _ in out]
    whole = len(out) == 1 and out[0][1].number == total  # "3（比例3）": the total all from one part
    if total is None or (len(out) < MIN_LABELLED and not whole) or len(set(labels)) < len(labels):
        return []
    return [("", Found(m.group("n"), total, "", m.start("n"), m.end("n"))), *out]


# a number under its own label glued before it, a counter after it or not (``甲票64票``, ``合計183``)
_COUNTED_RE = re.compile(
    rf"(?P<label>(?![第約约近逾])[{CJK}{KANA}]{{1,5}}?)(?P<n>[0-9０-９]{{1,6}})(?P<counter>[{CJK}])?"
)
_COUNTED_SEP_RE = re.compile(r"[、，,]\s*")


def counted_run(text: str, start: int, end: int) -> tuple[list[tuple[str, Found]], int]:
    """The numbers at ``text[start:]``, before ``end``, each under its own label: parted by ``、``/``，``
    (``甲票64票、乙票119票，合計183票``), or a total and its parts in parentheses (``１８３票（甲票６４、乙票
    １１９）``, ``bracketed_numbers``). The numbers with their labels (offsets in ``text``) and where the
    run ends; ([], start) for fewer than two numbers or two of one label."""
    close = min((k for k in (text.find("）", start, end), text.find(")", start, end)) if k >= 0), default=-1)
    if close >= 0 and (found := bracketed_numbers(text[start : close + 1], named=False)):
        return [(label, _shifted(f, start)) for label, f in found], close + 1
    out: list[tuple[str, Found]] = []
    pos = start
    while (m := _COUNTED_RE.match(text, pos, end)) is not None:
        number = parse_number(m.group("n"))
        if number is None:
            break
        out.append((m.group("label"), Found(m.group("n"), number, "", m.start("n"), m.end("n"))))
        pos = m.end()
        sep = _COUNTED_SEP_RE.match(text, pos, end)
        if sep is None or not _COUNTED_RE.match(text, sep.end(), end):
            break
        pos = sep.end()
    labels = [label for label, _ in out]
    if len(out) < MIN_LABELLED or len(set(labels)) < len(labels):
        return [], start
    return out, pos


def _shifted(f: Found, by: int) -> Found:
    return Found(f.raw, f.number, f.unit, f.start + by, f.end + by)
