"""The review page that ``crosscheck review`` serves: the least certain links and the findings, each
with the controls that append a reviewer decision.

Links come first, smallest margin first (the rule of ``pipeline.matching.review_links``: every link
the scorer decided, reviewer links left out), then the findings (errors, then warnings, as every
report orders them), then the findings suppressed as false alarms. A link asks one question: for a
mention that founded an entity alone beside a near miss, "is it the same as the runner-up?" (same
merges them); for a mention linked into an entity, "is it the same as that entity?" (not the same
splits it off). The page is a Jinja2 template with autoescaping; its script and style are separate
files served by the review server (``STATIC_DIR``), so the page runs under a Content-Security-Policy
that allows only its own origin.

Stable hooks for tests and tools: items are ``.item`` (``#links .item[data-mention]``,
``#findings .item[data-fingerprint]``, ``#suppressed .item[data-fingerprint]``); buttons
``button[data-action=same|not_same|canonical|confirmed|false_alarm]``; ``input.canonical``,
``textarea.note``; ``#status`` shows the outcome of the last action.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.models import Discrepancy, Entity, Kind, Level, Link, Mention, Reconciliation
from reports import cell_text, lookups, ordering, views
from reports.html import environment
from reports.outlet_names import name_outlets, outlet_labels

STATIC_DIR = Path(__file__).resolve().parent / "static"
TEMPLATE = "review.html.j2"
DEFAULT_LINKS = 40


@dataclass(frozen=True, slots=True)
class LinkItem:
    """One link to review: ``mention`` is linked to ``entity``; the question is about ``target``."""

    link: Link
    outlet: str
    name: str  # the mention's names as printed, " / " between them
    entity_name: str
    runner_up_name: str
    target: str  # the entity the question is about: the runner-up of a lone founder, else the entity
    target_name: str
    other: str  # a list mention of ``target`` from another article ("" when there is none)
    names: tuple[str, ...]  # the linked entity's name forms, offered as its canonical name

    @property
    def merges(self) -> bool:
        return self.target != self.link.entity


@dataclass(frozen=True, slots=True)
class FindingItem:
    finding: Discrepancy
    message: str  # outlet names in place of article ids
    outlets: tuple[str, ...]
    quotes: tuple[str, ...]
    confirmed: bool


def _names(m: Mention | None) -> str:
    if m is None:
        return ""
    return " / ".join(dict.fromkeys(x for x in (m.name_zh, m.name_en, m.acronym) if x))


def _entity_name(e: Entity | None, fallback: str) -> str:
    if e is None:
        return fallback
    return " / ".join(dict.fromkeys(x for x in (e.name_zh, e.name_en) if x)) or e.acronym or e.id


def candidate_links(rec: Reconciliation, *, limit: int = DEFAULT_LINKS) -> list[Link]:
    """The ``limit`` links of list items with the smallest margins: links the scorer decided (not a
    reviewer), except the founders of entities that had no runner-up (nothing to ask about them)."""
    lists = {m.key for m in rec.mentions if m.kind is Kind.LIST}
    picked = [
        k
        for k in rec.links
        if k.mention in lists and k.level is not Level.REVIEWER and (k.runner_up or k.level is not Level.SEED)
    ]
    return sorted(picked, key=lambda k: (k.margin, ordering.mention_key_order(k.mention), k.entity))[:limit]


def _members(rec: Reconciliation) -> dict[str, list[str]]:
    """Entity id -> its list mentions, founder first, then in mention order."""
    lists = {m.key for m in rec.mentions if m.kind is Kind.LIST}
    seeds = {k.mention for k in rec.links if k.level is Level.SEED}
    out: dict[str, list[str]] = {}
    for key, entity in lookups.mention_entities(rec).items():
        if key in lists:
            out.setdefault(entity, []).append(key)
    for keys in out.values():
        keys.sort(key=lambda k: (k not in seeds, ordering.mention_key_order(k)))
    return out


def _other(members: Sequence[str], mention: str) -> str:
    article = mention.rpartition("#")[0]
    return next((k for k in members if k.rpartition("#")[0] != article), "")


def link_items(rec: Reconciliation, *, limit: int = DEFAULT_LINKS) -> list[LinkItem]:
    by_key = {m.key: m for m in rec.mentions}
    entities = {e.id: e for e in rec.entities}
    members = _members(rec)
    labels = outlet_labels(rec)
    out = []
    for k in candidate_links(rec, limit=limit):
        lone = k.level is Level.SEED and len(members.get(k.entity, ())) == 1 and bool(k.runner_up)
        target = k.runner_up if lone else k.entity
        entity = entities.get(k.entity)
        names = tuple(sorted({v.name for v in entity.variants})) if entity else ()
        article = k.mention.rpartition("#")[0]
        out.append(
            LinkItem(
                link=k,
                outlet=labels.get(article, article),
                name=_names(by_key.get(k.mention)),
                entity_name=_entity_name(entity, k.entity),
                runner_up_name=_entity_name(entities.get(k.runner_up), k.runner_up) if k.runner_up else "",
                target=target,
                target_name=_entity_name(entities.get(target), target),
                other=_other(members.get(target, ()), k.mention),
                names=names,
            )
        )
    return out


def _finding_item(d: Discrepancy, labels: dict[str, str], confirmed: Collection[str]) -> FindingItem:
    return FindingItem(
        finding=d,
        message=name_outlets(d.message, labels),
        outlets=tuple(labels.get(s, s) for s in d.sources),
        quotes=tuple(
            f"{labels.get(e.article, e.article)}: {e.quote}" for e in ordering.sorted_evidence(d.evidence)
        ),
        confirmed=d.fingerprint in confirmed,
    )


def finding_items(rec: Reconciliation, *, confirmed: Collection[str] = ()) -> list[FindingItem]:
    labels = outlet_labels(rec)
    return [_finding_item(d, labels, confirmed) for d in views.findings(rec)]


def suppressed_items(rec: Reconciliation) -> list[FindingItem]:
    labels = outlet_labels(rec)
    return [_finding_item(d, labels, ()) for d in sorted(rec.suppressed, key=ordering.discrepancy_sort_key)]


def review_page(
    rec: Reconciliation,
    *,
    decisions: str,
    confirmed: Collection[str] = (),
    limit: int = DEFAULT_LINKS,
    report_files: Sequence[str] = (),
) -> str:
    """The review page for ``rec``; ``decisions`` names the decisions file, ``confirmed`` holds the
    fingerprints a reviewer confirmed, ``report_files`` the report folder's files the page links to."""
    return (
        environment()
        .get_template(TEMPLATE)
        .render(
            headline=views.headline(rec).text(),
            links=link_items(rec, limit=limit),
            findings=finding_items(rec, confirmed=confirmed),
            suppressed=suppressed_items(rec),
            decisions=decisions,
            report_files=list(report_files),
            fmt=cell_text.fmt_score,
        )
    )
