"""A count of the whole that every outlet's list is only a part of, told otherwise by one outlet.

甲報, 乙報 and 丙報 each print the top ten of a ranking of 32 members and say so above it (``32個成員國``);
丁報 says ``31个成员国``. No list counts the whole, so no list judges the count: the outlets' counts are
compared with each other. Judged only where the count's number exceeds every list of the run (a count a
list could reach is the list's, for ``claims``), in the article's text before its list (its headline and
lead, a count on one line), by the noun it counts (``lang.counted_nouns.counted_noun``): an outlet whose
counts of that noun are all another number than the one at least ``MIN_CORROBORATION`` other outlets
state, each stating no other, and within half and twice it (a number of another size counts something
else), is named in one warning (words that could count something else, such as the members of another
body, are weaker evidence than a count bound to a list).

A list of examples closes on the count of the whole it is drawn from (``…ら25カ国の首脳``, ``…等26位``,
``were among the 26``): that count is judged against the others' in the same way, even where the outlet
states the others' number elsewhere too (its headline's ``26カ国``): the count its names close on is the
one quoted.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import COUNT_CONFLICT
from pipeline.checks.view import MIN_CORROBORATION, _outlets
from pipeline.claims.sentences import quote_span
from pipeline.lang.counted_nouns import counted_noun, noun_kind
from pipeline.lang.counts import Count, find_counts
from pipeline.lang.examples_of import CLOSING_CHARS, EXAMPLES_CLOSING_RE
from pipeline.models import Discrepancy, Evidence, Severity

QUOTE_CHARS = 80  # the clause quoted around the count


def _wholes(ctx: _Ctx, floor: int) -> dict[str, dict[str, dict[int, tuple[int, int]]]]:
    """Noun -> article -> number -> the first span stating it, for the counts above ``floor`` before
    each article's list that no claim of the article states (those are judged as the list's)."""
    out: dict[str, dict[str, dict[int, tuple[int, int]]]] = defaultdict(lambda: defaultdict(dict))
    for art in ctx.list_articles:
        text = ctx.articles[art].text if art in ctx.articles else ""
        lead = text[: min(m.start for m in ctx.listed[art])]
        claimed = {int(c.stated) for c in ctx.claims_of.get(art, ())}
        for c in find_counts(lead):
            noun = noun_kind(counted_noun(lead, c))
            if noun and c.value > floor and c.value not in claimed and "\n" not in lead[c.start : c.end]:
                out[noun][art].setdefault(c.value, (c.start, c.end))
    return out


def _closing(ctx: _Ctx, floor: int) -> dict[str, tuple[str, int, tuple[int, int]]]:
    """Article -> (noun, number, span) of the count above ``floor`` its list of examples closes on."""
    out: dict[str, tuple[str, int, tuple[int, int]]] = {}
    for art in ctx.list_articles:
        text = ctx.articles[art].text if art in ctx.articles else ""
        last = max(m.end for m in ctx.listed[art])
        after = text[last : last + CLOSING_CHARS]
        count: Count | None = next(iter(find_counts(after)), None)
        if count is None or count.value <= floor or not EXAMPLES_CLOSING_RE.fullmatch(after[: count.start]):
            continue
        noun = noun_kind(counted_noun(after, count))
        if noun:
            out[art] = (noun, count.value, (last + count.start, last + count.end))
    return out


def whole_counts(ctx: _Ctx) -> list[Discrepancy]:
    """One warning per outlet whose count of the whole departs from the others' (see the module)."""
    floor = max((len(ms) for ms in ctx.listed.values()), default=0)
    wholes = _wholes(ctx, floor)
    out: list[Discrepancy] = []
    closing = _closing(ctx, floor)
    for art, (noun, number, span) in sorted(closing.items()):
        by_art = wholes.get(noun, {})
        others = {a: next(iter(v)) for a, v in by_art.items() if a != art and len(v) == 1}
        others |= {a: n for a, (k, n, _) in closing.items() if k == noun and a != art and a not in by_art}
        counted: dict[int, list[str]] = defaultdict(list)
        for a in sorted(others):
            counted[others[a]].append(a)
        if len(counted) != 1:
            continue  # nobody else, or camps
        ((usual, arts),) = counted.items()
        if usual != number and len(arts) >= MIN_CORROBORATION and usual / 2 <= number <= usual * 2:
            out.append(_finding(ctx, art, {number: span}, usual, arts, noun))
    for noun, by_art in sorted(wholes.items()):
        single = {a: next(iter(v)) for a, v in by_art.items() if len(v) == 1}  # outlets stating one number
        stating: dict[int, list[str]] = defaultdict(list)
        for a in sorted(single):
            stating[single[a]].append(a)
        for art, stated in sorted(by_art.items()):
            if art in closing and closing[art][0] == noun:
                continue  # judged by the count its examples close on
            own = single.get(art)
            told = [n for n, arts in stating.items() if not (n == own and len(arts) == 1)]
            if len(told) != 1 or told[0] in stated or len(stating[told[0]]) < MIN_CORROBORATION:
                continue  # camps, the others' number among its own, or too few others
            if not all(told[0] / 2 <= n <= told[0] * 2 for n in stated):
                continue  # a number of another size counts something else
            out.append(_finding(ctx, art, stated, told[0], stating[told[0]], noun))
    return out


def _finding(
    ctx: _Ctx, art: str, stated: dict[int, tuple[int, int]], usual: int, arts: list[str], noun: str
) -> Discrepancy:
    text = ctx.articles[art].text
    number, (start, end) = min(stated.items(), key=lambda kv: kv[1])
    lo, hi = quote_span(text, start, end, limit=QUOTE_CHARS)
    return Discrepancy(
        kind=COUNT_CONFLICT,
        severity=Severity.WARNING,
        entity=None,
        sources=(art,),
        subject=f"whole:{noun}",
        message=f"{art} counts {number} in all ('{text[start:end]}'), where {_outlets(arts)} count {usual}; "
        "no list prints them all.",
        evidence=(Evidence(art, text[lo:hi], lo, hi),),
    )
