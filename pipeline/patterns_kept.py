"""Compiled regular expressions kept between runs in the cache folder (``pipeline.cachefolder``).

The readers, cue words and matchers compile some 850 distinct patterns in a run of the bundled example,
most of them at import, and Python parses and compiles each from its text every time a process starts
(about a quarter of that run on a quiet machine). ``keep_patterns`` puts a table in front of the
compiler's one entry point (``re._compiler.compile``): a pattern compiled by an earlier run (the same
text, the same kind of string and the same flags) is made from the code that run's compiler produced, by
the same constructor (``_sre.compile``, which checks that code); any other pattern compiles as ever and
its code is added. ``save_patterns`` writes the table of the patterns this process used, when it met a
new one, as ``patterns-FINGERPRINT.marshal``: the fingerprint names the interpreter and its regular-
expression engine, so that another Python builds its own. A missing, damaged or unwritable table is
compiled again, never an error; the compiled patterns are the same either way.

Installed by the ``crosscheck`` command before the pipeline is imported (``cli.entry``); a Python
without that entry point (another version's compiler) is left as it is.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from pipeline.cachefolder import cache_folder, write_kept

__all__ = ["keep_patterns", "save_patterns"]

Key = tuple[bool, str | bytes, int]
# what ``_sre.compile`` takes besides the pattern: final flags, code, groups, group index, index group
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

MAX_PATTERNS = 20_000  # a table larger than this is not read (no run of the project uses 2,000)


class _Table:
    def __init__(self, path: Path | None, kept: dict[Key, Compiled]) -> None:
        self.path = path
        self.kept = kept
        self.used: dict[Key, Compiled] = {}
        self.new = 0


_TABLE: _Table | None = None


def _fingerprint() -> str:
    import _sre

    engine = (sys.implementation.cache_tag, sys.hexversion, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT)
    return hashlib.sha256(repr(engine).encode()).hexdigest()[:16]


def _table_path() -> Path | None:
    folder = cache_folder()
    return None if folder is None else folder / f"patterns-{_fingerprint()}.marshal"


def _load(path: Path | None) -> dict[Key, Compiled]:
    if path is None:
        return {}
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or len(data) > MAX_PATTERNS:
        return {}
    return data


def keep_patterns() -> bool:
    """Compile each pattern from the kept table when it is there (idempotent); whether it could be."""
    global _TABLE
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return False
    compile_ = getattr(_compiler, "compile", None)
    if compile_ is None or not hasattr(_sre, "compile") or not hasattr(_parser, "parse"):
        return False
    if getattr(compile_, "_kept", False):
        return True
    path = _table_path()
    table = _Table(path, _load(path))
    _TABLE = table

    def compile_kept(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, (str, bytes)) or not isinstance(flags, int):
            return compile_(p, flags)
        key: Key = (isinstance(p, bytes), p, flags)
        found = table.kept.get(key)
        if found is not None:
            try:
                pattern = _sre.compile(p, *found)
            except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged entry: compiled anew
                table.kept.pop(key, None)
            else:
                table.used[key] = found
                return pattern
        if flags & _compiler.SRE_FLAG_DEBUG:
            return compile_(p, flags)
        parsed = _parser.parse(p, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        parts: Compiled = (
            int(flags | parsed.state.flags),
            [int(op) for op in _compiler._code(parsed, flags)],  # plain ints: marshal keeps no subclass
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        pattern = _sre.compile(p, *parts)
        table.used[key] = parts
        table.new += 1
        return pattern

    compile_kept._kept = True  # type: ignore[attr-defined]
    compile_kept.__wrapped__ = compile_  # type: ignore[attr-defined]
    _compiler.compile = compile_kept
    return True


def save_patterns() -> None:
    """Write the patterns this process used for the next run, when one of them was not in the table."""
    table = _TABLE
    if table is None or table.path is None or not table.new or os.getpid() != _OWNER_PID:
        return
    try:
        data = marshal.dumps(table.used)
    except ValueError:
        return
    write_kept(table.path, data)
    table.new = 0


_OWNER_PID = os.getpid()
