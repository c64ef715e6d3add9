"""A Chinese name that drops a key word the other outlets keep (``possible_mistranslation``): characters
rare across the entities, missing from a name much shorter than the usual. How the outlets write one
entity, every spelling: ``checks.names``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from difflib import SequenceMatcher
from functools import cache, lru_cache

from pipeline.checks.context import _Ctx
from pipeline.checks.names import _clean_zh, _entity_mentions
from pipeline.checks.registry import POSSIBLE_MISTRANSLATION
from pipeline.checks.wording import _NAMED_OUTLETS, _evidence
from pipeline.lang.scripts import KANA_RE
from pipeline.models import Discrepancy, Mention, Severity
from pipeline.normalize.chinese import zh_key
from pipeline.normalize.english import STOPWORDS, en_tokens

# Characters that carry no meaning of their own in a name (joining words and particles).
_FUNCTION_CHARS = frozenset("的之和与及或暨并等在于对")


@lru_cache(maxsize=16_384)  # an entity's name as printed recurs across the outlets
def _fold_chars(name: str) -> tuple[str, tuple[int, ...]]:
    """``zh_key`` applied character by character, with the source index of every kept character."""
    folded: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(name):
        for f in zh_key(ch):
            folded.append(f)
            index.append(i)
    return "".join(folded), tuple(index)


def _chunks(reference: str, missing: set[str]) -> list[tuple[int, int]]:
    """Maximal runs of ``reference`` made of characters in ``missing`` (as folded offsets)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(reference):
        if reference[i] in missing:
            j = i
            while j < len(reference) and reference[j] in missing:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _dropped_in(reference: str, own: str, chunk: str) -> bool:
    """Whether ``own`` has no counterpart for ``chunk`` of ``reference`` (both folded).

    Aligned with difflib, the chunk falls in a block ``own`` deletes (a pure drop), or in a block
    ``own`` replaces with words it already uses elsewhere (a repetition in place of the word), or
    in a block whose joining words line up with ``own``'s so that only the chunk is left without
    a partner. A block replaced by other words of similar length is a synonym: not a drop.
    """
    at = reference.find(chunk)
    if at < 0:
        return False
    end = at + len(chunk)
    matcher = SequenceMatcher(None, reference, own, autojunk=False)
    for tag, r_lo, r_hi, o_lo, o_hi in matcher.get_opcodes():
        if r_hi <= at or r_lo >= end:
            continue
        if tag == "equal":
            return False
        if tag == "delete":
            continue
        if tag != "replace":
            return False
        seg = own[o_lo:o_hi]
        content = [ch for ch in seg if ch not in _FUNCTION_CHARS]
        rest_of_own = own[:o_lo] + own[o_hi:]
        if content and all(ch in rest_of_own for ch in content):
            continue  # the place of the word is filled by a repetition of other words
        block = reference[max(r_lo, 0) : r_hi]
        without = block.replace(chunk, "", 1)
        skel_with = _segments(block)
        skel_without = _segments(without)
        skel_own = _segments(seg)
        if len(skel_without) == len(skel_own) > 1:
            if sum(abs(x - y) for x, y in zip(skel_without, skel_own, strict=True)) < sum(
                abs(x - y) for x, y in zip(skel_with, skel_own, strict=True)
            ):
                continue
        elif len(content) <= sum(skel_without) and len(content) < sum(skel_with):
            continue
        return False
    return True


def _segments(s: str) -> list[int]:
    """Content lengths between joining characters: "甲乙與丙" -> [2, 1]."""
    out = [0]
    for ch in s:
        if ch in _FUNCTION_CHARS:
            out.append(0)
        else:
            out[-1] += 1
    return out


def _length_counts(forms: Mapping[str, int]) -> Counter[int]:
    """How many names have each length, from distinct names and their counts."""
    out: Counter[int] = Counter()
    for form, n in forms.items():
        out[len(form)] += n
    return out


def _median_of_counts(counts: Mapping[int, int]) -> float:
    """``statistics.median`` of a multiset given as value -> count."""
    total = sum(counts.values())

    def nth(i: int) -> int:
        for value in sorted(counts):
            if i < counts[value]:
                return value
            i -= counts[value]
        raise IndexError(i)

    if total % 2:
        return nth(total // 2)
    return (nth(total // 2 - 1) + nth(total // 2)) / 2


def _dropped_chars(
    own: str, forms: Mapping[str, int], *, short_ratio: float, one_word: bool
) -> tuple[dict[str, int], set[str]]:
    """The other articles' folded forms (with their counts) beside an article writing ``own``, and the
    characters every one of them has and ``own`` lacks (none when ``own`` is a short form, or the
    entity's English name is one word): the same for every article writing ``own``."""
    other_forms = {f: n - (f == own) for f, n in forms.items() if n - (f == own) > 0}
    median = _median_of_counts(_length_counts(other_forms))
    if len(own) < short_ratio * median:
        return other_forms, set()  # a short form (an abbreviation) is a naming variant, not a mistranslation
    if one_word:
        return other_forms, set()  # a one-word English name ("X-Water"): the others' extra words are glosses
    common = set.intersection(*(set(f) for f in other_forms))
    return other_forms, {ch for ch in common - set(own) if ch not in _FUNCTION_CHARS}


def _japanese(ctx: _Ctx, m: Mention) -> bool:
    """A name in kana, or printed by an article written in Japanese (kanji names of Japanese bodies)."""
    if KANA_RE.search(m.name_zh):
        return True
    return ctx.japanese(m.article)


def _possible_mistranslations(ctx: _Ctx, *, rare_share: float, short_ratio: float) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    # Every entity's folded Chinese names and English words, for rarity and corroboration.
    names_of: dict[str, set[str]] = {}
    english_of: dict[str, set[str]] = {}
    for ent in ctx.entities.values():
        ms = _entity_mentions(ctx, ent)
        names_of[ent.id] = {k for name in {m.name_zh for m in ms} if (k := zh_key(name))}
        spelled = {m.name_en for m in ms} | {ent.name_en}  # each distinct name once
        english_of[ent.id] = {w for name in spelled for w in en_tokens(name)} - {"un"}
    n_entities = max(1, len(names_of))
    rare_limit = max(2, int(rare_share * n_entities))
    holders_of: dict[str, int] = {}  # chunk -> how many entities have a name containing it

    @cache  # asked again for each article that writes the entity's name the same way
    def english_word(entity_id: str, chunk: str) -> str:
        """An English word of the entity that the chunk translates everywhere else in the run."""
        holders = {e for e, names in names_of.items() if e != entity_id and any(chunk in n for n in names)}
        if not holders:
            return ""
        for word in sorted(english_of.get(entity_id, set()) - STOPWORDS):
            with_word = {e for e, words in english_of.items() if e != entity_id and word in words}
            if with_word and with_word == holders:
                return word
        return ""

    for ent in ctx.entities.values():
        per_article: dict[str, Mention] = {}
        for m in _entity_mentions(ctx, ent):
            # a Japanese name says in words of its own what the Chinese ones say (政府間パネル for
            # 政府間專門委員會): compared with Chinese names, its words are no evidence of a dropped one
            if zh_key(m.name_zh) and m.article not in per_article and not _japanese(ctx, m):
                per_article[m.article] = m
        if len(per_article) < 2:
            continue
        folds: dict[str, tuple[str, tuple[int, ...]]] = {}  # by name as printed: most outlets print one
        for m in per_article.values():
            if m.name_zh not in folds:
                folds[m.name_zh] = _fold_chars(_clean_zh(m.name_zh))
        folded = {a: folds[m.name_zh] for a, m in per_article.items()}
        # The other articles' folded names are judged as distinct forms with their counts, so one
        # article costs the number of forms, not the number of articles.
        forms = Counter(f for f, _ in folded.values())
        if len(forms) < 2:
            continue  # every outlet writes the same folded name
        arts = sorted(per_article)
        one_word = len(english_of.get(ent.id, set()) - STOPWORDS) == 1
        judged: dict[str, tuple[dict[str, int], set[str]]] = {}  # by own form: the articles writing it agree
        for art in arts:
            m = per_article[art]
            own = folded[art][0]
            if own not in judged:
                judged[own] = _dropped_chars(own, forms, short_ratio=short_ratio, one_word=one_word)
            other_forms, missing = judged[own]
            if not missing:
                continue
            ref_art = arts[1] if arts[0] == art else arts[0]
            ref = folded[ref_art][0]
            found: list[tuple[str, str]] = []  # (chunk as printed by the reference, English word)
            for lo, hi in _chunks(ref, missing):
                chunk = ref[lo:hi]
                if len(chunk) < 2 or not all(chunk in f for f in other_forms):
                    continue
                if chunk not in holders_of:
                    holders_of[chunk] = sum(1 for ns in names_of.values() if any(chunk in n for n in ns))
                if holders_of[chunk] > rare_limit:
                    continue  # a common word (e.g. "international"), dropped or swapped often
                if not all(_dropped_in(f, own, chunk) for f in other_forms):
                    continue  # the others' word has a counterpart in this name: a synonym
                word = english_word(ent.id, chunk)
                if len(arts) - 1 < 2 and not word:
                    continue  # one other outlet and no English support: cannot tell who is right
                src_name = _clean_zh(per_article[ref_art].name_zh)
                idx = folded[ref_art][1]
                printed = src_name[idx[lo] : idx[hi - 1] + 1]
                found.append((printed, word))
            if not found:
                continue
            others = [a for a in arts if a != art]
            english = next((x.name_en for x in _entity_mentions(ctx, ent) if x.name_en), ent.name_en)
            keep = "; ".join(f"{_clean_zh(per_article[a].name_zh)} ({a})" for a in others[:_NAMED_OUTLETS])
            if len(others) > _NAMED_OUTLETS:
                keep += f" and {len(others) - _NAMED_OUTLETS} more"
            dropped = ", ".join(f"'{p}'" + (f" (English '{w}')" if w else "") for p, w in found)
            msg = (
                f"{art} writes {_clean_zh(m.name_zh)} without {dropped}, "
                f"which the other outlets keep: {keep}."
            )
            if english:
                msg += f" English name: {english}."
            out.append(
                Discrepancy(
                    kind=POSSIBLE_MISTRANSLATION,
                    severity=Severity.WARNING,
                    entity=ent.id,
                    sources=(art,),
                    subject=ctx.name(ent.id),
                    message=msg,
                    evidence=_evidence(
                        [
                            ctx.mention_evidence(m),
                            *(ctx.mention_evidence(per_article[a]) for a in others[:_NAMED_OUTLETS]),
                        ]
                    ),
                )
            )
    return out
