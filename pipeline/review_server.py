"""The review's HTTP server (``crosscheck review``, ``pipeline.review``): the page, its static files, the
report files, and the decisions posted.

The server binds 127.0.0.1 only, answers only requests addressed to it (``Host``, and ``Origin`` when
sent), serves the page under a Content-Security-Policy that allows its own origin alone, and takes
JSON posts of at most ``MAX_BODY`` bytes. Runs happen one at a time on the main thread (``Jobs``: where
the per-article time budget works); the HTTP server answers from its own threads.
"""

from __future__ import annotations

import errno
import json
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pipeline.errors import CrosscheckError, UsageError
from pipeline.output import MARKER
from pipeline.review_session import ActionError, ReviewSession

HOST = "127.0.0.1"
MAX_BODY = 64 * 1024
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
# report.html is one self-contained page (inline style and script): it may run them, and fetch nothing
REPORT_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
    "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}


class Jobs:
    """Runs submitted functions one at a time on the thread that calls ``work`` (the main thread)."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Callable[[], Any], Future[Any]]] = queue.Queue()

    def call(self, fn: Callable[[], Any]) -> Any:
        done: Future[Any] = Future()
        self._queue.put((fn, done))
        return done.result()

    def work(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                fn, done = self._queue.get(timeout=0.2)
            except queue.Empty:
                continue
            try:
                done.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting request
                done.set_exception(exc)
                if not isinstance(exc, Exception):
                    raise


def request_handler(
    session: ReviewSession, jobs: Jobs, port: Callable[[], int]
) -> type[BaseHTTPRequestHandler]:
    from reports.review_page import STATIC_DIR

    class Handler(BaseHTTPRequestHandler):
        server_version = "crosscheck-review"
        sys_version = ""

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
            return

        def _allowed(self) -> bool:
            hosts = {f"{HOST}:{port()}", f"localhost:{port()}"}
            origin = self.headers.get("Origin")
            return self.headers.get("Host", "") in hosts and (
                origin is None or origin in {f"http://{h}" for h in hosts}
            )

        def _send(self, status: int, body: bytes, content_type: str, csp: str = PAGE_CSP) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Content-Security-Policy", csp)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _json(self, status: int, data: dict[str, Any]) -> None:
            self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), CONTENT_TYPES[".json"])

        def _file(self, folder: Path, name: str, csp: str) -> None:
            path = folder / name
            if (
                not name
                or name.startswith(".")
                or "/" in name
                or "\\" in name
                or name == MARKER
                or path.suffix not in CONTENT_TYPES
                or not path.is_file()
            ):
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")
                return
            self._send(HTTPStatus.OK, path.read_bytes(), CONTENT_TYPES[path.suffix], csp)

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            if not self._allowed():
                self._send(HTTPStatus.FORBIDDEN, b"forbidden\n", "text/plain; charset=utf-8")
                return
            path = urlsplit(self.path).path
            if path == "/":
                page = jobs.call(session.page)
                self._send(HTTPStatus.OK, page.encode("utf-8"), CONTENT_TYPES[".html"])
            elif path.startswith("/static/"):
                self._file(STATIC_DIR, unquote(path.removeprefix("/static/")), PAGE_CSP)
            elif path.startswith("/report/"):
                name = unquote(path.removeprefix("/report/"))
                self._file(session.out_dir, name, REPORT_CSP if name.endswith(".html") else PAGE_CSP)
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8")

        def do_HEAD(self) -> None:  # noqa: N802 - the stdlib's name
            self.do_GET()

        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            if not self._allowed():
                self._json(HTTPStatus.FORBIDDEN, {"ok": False, "error": "requests come from this page only"})
                return
            if urlsplit(self.path).path != "/api/decision":
                self._json(HTTPStatus.NOT_FOUND, {"ok": False, "error": "no such endpoint"})
                return
            if not self.headers.get("Content-Type", "").startswith("application/json"):
                self._json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"ok": False, "error": "JSON expected"})
                return
            try:
                length = int(self.headers.get("Content-Length", "0"))
            except ValueError:
                length = -1
            if not 0 < length <= MAX_BODY:
                self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"ok": False, "error": "bad request size"})
                return
            try:
                payload = json.loads(self.rfile.read(length).decode("utf-8"))
                if not isinstance(payload, dict):
                    raise ActionError("a JSON object expected")
                message = jobs.call(lambda: session.decide(payload))
            except (ValueError, ActionError) as exc:
                self._json(HTTPStatus.BAD_REQUEST, {"ok": False, "error": str(exc)})
                return
            except CrosscheckError as exc:
                self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"ok": False, "error": "; ".join(exc.problems)})
                return
            self._json(HTTPStatus.OK, {"ok": True, "message": message})

    return Handler


def bind(port: int, handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """The HTTP server on 127.0.0.1:``port``; a taken port is a ``UsageError`` in one line."""
    try:
        server = ThreadingHTTPServer((HOST, port), handler)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(
                f"port {port} on {HOST} is taken: choose another with --port N, or --port 0 for a free one"
            ) from None
        raise UsageError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None
    server.daemon_threads = True
    return server
