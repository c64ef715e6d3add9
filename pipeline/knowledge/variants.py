"""Everyday English names of countries that CLDR's default names and ISO 3166-1 leave out (``Turkey``,
``Ivory Coast``, ``UK``, ``UAE``, ``DRC``, ``East Timor``), from the regular expressions of the maintained
``country_converter`` package (one per country, written to recognise the names statistics offices and
news print).

Its expressions are written to find a country inside any longer name, so that ``Bank of China`` or ``Air
Aland`` would be taken for the country. A name is given the code only when

1. it is in Latin letters, of at most ``MAX_WORDS`` words, without digits;
2. exactly one country's expression finds it;
3. every word of it is either needed by that expression (the name without the word is no longer found) or a
   word that names places in general (``VARIANT_FILLERS``: ``coast``, ``republic``, ``the``…).

``Ivory Coast`` passes (``Ivory`` alone is still found, and ``coast`` is such a word); ``Bank of China`` does
not (``of China`` is still found, and ``bank`` names no place). The data file is read without importing the
package (which would import pandas); the few rows that give only an alpha-3 code are given their alpha-2
code from pycountry's ISO 3166-1 data file, read without importing pycountry (whose import, which asks
the installed packages' metadata for its version, costs a small run a twentieth of a second).
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from pipeline.cachefolder import package_dir
from pipeline.lang.name_words import VARIANT_FILLERS

__all__ = ["MAX_WORDS", "variant_codes", "variants_available"]

MAX_WORDS = 4
_LATIN_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z .,'’&()\-]*$")
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_ISO2_RE = re.compile(r"^[A-Z]{2}$")
DATA_FILE = "country_data.tsv"


def _data_file() -> Path | None:
    folder = package_dir("country_converter")
    path = folder / DATA_FILE if folder is not None else None
    return path if path is not None and path.is_file() else None


@lru_cache(maxsize=1)
def _alpha_2_codes() -> dict[str, str]:
    """Lower-cased ISO 3166-1 alpha-3 code -> alpha-2 code, from pycountry's data file (as pycountry's
    ``countries.get(alpha_3=...)`` looks them up); empty when the file is missing or cannot be read."""
    folder = package_dir("pycountry")
    if folder is None:
        return {}
    try:
        entries = json.loads((folder / "databases" / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    out: dict[str, str] = {}
    for entry in entries if isinstance(entries, list) else ():
        alpha_3, alpha_2 = entry.get("alpha_3"), entry.get("alpha_2")
        if isinstance(alpha_3, str) and isinstance(alpha_2, str):
            out.setdefault(alpha_3.lower(), alpha_2)
    return out


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    """(ISO 3166-1 alpha-2 code, expression) per country of the data file; none when the package is missing
    or its file cannot be read."""
    path = _data_file()
    if path is None:
        return ()
    out = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                code = (row.get("ISO2") or "").strip()
                if not _ISO2_RE.match(code):
                    code = _alpha_2_codes().get((row.get("ISO3") or "").strip().lower(), "")
                pattern = (row.get("regex") or "").strip()
                if code and pattern:
                    out.append((code, pattern))
    except (OSError, UnicodeDecodeError, csv.Error):
        return ()
    return tuple(out)


@lru_cache(maxsize=1)
def _expressions() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The rows' expressions compiled (an expression Python cannot compile is left out), on the first name
    looked up: the 200-odd case-insensitive expressions take 10 to 15 ms to compile, and a run whose names
    are all in the built-in index never needs them."""
    out = []
    for code, pattern in _rows():
        try:
            out.append((code, re.compile(pattern, re.IGNORECASE)))
        except re.error:
            continue
    return tuple(out)


def variants_available() -> bool:
    """Whether the package's data file is there and lists expressions (an environment without it just knows
    fewer names)."""
    return bool(_rows())


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def _found(text: str) -> set[str]:
    return {code for code, rx in _expressions() if rx.search(text)}


@lru_cache(maxsize=65536)
def variant_codes(name: str) -> frozenset[str]:
    """The one country code ``name`` is an everyday English name of, by the rules of the module
    docstring; empty when none or when in doubt."""
    plain = _plain(name)
    words = _WORD_RE.findall(plain)
    if not words or len(words) > MAX_WORDS or not _LATIN_NAME_RE.match(plain):
        return frozenset()
    found = _found(plain)
    if len(found) != 1:
        return frozenset()
    code = next(iter(found))
    for i, word in enumerate(words):
        if word.casefold() in VARIANT_FILLERS:
            continue
        rest = " ".join(words[:i] + words[i + 1 :])
        if rest and code in _found(rest):
            return frozenset()  # a word the name does not need, naming no place: not a country's name
    return frozenset({code})
