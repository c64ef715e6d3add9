"""A lead-in that closes a paragraph of sentences: ``Aland held on to first place. The top 3:`` over the
list. The paragraph's last sentence, short and ending in a colon, leads the list in as a line of its own
would; the sentences before it tell the news. Only a ranking's top N, a count with no counter word: one
with its counter (``…理事國。當選的5個國家為：``) is read from the running text as the paragraph's count."""

from __future__ import annotations

import re

from pipeline.lang.count_binding import SENTENCE_BREAK_RE
from pipeline.lang.counts import find_counts

MAX_CLOSING_LEAD_IN = 40  # characters of the last sentence that leads the list in ("The top 10:")
_COLON_END_RE = re.compile(r"[：:]\s*$")


def closing_lead_in(text: str) -> int:
    """Where the last sentence of ``text`` starts when ``text`` holds sentences before it and that last
    one is a short lead-in ending in a colon (``… university. The top 10:``: the offset of ``The``);
    0 otherwise (one sentence, a last one too long to be a lead-in alone, or one whose count has a
    counter word)."""
    if not _COLON_END_RE.search(text):
        return 0
    breaks = [m.end() for m in SENTENCE_BREAK_RE.finditer(text.rstrip()) if m.end() < len(text.rstrip())]
    if not breaks or len(text) - breaks[-1] > MAX_CLOSING_LEAD_IN:
        return 0
    counts = find_counts(text[breaks[-1] :])
    return breaks[-1] if counts and not any(c.counter for c in counts) else 0
