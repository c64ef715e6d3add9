"""Judging a fetched page: the problem a failure makes, the content type and charset a response declares,
and whether its final response is a page crosscheck can read."""

from __future__ import annotations

import codecs

from pipeline.models import Problem, Severity
from sources.fetch_records import Exchange, Fetch, FetchCode

TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})


def fetch_problem(url: str, code: FetchCode, message: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(article=url, code=code.value, severity=severity, message=f"{url}: {message}")


def media_type(exchange: Exchange) -> tuple[str, str]:
    """(media type, charset) of the Content-Type header, lower case ("" when absent)."""
    parts = [p.strip() for p in exchange.header("content-type").split(";")]
    charset = next(
        (p.split("=", 1)[1].strip(" \"'") for p in parts[1:] if p.lower().startswith("charset=")), ""
    )
    return parts[0].lower(), charset.lower()


def charset_conflict(body: bytes, declared: str) -> str:
    """Why the bytes contradict the declared charset ("" when they do not): an unknown charset, bytes it
    cannot decode, or UTF-8 text declared as a single-byte charset."""
    if not declared:
        return ""
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return f"the server declares an unknown charset {declared!r}"
    try:
        body.decode(codec)
    except UnicodeDecodeError:
        return f"the server declares charset {declared!r} but the bytes are not {declared}"
    if codec != "utf-8" and not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return ""
        return f"the server declares charset {declared!r} but the bytes are UTF-8"
    return ""


def judged(url: str, exchanges: tuple[Exchange, ...]) -> Fetch:
    """The final response judged (step 6 of ``sources.fetch``): an HTTP error, a content type other than
    HTML or plain text, or a charset header the bytes contradict (a warning)."""
    page = exchanges[-1]
    if page.status >= 400:
        message = f"HTTP {page.status} {page.reason}".rstrip() + f" from {page.url}"
        return Fetch(url=url, exchanges=exchanges, problem=fetch_problem(url, FetchCode.HTTP_ERROR, message))
    media, charset = media_type(page)
    if media not in TEXT_TYPES:
        message = f"content type {media or 'missing'!r} is not an HTML or text page; not read"
        return Fetch(url=url, exchanges=exchanges, problem=fetch_problem(url, FetchCode.NOT_HTML, message))
    conflict = charset_conflict(page.body, charset)
    warnings: tuple[Problem, ...] = ()
    if conflict:
        message = f"{conflict}; read with the encoding found in the page"
        warnings = (fetch_problem(url, FetchCode.CHARSET, message, Severity.WARNING),)
    return Fetch(url=url, exchanges=exchanges, warnings=warnings)
