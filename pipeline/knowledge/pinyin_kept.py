"""Pinyin keys kept between runs in the cache folder (``pipeline.cachefolder``).

pypinyin loads its character and phrase dictionaries and builds its segmenter when it is imported,
0.15 to 0.2 CPU seconds, a sixth of the command on a small story, for the few dozen short names
(``張三``, ``甲衛組織``) that a story compares by sound. The keys a run asks for are kept in a file named
after what they depend on (the code of ``pipeline.knowledge.phonetic`` and of this module, and
pypinyin's dictionary files by size and time), so that a later run asking for the same names never
imports pypinyin. A name the file lacks is read by pypinyin as before, and the file is written again at
the process's exit with it (a forked worker leaves without writing). Missing, damaged or foreign files
are read as empty; a folder that cannot be written is no error.
"""

from __future__ import annotations

import atexit
import hashlib
import json
from pathlib import Path

from pipeline.cachefolder import kept_file, package_dir, read_kept, write_kept

__all__ = ["MAX_KEPT", "keep", "kept_key"]

MAX_KEPT = 20_000  # keys in the file at most: past it, only those pypinyin read in the last run
_DICTIONARIES = ("pinyin_dict.json", "phrases_dict.json")

_kept: dict[str, str] | None = None  # the file's keys, read on the first question
_new: dict[str, str] = {}  # keys read by pypinyin in this process, not in the file


def _code_files() -> list[Path]:
    """The project's code a key is read by (``phonetic.pinyin_key``) and kept by (this module)."""
    from pipeline.knowledge import phonetic

    return [Path(__file__), Path(phonetic.__file__)]


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in _code_files():
        digest.update(path.read_bytes())
    folder = package_dir("pypinyin")
    for name in _DICTIONARIES:
        try:
            found = (folder / name).stat() if folder is not None else None
        except OSError:
            found = None
        digest.update(f"{name} {found.st_size} {found.st_mtime_ns}".encode() if found else b"missing")
    return digest.hexdigest()[:24]


def _file() -> Path | None:
    return kept_file("pinyin", _fingerprint)


def _read(path: Path | None) -> dict[str, str]:
    keys = read_kept(path, "keys")
    if keys is None or not all(isinstance(v, str) for v in keys.values()):
        return {}
    return keys


def kept_key(name: str) -> str | None:
    """The key an earlier run kept for ``name``, or None."""
    global _kept
    if _kept is None:
        _kept = _read(_file())
    return _kept.get(name)


def keep(name: str, key: str) -> None:
    """Remember a key pypinyin read, for the file written at exit."""
    if not _new:
        atexit.register(_write)
    _new[name] = key


def _write() -> None:
    path = _file()
    if path is None or not _new:
        return
    keys = {**_read(path), **_new}  # what another run kept meanwhile, with this one's
    if len(keys) > MAX_KEPT:
        keys = dict(list(_new.items())[:MAX_KEPT])
    write_kept(path, json.dumps({"keys": keys}, ensure_ascii=False, sort_keys=True))
    _new.clear()
