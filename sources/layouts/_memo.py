"""What a layout reads from a document, read once for both of its questions.

``parse_document`` asks every layout ``detect`` and then ``extract`` on the chosen ones; both read the
document the same way (its body lines, its HTML tables and lists). ``per_document`` keeps a reading
for the last document it was given (by identity: a ``Document`` is frozen), so the second question
costs nothing, and several layouts share the lines they all split. Readings are read, never changed
(but for a lookup filled as it is asked, such as the grids of a page's tables).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from sources.base import Document

_R = TypeVar("_R")
_last: tuple[Document | None, dict[str, object]] = (None, {})


def per_document(fn: Callable[[Document], _R]) -> Callable[[Document], _R]:
    """``fn(doc)`` computed once for the last document given."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def reading(doc: Document) -> _R:
        global _last
        held, readings = _last
        if held is not doc:
            readings = {}
            _last = (doc, readings)
        if name not in readings:
            readings[name] = fn(doc)
        return readings[name]  # type: ignore[return-value]

    return reading
