"""The ``swap`` and ``share`` changes of ``benchmarks/planted_errors.py``: two items' values printed in
each other's place, and a percentage of the list printed 3 points higher."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.planted_changes import Change, positions  # noqa: E402
from pipeline.models import Reconciliation  # noqa: E402

_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)(\s*(?:%|％|\s?per\s?cent|\s?percent))")


def _value_at(source: str, at: int, raw: str) -> int:
    k = source.find(raw, at)
    return k if 0 <= k - at <= 200 else -1


def swap(doc: dict[str, Any], source: str) -> Change | None:
    items = doc["items"]
    if sum(1 for i in items if i.get("values")) < 3:
        return None
    where = positions(source, items)
    order = list(range(len(items) // 2, len(items))) + list(range(len(items) // 2))
    for a in order:
        if not items[a].get("values") or where[a] < 0:
            continue
        va = items[a]["values"][0]
        for b in order[order.index(a) + 1 :]:
            vb = next((v for v in items[b].get("values", []) if v.get("column") == va.get("column")), None)
            if vb is None or vb["number"] == va["number"] or where[b] < 0:
                continue
            ka, kb = _value_at(source, where[a], va["raw"]), _value_at(source, where[b], vb["raw"])
            if ka < 0 or kb < 0 or abs(ka - kb) < max(len(va["raw"]), len(vb["raw"])):
                return Change("swap", items[a]["name"], None)
            edits = sorted([(ka, va["raw"], vb["raw"]), (kb, vb["raw"], va["raw"])], reverse=True)
            new = source
            for k, old, repl in edits:
                new = new[:k] + repl + new[k + len(old) :]
            return Change("swap", f"{items[a]['name']} {va['raw']} <-> {items[b]['name']} {vb['raw']}", new)
        return None
    return None


def shares(rec: Reconciliation, article: str, source: str) -> Iterator[Change]:
    """Each percentage the unchanged run reads as a share of the article's list, 3 points higher."""
    for c in rec.claims:
        if c.article != article or c.unit != "percent":
            continue
        m = next((m for m in _PERCENT_RE.finditer(c.quote) if float(m.group(1)) == c.stated), None)
        if m is None or c.quote not in source:
            yield Change("share", c.quote, None)
            continue
        raw = m.group(1)
        higher = f"{float(raw) + 3:.{len(raw.split('.')[1]) if '.' in raw else 0}f}"
        quote = c.quote[: m.start(1)] + higher + c.quote[m.end(1) :]
        yield Change("share", f"{c.quote} -> {higher}", source.replace(c.quote, quote, 1))
