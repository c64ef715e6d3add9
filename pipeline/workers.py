"""Reading articles in worker processes, each within a time budget.

Each article is read, parsed and scanned for prose names by ``parse_one``, which stops at the
article's time budget (``SIGALRM`` in the worker) and turns any failure into an error ``Problem``:
one article never ends the run. ``parse_all`` runs ``parse_one`` on all cores (a forked
``multiprocessing`` pool); results come back in input order, so the output does not depend on the
number of workers. A worker that dies or hangs in native code is reported when its article is
overdue (its budget, plus a grace, per round of workers) and the pool is terminated at the end. A
small story is read in this process unless more workers are asked for: starting the pool and warming
each worker's caches costs more than reading a few articles.
"""

from __future__ import annotations

import dataclasses
import math
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from types import FrameType
from typing import Any

from pipeline.limits import DEFAULT_ARTICLE_SECONDS
from pipeline.models import Article, Attribute, Heading, Kind, Mention, ParseResult, Problem, Severity, Value
from sources import prose, registry

GRACE_SECONDS = 15.0
MAX_WORKERS = 8
# Fewer articles than this are read in this process by default: starting two forked workers costs about
# 0.2 s (each warms its own caches) and an article about 15 ms, so a pool pays off from ~25 articles on
# 2 cores and ~16 on 8 (benchmarks/reading.py on the bundled example and copies of it, 2026-12-02).
POOL_FROM_ARTICLES = 16

Progress = Callable[[Iterable[Path]], Iterable[Path]]


@dataclass(frozen=True, slots=True)
class Parsed:
    """One article's parse and its prose candidates (list items excluded)."""

    result: ParseResult
    prose: tuple[prose.ProseCandidate, ...] = ()


def _by_fields(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    """Pickle a record as its class called with its field values: a worker's result is rebuilt by the
    records' own ``__init__`` (the same records), at about half the cost of restoring slots one by one."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    if not all(f.init for f in dataclasses.fields(cls)):
        raise TypeError(f"{cls.__name__} has fields its __init__ does not take")
    return lambda record: (cls, tuple([getattr(record, name) for name in names]))


# what a worker sends back, many records per article (``ForkingPickler`` pickles the pool's results)
for _record in (
    Parsed,
    ParseResult,
    Article,
    Mention,
    Heading,
    Problem,
    Value,
    Attribute,
    prose.ProseCandidate,
):
    ForkingPickler.register(_record, _by_fields(_record))


class _OverBudget(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _OverBudget


def failed(path: Path, code: str, message: str) -> Parsed:
    where = str(path)
    problem = Problem(article=where, code=code, severity=Severity.ERROR, message=f"{where}: {message}")
    return Parsed(ParseResult(article=None, problems=(problem,)))


def _parse(path: Path, max_bytes: int, known: frozenset[str]) -> Parsed:
    result = registry.parse_path(path, max_bytes=max_bytes, known=known)
    if result.article is None:
        return Parsed(result)
    spans = tuple(sorted((m.start, m.end) for m in result.mentions if m.kind is Kind.LIST))
    return Parsed(result, prose.prose_candidates(result.article, exclude=spans))


def parse_one(path: Path, *, max_bytes: int, seconds: float, known: frozenset[str] = frozenset()) -> Parsed:
    """Parse one article within ``seconds`` (0: no limit); never raises for bad input. ``known``: the names
    the run's other articles list (``sources.base.Document.known``)."""
    timed = seconds > 0 and threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGALRM, _on_alarm) if timed else None
    if timed:
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return _parse(path, max_bytes, known)
    except _OverBudget:
        return failed(
            path, "time-budget", f"not read within {seconds:g} s (the per-article time budget); skipped"
        )
    except (Exception, RecursionError, MemoryError) as exc:  # noqa: BLE001 - one article never ends the run
        return failed(
            path, "parse-failed", f"could not be read ({exc.__class__.__name__}: {str(exc)[:160]}); skipped"
        )
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _worker_signals() -> None:
    """Workers leave interruption to the parent, which terminates them (SIGTERM: their default)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def worker_count(requested: int, articles: int, *, timed_here: bool = True) -> int:
    """Workers to use: ``requested`` (0: one per core, at most ``MAX_WORKERS``, and none beside this
    process for fewer than ``POOL_FROM_ARTICLES`` articles when it can keep each to its time budget:
    ``timed_here``), never more than articles."""
    if not requested and articles < POOL_FROM_ARTICLES and timed_here:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(requested or min(cores, MAX_WORKERS), articles))


def parse_all(
    paths: Sequence[Path],
    *,
    max_bytes: int,
    seconds: float = DEFAULT_ARTICLE_SECONDS,
    workers: int = 0,
    progress: Progress | None = None,
    known: frozenset[str] = frozenset(),
) -> list[Parsed]:
    """``parse_one`` for every path, in input order, on ``workers`` processes."""
    wrap: Progress = progress or (lambda items: items)
    # the alarm that ends an article over its budget rings on the main thread only (else: in a worker)
    timed_here = seconds <= 0 or threading.current_thread() is threading.main_thread()
    count = worker_count(workers, len(paths), timed_here=timed_here)
    if count == 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [parse_one(p, max_bytes=max_bytes, seconds=seconds, known=known) for p in wrap(paths)]
    pool = multiprocessing.get_context("fork").Pool(processes=count, initializer=_worker_signals)
    try:
        jobs = {
            p: pool.apply_async(
                _parse_pickled, (p,), {"max_bytes": max_bytes, "seconds": seconds, "known": known}
            )
            for p in paths
        }
        started = time.monotonic()
        results = []
        for index, path in enumerate(wrap(paths)):
            results.append(_collect(jobs[path], path, started, index, count, seconds))
        return results
    finally:
        pool.terminate()
        pool.join()


def _parse_pickled(path: Path, *, max_bytes: int, seconds: float, known: frozenset[str]) -> bytes:
    """``parse_one`` in a worker, its result pickled there: the pool's result thread passes bytes on, and
    the records are rebuilt by ``_collect`` (a large result waiting in the pool's result pipe keeps the
    pool's worker-handler thread spinning until it is read)."""
    return bytes(ForkingPickler.dumps(parse_one(path, max_bytes=max_bytes, seconds=seconds, known=known)))


def _collect(
    job: multiprocessing.pool.AsyncResult[bytes],
    path: Path,
    started: float,
    index: int,
    workers: int,
    seconds: float,
) -> Parsed:
    """The job's result, or a problem once the article is overdue (its worker hung or died)."""
    rounds = math.ceil((index + 1) / workers)
    deadline = started + rounds * (seconds + GRACE_SECONDS)
    try:
        result: Parsed = pickle.loads(
            job.get() if seconds <= 0 else job.get(timeout=max(0.0, deadline - time.monotonic()))
        )
        return result
    except multiprocessing.TimeoutError:
        return failed(
            path,
            "time-budget",
            f"its worker did not finish within {seconds:g} s (the per-article time budget); skipped",
        )
    except Exception as exc:  # noqa: BLE001 - a worker that could not send its result back
        return failed(path, "parse-failed", f"could not be read ({exc.__class__.__name__}); skipped")
