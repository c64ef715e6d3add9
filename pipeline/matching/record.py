"""The evidence of each list link, recorded once the assignment is final: the pair's signals, the
closest names of other articles, shared codes, bridges and eliminations (``levels.LinkEvidence``)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from pipeline.matching import assign
from pipeline.matching.assign import _alignment_keys, _Group
from pipeline.matching.bags import Bag
from pipeline.matching.blocks import Pairs, blocked_scores
from pipeline.matching.candidates import _REVIEWER_SCORE, _scores
from pipeline.matching.columns import Columns
from pipeline.matching.entities import _Draft
from pipeline.matching.evidence import Space
from pipeline.matching.explain import member_link, seed_link
from pipeline.matching.keys import _grams, _link_sort_key, _tokens
from pipeline.matching.levels import LinkEvidence, Shared
from pipeline.matching.runners import Runners
from pipeline.matching.state import _Run
from pipeline.models import Link
from pipeline.settings import EvidenceSettings


def _links(
    run: _Run, drafts: list[_Draft], *, review_margin: float, columns: Columns | None = None
) -> tuple[Link, ...]:
    order = {a: i for i, a in enumerate(run.article_order)}
    keys = _alignment_keys(run)
    entity_of = {i: k for k, d in enumerate(drafts) for i in d.members}
    groups: list[_Group] = []
    for d in drafts:
        groups.append(_Group())
        for i in d.members:
            groups[-1].add(i, run.bags[i], keys[i])
    whole = [g.bag() for g in groups]
    seeds = [
        min(d.members, key=lambda j: (order[run.mentions[j].article], run.mentions[j].position))
        for d in drafts
    ]
    forms = [_draft_forms(run, d.members) for d in drafts]
    slots = _Slots(columns, whole) if columns is not None else None
    wording: dict[tuple[str, LinkEvidence], Link] = {}

    def worded(mention: str, entity: str, ev: LinkEvidence) -> Link:
        """``member_link``, worded once per distinct evidence (many mentions share it)."""
        found = wording.get((entity, ev))
        if found is None:
            found = wording[(entity, ev)] = member_link(mention, entity, ev, review_margin=review_margin)
        return found if found.mention == mention else Link(mention, *_after_mention(found))

    keeping: dict[tuple[int, int], bool] = {}

    def keeps(k: int, bag: Bag) -> bool:
        """``groups[k].keeps(bag)``, once per entity and spelling (the groups are final)."""
        found = keeping.get((k, id(bag)))
        if found is None:
            found = keeping[(k, id(bag))] = groups[k].keeps(bag)
        return found

    # (entity, a spelling's bag) -> the entity's bag without one member of that spelling (one object)
    without: dict[tuple[int, int], Bag] = {}
    links: list[Link] = []
    recorded: dict[tuple, Link] = {}
    nearest = _Nearest(run, drafts)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(run.mentions):
        by_article[m.article].append(i)
    # per article: every entity without its items (the entities it changes, and their bags)
    changes: dict[str, dict[int, Bag]] = {}
    for article, rows in by_article.items():
        here: dict[int, list[int]] = defaultdict(list)
        for i in rows:
            here[entity_of[i]].append(i)
        changes[article] = {}
        for k, own_rows in sorted(here.items()):
            if len(own_rows) == 1 and keeps(k, run.bags[own_rows[0]]):
                continue  # every form of the row is given by another member too: the same bag
            alone = without.get((k, id(run.bags[own_rows[0]]))) if len(own_rows) == 1 else None
            if alone is not None:  # the entity without a member of this spelling: seen before
                changes[article][k] = alone
                continue
            for i in own_rows:
                groups[k].remove(i, run.bags[i], keys)
            changes[article][k] = groups[k].bag()
            if len(own_rows) == 1:
                without[(k, id(run.bags[own_rows[0]]))] = changes[article][k]
            for i in own_rows:
                groups[k].add(i, run.bags[i], keys[i])
    if columns is not None:  # the signals of every row of a dense alignment with its own entity, at once
        on_columns = {a: not assign.blocked(len(rows), len(whole)) for a, rows in by_article.items()}
        members = [i for i in entity_of if on_columns[run.mentions[i].article]]
        own_bags = []
        for i in members:
            k = entity_of[i]
            seen = changes[run.mentions[i].article].get(k)
            own_bags.append(whole[k] if seen is None else seen)
        columns.signals_of(members, own_bags)
    runners = None
    if (
        columns is not None
        and columns.n * len(whole) <= columns.budget
        and any(not assign.blocked(len(rows), len(whole)) for rows in by_article.values())
    ):
        runners = Runners(columns, whole)
    for article, rows in sorted(by_article.items()):
        own_cols = [entity_of[i] for i in rows]
        table = None
        if runners is not None and not assign.blocked(len(rows), len(whole)):
            table = _ranked_scores(runners, rows, own_cols, changes[article])
        if table is None:
            others = list(whole)
            changed = list(changes[article])
            for k, bag in changes[article].items():
                others[k] = bag

            def owner(j: int, article: str = article) -> int | None:
                return entity_of.get(j) if run.mentions[j].article != article else None

            dense = slots is not None and not assign.blocked(len(rows), len(others))
            kept = slots.of(others, changed) if slots is not None and dense else None
            table = _article_scores(run, rows, others, owner, own_cols, columns, kept)
        for a, i in enumerate(rows):
            k = own_cols[a]
            d = drafts[k]
            ru, ru_score = table.runner_up[a]
            ru_id = drafts[ru].id if ru >= 0 and ru_score > 0 else ""
            seed = seeds[k]
            if i == seed:
                links.append(seed_link(run, i, d, ru_id, ru_score if ru_id else None))
                continue
            own, sig = table.own[a]
            near = nearest.of(i, k, forms[k], sig)
            # the evidence is a function of these (the spelling by its bag, one per distinct spelling)
            key = (k, id(run.bags[i]), own, sig, ru_id, ru_score, i in run.eliminated, near)
            found = recorded.get(key)
            mention = run.mentions[i].key
            if found is None:
                ru_value = ru_score if ru_id else None
                ev = _member_evidence(run, i, d, forms[k], seed, own, sig, ru_id, ru_value, near)
                found = recorded[key] = worded(mention, d.id, ev)
            links.append(found if found.mention == mention else Link(mention, *_after_mention(found)))
    links.sort(key=lambda lk: _link_sort_key(lk.mention))
    return tuple(links)


class _Slots:
    """The kept columns (``columns.Columns``) of the entities' whole bags, made once, and of the bags an
    article's alignment sees (the whole ones but those its own items change)."""

    def __init__(self, columns: Columns, whole: Sequence[Bag]) -> None:
        self.columns = columns
        self.whole = whole
        self._at: tuple[int, np.ndarray] | None = None

    def of(self, bags: Sequence[Bag], changed: Sequence[int]) -> np.ndarray:
        """The kept columns of ``bags``, which are the whole bags but at ``changed``."""
        columns = self.columns
        if self._at is None or self._at[0] != columns.generation:
            at = columns.slots(self.whole)
            self._at = (columns.generation, at)
        generation = columns.generation
        extra = columns.slots([bags[k] for k in changed])
        if columns.generation != generation:  # the table started again: every column afresh
            return columns.slots(bags)
        out = self._at[1].copy()
        out[np.asarray(changed, dtype=np.int64)] = extra
        return out


@dataclass(frozen=True, slots=True)
class _ArticleScores:
    """Per row of an article: its own entity's score and signals, and its best other entity (column,
    score; -1 when every other entity scores 0 or less)."""

    own: list[tuple[float, tuple[float, float, float]]]
    runner_up: list[tuple[int, float]]


def _ranked_scores(
    runners: Runners, rows: list[int], own_cols: list[int], changed: Mapping[int, Bag]
) -> _ArticleScores | None:
    """``_spelled_scores`` read from every spelling's best entities (``runners``); None when they
    do not suffice."""
    found = runners.of(rows, own_cols, changed)
    if found is None:
        return None
    own, runner_up = found
    bags = [changed.get(k, runners.whole[k]) for k in own_cols]
    signals = runners.columns.signals_of(rows, bags)
    return _ArticleScores(list(zip(own, signals, strict=True)), runner_up)


def _after_mention(link: Link) -> tuple:
    return (link.entity, link.level, link.score, link.margin, link.runner_up, link.reason)


def _article_scores(
    run: _Run,
    rows: list[int],
    bags: list[Bag],
    owner: Callable[[int], int | None],
    own_cols: list[int],
    columns: Columns | None = None,
    slots: np.ndarray | None = None,
) -> _ArticleScores:
    """``slots``: the kept columns of ``bags`` (``columns.slots``) when known."""
    if columns is not None and not assign.blocked(len(rows), len(bags)):
        return _spelled_scores(run, rows, bags, own_cols, columns, slots)
    if not assign.blocked(len(rows), len(bags)):
        score, (zh, en, acr) = _scores(run, rows, bags, owner)
        own = [
            (float(score[a, k]), (float(zh[a, k]), float(en[a, k]), float(acr[a, k])))
            for a, k in enumerate(own_cols)
        ]
        runner_up = []
        for a, k in enumerate(own_cols):
            row = score[a].copy()
            row[k] = -np.inf
            ru = int(np.argmax(row)) if len(row) > 1 else -1
            runner_up.append((ru, float(row[ru])) if ru >= 0 and np.isfinite(row[ru]) else (-1, 0.0))
        return _ArticleScores(own, runner_up)
    pairs = blocked_scores(run, rows, bags, owner)
    k_all = len(bags)
    codes = pairs.rows * k_all + pairs.cols
    mine = np.asarray(own_cols, dtype=np.int64)
    at = np.searchsorted(codes, np.arange(len(rows)) * k_all + mine)
    at[at >= len(codes)] = 0
    own = []
    for a, k in enumerate(own_cols):
        p = int(at[a])
        if len(codes) and codes[p] == a * k_all + k:
            sig = (float(pairs.zh[p]), float(pairs.en[p]), float(pairs.acronym[p]))
            own.append((float(pairs.score[p]), sig))
        else:  # no shared evidence (a link by elimination): score the pair alone
            own.append(_pair_score(run, rows[a], bags[k], owner, k))
    return _ArticleScores(own, _runners_up(pairs, mine, len(rows)))


def _runners_up(pairs: Pairs, mine: np.ndarray, n: int) -> list[tuple[int, float]]:
    """Per row, its best pair with another entity than ``mine[row]`` (the lowest column among equal
    scores) as (column, score); (-1, 0.0) when there is none. Pairs are sorted by row, then column."""
    other = pairs.cols != mine[pairs.rows]
    rows_o, cols_o, score_o = pairs.rows[other], pairs.cols[other], pairs.score[other]
    starts = np.searchsorted(rows_o, np.arange(n + 1))
    has = np.flatnonzero(starts[1:] > starts[:-1])
    best = np.full(n, -np.inf)
    col = np.full(n, -1, dtype=np.int64)
    if len(has):
        seg = starts[:-1][has]
        best[has] = np.maximum.reduceat(score_o, seg)
        big = np.iinfo(np.int64).max
        col[has] = np.minimum.reduceat(np.where(score_o == best[rows_o], cols_o, big), seg)
    return [
        (int(c), float(b)) if c >= 0 else (-1, 0.0) for c, b in zip(col.tolist(), best.tolist(), strict=True)
    ]


def _spelled_scores(
    run: _Run,
    rows: list[int],
    bags: list[Bag],
    own_cols: list[int],
    columns: Columns,
    slots: np.ndarray | None = None,
) -> _ArticleScores:
    """The dense branch of ``_article_scores`` with the scores gathered from ``columns`` and each own
    pair's signals computed once per (spelling, entity bag)."""
    score = columns.gather(rows, columns.slots(bags) if slots is None else slots)
    n = len(rows)
    mine = np.asarray(own_cols, dtype=np.int64)
    signals = columns.signals_of(rows, [bags[k] for k in own_cols])
    own = [(float(score[a, k]), sig) for (a, k), sig in zip(enumerate(own_cols), signals, strict=True)]
    if len(bags) < 2:
        return _ArticleScores(own, [(-1, 0.0)] * n)
    rest = score.copy()
    rest[np.arange(n), mine] = -np.inf
    ru = np.argmax(rest, axis=1)
    best = rest[np.arange(n), ru]
    runner_up = [
        (int(c), float(v)) if math.isfinite(v) else (-1, 0.0)
        for c, v in zip(ru.tolist(), best.tolist(), strict=True)
    ]
    return _ArticleScores(own, runner_up)


def _pair_score(
    run: _Run, i: int, bag: Bag, owner: Callable[[int], int | None], col: int
) -> tuple[float, tuple[float, float, float]]:
    """Score and signals of mention i against one entity (column ``col`` of the alignment)."""

    def alone(j: int) -> int | None:
        return 0 if owner(j) == col else None

    score, (zh, en, acr) = _scores(run, [i], [bag], alone)
    return float(score[0, 0]), (float(zh[0, 0]), float(en[0, 0]), float(acr[0, 0]))


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


def _pair_signals(run: _Run, i: int, j: int) -> tuple[float, float, float]:
    """(zh, en, acronym) evidence between two mentions."""
    zh, en, acr = run.space.signals([run.bags[i]], [run.bags[j]], cache=True)
    return float(zh[0, 0]), float(en[0, 0]), float(acr[0, 0])


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


def _member_evidence(
    run: _Run,
    i: int,
    d: _Draft,
    forms: _DraftForms,
    seed: int,
    own: float,
    sig: tuple[float, float, float],
    ru_id: str,
    ru_score: float | None,
    near: tuple[int | None, int | None, Shared | None, str],
) -> LinkEvidence:
    """Everything known about mention i's link to its entity, recorded once; ``near`` is ``_near``'s."""
    m, n = run.mentions[i], run.names[i]
    margin = round(own - ru_score, 4) if ru_score is not None else 1.0
    if own >= _REVIEWER_SCORE:
        return LinkEvidence(
            score=own, margin=margin, runner_up=ru_id, runner_up_score=ru_score, reviewer=True
        )
    zh_s, en_s, acr_s = sig
    exact_en = forms.elsewhere("en", n.en, m.article)
    exact = forms.elsewhere("zh", n.zh, m.article) or exact_en
    norm = forms.elsewhere("zh_key", filter(None, n.zh_keys), m.article) or forms.elsewhere(
        "en_key", filter(None, n.en_keys), m.article
    )
    decisive = max(range(3), key=lambda s: (sig[s], -s))
    seed_names = run.names[seed]
    lang_missing_at_seed = (decisive == 0 and not seed_names.zh_keys) or (
        decisive == 1 and not seed_names.en_keys
    )
    near_zh, near_en, kana, code = near
    bridge = (
        not code
        and lang_missing_at_seed
        and i not in run.eliminated
        and max(_pair_signals(run, i, seed)) < run.rule.score_cutoff
    )
    zh_shared = _shared_with(run, i, near_zh, zh_s, zh=True)
    en_shared = kana or _shared_with(run, i, near_en, en_s, zh=False)
    return LinkEvidence(
        score=own,
        margin=margin,
        runner_up=ru_id,
        runner_up_score=ru_score,
        exact=exact,
        normalized=norm,
        code=code,
        acronym=_acronym_kind(acr_s, run.space.w),
        acronym_decides=decisive == 2 and acr_s >= run.space.w.acronym_derived,
        bridge_missing=("Chinese" if decisive == 0 else "English") if bridge else "",
        bridge_from=run.mentions[seed].article if bridge else "",
        eliminated=i in run.eliminated,
        zh=zh_shared,
        en=en_shared,
    )


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


def _acronym_kind(value: float, w: EvidenceSettings) -> str:
    if value >= w.acronym_given:
        return "given"
    if value >= w.acronym_derived:
        return "derived"
    if value >= w.acronym_compatible:
        return "compatible"
    return "differ" if value == 0 else ""


def _shared_with(run: _Run, i: int, best: int | None, value: float, *, zh: bool) -> Shared | None:
    """What mention i's names in one language share with ``best``, the closest member of another article
    (``_closest_other``; ``value``: the signal between them)."""
    if best is None:
        return None
    mine = run.names[i].zh_keys if zh else run.names[i].en_keys
    theirs = run.names[best].zh_keys if zh else run.names[best].en_keys
    features = tuple(_shared_features(run.space, mine, theirs, zh=zh))
    sound = _sound_reason(run, mine, theirs, value) if zh else ""
    return Shared(run.mentions[best].article, value, features, sound)


def _sound_reason(run: _Run, mine: Sequence[str], theirs: Sequence[str], zh_s: float) -> str:
    """``"lu bi ou / lu bi ao"`` when the pinyin of two keys, not their characters, gave the Chinese
    evidence ``zh_s``; ``""`` otherwise."""
    table = run.space.zh
    if not table.phonetic or zh_s >= 0.999:
        return ""
    for a in mine:
        for b in theirs:
            if a in table.ids and b in table.ids:
                sa, sb = table.sounds[table.ids[a]], table.sounds[table.ids[b]]
                value = float(table._sound_alike(np.array([table.ids[a]]), np.array([table.ids[b]]))[0, 0])
                if sa and sb and value > 0 and abs(value - zh_s) < 1e-4:
                    ka, kb = table.skeletons[table.ids[a]], table.skeletons[table.ids[b]]
                    by_skeleton = fuzz.ratio(sa, sb) / 100.0 < run.space.w.phonetic_gate
                    return f"{sa} / {sb}" + (f", consonants {ka} / {kb}" if by_skeleton else "")
    return ""


def _shared_code(run: _Run, i: int, d: _Draft) -> str:
    """The gazetteer code mention i shares with a member of its entity from another article."""
    code = run.codes[i] if run.codes else ""
    article = run.mentions[i].article
    if code and any(run.codes[j] == code for j in d.members if run.mentions[j].article != article):
        return code
    return ""


def _shared_features(
    space: Space, a: Sequence[str], b: Sequence[str], *, zh: bool, top: int = 3
) -> tuple[str, ...]:
    """The ``top`` rarest features two bags of keys share, once per distinct pair of bags."""
    key = (tuple(a), tuple(b), zh, top)
    found = space.shared_memo.get(key)
    if found is None:
        found = space.shared_memo[key] = tuple(_rarest_shared(space, a, b, zh=zh, top=top))
    return found


def _rarest_shared(space: Space, a: Sequence[str], b: Sequence[str], *, zh: bool, top: int) -> list[str]:
    fa = {f for k in a for f in (_grams(k) if zh else _tokens(k))}
    fb = {f for k in b for f in (_grams(k) if zh else _tokens(k))}
    common = sorted(fa & fb, key=lambda f: (-space.weight(f, zh=zh), f))
    return common[:top]
