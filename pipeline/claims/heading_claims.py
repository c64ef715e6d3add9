"""The counts the article's headings state, as claims (``heading_claims``): each with its kind and
subject (``heading_counts``) and what the article's own list gives, left out where the count is of
something else (places up to a rank over ties, people over a list of things, a whole grown to over the
additions). Used by ``counts.extract_claims``."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.claims.heading_counts import _cut_off_by_rank, _heading_subject, _over_the_groups
from pipeline.claims.headline import heading_of_people_over_things
from pipeline.claims.kinds import KIND_GROUP, KIND_TOTAL, SUBJECT_TOTAL, UNIT_COUNT
from pipeline.claims.own_counts import OwnCounts
from pipeline.claims.own_places import one_place_each, ranked_by_distinct_values
from pipeline.lang.count_binding import running_total_over_additions
from pipeline.models import Article, Claim, Heading


def heading_claims(
    article: Article, headings: Sequence[Heading], own: OwnCounts
) -> tuple[list[tuple[int, Claim]], list[tuple[int, int]]]:
    """The claims of the article's headings that state a count, each with the offset of its quote, and
    the spans of those quotes."""
    text = article.text
    listed = own.listed
    own_headings = sorted((h for h in headings if h.article == article.id), key=lambda h: (h.start, h.end))
    raw: list[tuple[int, Claim]] = []  # (numeral offset, claim) for ordering and percent lookup
    covered: list[tuple[int, int]] = []
    for h in own_headings:
        if h.stated is None:
            continue
        kind, subject = _heading_subject(h)
        if (
            kind == KIND_TOTAL
            and h.stated < len(listed)
            and _cut_off_by_rank(h)
            and not one_place_each(text, listed)
            and not ranked_by_distinct_values(listed)
        ):
            continue  # "前10名（同分者並列）" over 36 items: ten places, ties sharing them
        if kind == KIND_TOTAL and heading_of_people_over_things(text, h, listed):
            continue  # "Five officials resign …" over a list of countries: a count of another kind
        if kind == KIND_TOTAL and running_total_over_additions(h.label, h.stated):
            continue  # "免簽國家增至9國，新增國家如下：": the whole grown to, over the additions
        if kind == KIND_GROUP and _over_the_groups(h, listed, own.groups):
            kind, subject = KIND_TOTAL, SUBJECT_TOTAL
        lo, hi = (h.start, h.end) if 0 <= h.start < h.end <= len(text) else (0, 0)
        quote = text[lo:hi] if hi > lo else h.label
        raw.append(
            (
                lo,
                Claim(
                    article=article.id,
                    kind=kind,
                    subject=subject,
                    stated=float(h.stated),
                    unit=UNIT_COUNT,
                    computed=own.computed(kind, subject, h.group),
                    quote=quote,
                    start=lo,
                    end=hi if hi > lo else lo,
                ),
            )
        )
        if hi > lo:
            covered.append((lo, hi))
    return raw, covered
