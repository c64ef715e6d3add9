"""Helpers of the probe stories' tests (``tests/fixtures/<story>/``, reconciled by consensus)."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from pipeline.models import Reconciliation
from pipeline.run import reconcile

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@cache
def story(folder: str) -> Reconciliation:
    """The story of ``tests/fixtures/<folder>`` reconciled by consensus (once per test run)."""
    return reconcile([str(FIXTURES / folder)])


def listed(result: Reconciliation) -> Counter[str]:
    """Article -> how many list items were read in it."""
    return Counter(m.article for m in result.mentions if m.kind == "list")


def outlets_of(result: Reconciliation, name: str) -> set[str]:
    """The outlets that list the entity one of whose mentions is printed ``name`` (in Chinese or English)."""
    keys = {m.key for m in result.mentions if name in (m.name_zh, m.name_en)}
    (entity,) = [e for e in result.entities if keys & set(e.mentions)]
    return {k.split("#")[0] for k in entity.mentions}
