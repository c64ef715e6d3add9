"""report.html: one self-contained page (inline CSS, JS and SVG, nothing fetched) for fact-checkers
and editors.

The page opens with the headline (errors, warnings, the glossary's size) and the scorecard (one row
per outlet, its findings in one line each, each a link to the finding), then the findings grouped by
outlet: each a ``<details>`` that opens on its quotes, shown in the article's text around them with
the quoted span in ``<mark>``. Then the pictures (findings per outlet, the entity × outlet matrix,
drawn by the template as inline SVG from ``reports.charts``), the inputs, the glossary and the tables.
Every table is rendered on the server side, so the page reads the same with JavaScript off; the
script sorts (click a header), filters (a text box per table, folding Traditional to Simplified
with the table of the report's own characters; a severity select for the findings) and opens a
finding a link points at. Jinja2 autoescaping is on, and every run of CJK text goes through
``scripted`` (escaped, in a ``<span lang>`` of its script). The data the script reads sits in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, so no article text
can close that block.

Stable hooks for tests and tools: ``#scorecard-table`` rows carry ``data-article`` /
``data-errors`` / ``data-warnings``; findings are ``#finding-list details.finding`` with
``data-severity`` / ``data-kind`` / ``data-fingerprint`` (a reviewer's note in ``.reviewer-note``), the
findings a reviewer suppressed ``#suppressed li[data-fingerprint]``, their quotes ``.evidence`` with
``data-start`` / ``data-end``; ``#findings-chart``, ``#matrix-differ`` and ``#matrix-all`` are the
pictures; tables ``#entity-table``, ``#variant-table``; filter boxes ``input[data-filter=ID]``;
``#severity-filter``; ``#only-differ`` switches the matrix.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache, lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from pipeline.models import Claim, Kind, Reconciliation, Severity
from reports import cell_text, charts, lookups, ordering, presence, views
from reports.html_rows import esc, escape_text
from reports.json_report import counts
from reports.script import LangTag, fold_table, is_han, is_kana, lang_tag, variant_language
from reports.template_cache import template_cache

REPORT_FILE = "report.html"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "report.html.j2"
FACT_TITLES = {"instrument": "instrument", "signed": "signed on", "signer": "signed by"}


@cache
def environment() -> Environment:
    """The Jinja environment of the project's HTML pages (report.html, the review page)."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["scripted"] = scripted
    env.filters["matrix_cells"] = matrix_cells
    env.filters["evidence_blocks"] = evidence_blocks
    from reports.html_rows import FILTERS  # the long tables' rows in Python (that module imports this one)

    env.filters.update(FILTERS)
    env.bytecode_cache = template_cache(env)
    return env


@lru_cache(maxsize=65_536)
def _is_cjk(ch: str) -> bool:
    return is_han(ch) or is_kana(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"


def scripted(text: object, default: str = LangTag.ZH_HANT.value) -> Markup:
    """Escaped text in which every run of CJK characters is a ``<span lang=...>`` (zh-Hant, zh-Hans or
    ja, read from the run; ``default`` when the run could be either script), so that the browser picks
    the glyphs of the right script inside English sentences."""
    value = "" if text is None else str(text)
    if value.isascii():
        return escape(value)  # no CJK run: the text escaped as a whole
    return _scripted(value, default)


@lru_cache(maxsize=16_384)
def _scripted(value: str, default: str) -> Markup:
    out: list[str] = []
    for cjk, run in _runs(value):
        if cjk and any(is_han(ch) or is_kana(ch) for ch in run):
            tag = lang_tag(run, zh_default=LangTag(default))
            out.append(f'<span lang="{tag.value}">{escape_text(run)}</span>')
        else:
            out.append(escape_text(run))
    return Markup("".join(out))  # noqa: S704 - every run is escaped above


def _runs(text: str) -> list[tuple[bool, str]]:
    return [(cjk, "".join(chars)) for cjk, chars in groupby(text, key=_is_cjk)]


@lru_cache(maxsize=65_536)  # a cell's title is its outlet and presence: the same down every column
def _escaped(text: str) -> str:
    return escape_text(text)


# a row's cells as markup before and after their ``y``, by the identity of the row's cells: the page
# draws each row in both matrices (``charts.matrix_chart(drawn=...)``); emptied after each page
_drawn_cells: dict[int, tuple[tuple[charts.Cell, ...], int, tuple[tuple[str, str], ...]]] = {}


def _cell_parts(cells: tuple[charts.Cell, ...], side: int) -> tuple[tuple[str, str], ...]:
    held = _drawn_cells.get(id(cells))
    if held is not None and held[0] is cells and held[1] == side:
        return held[2]
    parts = tuple(
        (
            f'<rect class="presence-{presence}" data-presence="{presence}" x="{c.x}" ',
            f'"\n  width="{side}" height="{side}"><title>{_escaped(c.title)}</title></rect>',
        )
        for c in cells
        for presence in (_escaped(c.presence),)
    )
    _drawn_cells[id(cells)] = (cells, side, parts)
    return parts


def matrix_cells(row: charts.MatrixRow, chart: charts.MatrixChart) -> Markup:
    """The ``<rect>`` of each of a matrix row's cells, one per two lines, escaped here rather than by the
    template: a thousand outlets make a hundred thousand cells."""
    y = f'y="{row.y}'
    return Markup(  # noqa: S704 - every text is escaped here
        "\n".join(f"{before}{y}{after}" for before, after in _cell_parts(row.cells, chart.cell - 2))
    )


def evidence_blocks(evidence: list[dict[str, Any]]) -> Markup:
    """A finding's quotes, each in the article's text around it (``_evidence_item``), escaped here
    rather than by the template: a thousand outlets' findings hold tens of thousands of quotes."""
    if not evidence:
        return Markup('<p class="muted">no quote recorded</p>')
    return Markup("\n".join(_evidence_block(ev) for ev in evidence))  # noqa: S704 - escaped below


def _evidence_block(ev: dict[str, Any]) -> str:
    article, start, end = esc(ev["article"]), esc(ev["start"]), esc(ev["end"])
    return (
        f'<div class="evidence" id="{esc(ev["anchor"])}" data-article="{article}" data-start="{start}" '
        f'data-end="{end}">\n<div class="where">{scripted(ev["outlet"])} · <code>{article}</code> · chars '
        f'{start}–{end}</div>\n<blockquote lang="{esc(ev["lang"])}">{esc(ev["before"])}<mark>'
        f"{esc(ev['quote'])}</mark>{esc(ev['after'])}</blockquote>\n</div>"
    )


def _report_texts(rec: Reconciliation) -> list[str]:
    """Every text of the report a reader can filter on (names, titles, messages, quotes)."""
    texts = [a.title + a.outlet for a in rec.articles]
    texts += [m.name_zh + m.category if m.category else m.name_zh for m in rec.mentions]
    texts += [e.name_zh for e in rec.entities] + [v.name for e in rec.entities for v in e.variants]
    texts += [d.message + d.subject + "".join(e.quote for e in d.evidence) for d in rec.discrepancies]
    return texts


def _evidence_item(e: views.EvidenceView, anchor: str, article_langs: dict[str, str]) -> dict[str, Any]:
    ctx = e.context
    return {
        "anchor": anchor,
        "article": e.article,
        "outlet": e.outlet,
        "start": e.start,
        "end": e.end,
        "quote": e.quote,
        "before": ("…" if ctx and ctx.clipped_before else "") + (ctx.before if ctx else ""),
        "after": (ctx.after if ctx else "") + ("…" if ctx and ctx.clipped_after else ""),
        "lang": article_langs.get(e.article, e.lang.value),
    }


def _outlet_groups(rows: list[views.OutletRow], article_langs: dict[str, str]) -> list[dict[str, Any]]:
    """The findings section: per outlet with findings, each finding with its evidence in context.
    A finding under several outlets gets one anchor per outlet (``f{number}-o{row}``)."""
    groups = []
    for i, row in enumerate(rows, start=1):
        if not row.findings:
            continue
        found = []
        for f in row.findings:
            anchor = f"f{f.number}-o{i}"
            found.append(
                {
                    "anchor": anchor,
                    "number": f.number,
                    "kind": f.kind,
                    "severity": f.severity.value,
                    "severity_rank": f.severity.rank,
                    "entity": f.discrepancy.entity or "",
                    "subject": f.discrepancy.subject,
                    "fingerprint": f.discrepancy.fingerprint,
                    "message": f.message,
                    "note": f.discrepancy.note,
                    "evidence": [
                        _evidence_item(e, f"ev{f.number}-o{i}-{j}", article_langs)
                        for j, e in enumerate(f.evidence_for(row.article), start=1)
                    ],
                }
            )
        groups.append(
            {
                "anchor": f"outlet-{i}",
                "article": row.article,
                "outlet": row.outlet,
                "errors": row.errors,
                "warnings": row.warnings,
                "findings": found,
            }
        )
    return groups


def script_json(data: object) -> Markup:
    """JSON for a ``<script type="application/json">`` block: ``<``, ``>``, ``&`` as \\u escapes."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)  # noqa: S704 - every character that could end the block is escaped above


def _names(*parts: str) -> str:
    return " / ".join(p for p in parts if p)


def context(rec: Reconciliation) -> dict[str, Any]:
    """Everything the template shows, as plain sorted data."""
    labels = views.outlet_labels(rec)
    articles = ordering.sorted_articles(rec)
    article_langs = {a.id: lang_tag(a.text[:4000]).value for a in articles}
    entity_anchor = {e.id: f"entity-{i}" for i, e in enumerate(ordering.sorted_entities(rec), start=1)}
    sources = lookups.entity_sources(rec)
    kinds: dict[str, list[Kind]] = defaultdict(list)
    for r in lookups.keyed_mentions(rec):
        if r.entity is not None:
            kinds[r.entity].append(r.mention.kind)

    group_of = lookups.entity_groups(rec)
    group_label = {g.id: g.label for g in rec.groups}
    entities = []
    for i, e in enumerate(ordering.sorted_entities(rec), start=1):
        others = [
            v.name
            for v in ordering.sorted_variants(e.variants)
            if v.name not in (e.name_zh, e.name_en, e.acronym)
        ]
        entities.append(
            {
                "order": i,
                "anchor": entity_anchor[e.id],
                "id": e.id,
                "name_zh": e.name_zh,
                "name_en": e.name_en,
                "acronym": e.acronym,
                "group": group_label.get(group_of.get(e.id, ""), ""),
                "articles": len(sources.get(e.id, ())),
                "list": sum(1 for k in kinds[e.id] if k == Kind.LIST),
                "prose": sum(1 for k in kinds[e.id] if k == Kind.PROSE),
                "variants": len(e.variants),
                "other_names": "; ".join(others),
            }
        )

    variants = [
        {
            "order": i,
            "entity": e.id,
            "anchor": entity_anchor[e.id],
            "lang": variant_language(v.lang, v.name),
            "code": v.lang,
            "name": v.name,
            "outlets": ", ".join(labels.get(s, s) for s in sorted(v.sources)),
        }
        for i, (e, v) in enumerate(
            ((e, v) for e in ordering.sorted_entities(rec) for v in ordering.sorted_variants(e.variants)),
            start=1,
        )
    ]

    finding_views = views.finding_views(rec)
    score_rows = views.scorecard(rec, finding_views)
    outlet_groups = _outlet_groups(score_rows, article_langs)

    mention_counts = lookups.mention_counts(rec)
    problem_counts: dict[str, int] = defaultdict(int)
    for p in rec.problems:
        problem_counts[p.article] += 1
    claims = ordering.sorted_claims(rec)
    group_labels = {g.id: g.label for g in rec.groups}
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        claims_of[c.article].append(c)
    article_rows = []
    for a in articles:
        totals = cell_text.stated_totals(claims_of.get(a.id, ()), group_labels)
        article_rows.append(
            {
                "id": a.id,
                "label": labels[a.id],
                "outlet": a.outlet,
                "date": a.date or "",
                "title": a.title,
                "layout": a.layout or "no list",
                "format": a.format,
                "encoding": a.encoding,
                "path": a.path,
                "list_items": mention_counts.get(a.id, (0, 0))[0],
                "prose_items": mention_counts.get(a.id, (0, 0))[1],
                "totals": "; ".join(totals),
                "problems": problem_counts[a.id],
            }
        )

    people: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for pn in ordering.sorted_people(rec):
        slot = people[(pn.person, pn.name)]
        slot["articles"].add(labels.get(pn.article, pn.article))
        if pn.role:
            slot["roles"].add(pn.role)
        if pn.english:
            slot["english"].add(pn.english)
    facts = ordering.sorted_facts(rec)
    fact_values: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in facts:
        if f.value not in fact_values[(f.field, f.article)]:
            fact_values[(f.field, f.article)].append(f.value)
    fields = sorted({f.field for f in facts}, key=lambda x: (ordering.FACT_FIELD_ORDER.get(x, 9), x))

    by_key = lookups.mentions_by_key(rec)
    review = []
    for k in lookups.links_for_review(rec):
        linked = by_key.get(k.mention)
        review.append(
            {
                "mention": k.mention,
                "name": (_names(linked.name_zh, linked.name_en) or linked.acronym) if linked else "",
                "entity": k.entity,
                "anchor": entity_anchor.get(k.entity, ""),
                "level": k.level.value,
                "score": cell_text.fmt_score(k.score),
                "margin": cell_text.fmt_score(k.margin),
                "runner_up": k.runner_up,
                "reason": k.reason,
            }
        )

    summary = counts(rec)
    named = views.outlet_namer(labels)
    info_notes = [
        {"kind": d.kind, "message": named(d.message)}
        for d in ordering.sorted_discrepancies(rec)
        if not views.is_finding(d) and d.kind not in views.GLOSSARY_KINDS
    ]
    data = {
        "schema_version": rec.schema_version,
        "counts": summary,
        "articles": [{"id": a.id, "outlet": a.outlet, "title": a.title} for a in articles],
        "entities": [e.id for e in ordering.sorted_entities(rec)],
        "fold": fold_table(_report_texts(rec)),
    }
    matrix, strays = presence.shared_matrix(rec)
    outlet_names = [labels[a.id] for a in articles]
    drawn: dict[int, tuple[charts.Cell, ...]] = {}  # each row's cells, drawn once for both charts
    return {
        "headline": views.headline(rec),
        "scorecard": score_rows,
        "outlet_groups": outlet_groups,
        "finding_entries": sum(len(g["findings"]) for g in outlet_groups),
        "suppressed": [
            {
                "severity": d.severity.value,
                "kind": d.kind,
                "message": views.name_outlets(d.message, labels),
                "note": d.note,
                "fingerprint": d.fingerprint,
            }
            for d in sorted(rec.suppressed, key=ordering.discrepancy_sort_key)
        ],
        "chart": charts.findings_chart(score_rows),
        "matrix_differ": charts.matrix_chart(
            [(e, c) for e, c in matrix if views.differs(c)], outlet_names, drawn=drawn
        ),
        "matrix_all": charts.matrix_chart(matrix, outlet_names, drawn=drawn),
        "matrix_strays": strays,
        "info_notes": info_notes,
        "counts": summary,
        "severities": [s.value for s in sorted(Severity, key=lambda s: -s.rank)],
        "articles": article_rows,
        "problems": [
            {
                "article": p.article,
                "label": labels.get(p.article, p.article),
                "severity": p.severity.value,
                "code": p.code,
                "message": p.message,
            }
            for p in ordering.sorted_problems(rec)
        ],
        "entities": entities,
        "matrix_articles": [{"id": a.id, "label": labels[a.id]} for a in articles],
        "legend": [
            {"presence": p.value, "symbol": presence.PRESENCE_SYMBOL[p], "text": presence.PRESENCE_LEGEND[p]}
            for p in presence.Presence
        ],
        "variants": variants,
        "claims": [
            {
                "article": c.article,
                "label": labels.get(c.article, c.article),
                "kind": c.kind,
                "subject": c.subject,
                "stated": cell_text.fmt_number(c.stated) + ("%" if c.unit == "percent" else ""),
                "computed": cell_text.fmt_number(c.computed)
                + ("%" if c.unit == "percent" and c.computed is not None else ""),
                "start": c.start,
                "end": c.end,
                "quote": c.quote,
            }
            for c in claims
        ],
        "people": [
            {
                "person": person,
                "name": name,
                "roles": ", ".join(sorted(slot["roles"])),
                "english": ", ".join(sorted(slot["english"])),
                "outlets": ", ".join(sorted(slot["articles"])),
            }
            for (person, name), slot in sorted(people.items())
        ],
        "fact_articles": [labels[a.id] for a in articles],
        "fact_rows": [
            {
                "field": FACT_TITLES.get(field, field),
                "cells": ["; ".join(fact_values[(field, a.id)]) for a in articles],
            }
            for field in fields
        ],
        "facts": [
            {
                "field": FACT_TITLES.get(f.field, f.field),
                "article": f.article,
                "label": labels.get(f.article, f.article),
                "start": f.start,
                "end": f.end,
                "quote": f.quote,
            }
            for f in facts
        ],
        "review_margin": f"{lookups.review_margin(rec):g}",
        "review": review,
        "unlinked": [
            {
                "key": m.key,
                "kind": m.kind.value,
                "name_zh": m.name_zh,
                "name_en": m.name_en,
                "acronym": m.acronym,
                "start": m.start,
                "end": m.end,
            }
            for m in lookups.unlinked_mentions(rec)
        ],
        "data_json": script_json(data),
    }


def html_report(rec: Reconciliation) -> str:
    try:
        return environment().get_template(TEMPLATE).render(**context(rec))
    finally:
        _drawn_cells.clear()


def render_html(rec: Reconciliation) -> dict[str, str]:
    return {REPORT_FILE: html_report(rec)}
