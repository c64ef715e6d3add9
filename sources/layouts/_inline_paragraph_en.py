"""The lead of an English paragraph of a list told a paragraph per item (``_inline_paragraph_leads``).

- In a frame: the name, a few lowercase words, then its value (``Aland faces a 50 percent tariff rate
  starting Aug. 1.``); the frame is those words (``faces a``). Its value is the sentence's first, and a
  later one when the words before it, after the last pause, say it is earlier (``, down from 44
  percent``: ``earlier_label``).
- After a colon (``Borduria: The rate is 20%.``, frame ``COLON_FRAME``): the name, its colon, then prose
  that prints its value, in the first sentence or, when that has none, in a later one; such leads in a
  row are a list only under a count of them all (``Jane Roe: We expect 3%.`` is a speaker in turn).
- Its value later (``Aland will keep negotiating. Its final rate is 25%.``, frame ``LATER_FRAME``): a
  first sentence that opens with the name and prints no value, the value in a later sentence of the
  paragraph; such a lead is an item only among leads in a frame under a count of them all.

Two values the text does not tell apart leave the item without one, a figure after a word of change
(``fell 2%``) none at all (``lead_value``).
"""

from __future__ import annotations

import re

from pipeline.lang.value_words import earlier_label
from pipeline.lang.values import find_values
from sources.layouts._inline_clause_spans import clause_spans
from sources.layouts._inline_paragraph_east import Lead, lead_value
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, strip_article

MAX_FRAME_WORDS = 4  # lowercase words between a paragraph's name and its value ("will face a")
MAX_NAME_WORDS = 5
COLON_FRAME = "\0colon"  # "Borduria: The rate is 20%."
LATER_FRAME = "\0later"  # "Aland will keep negotiating. Its final rate is 25%."

_FRAME_RE = re.compile(rf"\s+((?:[a-z][\w'’\-]*\s+){{1,{MAX_FRAME_WORDS}}})")
_COLON_RE = re.compile(r":\s+(?=[A-Z])")
_PAUSE_RE = re.compile(r"[,，;；]")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")
# a sentence's subject that names nothing ("It faces a 50 percent …", "He won 40 percent")
_PRONOUNS = frozenset("it he she they we this that these those".split())


def en_lead(text: str, start: int, line_end: int, paragraph_end: int) -> Lead | None:
    """The lead of the English paragraph from ``start`` (its first line ending at ``line_end``, the
    paragraph at ``paragraph_end``), see the module's docstring; None when it opens with no name or
    prints no value of it."""
    spans = clause_spans(text, start, line_end)
    if not spans or spans[0][0] != start:
        return None
    end = spans[0][1]
    if (name := en_name(text, start, end)) is None:
        return None
    if (colon := _COLON_RE.match(text, name.end(), end)) is not None:
        return _later(text, name, colon.end(), max(paragraph_end, line_end), COLON_FRAME)
    if not find_values(text[name.end() : end]):
        return _later(text, name, end, paragraph_end, LATER_FRAME)
    frame = _FRAME_RE.match(text, name.end(), end)
    found = find_values(text[frame.end() : end]) if frame is not None else []
    if frame is None or not found or found[0].start != 0:
        return None
    first = frame.end()
    value_end = first + found[0].end
    if len(found) > 1:  # a later value that the words before it date earlier
        between = text[value_end : first + found[1].start]
        pause = max((p.end() for p in _PAUSE_RE.finditer(between)), default=0)
        if pause and earlier_label(between[pause:]):
            value_end = first + found[1].end
    return " ".join(frame.group(1).split()), (name.start(), name.end()), (first, value_end), end


def _later(text: str, name: re.Match[str], at: int, paragraph_end: int, frame: str) -> Lead | None:
    """The lead whose value the paragraph prints from ``at`` on: in the sentence there or, when that has
    none, in a later one; None when it prints none (or only figures of change)."""
    if paragraph_end <= at:
        return None
    stop = _SENTENCE_END_RE.search(text, at, paragraph_end)
    end = stop.end() if stop is not None else paragraph_end
    found = find_values(text[at:end])
    if not found:
        found = find_values(text[at:paragraph_end])
        stop = _SENTENCE_END_RE.search(text, at + found[-1].end, paragraph_end) if found else None
        end = stop.end() if stop is not None else paragraph_end
    value = lead_value(text, at, found)
    return None if value is None else (frame, (name.start(), name.end()), value, end)


def en_name(text: str, start: int, end: int) -> re.Match[str] | None:
    """The capitalised name opening the English sentence ``text[start:end]``, no pronoun; else None."""
    name = EN_NAME_RUN_RE.match(text, strip_article(text, start, end), end)
    if (
        name is None
        or not name.group(0)[:1].isupper()
        or len(name.group(0).split()) > MAX_NAME_WORDS
        or name.group(0).casefold() in _PRONOUNS
    ):
        return None
    return name
