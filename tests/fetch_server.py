"""A web server on 127.0.0.1 for the fetch tests: the example stories as pages, and every way a page can fail.

Routes (``STORY`` is a folder of ``examples/``, ``FILE`` one of its articles):

- ``/pages/STORY/FILE``: the article as it is, ``text/html`` or ``text/plain``, charset UTF-8;
- ``/moved/STORY/FILE``: a 301 redirect to ``/pages/STORY/FILE``;
- ``/flaky/STORY/FILE``: 500 on the first request, the page on the next ones;
- ``/wrong-charset/STORY/FILE``: the page (UTF-8 bytes) declared as ``charset=iso-8859-1``;
- ``/bare/STORY/FILE``: an HTML page without its ``og:site_name`` meta tag;
- ``/missing``: 404; ``/broken``: 500 every time; ``/slow``: answers after ``SLOW_SECONDS``;
- ``/loop/a`` and ``/loop/b``: redirect to each other;
- ``/huge``: a body of ``HUGE_BYTES`` with its Content-Length; ``/huge-unannounced``: the same without;
- ``/report.pdf``: a PDF; ``/empty``: an HTML page of blanks (fetched, then unreadable).

``hits`` counts the requests per path, so a test can tell a retry from none.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SLOW_SECONDS = 1.5
HUGE_BYTES = 300_000


@dataclass
class Site:
    base: str
    hits: Counter[str] = field(default_factory=Counter)

    def page(self, story: str, name: str, route: str = "pages") -> str:
        return f"{self.base}/{route}/{story}/{name}"


def _example(path: str) -> Path | None:
    parts = path.strip("/").split("/")
    if len(parts) != 3:
        return None
    file = EXAMPLES / parts[1] / parts[2]
    return file if file.is_file() and file.parent.parent == EXAMPLES else None


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            return

        def _send(self, status: int, body: bytes, ctype: str, *, length: bool = True, **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if length:
                self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout or a size limit): what the test wants

        def _redirect(self, status: int, location: str) -> None:
            self._send(status, b"", "text/html", Location=location)

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site.hits[self.path] += 1
            route = self.path.strip("/").split("/", 1)[0]
            fixed = {
                "missing": lambda: self._send(404, b"not here", "text/plain"),
                "broken": lambda: self._send(500, b"down", "text/plain"),
                "slow": self._slow,
                "loop": lambda: self._redirect(302, "/loop/b" if self.path.endswith("/a") else "/loop/a"),
                "huge": lambda: self._send(200, b"<p>x</p>" * (HUGE_BYTES // 8), "text/html"),
                "huge-unannounced": lambda: self._send(
                    200, b"<p>x</p>" * (HUGE_BYTES // 8), "text/html", length=False
                ),
                "report.pdf": lambda: self._send(200, b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n", "application/pdf"),
                "empty": lambda: self._send(200, b"  \n", "text/html; charset=utf-8"),
            }
            if route in fixed:
                fixed[route]()
                return
            self._article(route)

        def _slow(self) -> None:
            time.sleep(SLOW_SECONDS)
            self._send(200, b"<html><body><p>late</p></body></html>", "text/html")

        def _article(self, route: str) -> None:
            file = _example(self.path)
            if file is None:
                self._send(404, b"no such page", "text/plain")
                return
            if route == "moved":
                self._redirect(301, "/pages/" + self.path.split("/", 2)[2])
                return
            if route == "flaky" and site.hits[self.path] == 1:
                self._send(500, b"try again", "text/plain")
                return
            body = file.read_bytes()
            media = "text/html" if file.suffix == ".html" else "text/plain"
            charset = "iso-8859-1" if route == "wrong-charset" else "utf-8"
            if route == "bare":
                body = b"\n".join(line for line in body.split(b"\n") if b"og:site_name" not in line)
            self._send(200, body, f"{media}; charset={charset}")

    return Handler


@contextmanager
def serve() -> Iterator[Site]:
    """The site on a free port of 127.0.0.1, for the duration of the block."""
    site = Site(base="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
