"""A place a piece of a run opens with is never part of its name (``第一名甲國（67.5分）``): in a run whose
pieces mostly open with their place and one does not, which the place-pieces reader leaves to the others,
each name starts after its place (``甲國``), the run read whole as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.rank_cues import ZH_PLACE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_pieces import Enumeration

_PLACE_RE = re.compile(rf"{ZH_PLACE}[{WHITESPACE}：:]*")


def without_places(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """``enums`` with the place each piece opens with left out of its name; a piece that is a place and
    nothing more keeps its words (no name to start)."""
    return [_unplaced(text, e) for e in enums]


def _unplaced(text: str, enum: Enumeration) -> Enumeration:
    spans = []
    for s, e in enum.spans:
        m = _PLACE_RE.match(text, s, e)
        spans.append((m.end(), e) if m is not None and m.end() < e else (s, e))
    return enum if tuple(spans) == enum.spans else replace(enum, spans=tuple(spans))
