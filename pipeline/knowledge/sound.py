"""Consonant skeletons: evidence that a Chinese transliteration and a Latin name are one person.

Chinese outlets write a foreign person by sound, often the family name alone (``博森特`` for Jane Bosant,
``小博森特`` for a junior Bosant), so the two spellings share no character. Both fold into one
cross-lingual *skeleton*: the consonants in the order they are heard, each as its class, vowels dropped
(transliteration adds vowels after every consonant: ``bo sen te``):

=======  =====================================  ======================================
class    Latin (English spelling)               pinyin
=======  =====================================  ======================================
``b``    b, p                                   b, p
``w``    w, v                                   w
``f``    f, ph, h (first letter of a word)      f, h
``d``    d, t, th (first letter of a word)      d, t
``n``    m, n, ng                               m, n, final n / ng
``l``    l, r (not after a vowel)               l, r, er
``g``    g, k, c (hard), q, ck, ch before r     g, k
``s``    s, z, x, j, c (soft), sh, ch, th       s, z, c, j, q, x, zh, ch, sh
=======  =====================================  ======================================

A name whose first sound is an affricate (English ``j``, ``ch``; pinyin ``j``, ``q``, ``zh``, ``ch``) begins
with the class ``j`` instead of ``s``: Jorness / 瓊內斯 (qiong nei si, ``jns``) and Sorness / 索內斯 (suo nei
si, ``sns``) share every other class, and Chinese outlets keep that first sound apart. (A French ``ch`` read
``sh`` and written 夏 (xia) is the cost: the two no longer begin alike.)

English rules: ``wr``/``kn`` at the start of a word read ``r``/``n``, ``gh`` after a vowel is silent,
an ``r`` after a vowel and before a consonant or the end (Carter, Borduria) is not transliterated, an
``h`` after a consonant or before one is silent; a repeated class counts once; a name that begins with
a vowel (pinyin: a syllable without initial) begins with the class ``a``. ``skeleton`` reads Chinese
characters as pinyin (pypinyin) and any other text as English; ``latin_forms`` gives an English name's
skeleton and those of its last one to three words (initials, ``Jr.``, ``Sr.`` dropped), since Chinese
outlets often print the family name only. A Chinese name of two or three characters without a middle
dot reads family name first (a native name, ``甲乙丙``, or a transliterated family name alone, ``博森特``):
it is compared only with the forms that begin at the family name (``family_first``,
``pipeline.knowledge.romanized``), never with a form that begins with an English given name (``Jane
Roe``: ``Roe`` alone), unless that name itself reads family name first (its first word a pinyin
syllable, from pypinyin's dictionary: ``Jia Yibing``). Otherwise the skeleton would set a native
name's family name against an English given name (``zheng`` and ``John`` both fold to ``sn``).
``skeleton_ratio`` is the rapidfuzz ``ratio`` of two skeletons of ``MIN_CLASSES`` classes or more that
begin with the same class (a transliteration keeps the first sound), ``similarity`` the best over the
Latin forms.

A katakana name's romaji (pipeline.knowledge.kana) is one more Latin name here: its skeleton meets the
English names' and the Chinese transliterations' (``ジェーン・ナイト``, Jane Knight and ``珍·奈特`` are all
``jnd``), so each of the three scripts meets the other two by sound. ``family_sound`` is the class a
person's family name begins with in any of the three scripts.

Calibration (benchmarks/README.md, "Chinese transliterations"): on the people of the cabinet and ICC
stories, a Chinese transliteration and its Latin original score 0.75 to 1.0 where both skeletons have
three classes (a few are shorter, or begin unlike), another person of the same list
up to 0.86 (``bnd`` against ``bsnd``); on public figures (``tests/test_sound.py``) unrelated people
can even share a skeleton (Padin / Bodan: ``bdn``). The two distributions overlap: the skeleton alone does
not tell two people apart, it only proposes. ``HAN_GATE`` (0.8) keeps most same-person scores (not
one pair at 0.75) and drops the chance matches of short organization names (0.75 to
0.77, in the bundled example); the evidence (x ``phonetic_weight``, below ``sure_score``)
counts only inside the one-item-per-article assignment, where a name's own transliteration outscores
its neighbours', never as a merge rule.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from pipeline.knowledge.heard import R_KEPT, spellings
from pipeline.knowledge.kana import is_katakana_name, romaji
from pipeline.knowledge.phonetic import pinyin_key
from pipeline.knowledge.romanized import (
    HAN_ONLY_RE,
    NAME_DOTS_RE,
    family_first,
    pinyin_syllables,
    pinyin_words,
    to_ascii,
)
from pipeline.lang.scripts import HAN_SPAN_RE

__all__ = [
    "HAN_GATE",
    "HAN_MAX_CHARS",
    "MIN_CLASSES",
    "family_sound",
    "given_name_first",
    "han_alike",
    "han_skeleton",
    "latin_forms",
    "latin_skeleton",
    "similarity",
    "skeleton",
    "skeleton_ratio",
]

HAN_GATE = 0.8  # skeleton ratio from which two names sound alike (see the module docstring)
HAN_MAX_CHARS = 8  # longest Chinese key (characters, dots left out) read as a transliteration
MIN_CLASSES = 3  # a skeleton of fewer classes (``dn``, ``ls``) matches many names of a list

_CJK = HAN_SPAN_RE
_VOWELS = frozenset("aeiouy")
_ONSET = "a"  # the class of a name that begins with a vowel (Chinese: a syllable without initial)
# Latin letters (after the digraph rules) and pinyin initials to their class; absent letters are silent
_LATIN = dict(
    zip("bpwvfhdtmnlrgkcqszxj", "bbwwffddnnllggggssss", strict=True),
)
_PINYIN_INITIAL = {
    **dict(zip("bpwfhdtmnlrgk", "bbwffddnnllgg", strict=True)),
    **dict.fromkeys(("z", "c", "s", "j", "q", "x", "zh", "ch", "sh"), "s"),
}
_LATIN_RULES = (
    (re.compile(r"\b(?:wr)"), "r"),
    (re.compile(r"\b(?:kn)"), "n"),
    (re.compile(r"\bth"), "t"),
    (re.compile(r"(?<=[aeiouy])gh"), ""),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"chr"), "kr"),
    (re.compile(r"sch|sh|ch|th"), "s"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"ng\b"), "n"),
    (re.compile(r"(?<=[aeiouy])r(?![aeiouy])"), ""),
    (re.compile(r"(?<=[^aeiouy ])h|h(?![aeiouy])"), ""),
)
_AFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# a name's first sound an affricate, apart from the sibilants: Jorne / 瓊恩 (qiong) is not Sorne / 索恩 (suo)
_AFFRICATE = "j"
_LATIN_AFFRICATE = re.compile(r"j|ch(?!r)|zh")
_PINYIN_AFFRICATES = ("j", "q", "zh", "ch")


def _collapse(classes: list[str]) -> str:
    return "".join(c for i, c in enumerate(classes) if c and (i == 0 or c != classes[i - 1]))


@lru_cache(maxsize=65536)
def latin_skeleton(text: str) -> str:
    """The skeleton of a Latin name (see the module docstring): ``Bosant`` -> ``bsnd``; a name written in
    pinyin syllables alone (``Zhang Sanfeng``) is read by pinyin's initials, as its characters are."""
    kept = text.casefold().replace(R_KEPT, "\0")  # a sounded r (``heard.spellings``) through the folding
    folded = unicodedata.normalize("NFKD", kept).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z\0]+", " ", folded)
    if (syllables := pinyin_words(words.split())) is not None:
        return _pinyin_skeleton(syllables)
    affricate = _LATIN_AFFRICATE.match(words.strip())
    for pattern, replacement in _LATIN_RULES:
        words = pattern.sub(replacement, words)
    words = words.replace("\0", "r")
    onset = [_ONSET] if words.strip()[:1] in _VOWELS else []
    classes = _collapse(onset + [c for c in (_LATIN.get(ch, "") for ch in words) if c])
    return _affricate(classes) if affricate else classes


def latin_forms(text: str, *, family: bool = False) -> tuple[str, ...]:
    """Skeletons of a Latin name and of its last one, two and three words (initials, Jr. and Sr. left
    out): ``Jane F. Bosant Jr.`` -> ``jnbsnd``, ``bsnd``; distinct, longest first. ``family``: only the
    forms that begin at the family name, so not the whole name when it begins with a given name
    (``given_name_first``)."""
    words = _words(text)
    spans = sorted({len(words), *range(1, min(len(words), 3) + 1)}, reverse=True)
    if family and _given_name_first(words):
        spans = [k for k in spans if k < len(words)]
    # the readings of other languages and of a ``wh`` only where the form begins at the family name:
    # the whole of a name that begins with a given name is read as English spells it
    whole = _given_name_first(words)
    forms = [
        form
        for k in spans
        for form in _read_both_ways(" ".join(words[-k:]), foreign=not (whole and k == len(words)))
    ]
    return tuple(dict.fromkeys(f for f in forms if f))


def _read_both_ways(text: str, *, foreign: bool = True) -> tuple[str, ...]:
    """The skeletons of a Latin name's spellings as transliterations hear it (``pipeline.knowledge.heard``):
    ``Aldrich``: ``alds`` and ``aldg``; ``Kormash``: ``gns`` and ``glns``; ``Whelby``: ``wlb`` and ``flb``.
    ``foreign``: with the readings of other languages than English (a name in pinyin syllables is read by
    pinyin's initials alone)."""
    foreign = foreign and pinyin_words(re.sub(r"[^a-z]+", " ", text.casefold()).split()) is None
    return tuple(dict.fromkeys(latin_skeleton(f) for f in spellings(text, foreign=foreign)))


def _words(text: str) -> list[str]:
    """A name's words, a hyphenated family name one word (``Kara-Borda``: its last part alone is no
    form of the name)."""
    words = re.split(r"[^\w\-‐]+", text.casefold())
    return [w.strip("-‐") for w in words if len(w.strip("-‐")) > 1 and w not in _AFFIXES]


def given_name_first(text: str) -> bool:
    """Whether a Latin name of two words or more begins with a given name: its first word is no pinyin
    syllable (``Jane Roe``; not ``Jia Yibing``, which reads family name first)."""
    return _given_name_first(_words(text))


def _given_name_first(words: list[str]) -> bool:
    return len(words) >= 2 and to_ascii(words[0]) not in pinyin_syllables()


@lru_cache(maxsize=65536)
def han_skeleton(text: str) -> str:
    """The skeleton of the Chinese characters' pinyin (``博森特`` -> bo sen te -> ``bsnd``); the
    junior's ``小`` before a family name is no sound of the name and is left out."""
    if not HAN_ONLY_RE.match(text):
        return ""
    chars = "".join(_CJK.findall(text))
    if chars.startswith("小") and len(chars) > 2:
        chars = chars[1:]
    return _pinyin_skeleton(pinyin_key(chars).split())  # cached: the short keys' pinyin is read once per run


def _affricate(classes: str) -> str:
    """A skeleton whose first sound is an affricate (``j``, ``ch``; pinyin ``j q zh ch``), not a sibilant."""
    return _AFFRICATE + classes[1:] if classes[:1] == "s" else classes


def _pinyin_skeleton(syllables: list[str]) -> str:
    """The skeleton of toneless pinyin syllables: each initial's class, a final ``n``/``ng`` as ``n``; the
    first sound ``j`` when it is an affricate."""
    if syllables and syllables[0].startswith(_PINYIN_AFFRICATES):
        return _affricate(_pinyin_skeleton(["s" + syllables[0][1:], *syllables[1:]]))
    classes: list[str] = []
    if syllables and syllables[0][:1] in _VOWELS:
        classes.append(_ONSET)
    for syllable in syllables:
        if syllable == "er":
            classes.append("l")
            continue
        initial = syllable[:2] if syllable[:2] in _PINYIN_INITIAL else syllable[:1]
        classes.append(_PINYIN_INITIAL.get(initial, ""))
        if syllable.endswith(("n", "ng")) and len(syllable) > len(initial) + 1:
            classes.append("n")
    return _collapse([c for c in classes if c])


def skeleton(text: str) -> str:
    """The skeleton of Chinese characters (read as pinyin) or of a Latin name."""
    return han_skeleton(text) if _CJK.search(text or "") else latin_skeleton(text or "")


def skeleton_ratio(a: str, b: str) -> float:
    """0..1: the rapidfuzz ratio of two skeletons of ``MIN_CLASSES`` classes or more that begin alike (a
    transliteration keeps a name's first sound), else 0."""
    if len(a) < MIN_CLASSES or len(b) < MIN_CLASSES or a[0] != b[0]:
        return 0.0
    return fuzz.ratio(a, b) / 100.0


def han_alike(a: str, b: str) -> bool:
    """Whether two Chinese transliterations sound alike by their consonants where their pinyin cannot
    tell: one syllable more on one side (柏甘 / 巴格姆: bai gan / ba ge mu, both ``bgn``), their skeletons
    the same, of ``MIN_CLASSES`` classes or more. Names of one length are compared syllable for syllable
    by their pinyin (``pipeline.knowledge.phonetic``): 丁偉明 and 鄧維民 share a skeleton (``dnwn``) and
    are two people, and so are two places of four characters that share one (``nslg``). Evidence inside
    the one-item-per-article assignment, never a merge rule."""
    la, lb = len(_CJK.findall(a)), len(_CJK.findall(b))
    if not la or not lb or abs(la - lb) != 1:
        return False
    sa = han_skeleton(a)
    return len(sa) >= MIN_CLASSES and sa == han_skeleton(b)


SHORT_CHARS = 2  # a family name of two sounds printed alone: two characters (``柯勒``, ke le: ``gl``)


def similarity(chinese: str, latin: str) -> float:
    """0..1: how alike a Chinese transliteration and a Latin name sound (best over the Latin forms). A
    family name of two sounds printed alone (``SHORT_CHARS`` characters, family name first) whose skeleton
    is a form of the Latin name's family name (``柯勒`` / John Kolle: ``gl``) sounds like it (1.0): a pair
    heard alike, which the matcher weighs only where its story tells that skeleton apart
    (pipeline.matching.two_sounds)."""
    han = han_skeleton(chinese)
    family = family_first(chinese)
    forms = latin_forms(latin, family=family)
    short = family and len(han) == MIN_CLASSES - 1 and len(_CJK.findall(chinese)) == SHORT_CHARS
    if short and han in forms:
        return 1.0
    return max((skeleton_ratio(han, f) for f in forms), default=0.0)


def family_sound(name: str) -> str:
    """The class a person's family name begins with, as its script prints it (a transliteration keeps a
    name's first sound): a Chinese name's part after its last middle dot (``珍·羅伊``: ``l``), or the whole
    of a Chinese name that reads family name first (``family_first``: ``羅伊``); a katakana name's last
    part (``ジェーン・ロー``); a Latin name's last word, or its first where it reads family name first
    (``given_name_first``). "" where there is none (a longer Chinese name without a dot, a name of too
    few sounds)."""
    if _CJK.search(name or ""):
        parts = [p for p in NAME_DOTS_RE.split(name) if p.strip()]
        if len(parts) >= 2:
            return han_skeleton(parts[-1])[:1]
        return han_skeleton(name)[:1] if family_first(name) else ""
    if is_katakana_name(name):
        words = romaji(name).split()
        return latin_skeleton(words[-1])[:1] if words else ""
    words = _words(name or "")
    if not words:
        return ""
    return latin_skeleton(words[-1] if _given_name_first(words) else words[0])[:1]
