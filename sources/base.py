"""The contract between reading a file and extracting its list.

Reading (bytes -> decoded text, metadata, an HTML tree) happens once per file in
``sources.reader``; layout extractors in ``sources.layouts`` then look at the same
``Document`` and say how well they recognise it (``detect``) and what they find
(``extract``). Extractors know layouts, never organizations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from pipeline.models import Heading, Mention, Problem


@dataclass(frozen=True, slots=True)
class Document:
    """One decoded input file.

    ``text`` is what every offset refers to. For a text file it is the decoded file; for an
    HTML page it is the page's main content turned into text, one block element per line
    (navigation, related-news blocks and footers removed). ``body_end`` is where the article
    body ends and the page tail (related headlines, other articles, copyright lines) starts,
    as far as the outlet adapter or a generic rule can tell: nothing after it is a list item.
    """

    id: str
    path: str
    text: str
    encoding: str
    format: str  # "text" | "html"
    outlet: str
    title: str
    date: str | None
    url: str | None
    body_end: int
    html: Any = None  # the parsed lxml/BeautifulSoup tree for HTML input, else None
    # names the run's other articles list (``name_fold``): a run of them is a list however it is cued
    known: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one layout extractor found in one document."""

    layout: str
    mentions: tuple[Mention, ...] = ()
    headings: tuple[Heading, ...] = ()
    problems: tuple[Problem, ...] = ()
    selection: bool = False  # the article says (or shows) that it names examples of the list only


class Layout(Protocol):
    """A generic list layout (numbered rows, enumerated list, category table, ...).

    A layout may also say ``ceiling``: the highest score its ``detect`` ever gives; the registry then
    asks it only when it could be the most confident layout left (``registry._by_confidence``)."""

    name: str
    description: str

    def detect(self, doc: Document) -> float:
        """How sure (0..1) this layout is what ``doc`` uses for its list; 0 when absent."""
        ...

    def extract(self, doc: Document) -> Extraction:
        """The list mentions (kind=list, positions from 1) and headings of ``doc``."""
        ...
