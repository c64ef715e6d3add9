"""People printed one to a paragraph or a line: a name, the post after it, perhaps a biography.

- ``張三，甲國內政部長。1961年出生，曾任乙市市長。`` (a comma, the post, a full stop, the biography)
- ``張三（甲國內政部長）：曾任乙市市長。`` (the post in brackets, a colon or a full stop, the biography)
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
from dataclasses import dataclass, replace

from pipeline.lang.births import birth_of
from pipeline.lang.counts import lead_in_counts
from pipeline.lang.cues import RELATIVE_CLAUSE_RE, TITLE_WORDS
from pipeline.lang.scripts import CJK, KANA, WHITESPACE
from pipeline.models import Attribute, AttributeKind, Heading
from sources.base import Document, Extraction
from sources.item_titles import is_title
from sources.layouts._headings import group_label
from sources.layouts._lines import Line, body_lines
from sources.layouts._records import RawItem, build_mentions

MIN_PEOPLE = 3  # paragraphs in a row, each a person and a post, that make a list
MAX_CJK_POST = 32  # characters of a post after a name ("甲國政府駐乙市特別行政區某某公署署長")
MAX_EN_POST = 80  # characters of an English post ("the deputy governor of the Borduria central bank")
MAX_LEAD_CHARS = 120  # a lead-in line above the run that may state its count

_EAST_NAME = rf"[{CJK}{KANA}ー·・]{{2,8}}?"
_EAST_HEAD_RES = (
    # 張三，甲國內政部長。… : the post runs to the full stop (or to the end of the line)
    re.compile(
        rf"(?P<name>{_EAST_NAME})[，,、](?P<post>[^，,。；;：:（）()「」\s]{{2,{MAX_CJK_POST}}})(?=。|$)"
    ),
    # 張三（甲國內政部長）：… , 山田太郎氏（甲国内務相）
    re.compile(rf"(?P<name>{_EAST_NAME})[（(](?P<post>[^（）()]{{2,{MAX_CJK_POST}}})[）)](?=[：:。]|$)"),
)
_EN_NAME = r"[A-Z][a-z'’\-]+(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3}"
_EN_COMMA_RE = re.compile(rf"(?P<name>{_EN_NAME}),\s+(?P<post>[^,.;:()]{{3,{MAX_EN_POST}}})")
_EN_DASH_RE = re.compile(
    rf"(?P<name>{_EN_NAME})(?P<dash>\s+(?:[—–]|--)\s+)(?P<post>[^,.;:()]{{3,{MAX_EN_POST}}})"
)
_EN_STOP_RE = re.compile(r"\.(?:\s|$)|$")
# a name alone on its line: "Jane Roe", "張三", "約翰·羅伊"
_NAME_LINE_RE = re.compile(
    rf"{_EN_NAME}|[{CJK}]{{2,4}}|[{CJK}{KANA}ー]{{1,8}}[·・][{CJK}{KANA}ー·・]{{1,12}}"
)
_POST_LINE_RE = re.compile(rf"[^。.,，;；:：]{{2,{MAX_EN_POST}}}(?=。|\.(?:\s|$)|$)")
_CLAUSE_RE = re.compile(r"[，,、。；;]")
# a post named at length ends with the title word its head holds ("…公署署長", "…委員會秘書長")
_TITLE_END_RE = re.compile("(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + ")$")


def _a_post(text: str) -> bool:
    return is_title(text) or _TITLE_END_RE.search(text) is not None


@dataclass(frozen=True, slots=True)
class _Person:
    """One paragraph's person: the span of the name and post (the item), the biography after it, and
    the dash (or enumeration comma) that stands for the comma between them, if any (its span)."""

    start: int
    end: int
    bio: tuple[int, int]
    dash: tuple[int, int] | None
    shape: int
    post: tuple[int, int] | None = None  # the post on the line under a name alone on its line


def _person(line: Line) -> _Person | None:
    """The person ``line`` opens with, when the whole line is a name, a post and perhaps a biography."""
    text = line.text.rstrip(WHITESPACE)
    lead = len(text) - len(text.lstrip(WHITESPACE))
    for shape, pattern in enumerate(_EAST_HEAD_RES):
        if (m := pattern.match(text, lead)) is not None and _a_post(m["post"]):
            # "山田太郎、甲国内務相。": the enumeration comma stands for the comma between name and post
            sep = m.end("name")
            dash = (line.start + sep, line.start + sep + 1) if text[sep] == "、" else None
            return _Person(line.start + lead, line.start + m.end(), _bio(line, m.end() + 1), dash, shape)
    if (
        (m := _EN_COMMA_RE.match(text, lead)) is not None
        and _a_post(m["post"])
        and (RELATIVE_CLAUSE_RE.match(text[m.end() :]) or _EN_STOP_RE.match(text, m.end()))
    ):
        return _Person(line.start + lead, line.start + m.end(), _bio(line, m.end() + 1), None, 2)
    if (
        (m := _EN_DASH_RE.match(text, lead)) is not None
        and _a_post(m["post"])
        and _EN_STOP_RE.match(text, m.end())
    ):
        dash = (line.start + m.start("dash"), line.start + m.end("dash"))
        return _Person(line.start + lead, line.start + m.end(), _bio(line, m.end() + 1), dash, 3)
    return None


def _name_over_post(line: Line, below: Line | None) -> _Person | None:
    """A name alone on ``line`` and its post opening the line ``below`` (then the biography)."""
    if below is None or not _NAME_LINE_RE.fullmatch(name := line.stripped):
        return None
    text = below.text.rstrip(WHITESPACE)
    lead = len(text) - len(text.lstrip(WHITESPACE))
    if (m := _POST_LINE_RE.match(text, lead)) is None or not is_title(m.group(0)):
        return None
    start = line.start + line.text.index(name)
    post = (below.start + lead, below.start + m.end())
    return _Person(start, start + len(name), _bio(below, m.end() + 1), None, 4, post)


def _bio(line: Line, at: int) -> tuple[int, int]:
    text = line.text.rstrip(WHITESPACE)
    at = min(at, len(text))
    return line.start + at, line.start + len(text)


def _runs(lines: Sequence[Line]) -> list[tuple[Line | None, list[_Person]]]:
    """Runs of ``MIN_PEOPLE`` people or more in a row (blank lines between allowed), of one shape, with
    the line above each run."""
    full = [line for line in lines if line.stripped]
    runs: list[tuple[Line | None, list[_Person]]] = []
    cur: list[_Person] = []
    lead: Line | None = None
    k = 0
    while k <= len(full):
        line = full[k] if k < len(full) else None
        person = None
        if line is not None:
            person = _person(line) or _name_over_post(line, full[k + 1] if k + 1 < len(full) else None)
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


def _distinct(run: list[_Person], text: str) -> bool:
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


def _plan(doc: Document) -> list[tuple[Line | None, list[_Person]]]:
    return [(lead, run) for lead, run in _runs(body_lines(doc)) if _distinct(run, doc.text)]


def _as_commas(text: str, runs: Sequence[tuple[Line | None, list[_Person]]]) -> str:
    """``text`` with each dash (or enumeration comma) between a name and its post read as the comma it
    stands for (same length, so that every span keeps its place)."""
    dashes = [p.dash for _, run in runs for p in run if p.dash is not None]
    if not dashes:
        return text
    out = list(text)
    for s, e in dashes:
        out[s:e] = "," + " " * (e - s - 1)
    return "".join(out)


class PeopleParagraphsLayout:
    name = "people-paragraphs"
    description = "one person to a paragraph or a line: a name, a post after it, perhaps a biography"

    def detect(self, doc: Document) -> float:
        n = sum(len(run) for _, run in _plan(doc))
        # below the lines layout's score for as many lines: where it reads the lines, it reads them
        return round(min(0.8, n / (n + 7)), 4) if n >= MIN_PEOPLE else 0.0

    def extract(self, doc: Document) -> Extraction:
        runs = _plan(doc)
        grouped = len(runs) >= 2
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
