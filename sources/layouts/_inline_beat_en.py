"""An English ranking told in one sentence of names alone: its first, the verb that puts it ahead of the
next ones, and the rest after ``followed by`` (``Aland beat Borduria and Carpathia to the title at the
Grand Hall, followed by Dalmatia, Elbonia and Freedonia.``). Used by the inline layout through
``_inline_grouping``; the ranking with a figure in brackets for each name is ``_inline_followed_en``'s.

The sentence is read whole or not at all: the first name (``lang.rank_cues.EN_RANK_BEAT_RE`` after it),
the names it beat, parted by commas and ``and``, the last of them followed by lower-case words of what
for and where (``to the title at the Grand Hall``); after ``followed by``, a run of names to the end of
the sentence or the words that close the ranking (``completing the top 10``: the list's count). Every
piece must be a name: the items, in the order the sentence tells them, which is the ranking's."""

from __future__ import annotations

import re

from pipeline.lang.count_lines import top_count
from pipeline.lang.rank_cues import EN_RANK_BEAT_RE, EN_RANK_CLOSING_RE, EN_RANK_FOLLOWED_RE
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MAX_EN_WORDS, MIN_ITEMS, strip_article
from sources.layouts._inline_pieces import Enumeration

_JOINER_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# what the first was beaten to, after the last name it beat: lower-case words first ("to the award at …")
_TAIL_RE = re.compile(r"\s+[a-z][^,]*")
# a sentence: up to a full stop before a blank or the end (not the point of a decimal)
_SENTENCE_RE = re.compile(r"[^.]+(?:\.(?!\s|$)[^.]*)*(?:\.|$)")

_Span = tuple[int, int]


def beat_en(text: str, a: int, b: int) -> list[Enumeration]:
    """The ranking of the first sentence of ``text[a:b]`` told so (the module's docstring), else ``[]``."""
    if EN_RANK_FOLLOWED_RE.search(text, a, b) is None or EN_RANK_BEAT_RE.search(text, a, b) is None:
        return []  # most paragraphs, left at once
    for sentence in _SENTENCE_RE.finditer(text, a, b):
        s, e = sentence.start(), sentence.end()
        while s < e and text[s].isspace():
            s += 1
        found = _ranking(text, s, e - 1 if text[e - 1] == "." else e)
        if found is not None:
            return [found]
    return []


def _ranking(text: str, s: int, e: int) -> Enumeration | None:
    beat = EN_RANK_BEAT_RE.search(text, s, e)
    followed = EN_RANK_FOLLOWED_RE.search(text, beat.end(), e) if beat is not None else None
    if beat is None or followed is None or not _name(text, s, beat.start()):
        return None
    beaten = _beaten(text, beat.end(), followed.start())
    closing = EN_RANK_CLOSING_RE.search(text, followed.end(), e)
    rest = _run(text, followed.end(), closing.start() if closing is not None else e)
    if beaten is None or rest is None:
        return None
    spans = [(s, beat.start()), *beaten, *rest]
    if len(spans) < MIN_ITEMS:
        return None
    top = top_count(closing["close"]) if closing is not None else None
    count_span = closing.span("close") if closing is not None and top is not None else (0, 0)
    return Enumeration(
        tuple((strip_article(text, x, y), y) for x, y in spans),
        s,
        e,
        top.value if top is not None else None,
        "",
        (0, 0),
        False,
        count_span=count_span,
    )


def _beaten(text: str, lo: int, hi: int) -> list[_Span] | None:
    """``Borduria and Carpathia to the title at the Grand Hall``: the names, the words after them aside."""
    cuts = [lo, *(x for j in _JOINER_RE.finditer(text, lo, hi) for x in j.span()), hi]
    last_lo = cuts[-2]
    name = EN_NAME_RUN_RE.match(text, last_lo, hi)
    if name is None or (name.end() < hi and _TAIL_RE.fullmatch(text, name.end(), hi) is None):
        return None
    return _run(text, lo, name.end())


def _run(text: str, lo: int, hi: int) -> list[_Span] | None:
    """``Dalmatia, Elbonia and Freedonia``: every piece a name, else None."""
    cuts = [lo, *(x for j in _JOINER_RE.finditer(text, lo, hi) for x in j.span()), hi]
    out = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    return out if all(_name(text, x, y) for x, y in out) else None


def _name(text: str, s: int, e: int) -> bool:
    s = strip_article(text, s, e)
    return EN_NAME_RUN_RE.fullmatch(text, s, e) is not None and len(text[s:e].split()) <= MAX_EN_WORDS
