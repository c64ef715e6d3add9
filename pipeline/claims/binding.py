"""Counts bound to what they count: counts in prose to the article's list or one of its groups
(``list_counts``), and the claims of a run to its canonical groups (``bind_groups``)."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta

from pipeline.claims.all_people import all_of_the_people
from pipeline.claims.dates import article_day, dates_in, earlier, time_keys
from pipeline.claims.headline import headline_counts_list, headline_span, people_over_things
from pipeline.claims.kinds import (
    COMPLEMENT_MARK,
    KIND_GROUP,
    KIND_LOOSE,
    KIND_PERCENTAGE,
    KIND_TOTAL,
    PROSE_MARK,
    SELECTED_MARK,
    SUBJECT_TOTAL,
    WEAK_MARK,
)
from pipeline.claims.scan import SUBSET_RE
from pipeline.group_labels import label_words, match_label
from pipeline.groups import CanonicalGroups
from pipeline.lang.count_binding import miscounted_at_most
from pipeline.lang.counted_nouns import names_counted
from pipeline.lang.counts import find_counts
from pipeline.lang.decision_cues import ANOTHER_ACT_RE
from pipeline.lang.group_cues import GROUPS_NOUN_RE
from pipeline.lang.leads import MAIN_ONES_RE, PARTITIVE_RE, RANKED_PART_RE, SELECTION_RE
from pipeline.lang.part_cues import ADDED_BEFORE_RE, PART_OF_RE
from pipeline.lang.rank_cues import RANK_CUTOFF_BEFORE_RE
from pipeline.lang.scripts import fold_pattern, simplified
from pipeline.models import Article, AttributeKind, Claim, Group, Kind, Mention
from pipeline.prose_counts import ANY_PERSON, ProseCount, counts_in

MIN_WITNESSES = 2  # other outlets stating a total before a count its words leave unbound is held to it
MAX_MARKER_CHARS = 8  # characters of a list line beside its item: a marker, a number, punctuation
INTRODUCES_CHARS = 40  # how far before the first item of a group a count in its sentence introduces it
_CLOSES_RE = re.compile(r"\s*(?:等|等等|など|を含む)\s*$|\s*,?\s*(?:and|plus)\s*$")  # "A、B等12國", "A and 5"
_DEFINITE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "the four individuals": a count made before
SELECTION_LEAD_CHARS = 40  # how far before its first item a list may say it gives examples


def a_selection(text: str, listed: Sequence[Mention]) -> bool:
    """The list says it gives examples (``including``, ``among them``, ``例如``, ``など``, ``……``): a count
    of the whole list beside it is no count of what it prints."""
    if not listed:
        return False
    first, last = min(m.start for m in listed), max(m.end for m in listed)
    lead = text[max(0, first - SELECTION_LEAD_CHARS) : first].rsplit("\n", 1)[-1]
    closing = text[last : last + 4]
    ellipsis = re.search(r"……|\.\.\.", text[first:last])
    return bool(SELECTION_RE.search(lead) or re.match(r"\s*(?:など|等)", closing) or ellipsis)


_PART_CUES = (PARTITIVE_RE, SELECTION_RE, MAIN_ONES_RE, RANKED_PART_RE)
MAX_LEAD_IN_CHARS = 60  # characters of the lead-in that names a list again after its count
# where a sentence ends: 。！？, or an English full stop before a blank
_SENTENCE_END_RE = re.compile(r"[。！？!?]|\.(?=\s)")
SEMICOLON_RE = re.compile(r"[；;]")  # where a sentence parts one run of its items from the next


def _introduced_below(text: str, c: ProseCount, first: int) -> bool:
    """A count of the sentence right above a list's lead-in (in the paragraph above it, or the sentence
    before) counts the list when the lead-in names what it counts again and nothing counts or picks a
    part between: ``… freeze the assets of four Aland defence companies.`` then ``The companies are A, B,
    …``; ``…對5家甲國軍工企業採取反制措施。`` then ``被制裁的企業包括：``. Not over ``Among them are …``
    (a part of the whole it counts), nor with another sentence between."""
    if c.end > first:
        return False
    breaks = [m.end() for m in _SENTENCE_END_RE.finditer(text, c.end, first)]
    if len(breaks) != 1:
        return False  # the count is in the lead-in's own sentence, or a sentence stands between them
    lead, between = text[breaks[0] : first], text[c.end : breaks[0]]
    if len(lead.strip()) > MAX_LEAD_IN_CHARS:
        return False
    if find_counts(between + lead) or any(r.search(lead) for r in _PART_CUES):
        return False  # another count, or a part picked of what it counts ("Among the companies are")
    count = next((x for x in find_counts(text[c.start : c.end]) if x.start == 0), None)
    return count is not None and names_counted(lead, text[c.start :], count)


NEWS_DAYS = 3  # a group dated this many days before the article (or its own day) is the article's event


def _by_role(c: ProseCount, listed: Sequence[Mention], selection: bool) -> ProseCount:
    """A count of a role (``制裁4名法官``) in the decision's clause is bound where every listed item has
    that role among its attributes, or where the list is a selection (``sanctions four judges. Among them
    are A and B``): it counts the list, not a part of it."""
    if not c.role or c.strong or not listed:
        return c
    if selection:
        return replace(c, strong=True)
    return replace(c, strong=True) if _holds(c.role, listed) else c


def _holds(role: str, items: Sequence[Mention]) -> bool:
    """Every item has ``role`` among its attributes (``法官`` in ``烏干達籍法官``, ``judge`` in ``a judge
    from Aland``)."""
    if not role or not items:
        return False
    if role == ANY_PERSON:
        # people of any title: a list of people, each described by a post, at least half of them by
        # one the title reader knows (``Director of the Aland Office`` read as a description)
        titled = sum(any(a.kind is AttributeKind.TITLE for a in m.attributes) for m in items)
        return all(m.attributes for m in items) and 2 * titled >= len(items)
    role = simplified(role).casefold()
    return all(any(role in simplified(a.text).casefold() for a in m.attributes) for m in items)


MIN_LABEL_WORDS = 2  # words of a group's label a count's sentence says for it to name that group


def _worded(phrase: str, words: frozenset[str], groups: Mapping[str, int]) -> str | None:
    """The one group whose label shares at least ``MIN_LABEL_WORDS`` words with a sentence that shares no
    word with any other group's label, else None. Shared English words must include one the sentence
    writes in lower case: a proper name ("New Aland") names a place, not what the group's items did."""
    shared = {g: words & label_words(g)[0] for g in groups}
    named = [g for g, w in shared.items() if len(w) >= MIN_LABEL_WORDS]
    if len(named) != 1 or any(w for g, w in shared.items() if g != named[0]):
        return None
    latin = [w for w in shared[named[0]] if w.isascii()]
    if len(latin) == len(shared[named[0]]) and not any(
        re.search(rf"\b{re.escape(w)}\b", phrase) for w in latin
    ):
        return None
    return named[0]


def _news_group(article: Article, groups: Iterable[str]) -> str | None:
    """The one group whose label dates it as the article's own event: its day (``8月20日`` in an article
    of August 21) or its weekday (``Who was sanctioned on Wednesday`` on a Wednesday) is the article's or
    one of the ``NEWS_DAYS`` before it. The others are earlier events the article recalls."""
    day = article_day(article)
    if day is None:
        return None
    recent = [day - timedelta(days=k) for k in range(NEWS_DAYS + 1)]
    isos = {d.isoformat() for d in recent}
    weekdays = {f"d{d.weekday()}" for d in recent}
    hits = []
    for g in groups:
        on = {iso for _, _, iso in dates_in(g, article)}
        keys = {key for _, key in time_keys(g) if key.startswith("d")}
        if on & isos or (keys & weekdays and not on):
            hits.append(g)
    return hits[0] if len(hits) == 1 else None


GROUPS_NAMED_AFTER = 24  # characters after a count where the labels of the groups it counts together stand


def _names_groups(text: str, c: ProseCount, groups: Mapping[str, int]) -> bool:
    """The words right after the count print two or more of the article's group labels (``7個人・団体``,
    ``7 individuals and entities``): it counts them together, no one group."""
    after = _CLAUSE_END_RE.split(text[c.end : c.end + GROUPS_NAMED_AFTER], maxsplit=1)[0]
    words = (text[c.start : c.end] + after).casefold()
    return sum(1 for g in groups if g and g.casefold() in words) >= 2


_CLAUSE_END_RE = re.compile(r"[\n。；;，,！？!?]|\s\S*[0-9０-９]")


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
            elif not c.strong and not selection and ordered and _introduced_below(text, c, ordered[0].start):
                # "freeze the assets of four Aland defence companies." over "The companies are A, B, …":
                # the count of what the list's lead-in, right below it, names again
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


def _one_per_group(values: Sequence[int], order: Sequence[str], sizes: Mapping[str, int]) -> bool:
    """Counts joined in one sentence (``8名甲方官員及4名乙方官員``), as many as the list's groups, read in
    the order the list prints them: each is its group's size, or all but one are and that one's number is
    the size of no group (the groups counted in another order would make it one)."""
    off = [(v, g) for v, g in zip(values, order, strict=True) if v != sizes[g]]
    return not off or (len(off) == 1 and off[0][0] not in sizes.values())


def _counts_additions(c: Claim) -> bool:
    """``added seven countries``, ``新たに7カ国``: the count of what was added to the list, a part of it."""
    return any(
        x.value == int(c.stated) and ADDED_BEFORE_RE.search(c.quote[: x.start]) for x in find_counts(c.quote)
    )


def another_act(text: str, lo: int, start: int, value: int, listed: Sequence[Mention]) -> bool:
    """A count of another value than the list's, at ``start`` in a sentence (from ``lo``) after the list,
    that tells one more act (``同日另將12家實體列入…``, ``It also put 12 entities on…``): it counts what that
    act names, not the list."""
    return (
        bool(listed)
        and value != len(listed)
        and start >= max(m.end for m in listed)
        and bool(ANOTHER_ACT_RE.search(text, lo, start))
    )


MIN_OTHER_NAMES = 3  # names enumerated after a count that make it the count of that enumeration
# the count's noun, then the word that introduces the names it counts (``4個實體則是``, ``4家公司為``)
_NAMED_AFTER_RE = re.compile(
    fold_pattern(r"[^，。；：,;:\d]{0,6}?(?:則是|則為|分別是|分別為|包括|是|為|有|：|:)")
)


def names_others(text: str, start: int, end: int, listed: Sequence[Mention]) -> bool:
    """The words after a count enumerate names none of which is an item of the list (``遭制裁的4個實體則是
    甲委員會、乙基金會和丙中心``, beside a list of people): the count is that enumeration's."""
    if (
        not listed
        or not _NAMED_AFTER_RE.match(text, start, end)
        or text.count("、", start, end) < MIN_OTHER_NAMES - 1
    ):
        return False
    return not any(start <= m.start < end for m in listed)


def _a_part_of(text: str, c: ProseCount, found: Sequence[ProseCount]) -> bool:
    """A weak count set apart as a part of a larger count made before it in the sentence."""
    if c.strong or not PART_OF_RE.search(text[max(0, c.start - 12) : c.start]):
        return False
    return any(x.start < c.start and x.value > c.value for x in found)


def bind_groups(
    claims: Sequence[Claim], groups: Sequence[Group], mentions: Sequence[Mention] = ()
) -> tuple[Claim, ...]:
    """Each count of a group with the canonical group it means (``Claim.group``): the article's own
    group of that label, else the group whose printed labels its words name (``groups.match_label``);
    "the rest" after a group is the other one when there are two. A total kept with words of its own
    (``31個是與甲類相關的``) becomes that group's count when its words name one, else a plain total
    when they share nothing with any group's label (without groups in the run, nothing tells: it is
    left unbound). A group count naming no group clearly keeps
    ``group`` empty and is judged by nobody. ``computed`` follows: the article's own items in the group."""
    of = CanonicalGroups.from_records(groups).of
    printed = CanonicalGroups.printed(groups)
    words = {gid: set().union(*(label_words(x)[0] for x in labels)) for gid, labels in printed.items()}
    sizes: Counter[tuple[str, str]] = Counter()
    grouped: set[str] = set()
    for m in mentions:
        if m.kind is Kind.LIST and m.group and (gid := of.get((m.article, m.group))) is not None:
            sizes[(m.article, gid)] += 1
            grouped.add(m.article)

    typical = {gid: mode_of([n for (_, g), n in sizes.items() if g == gid]) for gid in printed}
    complemented = {(c.article, c.subject) for c in claims if c.subject.startswith(COMPLEMENT_MARK)}
    paired = _pair_with_rest(claims, typical)

    def canonical(article: str, subject: str) -> str:
        if subject.startswith(COMPLEMENT_MARK):
            named = canonical(article, subject[len(COMPLEMENT_MARK) :])
            others = [gid for gid in printed if gid != named]
            if named and len(others) == 1:
                return others[0]
            return paired.get((article, subject[len(COMPLEMENT_MARK) :]), ("", ""))[1]
        return of.get((article, subject)) or match_label(subject, printed) or ""

    def computed(c: Claim, gid: str) -> float | None:
        return float(sizes[(c.article, gid)]) if c.article in grouped else None

    def prose_total(c: Claim) -> Claim | None:
        """A bound count in prose of another value than its article's list (``PROSE_MARK``): the count
        of the group its words name; else, where it may be a group's count (its value is one group's
        usual size, or its words share some of a group's label), or its article has no list to judge
        it by, of no group clearly; else the article's total."""
        phrase = c.subject[len(PROSE_MARK) :]
        if not groups:
            return replace(c, subject=SUBJECT_TOTAL)
        if gid := match_label(phrase, printed):
            return replace(c, kind=KIND_GROUP, subject=phrase, group=gid, computed=computed(c, gid))
        if (c.article, COMPLEMENT_MARK + phrase) in complemented:
            # "bars travelers from 12 countries, restricts 7 more": a count with a rest after it is a
            # part of the list, never its whole; the group the pair tells (``_pair_with_rest``), else
            # naming no group clearly, it is judged by nobody
            if gid := paired.get((c.article, phrase), ("", ""))[0]:
                return replace(c, kind=KIND_GROUP, subject=phrase, group=gid, computed=computed(c, gid))
            return replace(c, kind=KIND_GROUP, subject=phrase, computed=None)
        sizes_of = [n for n in typical.values() if n is not None]
        if (
            c.computed is not None
            and sizes_of
            and c.stated > max(sizes_of)
            and all(abs(c.stated - c.computed) < abs(c.stated - n) for n in sizes_of)
        ):
            return replace(c, subject=SUBJECT_TOTAL)  # more than any group has, near the whole list
        if (
            c.computed is None
            or int(c.stated) in typical.values()
            or any(label_words(phrase)[0] & w for w in words.values())
        ):
            return replace(c, kind=KIND_GROUP, subject=phrase, computed=None)
        return replace(c, subject=SUBJECT_TOTAL)

    # the total most other outlets state: what a count its words leave unbound must be to count the list
    stated_totals = {
        (c.article, int(c.stated)) for c in claims if c.kind == KIND_TOTAL and c.subject == SUBJECT_TOTAL
    }

    def usual_total(article: str) -> int | None:
        others = sorted(v for a, v in stated_totals if a != article)
        usual = mode_of(others)
        return usual if usual is not None and others.count(usual) >= MIN_WITNESSES else None

    out: list[Claim] = []
    for c in claims:
        if c.kind == KIND_TOTAL and c.subject.startswith(WEAK_MARK):
            # the others' total, over a list that holds most of it (one that lost an item or two, not a
            # part of the list that counts the whole beside it)
            usual = usual_total(c.article)
            over_selection = c.subject[1:].startswith(SELECTED_MARK)  # the official list's, as the others
            if int(c.stated) == usual and (
                over_selection or (c.computed is not None and 2 * c.computed >= usual)
            ):
                out.append(replace(c, subject=SUBJECT_TOTAL))
            elif (
                usual is not None
                and not over_selection
                and c.computed == usual
                and usual / 2 < c.stated < 2 * usual
                and not _counts_additions(c)
            ):
                # its own list has the total the others state, and it says another near it (not the
                # 90 members of a body beside six names): kept apart, for a warning where the article
                # counts the same noun as its list's total (``checks.loose``)
                out.append(replace(c, kind=KIND_LOOSE, subject=c.subject[1:]))
        elif c.kind == KIND_TOTAL and c.subject.startswith(PROSE_MARK):
            if (bound := prose_total(c)) is not None:
                out.append(bound)
        elif c.kind == KIND_GROUP:
            gid = canonical(c.article, c.subject)
            out.append(replace(c, group=gid, computed=computed(c, gid) if gid else c.computed))
        elif c.kind == KIND_TOTAL and c.subject != SUBJECT_TOTAL:
            gid = canonical(c.article, c.subject)
            if gid:
                out.append(replace(c, kind=KIND_GROUP, group=gid, computed=computed(c, gid)))
            elif not groups or any(label_words(c.subject)[0] & w for w in words.values()):
                out.append(replace(c, kind=KIND_GROUP))  # maybe a group's count, but not clearly which
            else:
                out.append(replace(c, subject=SUBJECT_TOTAL))
        elif c.kind == KIND_PERCENTAGE and c.subject != SUBJECT_TOTAL:
            out.append(replace(c, group=canonical(c.article, c.subject)))
        else:
            out.append(c)
    return tuple(out)


def _pair_with_rest(
    claims: Sequence[Claim], typical: Mapping[str, int | None]
) -> dict[tuple[str, str], tuple[str, str]]:
    """A count and the rest after it (``bars travelers from 13 countries, restricts seven more``) in a
    run of two groups, both with a usual size: (article, phrase) -> the groups the count and the rest
    count, where the one way of reading them that agrees with most of the usual sizes agrees with one
    at least (13 and 7 over groups of 12 and 7: the 12 misprinted, not the groups counted the other way)."""
    if len(typical) != 2 or None in typical.values():
        return {}
    first, second = sorted(typical)
    primary: dict[tuple[str, str], int] = {}
    rests: dict[tuple[str, str], int] = {}
    for c in claims:
        if c.subject.startswith(PROSE_MARK):
            primary.setdefault((c.article, c.subject[len(PROSE_MARK) :]), int(c.stated))
        elif c.subject.startswith(COMPLEMENT_MARK):
            rests.setdefault((c.article, c.subject[len(COMPLEMENT_MARK) :]), int(c.stated))
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for key, rest in sorted(rests.items()):
        if (count := primary.get(key)) is None:
            continue
        ways = {
            (a, b): (count == typical[a]) + (rest == typical[b])
            for a, b in ((first, second), (second, first))
        }
        best = max(ways.values())
        chosen = [way for way, agree in ways.items() if agree == best]
        if best and len(chosen) == 1:
            out[key] = chosen[0]
    return out


def mode_of(values: Sequence[int]) -> int | None:
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return min(v for v, c in counts.items() if c == best)
