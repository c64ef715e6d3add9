"""The scan of one clause of prose for organization names (``Scanner``): names ending in an
organization-type word, split at conjunctions where both sides are complete names, names with a
parenthesis after them, quoted names, and, through ``FreeTextScan`` (``sources.prose_free_text``), running
text's names, English capitalised names and bare acronyms, each found once (``FoundName``,
``sources.prose_found``) with its span.
"""

from __future__ import annotations

import bisect
import re

from sources.prose_acronyms import is_acronym
from sources.prose_affiliations import parse_paren
from sources.prose_english import (
    english_name_before,
    english_org_like,
    person_like,
)
from sources.prose_found import FoundName
from sources.prose_free_text import FreeTextScan
from sources.prose_orgs import org_like_zh
from sources.prose_spans import (
    cut_end_marker,
    paren_groups,
    strip_lead,
    suffix_at,
    trim,
)
from sources.prose_words import (
    CJK_CHAR,
    CLOSE_PARENS,
    CLOSE_QUOTES,
    CONJUNCTION_FIRSTS,
    CONJUNCTIONS,
    NAME_SPAN,
    OPEN_PARENS,
    QUOTE_CHARS,
    QUOTES,
    SPACE,
)


class Scanner(FreeTextScan):
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
                    FoundName(
                        acronym_at, acronym_at + len(paren.acronym), acronym=paren.acronym, org_like=False
                    )
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
            FoundName(
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
                        FoundName(index, close + 1, name_zh=inner, asserted=self._copula_assertion(close + 1))
                    )
                index = text.find(opener, close + 1, end)
