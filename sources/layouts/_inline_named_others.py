"""The one a sentence names before the others it lists (``… on Jane Roe, Borduria's foreign minister, and
three other officials: A, B and C``, ``乙国のジェーン・ロー外相ら4人を…。ほかにA、B、Cの3人``,
``張三等6名官員。除張三外，被制裁的還有A、B…``): the list's first item, when the others are as many as the
count says. Used by the inline layout (``_inline_finding``, ``_inline_grouping``)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.leads import ZH_BESIDES_CLOSE
from pipeline.lang.numbers import parse_number
from pipeline.lang.scripts import fold_pattern
from sources.layouts._inline_piece_shapes import name_shaped
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._named_first import (
    JA_NAMED_AND_OTHERS_RE,
    JA_OTHERS_RE,
    MAX_OTHERS_GAP,
    NAMED_AND_OTHERS_RE,
    NAMED_BEFORE_OTHERS_RE,
    OTHERS_LEAD_RE,
    item_span,
    others_count,
)


def named_before_the_others(text: str, colon: int, enum: Enumeration) -> Enumeration:
    """``… on Jane Roe, Borduria's foreign minister, and three other officials: A, B and C``: the person
    the lead-in names before the others the colon introduces is the list's first item, when the others
    are as many as it says; the count, of the others only, is then no count of the list. So is the person
    a sentence before names with the others it counts, when a clause then names them (``… on Jane Roe and
    three other officials. The others are A, B and C``); ``colon`` is -1 where the clause has none."""
    m = NAMED_BEFORE_OTHERS_RE.search(text, enum.lead_start, colon) if colon >= 0 else None
    if m is None and OTHERS_LEAD_RE.fullmatch(text, enum.lead_start, enum.start):
        before = max(0, enum.lead_start - MAX_OTHERS_GAP)
        m = next(reversed(list(NAMED_AND_OTHERS_RE.finditer(text, before, enum.lead_start))), None)
    if m is None or enum.selection:
        return enum
    if others_count(m) != len(enum.spans) or not name_shaped(m.group("name"), False):
        return enum
    return replace(
        enum,
        spans=(
            item_span(text, m),
            *enum.spans,
        ),
        stated=None,
        count_span=(0, 0),
    )


def named_before_the_others_ja(text: str, enum: Enumeration) -> Enumeration:
    """``乙国のジェーン・ロー外相ら4人を…。ほかにA、B、Cの3人が含まれる``: the person the sentence before
    names with a count of all (``ら4人``) is the list's first item, when the others after ``ほかに`` are one
    fewer; their own count (``の3人``), of the others only, is then no count of the list."""
    sentence = max(text.rfind("。", 0, enum.start), text.rfind("\n", 0, enum.start)) + 1
    if sentence <= 0 or not JA_OTHERS_RE.search(text, sentence, enum.start):
        return enum
    before = max(text.rfind("。", 0, sentence - 1), text.rfind("\n", 0, sentence - 1)) + 1
    m = next(reversed(list(JA_NAMED_AND_OTHERS_RE.finditer(text, before, sentence))), None)
    if m is None or others_count(m) != len(enum.spans) + 1:
        return enum
    return replace(
        enum, spans=((m.start("item"), m.end("item")), *enum.spans), stated=None, count_span=(0, 0)
    )


# the one the sentence sets apart before the others: "除張三外，被制裁的還有A、B…"
_ZH_BESIDES_RE = re.compile(
    fold_pattern(r"除(?:了)?(?P<name>[^，,。、\s]{2,8}?)") + f"(?:{ZH_BESIDES_CLOSE})"
)
_ZH_NAMED_AND_OTHERS = fold_pattern(
    r"\s*等\s*(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十兩]{1,3})\s*(?:名|位|人|個)"
)


def named_before_the_others_zh(text: str, enum: Enumeration) -> Enumeration:
    """``…制裁甲國國防部長張三等6名官員。除張三外，被制裁的還有A、B、C、D和E``: the one named before, with a
    count of all (``張三等6名``), is the list's first item when the others are one fewer; that count is
    the list's."""
    sentence = max(text.rfind("。", 0, enum.start), text.rfind("\n", 0, enum.start)) + 1
    besides = _ZH_BESIDES_RE.search(text, sentence, enum.start)
    if sentence <= 0 or besides is None or enum.stated is not None:
        return enum
    before = max(text.rfind("。", 0, sentence - 1), text.rfind("\n", 0, sentence - 1)) + 1
    name = besides.group("name")
    m = re.compile(re.escape(name) + _ZH_NAMED_AND_OTHERS).search(text, before, sentence)
    if m is None or parse_number(m.group("n")) != len(enum.spans) + 1:
        return enum
    first = (m.start(), m.start() + len(name))
    return replace(enum, spans=(first, *enum.spans), stated=len(enum.spans) + 1, count_span=m.span("n"))
