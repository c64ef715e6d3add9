"""A count of all the people of a kind (``All 5 officials``, ``全部5名官員``, ``閣僚全5人``) over a list of
people: it states how many the list holds as plainly as ``All 5 allies`` does over a list of countries,
wherever in the article it stands. The prose reader leaves it unbound, not knowing the list's kind
(``lang.all_of``); the binder, which knows it, binds it here: over a list of people each with a post,
never over a list of things (``全5人`` may count the ministers of a list of countries)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.all_of import counts_all_people
from pipeline.lang.counts import find_counts
from pipeline.prose_counts import ProseCount

BEFORE_CHARS = 40  # characters before a count read with it (its words of all stand right before it)
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]|\.(?=\s)")  # where the count's sentence ends


def all_of_the_people(text: str, c: ProseCount, *, of_people: bool) -> ProseCount:
    """``c`` (of ``text``) bound as a count of all of its kind where it counts all the people of a list of
    people (``of_people``: every item a person with a post); else ``c`` as it is."""
    if c.strong or c.whole or not of_people:
        return c
    count = next((x for x in find_counts(text[c.start : c.end]) if x.value == c.value), None)
    if count is None:
        return c
    lo = max(0, c.start - BEFORE_CHARS)
    end = _SENTENCE_END_RE.search(text, c.end)
    sentence = text[lo : end.end() if end else len(text)]
    shifted = replace(count, start=count.start + c.start - lo, end=count.end + c.start - lo)
    if not counts_all_people(sentence, shifted):
        return c
    return replace(c, strong=True, whole=True)
