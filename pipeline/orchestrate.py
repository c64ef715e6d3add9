"""Work of a run done beside it: a forked process computes what needs only the articles read while this
one matches them, on the core that would otherwise wait.

``Beside(fn)`` forks at once; the child calls ``fn``, pickles its value into a pipe and leaves without
running any clean-up of the parent's (``os._exit``); ``result()`` reads the value back. The child sees
the parent's memory as it was at the fork (copied on write), so nothing is pickled on the way there,
and with the cycle collector off (``collector.paused``) it does not walk, and so copy, the parent's heap.
The answer does not depend on where ``fn`` ran: when no child can be forked (no ``fork``, other threads
running, which a fork would not copy), or the child fails, ``result()`` calls ``fn`` here instead.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

_T = TypeVar("_T")
# Articles of fewer characters than this together are read beside nothing: forking and pickling the
# answer back cost some milliseconds, the claims of 200,000 characters about a tenth of a second (a
# thousand generated articles of 66 items: 1.7 million characters, one second)
BESIDE_FROM_CHARS = 200_000


def worth_forking(chars: int, workers: int) -> bool:
    """Whether a run reading articles of ``chars`` characters should work beside itself: enough text, more
    than one core, and more than one process allowed (``workers``, as for reading: 0 is one per core)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return chars >= BESIDE_FROM_CHARS and cores > 1 and workers != 1


def can_fork() -> bool:
    """Whether a child can be forked safely: the start method exists and no other thread runs (a fork
    copies the calling thread alone, with whatever locks the others hold)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


class Beside(Generic[_T]):
    """``fn()`` computed in a forked child from now on (or here, later, when ``fork`` is False or not
    possible); ``result()`` is its value."""

    def __init__(self, fn: Callable[[], _T], *, fork: bool = True) -> None:
        self._fn = fn
        self._pid: int | None = None
        self._read: int | None = None
        if fork and can_fork():
            self._start()

    def _start(self) -> None:
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: compute, send, leave
            os.close(read)
            code = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent is interrupted, and ends it
                data = pickle.dumps(self._fn(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
            except BaseException:  # noqa: BLE001 - the parent computes it again and reports what fails
                code = 1
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read = pid, read

    def __enter__(self) -> Beside[_T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def result(self) -> _T:
        """The value of ``fn()``: the child's, or computed here when there is none or it failed."""
        if self._read is None or self._pid is None:
            return self._fn()
        read, pid = self._read, self._pid
        self._read = self._pid = None
        with os.fdopen(read, "rb") as source:
            data = source.read()
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or not data:
            return self._fn()
        value: _T = pickle.loads(data)
        return value

    def close(self) -> None:
        """End the child when its value is no longer wanted (an error in the run)."""
        if self._pid is None or self._read is None:
            return
        read, pid = self._read, self._pid
        self._read = self._pid = None
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.close(read)
        os.waitpid(pid, 0)
