"""Counts in prose with any counter word, and which of them count the article's own list.

News text is full of counts: ``全面禁止12個國家``, ``19國人民入境美國受限``, ``writes to 14 nations``,
``日本など１４か国``, but also ``約60個貿易夥伴``, ``seven majority-Muslim nations`` (another, older list),
``兩名法官及兩名副檢察官`` (a breakdown of the list), ``125個締約國`` (something else altogether). A count
read as the list's when it is not becomes a false accusation, so each count is read with what binds it:

- **not a count of a list at all**: an approximation or ordinal before it (``約``, ``第``, ``about``,
  ``more than``), a running total (``增至``, ``rises to``), one of several counts joined as parts
  (``two judges and two deputy prosecutors``), a past event (a year, or a month, before the article's);
- **qualified** (``weak``): the counted noun carries words of its own (``majority-Muslim nations``,
  ``穆斯林為主國家``, ``ICC官員``) or is a role (``法官``, ``judges``, ``副検察官2人``): it may count a
  part of the list, so it is kept only where it agrees with the list;
- **bound** (``strong``): a total word (``合計``, ``共``, ``in all``), words of all of a kind (``All 5
  allies``, ``全部5個盟國``, ``全5カ国``: ``lang.all_of``), the end of an enumeration
  (``日韓等14國``, ``日本など``, ``including``), or the decision's own verb in its clause (``禁止``,
  ``sanctions``, ``bars``): it is the article's claim about its list, whatever its value.

``ProseCount.phrase`` is the clause around the count, the words that may name a group; the caller binds
the count to the article's list or to one of its groups (``pipeline.claims``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from pipeline.lang.all_of import counts_all_of
from pipeline.lang.counts import find_counts
from pipeline.lang.decision_cues import THIS_WEEK_RE
from pipeline.lang.group_cues import COMPLEMENT_RE
from pipeline.lang.not_counts import NOT_A_COUNT_AFTER_RE, NOT_A_COUNT_BEFORE_RE
from pipeline.lang.numbers import EN_NUMBER_WORDS
from pipeline.lang.scripts import CJK, KANA
from pipeline.prose_count_nouns import is_qualified, role_of
from pipeline.prose_count_parts import broken_down, by_property, counts_the_others
from pipeline.prose_count_strength import is_strong, names_a_list, total_word_before

MIN_COUNT = 2  # "one judge" names an item, it does not count a list

_EAST = f"{CJK}{KANA}"
# clause boundaries: punctuation, and a blank between two East Asian characters (a headline's parts)
_CLAUSE_RE = re.compile(rf"[，,；;：:！？!?。\n\u3000]|(?<=[{_EAST}])\s+(?=[{_EAST}\d０-９])")
_JA_CLAUSE_RE = re.compile(rf"[、，,；;：:！？!?。\n\u3000]|(?<=[{_EAST}])\s+(?=[{_EAST}\d０-９])")


@dataclass(frozen=True, slots=True)
class ProseCount:
    value: int
    start: int  # the count (number and counter) in the article text
    end: int
    phrase: str  # the clause around the count
    strong: bool  # bound to the list by a total word, the end of an enumeration or the decision's verb
    complement: bool  # "the other 7", "另外7國", "このほか７カ国": the rest of the list after a group
    earlier: bool = False  # of an earlier event (kept only when asked for: ``counts_in(keep_earlier=True)``)
    # the role a qualified count counts in a clause with the decision's verb or a total word (``制裁4名法官``
    # -> "法官", ``sanctions four judges`` -> "judge"): bound where every item of its list has that title
    role: str = ""
    totalled: bool = False  # a total word right before it (``合計20國``): the whole list's count
    # joined to another count by a conjunction (``7名甲方官員及4名乙方官員``): a part of something, kept
    # only when asked for (``counts_in(keep_parts=True)``)
    part: bool = False
    # a number with no noun that takes up a count made before (``barred 11 countries … the 11 had failed``):
    # a count of the list only where the list has that many items
    echo: bool = False
    # says it is all of its kind (``All 5 allies``, ``全部5個盟國``: ``lang.all_of``): the list's count only
    # where it is a miscount of the list at most, else the count of a whole the list is drawn from
    whole: bool = False


_KANA_RE = re.compile(f"[{KANA}]")


def _clause_of(sentence: str, i: int, j: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``sentence[i:j]`` (in Japanese ``、`` is a pause that ends one)."""
    lo = 0
    pattern = _JA_CLAUSE_RE if _KANA_RE.search(sentence) else _CLAUSE_RE
    for m in pattern.finditer(sentence):
        if m.end() <= i:
            lo = m.end()
        elif m.start() >= j:
            return lo, m.start()
    return lo, len(sentence)


# "the 11" and a verb or a pause after it, no noun: the number takes up a count made before
_ECHO_RE = re.compile(
    r"\bthe\s+(?P<n>\d{1,3}|" + "|".join(EN_NUMBER_WORDS) + r")\b"
    r"(?=\s*[,;.]|\s+(?:were|are|had|have|has|will|would|must|may|could|can|did|do|all|face[sd]?"
    r"|include[sd]?|[a-z]+ed)\b)",
    re.IGNORECASE,
)


def _echoes(
    sentence: str,
    lo: int,
    said: set[int],
    taken: Sequence[tuple[int, int]],
    counts: Sequence[tuple[int, int]],
) -> list[ProseCount]:
    """``Officials said the 11 had failed …`` after ``barred travellers from 11 countries``: a number with
    no noun after it that takes up a count an earlier sentence made (``echo``)."""
    out = []
    for m in _ECHO_RE.finditer(sentence):
        raw = m.group("n")
        value = int(raw) if raw.isdigit() else EN_NUMBER_WORDS[raw.lower()]
        a, b = lo + m.start("n"), lo + m.end("n")
        if value < MIN_COUNT or value not in said or any(x < b and a < y for x, y in taken):
            continue
        if any(x < m.end() and m.start() < y for x, y in counts):
            continue  # "the 11 countries": a count with its noun
        ca, cb = _clause_of(sentence, m.start(), m.end())
        out.append(ProseCount(value, a, b, sentence[ca:cb].strip(), False, False, echo=True))
    return out


def counts_in(
    text: str,
    spans: Iterable[tuple[int, int]],
    *,
    skip: Iterable[tuple[int, int]] = (),
    past: Callable[[str], bool] | None = None,
    keep_earlier: bool = False,
    keep_parts: bool = False,
) -> list[ProseCount]:
    """The counts of ``text`` inside ``spans`` (its sentences) that may count a list, outside ``skip``
    (headings, list items, counts read already); ``past`` tells whether the words of a sentence up to a
    count speak of an earlier event (such a count is left out, or with ``keep_earlier`` kept and flagged)."""
    taken = sorted(skip)
    out: list[ProseCount] = []
    said: set[int] = set()  # the values counted so far, with a noun
    for lo, hi in spans:
        sentence = text[lo:hi]
        found = find_counts(sentence)
        out.extend(_echoes(sentence, lo, said, taken, [(c.start, c.end) for c in found]))
        said.update(c.value for c in found if c.counter)
        pairs = [(c.start, c.end) for c in found]
        for c in found:
            a, b = lo + c.start, lo + c.end
            if not c.counter or c.value < MIN_COUNT or any(x < b and a < y for x, y in taken):
                continue
            if NOT_A_COUNT_BEFORE_RE.search(sentence[max(0, c.start - 12) : c.start]):
                continue
            if NOT_A_COUNT_AFTER_RE.match(sentence[c.end : c.end + 3]):
                continue
            part = (
                broken_down(sentence, c.start, c.end, pairs)
                or counts_the_others(sentence, c.start, c.end)
                or by_property(sentence, c.start, c.end)
            )
            if part and not keep_parts:
                continue
            ca, cb = _clause_of(sentence, c.start, c.end)
            clause = sentence[ca:cb]
            # the words that may name its group: its clause, without the words of the counts beside it
            # ("１２カ国からの入国を全面的に禁止し、７カ国からの入国を一部制限する")
            pa = max([ca, *(y for x, y in pairs if ca <= x and y <= c.start)])
            pb = min([cb, *(x for x, y in pairs if c.end <= x and y <= cb)])
            # counts in turn parted by a pause ("12國全面禁止、7國部分限制"): the words on its side of it
            if pa > ca and (cut := sentence.rfind("、", pa, c.start)) >= 0:
                pa = cut + 1
            if pb < cb and (cut := sentence.find("、", c.end, pb)) >= 0:
                pb = cut
            before = past is not None and past(sentence[: c.end]) and not THIS_WEEK_RE.search(clause)
            if before and not keep_earlier:
                continue
            qualified = is_qualified(sentence, c.start, c.end, c.counter)
            decided = is_strong(sentence, clause, c.start, c.end)
            # a count the words call a list's length (``8人名單``, ``the full list of 69 trading partners``)
            # is that list's, whatever words its noun carries
            named_list = names_a_list(sentence, c.start, c.end)
            whole = counts_all_of(sentence, c, qualified=qualified)  # ``All 5 allies``, ``全部5個盟國``
            strong = (not qualified and decided) or named_list or whole
            complement = COMPLEMENT_RE.search(sentence[max(ca, c.start - 6) : c.end]) is not None or bool(
                re.search(r"ほか\s*$", sentence[max(0, c.start - 4) : c.start])
            )
            phrase = sentence[pa:pb].strip()
            # a part's role too: which of the kinds counted in turn are people (``10名人員和4個實體``)
            role = role_of(sentence, c.start, c.end, c.counter) if (qualified or part) and decided else ""
            totalled = strong and total_word_before(sentence, c.start)
            out.append(
                ProseCount(
                    c.value, a, b, phrase, strong, complement, before, role, totalled, part, whole=whole
                )
            )
    return out
