"""The markup report.html's template filters write, escaped here: every run of CJK text in a ``<span
lang>`` of its script (``scripted``), a matrix row's cells (``matrix_cells``), a finding's quotes in
their context (``evidence_blocks``), and the JSON block the page's script reads (``script_json``).
Used by ``html`` (the template's filters) and ``html_rows``."""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import groupby
from typing import Any

from markupsafe import Markup, escape

from reports import charts
from reports.html_rows import esc, escape_text
from reports.script import LangTag, is_han, is_kana, lang_tag


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


def script_json(data: object) -> Markup:
    """JSON for a ``<script type="application/json">`` block: ``<``, ``>``, ``&`` as \\u escapes."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)  # noqa: S704 - every character that could end the block is escaped above
