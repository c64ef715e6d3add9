"""An English ranking told in two sentences of names alone: its first, how it fared and the next ones
after ``followed by`` (``Aland topped the ranking for a fifth year, followed by Borduria and Carpathia, the
company said.``), then the rest in the sentence after it (``The rest of the top 5 were, in order, Dalmatia
and Elbonia.``). Used by the inline layout through ``_inline_grouping``; a ranking told in one sentence is
``_inline_beat_en``'s or ``_inline_followed_en``'s.

Read whole or not at all: the first name opens the sentence (after a wire story's dateline), lower-case
words and no comma up to ``followed by``; after it a run of names to the sentence's end or to who said it
(``lang.clause_cues.EN_ATTRIBUTION_RE``); the next sentence, in the paragraph or the one below, opens with
the words that tell the rest (``lang.rank_cues.EN_RANK_REST_SENTENCE_RE``, the ranking's size in them: the
list's count) and holds names alone. The items are every name, in the order the sentences tell them."""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import EN_ATTRIBUTION_RE
from pipeline.lang.count_lines import top_count
from pipeline.lang.dates import EN_DATELINE_OPENING_RE
from pipeline.lang.rank_cues import EN_RANK_FOLLOWED_RE, EN_RANK_REST_SENTENCE_RE
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MAX_EN_WORDS, MIN_ITEMS, strip_article
from sources.layouts._inline_pieces import Enumeration

_JOINER_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a sentence: up to a full stop before a blank or the end (not the point of a decimal)
_SENTENCE_RE = re.compile(r"[^.\n]+(?:\.(?!\s|$)[^.\n]*)*(?:\.|$)", re.MULTILINE)
# the name's last words that are no part of it ("… of", "… and")
_PARTICLE_END_RE = re.compile(r"(?:\s+(?:of|the|and|de|du|des|la|le|del|da|bin|van|von|&))+$")
# how the first fared: lower-case words first, no comma, up to "followed by"
_FARED_RE = re.compile(r"\s+[a-z][^,]*")

_Span = tuple[int, int]


def rest_en(text: str, a: int, b: int) -> list[Enumeration]:
    """The ranking that opens in a sentence of ``text[a:b]`` and ends in the next (the module), or ``[]``."""
    if EN_RANK_FOLLOWED_RE.search(text, a, b) is None:
        return []  # most paragraphs, left at once
    for sentence in _SENTENCE_RE.finditer(text, a, b):
        found = _ranking(text, *_stripped(text, *sentence.span()))
        if found is not None:
            return [found]
    return []


def _stripped(text: str, s: int, e: int) -> _Span:
    while s < e and text[s].isspace():
        s += 1
    return s, e - 1 if e > s and text[e - 1] == "." else e


def _ranking(text: str, s: int, e: int) -> Enumeration | None:
    if (dateline := EN_DATELINE_OPENING_RE.match(text, s, e)) is not None:
        s = dateline.end()  # "ALAND CITY, May 17 - Aland topped …": the subject after the dateline
    head = EN_NAME_RUN_RE.match(text, s, e)
    followed = EN_RANK_FOLLOWED_RE.search(text, s, e)
    if head is None or followed is None:
        return None
    head_end = s + len(_PARTICLE_END_RE.sub("", text[s : head.end()]))
    if not _name(text, s, head_end) or _FARED_RE.fullmatch(text, head_end, followed.start()) is None:
        return None
    first = _first_run(text, followed.end(), e)
    after = _next_sentence(text, e + 1)
    rest = EN_RANK_REST_SENTENCE_RE.match(text, *after) if after is not None else None
    if first is None or after is None or rest is None:
        return None
    others = _run(text, rest.end(), after[1])
    top = top_count(rest["close"])
    if others is None or top is None:
        return None
    spans = [(s, head_end), *first, *others]
    if len(spans) < MIN_ITEMS:
        return None
    return Enumeration(
        tuple((strip_article(text, x, y), y) for x, y in spans),
        s,
        after[1],
        top.value,
        "",
        (0, 0),
        False,
        count_span=(rest.start("close") + top.start, rest.start("close") + top.end),
    )


def _first_run(text: str, lo: int, hi: int) -> list[_Span] | None:
    """The names after ``followed by``, up to the sentence's end or to the words of who said it."""
    said = text.rfind(",", lo, hi)
    if said > lo and EN_ATTRIBUTION_RE.fullmatch(text[said + 1 : hi].strip()) is not None:
        hi = said
    return _run(text, lo, hi)


def _next_sentence(text: str, at: int) -> _Span | None:
    """The sentence after ``at``, in the paragraph or the one below it."""
    m = _SENTENCE_RE.search(text, at)
    if m is None or text[at : m.start()].count("\n") > 2:
        return None
    return _stripped(text, *m.span())


def _run(text: str, lo: int, hi: int) -> list[_Span] | None:
    """``Borduria, Carpathia and Dalmatia``: every piece a name, else None."""
    cuts = [lo, *(x for j in _JOINER_RE.finditer(text, lo, hi) for x in j.span()), hi]
    spans = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    return spans if spans and all(_name(text, x, y) for x, y in spans) else None


def _name(text: str, s: int, e: int) -> bool:
    s = strip_article(text, s, e)
    return EN_NAME_RUN_RE.fullmatch(text, s, e) is not None and len(text[s:e].split()) <= MAX_EN_WORDS
