"""People named in an English sentence each with their post after a comma, as wire copy prints a short
list: ``Those sanctioned include Jane Roe, the chief executive, John Doe, its security secretary, and
Richard Poe, the police commissioner.`` Read by ``_inline_grouping.find_enumerations`` as a whole
sentence.

The pieces the sentence's commas part (outside parentheses) alternate, a person's name then a post, from
the name ending the first piece (the lead-in's words before it) to the post ending the sentence or its
subject (``…, were named``); the last name opens with ``and``. Each person's span holds the name and its
post, which the item parser reads as a name and a title. Two people or more, every post a title
(``sources.item_titles.is_title``) and every name a person's by its shape (two to four capitalized words);
anything else is no such list.
"""

from __future__ import annotations

import re

from pipeline.lang.count_binding import SENTENCE_BREAK_RE
from sources.item_titles import is_title
from sources.layouts._inline_piece_shapes import is_east_asian, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_PEOPLE = 2
_NAME_WORD = r"[A-Z][a-z'’\-]+|[A-Z]\."
# a person's name of two to four capitalized words ("Jane Roe", "John Q. Doe"), ending a piece
_NAME_AT_END_RE = re.compile(rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{1,3}}$")
_NAME_RE = re.compile(rf"(?:and\s+)?(?P<name>(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD})){{1,3}})")
_SENTENCE_END = ".!?;"


def en_appositives(text: str, a: int, b: int) -> list[Enumeration]:
    """The enumeration of each English sentence of ``text[a:b]`` read as the module's docstring says."""
    if is_east_asian(text[a:b]) or text.count(",", a, b) < 2 * MIN_PEOPLE - 1:
        return []
    breaks = [a + m.end() for m in SENTENCE_BREAK_RE.finditer(text[a:b])]
    return [e for s, t in zip([a, *breaks], [*breaks, b], strict=True) if (e := _sentence(text, s, t))]


def _sentence(text: str, a: int, b: int) -> Enumeration | None:
    a, b = trim(text, a, b)
    while b > a and text[b - 1] in _SENTENCE_END:
        b -= 1
    pieces = [trim(text, a + s, a + e) for s, e in split_top_level(text[a:b], ",")]
    if len(pieces) % 2 and text[pieces[-1][0]].islower() and not is_title(text[slice(*pieces[-1])]):
        pieces.pop()  # "…, and John Doe, the security secretary, were named": the sentence's predicate
    if len(pieces) < 2 * MIN_PEOPLE or len(pieces) % 2:
        return None
    first = _NAME_AT_END_RE.search(text, *pieces[0])
    if first is None:
        return None
    starts = [first.start()]
    for k in range(2, len(pieces), 2):
        m = _NAME_RE.fullmatch(text, *pieces[k])
        last = k == len(pieces) - 2
        if m is None or text[pieces[k][0] :].startswith("and ") != last:
            return None
        starts.append(m.start("name"))
    posts = pieces[1::2]
    if not all(is_title(text[s:e]) for s, e in posts):
        return None
    spans = tuple((s, post[1]) for s, post in zip(starts, posts, strict=True))
    return Enumeration(spans, pieces[0][0], spans[-1][1], None, "", (0, 0), False)
