"""A person's name printed family name first in capitals, then a comma and the given names, as official
lists print their entries (``ROE, Jane``, ``DOE, John Richard``): the name in the order other outlets print
it (``Jane ROE``) kept as another name of the entry, so that the two are matched."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.models import Mention

_INVERTED_RE = re.compile(
    r"(?P<family>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2}),\s+"
    r"(?P<given>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]*\.?){0,3})"
)


def given_name_first(name: str) -> str:
    """``ROE, Jane`` -> ``Jane ROE``; "" when ``name`` is not so printed."""
    m = _INVERTED_RE.fullmatch(name.strip())
    return f"{m['given']} {m['family']}" if m is not None else ""


def inverted_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each name printed family name first given its other order as an alias."""
    out = []
    for m in mentions:
        turned = given_name_first(m.name_en) if m.name_en else ""
        out.append(replace(m, aliases=(*m.aliases, turned)) if turned and turned not in m.aliases else m)
    return out
