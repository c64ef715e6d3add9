"""A marked line that reads as a person after their post, the parentheses after the name telling of the
person (``外相/山田太郎（59・甲派）``: an age and a faction): an item, never a heading whose parentheses
state a count (``◇甲國政府（６人）``). Used by the marked-line finder (``_marked_runs.find_hits``)."""

from __future__ import annotations

from pipeline.lang.scripts import WHITESPACE
from pipeline.models import AttributeKind
from sources.items import split_item


def person_told(content: str) -> bool:
    """``content`` is a name with a post, and what follows the name is said of the person."""
    s = content.strip(WHITESPACE)
    split = split_item(s, 0, len(s))
    if split.name_end <= split.name_start or split.name_end >= len(s):
        return False
    kinds = {a.kind for a in split.attributes}
    told = [a for a in split.attributes if a.kind is AttributeKind.OTHER and a.start >= split.name_end]
    return AttributeKind.TITLE in kinds and bool(told)
