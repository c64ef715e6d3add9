"""The findings' sections of report.md: the headline, the scorecard (one row per outlet), the findings
by outlet with each quote in its context, the findings a reviewer suppressed, and the other notes.
Used by ``markdown.markdown_report``."""

from __future__ import annotations

from pipeline.models import Reconciliation, Severity
from reports import ordering, views
from reports.md_text import code, md, table
from reports.outlet_names import name_outlets, outlet_labels, outlet_namer
from reports.scorecard import OutletRow

#: characters of article text shown on each side of a quote
CONTEXT_CHARS = 40


SEVERITY_LETTER = {Severity.ERROR: "E", Severity.WARNING: "W", Severity.INFO: "I"}


def _headline(rec: Reconciliation) -> list[str]:
    return [f"**{md(views.headline(rec).text())}**"]


def _finding_line(f: views.FindingView) -> str:
    """One line of a scorecard cell: severity letter, kind, message."""
    return f"{SEVERITY_LETTER[f.severity]} {code(f.kind)} {md(f.message)}"


def _scorecard(rows: list[OutletRow]) -> list[str]:
    lines = [
        "## Scorecard",
        "",
        "One row per outlet, most errors first (E error, W warning). Naming variants are in the glossary.",
        "",
    ]
    body = []
    for r in rows:
        outlet = md(r.outlet) + (f" {code(r.article)}" if r.article and r.article != r.outlet else "")
        items = str(r.list_items) + (" (examples)" if r.selection else "")
        items += f" + {r.prose_mentions} in prose" if r.prose_mentions else ""
        if not r.read:
            items = "not read"
        found = "<br>".join(_finding_line(f) for f in r.findings) or "no finding"
        if r.problems:
            found += "<br>" + "<br>".join(f"input: {code(p.code)} {md(p.message)}" for p in r.problems)
        body.append(
            [
                outlet,
                md(r.date or "—"),
                md(r.title),
                items if r.article else "—",
                f"{r.errors} / {r.warnings}",
                found,
            ]
        )
    return lines + table(["outlet", "date", "title", "items read", "errors / warnings", "findings"], body)


def _quote_lines(e: views.EvidenceView) -> list[str]:
    where = f"{md(e.outlet)} {code(e.article)} chars {e.start}–{e.end}"
    if e.context is None:
        return [f"  - {where}: 「{md(e.quote)}」"]
    ctx = e.context.clip(CONTEXT_CHARS)
    before = ("…" if ctx.clipped_before else "") + md(ctx.before)
    after = md(ctx.after) + ("…" if ctx.clipped_after else "")
    return [f"  - {where}: {before}**「{md(ctx.quote)}」**{after}"]


def _findings_by_outlet(rows: list[OutletRow]) -> list[str]:
    lines = ["## Findings by outlet"]
    shown = [r for r in rows if r.findings]
    if not shown:
        return lines + ["", "No errors or warnings."]
    for r in shown:
        lines += ["", f"### {md(r.outlet)} — {r.errors} error(s), {r.warnings} warning(s)", ""]
        for f in r.findings:
            lines.append(f"- **{f.severity.value}** {code(f.kind)} (finding {f.number}): {md(f.message)}")
            if f.discrepancy.note:
                lines.append(f"  - confirmed by the reviewer: {md(f.discrepancy.note)}")
            for e in f.evidence_for(r.article):
                lines += _quote_lines(e)
            if not f.evidence:
                lines.append("  - no quote recorded")
    return lines


def _info_notes(rec: Reconciliation, labels: dict[str, str]) -> list[str]:
    notes = [
        d
        for d in ordering.sorted_discrepancies(rec)
        if not views.is_finding(d) and d.kind not in views.GLOSSARY_KINDS
    ]
    lines = ["## Other notes (info)", ""]
    if not notes:
        return lines + ["None."]
    named = outlet_namer(labels)
    return lines + [f"- {code(d.kind)} {md(named(d.message))}" for d in notes]


def _suppressed(rec: Reconciliation) -> list[str]:
    """The findings a reviewer marked as false alarms, each with the note: listed, never dropped."""
    labels = outlet_labels(rec)
    lines = ["## Suppressed by reviewer", ""]
    for d in sorted(rec.suppressed, key=ordering.discrepancy_sort_key):
        note = f" — reviewer's note: {md(d.note)}" if d.note else ""
        lines.append(
            f"- **{d.severity.value}** {code(d.kind)}: {md(name_outlets(d.message, labels))}{note}"
            f" ({code(d.fingerprint)})"
        )
    return lines
