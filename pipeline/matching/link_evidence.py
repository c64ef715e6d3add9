"""Everything known about one mention's link to its entity, recorded once (``levels.LinkEvidence``):
exact and normalized forms given elsewhere, the acronym's kind, a bilingual bridge, and what its names
share with the closest member of another article (rarest features, sounds). Used by ``record._links``;
``prose`` uses ``_shared_features``."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from pipeline.matching.candidates import _REVIEWER_SCORE
from pipeline.matching.entities import _Draft
from pipeline.matching.evidence import Space
from pipeline.matching.keys import _grams, _tokens
from pipeline.matching.levels import LinkEvidence, Shared
from pipeline.matching.nearest import _DraftForms
from pipeline.matching.state import _Run
from pipeline.settings import EvidenceSettings


def _pair_signals(run: _Run, i: int, j: int) -> tuple[float, float, float]:
    """(zh, en, acronym) evidence between two mentions."""
    zh, en, acr = run.space.signals([run.bags[i]], [run.bags[j]], cache=True)
    return float(zh[0, 0]), float(en[0, 0]), float(acr[0, 0])


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
        and i not in run.context
        and i not in run.family
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
        context=i in run.context,
        family=i in run.family,
        zh=zh_shared,
        en=en_shared,
    )


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
