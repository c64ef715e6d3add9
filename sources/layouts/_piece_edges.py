"""The edges of an East Asian run's pieces (split on ``、``): words on a piece that are no part of its
name, and the piece that ends the run. Used by ``_inline_pieces.item_spans``.

- a joiner opening a piece (``A、B、以及C``, ``A、B、及C``, ``A、B、そしてC``) is left out;
- ``のほか`` (besides) closing a name ahead of the others (``張三行政長官のほか、李四局長…``) is left out;
- a piece closing its name with a particle (``…、ベネズエラの国民は、観光…``) ends the run: the pieces after
  it are the sentence's, no items;
- the last piece holding a comma and a joiner, then two more names joined by a word (``A、B，以及C和D``)
  is parted at the comma: B, then ``C和D`` (the two last items).
"""

from __future__ import annotations

import re

from pipeline.lang.leads import (
    FINAL_JOINER_RE,
    JA_BESIDE_END_RE,
    JA_PIECE_JOINER_RE,
    JA_TOPIC_CLOSE_RE,
    ZH_PIECE_JOINER_RE,
)

_KANA_RE = re.compile("[\u3040-\u30ff]")


def _without_joiner(text: str, s: int, e: int) -> tuple[int, int]:
    joiner = (JA_PIECE_JOINER_RE if _KANA_RE.search(text, s, e) else ZH_PIECE_JOINER_RE).match(text, s, e)
    return (joiner.end(), e) if joiner is not None and joiner.end() < e else (s, e)


def _without_besides(text: str, s: int, e: int) -> tuple[int, int]:
    besides = JA_BESIDE_END_RE.search(text, s, e)
    return (s, besides.start()) if besides is not None and besides.start() > s else (s, e)


def without_edges(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with the joiner opening one and ``のほか`` closing one left out."""
    return [_without_besides(text, *_without_joiner(text, s, e)) for s, e in pieces]


def to_topic_close(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces up to the first after the first whose name a particle closes (``の国民は``), when more
    follow it."""
    for k in range(1, len(pieces) - 1):
        if JA_TOPIC_CLOSE_RE.search(text, *pieces[k]) is not None:
            return pieces[: k + 1]
    return pieces


_COMMA_JOINER_RE = re.compile(r"[，,]\s*(?=" + ZH_PIECE_JOINER_RE.pattern + ")")


def comma_pair_parted(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last piece ``X，以及Y和Z`` parted into ``X`` and ``Y和Z`` (the joiner after the comma left out),
    when a joiner stands between Y and Z; the pieces as they are otherwise (``X，以及Y``: the last piece's
    own split reads it)."""
    if len(pieces) < 2:
        return pieces
    s, e = pieces[-1]
    comma = _COMMA_JOINER_RE.search(text, s, e)
    if comma is None or comma.start() <= s:
        return pieces
    after = ZH_PIECE_JOINER_RE.match(text, comma.end(), e)
    rest = after.end() if after is not None else comma.end()
    joiner = FINAL_JOINER_RE.search(text, rest, e)
    if joiner is None or joiner.start() <= rest or joiner.end() >= e:
        return pieces
    return [*pieces[:-1], (s, comma.start()), (rest, e)]
