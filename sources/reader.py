"""Reading one input file: bytes -> decoded text -> ``Document`` (metadata, body end).

The file is read once and never modified. Everything that can go wrong with its content is a
``Problem``, never an exception: unreadable path, empty, over the size limit, binary, undecodable.
Decoding (``sources.decoding``) tries a byte-order mark, then strict UTF-8, then the charset an HTML page
declares, then a Japanese codec when it gives text written in kana, then charset-normalizer restricted to
the encodings Chinese, Japanese and Western news pages actually use; a guessed encoding and a declared
charset that disagrees with the bytes are warnings. Newlines are normalized to ``\\n`` and every offset
refers to that text.

HTML goes to ``sources.html.html_to_document``; plain text is first read back from the form it was
pasted or forwarded in (``sources.pasted``: quoting marks, Markdown emphasis, hard wraps), then its date,
title, outlet and body end are taken from the text itself (``sources.text_metadata``).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from pipeline.models import Problem
from sources.base import Document
from sources.decoding import HTML_SNIFF_RE, decode_text, problem, text_hygiene
from sources.outlets import find_body_end, identify
from sources.pasted import as_pasted
from sources.text_metadata import date_from_name, find_date, find_title, find_url

DEFAULT_MAX_BYTES = 5_000_000
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _with_name_fallbacks(doc: Document, stem: str) -> Document:
    """Date and title from the file name when the article itself gives none."""
    date = doc.date or date_from_name(stem)
    title = doc.title or stem
    if date == doc.date and title == doc.title:
        return doc
    return replace(doc, date=date, title=title)


def _is_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:2048]
    return bool(HTML_SNIFF_RE.match(head)) or ("<html" in head.lower() and "<body" in text[:20000].lower())


def read_document(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Document | None, tuple[Problem, ...]]:
    """Read one article file into a ``Document`` (or None) and the problems met on the way."""
    p = Path(path)
    where = str(path)
    article = p.stem or where
    try:
        size = p.stat().st_size
        if size > max_bytes:
            return None, (_too_large(where, size, max_bytes),)
        data = p.read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return None, (problem(where, "unreadable", f"{where}: cannot read the file: {reason}"),)
    if len(data) > max_bytes:
        return None, (_too_large(where, len(data), max_bytes),)
    if not data.strip():
        return None, (problem(where, "empty", f"{where}: the file is empty"),)
    text, encoding, problems = decode_text(data, where, article)
    if text is None:
        return None, tuple(problems)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text, hygiene_problems = text_hygiene(text, where, article)
    problems.extend(hygiene_problems)
    if not text.strip():
        return None, (*problems, problem(where, "empty", f"{where}: the file holds only blanks"))
    if _is_html(p, text):
        html_doc, html_problems = _read_html(text, p, where, article, encoding, problems)
        return (None if html_doc is None else _with_name_fallbacks(html_doc, p.stem)), html_problems
    text = as_pasted(text)
    url = find_url(text)
    outlet = identify(text, url)
    body_end = find_body_end(text, outlet)
    doc = Document(
        id=article,
        path=where,
        text=text,
        encoding=encoding,
        format="text",
        outlet=outlet.name,
        title=find_title(text[:body_end]),
        date=find_date(text[:body_end]),
        url=url,
        body_end=body_end,
    )
    return _with_name_fallbacks(doc, p.stem), tuple(problems)


def _too_large(where: str, size: int, limit: int) -> Problem:
    return problem(
        where, "too-large", f"{where}: {size:,} bytes is over the limit of {limit:,} bytes (max_bytes)"
    )


def _read_html(
    text: str, p: Path, where: str, article: str, encoding: str, problems: list[Problem]
) -> tuple[Document | None, tuple[Problem, ...]]:
    try:
        from sources.html import html_to_document
    except ImportError as exc:
        return None, (
            *problems,
            problem(where, "html-unavailable", f"{where}: HTML input cannot be read: {exc}"),
        )
    try:
        doc, html_problems = html_to_document(text, doc_id=article, path=where, encoding=encoding)
    except Exception as exc:  # noqa: BLE001 - bad input must never raise
        return None, (
            *problems,
            problem(where, "html", f"{where}: the HTML page could not be read: {exc!r}"),
        )
    return doc, (*problems, *html_problems)
