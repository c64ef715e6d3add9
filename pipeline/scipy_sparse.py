"""``scipy.sparse``, imported without loading the numpy submodules crosscheck never uses.

On import, scipy's array-API layer (``scipy._lib.array_api_compat.numpy``) copies numpy's namespace with
``from numpy import *`` and a walk over ``dir(numpy)``, and both name numpy's lazily loaded submodules
(``testing``, ``f2py``, ``ma``, ``random``, ``polynomial``, ``char``, ``rec`` ...): the copy imports
them all, about a tenth of a second of a small run's start, for matrices of a few hundred mentions.
``import_sparse`` imports ``scipy.sparse`` while numpy's ``__all__`` and ``__dir__`` leave out the
submodules not yet loaded, restores both at once, and gives the copy a module ``__getattr__`` that
hands each left-out name over from numpy when it is first asked for (numpy then imports it, as it would
have), so the copy answers every name it answered before. When scipy was imported already, or numpy
has no such lazy names, it is a plain import.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

__all__ = ["import_sparse", "sparse"]

COMPAT_MODULE = "scipy._lib.array_api_compat.numpy"


def _lazy_submodules(numpy: ModuleType) -> frozenset[str]:
    """The names numpy lists (``__all__``, ``dir``) that it would import only when first asked for."""
    listed = set(getattr(numpy, "__all__", ())) | set(dir(numpy))
    return frozenset(n for n in listed if n not in vars(numpy) and f"numpy.{n}" not in sys.modules)


def _hand_over(compat: ModuleType, numpy: ModuleType, names: frozenset[str]) -> None:
    """Let the copy answer ``names`` from numpy on first use, and list them as it would have."""
    if not names or "__getattr__" in vars(compat):
        return

    def __getattr__(name: str) -> Any:
        if name in names:
            value = getattr(numpy, name)
            setattr(compat, name, value)
            return value
        raise AttributeError(f"module {compat.__name__!r} has no attribute {name!r}")

    compat.__getattr__ = __getattr__  # type: ignore[method-assign]
    listed = getattr(compat, "__all__", None)
    if isinstance(listed, list):
        vars(compat)["__all__"] = sorted(set(listed) | names)


def import_sparse() -> ModuleType:
    """``scipy.sparse`` (see the module docstring)."""
    if "scipy.sparse" in sys.modules or COMPAT_MODULE in sys.modules:
        return importlib.import_module("scipy.sparse")
    import numpy

    names = _lazy_submodules(numpy)
    saved: dict[str, Any] = {k: vars(numpy)[k] for k in ("__all__", "__dir__") if k in vars(numpy)}
    if not names or len(saved) < 2:
        return importlib.import_module("scipy.sparse")
    full_dir = saved["__dir__"]
    try:
        numpy.__all__ = [n for n in saved["__all__"] if n not in names]
        numpy.__dir__ = lambda: [n for n in full_dir() if n not in names]  # type: ignore[method-assign]
        module = importlib.import_module("scipy.sparse")
    finally:
        vars(numpy).update(saved)
    compat = sys.modules.get(COMPAT_MODULE)
    if compat is not None:
        _hand_over(compat, numpy, names)
    return module


import_sparse()

from scipy import sparse  # noqa: E402  (loaded by the line above; named here for the matching stages)
