"""A ranking told in one sentence, each piece a place, its copula, one name and its figure
(``1位が甲国で9970億ドル、2位が乙国で3140億ドル、…5位が戊国で861億ドルだった``; ``第一名是甲國，9970億美元；
第二名是乙國，3140億美元；…``). Used by the inline layout through ``_inline_grouping``.

Pieces are parted by ``、`` in Japanese (outside brackets) and by ``；`` in Chinese. Words before the first
place (``2024年の軍事費は``) are the lead-in; from the first place on, every piece has the shape: the place
(``1位``, ``第一名``), ``が``/``は`` (``是``/``為``), the name, ``で`` (a pause, or none), then one figure
(``lang.values.find_values``) and at most a few closing words (``だった``, ``となった``). The places count
up from one. The sentence is read whole or not at all, at least ``MIN_ITEMS`` pieces; as the other
rankings told in sentences (``_inline_place_pieces``), each item is filed under its place, its figure its
value.
"""

from __future__ import annotations

import re

from pipeline.lang.numbers import parse_int
from pipeline.lang.rank_cues import JA_PLACE, ZH_PLACE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import MIN_ITEMS, ZH_VALUE_NAME_RE, masked, trim
from sources.layouts._inline_pieces import Enumeration

_JA_PIECE_RE = re.compile(
    rf"(?P<place>{JA_PLACE})\s*(?:が|は)\s*(?P<name>[^、，,。（(]+?)\s*で\s*[、，,]?\s*(?P<figure>.+)"
)
_ZH_PIECE_RE = re.compile(
    rf"(?P<place>{ZH_PLACE})\s*"
    + fold_pattern(r"(?:是|為)")
    + r"\s*(?P<name>[^，,。；;（(]+?)\s*(?:[，,]\s*)?(?:"
    + fold_pattern(r"達|為|有|約")
    + r")?\s*(?P<figure>[0-9０-９].*)"
)
# what may close a piece after its figure: a copula or verb ending the sentence ("だった", "となった")
_CLOSING_RE = re.compile(r"(?:だった|となった|となっている|である|です|でした)?[。．.]?")
_PAUSE_RE = re.compile(r"[，,：:]")
_PLACE_NUMBER_RE = re.compile(r"[0-9０-９]+|[一二三四五六七八九十百]+")


def place_copulas(text: str, a: int, b: int) -> list[Enumeration]:
    """One enumeration a piece of the sentence ``text[a:b]`` told so (see the module's docstring), each
    labelled by its place; else ``[]``."""
    japanese = re.search("[\u3040-\u309f]", text[a:b]) is not None
    piece_re, separator = (_JA_PIECE_RE, "、") if japanese else (_ZH_PIECE_RE, "；")
    flat = masked(text, a, b)
    cuts = [a, *(a + k for k, ch in enumerate(flat) if ch == separator), b]
    pieces = [trim(text, cuts[k] + (k > 0), cuts[k + 1]) for k in range(len(cuts) - 1)]
    first = next((k for k, (s, e) in enumerate(pieces) if _opening(piece_re, text, s, e)), None)
    if first is None or len(pieces) - first < MIN_ITEMS:
        return []
    out: list[Enumeration] = []
    for place, (s, e) in enumerate(pieces[first:], start=1):
        m = _opening(piece_re, text, s, e) if place == 1 else piece_re.match(text, s, e)
        if m is None or _place_number(m["place"]) != place:
            return []
        name = trim(text, *m.span("name"))
        figure = _figure(text, *m.span("figure"))
        if figure is None or not ZH_VALUE_NAME_RE.match(text[name[0] : name[1]]):
            return []
        label = m.span("place")
        out.append(Enumeration((name,), s, figure[1], None, m["place"], label, False, shared=(figure,)))
    return out


def _opening(piece_re: re.Pattern[str], text: str, s: int, e: int) -> re.Match[str] | None:
    """The piece's shape from its start, or after the lead-in's last pause (``…排名中，第一名是甲國，…``)."""
    starts = [s, *(m.end() for m in _PAUSE_RE.finditer(text, s, e))]
    return next((m for k in starts if (m := piece_re.match(text, k, e)) is not None), None)


def _figure(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The one figure opening ``text[s:e]``, when only closing words follow it; else None."""
    found = find_values(text[s:e])
    if len(found) != 1 or found[0].start != 0:
        return None
    end = s + found[0].end
    if not _CLOSING_RE.fullmatch(text[end:e].strip(WHITESPACE)):
        return None
    return s, end


def _place_number(place: str) -> int | None:
    m = _PLACE_NUMBER_RE.search(place)
    return parse_int(m.group(0)) if m else None
