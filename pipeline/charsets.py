"""Character classes compiled once per process, however many patterns spell them.

Python's regular-expression compiler turns each character class into a map of the code points it holds
(``re._compiler._optimize_charset``), walking every code point of each range in a Python loop: a class of
CJK ranges (the Han block, some 20,000 code points) takes 1 to 3 ms, and the readers and cue words spell
the same few classes in hundreds of patterns compiled at import (of 5,000 classes compiled in a run of
the bundled example, 850 are distinct; compiling the patterns takes about a sixth of that run).
``share_charsets`` puts a cache in front of that one function: a class seen before (the
same items, case folding and fixes) gets the map already made. Its result depends on nothing else, so
every compiled pattern is the same as without it.

The cache is installed by the ``crosscheck`` command before the pipeline is imported (``cli.entry``); a
Python without that function (another version's compiler) is left as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

MAX_CLASSES = 4096  # distinct classes kept: the project's patterns spell about 900


def share_charsets() -> bool:
    """Cache ``re``'s character-class compilation for this process; whether it could be (idempotent)."""
    try:
        from re import _compiler  # type: ignore[attr-defined]
    except ImportError:
        return False
    optimize = getattr(_compiler, "_optimize_charset", None)
    if optimize is None:
        return False
    if getattr(optimize, "_shared", False):
        return True
    _compiler._optimize_charset = _shared(optimize)
    return True


def _shared(optimize: Callable[..., tuple[list[Any], bool]]) -> Callable[..., tuple[list[Any], bool]]:
    """``optimize`` with its answers kept by class; each caller gets a list of its own. Only the
    compiler's own table of case fixes (or none) is cached over: another table compiles as ever."""
    from re import _compiler  # type: ignore[attr-defined]

    own_fixes = getattr(_compiler, "_ignorecase_fixes", None)

    @functools.lru_cache(maxsize=MAX_CLASSES)
    def cached(key: tuple[Any, ...], iscased: Any, fixup: Any, fixed: bool) -> tuple[tuple[Any, ...], bool]:
        out, hascased = optimize(list(key), iscased, fixup, own_fixes if fixed else None)
        return tuple(out), hascased

    def optimize_charset(
        charset: list[Any], iscased: Any = None, fixup: Any = None, fixes: Any = None
    ) -> tuple[list[Any], bool]:
        if fixes is not None and fixes is not own_fixes:
            return optimize(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            hash(key)
        except TypeError:  # an item that cannot be a key: compiled as ever
            return optimize(charset, iscased, fixup, fixes)
        out, hascased = cached(key, iscased, fixup, fixes is not None)
        return list(out), hascased

    optimize_charset._shared = True  # type: ignore[attr-defined]
    optimize_charset.__wrapped__ = optimize  # type: ignore[attr-defined]
    return optimize_charset
