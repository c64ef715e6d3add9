"""What every planted change of ``benchmarks/planted_errors.py`` starts from: the example stories, the
expected file of each article (where its items are, read from the article) and the ``Change`` a planter
returns."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "expected" / "stories"
EXAMPLES = ROOT / "examples"


@dataclass(frozen=True, slots=True)
class Change:
    kind: str
    what: str  # in words, for --details
    text: str | None  # the article's new source, None when the change could not be located


def story_docs(story: str) -> list[dict[str, Any]]:
    return [
        json.loads(p.read_text("utf-8"))
        for p in sorted(EXPECTED.joinpath(story).glob("*.json"))
        if p.name != "planted.json"
    ]


def positions(source: str, items: list[dict[str, Any]]) -> list[int]:
    """Where each item's name is printed, read in the list's order (-1 where it is not found)."""
    out, at = [], 0
    for item in items:
        k = source.find(item["name"], at)
        k = source.find(item["name"]) if k < 0 else k
        out.append(k)
        at = k + len(item["name"]) if k >= 0 else at
    return out
