"""Acronyms: the comparison key of one as printed (letters and digits, uppercased: ``U.N.-X`` -> ``UNX``)
and the initials an English name gives."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.normalize.english import STOPWORDS
from pipeline.normalize.fixpoint import fixpoint

_ACRONYM_STRIP = re.compile(r"[^0-9A-Z]+")
_LATIN_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z'’]*")


def _acronym_step(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).upper()
    return _ACRONYM_STRIP.sub("", s)


@lru_cache(maxsize=65536)
def acronym_key(s: str) -> str:
    """Comparison key for an acronym: ASCII letters and digits, uppercased (``U.N.-X`` -> ``UNX``)."""
    return fixpoint(_acronym_step, s or "")


@lru_cache(maxsize=65536)
def derive_acronym(en: str) -> str:
    """Initials of the significant words of an English name.

    Words written in capitals (``US``, ``U.S.``) contribute whole (so ``US X`` and ``United States X``
    give the same initials); hyphenated words contribute
    one initial per part; function words and numbers are skipped. ``""`` when nothing is left.
    """
    text = unicodedata.normalize("NFKC", en or "")
    text = re.sub(r"\b((?:[A-Z]\.\s?){1,}[A-Z])\.?(?=\W|$)", lambda m: re.sub(r"[\s.]", "", m.group(1)), text)
    out: list[str] = []
    for word in _LATIN_WORD.findall(text.replace("-", " ").replace("/", " ")):
        if word.casefold() in STOPWORDS or word[0].isdigit():
            continue
        if len(word) >= 2 and word.isupper():
            out.append(word)
        else:
            out.append(word[0].upper())
    return acronym_key("".join(out))
