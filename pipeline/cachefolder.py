"""The folder where crosscheck keeps between runs what it builds from its libraries' data and its own code.

``$CROSSCHECK_CACHE`` (``CACHE_ENV``; "" or "off": nothing is kept), else ``$XDG_CACHE_HOME/crosscheck`` or
``~/.cache/crosscheck``. Each thing kept there is named after what it was built from, so that another
version of the code or of a library builds its own; anything missing, damaged or unwritable there is
built again, never an error.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["CACHE_ENV", "cache_folder", "kept_file", "package_dir", "read_kept", "write_kept"]

CACHE_ENV = "CROSSCHECK_CACHE"


def cache_folder() -> Path | None:
    """The cache folder (not created here), or None when the environment asks for none."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None and configured.strip() in ("", "off"):
        return None
    if configured:
        return Path(configured)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except RuntimeError:  # no home folder to be found
        return None
    return Path(base) / "crosscheck"


def kept_file(kind: str, fingerprint: Callable[[], str]) -> Path | None:
    """``KIND-FINGERPRINT.json`` in the cache folder, or None when there is none or what names it cannot
    be read (``fingerprint``: a digest of what the kept thing is built from)."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        return folder / f"{kind}-{fingerprint()}.json"
    except OSError:
        return None


def package_dir(name: str) -> Path | None:
    """A package's folder, found without importing it (what is kept is named after its data files)."""
    spec = importlib.util.find_spec(name)
    places = list(spec.submodule_search_locations or ()) if spec is not None else []
    return Path(places[0]) if places else None


def read_kept(path: Path | None, section: str) -> dict[str, Any] | None:
    """The table ``section`` of the kept JSON file ``path``, or None when there is none, it cannot be read
    or it is no table (then what it keeps is built again)."""
    if path is None:
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    table = raw.get(section) if isinstance(raw, dict) else None
    return table if isinstance(table, dict) else None


def write_kept(path: Path, data: str | bytes) -> None:
    """Keep ``data`` in ``path`` for the next run (written whole, then renamed, so that a reader never sees
    half a file); a folder that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except OSError:
        return
