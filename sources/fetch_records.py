"""What fetching gives: each HTTP exchange as it came over the wire (``Exchange``), what fetching one URL
gave (``Fetch``), the stable codes of its problems (``FetchCode``) and the limits it keeps to
(``FetchSettings``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from pipeline.models import Problem

REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


class FetchCode(StrEnum):
    """The stable codes of fetch problems."""

    BAD_URL = "fetch_bad_url"
    TIMEOUT = "fetch_timeout"
    CONNECTION = "fetch_connection"
    HTTP_ERROR = "fetch_http_error"
    TOO_LARGE = "fetch_too_large"
    NOT_HTML = "fetch_not_html"
    CHARSET = "fetch_charset"
    REDIRECT_LOOP = "fetch_redirect_loop"


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchSettings:
    """The limits and manners of fetching (each a keyword, with the default a newsroom page needs)."""

    timeout: float = 20.0  # seconds for one whole exchange (connect, headers and body)
    max_bytes: int = 5_000_000  # a body larger than this is not read
    max_redirects: int = 10
    delay: float = 1.0  # seconds between two requests to the same host
    retries: int = 2  # further attempts after a transient failure
    backoff: float = 1.0  # seconds before the first retry, doubled for each further one
    user_agent: str = "crosscheck (fact-checking; archives the pages it reads)"


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP request and the response received for it, as it came over the wire."""

    url: str
    requested_at: str  # ISO 8601 UTC, seconds, ``Z``
    status: int
    reason: str
    http_version: str
    request_headers: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k.lower() == name.lower()), "")


@dataclass(frozen=True, slots=True)
class Fetch:
    """What fetching one URL gave: every exchange in order, the page (the last one) unless ``problem``."""

    url: str
    exchanges: tuple[Exchange, ...] = ()
    problem: Problem | None = None
    warnings: tuple[Problem, ...] = ()

    @property
    def page(self) -> Exchange | None:
        return None if self.problem is not None or not self.exchanges else self.exchanges[-1]

    @property
    def redirects(self) -> tuple[str, ...]:
        """The URLs that answered with a redirect, in order."""
        return tuple(e.url for e in self.exchanges if e.status in REDIRECT_STATUS)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
