"""The counts of one sentence bound to the groups of an article whose list has groups (``in_groups``):
by the items they introduce, the group their words or their time name, their size, the rest after a
group; a count of none of these goes to the whole list or is left to ``bind_groups``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pipeline.claims.count_context import _holds, _names_groups, _worded, groups_before
from pipeline.claims.dates import time_keys
from pipeline.claims.kinds import (
    COMPLEMENT_MARK,
    KIND_GROUP,
    KIND_TOTAL,
    PROSE_MARK,
    SELECTED_MARK,
    SUBJECT_TOTAL,
    WEAK_MARK,
)
from pipeline.claims.list_items import ListItems, introduces
from pipeline.group_labels import label_words
from pipeline.prose_counts import ProseCount


def dated_group(ls: ListItems, c: ProseCount, lo: int) -> str | None:
    """The one group whose label names a time the sentence gives before the count (a month or a
    weekday: ``6月又制裁4名法官``, ``on Wednesday imposed sanctions on four officials``)."""
    text, groups, dated = ls.text, ls.groups, ls.dated
    keys = {key for _, key in time_keys(text[lo : c.start])}
    if not keys or len(groups) < 2:
        return None
    hits = [g for g, own in dated.items() if keys & own]
    return hits[0] if len(hits) == 1 else None  # "今年6月、8月制裁的…": both groups, neither


def in_groups(
    ls: ListItems, found: Sequence[ProseCount], lo: int, end: int
) -> Iterator[tuple[ProseCount, str, str]]:
    """The counts of one sentence of an article whose list has groups."""
    text, groups, members, total = ls.text, ls.groups, ls.members, ls.total
    news, selection, own_group = ls.news, ls.selection, ls.own_group
    last = ""
    bound: list[tuple[ProseCount, str | None, bool]] = []
    # the decision's own count naming no group, when the sentence has one ("bars a dozen countries")
    decision = [x for x in found if x.strong and not x.earlier and not x.complement]
    prior: ProseCount | None = None
    rests: list[tuple[ProseCount, str]] = []
    for c in found:
        when = dated_group(ls, c, lo)
        if c.earlier:  # of an earlier event: only the group dated as that event
            keep = when is not None and (c.strong or c.value == groups[when] or _holds(c.role, members[when]))
            bound.append((c, when if keep else None, False))
            continue
        near = introduces(ls, c, end)
        gid = placed = near.group if near is not None and near.group else None
        if gid is None and groups_before(text, c, groups):
            bound.append((c, None, False))  # "由甲國、乙國及丙國三國合辦": the groups counted, none of them
            continue
        # a count of this event dated as one group is that group's where it agrees with it
        if gid is None and not _names_groups(text, c, groups):
            gid = own_group(c.phrase) or (when if when and c.value == groups[when] else None)
            if gid is not None and c.value == total != groups[gid]:
                # "widens travel ban to six more countries" over "Full ban" and "Partial restrictions":
                # a count of all the groups, in a word one group's label shares, is no count of it
                gid = None
        if gid is None and c.complement and last and len(groups) == 2:
            gid = next(g for g in groups if g != last)
        if gid is None and c.complement and prior is not None:
            # "bars travelers from a dozen countries, restricts seven more": the rest after the
            # group the count before it names, once the run's groups tell which that is
            rests.append((c, COMPLEMENT_MARK + prior.phrase))
            continue
        if gid is None and c.strong and c.value != total:
            sized = [g for g, n in groups.items() if n == c.value]
            gid = sized[0] if len(sized) == 1 else None  # the one group of that size
        if not c.strong and placed is None and c.value != total and (gid is None or groups[gid] != c.value):
            # "Two nominees are still awaiting a vote by the council" over groups "Confirmed by the
            # council" and "Awaiting confirmation (2)": a count kept only where it agrees goes to
            # the one group of its size whose label shares its words
            words = label_words(c.phrase)[0]
            sized = [g for g, n in groups.items() if n == c.value and words & label_words(g)[0]]
            gid = sized[0] if len(sized) == 1 else gid
            # "the council has confirmed six of her ministers" over "Confirmed by the council" and
            # "Awaiting confirmation": the one group whose label it says in words of its own counts
            worded = None if c.complement else _worded(c.phrase, words, groups)
            gid = worded if worded is not None and not sized else gid
        else:
            worded = None
        if gid is None and when is None and news and c.value != total:
            gid = news  # a count of this event naming no time: the group dated as this event
        keep = gid is not None and (
            c.strong
            or placed is not None
            or gid == worded
            or c.value == groups[gid]
            or _holds(c.role, members[gid])
        )
        last = gid if keep and gid is not None else last
        bound.append((c, gid if keep else None, c.strong))
        prior = c if c.strong and not c.complement else prior
    named = {gid for _, gid, _ in bound if gid is not None}
    loose = [c for c, gid, strong in bound if gid is None and strong and c.value != total]
    rest = [g for g in groups if g not in named]
    for c, gid, strong in bound:
        if gid is not None:
            yield c, KIND_GROUP, gid
        elif c.earlier:
            continue
        elif c.value == total:
            yield c, KIND_TOTAL, SUBJECT_TOTAL
        elif c.totalled and not c.complement:
            yield c, KIND_TOTAL, SUBJECT_TOTAL  # "…另外7國…，合計20國受影響": the whole list's count
        elif loose == [c] and named and len(rest) == 1:
            # each group counted in turn (``13カ国からの入国を全面禁止　7カ国は一部制限``): the one
            # count the others leave is the one group they leave
            yield c, KIND_GROUP, rest[0]
        elif strong and len({x.value for x in decision}) == 1:
            # the decision's own count naming no group of the article: ``bind_groups`` reads its
            # words against the run's groups (``bars travelers from a dozen countries``)
            yield c, KIND_TOTAL, PROSE_MARK + c.phrase
        elif not strong and not c.complement and c.value > max(groups.values()):
            # more than any group holds ("对11名…官员实施制裁"): kept where it is the total the other
            # outlets state (``bind_groups``)
            yield c, KIND_TOTAL, WEAK_MARK + (SELECTED_MARK if selection else "") + c.phrase
    for c, subject in rests:
        yield c, KIND_GROUP, subject
