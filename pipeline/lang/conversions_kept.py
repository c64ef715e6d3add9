"""OpenCC conversions of short strings kept between runs in the cache folder (``pipeline.cachefolder``).

An OpenCC converter loads its dictionaries when it is made: Simplified to Traditional (``s2t``, whose
phrase dictionary is the largest) takes about 0.4 CPU seconds, a fifth of the command on a small story,
for a few hundred cue words spelled in both scripts at import and the names of the story. ``converter``
gives a converter that answers a string of at most ``MAX_KEPT_CHARS`` characters from the kept table
when an earlier run converted it, and loads OpenCC's own converter (once) for anything else: a run whose
strings were all converted before never loads that dictionary. The table is named after what its answers
depend on (OpenCC's version and its dictionary and configuration files by size and time), so another
OpenCC builds its own; it is written again at the process's exit when the run converted a string it
lacked (a forked worker leaves without writing). Missing, damaged or foreign files are read as empty, a
folder that cannot be written is no error, and every answer is the one OpenCC gives.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from pipeline.cachefolder import kept_file, package_dir, read_kept, write_kept

__all__ = ["MAX_KEPT", "MAX_KEPT_CHARS", "KeptConverter", "converter"]

MAX_KEPT_CHARS = 32  # longer strings (article text) are converted by OpenCC and not kept
MAX_KEPT = 100_000  # conversions in the file at most: past it, only those the last run added

_kept: dict[str, dict[str, str]] | None = None  # config -> string -> converted, read on first use
_added: dict[str, dict[str, str]] = {}  # config -> the conversions this process added to the table
_owner = os.getpid()


def _fingerprint() -> str:
    import opencc

    digest = hashlib.sha256(f"{getattr(opencc, '__version__', '')} {MAX_KEPT_CHARS}".encode())
    folder = package_dir("opencc")
    data = folder / "clib" / "share" / "opencc" if folder is not None else None
    try:
        files = sorted(data.iterdir()) if data is not None else []
    except OSError:
        files = []
    for path in files:
        try:
            found = path.stat()
        except OSError:
            continue
        digest.update(f"{path.name} {found.st_size} {found.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def _file() -> Path | None:
    return kept_file("opencc", _fingerprint)


def _read(path: Path | None) -> dict[str, dict[str, str]]:
    """The kept tables whose every conversion is a string (a JSON object's keys are strings); the types
    asked of the values all at once, not of each pair (a table near ``MAX_KEPT`` is read at each start)."""
    tables = read_kept(path, "conversions") or {}
    return {
        config: table
        for config, table in tables.items()
        if isinstance(table, dict) and set(map(type, table.values())) <= {str}
    }


def _tables() -> dict[str, dict[str, str]]:
    global _kept
    if _kept is None:
        try:
            _kept = _read(_file())
        except ImportError:
            _kept = {}
    return _kept


class KeptConverter:
    """OpenCC's converter for ``config``, made when a string the table lacks is first converted."""

    def __init__(self, config: str, table: dict[str, str], real: Any = None) -> None:
        self.config = config
        self._table = table
        self._real = real

    def convert(self, text: str) -> str:
        if len(text) <= MAX_KEPT_CHARS and (found := self._table.get(text)) is not None:
            return found
        if self._real is None:
            import opencc

            self._real = opencc.OpenCC(self.config)
        out: str = self._real.convert(text)
        if len(text) <= MAX_KEPT_CHARS:
            if not _added:
                atexit.register(_write)
            self._table[text] = out
            _added.setdefault(self.config, {})[text] = out
        return out


def converter(config: str) -> KeptConverter:
    """A converter for ``config`` (``t2s``, ``s2t`` ...); OpenCC's is made now unless the table holds
    conversions of that config (an earlier run made it), so an unknown config fails here as OpenCC's does."""
    table = _tables().setdefault(config, {})
    if table:
        return KeptConverter(config, table)
    import opencc

    return KeptConverter(config, table, opencc.OpenCC(config))


def _write() -> None:
    if not _added or os.getpid() != _owner:
        return
    path = _file()
    if path is None:
        return
    tables = _read(path)  # what another run kept meanwhile, with this one's
    for config, table in _tables().items():
        tables.setdefault(config, {}).update(table)
    if sum(len(t) for t in tables.values()) > MAX_KEPT:
        tables = _added
    write_kept(path, json.dumps({"conversions": tables}, sort_keys=True))
    _added.clear()
