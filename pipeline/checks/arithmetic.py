"""A stated percentage against count ÷ total (``arithmetic``), at the precision the article prints it."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from pipeline.checks.consensus import (
    _consensus_total,
)
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import ARITHMETIC
from pipeline.checks.wording import _evidence, _fmt
from pipeline.claims import (
    KIND_PERCENTAGE,
)
from pipeline.models import Claim, Discrepancy, Severity

_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％)")


def _stated_decimals(c: Claim) -> int:
    for m in _PERCENT_RE.finditer(c.quote):
        if math.isclose(float(m.group(1)), c.stated):
            return len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
    text = _fmt(c.stated)
    return len(text.split(".")[1]) if "." in text else 0


def _arithmetic(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    consensus = _consensus_total(ctx)
    for c in ctx.claims:
        if c.kind != KIND_PERCENTAGE or c.count is None:
            continue
        own = ctx.stated_total(c.article)
        total = own if own else consensus
        if not total:
            continue
        decimals = _stated_decimals(c)
        exact = c.count / total * 100
        tolerance = 0.5 * 10 ** (-decimals) + 1e-9
        if abs(exact - c.stated) <= tolerance:
            continue
        rounded = Decimal(str(exact)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        basis = "its stated total" if own else "the total the outlets agree on"
        out.append(
            Discrepancy(
                kind=ARITHMETIC,
                severity=Severity.ERROR,
                entity=None,
                sources=(c.article,),
                subject=c.subject,
                message=(
                    f"{c.article} says {c.count} items ('{c.subject}') are {_fmt(c.stated)}% of the list, "
                    f"but {c.count} / {total} ({basis}) = {exact:.3f}%, which rounds to {rounded}%."
                ),
                evidence=_evidence([ctx.claim_evidence(c)]),
            )
        )
    return out
