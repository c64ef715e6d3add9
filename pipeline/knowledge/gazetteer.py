"""Gazetteers: a normalized name key -> the codes of the places (or bodies, or people) it names.

The built-in gazetteer knows the countries and territories of ISO 3166-1 (alpha-2 codes), and the
territories CLDR adds with languages or a currency of their own (``XK`` Kosovo, the Canary Islands ``IC``,
and the one union that trades as a party of its own, ``EU``, whose currency is its members'), and CLDR's
groupings named in every locale after a currency of that locale (a currency area, which economic
figures treat as one economy: ``EZ``, the area of the currency named ``Euro``, ``歐元``, ``ユーロ``);
its regions, continents and other groupings such as ``UN``, ``QO``, its unknown region ``ZZ`` and
numeric codes are left out; under their names in

1. CLDR, through Babel, for the locales ``en``, ``zh_Hant`` (Taiwan), ``zh_Hant_HK``, ``zh_Hans`` and
   ``ja``;
2. ISO 3166-1, through pycountry: ``name``, ``official_name`` and ``common_name``, and their
   translations in pycountry's ``iso3166-1`` catalogues for ``zh_TW``, ``zh_HK``, ``zh_CN`` and ``ja``;
3. variants derived from those by rule (``_derived``): an inverted ISO name (``Korea, Republic of``
   -> ``Republic of Korea``), a leading form of state dropped (``Republic of Korea`` -> ``Korea``), a
   final parenthesized alternate (``Myanmar (Burma)`` -> ``Myanmar`` and ``Burma``; a Chinese
   qualifier is shortened to its first character: ``剛果（布拉薩）`` -> ``剛果（布）``), a parenthesis
   inside the name dropped (``Cocos (Keeling) Islands`` -> ``Cocos Islands``), a Chinese name joining two
   names shortened to their first characters (``甲乙丙和丁戊己`` -> ``甲丁``); a currency area's name
   with the language's other words for a currency's area (``Euro area`` beside ``Eurozone``,
   ``name_words.CURRENCY_AREA_WORDS``).

A derived variant is only added where no source name of another code has the same key ("still
unique"). The head of a qualified name (``Congo`` of ``Congo - Kinshasa``, ``剛果`` of
``剛果（布拉薩）``) is the exception: the qualifier is there because the head alone is shared, so the
head is added to every code it heads, and a lookup of ``Congo`` returns both Congos; so is each
translation of an ISO name that came out ambiguous (ISO's ``Congo`` in Japanese, ``コンゴ``).

Babel does not expose CLDR's ``alt="variant"`` / ``alt="short"`` names (``Turkey``, ``Ivory Coast``,
``Burma`` as its own entry): an English name the index does not hold is looked up in
``country_converter``'s expressions (``pipeline.knowledge.variants``, with its guards against names of
companies and bodies that hold a country's name). Other names users add in a gazetteer file
(``pipeline.knowledge.reference``).

Keys fold NFKC width, case, Latin diacritics, Traditional -> Simplified Chinese, ``&`` -> ``and``,
``St.`` -> ``Saint``, katakana ``ヴァ`` -> ``バ``, the word ``the``, punctuation and spaces (``name_key``).
A key shared by several codes is ambiguous: ``codes`` returns them all, and only a single code is evidence
(``code``).

Building it reads Babel's locale data and pycountry's catalogues (a tenth of a second), so the built index
is kept between runs in a cache folder (``CACHE_ENV``, else ``$XDG_CACHE_HOME/crosscheck`` or
``~/.cache/crosscheck``), in a JSON file named after what it was built from: the code that builds and
folds it (this module, the folding, the ISO catalogues' reader: ``_code_files``), the Unicode and OpenCC
versions, and the size and time of each data file read. Anything else (a missing, unreadable or damaged
file, a folder that cannot be written) builds it as before.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.cachefolder import CACHE_ENV, kept_file, package_dir, read_kept, write_kept
from pipeline.knowledge.variants import variant_codes, variants_available
from pipeline.lang import name_words, scripts
from pipeline.lang.demonyms import place_spellings, singulars
from pipeline.lang.name_words import ZH_JOINED_NAME_RE
from pipeline.lang.scripts import fold_kana_v
from pipeline.normalize import to_simplified

__all__ = ["CACHE_ENV", "CLDR_LOCALES", "ISO_CATALOGUES", "Gazetteer", "builtin_gazetteer", "name_key"]


CLDR_LOCALES = ("en", "zh_Hant", "zh_Hant_HK", "zh_Hans", "ja")
ISO_CATALOGUES = ("zh_TW", "zh_HK", "zh_CN", "ja")
ISO_FIELDS = ("name", "official_name", "common_name")

# Forms of state that may open an official English name ("Republic of ..."): language knowledge.
_STATE_FORMS = ("republic", "kingdom", "state", "principality", "commonwealth", "sultanate", "union")
_STATE_PREFIX = re.compile(rf"^(?:{'|'.join(_STATE_FORMS)})\s+of\s+(?:the\s+)?(?P<rest>.+)$", re.IGNORECASE)
_QUALIFIED = re.compile(r"^(?P<head>.+?)\s+[-–]\s+(?P<qualifier>\S.*)$")
_FINAL_PAREN = re.compile(r"^(?P<head>.+?)\s*[(（]\s*(?P<inner>[^()（）]+?)\s*[)）]\s*$")
_INNER_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_HAN = scripts.HAN_SPAN_RE
_UNKNOWN_REGION = "ZZ"  # CLDR's code for a region it does not know
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


def _iso_codes() -> list[str]:
    import pycountry

    return sorted(c.alpha_2 for c in pycountry.countries)


def _cldr_codes() -> list[str]:
    """Territories CLDR adds to ISO 3166-1: two-letter codes with languages or a currency of their own."""
    from babel.core import get_global

    languages, currencies = get_global("territory_languages"), get_global("territory_currencies")
    return sorted(
        code
        for code in {*languages, *currencies}
        if len(code) == 2 and code.isalpha() and code != _UNKNOWN_REGION
    )


def _currency_areas() -> dict[str, dict[str, str]]:
    """CLDR's groupings (letter codes neither ISO 3166-1 nor with languages or a currency of their own)
    whose name in every locale read is a currency's name in that locale and a word after it (``EZ``):
    code -> locale -> the currency's name."""
    from babel import Locale

    iso = set(_iso_codes()) | set(_cldr_codes())
    locales = [Locale.parse(loc) for loc in CLDR_LOCALES]
    out: dict[str, dict[str, str]] = {}
    for code in sorted(locales[0].territories):
        if len(code) != 2 or not code.isalpha() or code in iso:
            continue
        named = {str(loc): _currency_head(loc.territories.get(code, ""), loc.currencies) for loc in locales}
        if all(named.values()):
            out[code] = {loc: head for loc, head in named.items() if head}
    return out


def _currency_head(name: str, currencies: Mapping[str, str]) -> str | None:
    """The currency name that opens ``name`` with a word after it (``Euro`` of ``Eurozone``), else None."""
    heads = [c for c in currencies.values() if len(c) < len(name) and name.startswith(c)]
    return max(heads, key=len) if heads else None


def _area_variants(areas: Mapping[str, Mapping[str, str]]) -> list[tuple[str, str]]:
    """Each currency area under its currency's name and each of the language's words for its area."""
    out = []
    for code, heads in areas.items():
        for locale, head in heads.items():
            words = name_words.CURRENCY_AREA_WORDS.get(locale.split("_")[0], ())
            out += [(code, f"{head} {w}" if head[-1:].isascii() else f"{head}{w}") for w in words]
    return out


def _cldr_names(codes: set[str]) -> list[tuple[str, str]]:
    from babel import Locale

    out = []
    for locale in CLDR_LOCALES:
        territories = Locale.parse(locale).territories
        out += [(code, territories[code]) for code in sorted(codes) if code in territories]
    return out


def _iso_names() -> list[tuple[str, str, str]]:
    """(code, ISO name, the name or one of its translations)."""
    import pycountry

    from pipeline.knowledge.subdivisions import iso_catalogues

    catalogues = iso_catalogues("iso3166-1", ISO_CATALOGUES)
    out = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        for attr in ISO_FIELDS:
            value = getattr(country, attr, None)
            if not value:
                continue
            out.append((country.alpha_2, value, value))
            out += [(country.alpha_2, value, t.gettext(value)) for t in catalogues]
    return out


def _uninverted(name: str) -> str | None:
    """``Korea, Republic of`` -> ``Republic of Korea``; ``Virgin Islands, British`` -> ``British
    Virgin Islands``; None for other commas (``Taiwan, Province of China``)."""
    head, sep, tail = name.partition(", ")
    if not sep or "," in tail:
        return None
    words = tail.split()
    if words[-1].casefold() == "of" or words[-2:] and " ".join(words[-2:]).casefold() == "of the":
        return f"{tail} {head}"
    return f"{tail} {head}" if len(words) == 1 else None


def _derived(name: str) -> tuple[list[str], list[str]]:
    """(variants, heads) of one source name, by the rules of the module docstring."""
    variants: list[str] = []
    heads: list[str] = []
    base = _uninverted(name)
    if base:
        variants.append(base)
    for form in (name, base):
        if form and (m := _STATE_PREFIX.match(form)):
            variants.append(m["rest"])
    if m := _QUALIFIED.match(name):
        heads.append(m["head"])
    if m := _FINAL_PAREN.match(name):
        heads.append(m["head"])
        inner = m["inner"]
        if _HAN.search(inner):
            variants.append(f"{m['head']}（{inner[0]}）")
        else:
            variants.append(inner)
    elif _INNER_PAREN.search(name):
        variants.append(_INNER_PAREN.sub(" ", name).strip())
    if m := ZH_JOINED_NAME_RE.match(name):
        variants.append(m["first"][0] + m["second"][0])
    return variants, heads


@lru_cache(maxsize=1)
def builtin_gazetteer() -> Gazetteer:
    """Countries and territories from CLDR (Babel) and ISO 3166-1 (pycountry); built once, its index kept
    in the cache folder between runs (see the module docstring)."""
    cached = _cache_file()
    index = _read_index(cached) if cached is not None else None
    if index is None:
        index = dict(_build_builtin().index)
        if cached is not None:
            _write_index(cached, index)
    if variants_available():
        return Gazetteer(index, (*_SOURCES, "country_converter", "ISO 3166-2"), _everyday_or_subdivision)
    return Gazetteer(index, (*_SOURCES, "ISO 3166-2"), subdivision_codes)


@lru_cache(maxsize=1)
def _subdivision_index() -> dict[str, frozenset[str]]:
    """Name key -> subdivision codes; built once, kept in the cache folder beside the gazetteer's index."""
    cached = kept_file("subdivisions", _subdivision_fingerprint)
    found = _read_index(cached) if cached is not None else None
    if found is not None:
        return found
    from pipeline.knowledge.subdivisions import subdivision_names

    index: dict[str, set[str]] = defaultdict(set)
    for code, name in subdivision_names():
        if key := name_key(name):
            index[key].add(code)
    built = {k: frozenset(v) for k, v in index.items()}
    if cached is not None:
        _write_index(cached, built)
    return built


def _subdivision_fingerprint() -> str:
    """The gazetteer's fingerprint, the subdivisions' module and pycountry's ISO 3166-2 files."""
    from pipeline.knowledge import subdivisions

    digest = hashlib.sha256(_fingerprint().encode())
    digest.update(Path(subdivisions.__file__).read_bytes())
    pycountry = package_dir("pycountry")
    if pycountry is not None:
        files = [pycountry / "databases" / "iso3166-2.json"]
        files += [pycountry / "locales" / lang / "LC_MESSAGES" / "iso3166-2.mo" for lang in ISO_CATALOGUES]
        _stamp(digest, files)
    return digest.hexdigest()[:24]


def subdivision_codes(name: str) -> frozenset[str]:
    """The codes of the first-level subdivisions (ISO 3166-2) ``name`` names (``subdivisions``)."""
    return _subdivision_index().get(name_key(name), frozenset())


def _everyday_or_subdivision(name: str) -> frozenset[str]:
    """A name the index does not hold: a country's everyday English name, else a subdivision's."""
    return variant_codes(name) or subdivision_codes(name)


_SOURCES = ("CLDR", "ISO 3166-1")
_CLDR_PARENTS = ("root", "zh", "global")  # locale data Babel merges under the locales read


def _build_builtin() -> Gazetteer:
    areas = _currency_areas()
    codes = set(_iso_codes()) | set(_cldr_codes()) | set(areas)
    iso = _iso_names()
    names = sorted(set(_cldr_names(codes) + [(code, name) for code, _en, name in iso]))
    derived: list[tuple[str, str]] = _area_variants(areas)
    heads: list[tuple[str, str]] = []
    for code, name in names:
        variants, hs = _derived(name)
        derived += [(code, v) for v in variants]
        heads += [(code, h) for h in hs]
    first = Gazetteer.build(names, derived=derived, heads=heads, sources=_SOURCES)
    # a translation of an ambiguous ISO name (Congo -> コンゴ) is as ambiguous as the name
    heads += [
        (other, name)
        for _code, en, name in iso
        for other in sorted(first.codes(en))
        if len(first.codes(en)) > 1
    ]
    return Gazetteer.build(names, derived=derived, heads=heads, sources=_SOURCES)


def _data_files() -> list[Path]:
    """The data files the built-in gazetteer is read from (Babel's locale data, pycountry's countries and
    their translations)."""
    babel, pycountry = package_dir("babel"), package_dir("pycountry")
    files: list[Path] = []
    if babel is not None:
        files += [babel / "locale-data" / f"{loc}.dat" for loc in (*_CLDR_PARENTS[:2], *CLDR_LOCALES)]
        files.append(babel / "global.dat")
    if pycountry is not None:
        files.append(pycountry / "databases" / "iso3166-1.json")
        files += [pycountry / "locales" / lang / "LC_MESSAGES" / "iso3166-1.mo" for lang in ISO_CATALOGUES]
    return files


def _code_files() -> list[Path]:
    """The project's code that builds and folds the built-in gazetteer's index (this module, the folding,
    the cue words, the ISO catalogues' reader): another version of any of them builds another index
    (``tests/test_kept_fingerprints.py`` traces what a build runs)."""
    from pipeline import normalize
    from pipeline.knowledge import subdivisions

    return [
        Path(module)
        for module in (
            __file__,
            normalize.__file__,
            scripts.__file__,
            name_words.__file__,
            subdivisions.__file__,
        )
    ]


def _fingerprint() -> str:
    """What the built-in gazetteer is built from: the code that builds and folds it (``_code_files``), the
    Unicode and OpenCC versions, and each data file's size and time (a reinstalled library gives another)."""
    import opencc

    digest = hashlib.sha256()
    for path in _code_files():
        digest.update(path.read_bytes())
    digest.update(f"{unicodedata.unidata_version} {getattr(opencc, '__version__', '')}".encode())
    _stamp(digest, _data_files())
    return digest.hexdigest()[:24]


def _stamp(digest: hashlib._Hash, paths: Iterable[Path]) -> None:
    """Each data file's path, size and time of change (or that it is missing) into a cache's digest."""
    for path in paths:
        try:
            found = path.stat()
        except OSError:
            digest.update(f"{path} missing".encode())
            continue
        digest.update(f"{path} {found.st_size} {found.st_mtime_ns}".encode())


def _cache_file() -> Path | None:
    return kept_file("gazetteer", _fingerprint)


def _read_index(path: Path) -> dict[str, frozenset[str]] | None:
    """The cached index, or None when there is none or it is not one (then it is built again)."""
    index = read_kept(path, "index")
    if not index:
        return None
    out: dict[str, frozenset[str]] = {}
    for key, codes in index.items():
        if not isinstance(codes, list) or not codes or not all(isinstance(c, str) for c in codes):
            return None
        out[key] = frozenset(codes)
    return out


def _write_index(path: Path, index: Mapping[str, frozenset[str]]) -> None:
    """Keep the index for the next run (``write_kept``)."""
    write_kept(path, json.dumps({"index": {k: sorted(v) for k, v in index.items()}}, ensure_ascii=False))
