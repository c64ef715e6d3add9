"""Evidence between two bags of forms: one number per signal (Chinese, English, acronym), 0..1 or absent.

* Chinese: cosine of character bigram + single character vectors weighted by IDF over all names in the
  run, on the script-folded key. Grams shared by many names prove little; a shared rare bigram proves
  much; word order matters little. A few generic words of the domain (``GENERIC_ZH`` / ``GENERIC_EN``:
  language knowledge, not names) have their IDF scaled down by ``generic_weight``, because one small run
  can make them look rare.
* English: cosine of IDF-weighted word vectors (function words dropped), or, when the spelling is nearly
  identical (``rapidfuzz`` ``token_sort_ratio`` >= ``fuzz_gate``), that ratio.
  A person's name whose words begin another's (given name and family name, then more given names:
  ``Jane Roe`` / ``Jane Roe Ka-wai``; initials and ``Jr.`` left out: ``Jane Roe`` / ``Jane Q. Roe Jr.``)
  scores ``LEADING_WORDS`` when that is more: the words of a shorter name are no cosine's chance overlap.
* Acronym: a given acronym equal to another given acronym (1.0), equal to one derived from the other
  side's English name (0.9), or compatible with its initials (0.55).
* Pinyin: between two short Chinese keys without a generic word, ``phonetic_weight`` x the pinyin
  similarity (from ``phonetic_gate``) counts as Chinese evidence when it beats the characters' cosine.

The weights are ``pipeline.settings.EvidenceSettings``. The signals combine as
``best + agreement * second_best * (1 - best)``. Evidence is computed between
distinct keys: each distinct key has one IDF vector, and the similarities of keys are kept in one table
per language (a sparse matrix of every non-zero similarity, computed once) that every alignment reuses.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from pipeline.knowledge.kana import heard_readings, romanized_name, sound_key
from pipeline.knowledge.phonetic import pinyin_key
from pipeline.knowledge.sound import (
    HAN_GATE,
    HAN_MAX_CHARS,
    MIN_CLASSES,
    family_first,
    han_alike,
    han_skeleton,
    latin_forms,
    latin_skeleton,
    mandarin_reading,
    pinyin_name,
    taiwan_reading,
    wade_giles_name,
)
from pipeline.lang.scripts import CJK
from pipeline.matching.keys import _grams, _Names, _tokens
from pipeline.normalize import acronym_key, derive_acronym, is_subsequence, zh_ngrams
from pipeline.settings import DEFAULT_SETTINGS, EvidenceSettings

# Words that name what kind of body something is, or that almost every name of this domain carries:
# language knowledge (not names). Their IDF is multiplied by ``EvidenceSettings.generic_weight``,
# because a small run can make them look rare (one "Agreement" on a list proves nothing about another).
GENERIC_EN = frozenset({"international", "organization", "agreement", "office", "global", "world"})
GENERIC_ZH = ("国际", "组织", "全球", "世界", "协定", "办公室", "机构")
_DEFAULT = DEFAULT_SETTINGS.evidence
# evidence of a person's name whose words begin another's (``_leading_pairs``): strong, below
# ``sure_score``, so that a short name two long names begin alike links to neither (its margin)
LEADING_WORDS = 0.85

_MISSING = -1.0


class _Space:
    """IDF weights over every name in the run, the distinct keys of each language (``_KeyTable``)
    and the evidence between bags of forms."""

    def __init__(
        self, names: Sequence[_Names], *, phonetic: bool = False, weights: EvidenceSettings = _DEFAULT
    ) -> None:
        self.w = weights
        zh_grams: dict[tuple[str, ...], set[str]] = {}
        en_words: dict[tuple[str, ...], set[str]] = {}
        zh_docs = [_memo(zh_grams, (*n.zh_keys, *n.zh_alt), _gram_set) for n in names]
        en_docs = [_memo(en_words, n.en_keys, _token_set) for n in names]
        self.zh_idf = _idf(zh_docs, generic=_GENERIC_ZH_GRAMS, weight=weights.generic_weight)
        self.en_idf = _idf(en_docs, generic=GENERIC_EN, weight=weights.generic_weight)
        self.zh_vocab = {g: i for i, g in enumerate(sorted(self.zh_idf))}
        self.en_vocab = {t: i for i, t in enumerate(sorted(self.en_idf))}
        zh_keys = sorted({k for n in names for k in (*n.zh_keys, *n.zh_alt) if k})
        self.zh = _KeyTable(self, zh_keys, zh=True, phonetic=phonetic)
        self.en = _KeyTable(self, sorted({k for n in names for k in n.en_keys if k}), zh=False)
        kana = sorted({k for n in names for k in n.kana}) if phonetic and weights.katakana else []
        # the Chinese transliterations' consonant skeletons join the katakana keys' table as keys of
        # their own (``_HAN`` + skeleton), compared with the English keys and the katakana names by sound
        # (English: only between names printed in one script: a mention that prints both has its own evidence)
        zh_only = sorted({k for n in names if not n.en for k in (*n.zh_keys, *n.zh_alt) if k})
        en_only = {k for n in names if not n.zh for k in n.en_keys}
        # keys some outlet prints given name first (with a middle dot, which the key drops, or longer)
        dotted = {k for n in names for z, k in zip(n.zh, n.zh_keys, strict=True) if not family_first(z)}
        # a kanji name is heard in English by its Japanese reading, and a native Chinese name by its pinyin
        readings = _readings(zh_only, en_only, weights.kanji_gate) if phonetic and weights.katakana else {}
        native = [k for k in zh_only if k not in readings]
        self.han_of = _han_keys(native, dotted) if phonetic and (en_only or kana) else {}
        self.han_of |= {k: _YOMI + k for k in readings}
        han = sorted({v for v in self.han_of.values() if v.startswith(_HAN)})
        yomi = {_YOMI + k: r for k, r in readings.items()}
        self.kana = _KanaTable(kana, self.en.keys, weights, han=han, han_en=en_only, readings=yomi)
        self._compatible: dict[tuple[str, str], bool] = {}
        # the rarest features two bags of keys share (pipeline.matching.record), once per pair of bags
        self.shared_memo: dict[tuple, tuple[str, ...]] = {}

    def _matrix(self, keys: Sequence[str], *, zh: bool) -> sparse.csr_matrix:
        vocab, idf = (self.zh_vocab, self.zh_idf) if zh else (self.en_vocab, self.en_idf)
        rows, cols, vals = [], [], []
        unigram = self.w.unigram_weight
        for r, key in enumerate(keys):
            feats = Counter(_grams(key) if zh else _tokens(key))
            weights = {
                f: c * idf.get(f, _idf_default(len(idf))) * (unigram if zh and len(f) == 1 else 1.0)
                for f, c in feats.items()
                if f in vocab
            }
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for f, w in weights.items():
                rows.append(r)
                cols.append(vocab[f])
                vals.append(w / norm)
        return sparse.csr_matrix((vals, (rows, cols)), shape=(len(keys), max(len(vocab), 1)))

    def weight(self, feat: str, *, zh: bool) -> float:
        idf = self.zh_idf if zh else self.en_idf
        return idf.get(feat, _idf_default(len(idf)))

    def bag(self, n: _Names) -> _Bag:
        """The forms of one source as key ids and acronym sets."""
        return _Bag(
            zh=tuple(dict.fromkeys(self.zh.ids[k] for k in (*n.zh_keys, *n.zh_alt) if k)),
            en=tuple(dict.fromkeys(self.en.ids[k] for k in n.en_keys if k)),
            given=frozenset(acronym_key(a) for a in n.acronyms),
            derived=frozenset(derive_acronym(e) for e in n.en) - {""},
            kana=tuple(
                dict.fromkeys(
                    self.kana.ids[k]
                    for k in (*n.kana, *(self.han_of.get(z, "") for z in (*n.zh_keys, *n.zh_alt)))
                    if k in self.kana.ids
                )
            ),
        )

    def signals(
        self, rows: Sequence[_Bag], bags: Sequence[_Bag], *, cache: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(zh, en, acronym) evidence, len(rows) x len(bags), each the best over the forms of both
        sides, _MISSING where a side lacks it. ``cache``: keep key similarities for later calls."""
        zh = _best_over_keys(self.zh, [b.zh for b in rows], [b.zh for b in bags], cache=cache)
        en = _best_over_keys(self.en, [b.en for b in rows], [b.en for b in bags], cache=cache)
        if self.kana.keys:
            kana = np.maximum(
                _best_over_keys(self.kana, [b.kana for b in rows], [b.en for b in bags], cache=cache),
                _best_over_keys(self.kana.across, [b.en for b in rows], [b.kana for b in bags], cache=cache),
            )
            twin = _best_over_keys(
                self.kana.twin, [b.kana for b in rows], [b.kana for b in bags], cache=cache
            )
            kana = np.maximum(kana, twin)
            en = np.where(kana > 0, np.maximum(en, kana), en)
        return zh, en, self._acronyms(rows, bags)

    def _acronyms(self, rows: Sequence[_Bag], bags: Sequence[_Bag]) -> np.ndarray:
        """The acronym rules of ``_acronym_value`` for every (row, bag) pair at once. Each rule asks
        whether some given acronym of one side meets some acronym (given, or derived from an
        English name) of the other, so a bag (a union of sources) meets a rule exactly when one of
        its sources does: its value is the best over its sources."""
        return _AcronymRows(rows).against(self, bags)

    def _fits(self, given: str, derived: str) -> bool:
        """Whether a given acronym (3+ letters) fits the initials derived from an English name."""
        fits = self._compatible.get((given, derived))
        if fits is None:
            fits = given[0] == derived[0] and is_subsequence(given, derived)
            self._compatible[(given, derived)] = fits
        return fits


class _AcronymRows:
    """The rows' side of ``_Space._acronyms``, made once for any number of bags: which rows give or
    derive each acronym."""

    def __init__(self, rows: Sequence[_Bag]) -> None:
        n = self.n = len(rows)
        self.rg = np.array([bool(b.given) for b in rows], dtype=bool)
        self.rd = np.array([bool(b.derived) for b in rows], dtype=bool)
        # the rows' given (a) and derived (d) acronyms
        self.a_at = {x: c for c, x in enumerate(sorted({x for b in rows for x in b.given}))}
        self.d_at = {x: c for c, x in enumerate(sorted({x for b in rows for x in b.derived}))}
        self.row_a = np.zeros((n, len(self.a_at)), dtype=bool)
        self.row_d = np.zeros((n, len(self.d_at)), dtype=bool)
        for i, b in enumerate(rows):
            self.row_a[i, [self.a_at[x] for x in b.given]] = True
            self.row_d[i, [self.d_at[x] for x in b.derived]] = True
        self.a_initial: dict[str, list[str]] = defaultdict(list)
        for x in self.a_at:
            if len(x) >= 3:
                self.a_initial[x[0]].append(x)
        self.d_initial: dict[str, list[str]] = defaultdict(list)
        for d in self.d_at:
            self.d_initial[d[0]].append(d)

    def against(self, space: _Space, bags: Sequence[_Bag]) -> np.ndarray:
        """The acronym evidence, rows x ``bags``."""
        n, k = self.n, len(bags)
        out = np.full((n, k), _MISSING, dtype=np.float32)
        rg, a_at, d_at = self.rg, self.a_at, self.d_at
        bg = np.array([bool(b.given) for b in bags], dtype=bool)
        if not n or not k or not (rg.any() or bg.any()):
            return out
        bd = np.array([bool(b.derived) for b in bags], dtype=bool)
        # which bags meet each of the rows' acronyms, and how
        a_given, a_derived, a_fits = (np.zeros((k, len(a_at)), dtype=bool) for _ in range(3))
        d_given, d_fits = (np.zeros((k, len(d_at)), dtype=bool) for _ in range(2))
        for j in np.flatnonzero(bg).tolist():
            for x in bags[j].given:
                if x in a_at:
                    a_given[j, a_at[x]] = True
                if x in d_at:
                    d_given[j, d_at[x]] = True
                if len(x) >= 3:
                    for d in self.d_initial.get(x[0], ()):
                        if space._fits(x, d):
                            d_fits[j, d_at[d]] = True
        if a_at:
            for j, b in enumerate(bags):
                for d in b.derived:
                    if d in a_at:
                        a_derived[j, a_at[d]] = True
                    for x in self.a_initial.get(d[0], ()):
                        if space._fits(x, d):
                            a_fits[j, a_at[x]] = True
        row_a, row_d, w = self.row_a, self.row_d, space.w
        out[(rg[:, None] & (bg | bd)[None, :]) | (self.rd[:, None] & bg[None, :])] = 0.0
        out[(row_a @ a_fits.T) | (row_d @ d_fits.T)] = w.acronym_compatible
        out[(row_a @ a_derived.T) | (row_d @ d_given.T)] = w.acronym_derived
        out[row_a @ a_given.T] = w.acronym_given
        return out


HEAD_CHARS = 2  # the characters that open a Chinese name: its own, before what it shares with its kind
HEAD_CHECKED_BELOW = 0.6  # a similarity from here on shares too much for the heads to matter
_HAN_HEAD = re.compile(f"[{CJK}]{{2}}")  # two Chinese characters open the name


def _same_opening_sound(a: str, b: str) -> bool:
    """Whether two names' openings begin with one sound (``史考`` and ``斯科``: s), by their pinyin."""
    sa, sb = han_skeleton(a[:HEAD_CHARS]), han_skeleton(b[:HEAD_CHARS])
    return bool(sa and sb) and sa[0] == sb[0]


def _own_head(key: str) -> bool:
    """A Chinese name that opens with characters of its own, not a generic word (``世界…``, ``国际…``: the
    organizations of one field open alike, and outlets translate such openings differently)."""
    return _HAN_HEAD.match(key) is not None and key[:HEAD_CHARS] not in GENERIC_ZH


def _without_foreign_heads(cos: sparse.csr_matrix, keys: Sequence[str]) -> sparse.csr_matrix:
    """``cos`` without the weak similarities of two Chinese names that open differently and share only
    what follows (``己酉光電有限公司`` / ``丁未光電有限公司``: two companies of one trade and form, not one
    company): a name's opening characters are its own, so a pair where neither opening has a character in
    the other name is no evidence. An abbreviation keeps its link (``甲衛組織`` / ``甲國衛生組織``), and so
    do two translations opening with generic words (``世界甲乙保護聯盟`` / ``國際甲乙保育聯盟``)."""
    coo = cos.tocoo()
    own = np.fromiter((_own_head(k) for k in keys), dtype=bool, count=len(keys))
    weak = np.flatnonzero(
        (coo.data < HEAD_CHECKED_BELOW) & (coo.row != coo.col) & own[coo.row] & own[coo.col]
    )
    if not len(weak):
        return cos
    empty: frozenset[str] = frozenset()
    heads = [frozenset(k[:HEAD_CHARS]) if o else empty for k, o in zip(keys, own.tolist(), strict=True)]
    chars = [frozenset(k) if o else empty for k, o in zip(keys, own.tolist(), strict=True)]
    sounds: list[str | None] = [None] * len(keys)  # the first sound class of each opening, read once
    drop = []
    for at, i, j in zip(weak.tolist(), coo.row[weak].tolist(), coo.col[weak].tolist(), strict=True):
        if not heads[i].isdisjoint(chars[j]) or not heads[j].isdisjoint(chars[i]):
            continue
        si = sounds[i]
        if si is None:
            si = sounds[i] = han_skeleton(keys[i][:HEAD_CHARS])[:1]
        sj = sounds[j]
        if sj is None:
            sj = sounds[j] = han_skeleton(keys[j][:HEAD_CHARS])[:1]
        if not (si and si == sj):  # no one sound opens both (``_same_opening_sound``)
            drop.append(at)
    if not drop:
        return cos
    data = coo.data.copy()
    data[drop] = 0
    out = sparse.csr_matrix((data, (coo.row, coo.col)), shape=cos.shape)
    out.eliminate_zeros()
    return out


KIND_WORD = 2  # characters of a word two names of one kind share after their openings (光電, 研究)


def foreign_heads(a: str, b: str) -> bool:
    """Two Chinese names of one kind that are not one name: they share a word after their openings
    (``光電``, ``有限公司``) and neither opening has a character in the other (``己酉…`` / ``丁未…``)."""
    if not (_own_head(a) and _own_head(b)):
        return False
    if set(a[:HEAD_CHARS]) & set(b) or set(b[:HEAD_CHARS]) & set(a):
        return False
    if _same_opening_sound(a, b):
        return False  # a name heard two ways (史考特… / 斯科特…, a given name transliterated twice)
    rest = b[HEAD_CHARS:]
    return any(a[i : i + KIND_WORD] in rest for i in range(HEAD_CHARS, len(a) - KIND_WORD + 1))


class _KeyTable:
    """The distinct keys of one language, their IDF vectors, and the similarity of two keys."""

    def __init__(self, space: _Space, keys: list[str], *, zh: bool, phonetic: bool = False) -> None:
        self.keys = keys
        self.ids = {k: i for i, k in enumerate(keys)}
        self.zh = zh
        # pinyin of the short Chinese keys ("" for the others): see pipeline.knowledge.phonetic.
        # A name with a generic word of the domain (国际大学) is no transliteration: its sound would
        # only repeat the generic word's.
        self.w = space.w
        short = space.w.phonetic_max_chars
        self.sounds = [pinyin_key(k) if phonetic and _transliteration_like(k, short) else "" for k in keys]
        self.phonetic = phonetic and any(self.sounds)
        # the consonant skeletons of the same short keys (pipeline.knowledge.sound): two transliterations
        # of one name keep its consonants where their syllables differ (柏甘 / 巴格姆: bai gan / ba ge mu)
        self.skeletons = [_han_sound(k) if sound else "" for k, sound in zip(keys, self.sounds, strict=True)]
        self.vectors = space._matrix(keys, zh=zh)
        self._matrix: sparse.csr_matrix | None = None
        self._strong: dict[float, sparse.csr_matrix] = {}

    def matrix(self) -> sparse.csr_matrix:
        """Every non-zero similarity of two keys (float32, not clipped), computed once: cosine where they
        share a feature, the near-identical spelling (English) or the sound (Chinese) where it counts.
        A pair absent from it has similarity 0, so blocking on it loses nothing."""
        if self._matrix is None:
            cos = (self.vectors @ self.vectors.T).astype(np.float32).tocsr()
            if self.zh:
                cos = _without_foreign_heads(cos, self.keys)
            other = self._sound_pairs() if self.zh else self._spelling_pairs()
            table = cos.maximum(other).tocsr() if other is not None else cos
            table.eliminate_zeros()
            table.sort_indices()
            self._matrix = table
        return self._matrix

    def strong(self, floor: float) -> sparse.csr_matrix:
        """``matrix()`` without the similarities below ``floor`` (kept once per floor)."""
        if floor <= 0:
            return self.matrix()
        found = self._strong.get(floor)
        if found is None:
            table = self.matrix().copy()
            table.data[table.data < floor] = 0
            table.eliminate_zeros()
            found = self._strong[floor] = table
        return found

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool = True) -> np.ndarray:
        """Similarity (float32, not clipped), distinct ``left`` key ids x ``right`` key ids."""
        return _block(self.matrix(), left, right)

    def row_max(self, left: Iterable[int], right: np.ndarray) -> np.ndarray:
        """The best similarity of each ``right`` key id (sorted) with any ``left`` key id (0 when none)."""
        table = self.matrix()
        out = np.zeros(len(right), dtype=np.float32)
        for k in left:
            ids = table.indices[table.indptr[k] : table.indptr[k + 1]]
            values = table.data[table.indptr[k] : table.indptr[k + 1]]
            if not len(ids):
                continue
            at = np.minimum(np.searchsorted(ids, right), len(ids) - 1)
            hit = ids[at] == right
            out[hit] = np.maximum(out[hit], values[at[hit]])
        return out

    def _spelling_pairs(self) -> sparse.csr_matrix | None:
        """token_sort_ratio (0..1) of two English keys where it reaches ``fuzz_gate``."""
        gate = self.w.fuzz_gate
        spelled = _gated_pairs(self.keys, self.keys, fuzz.token_sort_ratio, gate, 1.0)
        leading = _leading_pairs(self.keys)
        if spelled is None or leading is None:
            return spelled if leading is None else leading
        return spelled.maximum(leading).tocsr()

    def _sound_pairs(self) -> sparse.csr_matrix | None:
        """phonetic_weight x the pinyin similarity where it reaches phonetic_gate between short keys, or
        x 1 where their consonant skeletons agree (``han_alike``, pipeline.knowledge.sound)."""
        if not self.phonetic:
            return None
        at = [i for i, sound in enumerate(self.sounds) if sound]
        sounds = [self.sounds[i] for i in at]
        pairs = _gated_pairs(sounds, sounds, fuzz.ratio, self.w.phonetic_gate, self.w.phonetic_weight)
        n = len(self.keys)
        if pairs is not None:
            coo = pairs.tocoo()
            index = np.asarray(at, dtype=np.int64)
            pairs = sparse.csr_matrix((coo.data, (index[coo.row], index[coo.col])), shape=(n, n))
        heard = _skeletons_alike(self.keys, self.skeletons, self.w.phonetic_weight)
        if heard is not None:
            pairs = heard if pairs is None else pairs.maximum(heard).tocsr()
        return pairs

    def _sound_alike(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """``_sound_pairs`` between the ``left`` and ``right`` key ids."""
        ls = [self.sounds[i] for i in left.tolist()]
        rs = [self.sounds[j] for j in right.tolist()]
        sim = process.cdist(ls, rs, scorer=fuzz.ratio, dtype=np.float32, workers=1) / 100.0
        usable = np.outer(np.array([bool(x) for x in ls]), np.array([bool(x) for x in rs]))
        gate, weight = self.w.phonetic_gate, self.w.phonetic_weight
        out = np.where(usable & (sim >= gate), weight * sim, 0.0).astype(np.float32)
        for a, i in enumerate(left.tolist()):
            for b, j in enumerate(right.tolist()):
                if self.skeletons[i] and self.skeletons[i] == self.skeletons[j]:
                    out[a, b] = max(out[a, b], weight * han_alike(self.keys[i], self.keys[j]))
        return out


def _han_sound(key: str) -> str:
    """A short Chinese key's consonant skeleton where it has ``MIN_CLASSES`` classes or more, else ""."""
    skeleton = han_skeleton(key)
    return skeleton if len(skeleton) >= MIN_CLASSES else ""


def _skeletons_alike(
    keys: Sequence[str], skeletons: Sequence[str], weight: float
) -> sparse.csr_matrix | None:
    """``weight`` for every two keys of one skeleton that ``han_alike`` hears alike; None when none."""
    by_skeleton: dict[str, list[int]] = defaultdict(list)
    for i, skeleton in enumerate(skeletons):
        if skeleton:
            by_skeleton[skeleton].append(i)
    rows, cols = [], []
    for group in by_skeleton.values():
        for i in group:
            for j in group:
                if i != j and han_alike(keys[i], keys[j]):
                    rows.append(i)
                    cols.append(j)
    if not rows:
        return None
    data = np.full(len(rows), weight, dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(keys), len(keys)))


def _leading_pairs(keys: Sequence[str]) -> sparse.csr_matrix | None:
    """``LEADING_WORDS`` for every two English keys of which one's words (two or more, all of them name
    words: no function word, digit or generic word) are the first words of the other's, single letters
    and ``jr`` / ``sr`` left out (``jane roe`` / ``jane roe ka wai``, ``jane q roe jr``); None when none.
    A person's name, given name first, grows at its end (more given names) or loses its initials."""
    words = [_name_words(k) for k in keys]
    starts: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for n in range(2, len(ws) + 1):
            starts[ws[:n]].append(i)
    rows, cols = [], []
    for i, ws in enumerate(words):
        for j in starts.get(ws, ()) if len(ws) >= 2 else ():
            if i != j:
                rows += [i, j]
                cols += [j, i]
    if not rows:
        return None
    data = np.full(len(rows), LEADING_WORDS, dtype=np.float32)
    table = sparse.csr_matrix((data, (rows, cols)), shape=(len(keys), len(keys)))
    table.data[:] = LEADING_WORDS  # a pair found from both sides counts once
    return table


def _name_words(key: str) -> tuple[str, ...]:
    """The words of a key that reads as a person's name, single letters and ``jr`` / ``sr`` left out;
    () for any other key (a function word, digit or generic word in it)."""
    words = key.split()
    if _tokens(key) != tuple(words) or any(not w.isalpha() or w in GENERIC_EN for w in words):
        return ()
    return tuple(w for w in words if len(w) > 1 and w not in _AFFIXES)


_AFFIXES = frozenset({"jr", "sr"})
_CHUNK = 1024  # rows of one rapidfuzz cdist call: memory stays _CHUNK x len(right) float32


def _gated_pairs(
    left: Sequence[str], right: Sequence[str], scorer: Callable[..., float], gate: float, weight: float
) -> sparse.csr_matrix | None:
    """``weight`` x scorer (0..1) for every (left, right) pair where the score reaches ``gate``; empty
    strings score nothing. One sparse float32 matrix, computed in chunks of rows."""
    if not left or not right:
        return None
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    usable_right = np.array([bool(x) for x in right])
    for start in range(0, len(left), _CHUNK):
        part = left[start : start + _CHUNK]
        sim = process.cdist(
            part, right, scorer=scorer, dtype=np.float32, workers=-1, score_cutoff=gate * 100.0 - 0.01
        )
        sim = sim / 100.0
        usable = np.outer(np.array([bool(x) for x in part]), usable_right)
        r, c = np.nonzero(usable & (sim >= gate))
        rows.append(r + start)
        cols.append(c)
        vals.append((weight * sim[r, c]).astype(np.float32) if weight != 1.0 else sim[r, c])
    data = np.concatenate(vals).astype(np.float32)
    return sparse.csr_matrix(
        (data, (np.concatenate(rows), np.concatenate(cols))), shape=(len(left), len(right))
    )


def _transliteration_like(key: str, max_chars: int) -> bool:
    return len(key) <= max_chars and not any(w in key for w in GENERIC_ZH)


_HAN = "漢"  # marks a key of ``_KanaTable`` that is a Chinese name's consonant skeleton
_YOMI = (
    "読"  # marks a key of ``_KanaTable`` that is a kanji name's Japanese readings (pipeline.knowledge.kana)
)
_FAMILY = "姓"  # after ``_HAN``: the name reads family name first (pipeline.knowledge.sound.family_first)


def _han_keys(zh_keys: Sequence[str], dotted: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """The Chinese keys that read as transliterations, each with its ``_KanaTable`` key (``_HAN`` + its
    consonant skeleton, pipeline.knowledge.sound; ``_HAN`` + ``_FAMILY`` + skeleton for a name that reads
    family name first: a key not ``dotted`` in print, of two or three characters); keys of too few
    classes have none."""
    out = {}
    for k in zh_keys:
        if _transliteration_like(k, HAN_MAX_CHARS) and len(skeleton := han_skeleton(k)) >= MIN_CLASSES:
            out[k] = _HAN + (_FAMILY if k not in dotted and family_first(k) else "") + skeleton
    return out


def _readings(zh_keys: Sequence[str], en_keys: Iterable[str], gate: float) -> dict[str, tuple[str, ...]]:
    """The Chinese keys whose Japanese reading (``heard_readings``: pykakasi's, or one of the given name's
    dictionary readings spelled as an English word), or a native name's Mandarin one (``mandarin_reading``),
    sounds like some English key written in Hepburn or pinyin syllables, from ``gate``: each with its
    readings. The others are no names heard in English by their reading."""
    en_keys = list(en_keys)
    japanese = any(romanized_name(k) for k in en_keys)
    taiwan = any(wade_giles_name(k) for k in en_keys)
    # a Chinese name in pinyin (``Zhang San``) is heard by the Mandarin reading of a native name, one in
    # Wade-Giles (``Chang San-feng``) by its Taiwan reading
    sounds = sorted(
        {sound_key(k) for k in en_keys if romanized_name(k) or pinyin_name(k) or wade_giles_name(k)} - {""}
    )
    if not sounds:  # no Japanese name in English: no kanji name needs its reading (pykakasi not loaded)
        return {}
    words = frozenset(w for snd in sounds for w in snd.split())
    out = {}
    for k in zh_keys:
        mandarin = sound_key(mandarin_reading(k))
        wade = sound_key(taiwan_reading(k)) if taiwan else ""
        readings = (
            *(heard_readings(k, words) if japanese else ()),
            *((mandarin,) if mandarin else ()),
            *((wade,) if wade and wade != mandarin else ()),
        )
        if readings and sounds and _best_ratio(readings, sounds) >= gate:
            # the reading heard best first: the one the explanation gives
            out[k] = tuple(sorted(readings, key=lambda r: -_best_ratio((r,), sounds)))
    return out


def _best_ratio(readings: Sequence[str], sounds: Sequence[str]) -> float:
    return float(process.cdist(readings, sounds, scorer=fuzz.ratio).max()) / 100.0


class _KanaTable:
    """Sound keys of katakana names (left) against English keys (right): ``phonetic_weight`` x the
    best of the similarity of their sound keys where it reaches ``kana_gate`` (pipeline.knowledge.kana)
    and the ratio of their consonant skeletons where it reaches ``HAN_GATE`` (the romaji read as a
    Latin name: pipeline.knowledge.sound). Keys that begin with ``_HAN`` are Chinese names' consonant
    skeletons: ``phonetic_weight`` x their best ratio with the English keys' skeletons (``latin_forms``)
    where it reaches ``HAN_GATE``, between skeletons that begin alike (pipeline.knowledge.sound).
    ``twin`` holds the same evidence between the Chinese skeletons and the katakana names (two
    transliterations of one Latin name), so that each of the three scripts meets the other two by
    sound. Only the skeletons that sound like some English key or katakana name are kept: a run where
    none does has no table, as before."""

    def __init__(
        self,
        keys: list[str],
        en_keys: list[str],
        w: EvidenceSettings,
        han: Sequence[str] = (),
        han_en: frozenset[str] | set[str] = frozenset(),
        readings: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        skeletons = [h[len(_HAN) :].removeprefix(_FAMILY) for h in han]
        family = [h[len(_HAN) :].startswith(_FAMILY) for h in han]
        targets = [k if k in han_en else "" for k in en_keys]  # "" has no skeleton: no evidence
        by_en = _skeleton_pairs(skeletons, targets, w, family) if han and han_en else None
        names = [k if " " in k else "" for k in keys]  # a name of one word has too few sounds to tell
        by_kana = _skeleton_pairs(skeletons, names, w, family) if han and any(names) else None
        sounding = np.zeros(len(han), dtype=bool)
        for table in (by_en, by_kana):
            if table is not None:
                sounding |= np.diff(table.indptr) > 0
        found = np.flatnonzero(sounding)
        self._han_rows = by_en[found] if by_en is not None else sparse.csr_matrix((len(found), len(en_keys)))
        self._twin_rows = (
            by_kana[found] if by_kana is not None else sparse.csr_matrix((len(found), len(keys)))
        )
        self.n_kana = len(keys)
        self.readings = dict(readings or {})
        yomi = sorted(self.readings)
        keys = keys + [han[i] for i in found.tolist()] + yomi
        self.keys = keys
        self.ids = {k: i for i, k in enumerate(keys)}
        self.en_keys = en_keys if keys else []
        self.en_sounds = [sound_key(k) for k in en_keys] if keys else []
        self.w = w
        self._yomi_rows = self._heard([self.readings[k] for k in yomi], en_keys, han_en)
        self._matrix: sparse.csr_matrix | None = None
        self.across = _Across(self)
        self.twin = _Twin(self)

    def matrix(self) -> sparse.csr_matrix:
        """Every non-zero evidence, kana key ids x English key ids, computed once."""
        if self._matrix is None:
            kana = self.keys[: self.n_kana]
            shape = (len(kana), len(self.en_sounds))
            pairs = _gated_pairs(kana, self.en_sounds, fuzz.ratio, self.w.kana_gate, self.w.phonetic_weight)
            kana_rows = pairs if pairs is not None else sparse.csr_matrix(shape, dtype=np.float32)
            if kana:
                skeletons = [latin_skeleton(k) if " " in k else "" for k in kana]
                kana_rows = kana_rows.maximum(_skeleton_rows(skeletons, self.en_keys, self.w, family=False))
            table = sparse.vstack([kana_rows, self._han_rows, self._yomi_rows], format="csr")
            table.sort_indices()
            self._matrix = table.astype(np.float32)
        return self._matrix

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool = True) -> np.ndarray:
        """Evidence, kana key ids (left) x English key ids (right)."""
        return _block(self.matrix(), left, right)

    def _heard(
        self, readings: Sequence[tuple[str, ...]], en_keys: Sequence[str], targets: Iterable[str]
    ) -> sparse.csr_matrix:
        """``phonetic_weight`` x the best ratio of each kanji name's readings (rows) with each English key
        printed alone (columns, the ``targets``) where it reaches ``kanji_gate``."""
        shape = (len(readings), len(en_keys))
        if not readings:
            return sparse.csr_matrix(shape, dtype=np.float32)
        heard = set(targets)
        sounds = [self.en_sounds[j] if k in heard else "" for j, k in enumerate(en_keys)]
        out = np.zeros(shape, dtype=np.float32)
        for i, rs in enumerate(readings):
            scores = process.cdist(list(rs), sounds, scorer=fuzz.ratio).max(axis=0) / 100.0
            out[i] = np.where(scores >= self.w.kanji_gate, scores * self.w.phonetic_weight, 0.0)
        return sparse.csr_matrix(out)

    def sound(self, k: int, heard: str = "") -> str:
        """How key ``k`` is heard: a katakana name's sound key, a Chinese name's skeleton, a kanji name's
        Japanese reading (the one closest to ``heard``, an English sound key, where given)."""
        key = self.keys[k]
        if key in self.readings:
            readings = self.readings[key]
            return max(readings, key=lambda r: fuzz.ratio(r, heard)) if heard else readings[0]
        return key[len(_HAN) :].removeprefix(_FAMILY) if key.startswith(_HAN) else key


def _skeleton_pairs(
    han: list[str], en_keys: list[str], w: EvidenceSettings, family: Sequence[bool] = ()
) -> sparse.csr_matrix:
    """``phonetic_weight`` x the best skeleton ratio of each Chinese skeleton (rows) with each English
    key's forms (columns) where it reaches ``HAN_GATE`` and both begin with the same class; computed on
    the distinct forms (eight classes: many keys share one). The rows marked in ``family`` (names that
    read family name first) meet only the forms that begin at the family name (``latin_forms``)."""
    if not any(family):
        return _skeleton_rows(han, en_keys, w, family=False)
    sides = (False, True)
    at = [[i for i, f in enumerate(family) if f == side] for side in sides]
    parts = [
        _skeleton_rows([han[i] for i in rows], en_keys, w, family=side)
        for side, rows in zip(sides, at, strict=True)
    ]
    order = np.argsort(np.array(at[0] + at[1], dtype=np.int64), kind="stable")
    return sparse.vstack(parts, format="csr")[order]


def _skeleton_rows(
    han: list[str], en_keys: list[str], w: EvidenceSettings, *, family: bool
) -> sparse.csr_matrix:
    """``_skeleton_pairs`` for rows that all read one way (``family`` or not)."""
    shape = (len(han), len(en_keys))
    forms = (
        [tuple(f for f in latin_forms(k, family=family) if len(f) >= MIN_CLASSES) for k in en_keys]
        if han
        else []
    )
    right = sorted({f for fs in forms for f in fs})
    pairs = _gated_pairs(han, right, fuzz.ratio, HAN_GATE, w.phonetic_weight)
    if pairs is None or not pairs.nnz:
        return sparse.csr_matrix(shape, dtype=np.float32)
    coo = pairs.tocoo()
    alike = np.array(
        [han[i][0] == right[j][0] for i, j in zip(coo.row.tolist(), coo.col.tolist(), strict=True)]
    )
    at = {f: j for j, f in enumerate(right)}
    owned = [(at[f], k) for k, fs in enumerate(forms) for f in fs]
    owners = sparse.csr_matrix(
        (np.ones(len(owned), dtype=np.int8), tuple(np.array(owned, dtype=np.int64).T)),
        shape=(len(right), len(en_keys)),
    )
    if not alike.any():
        return sparse.csr_matrix(shape, dtype=np.float32)
    row, col, data = coo.row[alike], coo.col[alike], coo.data[alike]
    # each (skeleton, form) pair to every English key with that form, then the best per (skeleton, key)
    counts = np.diff(owners.indptr)[col]
    starts = np.repeat(owners.indptr[col] - np.cumsum(counts) + counts, counts)
    rows = np.repeat(row, counts)
    cols = owners.indices[np.arange(int(counts.sum())) + starts]
    vals = np.repeat(data, counts)
    order = np.lexsort((-vals, cols, rows))
    rows, cols, vals = rows[order], cols[order], vals[order]
    first = np.r_[True, (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])]
    return sparse.csr_matrix((vals[first].astype(np.float32), (rows[first], cols[first])), shape=shape)


class _Across:
    """The kana table seen from the English side: English key ids (left) x kana key ids (right)."""

    def __init__(self, table: _KanaTable) -> None:
        self.table = table

    def matrix(self) -> sparse.csr_matrix:
        return self.table.matrix().T.tocsr()

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool = True) -> np.ndarray:
        return self.table.sims(right, left, cache=cache).T


class _Twin:
    """The kana table's keys against each other: the Chinese skeletons (``_HAN`` keys) x the katakana
    names, both ways (symmetric; nothing between two keys of one kind)."""

    def __init__(self, table: _KanaTable) -> None:
        self.table = table
        self._matrix: sparse.csr_matrix | None = None

    def matrix(self) -> sparse.csr_matrix:
        if self._matrix is None:
            table = self.table
            n, k = len(table.keys), table.n_kana
            rows = table._twin_rows.tocoo()
            r, c = rows.row + k, rows.col
            both = sparse.csr_matrix(
                (np.r_[rows.data, rows.data].astype(np.float32), (np.r_[r, c], np.r_[c, r])), shape=(n, n)
            )
            both.sort_indices()
            self._matrix = both
        return self._matrix

    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool = True) -> np.ndarray:
        return _block(self.matrix(), left, right)


@dataclass(frozen=True, slots=True)
class _Bag:
    """Forms as the scorer sees them: distinct key ids per language, given and derived acronym
    keys. One mention's, or the union over an entity's members (see ``_merge``)."""

    zh: tuple[int, ...] = ()
    en: tuple[int, ...] = ()
    given: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()  # gazetteer codes the names resolve to
    kana: tuple[int, ...] = ()  # ids of the katakana names' sound keys


def _merge(bags: Iterable[_Bag]) -> _Bag:
    zh: dict[int, None] = {}
    en: dict[int, None] = {}
    given: set[str] = set()
    derived: set[str] = set()
    codes: set[str] = set()
    kana: dict[int, None] = {}
    for b in bags:
        zh.update(dict.fromkeys(b.zh))
        en.update(dict.fromkeys(b.en))
        given |= b.given
        derived |= b.derived
        codes |= b.codes
        kana.update(dict.fromkeys(b.kana))
    return _Bag(
        tuple(sorted(zh)),
        tuple(sorted(en)),
        frozenset(given),
        frozenset(derived),
        frozenset(codes),
        tuple(sorted(kana)),
    )


def _block(table: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``table[left][:, right].toarray()``, read from the rows' stored entries (scipy's fancy indexing
    costs more than the answer when the block is small, as it is for an alignment's few new pairs)."""
    left, right = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    distinct = len(right) < 2 or bool((np.diff(np.sort(right)) > 0).all())
    if len(left) * len(right) > _SMALL_BLOCK or not distinct or not table.has_canonical_format:
        return table[left][:, right].toarray()
    out = np.zeros((len(left), len(right)), dtype=table.dtype)
    lo, hi = table.indptr[left], table.indptr[left + 1]
    counts = hi - lo
    total = int(counts.sum())
    if not total or not len(right):
        return out
    at = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    at += np.repeat(lo, counts)
    rows, cols = np.repeat(np.arange(len(left)), counts), table.indices[at]
    order = np.argsort(right, kind="stable")
    ranked = right[order]
    pos = np.minimum(np.searchsorted(ranked, cols), len(ranked) - 1)
    hit = ranked[pos] == cols
    out[rows[hit], order[pos[hit]]] = table.data[at[hit]]
    return out


# the largest block ``_block`` reads entry by entry
_SMALL_BLOCK = 4096


class _Similarity(Protocol):
    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool) -> np.ndarray: ...


def _best_over_keys(
    table: _Similarity, rows: Sequence[tuple[int, ...]], bags: Sequence[tuple[int, ...]], *, cache: bool
) -> np.ndarray:
    """Best similarity over the key pairs of each (row, bag), clipped to 0..1; _MISSING when a side
    has no key."""
    out = np.full((len(rows), len(bags)), _MISSING, dtype=np.float32)
    r_owner = [a for a, keys in enumerate(rows) for _k in keys]
    c_owner = [j for j, keys in enumerate(bags) for _k in keys]
    if not r_owner or not c_owner:
        return out
    left, l_at = np.unique(
        np.fromiter((k for keys in rows for k in keys), dtype=np.int64), return_inverse=True
    )
    right, r_at = np.unique(
        np.fromiter((k for keys in bags for k in keys), dtype=np.int64), return_inverse=True
    )
    ro, co = np.asarray(r_owner), np.asarray(c_owner)
    # reduce the bags' keys, then the rows' keys (owners are contiguous and ascending)
    cstarts = np.flatnonzero(np.r_[True, co[1:] != co[:-1]])
    s = np.maximum.reduceat(table.sims(left, right, cache=cache)[:, r_at], cstarts, axis=1)
    rstarts = np.flatnonzero(np.r_[True, ro[1:] != ro[:-1]])
    s = np.maximum.reduceat(s[l_at], rstarts, axis=0)
    out[np.ix_(ro[rstarts], co[cstarts])] = np.clip(s, 0.0, 1.0)
    return out


def _memo(
    memo: dict[tuple[str, ...], set[str]], keys: tuple[str, ...], make: Callable[[tuple[str, ...]], set[str]]
) -> set[str]:
    found = memo.get(keys)
    if found is None:
        found = memo[keys] = make(keys)
    return found


def _gram_set(keys: tuple[str, ...]) -> set[str]:
    return {g for k in keys for g in _grams(k)}


def _token_set(keys: tuple[str, ...]) -> set[str]:
    return {t for k in keys for t in _tokens(k)}


def _idf_default(n_docs: int) -> float:
    """IDF of a feature seen in no document of the run."""
    return math.log(n_docs + 1.0) if n_docs else 1.0


def _idf(docs: Sequence[set[str]], *, generic: frozenset[str], weight: float) -> dict[str, float]:
    # a document repeats as one object (``_memo``: one per distinct spelling): counted once, times its copies
    copies = Counter(map(id, docs))
    distinct = {id(d): d for d in docs}
    df: Counter[str] = Counter()
    for key, d in distinct.items():
        times = copies[key]
        for f in d:
            df[f] += times
    n = sum(1 for d in docs if d)
    return {f: math.log((n + 1.0) / c) * (weight if f in generic else 1.0) for f, c in df.items()}


_GENERIC_ZH_GRAMS = frozenset(g for w in GENERIC_ZH for g in zh_ngrams(w, 2))


def _acronym_value(a: _Bag, b: _Bag, w: EvidenceSettings = _DEFAULT) -> float:
    """Acronym evidence between two sources (the reference for ``_Space._acronyms``)."""
    given_a, given_b = a.given, b.given
    if not given_a and not given_b:
        return _MISSING
    if given_a & given_b:
        return w.acronym_given
    derived_a, derived_b = a.derived, b.derived
    if (given_a & derived_b) or (given_b & derived_a):
        return w.acronym_derived
    for g, ds in ((given_a, derived_b), (given_b, derived_a)):
        for x in g:
            for d in ds:
                if len(x) >= 3 and x[0] == d[0] and is_subsequence(x, d):
                    return w.acronym_compatible
    if (given_a and (given_b or derived_b)) or (given_b and derived_a):
        return 0.0
    return _MISSING


def _combine(zh: np.ndarray, en: np.ndarray, acr: np.ndarray, *, agreement: float) -> np.ndarray:
    """best + agreement * second * (1 - best); 0 when no signal is available."""
    hi, lo = np.maximum(zh, en), np.minimum(zh, en)
    best = np.maximum(np.maximum(hi, acr), 0.0)
    second = np.maximum(np.maximum(lo, np.minimum(hi, acr)), 0.0)  # the middle one of the three
    return (best + agreement * second * (1.0 - best)).astype(np.float32)
