"""The ``crosscheck`` command line: its commands and the process's set-up.

The arguments, their checks and the exit codes are in ``pipeline.cli_parser``; the ``run`` command is in
``pipeline.cli_run``, the others in ``pipeline.cli_commands``.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading
from collections.abc import Sequence

from pipeline.charsets import share_charsets
from pipeline.cli_commands import cmd_batch, cmd_check, cmd_diff, cmd_fetch, cmd_review, cmd_sources
from pipeline.cli_parser import EXIT_OK, EXIT_USAGE, build_parser
from pipeline.cli_run import cmd_run
from pipeline.errors import CrosscheckError
from pipeline.patterns_kept import keep_patterns, save_patterns

# The command's process builds many small records and loads large libraries (dictionaries of names, the
# CLDR) and nearly none of it is garbage with cycles: its collector's young generation runs every 100,000
# allocations instead of 700 (as mypy's does). See ``entry``.
GC_THRESHOLDS = (100_000, 50, 100)


COMMANDS = {
    "run": cmd_run,
    "fetch": cmd_fetch,
    "sources": cmd_sources,
    "diff": cmd_diff,
    "check": cmd_check,
    "review": cmd_review,
    "batch": cmd_batch,
}


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM ends a run as Ctrl-C does: staging files are removed, the old report stays."""
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in ("run", "check") and not (args.paths or args.manifest or args.offline):
        parser.error("the following arguments are required: PATH (or --manifest FILE, or --offline)")
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminated) if on_main_thread else None
    try:
        return _dispatch(args)
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, previous)


def _dispatch(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](args)
    except CrosscheckError as exc:
        for problem in exc.problems:
            print(f"crosscheck: error: {problem}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("crosscheck: interrupted; no report was written", file=sys.stderr)
        return 130
    except OSError as exc:  # the environment failed us (disk, permissions): one line, exit 2
        if isinstance(exc, BrokenPipeError):
            # the reader of our output went away (e.g. `crosscheck sources | head`): not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"crosscheck: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def one_blas_thread() -> None:
    """Ask OpenBLAS for one thread unless the environment says otherwise, before numpy is imported:
    numpy's and scipy's copies of it each start a thread per core when they load, and crosscheck does no
    BLAS work (its matrix products are sparse or boolean); a fifth of the bundled example's run."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def entry() -> None:
    """The ``crosscheck`` command: ``main`` in a process of its own, whose garbage collector runs seldom
    and is spared walking the whole heap again at exit (together a tenth of the bundled example's run;
    benchmarks/README.md "End to end"), with one BLAS thread (``one_blas_thread``), each character
    class of the patterns compiled once (``charsets.share_charsets``) and the patterns an earlier run
    compiled taken from the cache folder (``patterns_kept``)."""
    one_blas_thread()
    share_charsets()
    keep_patterns()
    gc.set_threshold(*GC_THRESHOLDS)
    code = main()
    save_patterns()
    gc.freeze()  # what is left is freed at exit; the interpreter's last collections need not walk it
    sys.exit(code)


if __name__ == "__main__":
    entry()
