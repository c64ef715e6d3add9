"""The scan of running text and of a whole piece of an enumeration for organization names: names ending
in a strong organization-type word, a weak one after a verb, English capitalised names and bare acronyms
(``FreeTextScan``; ``sources.prose_scanner`` scans the pieces of a clause with it).
"""

from __future__ import annotations

import bisect
import re

from sources.prose_acronyms import CAPS_WORD_AFTER, CAPS_WORD_BEFORE, STANDALONE_ACRONYM, is_acronym
from sources.prose_english import (
    ENGLISH_NAME,
    english_org_like,
    english_trim,
)
from sources.prose_found import FoundName, FoundNames
from sources.prose_orgs import is_boundary_at, org_like_zh, suffix_of
from sources.prose_spans import (
    split_on_quotes,
    strip_lead,
    strong_ends,
    trim,
)
from sources.prose_words import (
    ALL_BY_LAST,
    INNER_BOUNDARY,
    LEAD_INS,
    LEAD_WINDOW,
    LEADING_FUNCTION,
    MAX_TYPE_ENDS,
    QUANTITY_INSIDE,
    STOP_CHARS,
    WEAK_BY_LAST,
)

# a word of rank before capitals ("deputy PM", "vice-CEO"): the capitals shorten a post
_RANK_BEFORE = re.compile(r"\b(?i:deputy|vice|acting)[\s-]$")


class FreeTextScan(FoundNames):
    def _whole(self, start: int, end: int) -> None:
        """A piece of an enumeration: the whole piece is one name when it looks like one."""
        text = self.text
        name_start = strip_lead(text, start, end)
        name = text[name_start:end].strip()
        if org_like_zh(name):
            self._add(FoundName(name_start, name_start + len(name), name_zh=name))
        elif is_acronym(name):
            self._add(FoundName(name_start, name_start + len(name), acronym=name, org_like=False))
        else:
            self._free(start, end)

    def _free(self, start: int, end: int) -> None:
        """Running text: names ending in a strong organization-type word, English names."""
        text = self.text
        for sub_start, sub_end in split_on_quotes(text, start, end):
            self._free_zh(sub_start, sub_end)
            self._free_en(sub_start, sub_end)

    def _free_zh(self, start: int, end: int) -> None:
        text = self.text
        ends = strong_ends(text, start, end)
        quantity = QUANTITY_INSIDE.search(text, start, end)
        for name_end in reversed(ends[-MAX_TYPE_ENDS:]):
            name_start = strip_lead(text, max(start, name_end - LEAD_WINDOW), name_end)
            # a generic type phrase in front ("international environmental organization X")
            for index in range(bisect.bisect_right(ends, name_start), bisect.bisect_left(ends, name_end)):
                inner_end = ends[index]
                if name_start < inner_end:
                    head = text[name_start:inner_end]
                    if not org_like_zh(head) and suffix_of(head, ALL_BY_LAST):
                        name_start = strip_lead(text, inner_end, name_end)
            name = text[name_start:name_end]
            described = quantity is not None and quantity.end() <= name_start
            if described and text[name_start - 1 : name_start] == "的":
                continue  # "a ... 的 X": a description of something, not a name
            if org_like_zh(name, strong_only=True) and not self._overlaps(name_start, name_end):
                self._add(
                    FoundName(name_start, name_end, name_zh=name, asserted=self._copula_assertion(name_end))
                )
                return
        self._introduced_weak(start, end)

    def _introduced_weak(self, start: int, end: int) -> None:
        """A name with a weak type word ("X中心") that ends the phrase and follows a verb or a
        preposition ("其後是X中心", "退出X署"): common nouns rarely stand there."""
        text = self.text
        start, end = trim(text, start, end)
        if start >= end or not suffix_of(text[start:end], WEAK_BY_LAST):
            return
        name_start = strip_lead(text, start, end)
        if name_start <= start or name_start >= end:
            return
        before = text[start:name_start]
        introduced = (
            before[-1] in INNER_BOUNDARY or before[-1] in LEADING_FUNCTION or before.endswith(LEAD_INS)
        )
        name = text[name_start:end]
        head = name[: -len(suffix_of(name, WEAK_BY_LAST))]
        clean = not any(ch in STOP_CHARS for ch in head) and not any(
            is_boundary_at(head, index, 0) for index in range(1, len(head))
        )
        if introduced and clean and org_like_zh(name) and not self._overlaps(name_start, end):
            self._add(FoundName(name_start, end, name_zh=name, asserted=self._copula_assertion(end)))

    def _free_en(self, start: int, end: int) -> None:
        text = self.text
        segment = text[start:end]
        for match in ENGLISH_NAME.finditer(segment):
            position, name = english_trim(match.start(), match.group())
            if len(name.split()) < 2 or not english_org_like(name):
                continue
            absolute = start + position
            self._add(FoundName(absolute, absolute + len(name), name_en=name))

    def acronyms(self, start: int, end: int) -> None:
        text = self.text
        for match in STANDALONE_ACRONYM.finditer(text, start, end):
            value = match.group()
            before = CAPS_WORD_BEFORE.search(text, max(0, match.start() - 3), match.start())
            if before or CAPS_WORD_AFTER.match(text, match.end()):
                continue  # a capitalised phrase, not an acronym
            if _RANK_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue  # "deputy PM": a post shortened, no body's name
            if is_acronym(value) and len(value) <= 10 and not self._overlaps(match.start(), match.end()):
                self._add(FoundName(match.start(), match.end(), acronym=value, org_like=False))
