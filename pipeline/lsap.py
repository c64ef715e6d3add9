"""scipy's ``linear_sum_assignment`` without importing the rest of ``scipy.optimize``.

Importing ``scipy.optimize`` imports every solver of the package (linear programming, minimizers,
and with them ``scipy.linalg``, ``scipy.fft``, ``scipy.special``): about 0.2 s, a sixth of the
bundled example's whole run, for the one function crosscheck uses. That function is scipy's compiled
module ``scipy.optimize._lsap`` alone; it is loaded from scipy's folder on its own, and when it is
not there as one compiled module (another scipy release), ``scipy.optimize`` is imported as usual.
Either way the function is scipy's own (``tests/test_lsap.py`` holds them to the same answers).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["linear_sum_assignment"]

_MODULE = "scipy.optimize._lsap"

Solver = Callable[..., tuple[Any, Any]]


def _compiled_solver() -> Solver | None:
    """``scipy.optimize._lsap.linear_sum_assignment`` loaded from its file, or None."""
    if _MODULE in sys.modules:
        found: Solver = sys.modules[_MODULE].linear_sum_assignment
        return found
    spec = importlib.util.find_spec("scipy")  # finds the package without running its __init__
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "optimize"
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = folder / f"_lsap{suffix}"
        if path.is_file():
            loader = importlib.machinery.ExtensionFileLoader(_MODULE, str(path))
            module_spec = importlib.util.spec_from_file_location(_MODULE, path, loader=loader)
            if module_spec is None:
                return None
            module = importlib.util.module_from_spec(module_spec)
            loader.exec_module(module)
            solver: Solver | None = getattr(module, "linear_sum_assignment", None)
            return solver
    return None


@cache
def _solver() -> Solver:
    try:
        solver = _compiled_solver()
    except (ImportError, OSError):
        solver = None
    if solver is not None:
        return solver
    from scipy.optimize import linear_sum_assignment

    return linear_sum_assignment


def linear_sum_assignment(cost_matrix: Any, maximize: bool = False) -> tuple[Any, Any]:
    """``scipy.optimize.linear_sum_assignment``: (row indices, column indices) of an optimal
    assignment, rows in increasing order."""
    return _solver()(cost_matrix, maximize)
