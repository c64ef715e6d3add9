"""The evidence archive: every fetch stored as WARC records (warcio), and replayed from them alone.

For each URL fetched, ``write_fetches`` writes, in order:

1. for every exchange (each retry and each redirect hop included) a ``request`` record and a
   ``response`` record: the request time as ``WARC-Date``, the URL asked as ``WARC-Target-URI``, the
   status line, headers and body as received, block and payload digests in SHA-256 (base 32, as WARC
   writes digests);
2. one ``metadata`` record (``WARC-Target-URI`` the URL as given, ``WARC-Refers-To`` the response that
   is the page) holding, as JSON, what the fetch came to: the final URL, the redirects, the retrieval
   time, the page's SHA-256 in hex, or the problem that stopped it.

``Replay`` reads an archive back and gives, for a URL, the same ``Fetch`` the network gave: the page
with its provenance, or the same problem, so a run from the archive alone reports what the run that
fetched reported. A page whose bytes no longer match the digest recorded for them is a problem
(``archive_digest``), and so is a URL the archive does not hold (``archive_missing``).

A server's compressed body is stored decoded: its ``Content-Encoding`` and ``Content-Length`` headers
are kept as ``X-Archive-Orig-Content-Encoding`` and ``X-Archive-Orig-Content-Length``, as web archives do.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from pipeline.models import Problem, Severity
from sources.fetch_records import Exchange, Fetch

METADATA_TYPE = "application/vnd.crosscheck.fetch+json"
METADATA_VERSION = "1"
_RENAMED = ("content-encoding", "content-length", "transfer-encoding")


class _Sha256Writer(WARCWriter):
    """warcio's writer with SHA-256 digests instead of SHA-1."""

    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")


def sha256_hex(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _stored_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Response headers as stored with the decoded body (see the module's last paragraph)."""
    return [(f"X-Archive-Orig-{k}" if k.lower() in _RENAMED else k, v) for k, v in headers]


def _exchange_records(writer: WARCWriter, exchange: Exchange) -> tuple[Any, Any]:
    warc_headers = {"WARC-Date": exchange.requested_at}
    http_version = f"HTTP/{exchange.http_version.removeprefix('HTTP/') or '1.1'}"
    response = writer.create_warc_record(
        exchange.url,
        "response",
        payload=io.BytesIO(exchange.body),
        length=len(exchange.body),
        warc_headers_dict=dict(warc_headers),
        http_headers=StatusAndHeaders(
            f"{exchange.status} {exchange.reason}".rstrip(),
            _stored_headers(exchange.headers),
            protocol=http_version,
        ),
    )
    path = exchange.url.split("/", 3)[3] if exchange.url.count("/") >= 3 else ""
    request = writer.create_warc_record(
        exchange.url,
        "request",
        warc_headers_dict=dict(warc_headers),
        http_headers=StatusAndHeaders(
            f"GET /{path}", list(exchange.request_headers), protocol=http_version, is_http_request=True
        ),
    )
    return request, response


def _problem_data(p: Problem) -> dict[str, str]:
    return {"code": p.code, "severity": p.severity.value, "message": p.message}


def _outcome(fetch: Fetch, ids: list[str]) -> dict[str, Any]:
    page = fetch.page
    return {
        "version": METADATA_VERSION,
        "url": fetch.url,
        "final_url": page.url if page else None,
        "status": page.status if page else None,
        "retrieved_at": page.requested_at if page else None,
        "sha256": sha256_hex(page.body) if page else None,
        "redirects": list(fetch.redirects),
        "response": ids[-1] if page and ids else None,
        "exchanges": ids,
        "problem": _problem_data(fetch.problem) if fetch.problem else None,
        "warnings": [_problem_data(w) for w in fetch.warnings],
    }


def write_fetches(fetches: Iterable[Fetch], stream: io.BufferedIOBase | io.BytesIO) -> None:
    """Write every exchange of ``fetches`` and the outcome of each to ``stream`` as gzipped WARC."""
    writer = _Sha256Writer(stream, gzip=True)
    for fetch in fetches:
        ids: list[str] = []
        for exchange in fetch.exchanges:
            request, response = _exchange_records(writer, exchange)
            writer.write_request_response_pair(request, response)
            ids.append(response.rec_headers.get_header("WARC-Record-ID"))
        page = fetch.page
        body = json.dumps(_outcome(fetch, ids), ensure_ascii=False, sort_keys=True)
        data = body.encode("utf-8")
        headers = {"WARC-Date": page.requested_at if page else _last_time(fetch)}
        if page and ids:
            headers["WARC-Refers-To"] = ids[-1]
        record = writer.create_warc_record(
            fetch.url,
            "metadata",
            payload=io.BytesIO(data),
            length=len(data),
            warc_content_type=METADATA_TYPE,
            warc_headers_dict=headers,
        )
        writer.write_record(record)


def _last_time(fetch: Fetch) -> str:
    from sources.fetch_records import utc_now

    return fetch.exchanges[-1].requested_at if fetch.exchanges else utc_now()


def archive_bytes(fetches: Iterable[Fetch]) -> bytes:
    buffer = io.BytesIO()
    write_fetches(fetches, buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- replay


def _problem(url: str, code: str, message: str) -> Problem:
    return Problem(article=url, code=code, severity=Severity.ERROR, message=f"{url}: {message}")


def _problem_of(data: Any, url: str) -> Problem:
    try:
        return Problem(
            article=url,
            code=str(data["code"]),
            severity=Severity(data["severity"]),
            message=str(data["message"]),
        )
    except (KeyError, TypeError, ValueError):
        return _problem(url, "archive_unreadable", "the archived outcome of this URL cannot be read")


class ArchiveError(Exception):
    """An archive that cannot be read at all."""


@dataclass(frozen=True, slots=True)
class Replay:
    """The outcomes and responses of an archive, looked up by URL."""

    outcomes: dict[str, dict[str, Any]]  # URL as given -> its last outcome
    responses: dict[str, Exchange]  # WARC-Record-ID -> response

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Replay:
        """Read the archive at ``path`` (``ArchiveError`` when it is not a WARC file crosscheck can read)."""
        outcomes: dict[str, dict[str, Any]] = {}
        responses: dict[str, Exchange] = {}
        try:
            with open(path, "rb") as fh:
                for record in ArchiveIterator(fh):
                    _index(record, outcomes, responses)
        except (OSError, ArchiveLoadFailed, ValueError, EOFError, zlib.error) as exc:
            raise ArchiveError(f"archive {Path(path)}: cannot be read: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - warcio fails on malformed records in many ways
            raise ArchiveError(f"archive {Path(path)}: cannot be read: {exc.__class__.__name__}") from None
        return cls(outcomes=outcomes, responses=responses)

    def fetch(self, url: str) -> Fetch:
        """The ``Fetch`` the archive recorded for ``url``, or a problem saying why there is none."""
        outcome = self.outcomes.get(url)
        if outcome is None:
            return Fetch(url=url, problem=_problem(url, "archive_missing", "not in the archive; not fetched"))
        warnings = tuple(_problem_of(w, url) for w in outcome.get("warnings") or ())
        if outcome.get("problem"):
            return Fetch(url=url, problem=_problem_of(outcome["problem"], url), warnings=warnings)
        page = self.responses.get(str(outcome.get("response")))
        if page is None:
            return Fetch(
                url=url, problem=_problem(url, "archive_missing", "its page is missing from the archive")
            )
        if sha256_hex(page.body) != outcome.get("sha256"):
            message = "the archived page does not match the SHA-256 recorded when it was fetched"
            return Fetch(url=url, problem=_problem(url, "archive_digest", message))
        earlier = tuple(self.responses[r] for r in outcome.get("exchanges") or () if r in self.responses)
        return Fetch(url=url, exchanges=(*earlier[:-1], page), warnings=warnings)


def _index(record: Any, outcomes: dict[str, dict[str, Any]], responses: dict[str, Exchange]) -> None:
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") or ""
    if record.rec_type == "metadata" and headers.get_header("Content-Type") == METADATA_TYPE:
        data = json.loads(record.content_stream().read().decode("utf-8"))
        if isinstance(data, dict):
            outcomes[uri] = data
    elif record.rec_type == "response" and record.http_headers is not None:
        http = record.http_headers
        status, _, reason = http.get_statuscode().partition(" ")
        responses[headers.get_header("WARC-Record-ID")] = Exchange(
            url=uri,
            requested_at=headers.get_header("WARC-Date") or "",
            status=int(status) if status.isdigit() else 0,
            reason=http.statusline.partition(" ")[2],
            http_version=http.protocol,
            request_headers=(),
            headers=tuple(http.headers),
            body=record.raw_stream.read(),
        )
