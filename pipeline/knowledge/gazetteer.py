"""Gazetteers: a normalized name key -> the codes of the places (or bodies, or people) it names.

Keys fold NFKC width, case, Latin diacritics, Traditional -> Simplified Chinese, ``&`` -> ``and``,
``St.`` -> ``Saint``, katakana ``ヴァ`` -> ``バ``, the word ``the``, punctuation and spaces (``name_key``).
A key shared by several codes is ambiguous: ``codes`` returns them all, and only a single code is evidence
(``code``).

The built-in gazetteer's names are gathered in ``pipeline.knowledge.gazetteer_names``; it is built once and
its index kept between runs by ``pipeline.knowledge.gazetteer_kept`` (``builtin_gazetteer``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.lang.demonyms import place_spellings, singulars
from pipeline.lang.name_words import MAIN_PART_RE
from pipeline.lang.scripts import fold_kana_v
from pipeline.normalize.scripts import to_simplified

__all__ = ["Gazetteer", "name_key"]


_SPLIT = re.compile(r"[^\w]+|_+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a place or body name (see the module docstring for the folds)."""
    s = fold_kana_v(unicodedata.normalize("NFKC", name or "").casefold())
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not _latin_mark(ch))
    s = to_simplified(unicodedata.normalize("NFKC", s)).replace("&", " and ")
    words = [w for w in _SPLIT.split(s) if w and w != "the"]
    return "".join("saint" if w == "st" else w for w in words)


def _latin_mark(ch: str) -> bool:
    """A combining mark of a Latin letter (kana voicing marks are kept: they change the sound)."""
    return unicodedata.category(ch) == "Mn" and "\u0300" <= ch <= "\u036f"


@dataclass(frozen=True, slots=True, eq=False)
class Gazetteer:
    """Name key -> codes. Built once (``build``), looked up by name; never mutated."""

    index: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False)
    sources: tuple[str, ...] = ()  # what it was built from, for the run's record
    # codes of a name the index does not hold (the built-in gazetteer's everyday English names)
    fallback: Callable[[str], frozenset[str]] | None = field(default=None, repr=False, compare=False)
    # a demonym's key -> the codes of its places, from a user file ("demonyms"): no name of the place
    demonyms: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls,
        names: Iterable[tuple[str, str]],
        *,
        derived: Iterable[tuple[str, str]] = (),
        heads: Iterable[tuple[str, str]] = (),
        demonyms: Iterable[tuple[str, str]] = (),
        sources: tuple[str, ...] = (),
    ) -> Gazetteer:
        """From (code, name) pairs; ``derived`` names join only where no other code's name has the
        key, ``heads`` (of qualified names) join whatever other codes the key has; ``demonyms`` (code,
        word for a person from there) are kept apart from the names."""
        index: dict[str, set[str]] = defaultdict(set)
        for code, name in names:
            if key := name_key(name):
                index[key].add(code)
        primary = {k: frozenset(v) for k, v in index.items()}
        for code, name in derived:
            key = name_key(name)
            if key and primary.get(key, frozenset({code})) <= {code}:
                index[key].add(code)
        for code, name in heads:
            if key := name_key(name):
                index[key].add(code)
        people: dict[str, set[str]] = defaultdict(set)
        for code, word in demonyms:
            if key := name_key(word):
                people[key].add(code)
        return cls(
            {k: frozenset(v) for k, v in sorted(index.items())},
            sources,
            demonyms={k: frozenset(v) for k, v in sorted(people.items())},
        )

    def codes(self, name: str) -> frozenset[str]:
        """Every code the name may stand for (empty when unknown); an English demonym the index does not
        hold stands for the places it may be made from (``demonym_codes``)."""
        found = self.index.get(name_key(name))
        if found is not None:
            return found
        if self.fallback is not None and (found := self.fallback(name)):
            return found
        if (whole := MAIN_PART_RE.sub("", name)) != name and (found := self.index.get(name_key(whole))):
            return found  # "甲國內地", "mainland Aland": the country whose main part it is
        return self.demonym_codes(name)

    def demonym_codes(self, word: str) -> frozenset[str]:
        """The codes of the places an English demonym is made from (``Bordurian`` -> ``Borduria``,
        ``Bordurians``): a user file's demonym as it is or without its plural ``s``, else the first group
        of ``demonyms.place_spellings`` that the index holds, all its codes."""
        key = name_key(word)
        for k in (key, key.removesuffix("s")) if key.endswith("s") else (key,):
            if found := self.demonyms.get(k):
                return found
        for form in singulars(word):
            if found := self._made_from(form):
                return found
        return frozenset()

    def _made_from(self, word: str) -> frozenset[str]:
        before, groups = place_spellings(word)
        head = name_key(before)  # the last word's spellings are lower-case letters: their own keys
        for group in groups:
            found = frozenset().union(*(self.index.get(head + s, frozenset()) for s in group))
            if found:
                return found
        return frozenset()

    def indexed(self, name: str) -> bool:
        """The name is in the index itself (not only known to the fallback)."""
        return name_key(name) in self.index

    def without_fallback(self) -> Gazetteer:
        if self.fallback is None:
            return self
        return Gazetteer(self.index, self.sources, demonyms=self.demonyms)

    def code(self, name: str) -> str | None:
        """The one code the name stands for, or None when it is unknown or ambiguous."""
        found = self.codes(name)
        return next(iter(found)) if len(found) == 1 else None

    def overlaid(self, other: Gazetteer) -> Gazetteer:
        """``other`` laid over this gazetteer: its keys replace these.

        A code of ``other`` whose names this gazetteer resolves to one single code of its own (a
        reference list that numbers its entries ``1``, ``2`` ... or writes ``af``) takes that code,
        so that the names only one of the two knows still agree with the others; the other codes
        are kept, and their names mean what ``other`` says (``Congo`` -> ``CD`` in a user file)."""
        seen: dict[str, set[str]] = defaultdict(set)
        for key, codes in other.index.items():
            mine = self.index.get(key, frozenset())
            if len(mine) == 1:
                for code in codes:
                    seen[code] |= mine
        rename = {code: next(iter(found)) for code, found in seen.items() if len(found) == 1}
        index = dict(self.index)
        index.update({k: frozenset(rename.get(c, c) for c in v) for k, v in other.index.items()})
        people = dict(self.demonyms)
        people.update({k: frozenset(rename.get(c, c) for c in v) for k, v in other.demonyms.items()})
        return Gazetteer(
            dict(sorted(index.items())),
            (*self.sources, *other.sources),
            self.fallback,
            demonyms=dict(sorted(people.items())),
        )

    def __len__(self) -> int:
        return len(self.index)
