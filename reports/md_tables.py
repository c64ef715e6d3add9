"""The tables of report.md after the findings: the naming-variant glossary, the entity × outlet matrix,
claims, people and story facts, and the links for review. Used by ``markdown.markdown_report``."""

from __future__ import annotations

from collections import defaultdict

from pipeline.models import Reconciliation
from reports import cell_text, lookups, ordering, presence, views
from reports.md_text import code, md, table
from reports.script import variant_language

FACT_TITLES = {"instrument": "instrument", "signed": "signed on", "signer": "signed by"}


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
    fields, values = ordering.fact_grid(facts)
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
