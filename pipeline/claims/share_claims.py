"""Claims of a part's share of the list: a percentage right after a count (``20國，佔58%``) or in prose
(``有7國位於非洲，佔58%``, ``seven of the 12, or 58%``), of the list's stated total
(``percentage_claims``); a share of a count in the same sentence (``至少一半``, ``三分之二``), of what the
article's own list gives (``share_claims``). Used by ``counts.extract_claims``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pipeline.claims.heading_counts import _labels_match
from pipeline.claims.kinds import (
    KIND_GROUP,
    KIND_PERCENTAGE,
    KIND_SHARE,
    KIND_TOTAL,
    LOWER_BOUND,
    UNIT_PERCENT,
    UNIT_SHARE,
)
from pipeline.claims.own_counts import OwnCounts
from pipeline.claims.percents import percents_in
from pipeline.claims.scan import Candidate
from pipeline.claims.sentences import Sentence, quote_span
from pipeline.claims.share_words import _PERCENT_AFTER_RE, _SHARE_LABEL_RE, _SHARE_RE, _fraction
from pipeline.models import Article, Claim


def percentage_claims(
    article: Article,
    body_end: int,
    candidates: Sequence[Candidate],
    sentences: Sequence[Sentence],
    stated_total: int | None,
    raw: Sequence[tuple[int, Claim]],
) -> list[tuple[int, Claim]]:
    """Percentages right after a count, then a part's share in prose not read there nor among ``raw``
    (the claims read so far), each with the offset it sorts by."""
    text = article.text
    out: list[tuple[int, Claim]] = []
    for cand in candidates:
        after = text[cand.num_end : min(cand.num_end + 16, body_end)]
        m = _PERCENT_AFTER_RE.match(after)
        if m is None:
            continue
        pct_end = cand.num_end + m.end()
        lo, hi = quote_span(text, cand.num_start, pct_end)
        computed = None if not stated_total else cand.stated / stated_total * 100
        out.append(
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
    read_at = {c.start for _, c in [*raw, *out] if c.kind == KIND_PERCENTAGE}
    spans = [(sent.start, sent.end) for sent in sentences]
    for a, b, pct, n in percents_in(text, spans, stated_total):
        lo, hi = quote_span(text, a, b)
        if lo in read_at:
            continue
        part = text[a:b].split("，")[0].split(",")[0].strip()
        out.append(
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
    return out


def share_claims(
    article: Article, candidates: Sequence[Candidate], own: OwnCounts
) -> list[tuple[int, Claim]]:
    """Shares ("至少一半") after a count in the same sentence, each with the offset it sorts by."""
    text = article.text
    listed = own.listed
    out: list[tuple[int, Claim]] = []
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
            base_count = own.computed(base.kind, base.subject)
            computed = None
            if hits and base_count:
                in_base = [
                    x
                    for x in hits
                    if base.kind == KIND_TOTAL or (x.group and x.group == own.group(base.subject))
                ]
                computed = len(in_base) / base_count
            lo, hi = quote_span(text, at, sent.start + m.end())
            out.append(
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
    return out
