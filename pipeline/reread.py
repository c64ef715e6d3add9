"""A second reading of the articles whose list came out far shorter than the others' lists, or not at
all, told the names those lists hold: a run of such names is a list however the article cues it
(``sources.base.Document.known``; ``被制裁人員為甲、乙、丙。``, ``Partial limits apply to A, B and C.``
beside a first group the article did cue).

An article is read again only where another article prints a list, and its second reading is kept
only where it lists more items than the first, and, for an article the first reading found no list in,
not far fewer than the others (a part of a list read alone would make a correct outlet short).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.lang.scripts import name_fold
from pipeline.models import Kind, ParseResult
from pipeline.workers import Parsed

SHORT_SHARE = 0.75  # a list under this share of the median list's items is read again
MIN_LISTS = 1  # articles printing a list, at least, before any is read again


def _listed(result: ParseResult) -> int:
    return sum(1 for m in result.mentions if m.kind is Kind.LIST)


def known_names(results: Sequence[ParseResult]) -> frozenset[str]:
    """Every name the articles' lists print, in Chinese or in English (``name_fold``), and every other name
    CLDR gives a territory one of them names (``Borduria`` printed, its names in Chinese and Japanese
    known: an article in another script is read again knowing its names too)."""
    printed = {
        key
        for r in results
        for m in r.mentions
        if m.kind is Kind.LIST
        for key in (name_fold(m.name_zh), name_fold(m.name_en))
        if len(key) >= 2
    }
    gazetteer = builtin_gazetteer()
    codes = {c for key in printed if len(found := gazetteer.codes(key)) == 1 for c in found}
    return frozenset(printed | {key for c in sorted(codes) for key in _names_of(c) if len(key) >= 2})


@lru_cache(maxsize=1)
def _territory_names() -> dict[str, tuple[str, ...]]:
    """The built-in gazetteer's name keys by the one code each stands for."""
    out: dict[str, list[str]] = {}
    for key, codes in builtin_gazetteer().index.items():
        if len(codes) == 1:
            out.setdefault(next(iter(codes)), []).append(key)
    return {c: tuple(keys) for c, keys in out.items()}


def _names_of(code: str) -> tuple[str, ...]:
    return _territory_names().get(code, ())


def short_ones(parsed: Sequence[Parsed]) -> list[int]:
    """Indices of the articles whose list is far shorter than the median list of the others, or empty."""
    counts = [_listed(p.result) if p.result.article is not None else -1 for p in parsed]
    lists = [n for n in counts if n > 0]
    if len(lists) < MIN_LISTS:
        return []
    median = statistics.median(lists)
    return [k for k, n in enumerate(counts) if 0 <= n < SHORT_SHARE * median]


def read_again(
    paths: Sequence[Path], parsed: list[Parsed], parse: Callable[..., list[Parsed]], **options: Any
) -> list[Parsed]:
    """``parsed`` (one per path, in order) with its short articles read again knowing the others' names
    (``parse``: ``pipeline.workers.parse_all``'s signature, ``options`` its keyword arguments)."""
    short = short_ones(parsed)
    if not short:
        return parsed
    known = known_names([p.result for p in parsed])
    enough = SHORT_SHARE * statistics.median(n for p in parsed if (n := _listed(p.result)) > 0)
    again = parse([paths[k] for k in short], known=known, **options)
    out = list(parsed)
    for k, second in zip(short, again, strict=True):
        listed = _listed(second.result) if second.result.article is not None else 0
        # a second reading still far short may have read one part of a list: kept only when it adds to a
        # first reading that had a list (an article read as no list is judged on nothing, not on a part)
        if listed > _listed(parsed[k].result) and (listed >= enough or _listed(parsed[k].result) > 0):
            out[k] = second
    return out
