"""The parsed page an HTML document carries (``Document.html``), apart from the parsing itself.

The HTML layouts read it through ``page_of``; they are imported with every story, so this module does not
import BeautifulSoup, which only the first HTML page read imports (``sources.html``, ``sources.tags``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

    from sources.base import Document

__all__ = ["HtmlPage", "page_of"]


@dataclass(frozen=True, slots=True, eq=False)
class HtmlPage:
    """The parsed page kept on ``Document.html``: the cleaned tree and where each element's
    text lies in ``Document.text``.

    ``root`` is the element the text was built from. ``spans`` maps ``id(element)`` to its
    ``(start, end)`` in the text; use ``span`` rather than the mapping.
    """

    soup: BeautifulSoup
    root: Tag
    spans: Mapping[int, tuple[int, int]]

    def span(self, element: Tag) -> tuple[int, int] | None:
        """Where ``element``'s text lies in ``Document.text`` (end exclusive), or None when the
        element is not part of the text (removed, or outside the main content)."""
        return self.spans.get(id(element))


def page_of(doc: Document) -> HtmlPage | None:
    """The ``HtmlPage`` of an HTML document, None for anything else."""
    html = doc.html
    return html if isinstance(html, HtmlPage) else None
