"""Where an entity's forms come from (``_DraftForms``) and, for each mention of it, the closest member of
another article in Chinese and in English, the katakana match and the code shared with a member
(``_near``, memoized per entity and spelling by ``_Nearest``). Used by ``record._links``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from pipeline.matching.entities import _Draft
from pipeline.matching.levels import Shared
from pipeline.matching.state import _Run


@dataclass(frozen=True, slots=True)
class _DraftForms:
    """Where an entity's forms come from: the articles giving each raw form and key, and the
    members (ascending) giving each key id."""

    articles: Mapping[tuple[str, str], frozenset[str]]  # ("zh" | "en" | "zh_key" | "en_key", form)
    zh_holders: Mapping[int, tuple[int, ...]]
    en_holders: Mapping[int, tuple[int, ...]]
    # (Chinese?, a mention's key ids) -> (similarity, members giving the key), most similar first
    ranked: dict[tuple[bool, tuple[int, ...]], list[tuple[float, tuple[int, ...]]]] = field(
        default_factory=dict
    )
    # the same key -> the least first member of the most similar keys' holders, and those members' articles
    heads: dict[tuple[bool, tuple[int, ...]], tuple[int | None, frozenset[str]]] = field(default_factory=dict)

    def elsewhere(self, tag: str, forms: Iterable[str], article: str) -> bool:
        """Whether some article other than ``article`` gives one of ``forms``."""
        for f in forms:
            given = self.articles.get((tag, f))
            if given and (len(given) > 1 or article not in given):
                return True
        return False


def _draft_forms(run: _Run, members: Sequence[int]) -> _DraftForms:
    # the members by spelling (their forms, their bag): what they give is read once per spelling
    articles_of: dict[tuple, set[str]] = {}
    holding: dict[int, list[int]] = {}
    for j in members:
        n = run.names[j]
        articles_of.setdefault((n.zh, n.en, n.zh_keys, n.en_keys), set()).add(run.mentions[j].article)
        holding.setdefault(id(run.bags[j]), []).append(j)
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for forms_of, arts in articles_of.items():
        for tag, forms in zip(("zh", "en", "zh_key", "en_key"), forms_of, strict=True):
            for f in forms:
                articles[(tag, f)] |= arts
    zh_holders: dict[int, list[int]] = defaultdict(list)
    en_holders: dict[int, list[int]] = defaultdict(list)
    for js in holding.values():
        bag = run.bags[js[0]]
        for k in bag.zh:
            zh_holders[k].extend(js)
        for k in bag.en:
            en_holders[k].extend(js)
    return _DraftForms(
        {t: frozenset(a) for t, a in articles.items()},
        {k: tuple(sorted(js)) for k, js in zh_holders.items()},
        {k: tuple(sorted(js)) for k, js in en_holders.items()},
    )


def _closest_other(run: _Run, i: int, forms: _DraftForms, *, zh: bool) -> int | None:
    """The first member (in index order) from another article whose names in one language are
    the closest to mention i's."""
    mine = run.bags[i].zh if zh else run.bags[i].en
    if not mine:
        return None
    ranked = forms.ranked.get((zh, mine))
    if ranked is None:
        table, holders = (run.space.zh, forms.zh_holders) if zh else (run.space.en, forms.en_holders)
        right = np.array(sorted(holders), dtype=np.int64)
        vals = np.clip(table.row_max(sorted(set(mine)), right), 0.0, 1.0)
        ranked = [(float(vals[c]), holders[int(right[c])]) for c in np.argsort(-vals, kind="stable")]
        forms.ranked[(zh, mine)] = ranked
    article = run.mentions[i].article
    head = forms.heads.get((zh, mine))
    if head is None:
        head = forms.heads[(zh, mine)] = _head(run, ranked)
    if head[0] is not None and article not in head[1]:
        return head[0]  # the loop below would take the first member of each most similar key
    top: float | None = None
    best: int | None = None
    for value, members in ranked:  # best value first
        if top is not None and value != top:
            break
        j = next((j for j in members if run.mentions[j].article != article), None)
        if j is not None:
            top = value
            best = j if best is None else min(best, j)
    return best


def _head(run: _Run, ranked: Sequence[tuple[float, tuple[int, ...]]]) -> tuple[int | None, frozenset[str]]:
    """The least first member of the holders of the most similar keys, and the articles of those first
    members: ``_closest_other``'s answer for a mention of any other article."""
    if not ranked:
        return None, frozenset()
    firsts = [members[0] for value, members in ranked if value == ranked[0][0] and members]
    return (min(firsts) if firsts else None), frozenset(run.mentions[j].article for j in firsts)


def _near(
    run: _Run, i: int, d: _Draft, forms: _DraftForms, sig: tuple[float, float, float]
) -> tuple[int | None, int | None, Shared | None, str]:
    """What of mention i's evidence depends on its article beyond its spelling: the closest member of
    another article in Chinese and in English, the katakana match, the code shared with a member."""
    zh_s, en_s, _acr_s = sig
    near_zh = _closest_other(run, i, forms, zh=True) if zh_s >= 0 else None
    kana = _kana_shared(run, i, d, en_s)
    near_en = _closest_other(run, i, forms, zh=False) if kana is None and en_s >= 0 else None
    return near_zh, near_en, kana, _shared_code(run, i, d)


class _Nearest:
    """``_near`` once per entity and spelling for the mentions of the articles it answers alike: the
    closest members are the first of the most similar keys' holders unless the mention's own article
    gives one of them (``_head``), there is no katakana to match, and a mention without a code shares
    none."""

    def __init__(self, run: _Run, drafts: Sequence[_Draft]) -> None:
        self.run = run
        self.drafts = drafts
        self.plain = not run.space.kana.keys
        # (entity, spelling's bag, which languages are asked) -> the answer, and the articles it is not for
        self.memo: dict[tuple[int, int, bool, bool], tuple[tuple, frozenset[str]]] = {}

    def of(self, i: int, k: int, forms: _DraftForms, sig: tuple[float, float, float]) -> tuple:
        run = self.run
        if not self.plain or (run.codes and run.codes[i]):
            return _near(run, i, self.drafts[k], forms, sig)
        bag = run.bags[i]
        key = (k, id(bag), sig[0] >= 0, sig[1] >= 0)
        article = run.mentions[i].article
        found = self.memo.get(key)
        if found is not None and article not in found[1]:
            return found[0]
        near = _near(run, i, self.drafts[k], forms, sig)
        not_for: set[str] = set()
        for zh, mine, asked in ((True, bag.zh, key[2]), (False, bag.en, key[3])):
            if not asked or not mine:
                continue
            head = forms.heads.get((zh, mine))
            if head is None or head[0] is None:
                return near  # answered by the search of ``_closest_other``, article by article
            not_for |= head[1]
        if article not in not_for:
            self.memo[key] = (near, frozenset(not_for))
        return near


def _kana_shared(run: _Run, i: int, d: _Draft, en_s: float) -> Shared | None:
    """The member of another article whose English (or katakana) name gave the English evidence
    ``en_s`` by sound with mention i's katakana (or English) name; None when spelling gave it."""
    table = run.space.kana
    if not table.keys or en_s <= 0:
        return None
    mine, article = run.bags[i], run.mentions[i].article
    for j in sorted(d.members):
        if run.mentions[j].article == article:
            continue
        theirs = run.bags[j]
        for kana, en in ((mine.kana, theirs.en), (theirs.kana, mine.en)):
            for k in kana:
                for e in en:
                    value = float(table.sims(np.array([k]), np.array([e]), cache=True)[0, 0])
                    if value > 0 and abs(value - en_s) < 1e-4:
                        sound = f"{table.sound(k, table.en_sounds[e])} / {table.en_sounds[e]}"
                        return Shared(run.mentions[j].article, en_s, (), sound)
        for k in mine.kana:
            for t in theirs.kana:
                value = float(table.twin.sims(np.array([k]), np.array([t]), cache=True)[0, 0])
                if value > 0 and abs(value - en_s) < 1e-4:
                    sound = f"{table.sound(k)} / {table.sound(t)}"
                    return Shared(run.mentions[j].article, en_s, (), sound)
    return None


def _shared_code(run: _Run, i: int, d: _Draft) -> str:
    """The gazetteer code mention i shares with a member of its entity from another article."""
    code = run.codes[i] if run.codes else ""
    article = run.mentions[i].article
    if code and any(run.codes[j] == code for j in d.members if run.mentions[j].article != article):
        return code
    return ""
