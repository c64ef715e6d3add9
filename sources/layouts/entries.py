"""People listed as official sanctions lists print them, one entry a line:
``ROE, Jane Quincy (a.k.a. ROE, Jane; a.k.a. DOE, J.), Director of the Security Service, Borduria; DOB …``.

The family name in capitals, a comma and the given names; other names after ``a.k.a.`` in parentheses;
then, after commas, the person's post and the place it is held in; after the first semicolon the record's
fields (``DOB 02 Mar 1961; POB Aland City; nationality Aland; Passport A1234567``), each kept as an
attribute labelled by its first word (``other``, its text the rest: a date of birth is compared across
outlets by its label), but a post printed among them with no label (``…; Gender Female; Chief Executive of
Aland (individual) [AB-EO1234].``) is a title; the closing type and programme tags (``(individual)
[AB-EO1234].``) left out. The item's name and other names read given names first (``Jane Quincy Roe``), as
a news list prints them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.record_fields import FIELD_RE
from pipeline.models import Attribute, AttributeKind, Kind, Mention
from sources.base import Document, Extraction
from sources.inverted_names import FAMILY_GIVEN_RE, given_first
from sources.item_titles import is_title
from sources.layouts._lines import Line, body_lines

MIN_ENTRIES = 2
MAX_BLANKS = 1  # blank lines between two entries of one list
BASE_CONFIDENCE = 0.6  # two entries in the official style say more than most lines can
STEP_CONFIDENCE = 0.1
MAX_CONFIDENCE = 0.95

_NAME = r"[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)*,\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*"
# an entry: the name (family name in capitals, given names), its other names, then the rest
_ENTRY_RE = re.compile(
    r"(?P<name>" + _NAME + r")\s*(?:\((?P<aka>(?:a\.k\.a\.|f\.k\.a\.|aka)[^()]*)\))?\s*(?P<rest>[,;].*)?$"
)
_AKA_RE = re.compile(r"^\s*(?:a\.k\.a\.|f\.k\.a\.|aka)\s*", re.IGNORECASE)
# a record's field: its label (one word), then what it says
_FIELD_RE = re.compile(r"(?P<label>[A-Za-z][\w.\-]*)\s+(?P<text>\S.*?)\s*$", re.S)
# the record's closing tags: its type in brackets and its programmes in square brackets, a full stop
_TAGS_RE = re.compile(r"(?:\s*\([a-z]+\))?(?:\s*\[[^\[\]]*\])+\s*\.?\s*$|\s*\.\s*$")


def _entry(line: Line) -> re.Match[str] | None:
    text = line.text.strip()
    m = _ENTRY_RE.match(text) if text else None
    given = FAMILY_GIVEN_RE.match(m.group("name")) if m is not None else None
    if given is not None and is_title(given.group("given")):
        return None  # "JANE ROE, Prime Minister": a name in capitals, then the post, not given names
    return m


def _runs(lines: Sequence[Line]) -> list[list[Line]]:
    """Runs of entry lines, parted by no more than ``MAX_BLANKS`` blank lines, of ``MIN_ENTRIES`` or more."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    blanks = 0
    for line in lines:
        if not line.text.strip():
            blanks += 1
            continue
        if _entry(line) is not None:
            if current and blanks > MAX_BLANKS:
                runs.append(current)
                current = []
            current.append(line)
        elif current:
            runs.append(current)
            current = []
        blanks = 0
    if current:
        runs.append(current)
    return [r for r in runs if len(r) >= MIN_ENTRIES]


def _attributes(line: Line, m: re.Match[str]) -> tuple[Attribute, ...]:
    """The post and the place after the name's commas (up to the record's first semicolon)."""
    rest = m.group("rest") or ""
    if not rest.startswith(","):
        return ()
    at = line.start + (len(line.text) - len(line.text.lstrip())) + m.start("rest")
    head = rest.split(";", 1)[0]
    out: list[Attribute] = []
    pos = 0
    for k, piece in enumerate(head.split(",")):
        words = piece.strip()
        s = at + pos + piece.find(words) if words else 0
        pos += len(piece) + 1
        if not words:
            continue
        kind = AttributeKind.TITLE if k == 1 and is_title(words) else AttributeKind.OTHER
        out.append(Attribute(kind, words, "", s, s + len(words)))
    return tuple(out)


def _fields(line: Line, m: re.Match[str]) -> tuple[Attribute, ...]:
    """The record's fields after the first semicolon, one attribute each (``DOB 02 Mar 1961``: label
    ``DOB``, text ``02 Mar 1961``), the closing tags left out."""
    rest = m.group("rest") or ""
    if ";" not in rest:
        return ()
    at = line.start + (len(line.text) - len(line.text.lstrip())) + m.start("rest") + rest.index(";") + 1
    record = rest[rest.index(";") + 1 :]
    tags = _TAGS_RE.search(record)
    record = record[: tags.start()] if tags else record
    out: list[Attribute] = []
    pos = 0
    for piece in record.split(";"):
        field = _FIELD_RE.match(piece.strip())
        if piece.strip() and FIELD_RE.match(piece.strip()) is None and is_title(piece.strip()):
            s = at + pos + piece.index(piece.strip())  # "Chief Executive of Aland": the post, no label
            out.append(Attribute(AttributeKind.TITLE, piece.strip(), "", s, s + len(piece.strip())))
        elif field is not None:
            s = at + pos + piece.index(piece.strip())
            text = field.group("text")
            out.append(
                Attribute(
                    AttributeKind.OTHER,
                    text,
                    field.group("label"),
                    s + field.start("text"),
                    s + field.end("text"),
                )
            )
        pos += len(piece) + 1
    return tuple(out)


def _mention(doc: Document, line: Line, position: int) -> Mention | None:
    m = _entry(line)
    if m is None:
        return None
    offset = line.start + len(line.text) - len(line.text.lstrip())
    aliases = tuple(
        given_first(_AKA_RE.sub("", piece))
        for piece in (m.group("aka") or "").split(";")
        if _AKA_RE.match(piece)
    )
    rest = m.group("rest") or ""
    end = offset + (m.start("rest") + rest.find(";") if ";" in rest else m.end())
    return Mention(
        article=doc.id,
        kind=Kind.LIST,
        position=position,
        category=None,
        name_zh="",
        name_en=given_first(m.group("name")),
        acronym="",
        aliases=tuple(a for a in dict.fromkeys(aliases) if a),
        note="",
        start=offset + m.start("name"),
        end=end,
        attributes=_attributes(line, m) + _fields(line, m),
    )


class EntriesLayout:
    name = "entries"
    description = "sanctions-list entries, one a line: 'FAMILY, Given (a.k.a. …), post, place; DOB …'"

    def detect(self, doc: Document) -> float:
        n = sum(len(r) for r in _runs(body_lines(doc)))
        if n < MIN_ENTRIES:
            return 0.0
        return min(MAX_CONFIDENCE, BASE_CONFIDENCE + STEP_CONFIDENCE * n)

    def extract(self, doc: Document) -> Extraction:
        mentions: list[Mention] = []
        for run in _runs(body_lines(doc)):
            for line in run:
                if (mention := _mention(doc, line, len(mentions) + 1)) is not None:
                    mentions.append(mention)
        return Extraction(self.name, tuple(mentions))


LAYOUTS = (EntriesLayout(),)
