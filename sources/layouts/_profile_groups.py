"""The group a run of profiles prints on a labelled line of each (``Prize: Physics`` under ``Jane Roe``,
``Prize: Physics`` under ``John Doe``, ``Prize: Peace`` under ``Karl Carp``): the same label on every
profile, a value several profiles in a row share, is what the list is parted by, each profile's group, not
an attribute of the person. Only the shape is used (one label throughout, values in runs), never the
label's words. Used by the ``profiles`` layout (``lines.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Attribute, AttributeKind, Mention
from sources.layouts._headings import group_label

# "Prize: Physics", "獎項：物理學獎": a short label (a few words, no figure), a colon, the value
_LABELLED_RE = re.compile(
    r"(?P<label>[^\W\d_][^\W\d_ '’-]*(?:[ '’-][^\W\d_]+){0,2}|[^\W\d_]{1,6})\s*[:：]\s*(?P<value>\S.*)"
)
MIN_PROFILES = 3


def _labelled(m: Mention) -> list[tuple[Attribute, re.Match[str]]]:
    return [
        (a, found)
        for a in m.attributes
        if a.kind in (AttributeKind.TITLE, AttributeKind.OTHER)
        and not a.label
        and (found := _LABELLED_RE.fullmatch(a.text.strip(WHITESPACE))) is not None
    ]


def _in_runs(values: list[str]) -> bool:
    """Each value printed by profiles in a row, never again after another, and fewer values than
    profiles (some shared)."""
    seen: list[str] = []
    for v in values:
        if seen and seen[-1] == v:
            continue
        if v in seen:
            return False
        seen.append(v)
    return len(seen) < len(values)


def profile_groups(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` each in the group its labelled line names, that line no attribute any more, where
    every profile prints one such line under one label and its values come in runs; as they are
    otherwise (or where the profiles already have groups)."""
    found = [_labelled(m) for m in mentions]
    if len(mentions) < MIN_PROFILES or any(len(f) != 1 for f in found) or any(m.group for m in mentions):
        return mentions
    labels = {f[0][1].group("label").casefold() for f in found}
    values = [f[0][1].group("value").strip(WHITESPACE) for f in found]
    if len(labels) != 1 or not _in_runs(values):
        return mentions
    return [
        replace(m, group=group_label(v) or v, attributes=tuple(a for a in m.attributes if a is not f[0][0]))
        for m, f, v in zip(mentions, found, values, strict=True)
    ]
