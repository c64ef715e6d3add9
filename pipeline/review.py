"""``crosscheck review``: a report folder served on 127.0.0.1 with review controls, until interrupted.

Each action the page posts becomes a row of the decisions file and the report folder is written again
from a new run with it (``pipeline.review_session``); the page reloads on the new result. The HTTP server
(``pipeline.review_server``) answers from its own threads; runs happen one at a time on the main thread,
here (where the per-article time budget works).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from pipeline.errors import UsageError
from pipeline.output import MARKER, is_report_folder, report_lock
from pipeline.review_server import HOST, Jobs, bind, request_handler
from pipeline.review_session import ReviewSession, default_decisions
from pipeline.runrecord import load_run_record


def serve_review(out_dir: str, *, decisions: str | None, port: int, links: int) -> int:
    """Serve the review of ``out_dir`` until interrupted (Ctrl-C or SIGTERM); 0 when stopped."""
    out = Path(out_dir)
    if not is_report_folder(out):
        raise UsageError(f"{out}: not a crosscheck report folder (no {MARKER} in it)")
    record = load_run_record(out)
    session = ReviewSession(
        out, record, Path(decisions) if decisions else default_decisions(out, record), links
    )
    jobs = Jobs()
    holder: dict[str, int] = {}
    server = bind(port, request_handler(session, jobs, lambda: holder["port"]))
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
