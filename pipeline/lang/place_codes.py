"""A country written short in English: its two- or three-letter code (``CH``, ``SGP``) or the initials of
its name's words (``UK``, ``US``, ``UAE``), with or without full stops (``U.S.``), as outlets print it in
brackets after a name (``Aland College (UK)``).

The codes are ISO 3166's (through pycountry), the names CLDR's English ones (through Babel); no name is
known here. ``initials_of`` tells an acronym of the name before the bracket from a country's code.
"""

from __future__ import annotations

import re
from functools import lru_cache

# words a country's initials leave out ("Bosnia and Herzegovina": BH)
_SMALL_WORDS = frozenset({"and", "of", "the", "&"})
_SHORT_RE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


@lru_cache(maxsize=1)
def _short_forms() -> frozenset[str]:
    """Every country's ISO codes and the initials of its CLDR English name of two words or more."""
    import pycountry
    from babel import Locale

    names = Locale.parse("en").territories
    forms: set[str] = set()
    for country in pycountry.countries:
        forms.update((country.alpha_2, country.alpha_3))
        words = [w for w in re.split(r"[\s\-]+", names.get(country.alpha_2, "")) if w]
        kept = [w for w in words if w.lower() not in _SMALL_WORDS]
        if len(kept) >= 2 and all(w[:1].isupper() for w in kept):
            forms.add("".join(w[0] for w in kept))
    return frozenset(forms)


def country_short_form(text: str) -> bool:
    """``text`` is a country's code or the initials of its name (``US``, ``U.S.``, ``UK``, ``CHE``)."""
    t = text.strip()
    return _SHORT_RE.fullmatch(t) is not None and t.replace(".", "") in _short_forms()


def initials_of(letters: str, name: str) -> bool:
    """``letters`` (``AIT``) are the initials of words of ``name`` in order (``Aland Institute of
    Technology``): an acronym of the name, not a country's code."""
    wanted = iter(w[0].upper() for w in re.findall(r"[A-Za-z][\w'’\-]*", name))
    return all(any(c == w for w in wanted) for c in letters.replace(".", "").upper())
