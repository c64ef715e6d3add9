"""Lists without markers: one item per line after a lead-in, and profile blocks.

- ``lines``: a lead-in line (ending with ``：``/``:``, or a short heading that states a count such as
  ``全面禁止入境（12國）``) followed by short name-shaped lines, one item each, values allowed
  (``日本：25%``, ``Ruritania 46%``). Several lead-ins make several groups. Lines that go name, title,
  name, title are one item per pair, the title its attribute. Three lines or more of a name and a value
  with words after it (``Aland: 20%, down from 46%``) that open a paragraph need no lead-in.
- ``profiles``: blocks separated by blank lines, each a short name line, a short title line and
  perhaps a sentence, repeated: the name is the item and the title line its attribute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.demonyms import place_before_person
from pipeline.lang.leads import COMPLETE_RE, LEAD_IN_RE
from pipeline.lang.row_values import dashed_numbers
from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Attribute, AttributeKind, Heading, Mention
from sources.base import Document, Extraction
from sources.item_titles import is_title
from sources.layouts._blank_noted import with_note
from sources.layouts._headings import group_label
from sources.layouts._line_blocks import _Block, _blocks
from sources.layouts._line_items import MIN_ITEMS, _lead_in, _stripped
from sources.layouts._line_profiles import (
    MIN_PROFILES,
    _bracketed,
    _field,
    _name_start,
    _posts_over_names,
    _profile,
    _profiles,
    _titled_name,
)
from sources.layouts._line_series_label import label_over_lead
from sources.layouts._lines import Line, body_lines
from sources.layouts._profile_groups import profile_groups
from sources.layouts._records import RawItem, build_mentions
from sources.layouts._table_header_words import attribute_kind

# words joined by hyphens in a lead-in, and one after a comma ("(wins-draws-losses, points in brackets)")
_HYPHENATED_LABELS_RE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)+)(?:\s*,\s*([^\W\d_]+))?")


def _hyphenated_labels(lead: str, items: Sequence[str]) -> tuple[str, ...]:
    """The labels a lead-in gives rows of numbers joined by hyphens (``Aland 40-44-42 (126)`` under
    ``(wins-draws-losses, points)``): its words joined by hyphens, and the word after them for the number
    in parentheses, where they are as many as every row's numbers; () otherwise."""
    sizes = {len(dashed_numbers(item)) for item in items}
    if len(sizes) != 1 or 0 in sizes:
        return ()
    (size,) = sizes
    for m in _HYPHENATED_LABELS_RE.finditer(lead):
        words = m.group(1).split("-")
        labels = [*words, m.group(2)] if m.group(2) and len(words) + 1 == size else words
        if len(labels) == size:
            return tuple(labels)
    return ()


def _cued(block: _Block) -> bool:
    if block.lead is None:
        return False
    lead = _stripped(block.lead)
    return block.stated is not None or bool(LEAD_IN_RE.search(lead) or COMPLETE_RE.search(lead))


class LinesLayout:
    name = "lines"
    description = (
        "one item per line without a marker, after a lead-in line ending in '：' or a counted heading"
    )

    def detect(self, doc: Document) -> float:
        lines = body_lines(doc)
        blocks = _blocks(lines)
        n = sum(len(b.items) for b in blocks)
        if n < MIN_ITEMS:
            return 0.0
        bonus = 0.1 if any(_cued(b) for b in blocks) else 0.0
        return round(min(0.9, n / (n + 6) + bonus), 4)

    def extract(self, doc: Document) -> Extraction:
        lines = body_lines(doc)
        blocks = _blocks(lines)
        grouped = len(blocks) >= 2
        raw: list[RawItem] = []
        headings: list[Heading] = []
        titles: dict[int, list[Line]] = {}
        for b in blocks:
            if (
                b.lead is not None
                and b.stated is None
                and (over := label_over_lead(lines, b.lead)) is not None
            ):
                b = replace(b, lead=over)  # "Tier 3: barred" over "Countries …, among them:": the label's
            lead = _stripped(b.lead) if b.lead is not None else ""
            label = group_label(lead) if grouped and lead else ""
            if b.lead is not None and (b.stated is not None or label):
                s = b.lead.start + len(b.lead.text) - len(b.lead.text.lstrip(WHITESPACE))
                e = b.lead.start + len(b.lead.text.rstrip(WHITESPACE))
                headings.append(Heading(doc.id, doc.text[s:e], None, b.stated, s, e, label))
            columns = _hyphenated_labels(lead, [_stripped(line) for line in b.items])
            columns = b.columns or columns  # "國家 稅率" over "甲國 25%": the header row's labels
            for k, line in enumerate(b.items):
                ls = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
                le = line.start + len(line.text.rstrip(WHITESPACE))
                raw.append(RawItem(ls, le, None, label, columns=columns))
                if b.titles:
                    titles[ls] = [b.titles[k]]
        mentions, problems = build_mentions(doc, raw, self.name)
        mentions = [with_note(doc.text, _with_title(doc, m, titles.get(m.start, []))) for m in mentions]
        return Extraction(self.name, tuple(mentions), tuple(headings), tuple(problems))


class ProfilesLayout:
    name = "profiles"
    description = "profile blocks: a name line, a title line and a sentence, repeated"

    def detect(self, doc: Document) -> float:
        n = sum(len(r) for r in _profiles(body_lines(doc)))
        # a name line with a title line under it says more than the marker alone: above the marked lists
        return round(min(0.85, n / (n + 5) + 0.1), 4) if n >= MIN_PROFILES else 0.0

    def extract(self, doc: Document) -> Extraction:
        lines = body_lines(doc)
        runs = _profiles(lines)
        raw: list[RawItem] = []
        titles: dict[int, list[Line]] = {}
        for run in runs:
            posts_over_names = _posts_over_names(run)
            for par in run:
                if posts_over_names:  # "Provost" over "John Doe": the name is the second line
                    par = [par[1], par[0], *par[2:]]
                line = par[0]
                s = _name_start(line)
                e = line.start + len(line.text.rstrip(WHITESPACE))
                if _bracketed(par):  # the name inside its brackets; the sentence under it is no title
                    s, e = s + 1, e - 1
                raw.append(RawItem(s, e, None))
                # a bracketed name's sentence, or the sentence under a name line with its post, is no title
                titles[s] = [] if _bracketed(par) or (not _profile(par) and _titled_name(par)) else par[1:]
        mentions, problems = build_mentions(doc, raw, self.name)
        return Extraction(
            self.name,
            _shared_lines_apart(
                profile_groups([_with_title(doc, m, titles.get(m.start, [])) for m in mentions])
            ),
            tuple(h for run in runs if (h := _counted_lead(doc, lines, run[0][0])) is not None),
            tuple(problems),
        )


def _counted_lead(doc: Document, lines: Sequence[Line], first: Line) -> Heading | None:
    """The lead-in right above a run of profiles, when it states how many they are (``4名新面孔入閣，以下
    是他們的簡介：``): the run's stated count."""
    above = [line for line in lines if line.end <= first.start and _stripped(line)]
    if not above or not _lead_in(text := _stripped(above[-1])) or not (counts := lead_in_counts(text)):
        return None
    lead = above[-1]
    s = lead.start + len(lead.text) - len(lead.text.lstrip(WHITESPACE))
    return Heading(doc.id, text, None, counts[-1].value, s, s + len(text))


def _with_title(doc: Document, m: Mention, lines: Sequence[Line]) -> Mention:
    """The profile's title line (the line under the name), or its labelled fields (``職務：…``,
    ``國籍：…``) each as an attribute of the kind its label names; a sentence under the title that opens
    with where the person is from (``甲國人，…``) gives that place."""
    attrs = []
    for k, line in enumerate(lines):
        s = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
        e = line.start + len(line.text.rstrip(WHITESPACE))
        label, at = _field(doc.text[s:e])
        if label:
            attrs.append(Attribute(attribute_kind(label), doc.text[s + at : e], label, s + at, e))
        elif k == 0:
            attrs.append(Attribute(AttributeKind.TITLE, doc.text[s:e], "", s, e))
        elif n := place_before_person(doc.text[s:e]):  # "甲國人，…": where the person is from
            attrs.append(Attribute(AttributeKind.OTHER, doc.text[s : s + n], "", s, s + n))
    return replace(m, attributes=(*m.attributes, *attrs))


def _shared_lines_apart(mentions: list[Mention]) -> tuple[Mention, ...]:
    """The line under each name, where no one of them is a post and two profiles or more print the same
    (``Aland FC`` under ``Jane Roe`` and under ``John Doe``): what the people belong to (a club, a body),
    an attribute of no kind, not a title."""
    lines = [a for m in mentions for a in m.attributes if a.kind is AttributeKind.TITLE and not a.label]
    texts = [a.text for a in lines]
    if not lines or any(map(is_title, texts)) or len(set(texts)) == len(texts):
        return tuple(mentions)
    return tuple(
        replace(
            m,
            attributes=tuple(
                replace(a, kind=AttributeKind.OTHER) if a.kind is AttributeKind.TITLE and not a.label else a
                for a in m.attributes
            ),
        )
        for m in mentions
    )


LAYOUTS = (LinesLayout(), ProfilesLayout())
