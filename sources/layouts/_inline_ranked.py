"""Values told in sentences of a ranking or of pieces that each name one holder and its value.

- ``最高的是甲國（49%），其次是乙國（48%）、丙國（46%）、丁國（44%）``: the run after ``其次是`` /
  ``followed by`` / ``次いで`` carries values, and its first item is the one name and value of the clause
  before the cue (``ranked_head``); a run after such a cue whose first cannot be read is dropped, since
  a list without its first item would accuse the outlet of leaving it out.
- ``Aland faces 46%, while Borduria got 36% and Carpathia 32%``, ``Aland was hit hardest, at 49%, followed
  by Borduria at 48% and Carpathia at 46%``: English pieces of one name, at most a few words of what it
  got, and one value, in one unit, at least ``MIN_ITEMS`` of them (``en_valued_pieces``).

A sentence of one name and one value is no list; a piece with a word of change (``up 3%``) or words
after its value (``from last year``) is none of a list either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.lang.clause_cues import (
    CHANGE_WORD_RE,
    CLAUSE_NAME_AFTER_RE,
    EN_FIGURE_TIME_RE,
    EN_PIECE_JOINER_RE,
    EN_POSSESSIVE_RE,
    EN_SHARE_OF_VOTE_RE,
    MEASURE_END_RE,
)
from pipeline.lang.name_words import EN_NOT_A_NAME_RE
from pipeline.lang.rank_cues import RANK_NEXT_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._inline_bare_figures import EN_GOT_VERB_RE, bare_figure_end, kind_last_piece, whole_frame
from sources.layouts._inline_pairs import names_share_the_next
from sources.layouts._inline_piece_shapes import (
    EN_NAME_RUN_RE,
    MIN_ITEMS,
    ZH_VALUE_NAME_RE,
    is_east_asian,
    masked,
    strip_article,
)
from sources.layouts._inline_pieces import Enumeration

MAX_EN_VERB_WORDS = 4  # lower-case words between a name and its value ("was hit hardest", "faces a")
MAX_EN_TAIL_WORDS = 2  # lower-case words after a value ("rate", "tariff rate")

# the clause before a ranking's cue: after its last pause, up to the cue
_PAUSE_RE = re.compile(r"[，,；;：:、]")
# a copula or particle before the name that heads a ranking ("最高的是甲國", "最も高いのは甲国で")
_HEAD_LEAD_RE = re.compile(r".*(?:是|為|为|は|が)")
_HEAD_GAP = "（(：: 的の"
_HEAD_TAIL = "）)"


def _value_unit(text: str, s: int, e: int) -> str | None:
    found = find_values(text[s:e])
    return found[0].unit if len(found) == 1 and found[0].unit else None


def ranked_head(text: str, enum: Enumeration) -> Enumeration | None:
    """``enum`` with the first of its ranking put before its items when a ranking's cue opens it (see the
    module's docstring); ``enum`` itself when no cue does; ``None`` when one does and the first is not
    one name and its value in the unit of the items'."""
    lead = text[enum.lead_start : enum.start].rstrip(WHITESPACE + "：:")
    cue = None
    for m in RANK_NEXT_RE.finditer(lead):
        cue = m
    if cue is None or lead[cue.end() :].strip(WHITESPACE) or enum.shared:
        return enum
    units = {_value_unit(text, s, e) for s, e in enum.spans}
    if len(units) != 1 or None in units:
        return enum  # the run carries no values of one unit: no ranking of values
    cue_start = enum.lead_start + cue.start()
    before = text[enum.lead_start : cue_start].rstrip(WHITESPACE + "，,、")
    pause = max([0, *(m.end() for m in _PAUSE_RE.finditer(before))])
    head = _head(text, enum.lead_start + pause, enum.lead_start + len(before), units.pop())
    if head is None:
        return None
    return replace(enum, spans=(head, *enum.spans))


def ranked_zh(text: str, a: int, b: int) -> list[Enumeration]:
    """The whole ranking of the Chinese sentence ``text[a:b]`` (``最高的是甲國（49%），其次是乙國（48%）、
    丙國（46%）``): its first, one name and value before the cue, and the rest after the cue up to the
    next pause, each one name and its value in the same unit, at least ``MIN_ITEMS`` in all; else ``[]``."""
    if not is_east_asian(text[a:b]) or (cue := RANK_NEXT_RE.search(text, a, b)) is None:
        return []
    before = text[a : cue.start()].rstrip(WHITESPACE + "，,、")
    pause = a + max([0, *(m.end() for m in _PAUSE_RE.finditer(before))])
    found = find_values(text[pause : a + len(before)])
    unit = found[-1].unit if found else None
    head = _head(text, pause, a + len(before), unit)
    end = m.start() if (m := _REST_END_RE.search(text, cue.end(), b)) else b
    rest = [_rest_items(text, s, e, unit) for s, e in _pieces(text, cue.end(), end)]
    if head is None or not rest or None in rest:
        return []
    items = [head, *(x for r in rest if r is not None for x in r)]
    if len(items) < MIN_ITEMS:
        return []
    return [Enumeration(tuple(items), pause, items[-1][1], None, "", (0, 0), False)]


# where the rest of a ranking ends: the next pause or full stop
_REST_END_RE = re.compile(r"[，,；;。]")
_REST_SEP = "、"
# the word joining the last two of the rest ("乙國（48%）與丙國（46%）")
_REST_JOINER_RE = re.compile(r"以及|與|与|和|及")


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` split on ``、`` outside parentheses."""
    out, start = [], s
    for k, ch in enumerate(masked(text, s, e), start=s):
        if ch == _REST_SEP:
            out.append((start, k))
            start = k + 1
    out.append((start, e))
    return [(x, y) for x, y in out if y > x]


def _rest_items(text: str, s: int, e: int, unit: str | None) -> list[tuple[int, int]] | None:
    """A piece of the rest: one name and its value, or two joined by a joiner (``乙國48%與丙國46%``)."""
    one = _head(text, s, e, unit, lead=False)
    if one is not None:
        return [one]
    for m in _REST_JOINER_RE.finditer(text, s, e):
        left, right = _head(text, s, m.start(), unit, lead=False), _head(text, m.end(), e, unit, lead=False)
        if left is not None and right is not None:
            return [left, right]
    return None


def _head(text: str, a: int, b: int, unit: str | None, *, lead: bool = True) -> tuple[int, int] | None:
    """The span of ``text[a:b]``'s name and its value (``甲國（49%）``) when the clause is words (with
    ``lead``), a name, then its one value of ``unit``, nothing after."""
    found = find_values(text[a:b])
    if len(found) != 1 or found[0].unit != unit or text[a + found[0].end : b].strip(WHITESPACE + _HEAD_TAIL):
        return None
    name_end = a + found[0].start
    while name_end > a and text[name_end - 1] in WHITESPACE + _HEAD_GAP:
        name_end -= 1
    words = text[a:name_end]
    led = _HEAD_LEAD_RE.match(words) if lead else None
    start = a + (led.end() if led else 0)
    name = text[start:name_end].strip(WHITESPACE)
    if not ZH_VALUE_NAME_RE.match(name) or MEASURE_END_RE.search(name) or CLAUSE_NAME_AFTER_RE.search(name):
        return None  # "…最高，達49%": a verb, the name in a clause before it
    return start, b


@dataclass(frozen=True, slots=True)
class _Piece:
    name: tuple[int, int]
    value: tuple[int, int]
    unit: str
    led: bool  # words stand before its name: only the first piece of a run has a lead-in
    got: bool = False  # a verb stands between its name and its value ("won", "got")


# a name, then a few lower-case words, then the value ("Aland was hit hardest, at", "Borduria got")
_EN_HEAD_RE = re.compile(
    rf"(?P<name>{EN_NAME_RUN_RE.pattern})(?P<verb>(?:,?\s+[a-z][\w'’\-]*){{0,{MAX_EN_VERB_WORDS}}})[\s,]*$"
)
_EN_TAIL_RE = re.compile(
    rf"(?:{EN_SHARE_OF_VOTE_RE.pattern}|(?:\s+[a-z][\w\-]*){{0,{MAX_EN_TAIL_WORDS}}})"
    rf"(?:\s+(?i:{EN_FIGURE_TIME_RE.pattern}))?\s*[.]?\s*"
)
_AT_VALUE_RE = re.compile(r"\s*(?:at|of|with)\s+[0-9]")


def en_valued_pieces(text: str, a: int, b: int) -> list[Enumeration]:
    """The longest run of English pieces of one name and its value in the sentence ``text[a:b]`` (see the
    module's docstring), as one enumeration whose items' values are in ``shared``; else ``[]``."""
    if is_east_asian(text[a:b]) or not re.search(r"[0-9]", text[a:b]):
        return []
    spans = _en_spans(text, a, b)
    pieces = [_en_piece(text, s, e) for s, e in spans]
    best, start, first = (0, 0), 0, None
    for k, p in enumerate(pieces):
        if p is None:
            start, first = k + 1, None
            continue
        if first is None or p.led or (p.unit != first.unit and p.unit):
            start, first = k, p
        if first.unit or first.got or whole_frame(text, spans[:start]):
            if k + 1 - start > best[1] - best[0]:
                best = (start, k + 1)  # bare figures follow a unit, a verb of getting or the whole's frame
        elif start == k:
            start, first = k + 1, None
    if best[1] - best[0] >= MIN_ITEMS - 1 and (kind := kind_last_piece(text, spans, best[1])) is not None:
        pieces[best[1]], best = _Piece(*kind, "", False), (best[0], best[1] + 1)  # "… and independents 2"
    if best[1] < len(spans) and find_values(text[slice(*spans[best[1]])]):
        return []  # a value in the piece after the run: the list goes on in a shape of its own
    if best[0] > 0 and names_share_the_next(text, spans[best[0] - 1], spans[best[0]][0]):
        return []  # "Aland, Borduria and Carpathia at 25%, …": names before the first share its value
    before = spans[: best[0]]
    frame = whole_frame(text, before)
    if any(find_values(text[s:e]) for s, e in before) and not frame:
        return []  # values before the run: another list or another group of the sentence
    if best[1] > best[0] and ":" in text[a : spans[best[0]][1]]:
        return []  # a label before a colon: a group the enumeration readers keep with its label
    run = [p for p in pieces[best[0] : best[1]] if p is not None]
    names = [text[s:e] for s, e in (p.name for p in run)]
    if len(run) < MIN_ITEMS or len(set(names)) != len(names):
        return []
    return [
        Enumeration(
            tuple(p.name for p in run),
            a,
            run[-1].value[1],
            None,
            "",
            (0, 0),
            False,
            shared=tuple(p.value for p in run),
            unit=run[0].unit or frame,  # the unit of the figures printed bare: the first's, or the whole's
        )
    ]


def _en_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The pieces of the sentence parted by its joiners, a piece that is only ``at 49%`` joined to the one
    before it (``Aland was hit hardest, at 49%``)."""
    out: list[tuple[int, int]] = []
    start = a
    for m in EN_PIECE_JOINER_RE.finditer(masked(text, a, b)):
        out.append((start, a + m.start()))
        start = a + m.end()
    out.append((start, b))
    joined: list[tuple[int, int]] = []
    for s, e in out:
        if joined and _AT_VALUE_RE.match(text, s, e) and not find_values(text[joined[-1][0] : joined[-1][1]]):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


def _en_piece(text: str, s: int, e: int) -> _Piece | None:
    found = find_values(text[s:e])
    if not found and (bare := bare_figure_end(text, s, e)) is not None:
        # "the BP 152": a figure alone, in the unit the sentence gives once ("won 164 seats", "Of the 600
        # seats, …"); no words after it
        found, tail = [], re.match("", text[bare[1] :])
        value, unit = bare, ""
    elif len(found) != 1 or not found[0].unit:
        return None
    else:
        value, unit = (s + found[0].start, s + found[0].end), found[0].unit
        tail = _EN_TAIL_RE.fullmatch(text, value[1], e)
    head = _EN_HEAD_RE.search(text, s, value[0])
    if tail is None or head is None or CHANGE_WORD_RE.search(text, s, e):
        return None
    lo = strip_article(text, head.start("name"), head.end("name"))
    hi = head.end("name")
    if (mark := EN_POSSESSIVE_RE.search(text, lo, hi)) is not None:
        hi = mark.start()  # "Aland's growth at 0.6%": the name without its possessive
    name = (lo, hi)
    if (
        not text[lo : lo + 1].isupper()
        or MEASURE_END_RE.search(text, *name)
        or EN_NOT_A_NAME_RE.match(text, lo)
    ):
        return None  # "This year the rate is 3.1%": a time, no name
    led = text[strip_article(text, s, lo) : lo].strip(WHITESPACE + ",;")
    if not unit and (led or not (head["verb"].strip() == "" or EN_GOT_VERB_RE.fullmatch(head["verb"]))):
        return None  # "Aland joined in 1995": a bare figure after words other than what the name got
    return _Piece(name, value, unit, bool(led), got=bool(head["verb"].strip()))
