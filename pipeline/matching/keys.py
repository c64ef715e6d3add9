"""Names and keys of a mention: the forms it gives, cleaned for comparison.

Every mention contributes *forms*: Chinese names (``name_zh`` and Chinese aliases), English names
(``name_en`` and English aliases) and acronyms (``acronym`` and acronym-like aliases). A parent body the
article attaches to an item (``Mention.parent``), and any acronym that one article attaches to several of
its items, is removed from that article's names and never used as evidence: it identifies no single item.
Keys come from :mod:`pipeline.normalize`; a Chinese name also contributes its Taiwan -> mainland
phrase-folded key (``寮國`` -> ``老挝``) when regional folding is on, a transliterated person's name its
family name alone (``珍·羅伊`` -> ``羅伊``, ``小羅伊`` -> ``羅伊``), and a katakana name the sound key of
its romaji (``キンバリー・プロスト`` -> ``kimbari purosuto``, :mod:`pipeline.knowledge.kana`), and an
organization's name read whole in generic words and places' names an English key (``阿蘭德大學`` ->
``aland university``, :mod:`pipeline.matching.org_gloss`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.knowledge.kana import romaji, sound_key
from pipeline.knowledge.regional import regional_key
from pipeline.lang.name_words import NO_PARTY_RE, NO_PARTY_WORD
from pipeline.lang.scripts import HAN_SPAN_RE
from pipeline.matching.org_gloss import org_core, org_core_en, org_gloss
from pipeline.models import Kind, Mention
from pipeline.normalize.acronyms import acronym_key
from pipeline.normalize.chinese import zh_key, zh_ngrams
from pipeline.normalize.english import en_key, en_tokens

_CJK = HAN_SPAN_RE
_ACRONYM_LIKE = re.compile(r"^[A-Z0-9][A-Z0-9.\-&/]*[A-Z0-9.]$")


@dataclass(frozen=True, slots=True)
class _Names:
    """The forms one source (a mention, or one article's variants of an entity) gives."""

    article: str
    zh: tuple[str, ...]  # raw forms
    en: tuple[str, ...]
    acronyms: tuple[str, ...]  # usable given acronyms
    zh_keys: tuple[str, ...]  # cleaned keys, parallel to zh
    en_keys: tuple[str, ...]
    zh_alt: tuple[str, ...] = ()  # regional keys (Taiwan phrases folded), compared like zh_keys
    kana: tuple[str, ...] = ()  # sound keys of the katakana names' romaji, compared with English and Chinese


_KANA_RE = re.compile("[\u30a1-\u30fa]")


def _is_cjk(s: str) -> bool:
    return bool(_CJK.search(s))


def _strip_keys(key: str, junk: Iterable[str], *, words: bool) -> str:
    for j in junk:
        if not j:
            continue
        if words:
            key = f" {key} ".replace(f" {j} ", " ").strip()
        else:
            key = key.replace(j, "")
    return " ".join(key.split()) if words else key


def _names(
    article: str,
    zh: Iterable[str],
    en: Iterable[str],
    acronyms: Iterable[str],
    junk: Iterable[str] = (),
    *,
    regional: bool = False,
) -> _Names:
    junk = [j for j in junk if j]
    zh_t = tuple(dict.fromkeys(s for s in zh if s and s.strip()))
    en_t = tuple(dict.fromkeys(s for s in en if s and s.strip()))
    zjunk = sorted({zh_key(j) for j in junk}, key=lambda k: (-len(k), k))
    ejunk = sorted({en_key(j) for j in junk}, key=lambda k: (-len(k), k))
    zk = tuple(_strip_keys(zh_key(s), zjunk, words=False) for s in zh_t)
    ek = tuple(_strip_keys(en_key(s), ejunk, words=True) for s in en_t)
    # an organization's Chinese or Japanese name read in English words (pipeline.matching.org_gloss)
    ek += tuple(dict.fromkeys(k for s in zh_t if (k := en_key(org_gloss(s))) and k not in ek))
    # and an English one's proper part (``harvard university`` -> ``harvard``), after the keys of the names,
    # where no Chinese name is printed beside it (a mention that prints both has its own evidence)
    cores_en = (c for k in ek[: len(en_t)] if not zh_t and (c := org_core_en(k)) and c not in ek)
    ek += tuple(dict.fromkeys(cores_en))
    alt: tuple[str, ...] = ()
    if regional:
        folded = (_strip_keys(regional_key(s), zjunk, words=False) for s in zh_t)
        alt = tuple(dict.fromkeys(k for k in folded if k and k not in zk))
    # members of no party, in each region's words, under one of them (pipeline.lang.name_words)
    if any(NO_PARTY_RE.match(s) for s in zh_t) and (party := zh_key(NO_PARTY_WORD)) not in zk:
        alt += (party,)
    surnames = (zh_key(k) for s in zh_t for k in family_names(s))
    alt += tuple(dict.fromkeys(k for k in surnames if k and k not in zk and k not in alt))
    # an organization's katakana proper part without its generic words (``アランド大学`` -> ``アランド``),
    # heard as a name (a Chinese one is left: a name translated by its meaning, 甲津, is heard as another's)
    cores = [c for s in zh_t if (c := org_core(s))]
    acr = tuple(dict.fromkeys(a for a in acronyms if acronym_key(a)))
    # "米アランド": a katakana name after the one kanji of the country it is from, as Japanese news writes
    spoken = [m.group(1) if (m := _KANJI_THEN_KANA_RE.fullmatch(s)) else s for s in (*zh_t, *cores)]
    kana = tuple(dict.fromkeys(k for k in (sound_key(romaji(s)) for s in spoken) if k))
    return _Names(article, zh_t, en_t, acr, zk, ek, alt, kana)


_NAME_DOTS = re.compile(r"[·‧・•]")
_KANJI_THEN_KANA_RE = re.compile(r"[\u4e00-\u9fff]([\u30a1-\u30fa\u30fc・]{2,})")
_JUNIOR = "小"  # "小甘迺迪": the junior of a transliterated family name (Jr.)
MIN_FAMILY_NAME = 2


def family_names(name: str) -> tuple[str, ...]:
    """A transliterated person's name as outlets also print it: the family name after the last dot
    (``珍·羅伊`` -> ``羅伊``), without the ``小`` that marks a junior (``小羅伊``, ``小約翰·羅伊``)."""
    parts = [p for p in _NAME_DOTS.split(name) if p.strip()]
    family = parts[-1].strip() if len(parts) >= 2 else name.strip()
    out = [family] if len(parts) >= 2 else []
    if family.startswith(_JUNIOR) and len(family) - 1 > MIN_FAMILY_NAME:
        out.append(family[1:])
    return tuple(f for f in out if len(f) >= MIN_FAMILY_NAME and _is_cjk(f))


def _shared_acronyms(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Per article: acronym keys it attaches to several list items (as acronym or parent), and
    every parent. Prose may name one organization many times, so its repeats do not count."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    parents: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind is Kind.LIST and m.acronym and acronym_key(m.acronym):
            counts[m.article][acronym_key(m.acronym)] += 1
        if m.parent:
            counts[m.article][acronym_key(m.parent)] += 1
            parents[m.article].add(acronym_key(m.parent))
    return {a: {k for k, c in cnt.items() if c > 1 and k} | parents[a] for a, cnt in counts.items()}


def _mention_names(
    m: Mention,
    shared: Mapping[str, set[str]],
    *,
    regional: bool = False,
    memo: dict[tuple, _Names] | None = None,
) -> _Names:
    """The names of a mention. ``memo`` keeps the names of each distinct spelling (many outlets print
    the same one), keyed by everything they depend on but the article."""
    shared_here = shared.get(m.article, set())
    if memo is not None:
        key = (m.name_zh, m.name_en, m.aliases, m.acronym, m.parent, regional, _shared_in(m, shared_here))
        found = memo.get(key)
        if found is None:
            found = memo[key] = _mention_names(m, shared, regional=regional)
        return found if found.article == m.article else _Names(m.article, *_fields(found))

    zh = [m.name_zh]
    en = [m.name_en]
    acr: list[str] = []
    for alias in m.aliases:
        if _is_cjk(alias) or _KANA_RE.search(alias):  # a katakana reading is a name of the East Asian forms
            zh.append(alias)
        elif _ACRONYM_LIKE.match(alias.strip()):
            acr.append(alias.strip())
        else:
            en.append(alias)
    if m.acronym:
        acr.append(m.acronym)
    usable = [a for a in acr if acronym_key(a) not in shared_here]
    junk = [m.parent] if m.parent else []
    junk += [a for a in acr if acronym_key(a) in shared_here]
    return _names(m.article, zh, en, usable, junk, regional=regional)


def _shared_in(m: Mention, shared_here: set[str]) -> tuple[str, ...]:
    """The acronym keys of the mention's own forms that its article shares among several items."""
    if not shared_here:
        return ()
    forms = [f for f in (m.acronym, m.parent, *m.aliases) if f]
    return tuple(
        sorted({k for f in forms for k in (acronym_key(f), acronym_key(f.strip())) if k in shared_here})
    )


def _fields(n: _Names) -> tuple[tuple[str, ...], ...]:
    """The fields of ``n`` after its article."""
    return (n.zh, n.en, n.acronyms, n.zh_keys, n.en_keys, n.zh_alt, n.kana)


def _grams(key: str) -> tuple[str, ...]:
    """Character bigrams and single characters of a Chinese key (single characters carry the
    evidence when a translation swaps one character of a short name)."""
    if not key:
        return ()
    return zh_ngrams(key, 2) + tuple(key)


def _tokens(key: str) -> tuple[str, ...]:
    return en_tokens(key) if key else ()


def _link_sort_key(key: str) -> tuple[str, int, str]:
    article, _, pos = key.rpartition("#")
    return (article, int(pos) if pos.isdigit() else 0, key)


def _mention_sort_key(m: Mention) -> tuple[str, int, str]:
    return (m.article, m.position, m.key)
