"""A count whose words could count something else, against its own article.

A count its words leave unbound (``9部長全數到位``, ``letters to six countries``: no decision verb, no
total word) is kept as the list's total only where it is the total the other outlets state
(``claims.group_binding.bind_groups``, else ``KIND_LOOSE``). An article that counts one thing twice, with one
noun, and two numbers is contradicting itself: 甲報 prints "16 countries" in its headline and "15
countries" above its list of 15, which the other outlets state too. The count whose number neither its
list nor the others have is one ``count_mismatch`` naming the article: a warning, since words that
could count something else (the countries of another round) are weaker evidence than a bound count.

Judged only where the article's list has the total the others state and the article states it with the
same noun (``6個國家`` and ``甲乙等6國`` count 国; ``nations`` and ``nations``), and the number is not one
of its groups' sizes nor the number of the list's items named right before it, and lies within half and
twice the list (``bind_groups``: ``其中兩國`` counts two of the six, ``90個成員國`` the members of a body;
neither is a total misprinted).
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.checks.consensus import _counts_a_group
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import COUNT_MISMATCH
from pipeline.checks.wording import _evidence, _fmt
from pipeline.claims import KIND_LOOSE, KIND_TOTAL, SUBJECT_TOTAL
from pipeline.lang.counted_nouns import counted_noun, noun_kind
from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import COMPLEMENT_RE
from pipeline.lang.numbers import CN_NUM, DIGITS, parse_count
from pipeline.models import Claim, Discrepancy, Severity


def _nouns(c: Claim) -> set[str]:
    """What the counts of ``c``'s number in its quote count (``lang.counted_nouns.counted_noun``), nouns of
    polities as one (``countries`` and ``governments``: ``lang.counted_nouns.noun_kind``)."""
    found = {counted_noun(c.quote, x) for x in find_counts(c.quote) if x.value == int(c.stated)} - {""}
    return {noun_kind(n) for n in found}


def _counts_the_names_before(ctx: _Ctx, c: Claim) -> bool:
    """``甲、乙和丙3人都是新人``: the count sums up as many of the list's items as its sentence names right
    before it, a part of the list named again, not the list."""
    names = {m.name_zh or m.name_en for m in ctx.listed.get(c.article, ())} - {""}
    for x in find_counts(c.quote):
        if x.value == int(c.stated) and sum(1 for n in names if n in c.quote[: x.start]) == x.value:
            return True
    return False


# a number right after a word of "the rest" (``其餘6個名額``, ``the other six places``)
_REST_RE = re.compile(
    r"(?:"
    + COMPLEMENT_RE.pattern
    + r")\s*(?:the\s+)?(?:的\s*)?(?P<n>"
    + DIGITS
    + "|"
    + CN_NUM
    + r"|[A-Za-z]+)",
    re.IGNORECASE,
)


def _and_the_rest(c: Claim, n: int) -> bool:
    """``已有42隊確定晉級，其餘6個名額…``: the count and the rest its sentence counts after it make the
    list's ``n``: the count is a part of the list, named as such."""
    for x in find_counts(c.quote):
        if x.value != int(c.stated):
            continue
        for m in _REST_RE.finditer(c.quote, x.end):
            rest = parse_count(m.group("n"))
            if rest is not None and x.value + rest == n:
                return True
    return False


def loose_counts(ctx: _Ctx) -> list[Discrepancy]:
    found: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        if c.kind != KIND_LOOSE or c.unit != "count" or c.computed is None:
            continue
        art, stated = c.article, int(c.stated)
        n = len(ctx.listed.get(art, ()))
        if n != c.computed or ctx.says_selection(art) or ctx.stated_total(art) != n:
            continue
        if _counts_a_group(ctx, art, stated) or _counts_the_names_before(ctx, c) or _and_the_rest(c, n):
            continue
        said = [x for x in ctx.claims_of.get(art, ()) if x.kind == KIND_TOTAL and int(x.stated) == n]
        if _nouns(c) & set().union(*(_nouns(x) for x in said)):
            found[(art, stated)].append(c)
    out = []
    for (article, stated), cs in sorted(found.items()):
        n = len(ctx.listed[article])
        out.append(
            Discrepancy(
                kind=COUNT_MISMATCH,
                severity=Severity.WARNING,
                entity=None,
                sources=(article,),
                subject=SUBJECT_TOTAL,
                message=f"{article} states {_fmt(stated)} where it also says {n} of the same thing, the "
                f"items its own list has and the total the other outlets state.",
                evidence=_evidence(ctx.claim_evidence(c) for c in cs),
            )
        )
    return out
