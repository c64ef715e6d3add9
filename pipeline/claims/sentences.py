"""Sentences of an article with their offsets, and the quote around a span.

A sentence ends at 。！？!? or a line break, or at an English full stop after a lowercase letter or a
digit and before a blank. The three readers of one article (claims, facts, people) split it once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SENTENCE_END = "。！？!?\n"
_QUOTE_STRIP = " \t\r\n\u3000"
_MAY_END_SENTENCE = re.compile("[" + re.escape(_SENTENCE_END) + ".]")


def is_cjk(ch: str) -> bool:
    return bool(ch) and re.match(f"[{CJK}]", ch) is not None


def _ends_sentence(text: str, i: int) -> bool:
    """Whether ``text[i]`` ends a sentence: 。！？!? or a line break, or an English full stop
    (after a lowercase letter or digit, before a blank): "U.N. Water" does not end one."""
    ch = text[i]
    if ch in _SENTENCE_END:
        return True
    return (
        ch == "."
        and 0 < i < len(text) - 1
        and (text[i - 1].islower() or text[i - 1].isdigit())
        and text[i + 1].isspace()
    )


def quote_span(text: str, start: int, end: int, *, limit: int = 200) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` as offsets, trimmed of blanks.

    A sentence longer than ``limit`` is cut to its clause (``，；：`` or blanks), and if that is
    still too long, to a window of ``limit`` characters around the span.
    """
    n = len(text)
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    lo = start
    while lo > 0 and not _ends_sentence(text, lo - 1):
        lo -= 1
    hi = end
    if not (end > start and _ends_sentence(text, end - 1)):
        while hi < n and not _ends_sentence(text, hi):
            hi += 1
        if hi < n and text[hi] != "\n":
            hi += 1
    if hi - lo > limit:
        clause = "，,；;：:" + " \t\u3000"
        c_lo = start
        while c_lo > lo and text[c_lo - 1] not in clause:
            c_lo -= 1
        c_hi = end
        while c_hi < hi and text[c_hi] not in clause:
            c_hi += 1
        lo, hi = c_lo, c_hi
    if hi - lo > limit:
        half = max(0, (limit - (end - start)) // 2)
        lo = max(lo, start - half)
        hi = min(hi, max(end, lo + limit))
    while lo < hi and text[lo] in _QUOTE_STRIP:
        lo += 1
    while hi > lo and text[hi - 1] in _QUOTE_STRIP:
        hi -= 1
    if hi <= lo:
        return start, end
    return lo, hi


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


_kept: dict[tuple[str, int], tuple[Sentence, ...]] | None = None  # ``kept``'s, while it runs


@contextmanager
def kept() -> Iterator[None]:
    """Every text's sentences kept while the block runs, not the last four alone: a run's claims stage
    reads each article three times (claims, facts, people), the people of every article after the claims
    of all of them."""
    global _kept
    outer = _kept
    if outer is None:
        _kept = {}
    try:
        yield
    finally:
        _kept = outer


def sentences_of(text: str, limit: int) -> tuple[Sentence, ...]:
    """Sentences of ``text[:limit]`` with their offsets (see ``_ends_sentence``)."""
    if _kept is None:
        return _last_sentences(text, limit)
    found = _kept.get((text, limit))
    if found is None:
        found = _kept[(text, limit)] = _split_sentences(text, limit)
    return found


@lru_cache(maxsize=4)  # the three readers of one article (claims, facts, people) split it once
def _last_sentences(text: str, limit: int) -> tuple[Sentence, ...]:
    return _split_sentences(text, limit)


def _split_sentences(text: str, limit: int) -> tuple[Sentence, ...]:
    end = min(limit, len(text))
    last = len(text) - 1
    out: list[Sentence] = []
    start = 0
    for match in _MAY_END_SENTENCE.finditer(text, 0, end):  # the characters worth asking
        i = match.start()
        ch = text[i]
        if ch == ".":  # ``_ends_sentence``, the other ends taken at once
            if not (
                0 < i < last and (text[i - 1].islower() or text[i - 1].isdigit()) and text[i + 1].isspace()
            ):
                continue
            _add_sentence(out, text, start, i + 1)
        else:
            _add_sentence(out, text, start, i if ch == "\n" else i + 1)
        start = i + 1
    _add_sentence(out, text, start, end)
    return tuple(out)


def _add_sentence(out: list[Sentence], text: str, lo: int, hi: int) -> None:
    """``text[lo:hi]`` trimmed of blanks, when something is left."""
    piece = text[lo:hi]
    kept = piece.strip(_QUOTE_STRIP)
    if kept:
        lo += len(piece) - len(piece.lstrip(_QUOTE_STRIP))
        out.append(Sentence(lo, lo + len(kept), kept))
