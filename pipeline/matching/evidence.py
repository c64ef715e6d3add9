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
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
from scipy import sparse

from pipeline.knowledge.romanized import family_first
from pipeline.lang.name_words import names_a_kind
from pipeline.lang.scripts import simplified
from pipeline.matching.acronym_evidence import AcronymRows
from pipeline.matching.bags import DEFAULT, MISSING, Bag
from pipeline.matching.generic_words import GENERIC_EN, GENERIC_ZH
from pipeline.matching.kana_table import HAN, YOMI, KanaTable, han_keys
from pipeline.matching.key_table import KeyTable
from pipeline.matching.keys import _grams, _Names, _tokens
from pipeline.matching.place_evidence import place_readings, shared_places
from pipeline.matching.place_pinyin import places_in_pinyin
from pipeline.matching.readings import heard_in_english
from pipeline.matching.two_sounds import short_keys
from pipeline.normalize.acronyms import acronym_key, derive_acronym
from pipeline.normalize.chinese import is_subsequence, zh_ngrams
from pipeline.settings import EvidenceSettings


class Space:
    """IDF weights over every name in the run, the distinct keys of each language (``KeyTable``)
    and the evidence between bags of forms."""

    def __init__(
        self,
        names: Sequence[_Names],
        *,
        phonetic: bool = False,
        weights: EvidenceSettings = DEFAULT,
        places: Callable[[str], bool] = lambda name: False,
    ) -> None:
        """``places``: whether the gazetteer knows a name (a place is no family name of two sounds)."""
        self.w = weights
        self._places = phonetic and weights.katakana  # a foreign place's names heard in every script
        zh_grams: dict[tuple[str, ...], set[str]] = {}
        en_words: dict[tuple[str, ...], set[str]] = {}
        zh_docs = [_memo(zh_grams, (*n.zh_keys, *n.zh_alt), _gram_set) for n in names]
        en_docs = [_memo(en_words, n.en_keys, _token_set) for n in names]
        self.zh_idf = _idf(zh_docs, generic=_GENERIC_ZH_GRAMS, weight=weights.generic_weight)
        self.en_idf = _idf(en_docs, generic=GENERIC_EN, weight=weights.generic_weight)
        self.zh_vocab = {g: i for i, g in enumerate(sorted(self.zh_idf))}
        self.en_vocab = {t: i for i, t in enumerate(sorted(self.en_idf))}
        zh_keys = sorted({k for n in names for k in (*n.zh_keys, *n.zh_alt) if k})
        self.zh = KeyTable(self, zh_keys, zh=True, phonetic=phonetic)
        self.en = KeyTable(self, sorted({k for n in names for k in n.en_keys if k}), zh=False)
        kana = sorted({k for n in names for k in n.kana}) if phonetic and weights.katakana else []
        # the Chinese transliterations' consonant skeletons join the katakana keys' table as keys of
        # their own (``HAN`` + skeleton), compared with the English keys and the katakana names by sound
        # (English: only between names printed in one script: a mention that prints both has its own evidence)
        # (a word that names a kind of people, ``無黨籍`` or "independents", is no one's name: never heard)
        zh_only = sorted(
            {k for n in names if not n.en for k in (*n.zh_keys, *n.zh_alt) if k and not names_a_kind(k)}
        )
        # (the keys of the names printed: an organization's proper part, ``pipeline.matching.org_gloss``, is
        # heard in katakana only, a Chinese name of an organization being translated by its meaning as often)
        en_only = {k for n in names if not n.zh for k in n.en_keys[: len(n.en)] if not names_a_kind(k)}
        # keys some outlet prints given name first (with a middle dot, which the key drops, or longer)
        dotted = {k for n in names for z, k in zip(n.zh, n.zh_keys, strict=True) if not family_first(z)}
        # a kanji name is heard in English by its Japanese reading, and a native Chinese name by its pinyin
        readings = (
            heard_in_english(zh_only, en_only, weights.kanji_gate) if phonetic and weights.katakana else {}
        )
        heard_by = frozenset(readings)  # heard by a reading of a person's name: not a place's alone
        # a place below a country in characters is heard by its pinyin syllables where an English key
        # spells them exactly (pipeline.matching.place_pinyin), not by a skeleton
        in_pinyin = places_in_pinyin(zh_only, en_only) if phonetic and weights.katakana else {}
        readings = {**{k: (r,) for k, (r, _) in in_pinyin.items()}, **readings}
        native = [k for k in zh_only if k not in readings]
        # Hong Kong transliterates by Cantonese sound: the keys of an outlet that prints Traditional
        # characters are also heard by their Cantonese reading
        traditional = {n.article for n in names if any(z and simplified(z) != z for z in n.zh)}
        cantonese = {k for n in names if n.article in traditional for k in n.zh_keys}
        # a family name of two sounds printed alone (柯勒: ``gl``), heard where the story tells it apart
        printed = ((n.article, z, k) for n in names if not n.en for z, k in zip(n.zh, n.zh_keys, strict=True))
        short = short_keys(printed, places, cantonese) if phonetic else frozenset()
        self.han_of = han_keys(native, dotted, cantonese, short) if phonetic and (en_only or kana) else {}
        self.han_of |= {k: YOMI + k for k in readings}
        han = sorted({v for v in self.han_of.values() if v.startswith(HAN)})
        yomi = {YOMI + k: r for k, r in readings.items()}
        exact = {
            YOMI + k: heard for k, (_, heard) in in_pinyin.items() if YOMI + k in yomi and k not in heard_by
        }
        # a place's name is no family name printed alone, in katakana or in English (a country in katakana
        # is no person's family name, however near it sounds)
        places_kana = frozenset(k for n in names if any(places(z) for z in n.zh) for k in n.kana) | {
            k for n in names for k in n.en_keys if places(k)
        }
        self.kana = KanaTable(
            kana,
            self.en.keys,
            weights,
            han=han,
            han_en=en_only,
            readings=yomi,
            exact=exact,
            places=places_kana,
        )
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

    def bag(self, n: _Names) -> Bag:
        """The forms of one source as key ids and acronym sets."""
        return Bag(
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
            places=place_readings((*n.zh, *n.en)) if self._places else frozenset(),
        )

    def signals(
        self, rows: Sequence[Bag], bags: Sequence[Bag], *, cache: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(zh, en, acronym) evidence, len(rows) x len(bags), each the best over the forms of both
        sides, MISSING where a side lacks it. ``cache``: keep key similarities for later calls."""
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
        if (places := shared_places(rows, bags, self.w.phonetic_weight)) is not None:
            en = np.where(places > 0, np.maximum(en, places), en)
        return zh, en, self._acronyms(rows, bags)

    def _acronyms(self, rows: Sequence[Bag], bags: Sequence[Bag]) -> np.ndarray:
        """The acronym rules of ``acronym_value`` for every (row, bag) pair at once. Each rule asks
        whether some given acronym of one side meets some acronym (given, or derived from an
        English name) of the other, so a bag (a union of sources) meets a rule exactly when one of
        its sources does: its value is the best over its sources."""
        return AcronymRows(rows).against(self, bags)

    def _fits(self, given: str, derived: str) -> bool:
        """Whether a given acronym (3+ letters) fits the initials derived from an English name."""
        fits = self._compatible.get((given, derived))
        if fits is None:
            fits = given[0] == derived[0] and is_subsequence(given, derived)
            self._compatible[(given, derived)] = fits
        return fits


class _Similarity(Protocol):
    def sims(self, left: np.ndarray, right: np.ndarray, *, cache: bool) -> np.ndarray: ...


def _best_over_keys(
    table: _Similarity, rows: Sequence[tuple[int, ...]], bags: Sequence[tuple[int, ...]], *, cache: bool
) -> np.ndarray:
    """Best similarity over the key pairs of each (row, bag), clipped to 0..1; MISSING when a side
    has no key."""
    out = np.full((len(rows), len(bags)), MISSING, dtype=np.float32)
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


def _combine(zh: np.ndarray, en: np.ndarray, acr: np.ndarray, *, agreement: float) -> np.ndarray:
    """best + agreement * second * (1 - best); 0 when no signal is available."""
    hi, lo = np.maximum(zh, en), np.minimum(zh, en)
    best = np.maximum(np.maximum(hi, acr), 0.0)
    second = np.maximum(np.maximum(lo, np.minimum(hi, acr)), 0.0)  # the middle one of the three
    return (best + agreement * second * (1.0 - best)).astype(np.float32)
