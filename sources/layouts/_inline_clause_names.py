"""The name at the head of a valued clause (``_inline_clauses``): in Chinese or Japanese after the
head's last pause and a lead-in's last kana, without the verb or particle after it (``_zh_name``); in
English the capitalized words before the verb or the words saying what the figures are (``_en_name``);
each with whether words stood before it."""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import (
    CHANGE_WORD_RE,
    CLAUSE_CHANGE_VERB_RE,
    CLAUSE_LEAD_WORD_RE,
    CLAUSE_NAME_AFTER_RE,
    CLAUSE_SOURCE_RE,
    CLAUSE_TIME_WORD_RE,
    EN_POSSESSIVE_RE,
    MEASURE_END_RE,
)
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, ZH_CLAUSE_NAME_RE, strip_article, trim

_PAUSE_RE = re.compile(r"[，,：:]")
_HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
_EN_NAME_AT_END_RE = re.compile(f"(?:{EN_NAME_RUN_RE.pattern})$")
_CAPITAL_RE = re.compile(r"\b[A-Z]")
_LATIN_IN_PARENS_RE = re.compile(r"[（(][A-Za-z][A-Za-z&/.\- ]*[)）]$")
# what a name's figures are and the verb after it ("'s economy is forecast to grow", "'s growth at")
MAX_EN_HEAD_WORDS = 5
_EN_HEAD_WORDS_RE = re.compile(rf"(?:['’]s)?(?:\s+[a-z][\w\-]*){{1,{MAX_EN_HEAD_WORDS}}}\s*$")


def _zh_name(text: str, s: int, e: int) -> tuple[tuple[int, int], bool] | None:
    """The name at the end of a clause's head (after its last pause and the last kana of a Japanese
    lead-in, without the verb or particle after it), and whether words stood before it."""
    lo = max([s, *(m.end() for m in _PAUSE_RE.finditer(text, s, e))])
    if (lead := CLAUSE_LEAD_WORD_RE.match(text, lo, e)) is not None:
        lo = lead.end()
    own = lo  # where the clause's own words start: a frame around the name is its shape, not a lead-in
    source = CLAUSE_SOURCE_RE.fullmatch(text, lo, e)
    if source is not None:
        lo, e = source.span("name") if source.group("name") else source.span("ja")
    elif (
        verb := CLAUSE_NAME_AFTER_RE.search(text, lo, e) or CLAUSE_CHANGE_VERB_RE.search(text, lo, e)
    ) is not None:
        e = verb.start()
    if (time := CLAUSE_TIME_WORD_RE.search(text, lo + 1, e)) is not None:
        e = time.start()  # "甲國今明兩年經濟增長分別為…": the name, then when and what its figures are
    cut = max([lo, *(m.end() for m in _HIRAGANA_RE.finditer(text, lo, e))])
    led = bool(text[s:own].strip(WHITESPACE)) or cut > lo
    lo = cut
    lo, e = trim(text, lo, e)
    name = _LATIN_IN_PARENS_RE.sub("", text[lo:e])  # "甲乙党（ABC）": the name, its acronym after it
    if not ZH_CLAUSE_NAME_RE.match(name) or MEASURE_END_RE.search(name) or CHANGE_WORD_RE.search(name[-2:]):
        return None
    return (lo, e), led


# a head that is a possessor, in lower case or a capital's word and a common noun, and its verb alone
# ("the euro's falls to", "the Chinese yuan's rises to"): a name of a run some of whose names have
# capitals (``_inline_clauses`` keeps such a run only then)
_EN_LOWER_POSSESSOR_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?P<name>[A-Za-z][\w.\-]*(?:\s+[a-z][\w\-]*){{0,2}})['’]s"
    rf"(?:\s+[a-z][\w\-]*){{1,{MAX_EN_HEAD_WORDS}}}\s*"
)


def _en_name(text: str, s: int, e: int) -> tuple[tuple[int, int], bool] | None:
    """The capitalized name at the end of a clause's head (without the verb after it), and whether words
    stood before it; else a possessor that is the whole head with its verb (``the euro's falls to``,
    ``The Aland dollar's weight rises to``)."""
    named = _en_capitalized(text, s, e)
    if named is None and (low := _EN_LOWER_POSSESSOR_RE.fullmatch(text, *trim(text, s, e))) is not None:
        return low.span("name"), False
    return named


def _en_capitalized(text: str, s: int, e: int) -> tuple[tuple[int, int], bool] | None:
    if (verb := CLAUSE_NAME_AFTER_RE.search(text, s, e)) is not None:
        e = verb.start()
    elif (words := _EN_HEAD_WORDS_RE.search(text, s, e)) is not None and words.start() > s:
        e = words.start()  # "Aland is forecast to grow", "Aland's economy": the name before its words
    if (mark := EN_POSSESSIVE_RE.search(text, s, e)) is not None:
        e = mark.start()
    m = _EN_NAME_AT_END_RE.search(text, s, e)
    if m is None:
        return None
    capital = _CAPITAL_RE.search(text, m.start(), e)  # "…nationals of Aland": the name from its capital
    lo = strip_article(text, capital.start() if capital else m.start(), e)
    if not text[lo : lo + 1].isupper() or MEASURE_END_RE.search(text, lo, e):
        return None
    return (lo, e), bool(
        text[strip_article(text, s, lo) : lo].strip(WHITESPACE + ",;")
    )  # "the Aland": no lead
