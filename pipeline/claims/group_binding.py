"""The claims of a run bound to its canonical groups (``bind_groups``): each count of a group with the
canonical group it means, and a total kept with words of its own made that group's count or a plain total."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

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
from pipeline.group_labels import label_words, match_label
from pipeline.groups import CanonicalGroups
from pipeline.lang.counts import find_counts
from pipeline.lang.part_cues import ADDED_BEFORE_RE
from pipeline.models import Claim, Group, Kind, Mention

MIN_WITNESSES = 2  # other outlets stating a total before a count its words leave unbound is held to it


def _counts_additions(c: Claim) -> bool:
    """``added seven countries``, ``新たに7カ国``: the count of what was added to the list, a part of it."""
    return any(
        x.value == int(c.stated) and ADDED_BEFORE_RE.search(c.quote[: x.start]) for x in find_counts(c.quote)
    )


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
