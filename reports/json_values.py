"""Plain JSON values: finite floats rounded to six places (``None`` for NaN and infinities), enums by
value, option values of any type as JSON data."""

from __future__ import annotations

import json
import math
from enum import Enum
from typing import Any


def _enum(value: Enum | None) -> str | None:
    return None if value is None else str(value.value)


def json_float(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), 6)


def jsonable(value: object) -> Any:
    """Plain JSON data from an option value: enums by value, paths and unknown objects as text."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return json_float(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return str(value)
