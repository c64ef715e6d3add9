"""A list's values against the whole the article says they share out (``共設600席`` over seats by party).

1. The whole (``_whole``): every item of the list prints one value in one unit (seats, votes, an amount),
   ``MIN_ITEMS`` items at least, and the article's text before its first item, or the rest of its last
   item's sentence, states one figure in that unit larger than every item's, said as a whole by the words of
   its clause (``議會共設600席``, ``Of the 600 seats``, ``…1席，合共600席。``; not ``過半數需301席``),
   or the next sentence, a sum word before its figure (``The pledges add up to about 1.06 million bpd.``);
   or a table's total row right under the list (``total_rows``); several such figures state no whole;
   one given as near (``合共約106萬桶``) is met by a sum less than a step of its print away (``_slack``).
2. The items' values add up to another number than that whole:
   - where a value finding of the same outlet alone already names one of its items, and the figure another
     outlet prints for that item makes the sum come right, that finding says so too: one cause, one
     finding;
   - else, where they add up to more than the whole, one ``arithmetic`` error naming the whole and the
     sum. Fewer may be a list of the larger parts only (the rest left out): nothing is said, unless the
     whole is the table's own total row and the list all its article says there is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import ARITHMETIC, VALUE_CONFLICT
from pipeline.checks.total_rows import TOTAL_ROW, total_row
from pipeline.checks.wording import _evidence
from pipeline.lang.count_lines import SUM_BEFORE_RE, TOTAL_WORD_RE
from pipeline.lang.part_cues import WHOLE_AFTER_RE, WHOLE_SCOPE_BEFORE_RE
from pipeline.lang.precision import printed_step
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import Found, find_values
from pipeline.models import Discrepancy, Mention, Severity, Value

MIN_ITEMS = 3  # items whose values add up, at the least
EXACT = 1e-9  # how far a sum may stand from an exact whole: float error only
_DIGITS_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _amount(m: Mention) -> Value | None:
    """The item's one value in a unit other than a share, else None."""
    shown = [v for v in m.values if v.unit and v.unit != "%" and v.number is not None]
    return shown[0] if len(shown) == 1 and not shown[0].approximate else None


def _amounts(items: Sequence[Mention]) -> list[Value]:
    """Each item's value in the unit every item prints one value in, else []."""
    out = [v for m in items if (v := _amount(m)) is not None]
    if len(out) != len(items):
        return []
    return out if len(out) >= MIN_ITEMS and len({v.unit for v in out}) == 1 else []


# where the sentence of a list's last item ends ("…1席，合共600席。")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]|\.\s")
# where a figure's clause opens: the words between it and the figure say whether the figure is a whole
_CLAUSE_START_RE = re.compile(r"[。！？!?\n，,；;：:]|\.\s")
# before a figure in its clause, besides the total and scope words: "Of the 600 seats", "will have 600 seats"
_WHOLE_BEFORE_RE = re.compile(r"\b(?:of|out of|among)\s+the\s*$|\bha(?:ve|s)\s*$", re.IGNORECASE)


def _said_whole(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is said as a whole the list shares out (``共設600席``,
    ``在600個議席中``, ``Of the 600 seats``, ``600 seats in all``), not merely a larger figure (``過半數需
    301席``, ``needs 301 seats for a majority``)."""
    opens = max((m.end() for m in _CLAUSE_START_RE.finditer(text, max(0, start - 40), start)), default=0)
    before = text[max(opens, start - 40) : start]
    if (
        TOTAL_WORD_RE.search(before)
        or WHOLE_SCOPE_BEFORE_RE.search(before)
        or _WHOLE_BEFORE_RE.search(before)
    ):
        return True
    return WHOLE_AFTER_RE.match(text[end : end + 30]) is not None


def _whole(text: str, items: Sequence[Mention], amounts: Sequence[Value]) -> tuple[Value, float] | None:
    """The one figure the text before the list, or the rest of its last item's sentence (``合共600席``),
    states in the items' unit, larger than every item's (its offsets in ``text``), or a table's total row
    under it (``total_rows``); and how far the items' sum may stand from it."""
    if (row := total_row(text, items, amounts)) is not None:
        return row
    unit, top = amounts[0].unit, max(v.number or 0.0 for v in amounts)
    last = items[-1].end
    close = _SENTENCE_END_RE.search(text, last)
    pieces = ((0, text[: items[0].start]), (last, text[last : close.start() if close else len(text)]))
    found = [
        (at, f)
        for at, piece in pieces
        for f in find_values(piece)
        if f.unit == unit and f.number is not None and _said_whole(text, at + f.start, at + f.end)
    ]
    if close is not None and not found:
        found = _summed_after(text, close.end(), items, unit)
    larger = {f.number for _, f in found if (f.number or 0.0) > top}
    if len(larger) != 1:
        return None
    at, first = next((at, f) for at, f in found if f.number in larger)
    near = any(f.approximate for _, f in found)  # "每日合共166萬桶 … 合共每日約166萬桶": said as near once
    value = Value(first.raw, first.number, unit, "", at + first.start, at + first.end, approximate=near)
    return value, _slack(value)


MAX_LINES_BETWEEN = 2  # line breaks between the list's last sentence and the next: one blank line at most


def _summed_after(text: str, start: int, items: Sequence[Mention], unit: str) -> list[tuple[int, Found]]:
    """Where nothing before the list or in its last sentence states its whole: the figures in the items'
    unit of the sentence right after the list's last (in its paragraph or the next) that a sum word leads
    (``The pledges add up to about 1.06 million bpd.``, ``四國合共每日約106萬桶。``), each with the offset of
    the sentence in ``text``. A figure there said any other way may be of anything else, and a sentence
    that names items sums those (``甲黨與乙黨合共47席``), not the list."""
    at = len(text) - len(text[start:].lstrip(WHITESPACE + "\n"))
    if text.count("\n", start - 1, at) > MAX_LINES_BETWEEN:
        return []
    end = _SENTENCE_END_RE.search(text, at)
    piece = text[at : end.start() if end else len(text)]
    if any(m.label and m.label in piece for m in items):
        return []
    return [
        (at, f)
        for f in find_values(piece)
        if f.unit == unit and f.number is not None and SUM_BEFORE_RE.search(piece, 0, f.start) is not None
    ]


def _slack(value: Value) -> float:
    """How far the items' sum may stand from a whole: none from an exact one; from one given as near
    (``約106萬桶``, ``about 1.16 million``), less than a whole step of its print (a figure rounded, or cut,
    at its last digit; at its last digit but its final zeros, which a round figure may have rounded)."""
    if not value.approximate:
        return EXACT
    runs = _DIGITS_RE.findall(unicodedata.normalize("NFKC", value.raw).replace(",", ""))
    zeros = len(runs[-1]) - len(runs[-1].rstrip("0")) if runs and "." not in runs[-1] else 0
    return printed_step(value.raw, value.number) * 10**zeros or EXACT  # "約100萬": to the hundred, perhaps


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,g}"


def _explained(
    ctx: _Ctx, d: Discrepancy, items: Sequence[Mention], total: float, whole: Value, slack: float
) -> str | None:
    """The words that say the whole comes right (within ``_slack``) with another outlet's figure for the
    item ``d`` names."""
    if d.kind != VALUE_CONFLICT or d.severity is not Severity.ERROR or d.entity is None:
        return None
    own = next((m for m in items if ctx.entity_of.get(m.key) == d.entity), None)
    if own is None:
        return None
    printed = _amount(own)
    others = {
        v.number
        for art, ms in ctx.entity_lists.get(d.entity, {}).items()
        if art != own.article
        for m in ms[:1]
        for v in m.values
        if v.number is not None
    }
    if printed is None:
        return None
    rest = total - (printed.number or 0.0)
    right = next((n for n in sorted(others) if abs(rest + n - (whole.number or 0.0)) < slack), None)
    if right is None:
        return None
    return (
        f" Its items add up to {_fmt(total)}, not the {whole.raw} it states; with {_fmt(right)} for "
        f"{own.label} they {'come near it' if whole.approximate else 'do'}."
    )


def _reaches_its_count(ctx: _Ctx, art: str) -> bool:
    """The list is all its article says there is (as many items as the count it states, no selection): a
    total row its items fall short of is wrong too, no share of parts left out. (A whole said in words may
    take in more than the list: ``加上甲國，合共…``.)"""
    return not ctx.says_selection(art) and ctx.stated_total(art) == len(ctx.listed[art])


def _too_many(ctx: _Ctx, art: str, value: Value, total: float) -> Discrepancy:
    """The ``arithmetic`` error of a list whose values add up to more than the whole ``value`` states."""
    items = ctx.listed[art]
    return Discrepancy(
        kind=ARITHMETIC,
        severity=Severity.ERROR,
        entity=None,
        sources=(art,),
        subject=f"sum of {value.unit}",
        message=(
            f"{art} states a whole of {value.raw}, but the {value.unit} of its {len(items)} items add up to "
            f"{_fmt(total)}."
        ),
        evidence=_evidence([ctx.evidence(art, value.start, value.end), ctx.mention_evidence(items[0])]),
    )


def sums_checks(ctx: _Ctx, found: list[Discrepancy]) -> list[Discrepancy]:
    """``found`` with each list whose values do not add up to its stated whole said once (see the module)."""
    out = list(found)
    alone: dict[str, list[int]] = defaultdict(list)  # article -> the findings about it alone
    for k, d in enumerate(found):
        if len(d.sources) == 1:
            alone[d.sources[0]].append(k)
    for art in ctx.list_articles:
        items, article = ctx.listed[art], ctx.articles.get(art)
        amounts = _amounts(items)
        if article is None or not amounts:
            continue
        stated = _whole(article.text, items, amounts)
        if stated is None:
            continue
        value, slack = stated
        whole, total = value.number or 0.0, sum(v.number or 0.0 for v in amounts)
        if abs(total - whole) < slack:
            continue
        told = [
            (k, w) for k in alone.get(art, ()) if (w := _explained(ctx, out[k], items, total, value, slack))
        ]
        if len(told) == 1:
            k, words = told[0]
            out[k] = replace(out[k], message=out[k].message + words)
        elif not told and (total > whole or (value.column == TOTAL_ROW and _reaches_its_count(ctx, art))):
            out.append(_too_many(ctx, art, value, total))
    return out
