"""A country written short in English: the initials of its name's words (``UK``, ``US``, ``UAE``; ``USA``
of its official name), with or without full stops (``U.S.``), as outlets print it in brackets after a name
(``Aland College (UK)``).

The names are CLDR's English ones (through Babel) and ISO 3166's (through pycountry); no name is known
here. A bare ISO code (``NI``, ``CHN``) is left out: such letters are as often a body's acronym, and so are
initials another country has as its code (``SA``).
``initials_of`` tells an acronym of the name before the bracket from a country's initials.
"""

from __future__ import annotations

import re
from functools import lru_cache

# words a country's initials leave out ("Bosnia and Herzegovina": BH)
_SMALL_WORDS = frozenset({"and", "of", "the", "&"})
_SHORT_RE = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
_LONGEST = "USA"  # a country's initials are two or three letters


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SMALL_WORDS]
    if 2 <= len(words) <= len(_LONGEST) and all(w[:1].isupper() for w in words):
        return "".join(w[0] for w in words)
    return ""


@lru_cache(maxsize=1)
def _short_forms() -> frozenset[str]:
    """The initials of every country's CLDR English name of two or three words (``UK``), unless another
    country has them as its initials or its ISO code (``SA``), and an ISO three-letter code that is the
    initials of the country's official name (``USA``)."""
    import pycountry
    from babel import Locale

    names = Locale.parse("en").territories
    by_initials: dict[str, set[str]] = {}
    forms: set[str] = set()
    for country in pycountry.countries:
        if initials := _initials(names.get(country.alpha_2, "")):
            by_initials.setdefault(initials, set()).add(country.alpha_2)
        if _initials(getattr(country, "official_name", "")) == country.alpha_3:
            forms.add(country.alpha_3)
    coded = {c.alpha_2 for c in pycountry.countries}
    # initials one country claims: no other has them as its initials or as its code
    return frozenset(forms | {f for f, by in by_initials.items() if len(by | ({f} & coded)) == 1})


def country_short_form(text: str) -> bool:
    """``text`` is the initials of a country's name (``US``, ``U.S.``, ``UK``, ``USA``), not a code alone."""
    t = text.strip()
    return _SHORT_RE.fullmatch(t) is not None and t.replace(".", "") in _short_forms()


def initials_of(letters: str, name: str) -> bool:
    """``letters`` (``AIT``) are the initials of words of ``name`` in order (``Aland Institute of
    Technology``): an acronym of the name, not a country's code."""
    wanted = iter(w[0].upper() for w in re.findall(r"[A-Za-z][\w'’\-]*", name))
    return all(any(c == w for w in wanted) for c in letters.replace(".", "").upper())
