"""A person's name printed family name first in capitals, then a comma and the given names, as official
lists print their entries (``ROE, Jane``, ``DOE, John Richard``): read given names first (``Jane Roe``),
as news lists print them. The ``entries`` layout names its items so; an item another layout reads so
printed keeps that order as another name of it, so that the two are matched."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.models import Mention

FAMILY_GIVEN_RE = re.compile(r"^(?P<family>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*),\s+(?P<given>.+)$")
# given names as a person's: capitalized words or initials, nothing else ("ACME, Inc." is a company's)
_GIVEN_NAMES_RE = re.compile(r"[A-Z][a-z'’\-]+(?:\s+[A-Z](?:[a-z'’\-]+|\.))*")


def given_first(name: str) -> str:
    """``ROE, Jane Quincy`` -> ``Jane Quincy Roe`` (a name not so printed is returned as it is)."""
    m = FAMILY_GIVEN_RE.match(name.strip())
    if m is None:
        return name.strip()
    family = " ".join(w.capitalize() if w.isupper() else w for w in m.group("family").split())
    return f"{m.group('given').strip()} {family}"


def inverted_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each English name printed family name first in capitals given the other order as
    another name (``ROE, Jane``: ``Jane Roe``)."""
    out = []
    for m in mentions:
        found = FAMILY_GIVEN_RE.match(m.name_en.strip()) if m.name_en else None
        if found is None or not _GIVEN_NAMES_RE.fullmatch(found["given"].strip()):
            out.append(m)
            continue
        turned = given_first(m.name_en)
        out.append(m if turned in m.aliases else replace(m, aliases=(*m.aliases, turned)))
    return out
