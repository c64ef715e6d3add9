"""Japanese sentences of names and the rates charged on their goods, read whole or left unread:

1. a run, then its goods and the one rate charged on them (``大統領はアランド、ボルドゥリア、カルパチア
   からの商品に25%の関税を課した``): every name of the run has that rate;
2. groups parted by ``、``, each one name or names joined by ``と`` (its goods after it, maybe), its rate in
   brackets (``より高い関税は、アランドとボルドゥリアからの輸入品(30%)、カルパチア(32%)、ダルマチアと
   エルボニア(35%)に課される``): every name of a group has the group's rate. Only the words before the first
   group, closed by a topic particle, are a lead-in; the verb of charging may close the last.

One enumeration a sentence, each name with the span of its rate (``shared``). Used by the inline layout
through ``_inline_grouping``.
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import JA_CHARGED_TAIL_RE, JA_GOODS_FROM
from pipeline.lang.scripts import KANA_RE, WHITESPACE
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import ZH_VALUE_NAME_RE
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_NAMES = 3  # names of a sentence read so

_GOODS_RE = re.compile(JA_GOODS_FROM)
_CHARGED_RUN_RE = re.compile(rf"{JA_GOODS_FROM}に")
_BRACKETED_RE = re.compile(r"[(（](?P<value>[^()（）]+)[)）]")
_TOPIC_END_RE = re.compile(r"(?:は|では|には)\s*$")
_JOINER = "と"


def ja_goods_groups(text: str, a: int, b: int) -> list[Enumeration]:
    sentence = text[a:b]
    if KANA_RE.search(sentence) is None or not any(c in sentence for c in ("から", "(", "（")):
        return []
    read = _charged_run(text, a, b) or _bracketed_groups(text, a, b)
    return [read] if read is not None else []


def _names(text: str, s: int, e: int, seps: str) -> list[tuple[int, int]] | None:
    """The names of ``text[s:e]`` parted by any of ``seps``, each name-shaped, else None."""
    out = []
    for x, y in split_top_level(text[s:e], seps):
        piece = text[s + x : s + y]
        lo = s + x + len(piece) - len(piece.lstrip(WHITESPACE))
        hi = s + x + len(piece.rstrip(WHITESPACE))
        if ZH_VALUE_NAME_RE.match(text[lo:hi]) is None:
            return None
        out.append((lo, hi))
    return out


def _charged_run(text: str, a: int, b: int) -> Enumeration | None:
    """1. ``…はA、B、Cからの商品に25%の関税を課した``."""
    m = _CHARGED_RUN_RE.search(text, a, b)
    if m is None:
        return None
    found = find_values(text[m.end() : b])
    if not found or found[0].start != 0:
        return None
    if len(found) > 1:
        return None  # further rates in the sentence: groups this shape does not read whole
    topic = text.rfind("は", a, m.start())  # "大統領はA、B…": the lead-in ends at its topic particle
    lo = topic + 1 if topic >= a else a
    names = _names(text, lo, m.start(), "、" + _JOINER)
    if names is None or len(names) < MIN_NAMES:
        return None
    value = (m.end() + found[0].start, m.end() + found[0].end)
    shared = (value,) * len(names)
    return Enumeration(tuple(names), a, value[1], None, "", (0, 0), False, (value[1], value[1]), "", shared)


def _bracketed_groups(text: str, a: int, b: int) -> Enumeration | None:
    """2. ``…は、AとBからの輸入品(30%)、C(32%)、DとE(35%)に課される``."""
    pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], "、")]
    first = next((k for k, (s, e) in enumerate(pieces) if _BRACKETED_RE.search(text, s, e)), None)
    if first is None or first > 1 or (first == 1 and not _TOPIC_END_RE.search(text, *pieces[0])):
        return None
    spans: list[tuple[int, int]] = []
    shared: list[tuple[int, int]] = []
    joined = False
    for k, (s, e) in enumerate(pieces[first:], start=first):
        m = _BRACKETED_RE.search(text, s, e)
        if m is None:
            return None
        tail = text[m.end() : e]
        if tail.strip(WHITESPACE) and not (k == len(pieces) - 1 and JA_CHARGED_TAIL_RE.match(tail)):
            return None
        found = find_values(m.group("value"))
        if len(found) != 1 or m.group("value")[found[0].end :].strip(WHITESPACE):
            return None
        names_end = m.start()
        if (goods := _GOODS_RE.search(text, s, names_end)) is not None and goods.end() == names_end:
            names_end, joined = goods.start(), True
        names = _names(text, s, names_end, _JOINER)
        if names is None:
            return None
        joined = joined or len(names) > 1
        spans += names
        value = (m.start("value") + found[0].start, m.start("value") + found[0].end)
        shared += [value] * len(names)
    if not joined or len(pieces) - first < 2 or len(spans) < MIN_NAMES:
        return None  # names with their own rates alone: the enumeration readers read them
    end = shared[-1][1] + 1
    return Enumeration(tuple(spans), a, end, None, "", (0, 0), False, (end, end), "", tuple(shared))
