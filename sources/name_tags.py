"""A tag of one or two ideographs in brackets after each name of a list (``山田太郎（甲）``,
``張三（甲黨）``): part of a name when one item has it (a place told apart from its namesake, ``甲國（南）``),
but where most of a list's names carry one and some share theirs, it is a column of tags (a party's
short name) printed down the list: each is cut off its name into the item's note, which the registry then
weighs with the other asides (the items' groups, or an attribute of each)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.lang.scripts import CJK
from pipeline.models import Mention

_TAGGED_RE = re.compile(rf"(?P<name>.{{2,}}?)[（(](?P<tag>[{CJK}]{{1,2}})[)）]$")
MIN_TAGGED = 3  # names of a list carrying such a tag, at the least
TAGGED_SHARE = 0.5  # of a list's names that must carry one


def bracketed_tags(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the tag each name ends in cut off into its note, where the list prints them as a
    column: at least ``MIN_TAGGED`` names and half the list carry one, and two carry the same."""
    found = {i: t for i, m in enumerate(mentions) if not m.note and (t := _TAGGED_RE.fullmatch(m.name_zh))}
    tags = Counter(t["tag"] for t in found.values())
    if (
        len(found) < max(MIN_TAGGED, TAGGED_SHARE * len(mentions))
        or not tags
        or tags.most_common(1)[0][1] < 2
    ):
        return mentions
    return [
        replace(m, name_zh=t["name"], note=t["tag"]) if (t := found.get(i)) is not None else m
        for i, m in enumerate(mentions)
    ]
