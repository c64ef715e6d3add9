"""Demonyms: the word that says where a person is from, read back to the place it is made from.

* English: a place's name with its ending changed (``Borduria`` -> ``Bordurian``, ``Aland`` ->
  ``Alandese``, ``Carpathy`` -> ``Carpathian``). ``place_spellings`` undoes the endings English puts on
  (``-n``, ``-an``, ``-ian``, ``-ese``, ``-i``, ``-ish``, ``-er``, ``-ic``) and tries the endings place
  names have (``-a``, ``-ia``, ``-y``, ``-ey``, ``-land``…), with a doubled last letter of the stem
  single (``Carpattish`` -> ``Carpatland``); the gazetteer tells which spelling is a place
  (``pipeline.knowledge.gazetteer``). A plural is read as its singular (``Bordurians``). A demonym not
  made from the place's name (an irregular one) is read from a user gazetteer file's ``demonyms``.
* A count of people by where they are from (``six Bordurians``): a capitalized plural with a demonym's
  ending after a number (``DEMONYM_PLURAL``), read by ``pipeline.lang.counts`` as people.
* Chinese and Japanese: a territory's name then ``人`` (``甲國人``, ``アランド人``), where the names are
  CLDR's, through Babel (``place_before_person``).
* A person's country printed with their post: a territory's name at the start of ``甲國總統張三`` or
  ``甲国のジェーン・ロー大統領`` (``place_at_start``), an English territory's name or a demonym made from
  one (``Borduria``, ``Bordurian``, ``North Bordurian``: ``english_place``), CLDR's names through Babel.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.name_words import STATE_FORM_END_RE
from pipeline.lang.scripts import simplified

# endings English adds to a place's name to say who is from there, the shortest first (the longest stem
# is the likeliest place: ``Bordurian`` is ``Borduria`` before it is ``Bordur``)
EN_DEMONYM_ENDINGS = ("", "n", "i", "an", "er", "ic", "ian", "ese", "ish")
# endings of places' names that a demonym drops
EN_PLACE_ENDINGS = ("", "a", "e", "o", "y", "ia", "en", "ey", "um", "and", "ium", "land")
# a plural demonym, as a word that counts people after a number ("six Bordurians", "two Carpathians",
# "three Syldavis"): a capital, then a demonym's ending and the plural s
DEMONYM_PLURAL = r"(?-i:[A-Z][a-z]{2,}(?:an|on|i)s)"
MIN_STEM = 3  # letters of a stem a demonym keeps of its place's name
_EN_WORDS_RE = re.compile(r"^(?P<before>(?:[A-Za-z]+[ -]){0,2})(?P<last>[A-Za-z]{4,})$")
# the person-word after a place's name in Chinese and Japanese
PERSON_AFTER_PLACE = "人"
# CLDR's locales whose territory names are read in Chinese and Japanese text
EAST_ASIAN_LOCALES = ("zh_Hans", "zh_Hant", "zh_Hant_HK", "ja")
MAX_PLACE_CHARS = 12


def singulars(word: str) -> tuple[str, ...]:
    """``word`` and, when it may be an English plural (``Bordurians``, not ``Swiss``), its singular."""
    w = word.strip()
    if len(w) > MIN_STEM + 1 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return (w, w[:-1])
    return (w,)


def place_spellings(word: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """The names of places an English demonym (``Bordurian``, ``South Bordurian``) may be made from: the
    words before its last one as printed, and the spellings of the last one (lower case), in groups, the
    likeliest first (the longest stem kept); ("", ()) for what is no single word or two."""
    m = _EN_WORDS_RE.match(word.strip())
    if m is None:
        return "", ()
    last = m.group("last").casefold()
    groups = []
    for ending in EN_DEMONYM_ENDINGS:
        if not last.endswith(ending):
            continue
        stem = last[: len(last) - len(ending)]
        if len(stem) < MIN_STEM:
            continue
        groups.append(tuple(stem + end for end in EN_PLACE_ENDINGS if ending or end))
        if len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            groups.append(tuple(stem[:-1] + end for end in EN_PLACE_ENDINGS if end))
    return m.group("before"), tuple(groups)


@lru_cache(maxsize=1)
def _east_asian_places() -> frozenset[str]:
    """CLDR's names of countries and territories (two-letter codes) in Chinese and Japanese, Simplified,
    and each without the word of a form of state closing it (``甲乙共和國``: ``甲乙``)."""
    from babel import Locale

    names: set[str] = set()
    for locale in EAST_ASIAN_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha() and code != "ZZ":
                names.add(simplified(name))
                if (form := STATE_FORM_END_RE.search(name)) is not None and form.start() >= 2:
                    names.add(simplified(name[: form.start()]))
    return frozenset(names)


def place_before_person(text: str) -> int:
    """The length of ``甲國人`` at the start of ``text`` when it is a territory's name (CLDR's, in
    Chinese or Japanese) then ``人`` and the end of a clause; 0 otherwise."""
    at = text.find(PERSON_AFTER_PLACE, 0, MAX_PLACE_CHARS + 1)
    if at < 2:
        return 0
    after = text[at + 1 : at + 2]
    if after and after not in "，,、。；;）)":
        return 0
    return at + 1 if simplified(text[:at]) in _east_asian_places() else 0


@lru_cache(maxsize=1)
def _english_places() -> frozenset[str]:
    """CLDR's English names of countries and territories (two-letter codes), lower case."""
    from babel import Locale

    territories = Locale.parse("en").territories
    return frozenset(n.lower() for c, n in territories.items() if len(c) == 2 and c.isalpha() and c != "ZZ")


def english_place(words: str, *, demonym: bool = True) -> bool:
    """``words`` name a territory in English as CLDR does (``Borduria``), or (``demonym``) are a demonym
    made from one (``Bordurian``, ``North Bordurian``)."""
    places = _english_places()
    if words.strip().lower() in places:
        return True
    if not demonym:
        return False
    before, groups = place_spellings(words)
    return any(f"{before}{s}".lower() in places for group in groups for s in group)


def place_at_start(text: str) -> int:
    """The length of the longest territory's name (CLDR's, in Chinese or Japanese) ``text`` starts with
    (``甲國`` of ``甲國總統張三``); 0 when it starts with none."""
    places = _east_asian_places()
    for n in range(min(MAX_PLACE_CHARS, len(text)), 1, -1):
        if simplified(text[:n]) in places:
            return n
    return 0
