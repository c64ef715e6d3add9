"""The country printed in brackets after an English name (``Aland Institute of Technology (US)``,
``Borduria College (Aland)``, ``AIT (U.S.)``): where the item is, a place attribute, never the name's
acronym nor another name of it. Read by the item parser (``sources.items``).

The bracket holds a country's CLDR English name or its short form (``pipeline.lang.place_codes``); letters
that are the initials of the name before them (``Aland Trade Union (ATU)``) are its acronym, and a bracket
after a place's own name (``Aland (Borduria)``) is left to the list (another name of it, or what it is part
of).
"""

from __future__ import annotations

import re

from pipeline.lang.demonyms import english_place
from pipeline.lang.place_codes import country_short_form, initials_of
from pipeline.models import Attribute, AttributeKind

_NAMED_THEN_BRACKET_RE = re.compile(r"(?P<name>[A-Za-z0-9][\w&.,'’\- ]*?)\s*\((?P<place>[^()]+)\)\s*")


def country_in_brackets(text: str, start: int, end: int) -> tuple[int, tuple[Attribute, ...]]:
    """The name's end and the country in brackets after it, where ``text[start:end]`` is a name in Latin
    letters closed by a bracket that is wholly a country's name or code; else ``end`` and nothing."""
    found = _NAMED_THEN_BRACKET_RE.fullmatch(text, start, end)
    if found is None:
        return end, ()
    name, place = found["name"], found["place"].strip()
    if english_place(name, demonym=False):
        return end, ()
    short = country_short_form(place)
    if not (short and not initials_of(place, name)) and not (
        place[:1].isupper() and english_place(place, demonym=False)
    ):
        return end, ()
    s = found.start("place") + len(found["place"]) - len(found["place"].lstrip())
    return found.end("name"), (Attribute(AttributeKind.PLACE, place, "", s, s + len(place)),)
