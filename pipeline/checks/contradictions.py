"""An article against itself: its list gives an item one value, its own text another.

``internal_contradiction``: an outlet's list prints ``甲國 46%`` while its lead says ``甲國…24%``. The
article names the item outside its list (the item's own names as its list prints them), and the clause
that names it holds one value in the unit of the item's values that equals none of them. The finding
quotes both places; which of the two is right is for the reader (or ``--reference``) to tell.

Severity: ``error`` when the clause speaks in the present (no word for an earlier state such as
``原本``, ``此前``, ``previously``) and the item prints one value in that unit, so the two numbers can
only mean the same thing; otherwise ``warning``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.checks.context import _Ctx
from pipeline.checks.joint_figures import joined_after
from pipeline.checks.registry import INTERNAL_CONTRADICTION
from pipeline.checks.wording import _evidence
from pipeline.group_labels import NUMBERED_LABEL_RE
from pipeline.lang.clause_cues import (
    CHANGE_WORD_RE,
    EN_SHARE_OF_AFTER_RE,
    MEASURE_END_RE,
    OTHER_PART_RE,
    SOURCE_PART_RE,
)
from pipeline.lang.count_lines import SUM_BEFORE_RE
from pipeline.lang.decision_cues import PAST_RE
from pipeline.lang.precision import departs, printed_step
from pipeline.lang.scripts import fold_pattern
from pipeline.lang.values import Found, find_values
from pipeline.models import Discrepancy, Mention, Severity

MIN_NAME_CHARS = 2  # shorter name forms are not searched for in the text
TOLERANCE = 0.05  # two numbers this close are the same value, rounded differently
# where the sentence that names an item ends (the next item's name ends it sooner)
_CLAUSE_END_RE = re.compile(r"[。！？!?；;\n]|\.\s")


def internal_contradictions(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    for art in ctx.list_articles:
        article = ctx.articles.get(art)
        if article is None:
            continue
        listed = ctx.listed[art]
        taken = sorted([*((m.start, m.end) for m in listed), *ctx.heading_spans.get(art, ())])
        body = article.body
        for m in listed:
            found = _contradiction(ctx, m, body, taken, listed)
            if found is not None:
                out.append(found)
    return out


def _contradiction(
    ctx: _Ctx, m: Mention, body: str, taken: Sequence[tuple[int, int]], listed: Sequence[Mention]
) -> Discrepancy | None:
    # a unit the list gives as near ("about 40%") is contradicted by no figure in the prose
    near = {v.unit for v in m.values if v.approximate}
    units = {v.unit for v in m.values if v.number is not None and v.unit and v.unit not in near}
    if not units:
        return None
    for start, end in _mentions_outside(m, body, taken):
        if joined_after(body, start, (n for o in listed if o is not m for n in _names(o))):
            continue  # "甲国と乙国で35％": the figure of the two together
        clause_end = _clause_end(body, end, listed, m)
        clause = body[end:clause_end]
        for unit in sorted(units):
            printed = [v.number for v in m.values if v.unit == unit and v.number is not None]
            stated = [
                f
                for f in find_values(clause)
                if f.unit == unit
                and f.number is not None
                and not f.approximate
                and not SUM_BEFORE_RE.search(clause, 0, f.start)
                and not CHANGE_WORD_RE.search(
                    clause, 0, f.start
                )  # "甲國出口增長23%": another measure's change
                and not CHANGE_WORD_RE.match(clause, f.end)  # "甲国は21%増": a change, said after it
                and not OTHER_PART_RE.search(clause, 0, f.start)  # "州內其他地區為15.50美元": another part's
            ]
            if (
                len(stated) != 1
                or _another_measure(clause, stated[0].end, m, unit)
                or _measure_before(clause, stated[0].start, m, unit)
                or _share_of_another(clause, stated[0].end, m, unit)
                or _of_one_source(clause, stated[0], m, unit)
                or _former(clause, stated[0])
                or _MODIFIES_RE.match(clause)
            ):
                continue
            value = stated[0]
            # "減持118億" beside a list's -118億: the same amount, its way said in words
            number = abs(value.number or 0.0)
            if any(abs(number - abs(n)) <= TOLERANCE for n in printed) or _in_tenths_alike(
                value, number, printed
            ):
                continue
            strong = len(printed) == 1 and PAST_RE.search(body[start:clause_end]) is None
            list_values = ", ".join(v.raw for v in m.values if v.unit == unit)
            return Discrepancy(
                kind=INTERNAL_CONTRADICTION,
                severity=Severity.ERROR if strong else Severity.WARNING,
                entity=ctx.entity_of.get(m.key),
                sources=(m.article,),
                subject=m.label,
                message=(
                    f"{m.article} lists {m.label} at {list_values}, but its own text gives {value.raw} "
                    f"('{body[start:clause_end].strip()[:80]}')."
                ),
                evidence=_evidence(
                    [
                        ctx.mention_evidence(m),
                        ctx.evidence(m.article, end + value.start, end + value.end),
                    ]
                ),
            )
    return None


def _in_tenths_alike(value: Found, number: float, printed: Sequence[float]) -> bool:
    """A rate the text gives in tenths (``甲國占逾7成`` beside a list's 71.1%), or an amount or a number of
    people it gives rounded (``604萬人次`` beside a list's ``604萬4400人次``): a coarser print of the same
    figure, against the list's only when a whole step of its print or more apart."""
    step = printed_step(value.raw, number)
    coarser = step > 1 if value.unit == "%" else value.unit != "pp" and step > 0
    return coarser and any(not departs(number, step, abs(n), 0.0) for n in printed)


# a value a change starts from (``from 1.1%``, ``由1.1%``, ``1.1%から``): the figure before, not the list's
_FROM_BEFORE_RE = re.compile(r"(?:\bfrom|由|從|从)\s*$", re.IGNORECASE)
_FROM_AFTER_RE = re.compile(r"\s*から")
FROM_WINDOW = 8  # characters before a value read for the word a change starts from


def _former(clause: str, value: Found) -> bool:
    """The value is where a change starts from (``甲国は1月の1.1%から下方修正``): what the list states is
    the figure after it, no contradiction."""
    before = clause[max(0, value.start - FROM_WINDOW) : value.start]
    return _FROM_BEFORE_RE.search(before) is not None or _FROM_AFTER_RE.match(clause, value.end) is not None


_NOUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def _another_measure(clause: str, after: int, m: Mention, unit: str) -> bool:
    """The amount is of a measure its noun names and the list's column does not (``…以1,050億美元利潤`` under
    a column ``營業收入``): no share of a character, so no other value of the same thing."""
    noun = _NOUN_AFTER_RE.match(clause, after)
    columns = [v.column for v in m.values if v.unit == unit and v.column]
    return noun is not None and bool(columns) and not any(set(noun.group()) & set(c) for c in columns)


# the measure a clause names right before its figure ("…出口額500億美元", "失業率為5%")
_MEASURE_BEFORE_RE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{2,4})" + fold_pattern(r"(?:的|為|是|達|約)?") + r"\s*$"
)


_MEASURE_CHARS = frozenset("率額额量幅比值占佔")  # what every measure's word may end in: no word of which


def _measure_before(clause: str, at: int, m: Mention, unit: str) -> bool:
    """The figure is of a measure named before it that the list's column does not name (``失業率5.2%``
    beside a column ``通膨率``): no character shared but the measure's own (率, 額, 比), so another
    measure of the item."""
    before = _MEASURE_BEFORE_RE.search(clause, 0, at)
    if before is None or MEASURE_END_RE.search(before["noun"]) is None:
        return False
    columns = [
        v.column for v in m.values if v.unit == unit and v.column and not NUMBERED_LABEL_RE.match(v.column)
    ]
    noun = MEASURE_END_RE.search(before["noun"])
    word = before["noun"][max(0, (noun.start() if noun else 0) - 2) :]
    return bool(columns) and not any((set(word) & set(c)) - _MEASURE_CHARS for c in columns)


SOURCE_AFTER = 16  # characters after a figure read for the source it is of ("1億美元場外收入")


def _of_one_source(clause: str, value: Found, m: Mention, unit: str) -> bool:
    """The figure is of one source of the item's amount (``柯瑞以1億美元場外收入居次``, ``場外收入達1億美元``,
    ``$100 million in endorsements``) and no list column in its unit is of a source: a part of the amount,
    not the amount."""
    near = clause[: value.end + SOURCE_AFTER]
    if SOURCE_PART_RE.search(near) is None:
        return False
    return not any(SOURCE_PART_RE.search(v.column) for v in m.values if v.unit == unit and v.column)


_WORD_RE = re.compile(r"[a-z]{3,}")


def _share_of_another(clause: str, after: int, m: Mention, unit: str) -> bool:
    """The share is of a whole its words name and no list column in its unit does (``34% of its gross
    domestic product`` beside a column ``Share of world total``): another measure of the item."""
    whole = EN_SHARE_OF_AFTER_RE.match(clause, after)
    columns = [v.column for v in m.values if v.unit == unit and v.column]
    if whole is None or not columns:
        return False
    words = set(_WORD_RE.findall(whole["whole"].casefold()))
    return not any(words & set(_WORD_RE.findall(c.casefold())) for c in columns)


# the item's name before words that make it part of another's ("甲黨與乙黨組成的聯盟", "甲國領導的集團"):
# the clause's figures are the other's
_MODIFIES_RE = re.compile(fold_pattern(r"\s*(?:所?組成的|組建的|領導的|率領的|主導的|牽頭的|旗下的|所屬的)"))


def _names(m: Mention) -> list[str]:
    forms = {m.name_zh, m.name_en, *m.aliases}
    return sorted((f for f in forms if len(f) >= MIN_NAME_CHARS), key=lambda f: (-len(f), f))


def _mentions_outside(m: Mention, body: str, taken: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Where the article names the item outside its list and headings, in text order."""
    seen: list[tuple[int, int]] = []
    for name in _names(m):
        i = body.find(name)
        while i >= 0:
            span = (i, i + len(name))
            inside = any(a <= span[0] < b for a, b in taken) or any(a <= i < b for a, b in seen)
            if not inside:
                seen.append(span)
            i = body.find(name, i + 1)
    yield from sorted(seen)


def _clause_end(body: str, start: int, listed: Sequence[Mention], m: Mention) -> int:
    """The end of the stretch that speaks of the item: the sentence's end, or the next other item's name."""
    found = _CLAUSE_END_RE.search(body, start)
    end = found.start() if found else len(body)
    for other in listed:
        if other is m:
            continue
        for name in _names(other):
            i = body.find(name, start, end)
            if i >= 0:
                end = i
    return end
