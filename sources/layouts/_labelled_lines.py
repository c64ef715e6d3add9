"""A line that labels its own names after a run of names under a lead-in ending with a colon
(``Companies:`` over ``Acme Corp``, ``Borduria Trading Ltd``, then ``Individuals: Jane Roe``,
``個人：張三、李四``): it opens a second group. ``labelled_split`` sets it as a lead-in line
(``Individuals:``) over one line per name, which the lines layout then reads as a group of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline.lang.group_cues import NOTE_LABEL_RE
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE
from sources.item_titles import is_title
from sources.layouts._lines import Line
from sources.layouts._parens import split_top_level

MAX_LABEL_WORDS = 3
MAX_ZH_LABEL_CHARS = 6

_COLON_RE = re.compile("[:：]")
_DIGIT_RE = re.compile(r"\d")  # a run of bare names: a row of figures (a table read as lines) is none
_NAME_SEPS = "、,，;；"
_AND_RE = re.compile(r"\s+and\s+")
_LATIN_LABEL_RE = re.compile(rf"[A-Z][^\W\d_]*(?:[ '’-][^\W\d_]+){{0,{MAX_LABEL_WORDS - 1}}}")
_ZH_LABEL_RE = re.compile(rf"[^\W\d_]{{1,{MAX_ZH_LABEL_CHARS}}}")


def _label(head: str) -> bool:
    """``Individuals``, ``個人``, ``Source``: a few words that name something, no post (``Chairman: Jane
    Roe`` is a post before its holder's name)."""
    pattern = _ZH_LABEL_RE if EAST_ASIAN_RE.search(head) else _LATIN_LABEL_RE
    return bool(pattern.fullmatch(head)) and not is_title(head)


def _pieces(line: Line, at: int, item_line: Callable[[str], bool]) -> list[Line] | None:
    """The names after the colon at ``at``, each a line of its own (split outside brackets, as
    ``_parens.split_top_level`` splits, and at ``and``); None unless every one is an item line."""
    base = at + 1
    tail = line.text[base:]
    out: list[Line] = []
    for a, b in split_top_level(tail, _NAME_SEPS):
        cuts = [(m.start(), m.end()) for m in _AND_RE.finditer(tail, a, b)]
        starts, ends = [a, *(e for _, e in cuts)], [*(s for s, _ in cuts), b]
        for s0, e0 in zip(starts, ends, strict=True):
            part = tail[s0:e0]
            name = part.strip(WHITESPACE)
            if not name or not item_line(name):
                return None
            s = line.start + base + s0 + len(part) - len(part.lstrip(WHITESPACE))
            out.append(Line(s, s + len(name), name, line.paragraph))
    return out


def _split(
    line: Line, item_line: Callable[[str], bool], named_value: Callable[[str], bool]
) -> tuple[list[Line], bool]:
    """``line`` as a lead-in and its names when it is ``Label: name, name``, and whether the label opens a
    group (a note's label, ``Source: …``, does not); else ``[line]``."""
    text = line.text.rstrip(WHITESPACE)
    m = _COLON_RE.search(text)
    if m is None or m.end() == len(text) or named_value(line.stripped):
        return [line], False
    lead = text[: m.end()]
    head = lead[:-1].strip(WHITESPACE)
    if not _label(head):
        return [line], False
    s = line.start + len(lead) - len(lead.lstrip(WHITESPACE))
    label = Line(s, line.start + len(lead), lead.lstrip(WHITESPACE), line.paragraph)
    rest = _rest(line, len(lead))
    if NOTE_LABEL_RE.fullmatch(head):  # the note under its label, too short a run to be read
        return [label, rest], False
    # names the item parser reads as one ("Jane Roe, 45, banker"); words that are no name after the colon
    # ("Acme Corp: a maker of drones") say what the run's last item is: the line as it is
    names = _pieces(line, m.start(), item_line) or ([rest] if item_line(rest.text) else [])
    return ([label, *names], True) if names else ([line], False)


def _rest(line: Line, at: int) -> Line:
    tail = line.text[at:]
    s = line.start + at + len(tail) - len(tail.lstrip(WHITESPACE))
    text = tail.strip(WHITESPACE)
    return Line(s, s + len(text), text, line.paragraph)


def labelled_split(
    lines: Sequence[Line],
    lead_in: Callable[[str], bool],
    item_line: Callable[[str], bool],
    named_value: Callable[[str], bool],
) -> tuple[list[Line], frozenset[int]]:
    """``lines`` with each labelled line after a run of names under a colon lead-in (the run's lines
    bare names, with no colon and no figure, no blank line between) set as a lead-in over its names; and
    the starts of those lead-ins that open a group (one name under one of them is a group, as its label
    says)."""
    out: list[Line] = []
    leads: set[int] = set()
    run = -1  # names under the last colon lead-in, -1 when no such run is open
    for line in lines:
        text = line.stripped
        if run > 0 and _COLON_RE.search(text):
            split, group = _split(line, item_line, named_value)
            if len(split) > 1:
                out.extend(split)
                if group:
                    leads.add(split[0].start)
                run = -1
                continue
        out.append(line)
        if text.endswith((":", "：")) and lead_in(text):
            run = 0
        elif (
            run >= 0
            and text
            and not _COLON_RE.search(text)
            and not _DIGIT_RE.search(text)
            and item_line(text)
        ):
            run += 1
        else:
            run = -1
    return out, frozenset(leads)
