"""How the outlets write one entity (``naming_variant``): its spellings with the outlets using each. A
Chinese name that drops a key word the other outlets keep: ``checks.mistranslations``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import NAMING_VARIANT
from pipeline.checks.wording import _NAMED_OUTLETS, _evidence, _words
from pipeline.models import Discrepancy, Entity, Evidence, Kind, Mention, Severity
from pipeline.normalize.chinese import zh_key


def _clean_zh(name: str) -> str:
    return name.strip().strip("《》「」『』〈〉\"'“”").strip()


def _entity_mentions(ctx: _Ctx, ent: Entity) -> list[Mention]:
    """The entity's mentions by article, list items first (sorted once per entity; never changed)."""
    if ent.id not in ctx.entity_mentions:
        ctx.entity_mentions[ent.id] = sorted(
            (ctx.mentions[k] for k in ent.mentions if k in ctx.mentions),
            key=lambda m: (m.article, m.kind is not Kind.LIST, m.position),
        )
    return ctx.entity_mentions[ent.id]


def _some_outlets(arts: Sequence[str]) -> str:
    """The first ``_NAMED_OUTLETS`` outlets, then how many more: a form a thousand outlets print is not
    named with each of them (they are the finding's sources)."""
    more = len(arts) - _NAMED_OUTLETS
    return _words(arts[:_NAMED_OUTLETS]) + (f" and {more} more" if more > 0 else "")


def _naming_variants(ctx: _Ctx) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    for ent in ctx.entities.values():
        forms: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
        printed: dict[str, list[Mention]] = defaultdict(list)  # each name as printed cleaned once
        for m in _entity_mentions(ctx, ent):
            printed[m.name_zh].append(m)
        for raw, ms in printed.items():
            if name := _clean_zh(raw):
                forms[zh_key(name)][name].extend(ms)
        if not forms and ent.variants:
            for v in ent.variants:
                if v.lang == "zh" and _clean_zh(v.name):
                    forms[zh_key(v.name)][_clean_zh(v.name)] = []
        if len(forms) < 2:
            continue
        parts: list[tuple[int, str, str]] = []
        evidence: list[Evidence | None] = []
        everyone: set[str] = set()  # the outlets that print any form
        for key in sorted(forms):
            spellings = forms[key]
            printing = {n: {m.article for m in ms} for n, ms in spellings.items()}  # spelling -> outlets
            shown = min(spellings, key=lambda n: (-len(printing[n]), n))
            arts = sorted(set().union(*printing.values()))
            everyone.update(arts)
            if not arts:
                arts = sorted(
                    {s for v in ent.variants if v.lang == "zh" and zh_key(v.name) == key for s in v.sources}
                )
            parts.append((-len(arts), shown, f"{shown} ({_some_outlets(arts)})" if arts else shown))
            if spellings[shown]:
                evidence.append(ctx.mention_evidence(spellings[shown][0]))
        parts.sort()
        out.append(
            Discrepancy(
                kind=NAMING_VARIANT,
                severity=Severity.INFO,
                entity=ent.id,
                sources=tuple(sorted(everyone)),
                subject=ctx.name(ent.id),
                message=(
                    f"{ctx.name(ent.id)} is written {len(parts)} ways: {'; '.join(p for _, _, p in parts)}."
                ),
                evidence=_evidence(evidence),
            )
        )
    return out
