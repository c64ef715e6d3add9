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
   (``fetch_charset``): the page is read with the encoding the reader finds in the bytes
   (``sources.fetch_judging.judged``).

Every response received, failed ones included, is an ``Exchange`` of the ``Fetch``, so the archive
holds them all; a failure is a ``Problem`` naming the URL, never an exception.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from sources.fetch_judging import fetch_problem, judged
from sources.fetch_records import REDIRECT_STATUS, Exchange, Fetch, FetchCode, FetchSettings, utc_now
from sources.manifest import is_url

TRANSIENT_STATUS = frozenset({429, 500, 502, 503, 504})
CHUNK_BYTES = 65_536
MAX_RETRY_AFTER = 30.0  # a server's Retry-After is honoured up to this many seconds


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
            return Fetch(
                url=url, problem=fetch_problem(url, FetchCode.BAD_URL, "not an http(s) URL with a host")
            )
        exchanges: list[Exchange] = []
        seen = {url}
        current = url
        while True:
            try:
                exchange = self._with_retries(current, exchanges)  # 2.-4.
            except _Failure as failure:
                return Fetch(
                    url=url,
                    exchanges=tuple(exchanges),
                    problem=fetch_problem(url, failure.code, failure.message),
                )
            target = self._redirect_target(exchange, current)  # 5.
            if target is None:
                return judged(url, tuple(exchanges))  # 6.
            if target in seen or len(seen) > self.settings.max_redirects:
                message = (
                    f"redirected back to {target}"
                    if target in seen
                    else f"more than {self.settings.max_redirects} redirects"
                )
                return Fetch(
                    url=url,
                    exchanges=tuple(exchanges),
                    problem=fetch_problem(url, FetchCode.REDIRECT_LOOP, message),
                )
            seen.add(target)
            current = target

    @staticmethod
    def _redirect_target(exchange: Exchange, current: str) -> str | None:
        location = exchange.header("location")
        if exchange.status not in REDIRECT_STATUS or not location:
            return None
        return urljoin(current, location)

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
