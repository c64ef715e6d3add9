"""Counts in prose bound to the article's list or one of its groups (``list_counts``): each count with
the kind and subject of the claim it makes, or left out when nothing binds it to the list."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from pipeline.claims.all_people import all_of_the_people
from pipeline.claims.count_context import (
    _a_part_of,
    _by_role,
    _holds,
    _introduced_below,
    _names_groups,
    _news_group,
    _one_per_group,
    _worded,
    a_selection,
    another_act,
    names_others,
)
from pipeline.claims.dates import earlier, time_keys
from pipeline.claims.headline import headline_counts_list, headline_span, people_over_things
from pipeline.claims.kinds import (
    COMPLEMENT_MARK,
    KIND_GROUP,
    KIND_TOTAL,
    PROSE_MARK,
    SELECTED_MARK,
    SUBJECT_TOTAL,
    WEAK_MARK,
)
from pipeline.claims.scan import SUBSET_RE
from pipeline.claims.whole_lead import counted_above_a_whole
from pipeline.group_labels import label_words
from pipeline.lang.count_binding import miscounted_at_most
from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import GROUPS_NOUN_RE
from pipeline.lang.rank_cues import RANK_CUTOFF_BEFORE_RE
from pipeline.models import Article, Mention
from pipeline.prose_count_nouns import ANY_PERSON
from pipeline.prose_counts import ProseCount, counts_in

MAX_MARKER_CHARS = 8  # characters of a list line beside its item: a marker, a number, punctuation
INTRODUCES_CHARS = 40  # how far before the first item of a group a count in its sentence introduces it
_CLOSES_RE = re.compile(r"\s*(?:等|等等|など|を含む)\s*$|\s*,?\s*(?:and|plus)\s*$")  # "A、B等12國", "A and 5"
_DEFINITE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "the four individuals": a count made before
SEMICOLON_RE = re.compile(r"[；;]")  # where a sentence parts one run of its items from the next


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
    items = [m.start for m in ordered]

    def holds_an_item(lo: int, hi: int) -> bool:
        k = bisect.bisect_left(items, lo)
        return k < len(items) and items[k] < hi

    def introduces(c: ProseCount, end: int) -> Mention | None:
        """The first item the count introduces in its sentence (``seven other nations, among them A and
        B``, ``12國：A、B``) or the last it closes (``A、B等12國``): bound by position, whatever its words."""
        k = bisect.bisect_left(items, c.end)
        after = ordered[k] if k < len(ordered) and items[k] < end else None
        if after is not None and len(text[c.end : after.start]) <= INTRODUCES_CHARS:
            between = text[c.end : after.start]
            if not find_counts(between) and not SUBSET_RE.search(text[max(0, c.start - 8) : c.start]):
                return after
        before = ordered[k - 1] if k > 0 else None
        if before is not None and before.end <= c.start and _CLOSES_RE.match(text[before.end : c.start]):
            return before
        return None

    def counts_first_part(c: ProseCount, hi: int) -> bool:
        """``三家企業中，甲為17%，乙為18%，丙為35%；丁為7%，…``: the count is as many items as stand after it
        up to the sentence's first semicolon, and more items follow: it counts that part, not the list."""
        stop = SEMICOLON_RE.search(text, c.end, hi)
        if stop is None:
            return False
        k1, k2 = bisect.bisect_left(items, c.end), bisect.bisect_left(items, stop.start())
        return k2 - k1 == c.value and bisect.bisect_left(items, hi) > k2

    # a list's own lines are no prose; a sentence holding an inline run is read for the counts bound to it
    prose = [(lo, hi) for lo, hi in spans if not holds_an_item(lo, hi)]
    ends = [m.end for m in ordered]

    def words_beside_items(lo: int, hi: int) -> bool:
        """The sentence says more than its items and their markers (an inline run's lead-in, not a line
        of a line list): only such a sentence may hold a count bound to its items."""
        k1, k2 = bisect.bisect_left(items, lo), bisect.bisect_left(items, hi)
        covered = sum(min(ends[k], hi) - items[k] for k in range(k1, k2))
        return (hi - lo) - covered > MAX_MARKER_CHARS

    listing = [(lo, hi) for lo, hi in spans if holds_an_item(lo, hi) and words_beside_items(lo, hi)]
    past = earlier(article)
    selection = article.selection or a_selection(text, listed)
    found_counts = counts_in(text, prose, skip=read, past=past, keep_earlier=True, keep_parts=True)
    total = len(listed)
    groups = Counter(m.group for m in listed if m.group)

    def cut_off(c: ProseCount) -> bool:
        """``前5名`` over more items: a cut-off by rank, five places that ties share, no count of them."""
        return (
            c.value < total and RANK_CUTOFF_BEFORE_RE.search(text[max(0, c.start - 4) : c.start]) is not None
        )

    # a number that takes up a count made before ("the 11") counts the list only where it has that many;
    # "all 12 groups" over a list in twelve groups counts the groups
    of_people = _holds(ANY_PERSON, listed)  # every item a person with a post
    counts = [
        _by_role(all_of_the_people(text, c, of_people=of_people), listed, selection)
        for c in found_counts
        if not c.part
        and (not c.echo or c.value == total)
        and not (len(groups) > 1 and c.value == len(groups) and GROUPS_NOUN_RE.search(text, c.start, c.end))
        and not cut_off(c)
        # "All 32 allies" over sixteen of them: the whole the list is drawn from, no count of the list
        and not (c.whole and total and not miscounted_at_most(total, c.value))
    ]
    members: dict[str, list[Mention]] = defaultdict(list)
    for m in listed:
        members[m.group].append(m)
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

    # the months and weekdays each group's label names ("6月5日", "Who was sanctioned on Wednesday")
    dated = {g: {key for _, key in time_keys(g)} for g in groups}

    def dated_group(c: ProseCount, lo: int) -> str | None:
        """The one group whose label names a time the sentence gives before the count (a month or a
        weekday: ``6月又制裁4名法官``, ``on Wednesday imposed sanctions on four officials``)."""
        keys = {key for _, key in time_keys(text[lo : c.start])}
        if not keys or len(groups) < 2:
            return None
        hits = [g for g, own in dated.items() if keys & own]
        return hits[0] if len(hits) == 1 else None  # "今年6月、8月制裁的…": both groups, neither

    news = _news_group(article, groups)

    def in_groups(found: Sequence[ProseCount], lo: int, end: int) -> Iterator[tuple[ProseCount, str, str]]:
        """The counts of one sentence of an article whose list has groups."""
        last = ""
        bound: list[tuple[ProseCount, str | None, bool]] = []
        # the decision's own count naming no group, when the sentence has one ("bars a dozen countries")
        decision = [x for x in found if x.strong and not x.earlier and not x.complement]
        prior: ProseCount | None = None
        rests: list[tuple[ProseCount, str]] = []
        for c in found:
            when = dated_group(c, lo)
            if c.earlier:  # of an earlier event: only the group dated as that event
                keep = when is not None and (
                    c.strong or c.value == groups[when] or _holds(c.role, members[when])
                )
                bound.append((c, when if keep else None, False))
                continue
            near = introduces(c, end)
            gid = placed = near.group if near is not None and near.group else None
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
            if (
                not c.strong
                and placed is None
                and c.value != total
                and (gid is None or groups[gid] != c.value)
            ):
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
        # not one of several things counted in turn
        alone = len({x.value for x in found if x.strong and not x.earlier}) == 1
        if groups:
            yield from in_groups(found, *prose[k])
            continue
        for c in found:
            if c.earlier or c.complement:
                continue  # an earlier event's count, or the rest's ("残る7カ国は省略"): not this list's
            if _a_part_of(text, c, found):
                continue  # "制裁40家公司，其中包括12家…企業": a part of the whole counted before it
            if total and c.value == total:
                yield c, KIND_TOTAL, SUBJECT_TOTAL
            elif c.strong and alone:
                # over a selection, the count of the official list it gives examples of
                said.setdefault(c.value, SUBJECT_TOTAL if selection else PROSE_MARK + c.phrase)
                yield c, KIND_TOTAL, SUBJECT_TOTAL if selection else PROSE_MARK + c.phrase
            elif (
                not c.strong
                and not selection
                and ordered
                and (
                    _introduced_below(text, c, ordered[0].start)
                    or counted_above_a_whole(text, c, ordered[0].start)
                )
            ):
                # "freeze the assets of four Aland defence companies." over "The companies are A, B, …":
                # the count of what the list's lead-in, right below it, names again; "19 countries" over
                # "The full list:"
                said.setdefault(c.value, PROSE_MARK + c.phrase)
                yield c, KIND_TOTAL, PROSE_MARK + c.phrase
            elif (
                not c.strong
                and not selection
                and headline_counts_list(text, headline, c, listed, people=of_people)
            ):
                # "Aland names seven key posts" over the article's one list of seven posts and names
                said.setdefault(c.value, PROSE_MARK + c.phrase)
                yield c, KIND_TOTAL, PROSE_MARK + c.phrase
            elif c.value in said and _DEFINITE_RE.search(text[max(0, c.start - 6) : c.start]):
                yield c, KIND_TOTAL, said[c.value]  # "the four individuals": the count made before
            elif not c.strong and total:
                # its words could count something else: ``bind_groups`` keeps it where it is the count
                # the other outlets state ("the new rates for 14 countries" over 13 printed; over a
                # selection, "her picks for the 12 ministries")
                yield c, KIND_TOTAL, WEAK_MARK + (SELECTED_MARK if selection else "") + c.phrase
    for lo, hi in listing:
        # a count of an earlier event that introduces a group's items counts that group (the list
        # prints that event: "In June, the administration sanctioned four other judges: A, B, …")
        for c in counts_in(text, [(lo, hi)], skip=read, past=past, keep_earlier=True):
            if cut_off(c):
                continue
            near = introduces(c, hi)
            if near is not None and near.group:
                yield c, KIND_GROUP, near.group
            elif (
                near is not None
                and not groups
                and not c.earlier
                and lo <= items[0]
                and ends[-1] <= hi
                and not counts_first_part(c, hi)
            ):
                # the whole list printed in the sentence: its count (``A、B、…等12國``); a count beside a
                # part of it (``A、B等40個經濟體的稅率為15%，C、D等3個為10%``) counts that part
                yield c, KIND_TOTAL, SUBJECT_TOTAL
