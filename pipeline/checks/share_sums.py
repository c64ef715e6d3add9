"""The shares a list prints, against the share its article says the listed items hold together.

An article whose items each print an amount and its share of one whole (their shares one proportion of
their amounts, as ``checks.shares`` reads them: ``甲國　500億美元（37%）``) and that says, in a sentence
of its own outside the list, what share those items hold together (``上位10カ国の合計は世界全体の82%``,
``the top 10 together accounted for 82%``: a count of as many as the list holds and a sum word before one
share) holds that figure to the sum of the shares it prints, rounded as printed: each share may be off by
half a step of its print, the whole too. A sum further off than that is one ``arithmetic`` error naming
the article, quoting the figure and the list. A whole given as near (``約8割``, ``nearly 75%``) is held
to nothing: what rounding it allows is not printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import ARITHMETIC
from pipeline.checks.shares import MIN_ITEMS, _meet, _rows
from pipeline.checks.wording import _evidence
from pipeline.lang.count_lines import SUM_BEFORE_RE, TOGETHER_RE, top_count
from pipeline.lang.counts import en_counts_of_any_noun, find_counts
from pipeline.lang.precision import printed_step
from pipeline.lang.values import find_values
from pipeline.models import Discrepancy, Mention, Severity

# where a sentence ends: the sum must be said in one
_SENTENCE_RE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]|$)|[^.\n]+(?:\.\s|$)")


def share_sum_checks(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    for art in ctx.list_articles:
        items, article = ctx.listed[art], ctx.articles.get(art)
        if article is None or len(items) < MIN_ITEMS:
            continue
        rows = _rows(items)
        if not rows or not _meet(rows):
            continue  # no shares of one whole (or one of them off: that item's finding, not the sum's)
        shares = [r.share for r in rows]
        total = sum(s.number or 0.0 for s in shares)
        slack = sum(printed_step(s.raw, s.number) for s in shares) / 2
        for start, end, raw, stated in _said_together(article.text, items):
            if abs(stated - total) > slack + printed_step(raw, stated) / 2 + 1e-9:
                out.append(_finding(ctx, art, items, (start, end), raw, total))
                break
    return out


def _said_together(text: str, items: Sequence[Mention]) -> list[tuple[int, int, str, float]]:
    """The shares a sentence outside the list gives its items together: a count of as many as it holds
    and a sum word before one percentage, not given as near (its offsets, its print, its number)."""
    spans = [(m.start, m.end) for m in items]
    out: list[tuple[int, int, str, float]] = []
    for s in _SENTENCE_RE.finditer(text):
        if any(s.start() <= a < s.end() for a, _ in spans):
            continue
        sentence = s.group()
        shares = [f for f in find_values(sentence) if f.unit == "%" and f.number is not None]
        f = shares[0] if len(shares) == 1 else None
        if f is None or f.approximate or not _counted(sentence[: f.start], len(items)):
            continue
        if SUM_BEFORE_RE.search(sentence, 0, f.start) or TOGETHER_RE.search(sentence, 0, f.start):
            out.append((s.start() + f.start, s.start() + f.end, f.raw, float(f.number or 0.0)))
    return out


def _counted(before: str, n: int) -> bool:
    """The words before the figure count as many as the list holds (``上位10カ国``, ``the four``,
    ``The top 10``)."""
    top = top_count(before)
    counts = [*find_counts(before), *en_counts_of_any_noun(before), *([top] if top else [])]
    return any(c.value == n for c in counts)


def _finding(  # noqa: PLR0913
    ctx: _Ctx, art: str, items: Sequence[Mention], at: tuple[int, int], raw: str, total: float
) -> Discrepancy:
    return Discrepancy(
        kind=ARITHMETIC,
        severity=Severity.ERROR,
        entity=None,
        sources=(art,),
        subject="sum of %",
        message=(
            f"{art} says its {len(items)} items hold {raw} together, but the shares it gives them add up "
            f"to {total:g}%."
        ),
        evidence=_evidence([ctx.evidence(art, *at), ctx.mention_evidence(items[0])]),
    )
