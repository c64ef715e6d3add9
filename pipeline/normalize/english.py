"""Comparison keys for English names.

An English key casefolds, writes an initialism with or without dots one way (``U.S.`` and ``US`` become
``us``), writes ``&`` as ``and``, turns hyphens and punctuation into spaces and folds common
British/American spelling pairs (``-isation``/``-ization``, ``-ise``/``-ize`` outside words that only exist
with ``-ise``, ``programme``/``program``, ``centre``/``center``, ``combatting``/``combating`` ...). Folding
is applied to both sides of a comparison, so it only has to be consistent, not linguistically exact.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.normalize.fixpoint import fixpoint

# Function words that never distinguish one organization from another.
STOPWORDS: frozenset[str] = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with", "against"}
)


# British -> American (or variant -> one spelling) token folds. Language knowledge, not names.
_SPELLING: dict[str, str] = {
    "combatting": "combating",
    "combatted": "combated",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "centred": "centered",
    "metre": "meter",
    "metres": "meters",
    "theatre": "theater",
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "labour": "labor",
    "favour": "favor",
    "honour": "honor",
    "harbour": "harbor",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "behaviour": "behavior",
    "colour": "color",
    "catalogue": "catalog",
    "travelling": "traveling",
    "counselling": "counseling",
    "modelling": "modeling",
    "fulfil": "fulfill",
    "enrolment": "enrollment",
    "judgement": "judgment",
    "ageing": "aging",
    "aluminium": "aluminum",
    "sulphur": "sulfur",
    "analyse": "analyze",
    "analysed": "analyzed",
    "analysing": "analyzing",
    "organisation": "organization",
    "organisations": "organizations",
}


# Words ending in -ise that have no -ize spelling: left alone by the -ise -> -ize fold.
_ISE_WORDS: frozenset[str] = frozenset(
    {
        "advertise",
        "advise",
        "apprise",
        "arise",
        "chastise",
        "circumcise",
        "comprise",
        "compromise",
        "concise",
        "demise",
        "despise",
        "devise",
        "disguise",
        "enterprise",
        "excise",
        "exercise",
        "expertise",
        "franchise",
        "guise",
        "improvise",
        "incise",
        "merchandise",
        "noise",
        "otherwise",
        "paradise",
        "poise",
        "praise",
        "precise",
        "premise",
        "promise",
        "raise",
        "revise",
        "rise",
        "supervise",
        "surmise",
        "surprise",
        "televise",
        "treatise",
        "wise",
        "likewise",
        "clockwise",
    }
)


_ISE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
)


# an initialism written with dots (``U.N.``, ``U.S.``): its letters
_DOTTED_INITIALS = re.compile(r"(?<![a-z0-9])((?:[a-z]\s*\.\s*){1,}[a-z])\b\.?")
_NON_WORD = re.compile(r"[^\w]+|_+")
_SPACES = re.compile(r"\s+")


def _fold_token(tok: str) -> str:
    tok = _SPELLING.get(tok, tok)
    if len(tok) >= 6 and tok not in _ISE_WORDS:
        for old, new in _ISE_SUFFIXES:
            if tok.endswith(old):
                stem = tok[: -len(old)]
                if stem + "ise" in _ISE_WORDS:
                    break
                return stem + new
    return tok


def _en_step(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = s.replace("&", " and ")
    s = _DOTTED_INITIALS.sub(lambda m: " " + re.sub(r"[\s.]", "", m.group(1)) + " ", s)
    s = _NON_WORD.sub(" ", s)
    tokens = [_fold_token(t) for t in _SPACES.split(s) if t]
    return " ".join(tokens)


@lru_cache(maxsize=65536)
def en_key(s: str) -> str:
    """Comparison key for an English name (see the module docstring for the folds)."""
    return fixpoint(_en_step, s or "")


def en_tokens(s: str, *, drop_stopwords: bool = True) -> tuple[str, ...]:
    """The words of ``en_key(s)``, function words dropped unless ``drop_stopwords=False``."""
    words = en_key(s).split()
    if drop_stopwords:
        return tuple(w for w in words if w not in STOPWORDS)
    return tuple(words)
