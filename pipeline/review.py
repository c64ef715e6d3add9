"""``crosscheck review``: a report folder served on 127.0.0.1 with review controls.

Each action the page posts (same / not the same / canonical name for a link, confirmed / false alarm
for a finding) becomes one row appended to the decisions file (``pipeline.decision_file``: atomic,
its format and earlier rows kept). The reconciliation then runs again from the inputs the folder's
``run.json`` records, with the decisions file, and the report folder is written again by the normal
safe writer; the page reloads on the new result. A decision the run refuses (two items of one list
declared the same) is taken back: the file returns to what it was and the page says why.

The server binds 127.0.0.1 only, answers only requests addressed to it (``Host``, and ``Origin`` when
sent), serves the page under a Content-Security-Policy that allows its own origin alone, and takes
JSON posts of at most ``MAX_BODY`` bytes. Runs happen one at a time on the main thread (where the
per-article time budget works); the HTTP server answers from its own threads.
"""

from __future__ import annotations

import errno
import json
import queue
import sys
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pipeline.decision_file import append_decisions, read_text
from pipeline.errors import CrosscheckError, UsageError
from pipeline.models import Kind, Reconciliation
from pipeline.output import MARKER, is_report_folder, report_lock, write_file, write_folder
from pipeline.run import reconcile
from pipeline.runrecord import RUN_FILE, RunRecord, load_run_record, run_record_text
from pipeline.verdicts import MAX_NOTE, VerdictKind, latest, load_verdicts
from pipeline.workers import Parsed, parse_all

HOST = "127.0.0.1"
MAX_BODY = 64 * 1024
MAX_NAME = 200
LINK_ACTIONS = ("same", "not_same")
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


class ParseCache:
    """``parse_all`` that reads a file once per review: an article whose file has the same size, inode and
    modification time as when it was read is not read again (decisions change matching, not reading)."""

    def __init__(self) -> None:
        self._read: dict[tuple[object, ...], Parsed] = {}

    @staticmethod
    def _key(path: Path, max_bytes: int, seconds: float, known: frozenset[str]) -> tuple[object, ...] | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return (str(path), info.st_ino, info.st_size, info.st_mtime_ns, max_bytes, seconds, known)

    def __call__(
        self, paths: Sequence[Path], *, max_bytes: int, seconds: float, **kwargs: Any
    ) -> list[Parsed]:
        # an article read again with the names the others list is another reading of it
        keys = [self._key(p, max_bytes, seconds, kwargs.get("known", frozenset())) for p in paths]
        missing = [p for p, k in zip(paths, keys, strict=True) if k is None or k not in self._read]
        fresh = dict(
            zip(missing, parse_all(missing, max_bytes=max_bytes, seconds=seconds, **kwargs), strict=True)
        )
        for p, k in zip(paths, keys, strict=True):
            if k is not None and p in fresh and fresh[p].result.article is not None:
                self._read[k] = fresh[p]  # a file that could not be read is tried again next time
        return [
            fresh[p] if p in fresh or k is None else self._read[k] for p, k in zip(paths, keys, strict=True)
        ]


class ActionError(Exception):
    """A posted action that cannot be taken; the message is shown on the page."""


def default_decisions(out_dir: Path, record: RunRecord) -> Path:
    """The run's decisions file, else ``<folder name>.decisions.json`` beside the report folder."""
    if record.options.decisions:
        return Path(record.options.decisions)
    return out_dir.parent / f"{out_dir.name}.decisions.json"


def _clean(value: Any, what: str, *, limit: int) -> str:
    if not isinstance(value, str):
        raise ActionError(f"{what} must be text")
    text = value.strip()
    if len(text) > limit:
        raise ActionError(f"{what} is longer than {limit} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" for ch in text):
        raise ActionError(f"{what} holds control characters")
    return text


def _has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in text)


@dataclass
class ReviewSession:
    """The state of one review: the folder, its run record, the decisions file, the current result."""

    out_dir: Path
    record: RunRecord
    decisions: Path
    links: int
    rec: Reconciliation | None = None
    cache: ParseCache = field(default_factory=ParseCache)

    def rebuild(self) -> Reconciliation:
        """Run again with the decisions file (when it exists) and write the report folder."""
        from reports import FORMATS, RENDERERS
        from reports.csv_writer import excel_csv

        decisions = str(self.decisions) if self.decisions.exists() else None
        options = replace(self.record.options, decisions=decisions)
        rec = reconcile(list(self.record.inputs), options=options, parse=self.cache)
        formats = [f for f in self.record.formats if f in FORMATS] or list(FORMATS)
        files: dict[str, str] = {}
        for fmt in formats:
            files.update(RENDERERS[fmt](rec))
        if self.record.excel:
            files = {name: excel_csv(text) if name.endswith(".csv") else text for name, text in files.items()}
        files[RUN_FILE] = run_record_text(self.record.inputs, options, formats, excel=self.record.excel)
        write_folder(self.out_dir, files)
        self.rec = rec
        return rec

    def confirmed(self) -> frozenset[str]:
        if not self.decisions.exists():
            return frozenset()
        return frozenset(
            fp for fp, v in latest(load_verdicts(self.decisions)).items() if v.kind is VerdictKind.CONFIRMED
        )

    def row(self, payload: Mapping[str, Any]) -> dict[str, str]:
        """The decision row a posted action stands for, checked against the current result."""
        rec = self.rec
        assert rec is not None
        action = payload.get("action")
        lists = {m.key for m in rec.mentions if m.kind is Kind.LIST}
        if action in LINK_ACTIONS or action == "canonical":
            mention = _clean(payload.get("mention"), "mention", limit=MAX_NAME)
            if mention not in lists:
                raise ActionError(f"no list item {mention!r} in this report")
            if action == "canonical":
                name = _clean(payload.get("name"), "the canonical name", limit=MAX_NAME)
                if not name:
                    raise ActionError("the canonical name is empty")
                return {"kind": "canonical", "a": mention, ("name_zh" if _has_cjk(name) else "name_en"): name}
            other = _clean(payload.get("other"), "other", limit=MAX_NAME)
            if other not in lists or other == mention:
                raise ActionError(f"no other list item {other!r} to compare {mention} with")
            return {"kind": str(action), "a": mention, "b": other}
        if action in VerdictKind.__members__.values():
            fingerprint = _clean(payload.get("fingerprint"), "fingerprint", limit=10_000)
            known = {d.fingerprint for d in (*rec.discrepancies, *rec.suppressed)}
            if fingerprint not in known:
                raise ActionError("no finding with this fingerprint in this report")
            note = _clean(payload.get("note", ""), "the note", limit=MAX_NOTE)
            return {"kind": str(action), "fingerprint": fingerprint, "note": note}
        raise ActionError(f"unknown action {str(action)[:40]!r}")

    def decide(self, payload: Mapping[str, Any]) -> str:
        """Append the action's decision and run again; on a refused decision restore the file."""
        row = self.row(payload)
        before = read_text(self.decisions, keep_bom=True) if self.decisions.exists() else None
        append_decisions(self.decisions, [row])
        try:
            rec = self.rebuild()
        except CrosscheckError as exc:
            if before is None:
                self.decisions.unlink(missing_ok=True)
            else:
                write_file(self.decisions, before, what="decisions")
            raise ActionError("not saved: " + "; ".join(exc.problems)) from None
        return (
            f"Saved {row['kind']} to {self.decisions.name}; ran again: {len(rec.entities)} entities, "
            f"{sum(1 for d in rec.discrepancies if d.severity.rank >= 1)} findings, "
            f"{len(rec.suppressed)} suppressed."
        )

    def page(self) -> str:
        from reports.review_page import review_page

        assert self.rec is not None
        files = sorted(p.name for p in self.out_dir.iterdir() if p.is_file() and not p.name.startswith("."))
        return review_page(
            self.rec,
            decisions=str(self.decisions),
            confirmed=self.confirmed(),
            limit=self.links,
            report_files=[f for f in files if f != RUN_FILE],
        )


class _Jobs:
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


def _handler(session: ReviewSession, jobs: _Jobs, port: Callable[[], int]) -> type[BaseHTTPRequestHandler]:
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


def serve_review(out_dir: str, *, decisions: str | None, port: int, links: int) -> int:
    """Serve the review of ``out_dir`` until interrupted (Ctrl-C or SIGTERM); 0 when stopped."""
    out = Path(out_dir)
    if not is_report_folder(out):
        raise UsageError(f"{out}: not a crosscheck report folder (no {MARKER} in it)")
    record = load_run_record(out)
    session = ReviewSession(
        out, record, Path(decisions) if decisions else default_decisions(out, record), links
    )
    jobs = _Jobs()
    holder: dict[str, int] = {}
    server = bind(port, _handler(session, jobs, lambda: holder["port"]))
    holder["port"] = server.server_address[1]
    stop = threading.Event()
    thread = threading.Thread(target=server.serve_forever, name="crosscheck-review", daemon=True)
    try:
        with report_lock(out):
            session.rebuild()
            thread.start()
            print(
                f"crosscheck review: http://{HOST}:{holder['port']}/ (decisions: {session.decisions}); "
                "Ctrl-C stops",
                flush=True,
            )
            jobs.work(stop)
    except KeyboardInterrupt:
        print("crosscheck review: stopped", file=sys.stderr)
    finally:
        stop.set()
        if thread.is_alive():
            server.shutdown()
        server.server_close()
    return 0
