"""Text of single cells: stated totals, a claim's subject, numbers, scores and one-line evidence."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipeline.models import Claim, Evidence


def stated_totals(claims: Iterable[Claim], groups: Mapping[str, str] | None = None) -> list[str]:
    """An article's stated totals and group counts, each once: ``total 66 (lists 66)``, ``甲類 31``.
    A count bound to a canonical group is named by that group's label (``groups``: id -> label)."""
    order = {"total": 0, "group": 1}
    seen: dict[str, tuple[object, ...]] = {}
    for c in claims:
        if c.kind not in order:
            continue
        text = f"{claim_subject(c, groups or {})} {fmt_number(c.stated)}"
        if c.computed is not None:
            text += f" (lists {fmt_number(c.computed)})"
        seen.setdefault(text, (order[c.kind], c.subject, c.stated, text))
    return [text for text, _ in sorted(seen.items(), key=lambda item: item[1])]


def claim_subject(c: Claim, groups: Mapping[str, str]) -> str:
    """What a claim counts, in words: its canonical group's label when it is bound to one, else the
    words it was stated with ("the rest after '…'" for the rest of a list)."""
    if c.group and c.group in groups:
        return groups[c.group]
    if c.subject.startswith("~"):
        return f"the rest after '{c.subject[1:]}'"
    return c.subject


def fmt_number(value: float | int | None) -> str:
    """A stated or computed number as a person writes it: 66, 22.7, 13.6364."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def fmt_score(value: float) -> str:
    return f"{value:.2f}"


def evidence_text(e: Evidence) -> str:
    """Compact one-line evidence: ``article@start-end "quote"``."""
    quote = " ".join(e.quote.split())
    return f'{e.article}@{e.start}-{e.end} "{quote}"'
