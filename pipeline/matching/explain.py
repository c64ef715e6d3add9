"""Reasons in words: each link's recorded evidence (``levels.LinkEvidence``), formatted. Nothing here
scores anything: the numbers were recorded when the link was decided."""

from __future__ import annotations

from pipeline.matching.entities import Matching, _Draft
from pipeline.matching.keys import _link_sort_key
from pipeline.matching.levels import LinkEvidence, Shared, classify
from pipeline.matching.state import _Run
from pipeline.models import Level, Link
from pipeline.settings import DEFAULT_SETTINGS


def seed_link(run: _Run, i: int, d: _Draft, ru_id: str, ru_score: float | None) -> Link:
    """The link of the mention that founded its entity."""
    m = run.mentions[i]
    if len(d.members) == 1:
        if ru_score is None:
            reason = "found in no other outlet: no other entity shares any evidence with it"
            margin = 1.0
        else:
            margin = round(run.rule.score_cutoff - ru_score, 4)
            reason = f"found in no other outlet: the closest entity, {ru_id}, scores {ru_score:.2f}, " + (
                f"below the cutoff {run.rule.score_cutoff:.2f}"
                if ru_score < run.rule.score_cutoff
                else f"above the cutoff {run.rule.score_cutoff:.2f} but not linked (too small a margin "
                "over another entity, or the alignment gave it another item of this article)"
            )
        return Link(m.key, d.id, Level.SEED, 1.0, margin, ru_id, reason)
    joined = sorted({run.mentions[j].article for j in d.members} - {m.article})
    reason = (
        f"founded the entity (the first of its mentions in the alignment order); "
        f"also listed by {', '.join(joined)}"
    )
    return Link(m.key, d.id, Level.SEED, 1.0, 1.0, "", reason)


def member_link(mention: str, entity: str, ev: LinkEvidence, *, review_margin: float) -> Link:
    """The link of a list mention that joined an entity another article founded."""
    row = classify(ev)
    if row.level is Level.REVIEWER:
        reason = "a reviewer decision says it is the same organization"
        return Link(mention, entity, Level.REVIEWER, 1.0, 1.0, ev.runner_up, reason)
    parts: list[str] = []
    if ev.zh is not None:
        parts.append(_chinese(ev.zh))
    if ev.en is not None:
        parts.append(_english(ev.en, exact=ev.exact))
    if ev.code:
        parts.append(f"gazetteer: both name {ev.code}")
    parts += _acronym(ev.acronym)
    if row.level is Level.BRIDGE:
        parts.append(
            f"reached through another article's bilingual pair ({ev.bridge_from} gives "
            f"no {ev.bridge_missing} name)"
        )
    if ev.eliminated:
        parts.append(f"linked by elimination: the last item left in a complete list (score {ev.score:.2f})")
    if ev.family:
        parts.append(
            "linked by family name: the items left in two lists otherwise linked item by item, one "
            "family name in Chinese characters and in Latin letters, at one place or with the same figures"
        )
    if ev.context:
        parts.append(
            "linked by context: the places beside the names name one country, of whom each outlet "
            "prints one person, the posts agree and the names sound alike"
        )
    if ev.runner_up:
        parts.append(f"runner-up {ev.runner_up} {ev.runner_up_score:.2f}")
    if ev.margin < review_margin:
        parts.append("small margin: review")
    score = round(min(max(ev.score, 0.0), 1.0), 4)
    return Link(mention, entity, row.level, score, ev.margin, ev.runner_up, "; ".join(parts))


def prose_link(mention: str, entity: str, ev: LinkEvidence) -> Link:
    """The link of a prose mention to a listed entity."""
    row = classify(ev)
    parts = []
    if row.name == "exact":
        parts.append("the name appears verbatim in the lists")
    elif row.name == "normalized":
        parts.append("the name matches a listed name after normalization")
    elif row.name == "acronym":
        parts.append("its acronym is one the lists give")
    else:
        if ev.prose_shared_zh:
            parts.append(f"Chinese shares rare n-grams {'/'.join(ev.prose_shared_zh)}")
        if ev.prose_shared_en:
            parts.append(f"English shares {'/'.join(ev.prose_shared_en)}")
    parts.append(f"score {ev.score:.2f}")
    if ev.runner_up and ev.runner_up_score is not None:
        parts.append(f"runner-up {ev.runner_up} {ev.runner_up_score:.2f}")
    score = round(min(ev.score, 1.0), 4)
    return Link(mention, entity, row.level, score, ev.margin, ev.runner_up, "; ".join(parts))


def _chinese(s: Shared) -> str:
    rare = s.features and 0 < s.value < 0.999 and not s.sound
    return (
        f"Chinese {s.value:.2f} with {s.article}"
        + (f" on rare n-grams {'/'.join(s.features)}" if rare else "")
        + (f" by sound ({s.sound})" if s.sound else "")
    )


def _english(s: Shared, *, exact: bool) -> str:
    if s.value >= 0.999:
        words = "English names agree" + (" after normalization" if not exact else "")
    elif s.value < 0.05:
        words = "English names differ"
    else:
        words = f"English {s.value:.2f}"
    shared = s.features and 0.05 <= s.value < 0.999
    return (
        f"{words} with {s.article}"
        + (f" on {'/'.join(s.features)}" if shared else "")
        + (f" by sound ({s.sound})" if s.sound else "")
    )


def _acronym(kind: str) -> list[str]:
    words = {
        "given": "acronyms agree",
        "derived": "acronym matches the English initials",
        "compatible": "acronym fits the English initials",
        "differ": "acronyms differ",
    }
    return [words[kind]] if kind in words else []


def review_links(
    matching: Matching, *, margin_below: float = DEFAULT_SETTINGS.lists.review_margin
) -> tuple[Link, ...]:
    """Links whose margin over the runner-up is below ``margin_below`` (reviewer links excluded)."""
    out = [lk for lk in matching.links if lk.margin < margin_below and lk.level is not Level.REVIEWER]
    return tuple(sorted(out, key=lambda lk: (lk.margin, _link_sort_key(lk.mention))))
