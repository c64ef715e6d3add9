"""report.md: what an editor or fact-checker reads first.

Sections: a one-line headline (errors, warnings, glossary size), the scorecard (one row per outlet,
its findings one line each), the findings grouped by outlet with each quote in its context (a reviewer's
note under a confirmed one), the findings a reviewer suppressed as false alarms (when there are), then the
articles and input problems, the naming-variant glossary, the entity × outlet matrix (the rows where
the outlets differ), claims, people and story facts, other notes, links for review and mentions linked
to nothing. Article text is escaped so that
no character of it is read as Markdown or HTML.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from pipeline.models import Claim, Reconciliation, Severity
from reports import cell_text, lookups, ordering, presence, views
from reports.script import variant_language

REPORT_FILE = "report.md"

_SPECIAL = re.compile(r"[\\`*_\[\]<>|&#~]")
_ESCAPED = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>|&#~"})  # Markdown/HTML special characters
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

SEVERITY_TITLES = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Info"}
FACT_TITLES = {"instrument": "instrument", "signed": "signed on", "signer": "signed by"}


def md(text: object) -> str:
    """Inline Markdown text: one line, every Markdown/HTML special character backslash-escaped."""
    return _md(str(text))


@lru_cache(maxsize=65_536)  # outlet labels and names recur in every table
def _md(text: str) -> str:
    one_line = " ".join(text.split())  # split(): the whitespace of ``\s``
    return one_line.translate(_ESCAPED) if _SPECIAL.search(one_line) else one_line


def code(text: str) -> str:
    """Inline code for ids, keys and file names: one line (a newline or other control character in a
    file name cannot break a table), a backtick replaced, a pipe replaced for tables."""
    if not text:
        return ""
    one_line = _CONTROL.sub("\ufffd", _SPACE.sub(" ", text))
    return f"`{one_line.replace('`', 'ʼ').replace('|', '¦')}`"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table; cells must already be escaped."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines


#: characters of article text shown on each side of a quote
CONTEXT_CHARS = 40
SEVERITY_LETTER = {Severity.ERROR: "E", Severity.WARNING: "W", Severity.INFO: "I"}


def _headline(rec: Reconciliation) -> list[str]:
    return [f"**{md(views.headline(rec).text())}**"]


def _finding_line(f: views.FindingView) -> str:
    """One line of a scorecard cell: severity letter, kind, message."""
    return f"{SEVERITY_LETTER[f.severity]} {code(f.kind)} {md(f.message)}"


def _scorecard(rows: list[views.OutletRow]) -> list[str]:
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


def _findings_by_outlet(rows: list[views.OutletRow]) -> list[str]:
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
    labels = views.outlet_labels(rec)
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


def _matrix(rec: Reconciliation, labels: dict[str, str]) -> list[str]:
    articles = ordering.sorted_articles(rec)
    legend = ", ".join(
        f"{presence.PRESENCE_SYMBOL[p]} {presence.PRESENCE_LEGEND[p]}" for p in presence.Presence
    )
    full, strays = presence.shared_matrix(rec)
    group_of = lookups.entity_groups(rec)
    group_label = {g.id: g.label for g in rec.groups}
    rows = []
    for entity, cells in full:
        if not views.differs(cells):
            continue
        names = " / ".join(md(x) for x in (entity.name_zh, entity.name_en) if x)
        rows.append(
            [code(entity.id), names, md(group_label.get(group_of.get(entity.id, ""), ""))]
            + [presence.PRESENCE_SYMBOL[c.presence] for c in cells]
        )
    lines = [
        "## Entity × outlet matrix",
        "",
        f"The {len(rows)} of {len(full)} entities on which the outlets that print a list differ "
        "(one lacks it, names it only in prose, or prints another name); "
        "every row is in entities.csv and report.html."
        + (f" {strays} entities that one outlet alone names are left out (`unique_item`)." if strays else ""),
        "",
        f"Legend: {legend}.",
        "",
    ]
    if not rows:
        return lines + ["The lists agree on every entity."]
    lines += table(["entity", "canonical name", "group"] + [md(labels[a.id]) for a in articles], rows)
    lines += ["", "Columns: " + "; ".join(f"{md(labels[a.id])} = {code(a.id)}" for a in articles) + "."]
    return lines


def _variants(rec: Reconciliation, labels: dict[str, str]) -> list[str]:
    lines = [
        "## Glossary: naming variants",
        "",
        "Every form each entity is written in, with the outlets that use it (not counted as findings).",
        "",
    ]
    rows = []
    for entity in ordering.sorted_entities(rec):
        for v in ordering.sorted_variants(entity.variants):
            outlets = ", ".join(md(labels.get(s, s)) for s in sorted(v.sources))
            rows.append([code(entity.id), md(variant_language(v.lang, v.name)), md(v.name), outlets])
    if rows:
        lines += table(["entity", "language", "form", "outlets"], rows)
    else:
        lines.append("No naming variants recorded.")
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
    named = views.outlet_namer(labels)
    return lines + [f"- {code(d.kind)} {md(named(d.message))}" for d in notes]


def _claims(rec: Reconciliation, labels: dict[str, str]) -> list[str]:
    lines = ["## Claims", ""]
    claims = ordering.sorted_claims(rec)
    if not claims:
        return lines + ["No numeric claims found."]
    rows = [
        [
            md(labels.get(c.article, c.article)),
            md(c.kind),
            md(c.subject),
            cell_text.fmt_number(c.stated) + ("%" if c.unit == "percent" else ""),
            cell_text.fmt_number(c.computed)
            + ("%" if c.unit == "percent" and c.computed is not None else ""),
            f"{c.start}–{c.end}",
            f"「{md(c.quote)}」",
        ]
        for c in claims
    ]
    return lines + table(["outlet", "kind", "subject", "stated", "computed", "chars", "quote"], rows)


def _people_and_facts(rec: Reconciliation, labels: dict[str, str]) -> list[str]:
    lines = ["## People and story facts", "", "### Person names", ""]
    grouped: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in ordering.sorted_people(rec):
        slot = grouped[(p.person, p.name)]
        slot["articles"].add(p.article)
        if p.role:
            slot["roles"].add(p.role)
        if p.english:
            slot["english"].add(p.english)
    if grouped:
        rows = [
            [
                code(person),
                md(name),
                ", ".join(md(r) for r in sorted(slot["roles"])),
                ", ".join(md(x) for x in sorted(slot["english"])),
                ", ".join(md(labels.get(a, a)) for a in sorted(slot["articles"])),
            ]
            for (person, name), slot in sorted(grouped.items())
        ]
        lines += table(["person", "name", "role", "English", "outlets"], rows)
    else:
        lines.append("No person names recorded.")
    lines += ["", "### What each outlet says about the list", ""]
    facts = ordering.sorted_facts(rec)
    if not facts:
        return lines + ["No story facts recorded."]
    articles = ordering.sorted_articles(rec)
    values: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in facts:
        if f.value not in values[(f.field, f.article)]:
            values[(f.field, f.article)].append(f.value)
    fields = sorted({f.field for f in facts}, key=lambda x: (ordering.FACT_FIELD_ORDER.get(x, 9), x))
    rows = [
        [md(FACT_TITLES.get(field, field))]
        + ["; ".join(md(v) for v in values[(field, a.id)]) or "—" for a in articles]
        for field in fields
    ]
    lines += table(["fact"] + [md(labels[a.id]) for a in articles], rows)
    lines += [""] + [
        f"- {md(FACT_TITLES.get(f.field, f.field))}, {md(labels.get(f.article, f.article))} "
        f"chars {f.start}–{f.end}: 「{md(f.quote)}」"
        for f in facts
    ]
    return lines


def _review(rec: Reconciliation) -> list[str]:
    limit = lookups.review_margin(rec)
    lines = ["## Links for review", "", f"Links whose margin over the runner-up is below {limit:g}.", ""]
    by_key = lookups.mentions_by_key(rec)
    picked = lookups.links_for_review(rec)
    if picked:
        rows = []
        for k in picked:
            m = by_key.get(k.mention)
            name = " / ".join(md(x) for x in (m.name_zh, m.name_en) if x) if m else ""
            rows.append(
                [
                    code(k.mention),
                    name or (md(m.acronym) if m else ""),
                    code(k.entity),
                    md(k.level.value),
                    cell_text.fmt_score(k.score),
                    cell_text.fmt_score(k.margin),
                    code(k.runner_up),
                    md(k.reason),
                ]
            )
        lines += table(["mention", "name", "entity", "level", "score", "margin", "runner-up", "reason"], rows)
    else:
        lines.append("None.")
    lines += ["", "### Mentions linked to no entity", ""]
    unlinked = lookups.unlinked_mentions(rec)
    if unlinked:
        lines += table(
            ["mention", "kind", "Chinese", "English", "acronym", "chars"],
            [
                [code(m.key), m.kind.value, md(m.name_zh), md(m.name_en), md(m.acronym), f"{m.start}–{m.end}"]
                for m in unlinked
            ],
        )
    else:
        lines.append("None.")
    return lines


def _suppressed(rec: Reconciliation) -> list[str]:
    """The findings a reviewer marked as false alarms, each with the note: listed, never dropped."""
    labels = views.outlet_labels(rec)
    lines = ["## Suppressed by reviewer", ""]
    for d in sorted(rec.suppressed, key=ordering.discrepancy_sort_key):
        note = f" — reviewer's note: {md(d.note)}" if d.note else ""
        lines.append(
            f"- **{d.severity.value}** {code(d.kind)}: {md(views.name_outlets(d.message, labels))}{note}"
            f" ({code(d.fingerprint)})"
        )
    return lines


def markdown_report(rec: Reconciliation) -> str:
    labels = views.outlet_labels(rec)
    rows = views.scorecard(rec)
    sections = [
        ["# crosscheck reconciliation report", ""] + _headline(rec),
        _scorecard(rows),
        _findings_by_outlet(rows),
        _articles(rec),
        _variants(rec, labels),
        _matrix(rec, labels),
        _claims(rec, labels),
        _people_and_facts(rec, labels),
        _info_notes(rec, labels),
        _review(rec),
    ]
    if rec.suppressed:
        sections.insert(3, _suppressed(rec))
    return "\n\n".join("\n".join(lines) for lines in sections) + "\n"


def render_markdown(rec: Reconciliation) -> dict[str, str]:
    return {REPORT_FILE: markdown_report(rec)}
