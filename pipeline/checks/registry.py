"""Every kind of finding, with the severity it takes and what it means.

The checks themselves live in one module of ``pipeline.checks`` per family (``count_mismatch``,
``arithmetic``, ``count_conflict``, ``taxonomy``, ``lengths``, ``shares``, ``ranks``, ``loose``, ``wholes``,
``names``, ``kanji``, ``acronyms``, ``story``, ``contradictions``; for the items ``duplicates``, ``coverage``
(with ``completeness``, ``coverage_findings``), ``strays``, ``unlinked``, ``filing`` (with ``bands``),
``values`` (with ``value_prints``, ``value_cascade``), ``attributes``, ``parties``, ``posts``), each naming
its findings by the constants below;
``runner.run_checks`` runs them all. This table is what a reader, the README and the reports rely on.
``tests/test_docs.py`` keeps the README's table of findings equal to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.models import Severity

# the kinds of findings, as the checks name them
COUNT_MISMATCH = "count_mismatch"
ARITHMETIC = "arithmetic"
COUNT_CONFLICT = "count_conflict"
TAXONOMY_DIFFERS = "taxonomy_differs"
MISSING_ENTITY = "missing_entity"
UNIQUE_ITEM = "unique_item"
LIST_SHORT = "list_short"
LIST_LONG = "list_long"
SECTION_CONFLICT = "section_conflict"
NAMING_VARIANT = "naming_variant"
POSSIBLE_MISTRANSLATION = "possible_mistranslation"
MISSPELT_NAME = "misspelt_name"
ACRONYM_MISMATCH = "acronym_mismatch"
STORY_CONFLICT = "story_conflict"
PERSON_VARIANT = "person_variant"
GROUP_CONFLICT = "group_conflict"
DUPLICATE_ITEM = "duplicate_item"
VALUE_CONFLICT = "value_conflict"
INTERNAL_CONTRADICTION = "internal_contradiction"
COLUMN_SWAP = "column_swap"
WRONG_ITEM = "wrong_item"
NOT_ON_LIST = "not_on_list"
UNLINKED_LIST = "unlinked_list"
ATTRIBUTE_CONFLICT = "attribute_conflict"


@dataclass(frozen=True, slots=True)
class Check:
    kind: str
    severities: tuple[Severity, ...]  # the severities it may take, highest first
    summary: str


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

CHECKS: tuple[Check, ...] = (
    Check(
        COUNT_MISMATCH,
        (E, W),
        "a count the article states (heading, a bound count in prose, or a sentence that counts each group) "
        "differs from the items it lists under it; names what the other lists have and it lacks (a count "
        "whose words could count something else, beside the same noun counted as its list's total: warning)",
    ),
    Check(
        ARITHMETIC,
        (E,),
        "a stated percentage is not count ÷ total, rounded as stated; one item's share is not the "
        "proportion of its amount that every other item's share is; one row's total is not the sum of "
        "its numbers where every other row's is; one item ranks above what its score allows (more items "
        "of its list score more) where every other item's rank is within; or a list's values add up to "
        "more than the whole its article states (where another outlet's figure for one item makes them add "
        "up, that item's value finding says so instead); or the shares a list prints (each one proportion of "
        "its amount) add up to another figure than the share its article says the listed items hold together "
        "(`上位10カ国の合計は世界全体の82%`), beyond the rounding of the prints (`share_sums.py`); or the "
        "shares a list of the whole prints add up to another figure than 100 where other outlets' shares of "
        "the same items do (`whole_shares.py`); or one "
        "row's change (a column printed after two others, signed: `+2`, `-26`) is not the difference of its "
        "two values where three rows in four at least are (`row_changes.py`; a change column is never held "
        "against "
        "other outlets' changes, and a row whose value is itself found wrong gets that value's finding only)",
    ),
    Check(
        COUNT_CONFLICT,
        (E, W),
        "outlets state different totals or group counts (an outlet whose count alone differs from its own "
        "list and the others' counts gets this finding only, naming its own list's length); a count of a "
        "whole no list prints in full (`30國` above a top ten), stated otherwise than at least two other "
        "outlets state it: warning",
    ),
    Check(
        LIST_SHORT,
        (E, W),
        "a list is shorter than the article's own stated total (fewer than half, or each of its groups as "
        "long as the article's own count of it and lacking nothing another list prints: warning; an article "
        "that says it names examples: none; one whose lead-in calls it the whole list, `The full list:`, "
        "gives no examples however short it falls); "
        "names the missing items",
    ),
    Check(LIST_LONG, (E,), "a list is longer than the article's own stated total"),
    Check(
        MISSING_ENTITY,
        (E, W),
        "a list that claims to be complete lacks an item the official list or "
        "at least two other complete lists, and half of them, have; or a list nearly as long as the whole "
        "skips one that most lists print between two it prints one after the other",
    ),
    Check(
        WRONG_ITEM,
        (E, W),
        "a list prints one item in place of another (a namesake, a person who is not "
        "on the list): one finding naming both",
    ),
    Check(
        NOT_ON_LIST,
        (E, W),
        "a list item that is not on the official list (with --reference; named among a selection's "
        "examples: warning)",
    ),
    Check(
        UNIQUE_ITEM,
        (W,),
        "a list item found in no other outlet's list; a group of such items beside groups the others list "
        "is one finding, a list of something else (and no `list_long` when the list without it has the "
        "length its article states)",
    ),
    Check(DUPLICATE_ITEM, (E, W), "one list names the same item twice, under two spellings"),
    Check(
        UNLINKED_LIST,
        (W,),
        "a list that shares less than half of its items with the others: one "
        "finding about it, its items not judged one by one; lists that each reach the count they state "
        "yet leave out what other lists have (camps whose names were not linked): one finding naming them; "
        "items on no other list, each at the place of a ranked list where the others print one item, with "
        "its value, in a list that agrees with theirs place by place: one information finding (its names)",
    ),
    Check(
        GROUP_CONFLICT,
        (E, W),
        "an item filed under another group than the official list or the "
        "other outlets file it (each outlet of a camp outnumbered two to one is in error; camps closer than "
        "that: one warning naming both), or under a group whose label prints a band of values its own value "
        "lies outside (`2.85%` under `3%至3.5%`: an error, unless another outlet files it there or prints it "
        "a value inside the band); the groups' counts "
        "it throws off are said here, not as findings of their own",
    ),
    Check(SECTION_CONFLICT, (E, W), "prose says an item belongs to a group the lists file it outside"),
    Check(
        INTERNAL_CONTRADICTION,
        (E, W),
        "an article's own text gives a listed item another value than its list "
        "(a word for an earlier state, or two values in that unit on the item: warning)",
    ),
    Check(
        VALUE_CONFLICT,
        (E, W),
        "a value differs from the official list or from the value most outlets "
        "print (two camps that each have support, camps none of which is corroborated, or an outlet "
        "departing on many items, or an item on no other list at the place of a ranked list where the "
        "others print another item: one warning); two items at each other's places in one outlet's column "
        "of ranks, numbered lines or numbered rows, where at least two others state the places (a column of "
        "ranks, numbered lines or rows, `第4名` places) and none sides with it: one error naming that outlet "
        "(`pipeline/checks/rank_swaps.py`; lists that print no place, in prose or in unnumbered lines, are "
        "neither counted nor accused); one figure printed in other scales and precisions "
        "(`6,809.9億美元`, `680,985` under `百萬美元`, `$681.0 billion`) is one value, a coarser print backs "
        "a finer one it rounds, and a value departs only by a whole step of the coarser print; a value that "
        "is the others' times a power of ten is said to be so (`149億美元` for `1,490億美元`, `14.5萬` for "
        "`14.5億`: a scale word or a digit misprinted, `scale_slips.py`); an amount the others dispute "
        "beside a share (or a part beside a total) they agree with is the misprint, the row's arithmetic "
        "said in its finding",
    ),
    Check(COLUMN_SWAP, (E, W), "two values of one item printed in each other's columns"),
    Check(
        ATTRIBUTE_CONFLICT,
        (E, W),
        "a person's place (nationality) differs from the official list or "
        "the other outlets (a country printed where a body would be, `Jane Roe, President, Aland`, "
        "`山田太郎（甲国）`, is the place); a party tag, or the place a person sits for (`(R-Northshire)`, "
        "`張三（甲黨，北區）`), differs from the one at least two other outlets "
        "print (forms joined only by the outlets' own pairs, `甲黨（AP）`; one outlet against one, or camps: "
        "warning); "
        "a post that is another listed person's, or of another office than the one at "
        "least two other Chinese outlets give (`保安局局長` for `律政司司長`; characters every post shares, "
        "`香港`, `處長`, are no evidence); a head of government's post for a head of state's or the reverse "
        "(`總理` where at least two other outlets, in any language, print `總統`, `大統領`, `President`, and "
        "none agrees); two people who exchanged theirs are one finding",
    ),
    Check(TAXONOMY_DIFFERS, (W,), "outlets group the list into categories that match but count differently"),
    Check(POSSIBLE_MISTRANSLATION, (W,), "a Chinese name drops a key word that the other outlets keep"),
    Check(
        MISSPELT_NAME,
        (W,),
        "a Japanese person's name in kanji, or a Chinese person's read alike in Mandarin (the name another "
        "outlet prints in pinyin), with one character other than the one at least two other outlets print, "
        "in every script's forms (`憲` for `賢`, `揚` for `陽`)",
    ),
    Check(ACRONYM_MISMATCH, (W,), "an acronym clearly contradicts the English name it is attached to"),
    Check(
        STORY_CONFLICT, (W,), "outlets disagree about the list as a whole: instrument, date signed, signer"
    ),
    Check(
        NAMING_VARIANT,
        (INFO,),
        "an entity written in several ways, with the outlets using each (the glossary)",
    ),
    Check(PERSON_VARIANT, (INFO,), "a person's name transliterated differently"),
)

BY_KIND = {c.kind: c for c in CHECKS}
