"""A sentence of names and values read whole, or not at all: an enumeration of values the finder read
from part of a sentence, with a name and its value left in the part before, would accuse an outlet that
prints the whole list of leaving that name out. ``whole_sentences`` finishes or drops such enumerations:

1. one value after the last name of a run where no other name has one is every name's
   (``Borduria, Carpathia and Delmar 19%``);
2. a name joined before the first item (``Aland and Borduria were set at 19% each, …``,
   ``甲国と乙国が19％、…``) is an item too, with the first item's value;
3. a name and a value of the same unit earlier in the sentence (``Aland will face a 20% tariff; Borduria,
   …``, ``… set Aland's rate at 20%, while Borduria, … will each pay 19%``) is the list's first item,
   when the words tie the value to one name; otherwise the sentence is left unread;
4. so is a sentence whose enumerations leave out names and a value of the same unit after them
   (``…, Carpathia 18%, while Delmar and Estoria will pay 15% each``);
5. and an English sentence whose runs hold no value, with values and more names after them (``While
   Aland, Borduria and Carpathia were handed a rate of 25 per cent, 40 per cent went to Delmar and
   Estoria``): its runs are groups of a list told by value, and read bare they would be a part of it.

Before all, figures whose currency is said once after the last (``甲國9970億、…及丁國885億美元``) are each
name's own (``_inline_carried``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.carried_units import carried_amount as carried
from pipeline.lang.clause_cues import CHANGE_WORD_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import Found, find_values
from sources.layouts._inline_carried import carried_figures
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, ZH_VALUE_NAME_RE, is_east_asian
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_valued_pieces import valued_piece_names

# a run of name words opening with a capital ("Aland", "Bank of Borduria")
_EN_CAPITALIZED = rf"\b(?=[A-Z]){EN_NAME_RUN_RE.pattern}"
_EN_CAPITALIZED_RE = re.compile(_EN_CAPITALIZED)
_NONE = (0, 0)  # no value shared with an item: it carries its own
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]|\.\s")


def whole_sentences(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    out: list[Enumeration] = []
    dropped: list[tuple[int, int]] = []  # sentences left unread
    for e in enums:
        whole = _lead_value(
            text, _joined_head(text, _last_value_shared(text, carried_figures(text, e))), enums
        )
        if whole is None:
            dropped.append(_sentence(text, e.start))
        else:
            out.append(whole)
    dropped += [
        x
        for x in {_sentence(text, e.start) for e in out}
        if _named_after(text, x, out) or _valued_names_after_bare_runs(text, x, out)
    ]
    return [e for e in out if not any(a <= e.start < b for a, b in dropped)]


def _sentence(text: str, at: int) -> tuple[int, int]:
    starts = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, at - SENTENCE_REACH), at)]
    end = _SENTENCE_END_RE.search(text, at)
    return (starts[-1] if starts else max(0, at - SENTENCE_REACH), end.start() if end else len(text))


SENTENCE_REACH = 400  # characters before an item searched for the start of its sentence


def _values(text: str, s: int, e: int) -> list[Found]:
    return find_values(text[s:e]) or carried(text, s, e)  # "甲國9970億、…及丁國885億美元"


def _item_values(text: str, e: Enumeration) -> list[tuple[int, int]]:
    """Each item's value span: the one shared with it, or the first in its own span, else ``_NONE``."""
    if e.shared:
        return list(e.shared)
    out = []
    for s, t in e.spans:
        found = _values(text, s, t)
        out.append((s + found[0].start, s + found[0].end) if found else _NONE)
    return out


# ------------------------------------------------------------------ 1. the last name's value is all's


def _last_value_shared(text: str, e: Enumeration) -> Enumeration:
    if e.shared or len(e.spans) < 3 or any(_values(text, s, t) for s, t in e.spans[:-1]):
        return e
    s, t = e.spans[-1]
    found = _values(text, s, t)
    if len(found) != 1 or found[0].end != t - s or text[s : s + found[0].start].strip(WHITESPACE) == "":
        return e
    name_end = s + len(text[s : s + found[0].start].rstrip(WHITESPACE))
    if not text[s:name_end][-1:].isalpha():
        return e  # "Delmar (19%)": the name's own figure in parentheses, not one for all
    value = (s + found[0].start, t)
    return replace(e, spans=(*e.spans[:-1], (s, name_end)), shared=(value,) * len(e.spans))


# ------------------------------------------------------------------ 2. a name joined before the first


_EN_JOINED_RE = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:while|whereas|with)\s+)(?:the\s+)?(?P<name>{_EN_CAPITALIZED})\s+(?:and|&)\s+(?:the\s+)?$"
)
_EAST_JOINED_RE = re.compile(r"(?:^|[，,、：:；;。])\s*(?P<name>[^\s，,、：:；;。]+?)(?:と|和|與|与|及)$")


def _joined_head(text: str, e: Enumeration) -> Enumeration:
    lead = text[e.lead_start : e.start]
    values = _item_values(text, e)
    if not lead.strip(WHITESPACE) or values[0] == _NONE:
        return e
    m = (_EAST_JOINED_RE if is_east_asian(lead) else _EN_JOINED_RE).search(lead)
    if m is None:
        return e
    name = (e.lead_start + m.start("name"), e.lead_start + m.end("name"))
    if is_east_asian(lead) and not ZH_VALUE_NAME_RE.match(text[name[0] : name[1]]):
        return e
    return replace(e, spans=(name, *e.spans), shared=(values[0], *values), lead_start=e.lead_start)


# ------------------------------------------------------------------ 3. a name and its value before


_EN_NAME = rf"(?:the\s+)?(?P<name>{_EN_CAPITALIZED})"
_EN_FEW_WORDS = r"(?:[a-z]+\s+){0,5}"
# a word among them that gives the value to the name ("will face a", "gets", "was set at", "raised to")
_EN_TIE_RE = re.compile(
    r"\b(?:face[sd]?|facing|pay|pays|paid|paying|get|gets|got|receive[sd]?|receiving|given|set|charged"
    r"|at|of|to|is|was|are|were|be)\b"
)
# the words that tie a value before the list to one name: its subject, its possessive, "for" it
_EN_TIED_RES = (
    re.compile(rf"^\s*(?:(?:while|whereas|but|and)\s+)?{_EN_NAME}\s+{_EN_FEW_WORDS}$"),
    re.compile(rf"{_EN_NAME}['’]s\s+{_EN_FEW_WORDS}$"),
    re.compile(rf"\bfor\s+{_EN_NAME}\s+{_EN_FEW_WORDS}$"),
)
_EN_FOR_AFTER_RE = re.compile(rf"\s+(?:[a-z]+\s+){{0,3}}for\s+{_EN_NAME}")


def _lead_value(text: str, e: Enumeration | None, enums: Sequence[Enumeration]) -> Enumeration | None:
    if e is None:
        return None
    values = _item_values(text, e)
    if all(v == _NONE for v in values):
        return e
    units = {f.unit for s, t in values if (s, t) != _NONE for f in _values(text, s, t)}
    lo, _ = _sentence(text, e.start)
    # the part of the sentence before the enumeration no other enumeration reads
    lo = max([lo, *(x.end for x in enums if x is not e and lo <= x.end <= e.start)])
    hi = e.start
    colon = max(text.rfind("：", lo, hi), text.rfind(":", lo, hi))
    lo = max(lo, colon + 1)  # "…高於15%的經濟體如下：…": the words before a colon lead the list in
    before = [
        f for f in _values(text, lo, hi) if f.unit in units and (lo + f.start, lo + f.end) not in values
    ]
    if not before:
        return e
    if len(before) > 1:  # several figures before the list: no one name to give them to
        head = text[lo:hi]
        return e if is_east_asian(head) or not _en_candidates(head) else None
    f = before[0]
    value = (lo + f.start, lo + f.end)
    if _a_change(text, value) and not any(_a_change(text, v) for v in values if v != _NONE):
        return e  # "Inflation rose 3% in May, while A, B and C…": a change of something else, no item's value
    name = _tied_name(text, lo, value, hi)
    if name is None:
        return None
    if name == _NONE:
        return e  # "The bank expects 3.1%, while …": no name the figure could be an item's
    own = e.shared or ((_NONE,) * len(e.spans))
    return replace(e, spans=(name, *e.spans), shared=(value, *own), lead_start=min(e.lead_start, name[0]))


# a word of change right before a figure ("rose 3%", "上升3%", "rose by 3%") or right after it ("3％上昇")
_CHANGE_BEFORE_RE = re.compile(rf"(?:{CHANGE_WORD_RE.pattern})(?:\s*(?:by|了|約|约))?\s*$", re.IGNORECASE)
_CHANGE_AFTER_RE = re.compile(rf"\s*(?:{CHANGE_WORD_RE.pattern})", re.IGNORECASE)
CHANGE_REACH = 12  # characters before a figure searched for its word of change


def _a_change(text: str, value: tuple[int, int]) -> bool:
    """The figure at ``value`` is the size of a change told by a verb beside it, not a level."""
    before = text[max(0, value[0] - CHANGE_REACH) : value[0]]
    return bool(_CHANGE_BEFORE_RE.search(before) or _CHANGE_AFTER_RE.match(text, value[1]))


def _tied_name(text: str, lo: int, value: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """The one name the words before ``value`` (from ``lo``) tie it to, or after it (``20% for Aland``)."""
    piece_lo = lo + max((m.end() for m in _PAUSE_RE.finditer(text[lo : value[0]])), default=0)
    head = text[piece_lo : value[0]]
    if is_east_asian(head):
        pause = _PAUSE_RE.search(text, value[1], hi)
        names = valued_piece_names(text, piece_lo, pause.start() if pause else hi)
        return names[0] if len(names) == 1 else _NONE  # no name told by its shape alone: left as read
    for rx in _EN_TIED_RES:
        m = rx.search(head)
        if m is None or m.group("name").split()[0] in _EN_NOT_NAMES:
            continue
        if _EN_TIE_RE.search(head, m.end("name")) or rx is not _EN_TIED_RES[0]:
            return (piece_lo + m.start("name"), piece_lo + m.end("name"))
    m = _EN_FOR_AFTER_RE.match(text, value[1], hi)
    if m is not None and _EN_JOINER_RE.search(m.group("name")):
        return None  # "36% has been set for Carpathia and Dalmatia, while …": a group, not one name
    if m is not None:
        return (m.start("name"), m.end("name"))
    return _NONE if not _en_candidates(head) else None


def _en_candidates(head: str) -> list[str]:
    """The capitalized runs of ``head`` that may be names: not a run a determiner opens (``The bank``)."""
    runs = [m.group(0) for m in _EN_CAPITALIZED_RE.finditer(head)]
    return [r for r in runs if r.split()[0] not in _EN_NOT_NAMES]


_EN_JOINER_RE = re.compile(r"\s(?:and|&)\s")
_PAUSE_RE = re.compile(r"[,;:，、；：]")
_EN_NOT_NAMES = frozenset("The A An It This That These Those They He She We".split())


# ------------------------------------------------------------------ 4. names and a value after


def _named_after(text: str, sentence: tuple[int, int], enums: Sequence[Enumeration]) -> bool:
    a, b = sentence
    mine = [e for e in enums if a <= e.start < b]
    values = [v for e in mine for v in _item_values(text, e) if v != _NONE]
    if not values:
        return False
    units = {f.unit for s, t in values for f in _values(text, s, t)}
    last = max(max(e.end for e in mine), *(t for _, t in values))
    after = [f for f in _values(text, last, b) if f.unit in units]
    if not after:
        return False
    head = text[last : last + after[0].start]
    if is_east_asian(head):
        lo = last + max((m.end() for m in _PAUSE_RE.finditer(head)), default=0)
        return len(valued_piece_names(text, lo, last + after[0].end)) > 1
    # names joined ("while Delmar and Estoria pay 15%"): a group of the list; one name may be an aside
    return any(_EN_JOINER_RE.search(c) for c in _en_candidates(head)) or len(_en_candidates(head)) > 1


# ------------------------------------------------------------------ 5. bare runs before valued names


def _valued_names_after_bare_runs(text: str, sentence: tuple[int, int], enums: Sequence[Enumeration]) -> bool:
    a, b = sentence
    mine = [e for e in enums if a <= e.start < b]
    if not mine or is_east_asian(text[a:b]):
        return False
    if any(v != _NONE for e in mine for v in _item_values(text, e)):
        return False  # runs with values: rule 4 judges the names after them
    last = max(e.end for e in mine)
    if not _values(text, last, b):
        return False
    tail = text[last:b]  # "… were handed 25 per cent, the highest rate went to Delmar and Estoria"
    return any(_EN_JOINER_RE.search(c) for c in _en_candidates(tail)) or len(_en_candidates(tail)) > 1
