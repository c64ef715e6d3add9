"""One party's forms joined by what the outlets print (step 2 of ``checks.parties``, ``_forms``): the same
text folded, a form beside an acronym or beside the one letter a list's tags print for the party, a word
the article counts as many times as the list prints its letter. Called by ``checks.parties``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from pipeline.checks.party_tags import _ACRONYM_RE, _fold
from pipeline.checks.view import _View
from pipeline.lang.numbers import english_number, parse_int

_LETTER_RE = re.compile(r"[A-Z]")  # a party's letter, as a US-style tag prints it ("甲黨（A）")
_ACRONYM_END_RE = re.compile(r"[A-Z][A-Z0-9]{1,7}$")  # an acronym closing the text before a bracket
# a form printed beside its acronym: "甲黨（AP）", "Aland Party (AP)", "AP（甲黨）"
_PAIR_RE = re.compile(r"([^\n（）()、，,。；;：:]{1,24}?)\s?[（(]\s*([^（）()]{1,24}?)\s*[)）]")


class _Forms:
    """One party's forms joined by what the outlets print (a union-find over folded forms)."""

    def __init__(self) -> None:
        self.up: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.up.get(x, x) != x:
            self.up[x] = self.up.get(self.up[x], self.up[x])
            x = self.up[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.up[max(ra, rb)] = min(ra, rb)


def _tag_forms(tag: str) -> list[str]:
    """The folded forms a tag holds: its text, or both sides of ``甲黨（AP）``."""
    m = _PAIR_RE.fullmatch(tag.strip())
    forms = [m.group(1), m.group(2)] if m is not None else [tag]
    return [f for f in map(_fold, forms) if f]


def _pairs(text: str, known: set[str]) -> list[tuple[str, str]]:
    """(form, acronym), folded, printed side by side in ``text`` where either is a tag some list prints:
    the bracket's acronym (or a tag's one letter) and the known form the text before it ends with, or the
    other way round."""
    out = []
    for m in _PAIR_RE.finditer(text):
        before, inside = _fold(m.group(1)), unicodedata.normalize("NFKC", m.group(2))
        if _ACRONYM_RE.fullmatch(inside) or (_LETTER_RE.fullmatch(inside) and _fold(inside) in known):
            acr, ending = _fold(inside), max((k for k in known if before.endswith(k)), key=len, default="")
        elif (latin := _ACRONYM_END_RE.search(unicodedata.normalize("NFKC", m.group(1)))) is not None:
            acr, ending = _fold(latin.group(0)), _fold(inside)
        else:
            continue
        if ending and ending != acr and (ending in known or acr in known):
            out.append((ending, acr))
    return out


def _forms(view: _View, tags: dict[str, dict[str, str]]) -> _Forms:
    """The forms joined by the outlets' own pairs: in their tags, then anywhere in their articles."""
    forms = _Forms()
    known = {f for by_ent in tags.values() for t in by_ent.values() for f in _tag_forms(t)}
    for by_ent in tags.values():
        for t in by_ent.values():
            first, *rest = _tag_forms(t)
            for f in rest:
                forms.join(first, f)
    for art in sorted(tags):
        for form, acr in _pairs(view.ctx.articles[art].body, known):
            forms.join(form, acr)
        for letter, word in _counted_letters(view.ctx.articles[art].body, tags[art]):
            forms.join(letter, word)
    return forms


# a count and the capitalized word it counts ("three Aland Partyists" -> 3, "Alanders")
_COUNTED_WORD_RE = re.compile(r"\b(?P<n>[0-9]{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<word>[A-Z][a-z]{2,})\b")


def _counted_letters(text: str, by_ent: dict[str, str]) -> list[tuple[str, str]]:
    """(letter, word), folded, where ``text`` counts as many of a capitalized word (its plural's ``s``
    aside) as the list prints the tag's one letter that word begins with (``three Alanders`` over three
    ``(A-Northshire)`` tags): the article says what its letters stand for."""
    letters = Counter(t for t in by_ent.values() if _LETTER_RE.fullmatch(t))
    out = []
    for m in _COUNTED_WORD_RE.finditer(text):
        n = parse_int(m["n"]) if m["n"][0].isdigit() else english_number(m["n"])
        word = m["word"]
        if n and letters.get(word[0]) == n:
            out.append((_fold(word[0]), _fold(word.removesuffix("s"))))
    return sorted(set(out))
