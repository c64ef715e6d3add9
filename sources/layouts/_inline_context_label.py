"""The words around an inline enumeration that label it when it has no label of its own (``宣布全面禁止…
公民入境美國``): from the last comma before it to the next after it, its lead-in, closing and Japanese
particles left out. Used by ``_inline_enumeration.read_enumeration``.
"""

from __future__ import annotations

import re

from pipeline.lang.dates import DAY_CLAUSE_RE
from pipeline.lang.leads import LEAD_IN_RE, SELECTION_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._headings import group_label
from sources.layouts._inline_piece_shapes import is_east_asian

_JA_PARTICLE_START_RE = re.compile(r"^(?:については|に対しては|に対して|には|では|は|が|を|も|の)")
_JA_TOPIC_END_RE = re.compile(r"(?:となる|である)?(?:のは|は)$")
_JA_PREDICATE_END_RE = re.compile(
    r"(?:する|した|される|された)?(?:という|ということ|とのこと)?(?:です|だ|。)?$"
)
_OPENING_QUOTES = "“「『‘"  # a quotation mark the first item opens with ("包括“外交部長”張三") is none of it
CONTEXT_WORDS = 6  # English words (or 3x this many characters) kept on each side of a context label


_PREPOSITION_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、)?" + fold_pattern(r"(?:對於|針對|對|向|給)") + "$"
)


def _bare(words: str) -> str:
    return LEAD_IN_RE.sub("", SELECTION_RE.sub("", words.rstrip(_OPENING_QUOTES))).strip(WHITESPACE)


def context_label(text: str, lead_start: int, start: int, end: int, clause_end: int) -> str:
    """``宣布全面禁止…公民入境美國``: the words around an enumeration, from the last comma before it to
    the next comma after it, its lead-in and closing words left out."""
    befores = [b.strip(WHITESPACE + _OPENING_QUOTES) for b in re.split(r"[，,：:]", text[lead_start:start])]
    if len(befores) > 1 and DAY_CLAUSE_RE.match(befores[0]):
        return befores[0]  # "9月21日，A、B和C宣布…": the day that opens the clause is what its items share
    afters = [a.strip(WHITESPACE) for a in re.split(r"[，,]", text[end:clause_end])]
    before, after = befores[-1], afters[0]
    if not _bare(before) and len(befores) > 1:
        # an aside between commas ("…nations, among them A and B, face …"): the words around it; a
        # lead-in word before the colon ("…適用七國，包括：") is passed over too
        back = -3 if len(befores) > 2 and not befores[-1] and not _bare(befores[-2]) else -2
        before = befores[back]
        after = after or (afters[1] if len(afters) > 1 else "")
    before = _bare(before)
    before = _PREPOSITION_RE.sub("", before)  # "一、對A、B等4家企業": the preposition names nothing
    # Japanese particles that tie the words to the items, and the predicate's ending, are no label
    before = _JA_TOPIC_END_RE.sub("", before)
    after = _JA_PREDICATE_END_RE.sub("", _JA_PARTICLE_START_RE.sub("", after))
    if is_east_asian(before + after):
        before, after = before[-3 * CONTEXT_WORDS :], after[: 3 * CONTEXT_WORDS]
    else:
        before = " ".join(before.split()[-CONTEXT_WORDS:])
        after = " ".join(after.split()[:CONTEXT_WORDS])
    return group_label(f"{before}…{after}" if before and after else before or after)
