"""``extract_claims``: the counts and shares an article states about the list.

The total, its groups, categories, percentages and "at least half", each with its evidence sentence
and, where the article's own list allows, the value that list gives (``own_counts``). Heading counts
come from the headings the sources found (``heading_claims``); counts in sentences from ``scan``; counts
in prose with any counter word from ``prose_binding``; percentages and shares from ``share_claims``.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.claims.count_context import another_act, names_others
from pipeline.claims.group_binding import mode_of
from pipeline.claims.heading_claims import heading_claims
from pipeline.claims.kinds import KIND_GROUP, KIND_TOTAL, PROSE_MARK, SUBJECT_TOTAL, UNIT_COUNT, WEAK_MARK
from pipeline.claims.own_counts import OwnCounts
from pipeline.claims.prose_binding import list_counts
from pipeline.claims.reach import _a_larger_whole
from pipeline.claims.scan import Candidate, scan_sentence
from pipeline.claims.sentences import quote_span, sentences_of
from pipeline.claims.share_claims import percentage_claims, share_claims
from pipeline.models import Article, Claim, Heading, Kind, Mention


def extract_claims(
    article: Article, mentions: Sequence[Mention], headings: Sequence[Heading]
) -> tuple[Claim, ...]:
    """Numeric claims ``article`` makes about the list, with what its own list gives.

    Heading counts come from ``headings``; prose counts are read from the article body (text
    before ``body_end``). ``computed`` is the number of list mentions overall / in that group /
    in that category, ``None`` when the article has no list (or no such group or category);
    for a percentage it is ``count / stated total * 100`` unrounded.
    """
    text = article.text
    body_end = len(text) if article.body_end < 0 else min(article.body_end, len(text))
    listed = [m for m in mentions if m.article == article.id and m.kind is Kind.LIST]
    own = OwnCounts(listed)
    raw, covered = heading_claims(article, headings, own)

    heading_groups = [(at, c.subject) for at, c in sorted(raw, key=lambda t: t[0]) if c.kind == KIND_GROUP]
    prior_groups: list[str] = []
    candidates: list[Candidate] = []
    sentences = sentences_of(text, body_end)
    for sent in sentences:
        while heading_groups and heading_groups[0][0] < sent.end:
            prior_groups.append(heading_groups.pop(0)[1])
        for cand in scan_sentence(sent, prior_groups):
            if any(lo <= cand.num_start < hi for lo, hi in covered):
                continue
            if names_others(text, cand.num_end, sent.end, listed) or another_act(
                text, sent.start, cand.num_start, cand.stated, listed
            ):
                continue
            candidates.append(cand)

    read = [
        *covered,
        *((c.num_start, c.num_end) for c in candidates),
        *((m.start, m.end) for m in listed),
        *((v.start, v.end) for m in listed for v in m.values),  # "甲國（190國）": a value, no count
    ]
    spans = [(sent.start, sent.end) for sent in sentences]
    for count, kind, subject in list_counts(article, spans, read, listed, own.group):
        lo, hi = quote_span(text, count.start, count.end)
        marked = subject.startswith((PROSE_MARK, WEAK_MARK))
        computed = own.computed(KIND_TOTAL if marked else kind, subject)
        quote = text[lo:hi]
        raw.append(
            (count.start, Claim(article.id, kind, subject, count.value, UNIT_COUNT, computed, quote, lo, hi))
        )

    for cand in candidates:
        lo, hi = quote_span(text, cand.num_start, cand.num_end)
        raw.append(
            (
                cand.num_start,
                Claim(
                    article=article.id,
                    kind=cand.kind,
                    subject=cand.subject,
                    stated=float(cand.stated),
                    unit=UNIT_COUNT,
                    computed=own.computed(cand.kind, cand.subject),
                    quote=text[lo:hi],
                    start=lo,
                    end=hi,
                ),
            )
        )

    claims = [c for _, c in raw]
    raw = [(at, c) for at, c in raw if not _a_larger_whole(c, claims, listed, covered)]
    totals = [c for _, c in raw if c.kind == KIND_TOTAL]
    plain = [c for c in totals if c.subject == SUBJECT_TOTAL]
    stated_total = mode_of([int(c.stated) for c in (plain or totals)])
    raw.extend(percentage_claims(article, body_end, candidates, sentences, stated_total, raw))
    raw.extend(share_claims(article, candidates, own))

    raw.sort(key=lambda t: (t[0], t[1].kind, t[1].subject))
    seen: set[tuple[int, str, str, float]] = set()
    out: list[Claim] = []
    for at, c in raw:
        key = (at, c.kind, c.subject, c.stated)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return tuple(out)
