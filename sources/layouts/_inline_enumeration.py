"""One inline enumeration read from the pieces of a clause (``Enumeration``): where its lead-in ends and
its closing starts, the count written after it (``等12國``, ``の12カ国``) or in its lead-in (``以下12國：``),
the label before a colon or in brackets (``全面禁止入境：``, ``【甲類】``: ``_inline_labels``), and, in
English and Japanese, the context words around it that tell two enumerations of one sentence apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.counts import find_counts
from pipeline.lang.leads import (
    CONTINUED_AFTER_RE,
    RELATIVE_CLAUSE_RE,
    SELECTION_RE,
)
from pipeline.lang.not_counts import NOT_A_COUNT_AFTER_RE, NOT_A_COUNT_BEFORE_RE
from pipeline.lang.numbers import CN_NUM_CHARS
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._inline_bounds_en import trailing_name_start, values_in_turn_start
from sources.layouts._inline_bounds_zh import ja_name_start
from sources.layouts._inline_context import headed_pair
from sources.layouts._inline_context_label import context_label
from sources.layouts._inline_counted_extra import extra_after_count
from sources.layouts._inline_en_counts import en_count_of_any_noun, values_after_aside
from sources.layouts._inline_labels import label_before
from sources.layouts._inline_pairs import pairs_at_one_value
from sources.layouts._inline_piece_shapes import (
    DATE_PIECE_RE,
    MIN_ITEMS,
    longest_run,
    name_shaped,
    trim,
)
from sources.layouts._inline_pieces import (
    ELLIPSIS_RE,
    Enumeration,
    cut_at_verb,
    item_spans,
    joined_pairs,
    split_final,
)
from sources.layouts._inline_selection import examples_cue, examples_of_a_hedged_whole
from sources.layouts._inline_series_sentence import series_sentence_count
from sources.layouts._inline_shared_values import shared_values
from sources.layouts._inline_values import shared_value_zh

CLOSE_COUNT_WINDOW = 14  # characters after the last item where a closing count may stand


# the word closing a run of examples before their count: 等, and in Japanese ら, など ("A、Bら40カ国")
_DENG_RE = re.compile(r"\s*(?:等(?!等)|など|ら)")
# the preposition that leads a figure in after the last name (``…、丙國以190個並列第二``): no part of it
_BY_FIGURE_RE = re.compile(r"以(?=\s*[0-9０-９" + CN_NUM_CHARS + "])")


def _closing_count(text: str, end: int, hi: int) -> tuple[int | None, int]:
    window = text[end : min(hi, end + CLOSE_COUNT_WINDOW)]
    for c in find_counts(window):
        if c.start <= 4 or re.match(fold_pattern(r"^\s*(?:等|共|など|の|合計)"), window):
            return c.value, end + c.end
        break
    return None, end


# the article that opens the first item's words, which the item leaves out: "Region (3): the Aland Islands, …"
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w'’\-])(?:the|an?)\s+$", re.IGNORECASE)


# a name after a Japanese lead-in's last particle: Chinese characters or katakana only, no kana of grammar
_KANJI_OR_KATAKANA_RE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc・]+")


def _before_article(text: str, lead_start: int, start: int, east_asian: bool) -> int:
    """Where the lead-in ends before the first item: before the English article it opens with, so that
    the lead-in still ends at its colon or count."""
    m = None if east_asian else _ARTICLE_BEFORE_RE.search(text, lead_start, start)
    return m.start() if m is not None else start


def _name_run(
    text: str, a: int, b: int, east_asian: bool, *, labelled_one: bool
) -> tuple[list[tuple[int, int]], bool] | None:
    """The items of ``text[a:b]`` split on its separators: the longest run of name-shaped pieces, and
    whether it reaches the clause's end."""
    spans = item_spans(text, a, b, east_asian)
    if spans is None and labelled_one:
        spans = [trim(text, a, b)]
    if not spans:
        return None
    if not east_asian:
        spans = _asides_joined(text, joined_pairs(text, cut_at_verb(text, spans)))
    flags = [name_shaped(text[s:e], east_asian) and not DATE_PIECE_RE.match(text[s:e]) for s, e in spans]
    lo, hi = longest_run(flags)
    at_end = hi == len(spans)
    before = spans[lo - 1] if lo > 0 and hi - lo >= 2 else None
    spans = spans[lo:hi]
    if east_asian and spans:  # "3日、市民栄誉賞を山田太郎さん、…": the run's first piece opens
        described = len(spans) >= 2 and all("の" in text[s:e] for s, e in spans[1:])
        spans[0] = (ja_name_start(text, *spans[0], described=described), spans[0][1])  # with the lead-in's
    if east_asian and before is not None:
        # "…全面的に禁止する対象にA、B、C": a piece too long for a name ends in one after its particle
        ja_cut = ja_name_start(text, *before)
        name = text[ja_cut : before[1]]
        if ja_cut > before[0] and _KANJI_OR_KATAKANA_RE.fullmatch(name) and name_shaped(name, east_asian):
            spans = [(ja_cut, before[1]), *spans]
        before = None
    if before is not None and (cut := trailing_name_start(text, *before)) is not None:
        if name_shaped(text[cut : before[1]], east_asian):  # "…went to Aland (41 %), Borduria (39 %)"
            spans = [(cut, before[1]), *spans]
    if spans and not east_asian and (cut := values_in_turn_start(text, *spans[-1], b)):
        spans[-1] = (spans[-1][0], cut)  # "A, B and C at 20%, 19% and 18% respectively": C's name alone
    if spans and (not at_end or len(spans) == 1):  # the run's last piece may hold "X and Y"
        spans = [*spans[:-1], *(trim(text, s, e) for s, e in split_final(text, *spans[-1]))]
    return spans, at_end


def _asides_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A relative clause between commas says more of the item before it, it is no item
    (``Jane Roe of Aland, who was re-elected, and John Doe``)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and RELATIVE_CLAUSE_RE.match(text[s:e]):
            continue
        out.append((s, e))
    return out


def read_enumeration(
    text: str,
    lead_start: int,
    a: int,
    b: int,
    east_asian: bool,
    clause_start: int | None = None,
    *,
    labelled_one: bool = False,
    numbered: Sequence[tuple[int, int]] = (),
) -> Enumeration | None:
    """The enumeration of ``text[a:b]`` (a clause from ``lead_start``; ``clause_start`` where its
    sentence starts when that is earlier, for its context), or None. ``labelled_one``: one name after a
    label and its colon is a candidate too (``39%的有：甲國``, a group of one among labelled groups).
    ``numbered``: the items' spans as their numbers part them (``（一）…；（二）…``), taken as they are."""
    if numbered:
        spans, at_end = list(numbered), True
    else:
        found = _name_run(text, a, b, east_asian, labelled_one=labelled_one)
        if found is None:
            return None
        spans, at_end = found
    paired = None if east_asian or numbered else pairs_at_one_value(text, spans)
    if paired is not None:  # "Aland and Borduria at 25%, Carpathia at 40%": two items a piece, one value
        spans = paired[0]
    if (
        spans
        and (by := _BY_FIGURE_RE.match(text, spans[-1][1] - 1)) is not None
        and by.start() > spans[-1][0]
    ):
        spans[-1] = (spans[-1][0], by.start())  # "甲國、乙國以190個並列第二": 以 leads the figure in
    stated, closing_end = _closing_count(text, spans[-1][1], b) if spans and at_end else (None, 0)
    if stated is not None and len(spans) * 2 < stated and _DENG_RE.match(text, spans[-1][1]):
        stated = None  # "甲國、乙國等40個經濟體", "A、Bら40カ国": examples of forty (fewer than half)
    if stated is not None and (extra := extra_after_count(text, closing_end, b, east_asian)) is not None:
        spans, stated, closing_end = [*spans, extra], None, 0  # "…等3國以及丁地區": the count is the run's
    if not spans:
        return None
    start = spans[0][0]
    lead_end = a if numbered else _before_article(text, lead_start, start, east_asian)
    lead = text[lead_start:lead_end]  # "…如下：（一）": the first number is no count
    label, label_span = label_before(text, lead_start, lead_end)
    if paired is not None:
        shared = paired[1]
    elif east_asian:
        shared = shared_value_zh(text, spans, closing_end, b)
    else:
        shared = shared_values(text, spans, b)
    count_span = (spans[-1][1], closing_end)
    introduced = False  # the count is the lead-in's own: "將3家企業列入名單，分別是A、B"
    if stated is None and (series := series_sentence_count(text, lead_start, lead_end)) is not None:
        (stated, count_span), introduced = series, True  # "The first tier covers 5 allies …: A, B, …"
    if stated is None:
        counts = find_counts(lead)
        tail = lead[counts[-1].end :] if counts else ""
        before = lead[max(0, counts[-1].start - 12) : counts[-1].start] if counts else ""
        approximate = bool(counts) and (
            (NOT_A_COUNT_BEFORE_RE.search(before) is not None and not _ANAPHORA_RE.search(before))
            or NOT_A_COUNT_AFTER_RE.match(lead[counts[-1].end :]) is not None
        )  # "在上百個國家推動…，包含A、B", "約60個經濟體，包括…": no count of the items ("這12國分別是" is)
        if counts and not approximate and _LEAD_COUNT_TAIL_RE.fullmatch(tail.strip(WHITESPACE)):
            stated, introduced = counts[-1].value, True
            count_span = (lead_start + counts[-1].start, lead_start + counts[-1].end)
        elif (
            not approximate
            and not east_asian
            and (bound := en_count_of_any_noun(text, lead_start, start, spans))
        ):
            stated, count_span = (
                bound  # "The magazine named 3 billionaires: A, B and C", "A, B and C, the three…"
            )
            introduced = count_span[1] <= start
            if not introduced and (aside := values_after_aside(text, count_span[1], b, spans)) is not None:
                shared = (
                    aside  # "A, B and C, the three hit hardest, will face 20%, 19% and 18%, respectively"
                )
            elif not introduced:
                return None  # values after the aside that no name takes: read in part, left unread
    if not numbered and stated is not None and len(spans) < stated:
        # "The 11 officials are: A; B; C; Secretary for Justice D; …": the run stops where a piece is no
        # name by its shape while the clause goes on with more pieces; read in part, left unread
        sep = "、" if east_asian else ";" if text.count(";", a, b) >= MIN_ITEMS - 1 else ""
        if sep and sep in text[spans[-1][1] : b] and closing_end <= spans[-1][1]:
            return None  # (a count closing the run ends it: "A、BなどX カ国で、…" goes on past it)
    # two items make a list when the article counts them (a closing count of two, or the lead-in's own
    # count, whatever its value: a list that says three and names two is short), as one labelled group
    # among others, as the examples a selection cue introduces ("among them A and B") or with the value
    # they share
    pair = len(spans) == 2 and (
        stated == 2
        or introduced
        or label
        or examples_cue(lead)
        or bool(shared)
        or headed_pair(text, spans, shared)
        or CONTINUED_AFTER_RE.match(text, spans[-1][1]) is not None  # "A and B. Also named were C, D…"
    )
    if len(spans) < MIN_ITEMS and not pair and not (labelled_one and label and len(spans) == 1):
        return None
    closing = text[spans[-1][1] : max(closing_end, spans[-1][1]) + 2]
    selection = bool(
        SELECTION_RE.search(lead)
        or ELLIPSIS_RE.search(text[start : spans[-1][1]])
        or "等" in closing
        or (stated is None and examples_of_a_hedged_whole(lead, len(spans)))  # "逾50國…，包括A、B、C"
    )
    end = max(closing_end, spans[-1][1], *(e for _, e in shared))
    context = context_label(text, lead_start if clause_start is None else clause_start, start, end, b)
    return Enumeration(
        tuple(spans), lead_start, end, stated, label, label_span, selection, count_span, context, shared
    )


# what may follow a count that introduces the enumeration: "12個國家是", "以下12國：", "the 12 countries are"
# "這12國分別是…", "these 12 are": the count said again right before the items it counts
_ANAPHORA_RE = re.compile(fold_pattern(r"(?:這|此)\s*$") + r"|\b(?:these|those)\s*$", re.IGNORECASE)
_LEAD_COUNT_TAIL_RE = re.compile(
    fold_pattern(r"[^\s，,。]{0,4}?(?:[，,]?\s*(?:是|為|係|包括|包含|分別是|分別為|如下|有))?\s*[：:]?")
    # "有15個新增適用國家：": the words that qualify the counted noun, right before the colon
    + fold_pattern(r"|[^\s，,。：:、]{0,10}[：:]")
    + fold_pattern(
        r"|[^\s，,。]{0,16}?[，,]\s*(?:(?:名單|清單)?(?:包括|包含)|分別是|分別為|即|(?:他們|她們|它們)(?:是|為))"
        r"\s*[：:]?"
    )
    + r"|\s*(?:\w+\s+){0,4}(?:are|were|include|includes|including)\s*:?|\s*:"
    # "Nationals of seven countries face partial restrictions:": a few words, then the colon
    + r"|\s*(?:[\w'’\-]+\s+){0,4}[\w'’\-]+\s*:",
    re.IGNORECASE,
)
