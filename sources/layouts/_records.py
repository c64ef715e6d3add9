"""From raw items to mentions: each item's span read with the columns and shared values around it
(``RawItem``, ``parse_span``), the parent that items of one list share as a printed prefix filled in
(``resolve_parents``), then the ``Mention`` records a layout returns, with the problems met on the way and
a confidence that grows with the number of items.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.lang.carried_units import carried_amount
from pipeline.lang.counter_words import ZH_CLASSIFIERS
from pipeline.lang.named_figures import counted_run, number_after_colon, score_alone
from pipeline.lang.numbers import parse_number
from pipeline.lang.row_values import numbers_before_labels
from pipeline.lang.scripts import CJK_RE
from pipeline.lang.value_words import change_sign, earlier_label
from pipeline.lang.values import find_values
from pipeline.models import Mention, Problem, Severity, Value
from sources.base import Document
from sources.items import split_item
from sources.layouts._item import parse_item
from sources.layouts._item_parts import ItemParts
from sources.layouts._shapes import MIN_RUN, ORG_ENDING_MULTI_RE, TEXT_CACHE
from sources.layouts._ties import split_ties


def resolve_parents(items: Sequence[ItemParts]) -> list[ItemParts]:
    """List-level parents: an acronym repeated on several items, or a shared Chinese prefix that is itself
    a complete body (ends with an organization-type word), is the items' parent rather than their name."""
    out = list(items)
    acr_counts = Counter(p.acronym for p in out if p.acronym and not p.parent)
    for i, p in enumerate(out):
        if p.acronym and not p.parent and acr_counts[p.acronym] >= 2:
            out[i] = replace(p, parent=p.acronym, acronym="")
    prefixes = _shared_prefixes([p.name_zh for p in out])
    for i, p in enumerate(out):
        for prefix in prefixes:
            if p.name_zh.startswith(prefix) and len(p.name_zh) - len(prefix) >= 2:
                out[i] = replace(p, name_zh=p.name_zh[len(prefix) :], parent=p.parent or prefix)
                break
    return out


def _shared_prefixes(names: Sequence[str]) -> list[str]:
    """Prefixes ending with an organization-type word that at least two names continue past.

    Names are sorted, so every common prefix of two names is the common prefix of some neighbours."""
    ordered = sorted({n for n in names if len(n) >= 5})
    cands: set[str] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        for cut in range(k, 2, -1):
            pre = a[:cut]
            if ORG_ENDING_MULTI_RE.search(pre) and len(CJK_RE.findall(pre)) >= 3:
                cands.add(pre)
                break
    every = sorted(names)
    found: list[str] = []
    for pre in cands:
        lo = bisect.bisect_left(every, pre)
        hi = bisect.bisect_left(every, pre + "\U0010ffff")
        rest_ok = sum(1 for n in every[lo:hi] if len(n) - len(pre) >= 2 and CJK_RE.match(n[len(pre)]))
        if rest_ok >= 2:
            found.append(pre)
    return sorted(found, key=lambda p: (-len(p), p))


@dataclass(frozen=True, slots=True)
class RawItem:
    """One list item found by a layout, before its text is split into names."""

    start: int
    end: int
    category: str | None
    group: str = ""  # the label of the item's group as printed ("" when the list has none)
    columns: tuple[str, ...] = ()  # labels of the value columns the item's values sit under, in order
    shared: tuple[int, int] = (0, 0)  # a value printed once for several items ("A and B, at 40 %")
    unit: str = ""  # the unit of a shared figure printed bare ("the BP 152" after "won 164 seats")


# characters before an item that its reading looks at (a title word's one-character look-behind)
ITEM_CONTEXT = 1


def parse_span(text: str, start: int, end: int, columns: Sequence[str] = ()) -> ItemParts:
    """One list item at ``text[start:end]``: values and attributes cut off (``sources.items``), then the
    names read from what is left. ``columns`` labels the values in order where the item's own text
    gives no label (a table's header).

    The reading depends on the item's text and the character before it only, so it is kept by that text
    (items recur from article to article) and its offsets moved to where the item stands."""
    before = text[max(0, start - ITEM_CONTEXT) : start]
    parts = _parse_in_context(before, text[start:end], tuple(columns))
    offset = start - len(before)
    return _shifted(parts, offset) if offset and (parts.values or parts.attributes) else parts


@lru_cache(maxsize=TEXT_CACHE)
def _parse_in_context(before: str, item: str, columns: tuple[str, ...]) -> ItemParts:
    return read_span(before + item, len(before), len(before) + len(item), columns)


def _shifted(parts: ItemParts, offset: int) -> ItemParts:
    return replace(
        parts,
        values=tuple(replace(v, start=v.start + offset, end=v.end + offset) for v in parts.values),
        attributes=tuple(replace(a, start=a.start + offset, end=a.end + offset) for a in parts.attributes),
    )


def read_span(text: str, start: int, end: int, columns: Sequence[str] = ()) -> ItemParts:
    """``parse_span`` without its cache: the reading itself (the reference its cache is tested against)."""
    split = split_item(text, start, end)
    parts = parse_item(text[split.name_start : split.name_end])
    if split.english is not None and not parts.name_en:
        parts = replace(parts, name_en=text[split.english[0] : split.english[1]])
    values = tuple(
        replace(v, column=columns[k]) if not v.column and k < len(columns) else v
        for k, v in enumerate(split.values)
    )
    if not values and not split.attributes and not parts.values and not parts.attributes:
        return parts
    return replace(parts, values=values, attributes=split.attributes)


def _signed(number: float | None, before: str, after: str) -> float | None:
    """A shared figure negative when the verb just before it says it fell (``減持118億美元至…``)."""
    return -number if number is not None and number > 0 and change_sign(before, after) < 0 else number


# a figure alone, in parentheses or not, a classifier with no noun after it or none: tied names' "(190)",
# a label's "（190個）", a clause's "以190個…"
_BARE_FIGURE_RE = re.compile(
    r"\s*([（(])?\s*([0-9０-９][0-9０-９.,，．]*)\s*["
    + "".join(sorted(ZH_CLASSIFIERS))
    + r"]?\s*(?(1)[）)])\s*"
)


_PAUSE_RE = re.compile(r"[,，;；]")


def _after_pause(words: str) -> str:
    """The words after the last comma or semicolon of ``words`` (all of them when there is none)."""
    return words[max((m.end() for m in _PAUSE_RE.finditer(words)), default=0) :]


def _with_shared(text: str, r: RawItem) -> ItemParts:
    """The item read from its span, with the value it shares with the items beside it when it has none
    of its own."""
    parts = parse_span(text, r.start, r.end, r.columns)
    a, b = r.shared
    if parts.values or b <= a:
        return parts
    found = find_values(text[a:b])
    shared = tuple(
        Value(
            f.raw,
            _signed(f.number, text[a : a + f.start], text[a + f.end : b]),
            f.unit,
            # "20%（原46%）", "20% for cars from May, down from 46%": the words after the last pause
            earlier_label(_after_pause(text[a + found[k - 1].end : a + f.start])) if k else "",
            a + f.start,
            a + f.end,
            f.low,
            f.high,
            f.approximate,
        )
        for k, f in enumerate(found)
    )
    if not shared:  # "甲國40金44銀42銅": its own numbers, each before its label; or after ("甲票64票")
        labelled = numbers_before_labels(text, a, b) or counted_run(text, a, b)[0]
        shared = tuple(Value(f.raw, f.number, f.unit, label, f.start, f.end) for label, f in labelled)
    if not shared and (bare := _BARE_FIGURE_RE.fullmatch(text, a, b)) is not None:  # tied names' "(190)"
        number = parse_number(bare.group(2))
        shared = (Value(bare.group(2), number, r.unit, "", bare.start(2), bare.end(2)),)
    if not shared and (after := number_after_colon(text[a:b], named=False)):  # "– 191 destinations"
        shared = tuple(Value(f.raw, f.number, f.unit, "", a + f.start, a + f.end) for _, f in after)
    if not shared and (score := score_alone(text, a, b)) is not None:  # "第2名：甲國、乙國，7.52分"
        shared = (Value(score.raw, score.number, "", "", score.start, score.end),)
    if not shared and (carried := carried_amount(text, r.start, b)):  # "甲國9970億、…及丁國885億美元"
        shared = tuple(
            Value(f.raw, f.number, f.unit, "", r.start + f.start, r.start + f.end) for f in carried
        )
    return replace(parts, values=shared)


def build_mentions(doc: Document, raw: Sequence[RawItem], layout: str) -> tuple[list[Mention], list[Problem]]:
    """Mentions (positions 1..n in text order) from item spans; parents resolved over the whole list."""
    ordered = split_ties(doc.text, sorted(raw, key=lambda r: (r.start, r.end)))
    parts = resolve_parents([_with_shared(doc.text, r) for r in ordered])
    mentions: list[Mention] = []
    problems: list[Problem] = []
    for r, p in zip(ordered, parts, strict=True):
        if p.empty:
            problems.append(
                Problem(
                    doc.id,
                    "empty-item",
                    Severity.WARNING,
                    f"{layout}: list item at {r.start} has no name: {_quote(doc.text, r.start, r.end)}",
                )
            )
            continue
        mentions.append(
            p.mention(
                doc.id,
                len(mentions) + 1,
                category=r.category,
                start=r.start,
                end=r.end,
                group=r.group,
            )
        )
    return mentions, problems


def _quote(text: str, start: int, end: int) -> str:
    return repr(text[start:end][:40])


def confidence(n_items: int) -> float:
    """Detection score from the number of list items a layout recognises (0 below ``MIN_RUN``)."""
    if n_items < MIN_RUN:
        return 0.0
    return round(n_items / (n_items + 5), 4)
