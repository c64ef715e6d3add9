"""Renderers: one ``Reconciliation`` in, ``{file name: content}`` out, chosen by format name."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.collector import collector_paused
from pipeline.models import Reconciliation
from reports.claimreview import render_claimreview
from reports.html import render_html
from reports.json_report import render_json
from reports.markdown import render_markdown
from reports.tables import render_csv

Renderer = Callable[[Reconciliation], dict[str, str]]

# each renders with the cycle collector paused (``pipeline.collector``): they build no cycles
RENDERERS: dict[str, Renderer] = {
    "md": collector_paused(render_markdown),
    "html": collector_paused(render_html),
    "json": collector_paused(render_json),
    "csv": collector_paused(render_csv),
    "claimreview": collector_paused(render_claimreview),
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
