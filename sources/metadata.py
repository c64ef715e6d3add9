"""A fetched page's own metadata, through trafilatura (which reads dates with htmldate).

``page_metadata`` returns the site name (the outlet), title, publication date and canonical URL a page
declares: meta tags (Open Graph, Dublin Core, ``article:published_time``), JSON-LD, ``<link
rel=canonical>``, the ``<title>``'s site suffix (read here when trafilatura takes the title from Open
Graph and leaves the site name empty), and for the date htmldate's search of the markup (not of the
prose, where a photo caption's date is not the article's) with the original (first published) date
preferred; ``text_metadata`` the date a plain-text page prints on a dateline at its top. The page's
URL is deliberately not handed to the extractor: htmldate then reads a date out of the URL's path
first (``/2025-06/`` becomes 2025-06-01), the month of a section, not the article's day.

The main text is not taken from trafilatura: the project's own reader keeps every list item and table
cell with its character offsets, which the evidence needs (see ``benchmarks/metadata.py``).
"""

from __future__ import annotations

import datetime as dt
import html as html_text
import logging
import re
from dataclasses import dataclass

# A plain-text page's date is looked for in its first TEXT_HEAD_LINES lines, on a line of at most
# DATELINE_CHARS characters (a dateline stands alone: "June 4, 2025, 9:52 PM EDT"); a longer line is a
# sentence or a photo caption, whose date is not the article's.
TEXT_HEAD_LINES = 8
DATELINE_CHARS = 40
# Chinese and Japanese datelines (2025年6月5日) are the reader's own rule; htmldate reads them as a lone
# year and sends them to dateparser, whose first call loads every locale (seconds), so they are skipped.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# "Headline | Site", "Headline｜Site", "Headline - Site": the separators a <title> puts before the site name
_TITLE_SEPARATOR = re.compile(r"\s*(?:[|｜]|\s[-–—]\s)\s*")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What a page says about itself ("" when it says nothing)."""

    site_name: str = ""
    title: str = ""
    date: str = ""  # YYYY-MM-DD
    canonical_url: str = ""


def _iso_day(value: str | None) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return ""


def _title_suffix(html: str, headline: str) -> str:
    """The site name a page's ``<title>`` adds after its headline (``Headline | Site``), "" when none."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        title = lxml_html.fromstring(html).findtext(".//title") or ""
    except (ValueError, TypeError, etree.LxmlError):  # an empty or unparsable page has no title
        return ""
    parts = _TITLE_SEPARATOR.split(title.strip())
    if len(parts) < 2 or not headline or parts[0].strip() != headline.strip():
        return ""
    return parts[-1].strip()


def _quiet() -> None:
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)


def _line_date(line: str) -> str:
    """The date htmldate reads on one line, when the line prints its year and day (htmldate completes a
    lone year or month to the first day: such a guess is no date)."""
    from htmldate import find_date

    page = f"<html><body><p>{html_text.escape(line)}</p></body></html>"
    try:
        found = _iso_day(find_date(page, extensive_search=True, original_date=True))
    except Exception:  # noqa: BLE001 - a date that cannot be read is no date, never a traceback
        return ""
    if not found:
        return ""
    year, day = found[:4], int(found[8:])
    printed = re.search(rf"(?<!\d){year}(?!\d)", line) and re.search(rf"(?<!\d)0?{day}(?!\d)", line)
    return found if printed else ""


def text_metadata(text: str) -> PageMetadata:
    """The date a plain-text page prints on a dateline at its top (``June 4, 2025, 9:52 PM EDT``,
    ``2025年6月5日``): the first such line htmldate reads a whole date on."""
    _quiet()
    lines = (line.strip() for line in text.split("\n")[:TEXT_HEAD_LINES])
    for line in lines:
        if line and len(line) <= DATELINE_CHARS and not _CJK.search(line) and (date := _line_date(line)):
            return PageMetadata(date=date)
    return PageMetadata()


def page_text(body: bytes) -> str:
    """A page's bytes as text for reading its metadata: UTF-8, else the encoding charset-normalizer finds."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
        return str(best) if best is not None else body.decode("utf-8", "replace")


def page_metadata(html: str) -> PageMetadata:
    """The metadata of an HTML page's text; an empty record when the extractor finds nothing or fails."""
    from trafilatura import extract_metadata

    _quiet()
    try:
        found = extract_metadata(html, extensive=False)  # dates from the markup, never from the prose
    except Exception:  # noqa: BLE001 - a page the extractor cannot read has no metadata, never a traceback
        return PageMetadata()
    if found is None:
        return PageMetadata()
    return PageMetadata(
        site_name=(found.sitename or "").strip() or _title_suffix(html, found.title or ""),
        title=(found.title or "").strip(),
        date=_iso_day(found.date),
        canonical_url=(found.url or "").strip(),
    )
