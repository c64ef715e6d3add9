"""Values read over an English enumeration's items as a whole: the values printed once after a run of
names none of which has its own (``Aland and Borduria, at 40 %``), an enumeration whose label is a value
and nothing else, and a run whose first piece says its verb once (``Borduria faces 25 %, Carpathia
30 %``). Used by the inline layout (``inline.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.bands import band_of
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, strip_article, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._values import VALUE_LABEL_AFTER_RE, VALUE_LABEL_BEFORE_RE

MAX_SHARED_GAP_WORDS = 4


SHARED_VALUE_WINDOW = 60  # characters after the gap where the shared value is read


_GAP_START_RE = re.compile(r"[\s,]*")


_GAP_WORD_RE = re.compile(r"[a-z]+\s+")


_BETWEEN_VALUES_RE = re.compile(r"\s*(?:,|、)?\s*(?:and\s+|&\s+)?")


def shared_values(
    text: str, spans: Sequence[tuple[int, int]], hi: int, *, gap_words: int = MAX_SHARED_GAP_WORDS
) -> tuple[tuple[int, int], ...]:
    """The values printed after a run of English names none of which has its own, a few lowercase words
    after the last: one for all (``Aland and Borduria, at 40 %``, ``A, B and C will each face 25 %``) or
    one each in order (``A and B, at 49 % and 48 % respectively``); one span per item, else ``()``."""
    if any(find_values(text[s:e]) for s, e in spans):
        return ()
    pos = _GAP_START_RE.match(text, spans[-1][1], hi).end()  # type: ignore[union-attr]
    for _ in range(gap_words + 1):
        found = find_values(text[pos : min(hi, pos + SHARED_VALUE_WINDOW)])
        if found and found[0].start == 0:
            run = [found[0]]
            for f in found[1:]:  # values one after another: "49 % and 48 %"
                if not _BETWEEN_VALUES_RE.fullmatch(text, pos + run[-1].end, pos + f.start):
                    break
                run.append(f)
            if len(run) == len(spans):
                return tuple((pos + f.start, pos + f.end) for f in run)
            return ((pos, pos + run[0].end),) * len(spans) if len(run) == 1 else ()
        word = _GAP_WORD_RE.match(text, pos, hi)
        if word is None:
            break
        pos = word.end()
    return ()


def valued_by_label(text: str, enum: Enumeration) -> Enumeration:
    """An enumeration whose label is a value and nothing else (``税率为41%的有：甲國；40%的有：乙國、丙國``):
    the value is every item's, shared like one printed after them, and no group label (the groups of a
    list told by rate are its values). A band (``3%以上``, ``2%至3%``) is no one value: it stays a group."""
    if not enum.label or enum.shared or any(find_values(text[s:e]) for s, e in enum.spans):
        return enum
    ls, le = enum.label_span
    found = find_values(text[ls:le])
    if len(found) != 1 or band_of(text[ls:le]) is not None:
        return enum  # "3%以上：甲國、乙國": a band's items lie anywhere in it, the band is their group
    before, after = (
        text[ls : ls + found[0].start].strip(WHITESPACE),
        text[ls + found[0].end : le].strip(WHITESPACE),
    )
    if not (VALUE_LABEL_BEFORE_RE.match(before) and VALUE_LABEL_AFTER_RE.match(after)):
        return enum
    value = (ls + found[0].start, ls + found[0].end)
    return replace(enum, label="", label_span=(0, 0), context="", shared=(value,) * len(enum.spans))


# the verb said once, with the first name only: "Borduria faces 25 %", "Borduria will pay 25 %"
_GAPPED_VERB_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:face[sd]?|pay|pays|paid|get|gets|receive[sd]?|gets?\s+a\s+rate\s+of"
    r"|pledge[sd]?|give[sn]?|gave|provide[sd]?|contribute[sd]?|donate[sd]?|offer(?:s|ed)?|commit(?:s|ted)?"
    r"|allocate[sd]?)\s+$"
)


_TRAILING_WORDS_RE = re.compile(r"(?:[a-z][\w'’\-]*\s*){1,4}")


def gapped_first(text: str, lo: int, enum: Enumeration) -> Enumeration | None:
    """``Borduria faces 25 %, Carpathia 30 % and Dalmatia 20 %``: a run of names each with its value,
    after a first piece that says its verb once (``Borduria faces 25 %``). The first name joins the run;
    every item's value is read as its own, one per item in order (``shared``). ``lo`` is where the
    clause starts; None when the piece before the run is not a name, a verb and one value."""
    if enum.shared or enum.label or len(enum.spans) < 2:
        return None
    comma = text.rfind(",", lo, enum.start)
    if comma < 0 or text[comma + 1 : enum.start].strip(WHITESPACE):
        return None
    names, values = [], []
    last = len(enum.spans) - 1
    for k, (s, e) in enumerate(enum.spans):  # each item its name then one value: "Carpathia 30 %"
        found = find_values(text[s:e])
        after = text[s + found[0].end : e].strip(WHITESPACE + ")）") if len(found) == 1 else "x"
        if after and not (k == last and _TRAILING_WORDS_RE.fullmatch(after)):
            return None  # the last may end the sentence's own words: "… and Dalmatia 20 % on Saturday"
        names.append(trim(text, s, s + found[0].start))
        values.append((s + found[0].start, s + found[0].end))
    piece = max(text.rfind(",", lo, comma) + 1, lo)
    found = find_values(text[piece:comma])
    if len(found) != 1 or text[piece + found[0].end : comma].strip(WHITESPACE):
        return None
    value = (piece + found[0].start, piece + found[0].end)
    for run in EN_NAME_RUN_RE.finditer(text, piece, value[0]):
        first = trim(text, strip_article(text, run.start(), run.end()), run.end())
        if text[first[0] : first[0] + 1].isupper() and _GAPPED_VERB_RE.fullmatch(text, first[1], value[0]):
            if any(x >= y or not text[x : x + 1].isupper() for x, y in names):
                return None
            return replace(enum, spans=(first, *names), lead_start=piece, shared=(value, *values))
    return None
