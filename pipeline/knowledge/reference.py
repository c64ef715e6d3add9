"""Reference lists and user gazetteer files: their records and the fields of their files.

A *reference list* is the official list a story reports (groups with their stated counts, value
columns, entries with names in several languages, aliases, values and attributes); a *gazetteer
file* only names things (organizations, companies, people): entries with names and aliases, no
groups, columns or values. Both give names to codes: an entry's ``id`` is its code, and every name
and alias of the entry is a name of it (``ReferenceList.gazetteer``).

The records of one loaded file (``ReferenceList`` and its entries, groups and columns) and the fields the
files name; reading them: ``pipeline.knowledge.reference_file`` (JSON: ``reference_json``, CSV:
``reference_csv``).

``demonyms``: the words that say a person is from the entry's place, where English does not make them
from the place's name by its endings (``Borduria`` -> ``Bordurian`` is read without one; a word of
another make, such as ``Syldavic`` for Syldavia, needs one); a plural with ``s`` is read too. They are
read as nationalities, never as names of the place in a list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pipeline.knowledge.gazetteer import Gazetteer

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "ReferenceColumn",
    "ReferenceEntry",
    "ReferenceGroup",
    "ReferenceKind",
    "ReferenceList",
]

VERSION = "1"
MAX_FILE_BYTES = 20_000_000
MAX_DEPTH = 6  # document -> entries -> entry -> names -> name is 4 deep; room for a little more

# JSON fields and CSV columns
F_VERSION, F_KIND, F_TITLE, F_SOURCE, F_DATE = "version", "kind", "title", "source", "date"
F_GROUPS, F_COLUMNS, F_ENTRIES = "groups", "columns", "entries"
F_ID, F_LABEL, F_COUNT, F_UNIT = "id", "label", "count", "unit"
F_GROUP, F_NAMES, F_ALIASES, F_VALUES, F_ATTRIBUTES = "group", "names", "aliases", "values", "attributes"
F_DEMONYMS = "demonyms"
CSV_NAME_PREFIX = "name_"
CSV_ALIAS_SEPARATOR = "|"


class ReferenceKind(StrEnum):
    REFERENCE = "reference"
    GAZETTEER = "gazetteer"


@dataclass(frozen=True, slots=True)
class ReferenceGroup:
    id: str
    label: str
    count: int | None = None


@dataclass(frozen=True, slots=True)
class ReferenceColumn:
    id: str
    label: str
    unit: str = ""


@dataclass(frozen=True, slots=True)
class ReferenceEntry:
    id: str
    names: tuple[tuple[str, str], ...]  # (language tag, name), in file order
    aliases: tuple[str, ...] = ()
    group: str | None = None
    values: tuple[tuple[str, float], ...] = ()  # (column id, value)
    attributes: tuple[tuple[str, str], ...] = ()
    demonyms: tuple[str, ...] = ()  # words for a person from the place ("Ruritanian")

    def name(self, lang: str) -> str:
        return next((n for tag, n in self.names if tag == lang), "")

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*(n for _tag, n in self.names), *self.aliases]))


@dataclass(frozen=True, slots=True)
class ReferenceList:
    kind: ReferenceKind
    entries: tuple[ReferenceEntry, ...]
    groups: tuple[ReferenceGroup, ...] = ()
    columns: tuple[ReferenceColumn, ...] = ()
    title: str = ""
    source: str = ""
    date: str = ""
    path: str = field(default="", compare=False)

    def gazetteer(self) -> Gazetteer:
        """Every name and alias of every entry -> the entry's id."""
        pairs = [(e.id, n) for e in self.entries for n in e.all_names]
        demonyms = [(e.id, d) for e in self.entries for d in e.demonyms]
        return Gazetteer.build(pairs, demonyms=demonyms, sources=(Path(self.path).name or self.title,))
