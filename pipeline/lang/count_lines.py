"""Counts a line or a caption states of the list it stands by: a total line under a list (``（共計12國）``,
``以上3國``, ``Total: 12 countries``), a tally after a dash, the first N of a ranking (``前10``, ``top 10``),
the first N places, and the total words before a sum.
"""

from __future__ import annotations

import re

from pipeline.lang.counted_nouns import POLITY, counted_noun, noun_kind
from pipeline.lang.counts import Count, find_counts
from pipeline.lang.numbers import CN_NUM, CN_NUM_CHARS, DIGITS, EN_WORD_NUMBER, parse_count
from pipeline.lang.scripts import fold_pattern

TOTAL_WORD_RE = re.compile(fold_pattern(r"共\s*計?|總\s*[計共數]|合計|一共|全部|総計|計"), re.IGNORECASE)
# a total word shortly before an amount: the amount is a sum over items (``合共每日約166萬桶``, ``totalling
# about 1.66 million``, ``add up to about 1.66 million``, ``合計で日量約166万``), never one item's own value
SUM_BEFORE_RE = re.compile(
    r"(?:"
    + fold_pattern(r"合共|共計|總計|總共|合計|一共|累計|合わせて|全体で")
    + r"|\btotal(?:l?ing|l?ed)?\b|\ba total of|\bin all\b|\bcombined\b|\badd(?:s|ed|ing)? up to\b)"
    + r"[^。.，,；;、]{0,8}$",
    re.IGNORECASE,
)
# words anywhere before a figure in its sentence that say it is of several together ("Together the four
# accounted for 75%", "The top 10 combined accounted for 82%", "十國合計佔82%")
TOGETHER_RE = re.compile(
    r"\b(?:together|combined|jointly|between them)\b|" + fold_pattern(r"合共|共計|合計|合わせて"),
    re.IGNORECASE,
)
# a line under a list that gives its total: "（共計12國）", "共7人", "以上合計5家"
_TOTAL_LINE_RE = re.compile(
    r"^[（(]?(?:以上)?(?:" + TOTAL_WORD_RE.pattern + r")\s*[^\s（）()，,。]{1,8}[）)]?[。.]?$"
)
# "以上3國" (the above: 3 countries) says the same with no total word, the count alone after it
_ABOVE_RE = re.compile(r"^[（(]?以上[、，,：:]?\s*(?P<rest>[^（）()]+?)[）)]?$")
# the same in English: "Total: 12 countries", "(In all, 12)", "12 countries in total."
_EN_TOTAL_LINE_RE = re.compile(
    r"^\(?(?:(?:in\s+)?total|in\s+all|altogether)\s*[:,]?\s*(?:of\s+)?\w+(?:\s+\w+)?\)?\.?$"
    r"|^\(?\w+(?:\s+\w+)?\s+(?:in\s+total|in\s+all|altogether)\)?\.?$",
    re.IGNORECASE,
)
# a dash that opens a line under a list, the tally of its names after it (``— 17 countries``, ``——17國``)
_TALLY_DASH_RE = re.compile(r"^(?:——|[—–－-])\s*")
_TALLY_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{0,3}")


def total_line(text: str) -> int | None:
    """The total a line under a list states (``（共計12國）``, ``以上3國``, ``Total: 12 countries``, ``— 12
    countries``, ``——共12國``), None when the line is no such total. After a dash the line is one count
    with its counter word and nothing else: ``— 193 destinations`` counts no items (no counter),
    ``Aland – 12 countries`` is a name's line."""
    if (dash := _TALLY_DASH_RE.match(text)) is not None:
        rest = text[dash.end() :].rstrip("。.")
        if (word := TOTAL_WORD_RE.match(rest)) is not None:
            rest = rest[word.end() :].lstrip()  # "——共3国"
        return count_line(rest)
    counts = find_counts(text)
    total = _TOTAL_LINE_RE.match(text) or _EN_TOTAL_LINE_RE.match(text)
    if total is None and (above := _ABOVE_RE.match(text)) is not None:
        return count_line(above.group("rest"))
    return counts[0].value if len(counts) == 1 and total else None


def tally_line(text: str) -> int | None:
    """The count a line of a group's tally states, whether it closes the group (``（共3國）``, ``以上3國``,
    ``— 3 countries``) or opens it under its label (``17 countries``, ``17カ国``); None for any other line."""
    s = text.strip()
    found = total_line(s)
    return found if found is not None else count_line(s)


def count_line(text: str) -> int | None:
    """The count a line of one count and nothing else states (``17 countries``, ``17國``, ``17個國家``,
    ``17カ国``): with its counter word, perhaps a polity's noun after its classifier, not ``193個目的地``
    nor a bare ``17``; None for any other line."""
    rest = text.strip().rstrip("。.")
    counts = find_counts(rest)
    after = rest[counts[0].end :] if len(counts) == 1 else "-"
    noun = not after or (len(counts) == 1 and noun_kind(counted_noun(rest, counts[0])) == POLITY)
    whole = counts and counts[0].counter and not counts[0].start and _TALLY_NOUN_RE.fullmatch(after)
    return counts[0].value if whole and noun else None


# the first N of a ranking, with no noun ("top 10 by points", "前10", "上位10"), or the N largest or
# strongest of a kind ("十大企業", "五大銀行", "指數十強"; not "第十大", one place of a ranking): counts a
# table it captions
_TOP_RE = re.compile(
    rf"\btop\s+(?P<en>{DIGITS}|{EN_WORD_NUMBER})\b|(?:前|上位)\s*(?P<n>{DIGITS}|[{CN_NUM_CHARS}]{{1,3}})"
    # "前十的國家", "前10": not the first ten years, months, days, rounds or quarters ("前十年", "前三季")
    + fold_pattern(r"(?!\s*(?:個|个)?(?:年|月|天|日|週|周|季|屆|期|次|輪|場|小時|分鐘))")
    + rf"|(?<![第{CN_NUM_CHARS}0-9])(?P<zh>[{CN_NUM_CHARS}]{{1,3}}|[0-9]{{1,3}})[大強强](?=[\u4e00-\u9fff])",
    re.IGNORECASE,
)


def top_count(text: str) -> Count | None:
    """The size of the ranking a caption announces (``Final table, top 10 by points``), else None."""
    m = _TOP_RE.search(text)
    if m is None:
        return None
    raw = m.group("en") or m.group("n") or m.group("zh")
    value = parse_count(raw)
    if m.group("zh") and (value or 0) < 2:
        return None  # "一大批": a great many, no ranking
    return Count(value, "", m.start(), m.end()) if value else None


# a lead-in that counts what it introduces with no noun, the list's own words for them ("The nine are:",
# "These 12 were:", "The 12:")
_THE_N_ARE_RE = re.compile(
    rf"^\s*(?:the|these|those|all)\s+(?P<en>{DIGITS}|{EN_WORD_NUMBER})(?:\s+(?:are|were))?\s*[:：]\s*$",
    re.IGNORECASE,
)


def bare_lead_in_count(text: str) -> Count | None:
    """The count of a lead-in that names no noun (``The nine are:``), else None."""
    m = _THE_N_ARE_RE.match(text)
    value = parse_count(m.group("en")) if m is not None else None
    return Count(value, "", m.start("en"), m.end("en")) if m is not None and value else None


# the first N places of a ranking ("前三名", "前3位", "上位3位", "top three places", "the top 3 spots"): a
# count of places, which tied items share; not "前6名企業" (six companies) nor "上位3カ国"
_PLACES_RE = re.compile(
    rf"(?:前|上位)\s*(?P<zh>{DIGITS}|{CN_NUM})\s*[名位](?![\u4e00-\u9fff](?<![共如為为是依出]))"
    rf"|\btop\s+(?P<en>{DIGITS}|{EN_WORD_NUMBER})\s+(?:places|spots|ranks|positions)\b",
    re.IGNORECASE,
)


def places_count(text: str) -> int | None:
    """How many places of a ranking ``text`` counts (``前三名`` -> 3, ``top three places`` -> 3), else None:
    a count of places, not of the items, which may share them."""
    m = _PLACES_RE.search(text)
    return parse_count(m.group("zh") or m.group("en")) if m else None
