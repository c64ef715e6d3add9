"""English paragraph leads in a row whose frames differ, no count above them (``Aland faces a 25%
tariff``, ``Borduria faces a 20% tariff``, ``Carpathia faces a 40% tariff``, ``Dalmatia stays at 15%``):
one list when the shared frame alone makes one (``MIN_FRAME_PARAGRAPHS`` leads or more), every lead
prints its value in its first sentence, the paragraph above counts nothing (a count there says how many
the list holds, and ``_inline_paragraph_leads`` holds the run to it), and each odd lead's verb is one
name's (``stays``), none of speech or forecast (``Jane Roe says a 10% tariff is too high``). Names all
different and one unit are ``_mixed_frames``'s to check.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import EN_SINGULAR_VERB_RE, EN_SPEECH_VERB_RE
from sources.layouts._inline_paragraph_east import Lead

MIN_SHARED = 3  # leads in the shared frame, at least (``_inline_paragraph_leads.MIN_FRAME_PARAGRAPHS``)


def odd_frames_fit(text: str, block: Sequence[Lead], parting: str, frameless: Sequence[str]) -> bool:
    """Whether the leads of ``block`` (frames differing, none of ``frameless``) are one list with no
    count above them, see the module's docstring."""
    frames = [lead[0] for lead in block]
    if set(frames) & set(frameless):
        return False
    shared = max(set(frames), key=lambda f: (frames.count(f), f))
    if frames.count(shared) < MIN_SHARED:
        return False
    odd = {f for f in frames if f != shared}
    if any(not EN_SINGULAR_VERB_RE.match(f) or EN_SPEECH_VERB_RE.match(f) for f in odd):
        return False
    first = block[0][1][0]
    above_end = len(text[:first].rstrip())
    above_start = text.rfind(parting, 0, above_end) + len(parting) if parting in text[:above_end] else 0
    return not find_counts(text[above_start:above_end])
