"""The counts of one sentence bound to an article's one list, or none (``one_list_counts``): its length,
the decision's own count, the count its lead-in or headline makes, a count taken up again ("the four
individuals"), or a count whose words could count something else, left to ``bind_groups``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.claims.count_context import _a_part_of, _introduced_below
from pipeline.claims.headline import headline_counts_list
from pipeline.claims.kinds import KIND_TOTAL, PROSE_MARK, SELECTED_MARK, SUBJECT_TOTAL, WEAK_MARK
from pipeline.claims.list_items import ListItems
from pipeline.claims.whole_lead import counted_above_a_whole
from pipeline.prose_counts import ProseCount

_DEFINITE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "the four individuals": a count made before


def one_list_counts(
    ls: ListItems,
    found: Sequence[ProseCount],
    *,
    alone: bool,
    said: dict[int, str],
    headline: tuple[int, int] | None,
) -> Iterator[tuple[ProseCount, str, str]]:
    """The counts of one sentence of an article whose list has no groups; ``alone``: one value among the
    sentence's bound counts; ``said``: the list's counts made so far (value -> subject), taken up again
    by "the four individuals" and added to here."""
    text, total, ordered = ls.text, ls.total, ls.ordered
    listed, selection, of_people = ls.listed, ls.selection, ls.of_people
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
