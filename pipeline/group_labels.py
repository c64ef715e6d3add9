"""Naming a group in words (a count in prose, an assertion beside a name): ``match_label`` finds the
group whose printed labels the words carry, with the same negation (``非X`` is not ``X``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import NEGATION_AFTER_RE, NEGATION_BEFORE_RE
from pipeline.lang.scripts import CJK, KANA, fold_pattern, simplified

MIN_LABEL_MATCH = 0.5  # share of a label's own words (bigrams) a phrase must carry to name that group
# words every group label may carry: what is counted, not which group (``組織``, ``countries``), and the
# prepositions of a lead-in (``Entry from seven countries``: ``from`` names no group; ``to`` stays, the
# word of a range ``2% to 3%``)
_GENERIC_WORDS_RE = re.compile(
    fold_pattern(
        r"國際性|國際|全球|組織|機構|實體|單位|團體|機關|國家|經濟體|地區|人士|個人|人員|名單|清單|列表|相關|有關|的"
    )
    + r"|\b(?:the|international|organi[sz]ations?|entities|entity|bodies|body|agencies|countries|"
    r"nations|economies|people|persons|individuals|list|of|and|from|into|for|with|by)\b",
    re.IGNORECASE,
)


_DATE_WORDS_RE = re.compile(r"\d+\s*[年月日号]|[周週]\s*[一二三四五六日天]|星期[一二三四五六日天]")


def label_words(label: str) -> tuple[frozenset[str], bool]:
    """A group label's own words, as a set of folded character bigrams (Chinese, Japanese) and words
    (Latin), with counts, counters, generic nouns and punctuation left out; and whether it is negated
    (``非甲類``, ``non-X``, ``X以外``)."""
    text = simplified(unicodedata.normalize("NFKC", label or "")).casefold()
    for c in reversed(find_counts(text)):
        text = text[: c.start] + text[c.end :]
    text = _DATE_WORDS_RE.sub(" ", text)  # "6月5日", "周三": a date names no group by its characters
    negated = bool(NEGATION_BEFORE_RE.search(text))
    text = NEGATION_BEFORE_RE.sub(" ", text)
    after = NEGATION_AFTER_RE.search(text)
    if after is not None and not text[after.end() :].strip(" 的组织机构"):
        negated, text = True, text[: after.start()] + " " + text[after.end() :]
    text = _GENERIC_WORDS_RE.sub(" ", simplified(text))
    words: set[str] = set(re.findall(r"[a-z][a-z0-9\-]+", text))
    for run in re.findall(f"[{CJK}{KANA}]+", text):
        words |= {run} if len(run) == 1 else {run[k : k + 2] for k in range(len(run) - 1)}
    return frozenset(words), negated


# "(2)": what the readers call the second value under a column the article does not label (no word of it)
NUMBERED_LABEL_RE = re.compile(r"^\(\d+\)$")


def match_label(phrase: str, labels: Mapping[str, Sequence[str]]) -> str | None:
    """The group (key of ``labels``: id -> the labels it is printed under) a phrase names: the one whose
    best label has the largest share of its words in the phrase, at least ``MIN_LABEL_MATCH``, with the
    same negation, and ahead of every other group. None when the phrase names none of them clearly."""
    words, negated = label_words(phrase)
    if not words:
        return None
    scores: list[tuple[float, str]] = []
    for gid, printed in labels.items():
        best = 0.0
        for label in printed:
            own, neg = label_words(label)
            if own and neg == negated:
                best = max(best, len(words & own) / len(own))
        scores.append((best, gid))
    scores.sort(key=lambda t: (-t[0], t[1]))
    if not scores or scores[0][0] < MIN_LABEL_MATCH:
        return None
    if len(scores) > 1 and scores[1][0] >= scores[0][0]:
        return None
    return scores[0][1]
