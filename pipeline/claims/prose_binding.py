"""Counts in prose bound to the article's list or one of its groups (``list_counts``): each count with
the kind and subject of the claim it makes, or left out when nothing binds it to the list. The list as
read against its counts, and where a count stands among its items, are ``list_items``; the counts of a
sentence over a list with groups are bound in ``group_counts``, over one list in ``one_list_counts``."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from pipeline.claims.all_people import all_of_the_people
from pipeline.claims.count_context import (
    _by_role,
    _holds,
    _news_group,
    _one_per_group,
    a_selection,
    another_act,
    names_others,
)
from pipeline.claims.dates import earlier, time_keys
from pipeline.claims.group_counts import in_groups
from pipeline.claims.headline import headline_span, people_over_things
from pipeline.claims.kinds import KIND_GROUP, KIND_TOTAL, SUBJECT_TOTAL
from pipeline.claims.list_items import (
    ListItems,
    counts_first_part,
    cut_off,
    holds_an_item,
    introduces,
    words_beside_items,
)
from pipeline.claims.one_list_counts import one_list_counts
from pipeline.lang.count_binding import miscounted_at_most
from pipeline.lang.group_cues import GROUPS_NOUN_RE
from pipeline.lang.part_cues import REACHED_CUT_AFTER_RE
from pipeline.models import Article, Mention
from pipeline.prose_count_nouns import ANY_PERSON
from pipeline.prose_counts import ProseCount, counts_in


def list_counts(
    article: Article,
    spans: Sequence[tuple[int, int]],
    read: Sequence[tuple[int, int]],
    listed: Sequence[Mention],
    own_group: Callable[[str], str | None],
) -> Iterator[tuple[ProseCount, str, str]]:
    """Counts in prose with any counter word (``pipeline.prose_counts``), each with the kind and
    subject of the claim it makes, or left out when nothing binds it to the list:

    - a count right before a group's items in their sentence, or closing them (``A、B等12國``), counts
      that group (the list, when it has no groups), whatever its words;
    - in an article whose list has groups: the group its clause names ("the other 7" after a group:
      the other group of two; a bound count naming none: the one group of its size; in a sentence that
      counts the groups in turn, the one group the others leave), or the whole list when it gives the
      list's length; a bound count of none of these is left to ``bind_groups`` (``PROSE_MARK``);
    - in an article with one list (or none): a count of the list's length is its total; a bound count
      of another value (``禁止13國`` over 12 items) is a total whose words ``bind_groups`` reads
      (``PROSE_MARK``), since it may be a count of a group the run's other lists print. Of several
      bound counts of different values in one sentence, none is taken for the list's.
    """
    text = article.text
    ordered = sorted(listed, key=lambda m: m.start)
    groups = Counter(m.group for m in listed if m.group)
    members: dict[str, list[Mention]] = defaultdict(list)
    for m in listed:
        members[m.group].append(m)
    ls = ListItems(
        text=text,
        listed=listed,
        ordered=ordered,
        items=[m.start for m in ordered],
        ends=[m.end for m in ordered],
        total=len(listed),
        groups=groups,
        members=members,
        dated={g: {key for _, key in time_keys(g)} for g in groups},
        news=_news_group(article, groups),
        selection=article.selection or a_selection(text, listed),
        of_people=_holds(ANY_PERSON, listed),  # every item a person with a post
        own_group=own_group,
    )
    items, ends, total, selection, of_people = ls.items, ls.ends, ls.total, ls.selection, ls.of_people
    # a list's own lines are no prose; a sentence holding an inline run is read for the counts bound to it
    prose = [(lo, hi) for lo, hi in spans if not holds_an_item(ls, lo, hi)]
    listing = [(lo, hi) for lo, hi in spans if holds_an_item(ls, lo, hi) and words_beside_items(ls, lo, hi)]
    past = earlier(article)
    found_counts = counts_in(text, prose, skip=read, past=past, keep_earlier=True, keep_parts=True)

    # a number that takes up a count made before ("the 11") counts the list only where it has that many;
    # "all 12 groups" over a list in twelve groups counts the groups
    counts = [
        _by_role(all_of_the_people(text, c, of_people=of_people), listed, selection)
        for c in found_counts
        if not c.part
        and (not c.echo or c.value == total)
        and not (len(groups) > 1 and c.value == len(groups) and GROUPS_NOUN_RE.search(text, c.start, c.end))
        and not cut_off(ls, c)
        # "All 32 allies" over sixteen of them: the whole the list is drawn from, no count of the list
        and not (c.whole and total and not miscounted_at_most(total, c.value))
    ]
    starts = [lo for lo, _ in prose]
    by_sentence: dict[int, list[ProseCount]] = defaultdict(list)
    for c in counts:
        by_sentence[bisect.bisect_right(starts, c.start) - 1].append(c)
    parts: dict[int, list[ProseCount]] = defaultdict(list)  # counts joined by a conjunction, by sentence
    for c in found_counts:
        if c.part and not c.earlier and not c.complement:
            parts[bisect.bisect_right(starts, c.start) - 1].append(c)
    for k, joined in parts.items():
        # "制裁10名人員和4個實體" over a list of people, each with a title: the one count of people among
        # the kinds counted in turn is the list's (two counts of people in the sentence: neither)
        people = [c for c in joined if c.role == ANY_PERSON]
        if len(people) == 1 and _holds(ANY_PERSON, listed):
            by_sentence[k].append(replace(people[0], strong=True, part=False))

    said: dict[int, str] = {}  # the list's counts made so far: value -> subject
    headline = headline_span(article)
    order = list(groups)  # the groups in the order the list prints them
    for _, joined in sorted(parts.items()):
        # "名單包括7名甲方官員及4名乙方官員": a count for each group, joined, in the order the list
        # prints the groups, each its group's size: each counts its group (kept where all agree, or all
        # but one whose number is no group's size: that group's count, misprinted)
        if len(joined) == len(order) >= 2 and _one_per_group([c.value for c in joined], order, groups):
            yield from ((c, KIND_GROUP, g) for c, g in zip(joined, order, strict=True))
    for k, found in sorted(by_sentence.items()):
        found = [c for c in found if not another_act(text, prose[k][0], c.start, c.value, listed)]
        # a count whose words go on to name others than the list's items counts them
        found = [c for c in found if not names_others(text, c.end, prose[k][1], listed)]
        # a count of people over a list of things ("Five officials resign" over countries) counts no item
        found = [c for c in found if not people_over_things(text, c.start, c.end, listed)]
        # "甲隊五人進前十": some of the ranked, those of one kind that reached the cut
        found = [c for c in found if not REACHED_CUT_AFTER_RE.match(text, c.end)]
        # not one of several things counted in turn
        alone = len({x.value for x in found if x.strong and not x.earlier}) == 1
        if groups:
            yield from in_groups(ls, found, *prose[k])
            continue
        yield from one_list_counts(ls, found, alone=alone, said=said, headline=headline)
    for lo, hi in listing:
        # a count of an earlier event that introduces a group's items counts that group (the list
        # prints that event: "In June, the administration sanctioned four other judges: A, B, …")
        for c in counts_in(text, [(lo, hi)], skip=read, past=past, keep_earlier=True):
            if cut_off(ls, c):
                continue
            near = introduces(ls, c, hi)
            if near is not None and near.group:
                yield c, KIND_GROUP, near.group
            elif (
                near is not None
                and not groups
                and not c.earlier
                and lo <= items[0]
                and ends[-1] <= hi
                and not counts_first_part(ls, c, hi)
            ):
                # the whole list printed in the sentence: its count (``A、B、…等12國``); a count beside a
                # part of it (``A、B等40個經濟體的稅率為15%，C、D等3個為10%``) counts that part
                yield c, KIND_TOTAL, SUBJECT_TOTAL
