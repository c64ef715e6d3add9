"""Normalization keys for organization names in Chinese and English.

Every key function is idempotent (``key(key(x)) == key(x)``) and total: it accepts any
string and never raises. Keys are for comparing names, never for display.

Chinese keys fold the script (OpenCC Japanese forms -> Traditional, then Hong Kong variants and
Traditional -> Simplified), the width (NFKC turns
fullwidth forms into halfwidth) and drop punctuation, quote marks, symbols and spaces, so
``「X」基金會`` and ``X基金会`` share most of their character n-grams.

English keys casefold, write an initialism with or without dots one way (``U.S.`` and ``US``
become ``us``), write ``&`` as ``and``, turn hyphens and punctuation into
spaces and fold common British/American spelling pairs (``-isation``/``-ization``,
``-ise``/``-ize`` outside words that only exist with ``-ise``, ``programme``/``program``,
``centre``/``center``, ``combatting``/``combating`` ...). Folding is applied to both sides
of a comparison, so it only has to be consistent, not linguistically exact.

Acronym keys keep letters and digits, uppercased (``U.N.-X`` -> ``UNX``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from pipeline.lang.conversions_kept import KeptConverter
from pipeline.lang.conversions_kept import converter as kept_converter

__all__ = [
    "STOPWORDS",
    "acronym_key",
    "derive_acronym",
    "en_key",
    "en_tokens",
    "to_simplified",
    "to_traditional",
    "zh_key",
    "zh_ngrams",
]

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
_ACRONYM_STRIP = re.compile(r"[^0-9A-Z]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CJK_CHAR = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z'’]*")


@lru_cache(maxsize=4)
def _converter(config: str) -> KeptConverter:
    return kept_converter(config)


def _fixpoint(step: Callable[[str], str], s: str, *, limit: int = 6) -> str:
    """Apply ``step`` until the value stops changing (makes composite keys idempotent)."""
    for _ in range(limit):
        nxt = step(s)
        if nxt == s:
            return s
        s = nxt
    return s


def _convert(config: str, s: str) -> str:
    if not s:
        return s
    if _SURROGATE.search(s):  # lone surrogates cannot reach OpenCC (UTF-8); they carry no name anyway
        s = _SURROGATE.sub("\ufffd", s)
    return _converter(config).convert(s)


def to_simplified(s: str) -> str:
    """Traditional -> Simplified Chinese (OpenCC t2s); other text passes through."""
    return _convert("t2s", s)


def to_traditional(s: str) -> str:
    """Simplified -> Traditional Chinese (OpenCC s2t); other text passes through."""
    return _convert("s2t", s)


@cache  # asked of every character of every name's key, of a few thousand distinct characters
def _keep_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or cat == "Mn"


@cache
def _from_japanese(ch: str) -> str:
    """A character in its Japanese form (暁, 曽, 竜, 恵) written in Traditional (曉, 曾, 龍, 惠); any other
    character as it is. Only forms outside both Chinese standard sets (GB 2312 and Big5) are changed:
    研 and 并, which OpenCC's Japanese table also rewrites, are Chinese characters and stay; and so is a
    form OpenCC's own Traditional-to-Simplified table converts (頴), so that a name and its Simplified
    form keep one key."""
    if not _CJK_CHAR.match(ch) or _chinese_standard(ch) or _convert("t2s", ch) != ch:
        return ch
    trad = _convert("jp2t", ch)
    return trad if len(trad) == 1 else ch


def _chinese_standard(ch: str) -> bool:
    for codec in ("gb2312", "big5"):
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            continue
        return True
    return False


def _zh_step(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    # Japanese forms to Traditional (甲暁明 -> 甲曉明), then Hong Kong variants and Traditional to
    # Simplified (甲國衞 -> 甲国卫): one key for a Chinese name in Japanese, Hong Kong, Taiwan or
    # mainland text
    s = _convert("hk2s", "".join(map(_from_japanese, s)))
    return "".join(filter(_keep_char, s))


@lru_cache(maxsize=65536)
def zh_key(s: str) -> str:
    """Comparison key for a Chinese name: NFKC, halfwidth, Simplified, no punctuation or spaces."""
    return _fixpoint(_zh_step, s or "")


MIN_ENDING = 2  # characters of an ending two Chinese names share (甲乙汽車, 丙丁汽車), and of what it leaves


def shared_ending(key: str, others: Iterable[str]) -> str:
    """The longest ending of ``key`` (a ``zh_key``) that one of ``others`` also ends with, two characters
    or more, leaving two or more of ``key`` and of that name (``汽車`` of 甲乙汽車 beside 丙丁汽車); ""
    when there is none."""
    best = ""
    for other in others:
        n = 0
        while n < min(len(key), len(other)) and key[-1 - n] == other[-1 - n]:
            n += 1
        if n >= MIN_ENDING and len(key) - n >= MIN_ENDING and len(other) - n >= MIN_ENDING and n > len(best):
            best = key[-n:]
    return best


def cut_ending(name: str, ending: str) -> str:
    """``name`` without the characters that make ``ending`` (a ``zh_key``), else ``name`` as it is."""
    for k in range(len(ending), len(name)):
        if zh_key(name[-k:]) == ending:
            return name[:-k]
    return name


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
    return _fixpoint(_en_step, s or "")


def en_tokens(s: str, *, drop_stopwords: bool = True) -> tuple[str, ...]:
    """The words of ``en_key(s)``, function words dropped unless ``drop_stopwords=False``."""
    words = en_key(s).split()
    if drop_stopwords:
        return tuple(w for w in words if w not in STOPWORDS)
    return tuple(words)


def _acronym_step(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).upper()
    return _ACRONYM_STRIP.sub("", s)


@lru_cache(maxsize=65536)
def acronym_key(s: str) -> str:
    """Comparison key for an acronym: ASCII letters and digits, uppercased (``U.N.-X`` -> ``UNX``)."""
    return _fixpoint(_acronym_step, s or "")


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


def zh_ngrams(s: str, n: int = 2) -> tuple[str, ...]:
    """Character n-grams of ``zh_key(s)`` in order; a key shorter than ``n`` is its own gram."""
    key = zh_key(s)
    if n < 1:
        raise ValueError("n must be at least 1")
    if len(key) < n:
        return (key,) if key else ()
    return tuple(key[i : i + n] for i in range(len(key) - n + 1))


def is_subsequence(short: str, long: str) -> bool:
    """Whether ``short``'s characters appear in ``long`` in order (an abbreviation keeps some characters
    of its full form, in order: ``甲保局`` of ``甲境保護局``, ``ABC`` of ``AlandBordurianCouncil``)."""
    it = iter(long)
    return all(ch in it for ch in short)
