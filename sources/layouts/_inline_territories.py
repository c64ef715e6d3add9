"""An enumeration whose items are territories CLDR names in Chinese or Japanese, each whole (``甲國``,
``乙国``): a list when a cue leads it in and the clause ends or counts after it, or when the names make the
whole predicate of a sentence about countries (``…的國家則有甲國、乙國和丙國。``). Used by
``_inline_accepting.is_accepted``."""

from __future__ import annotations

import re

from pipeline.lang.demonyms import place_at_start
from pipeline.lang.leads import SUBJECT_THEN_NAMES_RE
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration


def territories(text: str, enum: Enumeration) -> bool:
    """Every item is a territory's whole name as CLDR gives it in Chinese or Japanese (``甲國``)."""
    items = [text[s:e].strip(WHITESPACE) for s, e in enum.spans]
    if _CLAUSE_GOES_ON_RE.match(text, enum.spans[-1][1]) is None:
        return False  # "包括甲國、乙國和丙國的外長": the run describes what follows it, no list
    return all(is_east_asian(i) and place_at_start(i) == len(i) for i in items)


def territories_said_of_subject(text: str, enum: Enumeration, lead: str) -> bool:
    """Territories CLDR names that make the whole predicate of their sentence, right after the word
    closing its subject (``…的國家則有甲國、乙國和丙國。``, ``…する国は甲国、乙国、丙国。``)."""
    before = SUBJECT_THEN_NAMES_RE.search(lead[-SUBJECT_WINDOW:])
    if before is None or not lead.endswith(before.group(0)):
        return False
    return _SENTENCE_END_RE.match(text, enum.spans[-1][1]) is not None and territories(text, enum)


_SENTENCE_END_RE = re.compile(r"\s*(?:$|[。！？\n])")
SUBJECT_WINDOW = 10  # characters: the subject's noun and the word closing it ("國家和地區則為")


# what may follow the last territory of a run that is the list: the clause's end, 等, or a count
_CLAUSE_GOES_ON_RE = re.compile(
    r"\s*(?:$|[。，,；;：:！？\n]|等|など|[0-9０-９一二三四五六七八九十]+\s*[國国个個カか])"
)
