"""Renderers: one ``Reconciliation`` in, ``{file name: content}`` out, chosen by format name."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.models import Reconciliation
from reports.claimreview import render_claimreview
from reports.html import render_html
from reports.json_report import render_json
from reports.markdown import render_markdown
from reports.tables import render_csv

Renderer = Callable[[Reconciliation], dict[str, str]]

RENDERERS: dict[str, Renderer] = {
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
    "csv": render_csv,
    "claimreview": render_claimreview,
}
FORMATS = tuple(RENDERERS)

__all__ = [
    "FORMATS",
    "RENDERERS",
    "Renderer",
    "render_claimreview",
    "render_csv",
    "render_html",
    "render_json",
    "render_markdown",
]
