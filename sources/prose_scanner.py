"""The scan of one clause of prose for organization names (``Scanner``): names ending in an
organization-type word, split at conjunctions where both sides are complete names, names with a
parenthesis after them, quoted names, English capitalised names and bare acronyms, each found once
(``_Found``) with its span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from sources.prose_acronyms import CAPS_WORD_AFTER, CAPS_WORD_BEFORE, STANDALONE_ACRONYM, is_acronym
from sources.prose_affiliations import COPULA, assertion_of, parse_paren
from sources.prose_english import (
    ENGLISH_NAME,
    english_name_before,
    english_org_like,
    english_trim,
    person_like,
)
from sources.prose_orgs import is_boundary_at, org_like_zh, suffix_of
from sources.prose_spans import (
    cut_end_marker,
    paren_groups,
    split_on_quotes,
    strip_lead,
    strong_ends,
    suffix_at,
    trim,
)
from sources.prose_words import (
    ALL_BY_LAST,
    CJK_CHAR,
    CLOSE_PARENS,
    CLOSE_QUOTES,
    CONJUNCTION_FIRSTS,
    CONJUNCTIONS,
    INNER_BOUNDARY,
    LEAD_INS,
    LEAD_WINDOW,
    LEADING_FUNCTION,
    MAX_TYPE_ENDS,
    NAME_SPAN,
    OPEN_PARENS,
    QUANTITY_INSIDE,
    QUOTE_CHARS,
    QUOTES,
    SPACE,
    STOP_CHARS,
    WEAK_BY_LAST,
)

# a word of rank before capitals ("deputy PM", "vice-CEO"): the capitals shorten a post
_RANK_BEFORE = re.compile(r"\b(?i:deputy|vice|acting)[\s-]$")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    name_zh: str = ""
    name_en: str = ""
    acronym: str = ""
    note: str = ""
    aliases: tuple[str, ...] = ()
    asserted: str = ""
    org_like: bool = True


class Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[_Found] = []
        # the found spans are disjoint: kept sorted by start (and so by end) for a binary search
        self._starts: list[int] = []
        self._ends: list[int] = []

    # -- helpers ---------------------------------------------------------------
    def _overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end) - 1  # the last span starting before ``end``
        return index >= 0 and self._ends[index] > start

    def _add(self, found: _Found) -> None:
        if found.start < found.end and not self._overlaps(found.start, found.end):
            self.found.append(found)
            index = bisect.bisect_left(self._starts, found.start)
            self._starts.insert(index, found.start)
            self._ends.insert(index, found.end)

    def _is_name(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one complete name (used to split at conjunctions)."""
        text = self.text
        limit = min(end, start + NAME_SPAN)
        cut = cut_end_marker(text, start, limit)
        if cut == limit < end:
            return False  # longer than any name with its parenthesis
        start, end = trim(text, start, cut)
        if start >= end:
            return False
        groups = paren_groups(text, start, end)
        if groups:
            open_at, close_at = groups[0]
            head_start = strip_lead(text, start, open_at)
            head = text[head_start:open_at].strip()
            paren = parse_paren(text[open_at + 1 : close_at - 1], open_at, close_at)
            if text[close_at:end].strip():
                return False
            if paren.acronym or (paren.name_en and english_org_like(paren.name_en)):
                return bool(head) or bool(paren.name_en)
            return org_like_zh(head)
        name_start = strip_lead(text, start, end)
        name = text[name_start:end].strip()
        return org_like_zh(name) or is_acronym(name)

    def _conjunction_split(self, start: int, end: int) -> list[tuple[int, int]]:
        text = self.text
        pieces: list[tuple[int, int]] = []
        current = start
        index = start
        depth = 0
        while index < end:
            ch = text[index]
            if ch in OPEN_PARENS:
                depth += 1
            elif ch in CLOSE_PARENS:
                depth = max(0, depth - 1)
            elif depth == 0 and index > current and ch in CONJUNCTION_FIRSTS:
                word = next((w for w in CONJUNCTIONS if text.startswith(w, index)), "")
                if word and word != "以及" and text.startswith("以及", index - 1):
                    word = ""
                if word and self._is_name(current, index) and self._is_name(index + len(word), end):
                    pieces.append((current, index))
                    current = index + len(word)
                    index = current
                    continue
            index += 1
        pieces.append((current, end))
        return pieces

    # -- per piece -------------------------------------------------------------
    def piece(self, start: int, end: int, *, enumerative: bool) -> None:
        """Find the names in one piece of a clause (between 、 and conjunctions).

        In an enumeration (several pieces, or a lead-in such as 包括) a piece that looks like a
        name is taken whole, weak organization-type words included; elsewhere only running-text
        rules apply."""
        text = self.text
        end = cut_end_marker(text, start, end)
        start, end = trim(text, start, end)
        if start >= end:
            return
        self._quoted(start, end)
        groups = paren_groups(text, start, end)
        cursor = start
        for open_at, close_at in groups:
            handled = self._paren_name(cursor, open_at, close_at, end)
            if handled is None:
                self._free(cursor, open_at)
                cursor = close_at
            else:
                cursor = max(close_at, handled)
        if cursor < end:
            if groups or not enumerative:
                self._free(cursor, end)
            else:
                self._whole(cursor, end)

    def _paren_name(self, region_start: int, open_at: int, close_at: int, piece_end: int) -> int | None:
        """A name followed by a parenthesis; returns where the name ends, None when it is none."""
        text = self.text
        paren = parse_paren(text[open_at + 1 : close_at - 1], open_at, close_at)
        if not (paren.acronym or paren.name_en or paren.name_zh):
            return None
        region_end = open_at
        while region_end > region_start and text[region_end - 1] in SPACE:
            region_end -= 1
        name_start, name_zh, quoted = self._name_before(region_start, region_end)
        name_en = paren.name_en
        if not name_zh:
            english = english_name_before(text, region_start, region_end)
            if english is not None and not name_en:
                name_start, name_en = english
        end = close_at
        # English in the middle of a Chinese name: "X（English）基金"
        tail = suffix_at(text, close_at, piece_end)
        if name_zh and tail and not org_like_zh(name_zh) and org_like_zh(name_zh + tail):
            name_zh += tail
            end = close_at + len(tail)
        if not name_zh and not name_en:
            if paren.acronym:
                acronym_at = text.index(paren.acronym, open_at)
                self._add(
                    _Found(acronym_at, acronym_at + len(paren.acronym), acronym=paren.acronym, org_like=False)
                )
                return close_at
            return None
        if not name_zh and paren.name_zh:
            name_zh = paren.name_zh
        org = (
            org_like_zh(name_zh)
            or (bool(name_zh) and bool(paren.acronym))
            or (bool(name_en) and english_org_like(name_en))
            or (not name_zh and bool(name_en) and bool(paren.acronym))
        )
        if not org or (paren.name_en and person_like(paren.name_en) and not paren.acronym):
            return None
        if name_zh and not quoted and not org_like_zh(name_zh) and not paren.acronym:
            return None
        self._add(
            _Found(
                name_start - (1 if quoted else 0),
                end,
                name_zh=name_zh,
                name_en=name_en,
                acronym=paren.acronym,
                note=paren.note,
                aliases=paren.aliases,
                asserted=paren.asserted or self._copula_assertion(end),
            )
        )
        return end

    def _name_before(self, start: int, end: int) -> tuple[int, str, bool]:
        """The Chinese name ending at ``end``: (start, name, quoted)."""
        text = self.text
        if end <= start:
            return end, "", False
        if text[end - 1] in CLOSE_QUOTES:
            closer = text[end - 1]
            opener = next((o for o, c in QUOTES.items() if c == closer), "")
            open_at = text.rfind(opener, start, end - 1) if opener and opener != closer else -1
            if open_at < 0 and opener == closer:
                open_at = text.rfind(opener, start, end - 1)
            if open_at >= 0:
                inner = text[open_at + 1 : end - 1]
                if inner and not re.search(r"[、，,；;。]", inner):
                    return open_at + 1, inner.strip(), True
            return end, "", False
        name_start = strip_lead(text, start, end, need_org=False)
        # a closing quote inside the region ends what came before
        for index in range(end - 1, name_start - 1, -1):
            if text[index] in QUOTE_CHARS:
                name_start = index + 1
                break
        name = text[name_start:end].strip()
        if not CJK_CHAR.search(name):
            return end, "", False
        return name_start, name, False

    def _copula_assertion(self, end: int) -> str:
        text = self.text
        window_end = end
        while window_end < len(text) and window_end - end < 24 and text[window_end] not in "，,。；;、\n":
            window_end += 1
        window = text[end:window_end]
        if not COPULA.match(window):
            return ""
        return assertion_of(window)

    def _quoted(self, start: int, end: int) -> None:
        text = self.text
        groups = paren_groups(text, start, end)  # disjoint, in text order
        group_starts = [a for a, _ in groups]
        for opener, closer in QUOTES.items():
            if opener == closer:
                continue
            index = text.find(opener, start, end)
            while index >= 0:
                at = bisect.bisect_right(group_starts, index) - 1
                if at >= 0 and index < groups[at][1]:
                    index = text.find(opener, index + 1, end)
                    continue
                close = text.find(closer, index + 1, end)
                if close < 0:
                    break
                inner = text[index + 1 : close].strip()
                after = close + 1
                followed_by_paren = after < end and text[after] in OPEN_PARENS
                if (
                    inner
                    and not followed_by_paren
                    and not re.search(r"[、，,；;。]", inner)
                    and org_like_zh(inner)
                ):
                    self._add(
                        _Found(index, close + 1, name_zh=inner, asserted=self._copula_assertion(close + 1))
                    )
                index = text.find(opener, close + 1, end)

    def _whole(self, start: int, end: int) -> None:
        """A piece of an enumeration: the whole piece is one name when it looks like one."""
        text = self.text
        name_start = strip_lead(text, start, end)
        name = text[name_start:end].strip()
        if org_like_zh(name):
            self._add(_Found(name_start, name_start + len(name), name_zh=name))
        elif is_acronym(name):
            self._add(_Found(name_start, name_start + len(name), acronym=name, org_like=False))
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
                    _Found(name_start, name_end, name_zh=name, asserted=self._copula_assertion(name_end))
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
            self._add(_Found(name_start, end, name_zh=name, asserted=self._copula_assertion(end)))

    def _free_en(self, start: int, end: int) -> None:
        text = self.text
        segment = text[start:end]
        for match in ENGLISH_NAME.finditer(segment):
            position, name = english_trim(match.start(), match.group())
            if len(name.split()) < 2 or not english_org_like(name):
                continue
            absolute = start + position
            self._add(_Found(absolute, absolute + len(name), name_en=name))

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
                self._add(_Found(match.start(), match.end(), acronym=value, org_like=False))
