"""People printed one to a paragraph or a line: a name, the post after it, perhaps a biography.

- ``張三，甲國內政部長。1961年出生，曾任乙市市長。`` (a comma, the post, a full stop, the biography)
- ``張三（甲國內政部長）：曾任乙市市長。`` (the post in brackets, a colon or a full stop, the biography);
  ``張三（Zhang San）：甲國內政部長。…`` (a colon for the comma, the name's reading kept)
- ``保安局局長張三：1961年出生…`` (the post before the name, under a lead-in that says a list follows)
- ``Jane Roe, the chief executive of Aland Bank, who ran its foreign desk.`` (a comma, the post, a
  relative clause or a full stop)
- ``Jane Roe — Aland's interior minister.`` (a spaced dash for the comma; in Japanese ``山田太郎、甲国
  内務相。1961年生まれ…``, an enumeration comma)
- a name alone on its line (an HTML heading or bold line) over a paragraph that opens with the post:
  ``Jane Roe`` / ``Chief executive of Aland Bank. She joined the bank in 2001.``

The name and the post are the item (read by the item parser, the post an attribute); the biography is no
post: only a date of birth it gives (``1961年出生``) is kept, as an attribute of the person. A run of
``MIN_PEOPLE`` such paragraphs or lines in a row is a list; one paragraph that names one official, as
news does, is none. Several runs each under a line of its own are the groups those lines label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.births import birth_of
from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.leads import LEAD_IN_END_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Attribute, AttributeKind, Heading
from sources.base import Document, Extraction
from sources.layouts._headings import group_label
from sources.layouts._lines import Line, body_lines
from sources.layouts._people_heads import POST_NAME_SHAPE, Person, name_over_post, person_of
from sources.layouts._records import RawItem, build_mentions

MIN_PEOPLE = 3  # paragraphs in a row, each a person and a post, that make a list
MAX_LEAD_CHARS = 120  # a lead-in line above the run that may state its count
MAX_SCORE = 0.8
MAX_LABEL_CHARS = 30  # a line over a run that labels its group ("官員：", "Board members (3):")
_CLAUSE_RE = re.compile(r"[，,、。；;]")


def _runs(lines: Sequence[Line]) -> list[tuple[Line | None, list[Person]]]:
    """Runs of ``MIN_PEOPLE`` people or more in a row (blank lines between allowed), of one shape, with
    the line above each run."""
    full = [line for line in lines if line.stripped]
    runs: list[tuple[Line | None, list[Person]]] = []
    cur: list[Person] = []
    lead: Line | None = None
    k = 0
    while k <= len(full):
        line = full[k] if k < len(full) else None
        person = None
        if line is not None:
            person = person_of(line) or name_over_post(line, full[k + 1] if k + 1 < len(full) else None)
        if person is not None and (not cur or cur[-1].shape == person.shape):
            if not cur:
                lead = full[k - 1] if k > 0 else None
            cur.append(person)
        else:
            if len(cur) >= MIN_PEOPLE:
                runs.append((lead, cur))
            cur = [person] if person is not None else []
            lead = full[k - 1] if k > 0 else None
        k += 2 if person is not None and person.post is not None else 1
    return runs


def _distinct(run: list[Person], text: str) -> bool:
    """No person twice: a list names each once (a transcript's speakers come back)."""
    names = [text[p.start : p.end] for p in run]
    return len(set(names)) == len(names)


def _birth(text: str, bio: tuple[int, int]) -> Attribute | None:
    """The clause of a biography that gives the person's date of birth (``1961年出生於甲市``)."""
    s, end = bio
    while s < end:
        m = _CLAUSE_RE.search(text, s, end)
        e = m.start() if m is not None else end
        clause = text[s:e].strip(WHITESPACE)
        if clause and birth_of("", clause) is not None:
            cs = text.index(clause, s)
            return Attribute(AttributeKind.OTHER, clause, "", cs, cs + len(clause))
        s = e + 1
    return None


def _led(lead: Line | None, run: list[Person]) -> bool:
    """A run of posts before names (``保安局局長張三：…``, as a transcript names its speakers) needs a
    lead-in line above it that says a list follows (``以下是他們的背景：``)."""
    if run[0].shape != POST_NAME_SHAPE:
        return True
    text = lead.stripped if lead is not None else ""
    return text.endswith(("：", ":")) or bool(LEAD_IN_END_RE.search(text))


def _plan(doc: Document) -> list[tuple[Line | None, list[Person]]]:
    return [
        (lead, run) for lead, run in _runs(body_lines(doc)) if _distinct(run, doc.text) and _led(lead, run)
    ]


def _as_commas(text: str, runs: Sequence[tuple[Line | None, list[Person]]]) -> str:
    """``text`` with each dash (or enumeration comma) between a name and its post read as the comma it
    stands for (same length, so that every span keeps its place)."""
    dashes = [p.sep for _, run in runs for p in run if p.sep is not None]
    if not dashes:
        return text
    out = list(text)
    for s, e in dashes:
        out[s:e] = "," + " " * (e - s - 1)
    return "".join(out)


class PeopleParagraphsLayout:
    name = "people-paragraphs"
    description = "one person to a paragraph or a line: a name, a post after it, perhaps a biography"
    ceiling = MAX_SCORE  # the highest score ``detect`` gives: asked only when it could be the best (registry)

    def detect(self, doc: Document) -> float:
        n = sum(len(run) for _, run in _plan(doc))
        # below the lines layout's score for as many lines: where it reads the lines, it reads them
        return round(min(MAX_SCORE, n / (n + 7)), 4) if n >= MIN_PEOPLE else 0.0

    def extract(self, doc: Document) -> Extraction:
        runs = _plan(doc)
        # runs each under a short line of its own are the groups those lines label (all of them or none)
        grouped = len(runs) >= 2 and all(
            lead is not None and len(lead.stripped) <= MAX_LABEL_CHARS for lead, _ in runs
        )
        raw: list[RawItem] = []
        headings: list[Heading] = []
        said_of: dict[int, list[Attribute]] = {}
        for lead, run in runs:
            label = ""
            if lead is not None and len(lead.stripped) <= MAX_LEAD_CHARS:
                label = group_label(lead.stripped) if grouped else ""
                counts = lead_in_counts(lead.stripped)
                if counts or label:
                    s = lead.start + lead.text.index(lead.stripped)
                    e = s + len(lead.stripped)
                    stated = counts[-1].value if counts else None
                    headings.append(Heading(doc.id, lead.stripped, None, stated, s, e, label))
            for person in run:
                raw.append(RawItem(person.start, person.end, None, label))
                said = [_post_below(doc.text, person.post), _birth(doc.text, person.bio)]
                said_of[person.start] = [a for a in said if a is not None]
        mentions, problems = build_mentions(replace(doc, text=_as_commas(doc.text, runs)), raw, self.name)
        mentions = [replace(m, attributes=(*m.attributes, *said_of.get(m.start, []))) for m in mentions]
        return Extraction(self.name, tuple(mentions), tuple(headings), tuple(problems))


def _post_below(text: str, post: tuple[int, int] | None) -> Attribute | None:
    return None if post is None else Attribute(AttributeKind.TITLE, text[post[0] : post[1]], "", *post)


LAYOUTS = (PeopleParagraphsLayout(),)
