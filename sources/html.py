"""HTML pages -> ``Document``: the main content as text, one block element per line.

The page is parsed with BeautifulSoup (lxml). Metadata (title, date, outlet, url) is read from
meta tags, JSON-LD and ``<time>`` before anything is removed (``sources.html_metadata``); then scripts,
navigation, headers (but the article's own: its headline, standfirst and byline), footers, asides (but a
factbox inside the article), forms and blocks whose class or id names them as navigation, menus, related or
recommended links, sharing widgets, comments, footers, copyright lines or ads are dropped, and so is a
box of headline links under a related-reading heading wherever it sits (``sources.html_furniture``); a
paywall's notice goes first, with the list it cuts short of the article's count (``sources.html_paywall``:
the page is then read from its JSON-LD ``articleBody`` when that holds more). The
main content (the largest ``<article>``/``<main>``/``articleBody`` element, else ``<body>``; within it, the
element around the headline that holds most of the text, from the headline on: ``sources.html_chrome``; a
page a script fills, whose text is much shorter than its JSON-LD ``articleBody``, is read from that) is
turned into text (``sources.html_text``): every block element (``p``, ``li``, ``tr``, ``h1``-``h6``,
``div`` ...) on its own line, ``br`` as a line break, table cells of a row joined by a single space,
whitespace collapsed, entities decoded.

While the text is built, the character span of every element is recorded, so layouts that read
the tree (tables, lists) can give offsets into ``Document.text``: see ``HtmlPage.span``.
"""

from __future__ import annotations

import re
from html import escape

from bs4 import BeautifulSoup

from pipeline.models import Problem, Severity
from sources.base import Document
from sources.html_after_body import drop_link_lists_after_body
from sources.html_chrome import article_of, drop_link_inserts, headline
from sources.html_furniture import main_content, remove_furniture
from sources.html_metadata import (
    OUTLET_KEYS,
    first_meta,
    json_ld_body,
    meta_values,
    outlet_and_body_end,
    page_date,
    page_title,
    page_titles,
    page_url,
    title_parts,
)
from sources.html_paywall import cut_at_paywall
from sources.html_summary import drop_summary_bullets
from sources.html_text import WHITESPACE_RUN_RE, render_text
from sources.page import HtmlPage
from sources.tags import first_tag

__all__ = ["html_to_document"]
PARSER = "lxml"
# A page whose text holds less than this share of its JSON-LD ``articleBody`` is a shell a script fills:
# the article is read from the JSON-LD instead.
MIN_MARKUP_SHARE_OF_BODY = 0.5
PAYWALL_PROBLEM = "the page is cut short for subscribers: the list the cut ends is not read"
_MARKUP = re.compile(r"<(?:p|br|div|ul|ol|li|table|h[1-6])\b", re.IGNORECASE)


def html_to_document(
    raw_text: str, *, doc_id: str, path: str, encoding: str
) -> tuple[Document, tuple[Problem, ...]]:
    """Turn a decoded HTML page into a ``Document`` plus the problems found in it."""
    problems: list[Problem] = []
    soup = BeautifulSoup(raw_text, PARSER)
    meta = meta_values(soup)
    site_name = first_meta(meta, OUTLET_KEYS)
    title = page_title(soup, meta, site_name)
    date = page_date(soup, meta)
    url = page_url(soup, meta)
    stated_body = json_ld_body(soup)

    paywall = cut_at_paywall(soup)
    lengths = remove_furniture(soup)
    root = main_content(soup, lengths)
    titles = page_titles(soup, meta, site_name)
    root = article_of(root, titles, lengths)
    drop_summary_bullets(root, headline(root, titles))
    drop_link_lists_after_body(root)
    drop_link_inserts(root, lengths)
    text, spans = render_text(root)
    page_soup = soup
    if _chars(text) < MIN_MARKUP_SHARE_OF_BODY * _chars(stated_body) or (
        paywall is not None and _chars(text) < _chars(stated_body)
    ):
        page_soup = _body_soup(stated_body)  # a page a script fills: its JSON-LD body is the article
        root = first_tag(page_soup, ("body",)) or page_soup
        text, spans = render_text(root)
    if paywall and page_soup is soup:
        problems.append(Problem(doc_id, "html-paywall", Severity.INFO, PAYWALL_PROBLEM))
    if not text.strip():
        problems.append(Problem(doc_id, "html-empty", Severity.WARNING, "the page has no article text"))

    outlet_name, body_end = outlet_and_body_end(text, url, site_name or "", title_parts(soup, site_name)[1])
    if not title or date is None:
        from sources.text_metadata import find_date, find_title  # text rules: datelines, headline lines

        title = title or find_title(text[:body_end])
        date = date or find_date(text[:body_end])
    page = HtmlPage(soup=page_soup, root=root, spans=spans)
    doc = Document(
        id=doc_id,
        path=path,
        text=text,
        encoding=encoding,
        format="html",
        outlet=outlet_name,
        title=title,
        date=date,
        url=url,
        body_end=body_end,
        html=page,
    )
    return doc, tuple(problems)


def _body_soup(body: str) -> BeautifulSoup:
    """A JSON-LD ``articleBody`` as a page: its own markup when it has some, else one paragraph per line."""
    if _MARKUP.search(body):
        return BeautifulSoup(body, PARSER)
    lines = "".join(f"<p>{escape(line)}</p>" for line in body.splitlines())
    return BeautifulSoup(f"<html><body>{lines}</body></html>", PARSER)


def _chars(text: str) -> int:
    return len(WHITESPACE_RUN_RE.sub("", text))
