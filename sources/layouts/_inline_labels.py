"""The label an inline enumeration is printed under, before its names: the words before the colon of
its lead-in (``全面禁止入境：A、B``, from the last comma before them), a label in lenticular brackets
(``【甲類】A、B``; a paper's credit, ``【甲報專訊】``, none), or a short label a wide space sets off at the
line's start (``▽甲組　A、B``; with no marker, only in a block of such lines). Used by
``_inline_enumeration`` and ``_inline_finding``."""

from __future__ import annotations

import re

from pipeline.lang.leads import AFTER_COLON_CUE_RE, CREDIT_WORDS
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._headings import group_label
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_series_sentence import series_sentence_label
from sources.layouts._shapes import BULLET_CHARS, SYMBOL_BLOCKS
from sources.layouts._spaced_notes import notes_repeated

# a label in lenticular brackets before the items, as a colon's words would be: "【甲類】A、B、C"
_BRACKET_LABEL_RE = re.compile(r"【(?![^【】]*" + CREDIT_WORDS + r"】)([^【】]{1,20})】\s*$")


BRACKET_START_RE = re.compile(r"\s*【(?![^【】]*" + CREDIT_WORDS + r"】)[^【】]{1,20}】")

# a short label that a wide space sets off before the items, after the line's marker, as a colon's words
# would be: "▽甲組　A、B、C" (an ideographic space, two spaces or a tab; the label holds no pause; without
# the marker, a headline's words before a wide space are no label)
_MARK = "[" + re.escape(BULLET_CHARS) + SYMBOL_BLOCKS + "]"
_SPACED = r"[ \t\u3000]*" + _MARK + r"[ \t\u3000]*([^\s、，,：:；;。（）()]{1,10})(?:\u3000+|[ \t]{2,}|\t)"
_SPACED_LABEL_RE = re.compile(r"(?:^|\n)" + _SPACED + r"$")
SPACED_START_RE = re.compile(_SPACED + r"(?=\S)")


# the same without the marker, on a line beside another such line ("全面禁止　A、B、C" over "一部制限　D、E"):
# a block of labelled lines, where one such line alone may be a headline
_UNMARKED = r"[ \t\u3000]*([^\s、，,：:；;。（）()]{1,10})(?:\u3000+|[ \t]{2,}|\t)"
_UNMARKED_START_RE = re.compile(_UNMARKED + r"(?=\S[^\n]*、)")


def _unmarked_label_end(text: str, line_start: int) -> int:
    """Where the items start on the line from ``line_start`` after its label and wide space, when the line
    above or below is labelled so too; else -1."""
    m = _UNMARKED_START_RE.match(text, line_start)
    if m is None:
        return -1
    line_end = text.find("\n", line_start)
    below = line_end + 1 if line_end >= 0 else -1
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
    beside = [k for k in (above, below) if k >= 0 and k != line_start]
    return m.end() if any(_UNMARKED_START_RE.match(text, k) for k in beside) else -1


def spaced_label_end(text: str, at: int) -> int:
    """Where the items start after a label set off by a wide space at the start of the line ``at`` is
    in (``▽甲組　A、B``; unmarked in a block of such lines), or -1."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip(WHITESPACE):
        return -1
    m = SPACED_START_RE.match(text, line_start)
    end = m.end() if m is not None else _unmarked_label_end(text, line_start)
    return end if end > at else -1


def spaced_note_line(text: str, at: int) -> bool:
    """The line ``at`` is in opens with words a wide space sets off, and what follows them repeats on a
    line beside it (``- 甲國　外交、公務護照`` over ``- 乙國　外交、公務護照``): each line's item and its
    note, neither a group's label nor its names (``_spaced_notes``)."""
    if spaced_label_end(text, at) < 0:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    marked = SPACED_START_RE.match(text, line_start) is not None
    return notes_repeated(text, line_start, SPACED_START_RE if marked else _UNMARKED_START_RE)


def label_before(text: str, lead_start: int, first: int) -> tuple[str, tuple[int, int]]:
    """The words before a colon that introduces the enumeration (``全面禁止入境：``), from the last
    comma before it."""
    head = text[lead_start:first]
    if (bracket := _BRACKET_LABEL_RE.search(head)) is not None and (label := group_label(bracket.group(1))):
        return label, (lead_start + bracket.start(1), lead_start + bracket.end(1))  # "【甲類】A、B"
    if (spaced := _SPACED_LABEL_RE.search(head)) is not None and (label := group_label(spaced.group(1))):
        return label, (lead_start + spaced.start(1), lead_start + spaced.end(1))  # "▽甲組　A、B"
    line_start = text.rfind("\n", 0, first) + 1
    if lead_start <= line_start and _unmarked_label_end(text, line_start) == first:
        unmarked = _UNMARKED_START_RE.match(text, line_start)
        if unmarked is not None and (label := group_label(unmarked.group(1))):
            return label, unmarked.span(1)  # "全面禁止　A、B" in a block of such lines
    if (series := series_sentence_label(text, lead_start, first))[0]:
        return series  # "第三級則包括甲國、乙國…", "第一級共5個國家：…": the label opens the sentence
    colon = max(head.rfind("："), head.rfind(":"))
    after = head[colon + 1 :].strip(WHITESPACE + '「『“"')
    if colon <= 0 or (after and not AFTER_COLON_CUE_RE.fullmatch(after)):
        return "", (0, 0)  # ("第一級：包括甲國、乙國": a cue word after the colon, the label before it)
    # an English lead-in keeps its commas ("In June, …:"); a Chinese one starts after a comma or after
    # the colon of the sentence's own lead-in ("…如下：稅率為41%的有：")
    commas = "，、：:" if is_east_asian(head) else ""
    colons = len(head[:colon]) - len(head[:colon].rstrip("：:"))  # "甲類：：": one colon printed twice
    comma = max((head.rfind(c, 0, colon - colons) for c in commas), default=-1)
    raw_start = comma + 1
    raw = head[raw_start:colon]
    label = group_label(raw)
    if not label or len(label) > 40:
        return "", (0, 0)
    offset = raw.find(label)
    s = lead_start + raw_start + (offset if offset >= 0 else 0)
    return label, (s, s + (len(label) if offset >= 0 else len(raw)))
