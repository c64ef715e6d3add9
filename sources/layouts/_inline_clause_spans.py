"""The clauses of a text that may hold an enumeration: sentences cut at their ends (abbreviations
aside), runs joined by counted nouns, and semicolon-separated items (English "; " and full-width
``；`` items of a name and a value). Used by the inline layout (``_inline_pieces.py`` and ``inline.py``).
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.leads import LEAD_IN_RE
from pipeline.lang.numbers import CN_NUM_CHARS
from pipeline.lang.scripts import CJK, KANA, WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import MAX_EN_WORDS, MAX_ZH_ITEM, MIN_ITEMS

_CLAUSE_END_RE = re.compile(
    r"[。；！？!?\n]|(?<=[a-z\)]{2}|\d%|\s%|\d\d)\.(?=\s|$)"
)  # an ASCII ';' may separate items


def _semicolon_items(text: str, a: int, b: int) -> bool:
    """``…: A, a judge; B, a judge; and C, a judge`` or ``… are A; B; C; and D``: semicolons that separate
    items (no label after one; after a colon, or every piece between two of them a short name)."""
    first = text.find(";", a, b)
    labelled_later = text.find(":", first, b) >= 0
    if text.count(";", a, b) < MIN_ITEMS - 1 or labelled_later:
        return False
    if text.find(":", a, first) >= 0:
        return True
    middle = text[first + 1 : text.rfind(";", a, b)].split(";")
    if all(_DESCRIBED_NAME_RE.match(p) for p in middle):
        return True  # "…, among them A, 44, a former host, for X; B, 53, the governor of Y, for Z; and C, …"
    return all(0 < len(p.split()) <= MAX_EN_WORDS and "," not in p for p in middle)


# a name, then after a comma its age or a description in lower case: "Jane Roe, 44, a former host"
_DESCRIBED_NAME_RE = re.compile(r"\s*(?:and\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4},\s+(?:\d|[a-z])")


# abbreviations whose full stop ends no sentence ("Sens. Jane Roe", "Co., Ltd.", "Jan. 20")
ABBREVIATION_RE = re.compile(
    r"(?:^|\W)(?:Sens?|Reps?|Gov|Gens?|Lt|Col|Capt|Adm|Sgt|Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Rev|Hon|Pres"
    r"|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|approx|etc|a\.k\.a|f\.k\.a)$"
)


MAX_ZH_SEMICOLON_ITEM = 24  # characters of an item between full-width semicolons ("甲國40%；乙國35%")


def zh_semicolon_items(text: str, at: int) -> bool:
    """The ``；`` at ``at`` separates the items of one list (``稅率分別為：甲國40%；乙國35%；丙國32%。``):
    its sentence has a colon before the first one and none after, and every piece after the colon is
    short and holds no pause of its own (``全面禁止：A、B；部分限制：C`` separates groups)."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [k for k in (text.find("。", at), text.find("\n", at)) if k >= 0]
    end = min(ends) if ends else len(text)
    first = text.find("；", start, end)
    colon = text.rfind("：", start, first)
    if text.find("：", first, end) >= 0 or text.count("；", start, end) < MIN_ITEMS - 1:
        return False
    if (
        colon < 0
    ):  # "三國稅率公布，甲國20%；乙國19%；丙國19%。": after a comma, every piece a name and its value,
        # and the words before them count the pieces or lead them in (``分別為``)
        comma = max(text.rfind("，", start, first), text.rfind(",", start, first))
        pieces = text[comma + 1 : end].split("；") if comma >= 0 else []
        led = LEAD_IN_RE.search(text, comma, first) is not None
        counted = any(c.value == len(pieces) for c in find_counts(text[start:comma]))
        return (led or counted) and all(_name_and_value(p.strip(WHITESPACE)) for p in pieces)
    # each piece's own number ("1、甲國；2、乙國") is no pause of its own
    pieces = [_PIECE_NUMBER_RE.sub("", p) for p in text[colon + 1 : end].split("；")]
    return all(0 < len(p) <= MAX_ZH_SEMICOLON_ITEM and not re.search("[，、,]", p) for p in pieces)


def _name_and_value(piece: str) -> bool:
    """A piece that is a short Chinese or Japanese name, then its one value, nothing else (``甲國20%``)."""
    found = find_values(piece)
    return (
        len(found) == 1
        and found[0].end == len(piece)
        and _VALUED_HEAD_RE.fullmatch(piece[: found[0].start].strip(WHITESPACE)) is not None
    )


# the words of an item before its first value: a name, and a verb of the amount (``乙國增持107億美元``)
_VALUED_HEAD_RE = re.compile(f"^[{CJK}{KANA}]{{1,{MAX_ZH_ITEM}}}$")


_PIECE_NUMBER_RE = re.compile(r"^\s*[0-9０-９]{1,2}[、.．)）]")


def clause_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    # asked once of the whole span, not of each clause: a text without an ASCII semicolon has no clause
    # to part at one, and one where ``_COUNTED_JOIN_RE`` finds no run (it looks neither behind nor ahead)
    # has no clause holding one
    semicolons = ";" in text[lo:hi]
    counted = _COUNTED_JOIN_RE.search(text, lo, hi) is not None
    spans: list[tuple[int, int]] = []
    start = lo
    for m in _CLAUSE_END_RE.finditer(text, lo, hi):
        if m.group(0) == "." and ABBREVIATION_RE.search(text, max(lo, m.start() - 8), m.start()):
            continue
        if m.group(0) == "；" and zh_semicolon_items(text, m.start()):
            continue
        _add_clauses(spans, text, start, m.start(), semicolons=semicolons, counted=counted)
        start = m.end()
    _add_clauses(spans, text, start, hi, semicolons=semicolons, counted=counted)
    return [(a, b) for a, b in spans if b - a >= 5]


def _add_clauses(
    spans: list[tuple[int, int]], text: str, a: int, b: int, *, semicolons: bool, counted: bool
) -> None:
    """The clauses of ``text[a:b]`` (parted at ASCII semicolons, then between counted runs) added to
    ``spans``; ``semicolons`` and ``counted``: whether the text around holds any to part at."""
    for span in _split_semicolons(text, a, b) if semicolons else ((a, b),):
        spans.extend(_split_counted_runs(text, *span) if counted else (span,))


# a run's closing count and what it counts, then the word that joins the next run to it:
# "A、B、C等3家企業及張三、李四等2名個人", "A、B、C3家企业和D、E2名个人"
_COUNTED_JOIN_RE = re.compile(
    rf"(?:等\s*)?(?:[0-9０-９]{{1,3}}|[{CN_NUM_CHARS}]{{1,3}})\s*(?:家|名|個|个|位)[{CJK}]{{0,6}}?"
    rf"(?P<joiner>以及|和|及|與|与)"
)
_RUN_COUNTERS = frozenset("家 名 個 个 位".split())


def _split_counted_runs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A Chinese clause holding two enumerations, each closed by its own count (``12家企業和3名個人``):
    two clauses, cut after the word that joins them, so that each run is read with its count."""
    m = _COUNTED_JOIN_RE.search(text, a, b)
    if m is None or "、" not in text[a : m.start()] or "、" not in text[m.end() : b]:
        return [(a, b)]
    if not any(c.counter in _RUN_COUNTERS for c in find_counts(text[m.end() : b])):
        return [(a, b)]
    return [(a, m.start("joiner")), (m.end(), b)]


def _split_semicolons(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence's ASCII semicolons end its clauses (``Full ban: A, B; partial: C, D``), unless they
    separate the items of one list."""
    if ";" not in text[a:b] or _semicolon_items(text, a, b):
        return [(a, b)]
    out, start = [], a
    for k in range(a, b):
        if text[k] == ";":
            out.append((start, k))
            start = k + 1
    out.append((start, b))
    return out
