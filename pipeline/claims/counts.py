"""``extract_claims``: the counts and shares an article states about the list.

The total, its groups, categories, percentages and "at least half", each with its evidence sentence
and, where the article's own list allows, the value that list gives. Heading counts come from the
headings the sources found; counts in sentences from ``scan``; counts in prose with any counter word
from ``prose_binding``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from pipeline.claims.count_context import another_act, names_others
from pipeline.claims.group_binding import mode_of
from pipeline.claims.heading_counts import _cut_off_by_rank, _heading_subject, _labels_match, _over_the_groups
from pipeline.claims.headline import heading_of_people_over_things
from pipeline.claims.kinds import (
    COMPLEMENT_MARK,
    KIND_CATEGORY,
    KIND_GROUP,
    KIND_PERCENTAGE,
    KIND_SHARE,
    KIND_TOTAL,
    LOWER_BOUND,
    PROSE_MARK,
    SUBJECT_TOTAL,
    UNIT_COUNT,
    UNIT_PERCENT,
    UNIT_SHARE,
    WEAK_MARK,
)
from pipeline.claims.own_places import one_place_each
from pipeline.claims.percents import percents_in
from pipeline.claims.prose_binding import list_counts
from pipeline.claims.reach import _a_larger_whole
from pipeline.claims.scan import Candidate, scan_sentence
from pipeline.claims.sentences import quote_span, sentences_of
from pipeline.claims.share_words import _PERCENT_AFTER_RE, _SHARE_LABEL_RE, _SHARE_RE, _fraction
from pipeline.group_labels import match_label
from pipeline.lang.count_binding import running_total_over_additions
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
    own_headings = sorted((h for h in headings if h.article == article.id), key=lambda h: (h.start, h.end))

    own_groups = Counter(m.group for m in listed if m.group)

    def own_group(subject: str) -> str | None:
        """The article's own group a group count means, by its words (the other one for "the rest")."""
        if subject in own_groups:
            return subject
        printed = {g: [g] for g in own_groups}
        if subject.startswith(COMPLEMENT_MARK):
            named = own_group(subject[len(COMPLEMENT_MARK) :])
            others = [g for g in own_groups if g != named]
            return others[0] if named is not None and len(others) == 1 else None
        return match_label(subject, printed)

    def computed_count(kind: str, subject: str, group: str = "") -> float | None:
        if not listed:
            return None
        if kind == KIND_TOTAL:
            return float(len(listed))
        if kind == KIND_GROUP:
            own = own_group(subject) if own_groups else None
            return float(own_groups[own]) if own is not None else None
        if kind == KIND_CATEGORY:
            hits = [m for m in listed if m.category and _labels_match(m.category, subject)]
            if not hits:
                return None
            if group:
                hits = [m for m in hits if not m.group or m.group == group]
            return float(len(hits))
        return None

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
        ):
            continue  # "前10名（同分者並列）" over 36 items: ten places, ties sharing them
        if kind == KIND_TOTAL and heading_of_people_over_things(text, h, listed):
            continue  # "Five officials resign …" over a list of countries: a count of another kind
        if kind == KIND_TOTAL and running_total_over_additions(h.label, h.stated):
            continue  # "免簽國家增至9國，新增國家如下：": the whole grown to, over the additions
        if kind == KIND_GROUP and _over_the_groups(h, listed, own_groups):
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
                    computed=computed_count(kind, subject, h.group),
                    quote=quote,
                    start=lo,
                    end=hi if hi > lo else lo,
                ),
            )
        )
        if hi > lo:
            covered.append((lo, hi))

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
    for count, kind, subject in list_counts(article, spans, read, listed, own_group):
        lo, hi = quote_span(text, count.start, count.end)
        marked = subject.startswith((PROSE_MARK, WEAK_MARK))
        computed = computed_count(KIND_TOTAL if marked else kind, subject)
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
                    computed=computed_count(cand.kind, cand.subject),
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

    # Percentages right after a count; shares ("至少一半") after a count in the same sentence.
    for cand in candidates:
        after = text[cand.num_end : min(cand.num_end + 16, body_end)]
        m = _PERCENT_AFTER_RE.match(after)
        if m is None:
            continue
        pct_end = cand.num_end + m.end()
        lo, hi = quote_span(text, cand.num_start, pct_end)
        computed = None if not stated_total else cand.stated / stated_total * 100
        raw.append(
            (
                cand.num_end + m.start("pct"),
                Claim(
                    article=article.id,
                    kind=KIND_PERCENTAGE,
                    subject=cand.subject,
                    stated=float(m.group("pct")),
                    unit=UNIT_PERCENT,
                    computed=computed,
                    quote=text[lo:hi],
                    start=lo,
                    end=hi,
                    count=cand.stated,
                ),
            )
        )

    # a part's share in prose ("有7國位於非洲，佔58%", "seven of the 12, or 58%"): of the list's total
    read_at = {c.start for _, c in raw if c.kind == KIND_PERCENTAGE}
    spans = [(sent.start, sent.end) for sent in sentences]
    for a, b, pct, n in percents_in(text, spans, stated_total):
        lo, hi = quote_span(text, a, b)
        if lo in read_at:
            continue
        part = text[a:b].split("，")[0].split(",")[0].strip()
        raw.append(
            (
                a,
                Claim(
                    article.id,
                    KIND_PERCENTAGE,
                    part,
                    pct,
                    UNIT_PERCENT,
                    n / stated_total * 100 if stated_total else None,
                    text[lo:hi],
                    lo,
                    hi,
                    n,
                ),
            )
        )

    by_sentence: dict[int, list[Candidate]] = defaultdict(list)
    for cand in candidates:
        by_sentence[cand.sentence.start].append(cand)
    for _, cands in sorted(by_sentence.items()):
        sent = cands[0].sentence
        for m in _SHARE_RE.finditer(sent.text):
            at = sent.start + m.start()
            bases = [c for c in cands if c.num_end <= at and c.kind in (KIND_TOTAL, KIND_GROUP)]
            if not bases:
                continue
            base = bases[-1]
            lab = _SHARE_LABEL_RE.match(sent.text[m.end() :])
            if lab is None:
                continue
            frac = m.group("frac")
            value = _fraction(frac)
            if value is None:
                continue
            lower = (m.group("mod") or "") in ("至少", "最少", "超過", "超过", "逾", "過", "过") or frac in (
                "過半",
                "过半",
                "逾半",
            )
            label = lab.group("label").strip()
            subject = f"{base.subject}: {label}" + (f" {LOWER_BOUND}" if lower else "")
            hits = [x for x in listed if x.category and _labels_match(x.category, label)]
            base_count = computed_count(base.kind, base.subject)
            computed = None
            if hits and base_count:
                in_base = [
                    x
                    for x in hits
                    if base.kind == KIND_TOTAL or (x.group and x.group == own_group(base.subject))
                ]
                computed = len(in_base) / base_count
            lo, hi = quote_span(text, at, sent.start + m.end())
            raw.append(
                (
                    at,
                    Claim(
                        article=article.id,
                        kind=KIND_SHARE,
                        subject=subject,
                        stated=value,
                        unit=UNIT_SHARE,
                        computed=computed,
                        quote=text[lo:hi],
                        start=lo,
                        end=hi,
                        count=base.stated,
                    ),
                )
            )

    raw.sort(key=lambda t: (t[0], t[1].kind, t[1].subject))
    seen: set[tuple[int, str, str, float]] = set()
    out: list[Claim] = []
    for at, c in raw:
        key = (at, c.kind, c.subject, c.stated)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return tuple(out)
