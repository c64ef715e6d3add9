"""Notes printed beside a list's items read as asides: a person's name beside an item, or a bracket that
several items share, which makes the brackets a column of the list rather than parts of the names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.models import Attribute, AttributeKind, Mention
from sources.base import Document
from sources.item_countries import countries_apart
from sources.item_english_of import BODY_WORD_RE
from sources.layouts._headings import group_label

MAX_NOTE_GROUPS = 4
# a person's English name: two to four capitalized words or initials ("Jane Q. Roe")
# a capitalized word, or two joined by a hyphen ("Jean-Luc")
_EN_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
EN_PERSON_RE = re.compile(rf"{_EN_NAME_WORD}(?:\s+(?:{_EN_NAME_WORD}|[A-Z]\.)){{1,3}}")
_PLACE_ASIDE_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}")  # "Borduria", "New Aland"
MIN_PEOPLE_ASIDES = 2


def people_asides(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """``Jane Roe (Borduria)``, ``John Doe (Carpathia)``: a capitalized word or three in parentheses after
    each of a list of people's English names says where the person is from, not another name of theirs:
    where every item is a person's name (two to four capitalized words, no word of a body's or a state's
    name) and at least two carry such a parenthesis, it is an attribute."""
    people = all(
        m.name_en
        and not m.name_zh
        and EN_PERSON_RE.fullmatch(m.name_en)
        and not BODY_WORD_RE.search(m.name_en)
        for m in mentions
    )
    carriers = [m for m in mentions if len(m.aliases) == 1 and _PLACE_ASIDE_RE.fullmatch(m.aliases[0])]
    if not people or len(carriers) < MIN_PEOPLE_ASIDES:
        return mentions
    out = []
    for m in mentions:
        at = doc.text.find(m.aliases[0], m.start, m.end) if m in carriers else -1
        if at < 0:
            out.append(m)
            continue
        aside = Attribute(AttributeKind.OTHER, m.aliases[0], "", at, at + len(m.aliases[0]))
        asides = countries_apart(doc.text, [aside])  # "(Borduria)": the person's country
        out.append(
            replace(m, aliases=(), attributes=tuple(sorted((*m.attributes, *asides), key=lambda a: a.start)))
        )
    return out


MIN_NOTE_COLUMN = 3  # items of a list each with one bracket, some shared, that make the brackets a column


def shared_asides(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A parenthesis several items of one list share (``Aland (full ban)``, ``Borduria (full ban)``)
    is no other name of each: it is the items' group when the list has none and every item carries one
    of a few such words, else an attribute of each. Where every item carries such a note and some share
    theirs (``張三（甲國籍）``, ``李四（甲國籍）``, ``王五（乙國籍）``), a note no other item shares is an
    attribute of its item as well."""
    mentions = _name_brackets_as_notes(mentions)
    notes = [m.note for m in mentions if m.note]
    every = set(notes) if len(notes) == len(mentions) and len(set(notes)) < len(notes) else set()
    # one bracket after every name, some shared (``Acme Ltd (Aland)``, ``Bolt Co (Aland)``, ``Crane FZE
    # (Borduria)``): a column of notes, the one no other item shares as much as the rest
    printed = Counter(a for m in mentions for a in {m.note, *m.aliases} if a)
    # (items printing no bracket at all, a few, leave the column as it is: ``丙（甲隊）``, ``丁``)
    asides = [_column_aside(m, printed) for m in mentions if m.note or m.aliases]
    column = len(asides) >= MIN_NOTE_COLUMN and 2 * len(asides) > len(mentions) and all(asides)
    if not every and column and len(set(asides)) < len(asides):
        every = set(asides)
    mentions = [_note_as_aside(m) if m.note and (notes.count(m.note) > 1 or every) else m for m in mentions]
    counts: dict[str, int] = {}
    for m in mentions:
        for a in m.aliases:
            counts[a] = counts.get(a, 0) + 1
    shared = {a for a, n in counts.items() if n >= 2}
    if not shared:
        return mentions
    described = shared | every
    labels = [next((a for a in m.aliases if a in shared), "") for m in mentions]
    as_groups = (
        all(labels)
        and not any(m.group for m in mentions)
        # a list of people's posts (``主席：張三（甲黨）``): the bracket is what is said of each person
        and not all(any(a.kind is AttributeKind.TITLE for a in m.attributes) for m in mentions)
        and 2 <= len(set(labels)) <= MAX_NOTE_GROUPS
        and all(sum(1 for a in m.aliases if a in shared) == 1 for m in mentions)
    )
    out = []
    for m, label in zip(mentions, labels, strict=True):
        aliases = tuple(a for a in m.aliases if a not in described)
        if as_groups:
            out.append(replace(m, aliases=aliases, group=group_label(label) or label))
            continue
        attrs = list(m.attributes)
        for a in m.aliases:
            if a in described and (at := doc.text.find(a, m.start, m.end)) >= 0:
                attrs.append(Attribute(AttributeKind.OTHER, a, "", at, at + len(a)))
        out.append(replace(m, aliases=aliases, attributes=tuple(attrs)))
    return out


# a name closed by a bracket of one or two characters (``甲乙丙丁（野球）``), which a short name may hold
# (``剛果（布）``): the bracket, the name before it
_NAME_BRACKET_RE = re.compile(r"(?P<name>.+?)\s*[（(](?P<note>[^（）()]{1,2})[）)]$")


def _name_brackets_as_notes(mentions: list[Mention]) -> list[Mention]:
    """A bracket read as part of an item's name (``山田太郎（野球）``) that another item of the list
    prints too, as its note, another name or its name's bracket (``ジェーン・ロー（野球）``,
    ``鈴木一郎（野球）``), or that stands in a column of brackets every item prints, some alike
    (``張三（丙隊）`` among ``李四（甲隊）``, ``王五（甲隊）``, ``趙六（乙隊）``), is one column's note, not

    name's (``剛果（布）`` beside ``剛果（金）`` and names of no bracket: brackets no two items share)."""
    closing = [_NAME_BRACKET_RE.fullmatch(m.name_zh) if not m.note else None for m in mentions]
    printed = Counter(a for m in mentions for a in {m.note, *m.aliases} if a)
    printed.update(found["note"] for found in closing if found is not None)
    # every item with a bracket, some printed by two: a column, which holds the one no other prints too
    column = all(m.note or m.aliases or c is not None for m, c in zip(mentions, closing, strict=True)) and (
        max(printed.values(), default=0) > 1
    )
    out = []
    for m, found in zip(mentions, closing, strict=True):
        if found is not None and (printed[found["note"]] > 1 or column):
            m = replace(m, name_zh=found["name"], note=found["note"])
        out.append(m)
    return out


def _column_aside(m: Mention, printed: Counter[str]) -> str:
    """The bracket of ``m`` that a column of notes would hold: its note, else the alias another item
    prints too, else its one alias (``""`` when it has none, or several none of which another prints)."""
    if m.note:
        return m.note
    shared = [a for a in m.aliases if printed[a] > 1]
    return shared[0] if shared else (m.aliases[0] if len(m.aliases) == 1 else "")


def _note_as_aside(m: Mention) -> Mention:
    """A describing parenthesis (``Aland (full ban)``) read as the item's note, which several items share,
    is weighed as the other asides are: it is their group or an attribute of each."""
    if m.note in m.aliases:
        return replace(m, note="")
    return replace(m, aliases=(*m.aliases, m.note), note="")
