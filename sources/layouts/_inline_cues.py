"""Whether a sentence can hold what the inline layout's sentence readers read (``has_piece_cues``):
each of them (``counted_pieces``, ``en_valued_pieces``, ``en_values_for``, ``respective_values``,
``en_respective_values``, ``ranked_zh``, ``ranked_pieces``, ``placed_clauses``, ``bracket_places``,
``place_line``, ``valued_groups_zh``, ``paren_numbered``) returns nothing for a sentence without the
cue it asks for first, so a sentence with none of those cues is left to the clause readers without
being offered to each in turn (most sentences of an article: a line of a numbered list, a sentence
of prose without a figure).

(``copula_groups`` reads sentences without a figure as well: it is asked of every sentence, its own
first test a copula.) The cues are the readers' own patterns, searched over the same span as they search
it; a test reads every sentence of the fixtures both ways (``tests/test_inline_cues.py``).
"""

from __future__ import annotations

import re

from pipeline.lang.numbers import CN_NUM_CHARS
from pipeline.lang.rank_cues import RANK_NEXT_RE, RANK_WORD_RE
from pipeline.lang.scripts import EAST_ASIAN_RE
from sources.layouts._inline_numbered_marks import _PAREN_ORDINAL_RE
from sources.layouts._inline_respective import _IN_ORDER_RE
from sources.layouts._inline_values import _VALUE_HINT_RE

# what the readers of an East Asian sentence without a figure ask for first: a word of order (``分別為``),
# of what comes next in a ranking (``其次是``), of a rank (``最高``), or an item's number in parentheses
_EAST_ASIAN_CUES = (_IN_ORDER_RE, RANK_NEXT_RE, RANK_WORD_RE, _PAREN_ORDINAL_RE)

# a line's own number before its words: "12. ", "3、", "４）"
_LINE_NUMBER_RE = re.compile(r"[ \t\u3000]*[0-9０-９]{1,3}[.．、)）][ \t\u3000]*(?=[^\s0-9０-９])")
_CN_NUMERAL_RE = re.compile(f"[{CN_NUM_CHARS}]")


def _after_line_number(text: str, a: int, b: int) -> int:
    """Where a figure may start in the sentence ``text[a:b]``: after the number of a numbered East Asian
    line (``12. 甲乙中心``), which is no figure a reader reads, when no figure in words follows it
    (``二十席``: a reader parsing one would have been let in by that number); else at ``a``."""
    lead = _LINE_NUMBER_RE.match(text, a, b)
    if lead is None or EAST_ASIAN_RE.search(text, lead.end(), b) is None:
        return a  # the English readers ask for a digit, then may read figures in words
    return a if _CN_NUMERAL_RE.search(text, lead.end(), b) else lead.end()


def has_piece_cues(text: str, a: int, b: int) -> bool:
    """Whether the sentence ``text[a:b]`` holds a cue one of the sentence readers needs: a figure (a digit,
    a percent sign or word: ``counted_pieces`` and ``valued_groups_zh`` ask for one, the English readers
    for a digit, ``placed_clauses`` for ``以`` before a digit), else, in an East Asian sentence, one of
    ``_EAST_ASIAN_CUES``. False: every sentence reader returns ``[]``."""
    if _VALUE_HINT_RE.search(text, _after_line_number(text, a, b), b) is not None:
        return True
    if EAST_ASIAN_RE.search(text, a, b) is None:
        return False  # the readers of a sentence without a figure read East Asian sentences only
    return any(cue.search(text, a, b) is not None for cue in _EAST_ASIAN_CUES)
