"""What the parentheses after a person's name tell of the person: an age (``（64）``, ``（64歲）``), a year of
birth, a sex, a roster's short marks after them (``山田太郎（58）初``). Read by the item parser and the table
reader; the title reader leaves them out of the name it looks for after a post (``外交部長張三（64歲）``)."""

from __future__ import annotations

import re

from pipeline.lang.births import AGE_RE
from pipeline.lang.scripts import CJK
from pipeline.models import Attribute, AttributeKind
from sources.item_values import trim

# parentheses right after a person's name, and each thing they say of the person: an age, a year of birth,
# one character (a sex)
# and a roster's short marks after them ("山田太郎（58）初", "（68）留任、乙党": new, kept on, a party)
_TOLD_IN_PARENS_RE = re.compile(
    rf"\s*[（(]([^（）()]{{1,20}})[)）](?:\s*([{CJK}\u30a1-\u30fa\u30fc][{CJK}\u30a1-\u30fa\u30fc、・]{{0,11}}))?\s*$"
)
_TOLD_PIECE_RE = re.compile(r"[0-9０-９]{1,4}[^\W\d_A-Za-z]{0,3}|[^\W\d_A-Za-z]")
_NOTE_RE = re.compile(f"[{CJK}]{{2,8}}")
_BARE_AGE_RE = re.compile(r"[0-9０-９]{2,3}")


def told_in_parens(text: str, start: int, end: int) -> tuple[int, list[Attribute]] | None:
    """The name's end and what the parentheses after it say of the person, when each piece is so told."""
    m = _TOLD_IN_PARENS_RE.search(text, start, end)
    if m is None or m.start() <= start:
        return None
    said, at = [], m.start(1)
    pieces = re.split("[，,、・]", m.group(1))
    # beside an age, a short note of the person's own ("（44歲，首度入閣）": first made a minister,
    # "（59・無派閥）": the faction; a bare number opening the parentheses is the age)
    age = any(AGE_RE.match(p.strip()) for p in pieces) or (
        len(pieces) > 1 and _BARE_AGE_RE.fullmatch(pieces[0].strip()) is not None
    )
    for piece in pieces:
        s, e = trim(text, at, at + len(piece))
        at += len(piece) + 1
        if not _TOLD_PIECE_RE.fullmatch(text, s, e) and not (age and _NOTE_RE.fullmatch(text, s, e)):
            return None
        if e - s > 1:  # one character (a sex) is left unsaid: a short note is read as a party tag
            said.append(Attribute(AttributeKind.OTHER, text[s:e], "", s, e))
    if m.group(2):
        said.append(Attribute(AttributeKind.OTHER, m.group(2), "", *m.span(2)))
    return m.start(), said


def aged(said: list[Attribute]) -> bool:
    """The parentheses say an age with its word (``（64歲）``): they tell of a person, title or none."""
    return any(AGE_RE.match(a.text) for a in said)
