"""The evidence of each list link, recorded once the assignment is final: the pair's signals, the
closest names of other articles, shared codes, bridges and eliminations (``levels.LinkEvidence``).

``_links`` walks every article's rows once and records each distinct evidence once; the parts it reads:
``link_scores`` (each row's own score and runner-up), ``nearest`` (the closest members of other
articles) and ``link_evidence`` (what the link's evidence holds). Used by ``lists``."""

from __future__ import annotations

from collections import defaultdict

from pipeline.matching import assign
from pipeline.matching.assign import _alignment_keys, _Group
from pipeline.matching.bags import Bag
from pipeline.matching.columns import Columns
from pipeline.matching.entities import _Draft
from pipeline.matching.explain import member_link, seed_link
from pipeline.matching.keys import _link_sort_key
from pipeline.matching.levels import LinkEvidence
from pipeline.matching.link_evidence import _member_evidence
from pipeline.matching.link_evidence import _shared_features as _shared_features
from pipeline.matching.link_scores import _article_scores, _ranked_scores, _Slots
from pipeline.matching.nearest import _draft_forms, _Nearest
from pipeline.matching.runners import Runners
from pipeline.matching.state import _Run
from pipeline.models import Link


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
            key = (
                k,
                id(run.bags[i]),
                own,
                sig,
                ru_id,
                ru_score,
                i in run.eliminated,
                i in run.context,
                i in run.family,
                near,
            )
            found = recorded.get(key)
            mention = run.mentions[i].key
            if found is None:
                ru_value = ru_score if ru_id else None
                ev = _member_evidence(run, i, d, forms[k], seed, own, sig, ru_id, ru_value, near)
                found = recorded[key] = worded(mention, d.id, ev)
            links.append(found if found.mention == mention else Link(mention, *_after_mention(found)))
    links.sort(key=lambda lk: _link_sort_key(lk.mention))
    return tuple(links)


def _after_mention(link: Link) -> tuple:
    return (link.entity, link.level, link.score, link.margin, link.runner_up, link.reason)
