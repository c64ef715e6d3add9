"""Fetching article pages over HTTP with httpx: politely, within limits, every response kept.

For one URL, ``Fetcher.fetch``:

1. refuses a URL that is not ``http(s)://`` with a host (``fetch_bad_url``);
2. waits until ``delay`` seconds have passed since the last request to the same host;
3. sends the request and reads the body in chunks, stopping at ``max_bytes`` (``fetch_too_large``) or
   when the whole exchange takes longer than ``timeout`` (``fetch_timeout``);
4. retries, after ``backoff`` seconds doubled each time, only what is transient: a timeout, a refused
   or broken connection, a status 429, 500, 502, 503 or 504 (at most ``retries`` times);
5. follows a redirect itself (each hop is recorded), refusing a loop or more than ``max_redirects``
   hops (``fetch_redirect_loop``);
6. judges the final response: a status of 400 or more is ``fetch_http_error``, a content type other
   than HTML or plain text ``fetch_not_html``; a charset header the bytes contradict is a warning
   (``fetch_charset``): the page is read with the encoding the reader finds in the bytes.

Every response received, failed ones included, is an ``Exchange`` of the ``Fetch``, so the archive
holds them all; a failure is a ``Problem`` naming the URL, never an exception.
"""

from __future__ import annotations

import codecs
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline.models import Problem, Severity
from sources.manifest import is_url

TRANSIENT_STATUS = frozenset({429, 500, 502, 503, 504})
TEXT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
CHUNK_BYTES = 65_536
MAX_RETRY_AFTER = 30.0  # a server's Retry-After is honoured up to this many seconds


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


class _Failure(Exception):
    """A failed attempt: its code, a message, whether a retry may help, the response if one came."""

    def __init__(
        self, code: FetchCode, message: str, *, transient: bool, exchange: Exchange | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.transient = transient
        self.exchange = exchange


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _problem(url: str, code: FetchCode, message: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(article=url, code=code.value, severity=severity, message=f"{url}: {message}")


def _media_type(exchange: Exchange) -> tuple[str, str]:
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


@dataclass(slots=True)
class Fetcher:
    """An httpx client with a per-host delay; ``fetch`` never raises for what a server does."""

    settings: FetchSettings = field(default_factory=FetchSettings)
    sleep: Callable[[float], None] = time.sleep
    _client: httpx.Client | None = None
    _last: dict[str, float] = field(default_factory=dict)

    def __enter__(self) -> Fetcher:
        self._client = httpx.Client(
            follow_redirects=False,
            trust_env=False,  # no proxy from the environment: the request goes where the URL says
            timeout=httpx.Timeout(self.settings.timeout),
            # the body as the server holds it, so the archive's digest is of the page's own bytes
            headers={"User-Agent": self.settings.user_agent, "Accept-Encoding": "identity"},
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # ------------------------------------------------------------------ one URL

    def fetch(self, url: str) -> Fetch:
        """Fetch ``url``, following redirects and retrying transient failures (see the module's steps)."""
        if not is_url(url):  # 1.
            return Fetch(url=url, problem=_problem(url, FetchCode.BAD_URL, "not an http(s) URL with a host"))
        exchanges: list[Exchange] = []
        seen = {url}
        current = url
        while True:
            try:
                exchange = self._with_retries(current, exchanges)  # 2.-4.
            except _Failure as failure:
                return Fetch(
                    url=url, exchanges=tuple(exchanges), problem=_problem(url, failure.code, failure.message)
                )
            target = self._redirect_target(exchange, current)  # 5.
            if target is None:
                return self._judged(url, tuple(exchanges))  # 6.
            if target in seen or len(seen) > self.settings.max_redirects:
                message = (
                    f"redirected back to {target}"
                    if target in seen
                    else f"more than {self.settings.max_redirects} redirects"
                )
                return Fetch(
                    url=url,
                    exchanges=tuple(exchanges),
                    problem=_problem(url, FetchCode.REDIRECT_LOOP, message),
                )
            seen.add(target)
            current = target

    @staticmethod
    def _redirect_target(exchange: Exchange, current: str) -> str | None:
        location = exchange.header("location")
        if exchange.status not in REDIRECT_STATUS or not location:
            return None
        return urljoin(current, location)

    def _judged(self, url: str, exchanges: tuple[Exchange, ...]) -> Fetch:
        page = exchanges[-1]
        if page.status >= 400:
            message = f"HTTP {page.status} {page.reason}".rstrip() + f" from {page.url}"
            return Fetch(url=url, exchanges=exchanges, problem=_problem(url, FetchCode.HTTP_ERROR, message))
        media, charset = _media_type(page)
        if media not in TEXT_TYPES:
            message = f"content type {media or 'missing'!r} is not an HTML or text page; not read"
            return Fetch(url=url, exchanges=exchanges, problem=_problem(url, FetchCode.NOT_HTML, message))
        conflict = charset_conflict(page.body, charset)
        warnings: tuple[Problem, ...] = ()
        if conflict:
            message = f"{conflict}; read with the encoding found in the page"
            warnings = (_problem(url, FetchCode.CHARSET, message, Severity.WARNING),)
        return Fetch(url=url, exchanges=exchanges, warnings=warnings)

    # ------------------------------------------------------------------ attempts

    def _with_retries(self, url: str, exchanges: list[Exchange]) -> Exchange:
        """The response to ``url`` (recorded in ``exchanges``), after at most ``retries`` retries."""
        wait = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            try:
                exchange = self._attempt(url)
            except _Failure as failure:
                if failure.exchange is not None:
                    exchanges.append(failure.exchange)
                if not failure.transient or attempt == self.settings.retries:
                    raise
                self.sleep(wait)
                wait *= 2
                continue
            exchanges.append(exchange)
            if exchange.status in TRANSIENT_STATUS and attempt < self.settings.retries:
                self.sleep(min(_retry_after(exchange, wait), MAX_RETRY_AFTER))
                wait *= 2
                continue
            return exchange
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _polite(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            remaining = last + self.settings.delay - time.monotonic()
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = time.monotonic()

    def _attempt(self, url: str) -> Exchange:
        assert self._client is not None, "use Fetcher as a context manager"
        self._polite(url)
        requested_at = utc_now()
        started = time.monotonic()
        try:
            with self._client.stream("GET", url) as response:
                body = self._body(response, url, started)
                return Exchange(
                    url=url,
                    requested_at=requested_at,
                    status=response.status_code,
                    reason=response.reason_phrase,
                    http_version=response.http_version,
                    request_headers=tuple(response.request.headers.items()),
                    headers=tuple(response.headers.multi_items()),
                    body=body,
                )
        except httpx.TimeoutException:
            raise _Failure(
                FetchCode.TIMEOUT, f"no complete answer within {self.settings.timeout:g} s", transient=True
            ) from None
        except httpx.InvalidURL as exc:
            raise _Failure(FetchCode.BAD_URL, f"unusable URL ({exc})", transient=False) from None
        except httpx.HTTPError as exc:
            reason = str(exc) or exc.__class__.__name__
            raise _Failure(
                FetchCode.CONNECTION, f"connection failed ({reason[:160]})", transient=True
            ) from None

    def _body(self, response: httpx.Response, url: str, started: float) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _Failure(
                FetchCode.TOO_LARGE,
                f"{int(declared):,} bytes announced, over the limit of {limit:,} bytes; not read",
                transient=False,
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(CHUNK_BYTES):
            size += len(chunk)
            if size > limit:
                raise _Failure(
                    FetchCode.TOO_LARGE, f"body over the limit of {limit:,} bytes; not read", transient=False
                )
            if time.monotonic() - started > self.settings.timeout:
                raise httpx.ReadTimeout("the body took too long", request=response.request)
            chunks.append(chunk)
        return b"".join(chunks)


def _retry_after(exchange: Exchange, default: float) -> float:
    value = exchange.header("retry-after").strip()
    return float(value) if value.isdigit() else default
