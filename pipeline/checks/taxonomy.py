"""Categories matched across outlets that carry different counts (``taxonomy_differs``)."""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz

from pipeline.assignment import linear_sum_assignment
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import TAXONOMY_DIFFERS
from pipeline.checks.wording import _evidence
from pipeline.claims import (
    KIND_CATEGORY,
    category_key,
)
from pipeline.models import Discrepancy, Evidence, Severity


def _taxonomies(ctx: _Ctx) -> dict[str, list[tuple[str, int, Evidence | None]]]:
    """Per article: (category label, count, evidence), from stated counts, else from its list."""
    out: dict[str, list[tuple[str, int, Evidence | None]]] = {}
    for art in sorted(ctx.articles):
        rows: dict[str, tuple[str, int, Evidence | None]] = {}
        for c in ctx.claims_of.get(art, ()):
            if c.kind == KIND_CATEGORY and c.unit == "count":
                key = category_key(c.subject)
                if key and key not in rows:
                    rows[key] = (c.subject, int(c.stated), ctx.claim_evidence(c))
        for m in ctx.listed.get(art, []):
            if m.category:
                key = category_key(m.category)
                if key and key not in rows:
                    count = sum(1 for x in ctx.listed[art] if x.category and category_key(x.category) == key)
                    rows[key] = (m.category, count, ctx.mention_evidence(m))
        if rows:
            out[art] = list(rows.values())
    return out


def _taxonomy_differs(ctx: _Ctx, *, score_cutoff: float) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    tables = _taxonomies(ctx)
    arts = sorted(tables)

    def side(art: str) -> str:
        return f"{art}: " + "; ".join(f"{label} {n}" for label, n, _ in tables[art])

    for i, a in enumerate(arts):
        for b in arts[i + 1 :]:
            rows_a, rows_b = tables[a], tables[b]
            scores = np.array(
                [
                    [fuzz.token_set_ratio(category_key(la), category_key(lb)) for lb, _, _ in rows_b]
                    for la, _, _ in rows_a
                ],
                dtype=float,
            )
            r_idx, c_idx = linear_sum_assignment(-scores)
            for r, c in zip(r_idx.tolist(), c_idx.tolist(), strict=True):
                if scores[r, c] < score_cutoff:
                    continue
                (la, na, ea), (lb, nb, eb) = rows_a[r], rows_b[c]
                if na == nb:
                    continue
                out.append(
                    Discrepancy(
                        kind=TAXONOMY_DIFFERS,
                        severity=Severity.WARNING,
                        entity=None,
                        sources=(a, b),
                        subject=f"{la} ~ {lb}",
                        message=(
                            f"{a} counts {na} under '{la}'; {b} counts {nb} under '{lb}' "
                            f"(labels matched at {scores[r, c]:.0f}/100). The two taxonomies side by side: "
                            f"[{side(a)}] vs [{side(b)}]."
                        ),
                        evidence=_evidence([ea, eb]),
                    )
                )
    return out
