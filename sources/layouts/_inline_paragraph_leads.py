"""A paragraph per item, each opening with its name and value in one frame: ``Aland faces a 50 percent
tariff rate starting Aug. 1.`` then ``Borduria faces a 40 percent tariff rate …, down from 44 percent
…`` and so on, each over sentences of its own. Paragraphs are parted by blank lines, or, in a text with
none (a page's paragraphs, one a line), are its lines.

Read only when ``MIN_FRAME_PARAGRAPHS`` paragraphs or more in a row open that way with the same words
between the name and its first value (``faces a``): one paragraph naming a country and a rate is prose,
never a list. Each item is the name; its value the sentence's first, and a later one when the words
before it, after the last pause, say it is earlier (``, down from 44 percent``: ``earlier_label``).
A count in the paragraph above the first that numbers as many names is the list's.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.values import earlier_label, find_values
from sources.layouts._inline_pieces import EN_NAME_RUN_RE, Enumeration, clause_spans, strip_article

MIN_FRAME_PARAGRAPHS = 3
MAX_FRAME_WORDS = 4  # lowercase words between a paragraph's name and its value ("will face a")
MAX_NAME_WORDS = 5

_PARAGRAPH_RE = re.compile(r"(?:^|\n[ \t]*\n)\s*(?=\S)")
_LINE_RE = re.compile(r"(?:^|\n)\s*(?=\S)")  # a text with no blank line (a page's): a paragraph a line
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_FRAME_RE = re.compile(rf"\s+((?:[a-z][\w'’\-]*\s+){{1,{MAX_FRAME_WORDS}}})")
_PAUSE_RE = re.compile(r"[,，;；]")
# a sentence's subject that names nothing ("It faces a 50 percent …", "He won 40 percent")
_PRONOUNS = frozenset("it he she they we this that these those".split())


def paragraph_leads(text: str) -> list[Enumeration]:
    """The runs of paragraphs in one frame in ``text``, each one enumeration of their names."""
    out: list[Enumeration] = []
    run: list[tuple[str, tuple[int, int], tuple[int, int], int]] = []
    blank = _BLANK_LINE_RE.search(text) is not None
    paragraphs = _PARAGRAPH_RE if blank else _LINE_RE
    for m in paragraphs.finditer(text):
        lead = _lead(text, m.end())
        if lead is None or (run and lead[0] != run[0][0]):
            out += _enumeration(text, run, blank)
            run = []
        if lead is not None:
            run.append(lead)
    return out + _enumeration(text, run, blank)


def _lead(text: str, start: int) -> tuple[str, tuple[int, int], tuple[int, int], int] | None:
    """The frame words, the name, the span of its values and where the sentence ends, of the paragraph
    from ``start``; None when its first sentence does not open with a name, a few words and a value."""
    line_end = text.find("\n", start)
    spans = clause_spans(text, start, len(text) if line_end < 0 else line_end)
    if not spans or spans[0][0] != start:
        return None
    end = spans[0][1]
    name = EN_NAME_RUN_RE.match(text, strip_article(text, start, end), end)
    if (
        name is None
        or not name.group(0)[:1].isupper()
        or len(name.group(0).split()) > MAX_NAME_WORDS
        or name.group(0).casefold() in _PRONOUNS
    ):
        return None
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


def _enumeration(
    text: str, run: list[tuple[str, tuple[int, int], tuple[int, int], int]], blank: bool
) -> list[Enumeration]:
    if len(run) < MIN_FRAME_PARAGRAPHS:
        return []
    spans = tuple(name for _, name, _, _ in run)
    stated, count_span = _count_above(text, spans[0][0], len(spans), "\n\n" if blank else "\n")
    return [
        Enumeration(
            spans,
            spans[0][0],
            run[-1][3],
            stated,
            "",
            (0, 0),
            False,
            count_span,
            shared=tuple(values for _, _, values, _ in run),
        )
    ]


def _count_above(text: str, first: int, n: int, parting: str) -> tuple[int | None, tuple[int, int]]:
    """The count, in the paragraph right above the first (``parting`` parts paragraphs), of as many names
    as the run has."""
    above_end = len(text[:first].rstrip())
    above_start = text.rfind(parting, 0, above_end) + len(parting) if parting in text[:above_end] else 0
    counts = [c for c in find_counts(text[above_start:above_end]) if c.value == n]
    if len(counts) != 1:
        return None, (0, 0)
    return n, (above_start + counts[0].start, above_start + counts[0].end)
