"""The folder where crosscheck keeps between runs what it builds from its libraries' data and its own code.

``$CROSSCHECK_CACHE`` (``CACHE_ENV``; "" or "off": nothing is kept), else ``$XDG_CACHE_HOME/crosscheck`` or
``~/.cache/crosscheck``. Each thing kept there is named after what it was built from, so that another
version of the code or of a library builds its own; anything missing, damaged or unwritable there is
built again, never an error.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_ENV", "cache_folder"]

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
