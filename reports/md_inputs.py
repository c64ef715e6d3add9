"""The inputs' section of report.md: each article read (outlet, date, title, layout, items, stated
totals) and the problems met reading the inputs, with where fetched pages came from. Used by
``markdown.markdown_report``."""

from __future__ import annotations

from collections import defaultdict

from pipeline.models import Claim, Reconciliation
from reports import cell_text, lookups, ordering
from reports.md_text import code, md, table
from reports.outlet_names import outlet_labels


def _articles(rec: Reconciliation) -> list[str]:
    mentions_by_article = lookups.mention_counts(rec)
    group_labels = {g.id: g.label for g in rec.groups}
    claims_by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in ordering.sorted_claims(rec):
        claims_by_article[c.article].append(c)
    problems_by_article: dict[str, int] = defaultdict(int)
    for p in rec.problems:
        problems_by_article[p.article] += 1
    lists = sum(lists for lists, _ in mentions_by_article.values())
    prose = len(rec.mentions) - lists
    lines = [
        "## Articles",
        "",
        f"- list items: {lists}; prose mentions: {prose}; mentions linked to no entity: "
        f"{len(lookups.unlinked_mentions(rec))}",
        "",
    ]
    rows = []
    for a in ordering.sorted_articles(rec):
        items, prose_count = mentions_by_article.get(a.id, (0, 0))
        rows.append(
            [
                md(a.outlet),
                code(a.id),
                md(a.date or "—"),
                md(a.layout or "no list"),
                str(items),
                str(prose_count),
                "; ".join(md(t) for t in cell_text.stated_totals(claims_by_article[a.id], group_labels)),
                str(problems_by_article[a.id]),
            ]
        )
    lines += table(
        ["outlet", "article", "date", "layout", "list items", "prose mentions", "stated totals", "problems"],
        rows,
    )
    lines += _sources(rec)
    lines += ["", "### Problems with the inputs", ""]
    problems = ordering.sorted_problems(rec)
    labels = outlet_labels(rec)
    if problems:
        lines += table(
            ["input", "article", "severity", "code", "message"],
            [
                [
                    md(labels.get(p.article, p.article)),
                    code(p.article),
                    p.severity.value,
                    code(p.code),
                    md(p.message),
                ]
                for p in problems
            ],
        )
    else:
        lines.append("Every input was read without problems.")
    return lines


def _sources(rec: Reconciliation) -> list[str]:
    """Where each fetched article was read: its URL (and where it redirected), when, and its digest."""
    rows = []
    for a in ordering.sorted_articles(rec):
        p = a.provenance
        if p is None:
            continue
        final = md(p.final_url) if p.final_url != p.url else "—"
        rows.append([md(a.outlet), code(a.id), md(p.url), final, md(p.retrieved_at), code(p.sha256)])
    if not rows:
        return []
    lines = ["", "### Sources fetched", ""]
    lines += table(["outlet", "article", "URL", "redirected to", "retrieved (UTC)", "SHA-256"], rows)
    return lines
