"""English sentences that give each name its value after ``for``, the verb said once with the first:
``Aland accounted for 23.9%, Borduria for 18.9%, Carpathia for 16.4% and Dalmatia for 7.4%``. Used by the
inline layout through ``_inline_grouping``.

The first piece is a name, at most ``MAX_VERB_WORDS`` lower-case words of what it did (``accounted``,
``made up``), ``for`` and one value; every other piece, parted by commas and ``and``, is a name, ``for`` and
one value, nothing else. A sentence one piece of which is anything else (``rose 3% for the year``), or that
gives fewer than ``MIN_ITEMS`` names, is left to the other readers: a list read in part would accuse its
outlet of leaving the rest out.
"""

from __future__ import annotations

import re

from pipeline.lang.count_binding import SENTENCE_BREAK_RE
from pipeline.lang.name_words import opened_by_main_part
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MIN_ITEMS, is_east_asian, strip_article
from sources.layouts._inline_pieces import Enumeration

MAX_VERB_WORDS = 3  # lower-case words between the first name and its "for" ("accounted", "made up")

# what stands between one value and the next name: ", ", " and ", ", and "
_BETWEEN_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# the words between the first name and its value: "accounted for", "made up for"
_VERB_FOR_RE = re.compile(rf"\s+(?:[a-z][\w\-]*\s+){{1,{MAX_VERB_WORDS}}}for\s+$")
_FOR_RE = re.compile(r"\s+for\s+$")
_MAIN_PART_NAME_RE = re.compile(r"mainland\s+")


def en_names_for(text: str, a: int, b: int) -> list[Enumeration]:
    """The enumeration of each English sentence of ``text[a:b]`` read as the module's docstring says."""
    if is_east_asian(text[a:b]) or " for " not in text[a:b]:
        return []
    breaks = [a + m.end() for m in SENTENCE_BREAK_RE.finditer(text[a:b])]
    out: list[Enumeration] = []
    for s, e in zip([a, *breaks], [*breaks, b], strict=True):
        if (enum := _sentence(text, s, e)) is not None:
            out.append(enum)
    return out


def _name_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The name that ends at ``hi`` and fills ``text[lo:hi]`` (an article before it left out), or None."""
    while lo < hi and text[lo].isspace():
        lo += 1
    s = strip_article(text, lo, hi)
    core = text[s:hi]
    main = _MAIN_PART_NAME_RE.match(core) if opened_by_main_part(core) else None
    run = core[main.end() :] if main is not None else core
    if not run[:1].isupper() or EN_NAME_RUN_RE.fullmatch(run) is None:
        return None
    return s, hi


def _first_name(text: str, a: int, hi: int) -> tuple[int, int] | None:
    """The name that opens the first piece, right before its verb: after the clause's last comma."""
    comma = text.rfind(",", a, hi)
    return _name_before(text, comma + 1 if comma >= 0 else a, hi)


def _sentence(text: str, a: int, b: int) -> Enumeration | None:
    values = [(a + v.start, a + v.end) for v in find_values(text[a:b]) if v.unit and v.number is not None]
    verbs = [(k, m) for k, (s, _) in enumerate(values) if (m := _VERB_FOR_RE.search(text, a, s)) is not None]
    if not verbs:
        return None
    k, verb = verbs[0]  # figures before the first name's are the clause's before it ("Of the 36.87 million")
    values = values[k:]
    if len(values) < MIN_ITEMS or (first := _first_name(text, a, verb.start())) is None:
        return None
    spans = [first]
    for (_, prev_end), (v_start, _) in zip(values, values[1:], strict=False):
        between = _BETWEEN_RE.match(text, prev_end, v_start)
        fors = _FOR_RE.search(text, prev_end, v_start)
        if between is None or fors is None or fors.start() <= between.end():
            return None
        name = _name_before(text, between.end(), fors.start())
        if name is None:
            return None
        spans.append(name)
    return Enumeration(tuple(spans), first[0], values[-1][1], None, "", (0, 0), False, shared=tuple(values))
