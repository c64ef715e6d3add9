"""A note after a blank on every line of a list, read alike where it enumerates nothing: the item parser
reads ``甲國　外交、公務護照`` as a name and the note after the blank (``sources.item_marks``), but
``乙國　外交護照`` as one name, the blank dropped. Where two items of a list or more carry such a note, an
item printed as two words of Chinese characters or kana parted by a blank, and read as their join, is the
first word and its note the second: the list's column of notes, read whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.scripts import CJK
from pipeline.models import Attribute, AttributeKind, Mention

MIN_NOTED = 2  # items whose note after a blank makes the list's column of notes
_WORDS = rf"[{CJK}\u3040-\u30ff・·]"
_NAME_BLANK_WORDS_RE = re.compile(rf"(?P<name>{_WORDS}{{2,16}})[ \t\u3000]+(?P<note>{_WORDS}{{2,16}})")


def _noted_after_blank(text: str, m: Mention) -> bool:
    """``m`` carries a note of no label right after its name and a blank (``甲國　外交、公務護照``)."""
    at = text.find(m.name_zh, m.start, m.end) if m.name_zh else -1
    return at >= 0 and any(
        a.kind is AttributeKind.OTHER
        and not a.label
        and a.start > at + len(m.name_zh)
        and not text[at + len(m.name_zh) : a.start].strip(" \t\u3000")
        and text[at + len(m.name_zh) : a.start] != ""
        for a in m.attributes
    )


def notes_after_blanks(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each item read as two words' join split into its name and its note, where two
    items or more carry a note after a blank (the module's docstring); else as they are."""
    if sum(_noted_after_blank(text, m) for m in mentions) < MIN_NOTED:
        return mentions
    out = []
    for m in mentions:
        found = None if m.attributes or m.values else _NAME_BLANK_WORDS_RE.search(text, m.start, m.end)
        if found is None or m.name_zh != found["name"] + found["note"]:
            out.append(m)
            continue
        note = Attribute(AttributeKind.OTHER, found["note"], "", *found.span("note"))
        out.append(replace(m, name_zh=found["name"], attributes=(note,)))
    return out
