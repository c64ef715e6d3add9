"""The rows of report.html's long tables and lists, written as escaped text in Python.

With a thousand outlets the scorecard, the findings, the bar chart, the matrix's column labels and
the tables of articles, variants, entities and claims hold hundreds of thousands of values; escaped
by the template one expression at a time they took most of the page's time. Each function here
writes exactly what the template's loop wrote (the same markup, the same blanks, the same escaping:
``markupsafe.escape``), escaping each distinct short text once, and hands it back as ``Markup``. The
template calls them as filters (``reports.html.environment``); ``tests/test_html_rows.py`` renders
each loop both ways and demands the same text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape

from reports import charts
from reports.scorecard import OutletRow

SHORT_TEXT = 80  # texts up to this long (names, ids, kinds, labels) recur down the tables: kept escaped


def escape_text(text: str) -> str:
    """``str(markupsafe.escape(text))`` for a ``str`` (markupsafe's own replacements, in its order),
    without the ``Markup`` object markupsafe makes for it: a Python call that was half the time of
    escaping a page's hundreds of thousands of values."""
    return (
        text.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


@lru_cache(maxsize=16_384)
def _escaped_text(text: str) -> str:
    return escape_text(text)


def esc(value: object) -> str:
    """What the template's ``{{ value }}`` writes: markup as it is, any other value escaped (a short
    text once, a long one, a message or a quote that appears once or twice, each time)."""
    if isinstance(value, Markup):
        return str(value)
    if type(value) is str:
        return _escaped_text(value) if len(value) <= SHORT_TEXT else escape_text(value)
    if type(value) is int:
        return str(value)  # what escape writes for a number
    return str(escape(value))


def _rows(parts: list[str]) -> Markup:
    """The loop's text without its last line break (the template's line that calls the filter ends
    with one)."""
    text = "".join(parts)
    return Markup(text[:-1] if text.endswith("\n") else text)  # noqa: S704 - every value escaped by esc


def scorecard_rows(rows: Sequence[OutletRow]) -> Markup:
    from reports.html import scripted

    out: list[str] = []
    for row, r in enumerate(rows, start=1):
        article = esc(r.article)
        code = f' <code class="muted">{article}</code>' if r.article and r.article != r.outlet else ""
        if r.read:
            prose = f" + {esc(r.prose_mentions)} in prose" if r.prose_mentions else ""
            examples = " (examples)" if r.selection else ""
            items = f"{esc(r.list_items)}{examples}{prose}"
        else:
            items = "not read"
        out.append(
            f'<tr data-article="{article}" data-errors="{esc(r.errors)}" data-warnings="{esc(r.warnings)}">\n'
            f'<td class="outlet">{esc(scripted(r.outlet))}{code}</td>\n'
            f'<td class="count{" has-error" if r.errors else ""}" data-label="errors">{esc(r.errors)}</td>\n'
            f'<td class="count{" has-warning" if r.warnings else ""}" data-label="warnings">'
            f"{esc(r.warnings)}</td>\n"
            f'<td data-label="date">{esc(r.date or "—")}</td>\n'
            f'<td class="num" data-label="items">{items}</td>\n'
            f'<td class="title" data-label="title">{esc(scripted(r.title))}</td>\n'
        )
        if r.findings or r.problems:
            out.append('<td class="findings-cell"><ul>\n')
            for f in r.findings:
                sev = esc(f.severity.value)
                out.append(
                    f'<li><a class="finding-link" href="#f{esc(f.number)}-o{esc(row)}" '
                    f'title="{esc(f.message)}">'
                    f'<span class="sev sev-{sev}">{sev}</span> {esc(scripted(f.message))}</a></li>\n'
                )
            for p in r.problems:
                out.append(
                    f'<li><span class="sev sev-{esc(p.severity.value)}">input</span> '
                    f"<code>{esc(p.code)}</code> "
                    f"{esc(scripted(p.message))}</li>\n"
                )
            out.append("</ul></td>\n</tr>\n")
        else:
            out.append('<td class="findings-cell"><span class="muted">no finding</span></td>\n</tr>\n')
    return _rows(out)


def finding_sections(groups: Sequence[dict[str, Any]]) -> Markup:
    from reports.html import evidence_blocks, scripted

    out: list[str] = []
    for g in groups:
        out.append(
            f'<section class="outlet-findings" id="{esc(g["anchor"])}" data-article="{esc(g["article"])}">\n'
            f'<h3>{esc(scripted(g["outlet"]))} <span class="muted">— {esc(g["errors"])} error(s), '
            f"{esc(g['warnings'])} warning(s)</span></h3>\n"
        )
        for f in g["findings"]:
            sev = esc(f["severity"])
            entity = f' data-entity="{esc(f["entity"])}"' if f["entity"] else ""
            note = (
                f'<p class="reviewer-note">Confirmed by the reviewer: {esc(scripted(f["note"]))}</p>'
                if f["note"]
                else ""
            )
            out.append(
                f'<details class="finding" id="{esc(f["anchor"])}" data-severity="{sev}" '
                f'data-kind="{esc(f["kind"])}"\n'
                f'  data-fingerprint="{esc(f["fingerprint"])}" data-number="{esc(f["number"])}"{entity}>\n'
                f'<summary><span class="sev sev-{sev}">{sev}</span> <code>{esc(f["kind"])}</code> '
                f"{esc(scripted(f['message']))}</summary>\n"
                f"{note}{esc(evidence_blocks(f['evidence']))}\n"
                "</details>\n"
            )
        out.append("</section>\n")
    return _rows(out)


def chart_bars(chart: charts.BarChart) -> Markup:
    c = chart
    out: list[str] = []
    for b in c.bars:
        label = esc(b.label)
        y_text = esc(b.y + c.bar_height * 0.7)
        error = (
            f'<rect class="bar-error" x="{esc(c.label_width)}" y="{esc(b.y)}" width="{esc(b.error_width)}" '
            f'height="{esc(c.bar_height)}"><title>{label}: {esc(b.errors)} error(s)</title></rect>'
            if b.error_width
            else ""
        )
        warning = (
            f'<rect class="bar-warning" x="{esc(c.label_width + b.error_width)}" y="{esc(b.y)}" '
            f'width="{esc(b.warning_width)}" height="{esc(c.bar_height)}"><title>{label}: {esc(b.warnings)} '
            "warning(s)</title></rect>"
            if b.warning_width
            else ""
        )
        out.append(
            f'<g class="bar" data-article="{esc(b.article)}" data-errors="{esc(b.errors)}" '
            f'data-warnings="{esc(b.warnings)}">\n'
            f'<text x="{esc(c.label_width - 6)}" y="{y_text}" text-anchor="end" lang="{esc(b.lang)}">'
            f"{label}</text>\n"
            f"{error}{warning}"
            f'<text x="{esc(c.label_width + b.error_width + b.warning_width + 6)}" y="{y_text}">'
            f"{esc(b.errors)} E · {esc(b.warnings)} W</text>\n"
            "</g>\n"
        )
    return _rows(out)


def matrix_columns(chart: charts.MatrixChart) -> Markup:
    m = chart
    y = esc(m.header_height - 6)
    return _rows(
        [
            f'<text transform="translate({esc(col.x + m.cell * 0.7)},{y}) rotate(-60)" '
            f'lang="{esc(col.lang)}">'
            f"{esc(col.label)}</text>\n"
            for col in m.columns
        ]
    )


def article_rows(articles: Sequence[dict[str, Any]]) -> Markup:
    from reports.html import scripted

    return _rows(
        [
            f'<tr data-order="{i}" data-article="{esc(a["id"])}">\n'
            f"<td>{esc(scripted(a['label']))}</td>\n"
            f'<td><code>{esc(a["id"])}</code><br><span class="muted">{esc(a["path"])} · {esc(a["format"])} · '
            f"{esc(a['encoding'])}</span></td>\n"
            f'<td>{esc(a["date"])}</td><td class="title">{esc(scripted(a["title"]))}</td>'
            f"<td>{esc(a['layout'])}</td>\n"
            f'<td class="num">{esc(a["list_items"])}</td><td class="num">{esc(a["prose_items"])}</td>'
            f"<td>{esc(scripted(a['totals']))}</td>\n"
            f'<td class="num">{esc(a["problems"])}</td>\n'
            "</tr>\n"
            for i, a in enumerate(articles, start=1)
        ]
    )


def variant_rows(variants: Sequence[dict[str, Any]]) -> Markup:
    from reports.html import scripted

    return _rows(
        [
            f'<tr data-order="{esc(v["order"])}" data-entity="{esc(v["entity"])}">\n'
            f'<td><a href="#{esc(v["anchor"])}"><code>{esc(v["entity"])}</code></a></td>'
            f"<td>{esc(v['lang'])}</td>\n"
            f"<td>{esc(scripted(v['name']))}</td><td>{esc(scripted(v['outlets']))}</td>\n"
            "</tr>\n"
            for v in variants
        ]
    )


def entity_rows(entities: Sequence[dict[str, Any]]) -> Markup:
    from reports.html import scripted

    out: list[str] = []
    for e in entities:
        numbers = "".join(
            f'<td class="num" data-value="{esc(e[k])}">{esc(e[k])}</td>\n'
            for k in ("articles", "list", "prose", "variants")
        )
        out.append(
            f'<tr id="{esc(e["anchor"])}" data-order="{esc(e["order"])}" data-entity="{esc(e["id"])}">\n'
            f"<td><code>{esc(e['id'])}</code></td><td>{esc(scripted(e['name_zh']))}</td>"
            f'<td lang="en">{esc(e["name_en"])}</td>\n'
            f'<td lang="en">{esc(e["acronym"])}</td><td>{esc(e["group"])}</td>\n'
            f"{numbers}"
            f"<td>{esc(scripted(e['other_names']))}</td>\n"
            "</tr>\n"
        )
    return _rows(out)


def claim_rows(claims: Sequence[dict[str, Any]]) -> Markup:
    from reports.html import scripted

    return _rows(
        [
            f'<tr data-order="{i}"><td>{esc(scripted(c["label"]))} <code>{esc(c["article"])}</code></td>'
            f"<td>{esc(c['kind'])}</td>\n"
            f'<td>{esc(scripted(c["subject"]))}</td><td class="num">{esc(c["stated"])}</td>'
            f'<td class="num">{esc(c["computed"])}</td>\n'
            f"<td>{esc(c['start'])}–{esc(c['end'])}</td>"
            f'<td><q class="quote">{esc(scripted(c["quote"]))}</q></td>'
            "</tr>\n"
            for i, c in enumerate(claims, start=1)
        ]
    )


FILTERS = {
    "scorecard_rows": scorecard_rows,
    "finding_sections": finding_sections,
    "chart_bars": chart_bars,
    "matrix_columns": matrix_columns,
    "article_rows": article_rows,
    "variant_rows": variant_rows,
    "entity_rows": entity_rows,
    "claim_rows": claim_rows,
}
