"""What articles state in numbers, about the decision, and about people.

Three readers over article text, each pure:

- ``extract_claims`` (``counts``): counts and shares the article states about the list (the total, its
  groups, categories, percentages, "at least half"), each with its evidence sentence and, where the
  article's own list allows, the value that list gives. A count of a group keeps the group's words
  as printed; ``bind_groups`` (``group_binding``) later names the canonical group they mean
  (``pipeline.groups``).
- ``extract_facts`` (``facts``): what the article says about the decision itself: the instrument that
  carries it, the date it was signed or announced, and who signed it.
- ``extract_people`` (``people``): person names as each outlet writes them, grouped into persons across
  outlets.

Below them: ``kinds`` (the words a claim carries), ``own_counts`` (what the article's own list gives for
a count), ``heading_claims`` (the counts headings state), ``share_claims`` (percentages and shares),
``sentences`` (sentences with offsets, quotes), ``scan`` (count candidates in a sentence),
``prose_binding`` (counts in prose bound to a list or group; with ``list_items``, ``group_counts`` and
``one_list_counts``), ``count_context`` (what the words beside such a count say), ``group_binding``
(claims bound to canonical groups), ``heading_counts`` (what a heading's count claims), ``share_words``
(the words of a share), ``reach`` (claims a run's lists can answer), ``dates`` (dates in a sentence,
earlier events) and ``names`` (person names in a sentence; with ``name_cues`` and ``name_checks``).

Everything here is language knowledge (numerals, classifiers, generic nouns for organizations,
role titles, verbs of speech): no organization or person is named in this package. A number is a
claim about the list only when it counts organizations (or sits in a heading); dates, money,
ages, ordinals and counts of other things are left alone.
"""

from __future__ import annotations

from pipeline.claims.counts import extract_claims
from pipeline.claims.dates import earlier
from pipeline.claims.facts import (
    FIELD_ANNOUNCED,
    FIELD_INSTRUMENT,
    FIELD_SIGNED,
    FIELD_SIGNER,
    extract_facts,
    instrument_word,
)
from pipeline.claims.group_binding import bind_groups, mode_of
from pipeline.claims.heading_counts import category_key
from pipeline.claims.kinds import (
    KIND_CATEGORY,
    KIND_GROUP,
    KIND_LOOSE,
    KIND_PERCENTAGE,
    KIND_SHARE,
    KIND_TOTAL,
    PROSE_MARK,
    SUBJECT_TOTAL,
    UNIT_COUNT,
    UNIT_PERCENT,
    UNIT_SHARE,
)
from pipeline.claims.people import extract_people
from pipeline.claims.reach import within_reach
from pipeline.claims.scan import parse_number
from pipeline.claims.sentences import quote_span

__all__ = [
    "FIELD_ANNOUNCED",
    "FIELD_INSTRUMENT",
    "FIELD_SIGNED",
    "FIELD_SIGNER",
    "KIND_CATEGORY",
    "KIND_GROUP",
    "KIND_LOOSE",
    "KIND_PERCENTAGE",
    "KIND_SHARE",
    "KIND_TOTAL",
    "PROSE_MARK",
    "SUBJECT_TOTAL",
    "UNIT_COUNT",
    "UNIT_PERCENT",
    "UNIT_SHARE",
    "bind_groups",
    "category_key",
    "earlier",
    "extract_claims",
    "within_reach",
    "extract_facts",
    "extract_people",
    "instrument_word",
    "mode_of",
    "parse_number",
    "quote_span",
]
