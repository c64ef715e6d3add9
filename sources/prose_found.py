"""The names found in one clause of prose (``FoundName``), kept disjoint and sorted for a binary search
(``FoundNames``), and the assertion a copula after a name makes (``前身為…``). The scanners of
``sources.prose_free_text`` and ``sources.prose_scanner`` add to them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from sources.prose_affiliations import COPULA, assertion_of


@dataclass(slots=True)
class FoundName:
    start: int
    end: int
    name_zh: str = ""
    name_en: str = ""
    acronym: str = ""
    note: str = ""
    aliases: tuple[str, ...] = ()
    asserted: str = ""
    org_like: bool = True


class FoundNames:
    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[FoundName] = []
        # the found spans are disjoint: kept sorted by start (and so by end) for a binary search
        self._starts: list[int] = []
        self._ends: list[int] = []

    # -- helpers ---------------------------------------------------------------
    def _overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end) - 1  # the last span starting before ``end``
        return index >= 0 and self._ends[index] > start

    def _add(self, found: FoundName) -> None:
        if found.start < found.end and not self._overlaps(found.start, found.end):
            self.found.append(found)
            index = bisect.bisect_left(self._starts, found.start)
            self._starts.insert(index, found.start)
            self._ends.insert(index, found.end)

    def _copula_assertion(self, end: int) -> str:
        text = self.text
        window_end = end
        while window_end < len(text) and window_end - end < 24 and text[window_end] not in "，,。；;、\n":
            window_end += 1
        window = text[end:window_end]
        if not COPULA.match(window):
            return ""
        return assertion_of(window)
