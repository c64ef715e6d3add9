"""Romanized katakana: evidence that a Japanese name and an English name are one person or place.

Japanese outlets write foreign names in katakana by sound (``キンバリー・プロスト`` for Kimberly Prost),
so the two share no character while their sounds nearly agree. ``romaji`` reads a katakana name as
Hepburn romaji (pykakasi), one word per part of the name (parts split at ``・``, ``＝`` and spaces);
``sound_key`` folds romaji and English alike into what katakana can write: lower-case ASCII letters,
``l`` as ``r``, ``v`` as ``b``, ``n`` before ``b``/``p`` as ``m``, doubled letters once (long vowels).
``similarity`` is the rapidfuzz ``ratio`` of two sound keys.

On the people of examples/us-icc-sanctions-2025 and other public figures, a katakana name and its
English original score 0.72 to 0.95 and a katakana name against another person's English name at most
0.53 (benchmarks/README.md, "Japanese names"): ``EvidenceSettings.kana_gate`` sits between. Where the
English spelling is far from its sound (silent letters: ``ジェーン・ナイト`` / Jane Knight, 0.57), the
romaji of a name of two parts or more is also read as a Latin name by ``pipeline.knowledge.sound``: its
consonant skeleton (``snd`` for both) meets the English name's and a Chinese transliteration's
(``珍·奈特``), gated as the Chinese ones are. It is evidence only, inside the one-item-per-article
assignment, never a merge rule.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from pipeline.lang.scripts import CJK, japanese_forms

__all__ = [
    "given_readings",
    "heard_readings",
    "is_katakana_name",
    "kanji_forms",
    "kanji_readings",
    "read_apart",
    "romaji",
    "romanized_name",
    "similarity",
    "sound_key",
]

_KATAKANA = re.compile(r"^[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f＝=\s]+$")
_PARTS = re.compile(r"[・･＝=\s]+")
_NOT_LETTER = re.compile(r"[^a-z ]+")
_DOUBLED = re.compile(r"(.)\1+")
_KANJI_NAME = re.compile(f"^[{CJK}]{{2,5}}$")  # a person's name in kanji: family name and given name
# a family name in kanji and a given name in hiragana, as some Japanese women's names are printed
_KANA_GIVEN = re.compile(f"^[{CJK}]{{1,3}}[\u3041-\u3096]{{2,4}}$")
_LONG_VOWELS = ((re.compile(r"ou"), "o"), (re.compile(r"uu"), "u"))


def is_katakana_name(name: str) -> bool:
    """Whether ``name`` is written in katakana alone (with its separators), with at least two kana."""
    stripped = _PARTS.sub("", name or "")
    return len(stripped) >= 2 and bool(_KATAKANA.match(name))


@lru_cache(maxsize=1)
def _converter():  # noqa: ANN202 - pykakasi has no type information
    import pykakasi

    return pykakasi.kakasi()


# a katakana name with words in Latin letters (``シールドAI``, ``グループW``): its katakana and Latin runs
_MIXED = re.compile(r"^(?=.*[\u30a0-\u30ff].*[\u30a0-\u30ff])(?=.*[A-Za-z])[\u30a0-\u30ffA-Za-z0-9・･\s]+$")
_RUNS = re.compile(r"[\u30a0-\u30ff]+|[A-Za-z0-9]+")


# a kanji word after a katakana place name saying what kind of place it is (``アランド州``, ``ボルドゥ県``):
# the place's sound is the katakana's
_PLACE_ENDING = re.compile(r"(?<=[\u30a0-\u30ff])[州県省市区郡島]$")


@lru_cache(maxsize=65536)
def romaji(name: str) -> str:
    """Hepburn romaji of a katakana name, its parts separated by spaces, a word in Latin letters kept as
    it is (``シールドAI`` -> ``shiirudo ai``), a kanji word of the kind of place after it left out
    (``アランド州`` -> ``arando``); "" for any other name."""
    normal = _PLACE_ENDING.sub("", unicodedata.normalize("NFKC", name or ""))
    if _MIXED.match(normal):
        runs = _RUNS.findall(normal)
        return " ".join(r.casefold() if r.isascii() else romaji(r) for r in runs if r.isascii() or romaji(r))
    if not is_katakana_name(normal):
        return ""
    parts = [p for p in _PARTS.split(normal) if p]
    return " ".join(w for w in (_hepburn(p) for p in parts) if w)


# ``ウ`` and a small vowel write a syllable of ``w`` (``ウォ`` wo, ``ウィ`` wi, ``ウェ`` we), which pykakasi
# reads as two vowels (``uo``): the consonant is what a transliteration of the same name keeps
_W_SYLLABLE = re.compile(r"ウ([ィェォ])")
_W_VOWEL = {"ィ": "wi", "ェ": "we", "ォ": "wo"}


def _hepburn(part: str) -> str:
    """Hepburn romaji of one part of a katakana name, ``ウ`` and a small vowel read as a ``w`` syllable."""
    out = []
    for i, piece in enumerate(_W_SYLLABLE.split(part)):
        if i % 2:
            out.append(_W_VOWEL[piece])
            continue
        if i and piece.startswith("ー"):  # the w syllable's vowel long: written once
            out.append(out[-1][-1:])
            piece = piece[1:]
        out.append("".join(seg["hepburn"] for seg in _converter().convert(piece)) if piece else "")
    return "".join(out)


@lru_cache(maxsize=65536)
def sound_key(text: str) -> str:
    """Romaji or English folded into the sounds katakana can write (see the module docstring)."""
    ascii_text = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")
    folded = _NOT_LETTER.sub(" ", ascii_text).replace("l", "r").replace("v", "b")
    folded = folded.replace("nb", "mb").replace("np", "mp")
    return " ".join(_DOUBLED.sub(r"\1", folded).split())


def similarity(katakana: str, english: str) -> float:
    """0..1: how alike a katakana name and an English name sound; a katakana name of one word (a family
    name printed alone, ``ロー``) against the English name's last word too (``Jane Roe``)."""
    a, b = sound_key(romaji(katakana)), sound_key(english)
    if not a or not b:
        return 0.0
    whole = fuzz.ratio(a, b) / 100.0
    words = b.split()
    if " " in a or len(words) < 2:
        return whole
    return max(whole, fuzz.ratio(a, words[-1]) / 100.0)


@lru_cache(maxsize=65536)
def kanji_readings(name: str) -> tuple[str, ...]:
    """The sound keys of a kanji name's Japanese reading, family name first and given name first
    (``山田太郎`` -> ``yamada taro``, ``taro yamada``); pykakasi's first word is the family name. A given
    name in hiragana reads as it is written (``山田はなこ`` -> ``yamada hanako``). () for a name that is
    not two to five kanji nor a kanji family name and a hiragana given name, or that has a character
    without a reading."""
    if not _KANJI_NAME.match(name or "") and not _KANA_GIVEN.match(name or ""):
        return ()
    words = [seg["hepburn"].replace("'", "") for seg in _converter().convert(japanese_forms(name))]
    if len(words) < 2 or not all(w.isascii() and w.isalpha() for w in words):
        return ()
    family, given = _folded(words[0]), _folded("".join(words[1:]))
    return tuple(dict.fromkeys((sound_key(f"{family} {given}"), sound_key(f"{given} {family}"))))


@lru_cache(maxsize=65536)
def kanji_forms(name: str) -> str:
    """A kanji name in the forms Japanese prints (``japanese_forms``), its variant characters folded by
    pykakasi's table of variants (``邉`` -> ``辺``): two spellings of one name that differ only in a
    character's form get one string."""
    from pykakasi.kanji import Itaiji

    return str(Itaiji().convert(japanese_forms(unicodedata.normalize("NFKC", name))))


MAX_GIVEN_READINGS = 256  # most readings of a given name tried (its characters' readings multiplied)


@lru_cache(maxsize=65536)
def given_readings(name: str) -> frozenset[str]:
    """Every reading pykakasi's dictionary gives a kanji name's given name, one character at a time, in
    sound keys: the name is read ``family given`` by ``kanji_readings``, but a given name has many readings
    (``太郎``: taro, tairo, futoro ...), of which pykakasi prints one. Empty for a name without a reading or
    whose readings multiply past ``MAX_GIVEN_READINGS``. A given name the dictionary holds as a word has
    that word's readings too (``皐月``: gogatsu, satsuki), which no reading of its characters one at a
    time spells."""
    if not _KANJI_NAME.match(name or "") or not kanji_readings(name):
        return frozenset()
    from pykakasi.kanji import Kanwa  # the dictionary behind pykakasi's conversion

    text = kanji_forms(name)
    family = _converter().convert(text)[0]["orig"]
    kanwa = Kanwa()
    given = text[len(family) :]
    whole = {yomi for yomi, tail in (kanwa.load(given[:1]) or {}).get(given, ()) if tail is None}
    words = [""]
    for char in text[len(family) :]:
        table = kanwa.load(char) or {}
        kana = sorted({yomi for yomi, tail in table.get(char, ()) if tail is None})
        if not kana or len(words) * len(kana) > MAX_GIVEN_READINGS:
            return frozenset()
        words = [w + k for w in words for k in kana]
    convert = _converter().convert
    spelled = (
        _folded("".join(seg["hepburn"] for seg in convert(w)).replace("'", "")) for w in {*words, *whole}
    )
    return frozenset(sound_key(w) for w in spelled)


def heard_readings(name: str, words: frozenset[str]) -> tuple[str, ...]:
    """``kanji_readings`` and, for each of ``words`` (English words in sound keys) that is one of the
    given name's dictionary readings (``given_readings``), the name read with it, family name first and
    given name first: ``山田亮正`` is read ``yamada akira sei`` by pykakasi, and ``yamada ryosei`` where
    an English name has ``ryosei``. Only a reading spelled exactly so: a near one (``taichi`` for
    ``太郎``, read ``tairo``) would tell two people of one family name no more apart."""
    readings = kanji_readings(name)
    if not readings or not words:
        return readings
    family = readings[0].split()[0]
    extra = [r for w in sorted(words & given_readings(name)) for r in (f"{family} {w}", f"{w} {family}")]
    return tuple(dict.fromkeys((*readings, *extra)))


# a word of Hepburn syllables (``takaichi``, ``shinjiro``, ``kobayashi``): consonant, a y glide or not, and a
# vowel; a syllabic n; a doubled consonant (``hattori``). A long o may be written ``oh`` before the next
# syllable or at the end of the word, as Japanese passports spell it (``Ohtaka``, ``Satoh`` for Ōtaka, Satō),
# never before a consonant that opens no syllable (``John``)
_ONSET = r"(?:[kgsztdnhbpmrwjf]|sh|ch|ts)"
_HEPBURN_WORD = re.compile(
    rf"^(?:{_ONSET}?y?(?:[aeiou]*oh(?={_ONSET}y?[aeiou]|$)|[aeiou]+)|n(?![aeiouy])|(?=([kgstdpc])\1)[kgstdpc])+$"
)


def romanized_name(text: str) -> bool:
    """Whether a Latin name of two or three words is written in Hepburn syllables alone (``Taro Yamada``):
    a Japanese name in English, which a kanji name's reading may meet (``Jane Knight`` is not one)."""
    words = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii").split()
    return 2 <= len(words) <= 3 and all(_HEPBURN_WORD.match(w.strip(".,'-")) for w in words)


def _folded(word: str) -> str:
    for pattern, replacement in _LONG_VOWELS:
        word = pattern.sub(replacement, word)
    return word


FAMILY_HEARD = 0.8  # a family name's reading against an English word from which the two sound alike


def read_apart(kanji: str, english: list[str], gate: float) -> bool:
    """Whether a kanji name's Japanese readings sound like none of ``english``: below ``gate`` against
    each whole name, and its family name's reading like none of their words. False where the name has no
    reading or there is no English name written in Hepburn syllables (``romanized_name``: no Japanese name
    in English, nothing to hear apart)."""
    if not any(romanized_name(e) for e in english):
        return False
    readings = kanji_readings(kanji)
    sounds = [sound_key(e) for e in english if sound_key(e)]
    if not readings or not sounds:
        return False
    family = readings[0].split()[0]
    words = {w for snd in sounds for w in snd.split()}
    if any(fuzz.ratio(family, w) / 100.0 >= FAMILY_HEARD for w in words):
        return False
    return all(fuzz.ratio(r, snd) / 100.0 < gate for r in readings for snd in sounds)
