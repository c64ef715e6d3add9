"""Inline enumerations: a list printed inside a sentence, the commonest way news prints a short list.

``包括甲國、乙國、丙國……和丁國等12國``, ``全面禁止入境：A、B、C；部分限制：D、E``,
``nationals of Aland, Borduria, Carpathia and Dalmatia``, ``甲国49%、乙国48%``, ``A、B、C…の12カ国``.

The steps, for every clause of the body (a clause ends at ``。；;!?`` or a sentence's full stop):
1. split the clause on its item separator (``、`` in Chinese and Japanese, ``,`` in English) outside
   parentheses; at least ``MIN_ITEMS`` pieces (two with a count after them) make a candidate;
2. cut the first piece after its lead-in (``：``, ``包括``, ``including``, a particle, or, in English, the
   words before the capitalized name) and the last piece before its closing (``等12國``, ``など``,
   ``の12カ国``, ``and N others``), splitting ``X和Y`` / ``X and Y`` into two items;
3. keep the candidate when its items are name-shaped (short, no clause inside) and regular;
4. bind a count written right after it (``等12國``) or in its lead-in to it, and the words before a
   colon (``全面禁止入境：``) as its group label when the article has more than one such enumeration;
5. drop an enumeration whose items another kept one already names (a summary of the list).

How a sentence is cut into pieces is in ``_inline_pieces``, the values names share in ``_inline_values``,
the separators read as ``、`` in ``_inline_separators``, clauses of a name and its figures
(``甲國7465萬噸，占71.1%；乙國…``) in ``_inline_clauses``; this module finds, accepts and groups the
enumerations and marks an article that names examples only (``selection``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.counts import (
    COUNTED_LEAD_END_RE,
    NOT_A_COUNT_AFTER_RE,
    NOT_A_COUNT_BEFORE_RE,
    find_counts,
    lead_in_counts,
)
from pipeline.lang.cues import (
    COMPLETE_RE,
    CONTINUATION_RE,
    CONTINUED_AFTER_RE,
    FINAL_JOINER_RE,
    LEAD_IN_RE,
    LIST_WORD_RE,
    MAIN_ONES_RE,
    PARTITIVE_RE,
    RANKED_PART_RE,
    RELATIVE_CLAUSE_RE,
    SELECTION_RE,
)
from pipeline.lang.numbers import parse_number
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.lang.values import find_values
from pipeline.models import AttributeKind, Heading, unlabelled_group
from sources.base import Document, Extraction
from sources.items import split_item
from sources.layouts._appointments import all_appointments, appointments
from sources.layouts._headings import group_label
from sources.layouts._inline_clauses import valued_clauses
from sources.layouts._inline_counted import counted_before
from sources.layouts._inline_known import known_pairs, known_runs
from sources.layouts._inline_pieces import (
    DATE_PIECE_RE,
    ELLIPSIS_RE,
    MIN_ITEMS,
    Enumeration,
    clause_spans,
    cut_at_verb,
    is_east_asian,
    item_spans,
    ja_name_start,
    joined_pairs,
    longest_run,
    name_shaped,
    split_final,
    trailing_name_start,
    trim,
)
from sources.layouts._inline_ranked import en_valued_pieces, ranked_head, ranked_zh
from sources.layouts._inline_separators import (
    numbered_in_turn,
    paren_numbered_items,
    shifted,
    spaced_block,
    with_latin_separators_read,
    with_separators_read,
)
from sources.layouts._inline_values import (
    counted_pieces,
    gapped_first,
    label_runs_zh,
    shared_value_zh,
    shared_values,
    valued_by_label,
    valued_groups_zh,
    valued_names_zh,
)
from sources.layouts._lines import body_text
from sources.layouts._named_first import (
    JA_NAMED_AND_OTHERS_RE,
    JA_OTHERS_RE,
    MAX_OTHERS_GAP,
    NAMED_AND_OTHERS_RE,
    NAMED_BEFORE_OTHERS_RE,
    OTHERS_LEAD_RE,
    item_span,
    others_count,
)
from sources.layouts._parens import outside_parens, split_top_level
from sources.layouts._records import RawItem, build_mentions
from sources.prose import ALL_SUFFIXES

NAME = "inline"
CLOSE_COUNT_WINDOW = 14  # characters after the last item where a closing count may stand
SELECTION_CUE_WINDOW = 40  # characters before the first item where "among them", "例如" say it gives examples


_DENG_RE = re.compile(r"\s*等(?!等)")
# 等 or など closing a run before the sentence's end or pause (no count after it)
_CLOSING_ETC_RE = re.compile(r"\s*(?:等等|等|など)\s*[。，,；;！!]")
_SENTENCE_RE = re.compile(r"[^。！？!?\n]+")
_LINE_RE = re.compile(r"[^\n]+")


def _closing_count(text: str, end: int, hi: int) -> tuple[int | None, int]:
    window = text[end : min(hi, end + CLOSE_COUNT_WINDOW)]
    for c in find_counts(window):
        if c.start <= 4 or re.match(fold_pattern(r"^\s*(?:等|共|など|の|合計)"), window):
            return c.value, end + c.end
        break
    return None, end


# a label in lenticular brackets before the items, as a colon's words would be: "【甲類】A、B、C"
_BRACKET_LABEL_RE = re.compile(r"【([^【】]{1,20})】\s*$")


_BRACKET_START_RE = re.compile(r"\s*【[^【】]{1,20}】")


def _label(text: str, lead_start: int, first: int) -> tuple[str, tuple[int, int]]:
    """The words before a colon that introduces the enumeration (``全面禁止入境：``), from the last
    comma before it."""
    head = text[lead_start:first]
    if (bracket := _BRACKET_LABEL_RE.search(head)) is not None and (label := group_label(bracket.group(1))):
        return label, (lead_start + bracket.start(1), lead_start + bracket.end(1))  # "【甲類】A、B"
    colon = max(head.rfind("："), head.rfind(":"))
    if colon <= 0 or head[colon + 1 :].strip(WHITESPACE + '「『“"'):
        return "", (0, 0)
    # an English lead-in keeps its commas ("In June, …:"); a Chinese one starts after a comma or after
    # the colon of the sentence's own lead-in ("…如下：稅率為41%的有：")
    commas = "，、：:" if is_east_asian(head) else ""
    colons = len(head[:colon]) - len(head[:colon].rstrip("：:"))  # "甲類：：": one colon printed twice
    comma = max((head.rfind(c, 0, colon - colons) for c in commas), default=-1)
    raw_start = comma + 1
    raw = head[raw_start:colon]
    label = group_label(raw)
    if not label or len(label) > 40:
        return "", (0, 0)
    offset = raw.find(label)
    s = lead_start + raw_start + (offset if offset >= 0 else 0)
    return label, (s, s + (len(label) if offset >= 0 else len(raw)))


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
    before = spans[lo - 1] if lo > 0 and hi - lo >= 2 and not east_asian else None
    spans = spans[lo:hi]
    if east_asian and spans:  # "3日、市民栄誉賞を山田太郎さん、…": the run's first piece opens
        spans[0] = (ja_name_start(text, *spans[0]), spans[0][1])  # with the lead-in's last words
    if before is not None and (cut := trailing_name_start(text, *before)) is not None:
        if name_shaped(text[cut : before[1]], east_asian):  # "…went to Aland (41 %), Borduria (39 %)"
            spans = [(cut, before[1]), *spans]
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


def _enumeration(
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
    stated, closing_end = _closing_count(text, spans[-1][1], b) if spans and at_end else (None, 0)
    if stated is not None and len(spans) * 2 < stated and _DENG_RE.match(text, spans[-1][1]):
        stated = None  # "甲國、乙國等40個經濟體": examples of forty (fewer than half), not a list of forty
    if not spans:
        return None
    start = spans[0][0]
    lead = text[lead_start : a if numbered else start]  # "…如下：（一）": the first number is no count
    label, label_span = _label(text, lead_start, a if numbered else start)
    shared = shared_values(text, spans, b) if not east_asian else shared_value_zh(text, spans, closing_end, b)
    count_span = (spans[-1][1], closing_end)
    introduced = False  # the count is the lead-in's own: "將3家企業列入名單，分別是A、B"
    if stated is None:
        counts = find_counts(lead)
        tail = lead[counts[-1].end :] if counts else ""
        before = lead[max(0, counts[-1].start - 12) : counts[-1].start] if counts else ""
        approximate = bool(counts) and (
            (NOT_A_COUNT_BEFORE_RE.search(before) is not None and not _ANAPHORA_RE.search(before))
            or NOT_A_COUNT_AFTER_RE.match(lead, counts[-1].end) is not None
        )  # "在上百個國家推動…，包含A、B", "約60個經濟體，包括…": no count of the items ("這12國分別是" is)
        if counts and not approximate and _LEAD_COUNT_TAIL_RE.fullmatch(tail.strip(WHITESPACE)):
            stated, introduced = counts[-1].value, True
            count_span = (lead_start + counts[-1].start, lead_start + counts[-1].end)
    # two items make a list when the article counts them (a closing count of two, or the lead-in's own
    # count, whatever its value: a list that says three and names two is short), as one labelled group
    # among others, as the examples a selection cue introduces ("among them A and B") or with the value
    # they share
    pair = len(spans) == 2 and (
        stated == 2
        or introduced
        or label
        or _examples_cue(lead)
        or bool(shared)
        or _headed_pair(text, spans, shared)
        or CONTINUED_AFTER_RE.match(text, spans[-1][1]) is not None  # "A and B. Also named were C, D…"
    )
    if len(spans) < MIN_ITEMS and not pair and not (labelled_one and label and len(spans) == 1):
        return None
    closing = text[spans[-1][1] : max(closing_end, spans[-1][1]) + 2]
    selection = bool(
        SELECTION_RE.search(lead) or ELLIPSIS_RE.search(text[start : spans[-1][1]]) or "等" in closing
    )
    end = max(closing_end, spans[-1][1], *(e for _, e in shared))
    context = _context(text, lead_start if clause_start is None else clause_start, start, end, b)
    return Enumeration(
        tuple(spans), lead_start, end, stated, label, label_span, selection, count_span, context, shared
    )


def _headed_pair(text: str, spans: Sequence[tuple[int, int]], shared: Sequence[tuple[int, int]]) -> bool:
    """Two names on a line of their own under a heading that counts two (``部分限制（2國）``)."""
    above = _heading_line(text, spans[0][0], max([spans[-1][1], *(e for _, e in shared)]))
    return above is not None and [c.value for c in find_counts(text[above[0] : above[1]])] == [2]


def _examples_cue(lead: str) -> bool:
    """The words before two names say they are examples of the list: ``among those designated are``, or
    a selection cue after a count (``seven other nations, among them``, ``14 countries including``)."""
    window = lead[-SELECTION_CUE_WINDOW:]
    if PARTITIVE_RE.search(window):
        return True
    cue = SELECTION_RE.search(window)
    return cue is not None and bool(find_counts(lead[: len(lead) - len(window) + cue.start()]))


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
_JA_PARTICLE_START_RE = re.compile(r"^(?:については|に対しては|に対して|には|では|は|が|を|も|の)")
_JA_TOPIC_END_RE = re.compile(r"(?:となる|である)?(?:のは|は)$")
_JA_PREDICATE_END_RE = re.compile(
    r"(?:する|した|される|された)?(?:という|ということ|とのこと)?(?:です|だ|。)?$"
)
CONTEXT_WORDS = 6  # English words (or 3x this many characters) kept on each side of a context label


_PREPOSITION_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、)?" + fold_pattern(r"(?:對於|針對|對|向|給)") + "$"
)


def _bare(words: str) -> str:
    return LEAD_IN_RE.sub("", SELECTION_RE.sub("", words)).strip(WHITESPACE)


def _context(text: str, lead_start: int, start: int, end: int, clause_end: int) -> str:
    """``宣布全面禁止…公民入境美國``: the words around an enumeration, from the last comma before it to
    the next comma after it, its lead-in and closing words left out."""
    befores = [b.strip(WHITESPACE) for b in re.split(r"[，,：:]", text[lead_start:start])]
    afters = [a.strip(WHITESPACE) for a in re.split(r"[，,]", text[end:clause_end])]
    before, after = befores[-1], afters[0]
    if not _bare(before) and len(befores) > 1:
        # an aside between commas ("…nations, among them A and B, face …"): the words around it; a
        # lead-in word before the colon ("…適用七國，包括：") is passed over too
        back = -3 if len(befores) > 2 and not befores[-1] and not _bare(befores[-2]) else -2
        before = befores[back]
        after = after or (afters[1] if len(afters) > 1 else "")
    before = LEAD_IN_RE.sub("", SELECTION_RE.sub("", before)).strip(WHITESPACE)
    before = _PREPOSITION_RE.sub("", before)  # "一、對A、B等4家企業": the preposition names nothing
    # Japanese particles that tie the words to the items, and the predicate's ending, are no label
    before = _JA_TOPIC_END_RE.sub("", before)
    after = _JA_PREDICATE_END_RE.sub("", _JA_PARTICLE_START_RE.sub("", after))
    if is_east_asian(before + after):
        before, after = before[-3 * CONTEXT_WORDS :], after[: 3 * CONTEXT_WORDS]
    else:
        before = " ".join(before.split()[-CONTEXT_WORDS:])
        after = " ".join(after.split()[:CONTEXT_WORDS])
    return group_label(f"{before}…{after}" if before and after else before or after)


def _clause_enumerations(text: str, a: int, b: int) -> list[Enumeration]:
    clause = text[a:b]
    east_asian = is_east_asian(clause)
    separated = (
        with_separators_read(clause, in_block=spaced_block(text, a))
        if east_asian
        else with_latin_separators_read(clause)
    )
    if separated is not None:  # read on the clause alone, then placed back in the text
        return [shifted(e, a) for e in _clause_enumerations(separated, 0, len(separated))]
    if east_asian and (runs := label_runs_zh(text, a, b)):
        return runs
    if east_asian and (appointing := appointments(text, a, b)) is not None:
        return [appointing]  # "甲出任外交部長，乙出任財政部長，…": people and their posts
    if east_asian and (valued := valued_names_zh(text, a, b)):
        return valued
    if east_asian and ("、" in clause or "：" in clause or _LISTS_TWO_RE.search(clause)):
        out = []
        for s, e in _joined_pieces(clause, split_top_level(clause, "，,")):
            piece = clause[s:e]
            one = "、" not in piece and "：" in piece and not FINAL_JOINER_RE.search(piece)
            if (
                "、" in piece
                or one
                or (("：" in piece or _LISTS_TWO_RE.search(piece)) and FINAL_JOINER_RE.search(piece))
            ):
                # "一、全面禁止入境的國家（12個）：A、B…": the items start after the colon of their lead-in
                colon = clause.rfind("：", s, max(clause.rfind("、", s, e), s) if not one else e)
                if colon < 0 and (bracket := _BRACKET_START_RE.match(clause, s)) is not None:
                    colon = bracket.end() - 1  # "【甲類】A、B": the bracket closes the label as a colon would
                enum = _enumeration(
                    text, a, a + (colon + 1 if colon >= 0 else s), a + e, True, labelled_one=one
                )
                if enum is not None:
                    out.append(enum)
        return out
    if not east_asian and ("," in clause or ";" in clause or FINAL_JOINER_RE.search(clause)):
        colon = clause.rfind(":", 0, max(clause.rfind(","), clause.find(";")))
        start = a + colon + 1 if colon >= 0 else a  # "…four other judges: A, B and C"
        enum = _enumeration(text, a, start, b, False)
        if enum is not None:
            enum = _named_before_the_others(text, a + colon if colon >= 0 else -1, enum)
        found = [enum] if enum is not None else []
        found += _further_runs(text, a, enum.end if enum is not None else start, b)
        found = _gapped(text, a, enum, found)
        if any(e.shared for e in found):  # "…, while C was told it would pay 30 %"
            found += _lone_valued(text, max(e.end for e in found), b)
        return found
    return []


def _named_before_the_others(text: str, colon: int, enum: Enumeration) -> Enumeration:
    """``… on Jane Roe, Borduria's foreign minister, and three other officials: A, B and C``: the person
    the lead-in names before the others the colon introduces is the list's first item, when the others
    are as many as it says; the count, of the others only, is then no count of the list. So is the person
    a sentence before names with the others it counts, when a clause then names them (``… on Jane Roe and
    three other officials. The others are A, B and C``); ``colon`` is -1 where the clause has none."""
    m = NAMED_BEFORE_OTHERS_RE.search(text, enum.lead_start, colon) if colon >= 0 else None
    if m is None and OTHERS_LEAD_RE.fullmatch(text, enum.lead_start, enum.start):
        before = max(0, enum.lead_start - MAX_OTHERS_GAP)
        m = next(reversed(list(NAMED_AND_OTHERS_RE.finditer(text, before, enum.lead_start))), None)
    if m is None or enum.selection:
        return enum
    if others_count(m) != len(enum.spans) or not name_shaped(m.group("name"), False):
        return enum
    return replace(
        enum,
        spans=(
            item_span(text, m),
            *enum.spans,
        ),
        stated=None,
        count_span=(0, 0),
    )


def _named_before_the_others_ja(text: str, enum: Enumeration) -> Enumeration:
    """``乙国のジェーン・ロー外相ら4人を…。ほかにA、B、Cの3人が含まれる``: the person the sentence before
    names with a count of all (``ら4人``) is the list's first item, when the others after ``ほかに`` are one
    fewer; their own count (``の3人``), of the others only, is then no count of the list."""
    sentence = max(text.rfind("。", 0, enum.start), text.rfind("\n", 0, enum.start)) + 1
    if sentence <= 0 or not JA_OTHERS_RE.search(text, sentence, enum.start):
        return enum
    before = max(text.rfind("。", 0, sentence - 1), text.rfind("\n", 0, sentence - 1)) + 1
    m = next(reversed(list(JA_NAMED_AND_OTHERS_RE.finditer(text, before, sentence))), None)
    if m is None or others_count(m) != len(enum.spans) + 1:
        return enum
    return replace(
        enum, spans=((m.start("item"), m.end("item")), *enum.spans), stated=None, count_span=(0, 0)
    )


# the one the sentence sets apart before the others: "除張三外，被制裁的還有A、B…"
_ZH_BESIDES_RE = re.compile(fold_pattern(r"除(?:了)?(?P<name>[^，,。、\s]{2,8}?)(?:之)?外"))
_ZH_NAMED_AND_OTHERS = fold_pattern(
    r"\s*等\s*(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十兩]{1,3})\s*(?:名|位|人|個)"
)


def _named_before_the_others_zh(text: str, enum: Enumeration) -> Enumeration:
    """``…制裁甲國國防部長張三等6名官員。除張三外，被制裁的還有A、B、C、D和E``: the one named before, with a
    count of all (``張三等6名``), is the list's first item when the others are one fewer; that count is
    the list's."""
    sentence = max(text.rfind("。", 0, enum.start), text.rfind("\n", 0, enum.start)) + 1
    besides = _ZH_BESIDES_RE.search(text, sentence, enum.start)
    if sentence <= 0 or besides is None or enum.stated is not None:
        return enum
    before = max(text.rfind("。", 0, sentence - 1), text.rfind("\n", 0, sentence - 1)) + 1
    name = besides.group("name")
    m = re.compile(re.escape(name) + _ZH_NAMED_AND_OTHERS).search(text, before, sentence)
    if m is None or parse_number(m.group("n")) != len(enum.spans) + 1:
        return enum
    first = (m.start(), m.start() + len(name))
    return replace(enum, spans=(first, *enum.spans), stated=len(enum.spans) + 1, count_span=m.span("n"))


# a lead-in word before two names joined by a word ("分別是A和B"): a pair the lead-in's count may bind
_LISTS_TWO_RE = re.compile(fold_pattern(r"分別是|分別為|分別係"))
_JOINER_START_RE = re.compile(fold_pattern(r"\s*(?:以及|及|還有)"))
MAX_JOINED_PIECE = 24  # characters of the one item a piece after "，以及" may hold


def _gapped(text: str, a: int, enum: Enumeration | None, found: list[Enumeration]) -> list[Enumeration]:
    """``…on Wednesday, Borduria faces 25 %, Carpathia 30 % and Dalmatia 20 %``: the run after the
    clause's first enumeration takes its first name from the piece before it, which says the verb once;
    that name leaves the first enumeration (kept only while it still holds two names)."""
    k = 0 if enum is None else 1
    if len(found) <= k or (gapped := gapped_first(text, a, found[k])) is None:
        return found
    if enum is None:
        return [gapped, *found[1:]]
    cut = gapped.spans[0][0]
    keep = [i for i, (s, e) in enumerate(enum.spans) if e <= cut]
    if len(keep) < 2:
        return [gapped, *found[2:]]
    shared = tuple(enum.shared[i] for i in keep) if enum.shared else ()
    return [replace(enum, spans=tuple(enum.spans[i] for i in keep), shared=shared), gapped, *found[2:]]


def _joined_pieces(clause: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of a clause between commas, a piece that is a joiner and one item (``，以及D``) joined to
    the enumeration before it (``A、B、C，以及D``): the last item after a comma."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        piece = clause[s:e]
        # its length without the English name in parentheses ("以及丙公司（Carpathia Semiconductor Corp.）")
        one_item = (
            len(outside_parens(piece)) <= MAX_JOINED_PIECE and "、" not in piece and not find_counts(piece)
        )
        if out and one_item and "、" in clause[out[-1][0] : out[-1][1]] and _JOINER_START_RE.match(clause, s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_LONE_NAME_RE = re.compile(
    r",?\s*\b(?:while|whereas|but|and)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*){0,3})\b"
)
LONE_GAP_WORDS = 6  # lowercase words between a name alone and its value ("was told it would pay")
# the words that give a name its value, right before it: "would pay 30 %", "faces 25 %", "at 40 %"
_CHARGED_RE = re.compile(r"\b(?:face[sd]?|pay|pays|paid|get|gets|receive[sd]?|at|of)\s+$")


def _lone_valued(text: str, lo: int, hi: int) -> list[Enumeration]:
    """After runs of names with values in an English sentence, a name alone in its clause with the one
    value it is given (``…, while Carpathia was told it would pay 30 %``): an item of the same list."""
    out = []
    for m in _LONE_NAME_RE.finditer(text, lo, hi):
        span = (m.start("name"), m.end("name"))
        shared = shared_values(text, [span], hi, gap_words=LONE_GAP_WORDS)
        if shared and _CHARGED_RE.search(text, span[1], shared[0][0]):
            out.append(
                Enumeration(
                    (span,), m.start(), shared[0][1], None, "", (0, 0), False, span[1:] * 2, "", shared
                )
            )
    return out


def _further_runs(text: str, clause_start: int, lo: int, hi: int) -> list[Enumeration]:
    """Runs of names after the first in an English sentence, each starting after a comma: ``…including
    A, B and C, while travelers from seven other nations, among them D and E, face …``."""
    out: list[Enumeration] = []
    tries = 0
    k = text.find(",", lo, hi)
    while k >= 0 and tries < MAX_FURTHER_TRIES:
        piece_end = text.find(",", k + 1, hi)
        if not _CAPITAL_RE.search(text, k + 1, piece_end if piece_end >= 0 else hi):
            k = piece_end  # no capitalized word, no name to start a run
            continue
        tries += 1
        enum = _enumeration(text, k + 1, k + 1, hi, False, max(clause_start, lo))
        if enum is not None and enum.start > k:
            out.append(enum)
            k = text.find(",", enum.end, hi)
        else:
            k = piece_end
    return out


MAX_FURTHER_TRIES = (
    12  # pieces of one sentence where a further run is looked for (a long sentence stays linear)
)
_CAPITAL_RE = re.compile(r"\b[A-Z]")


MAX_LEAD_QUOTE = 80


def text_start(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding ``hi`` starts (after ``lo``): the quote of a count in a lead-in."""
    cut = max(text.rfind(c, lo, hi) for c in "。；;")
    if hi - max(cut, lo) > MAX_LEAD_QUOTE:
        cut = max(text.rfind(c, lo, hi) for c in "，,。；;")
    start = cut + 1 if cut >= lo else lo
    while start < hi and text[start] in WHITESPACE:
        start += 1
    return start


def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _names(text: str, enum: Enumeration) -> set[str]:
    """The names an enumeration prints, without the posts before them nor what is in parentheses
    (``部長張三（Zhang San）`` names 張三, as a later ``張三、李四`` does)."""
    names = set()
    for s, e in enum.spans:
        split = split_item(text, s, e)
        names.add(_key(outside_parens(text[split.name_start : split.name_end]) or text[s:e]))
    return names


def _keep(found: list[Enumeration], text: str) -> list[Enumeration]:
    """Drop an enumeration whose items a longer kept one already names (a summary of the same list)."""
    kept: list[Enumeration] = []
    for enum in sorted(found, key=lambda e: (-len(e.spans), e.start)):
        names = _names(text, enum)
        if any(names <= _names(text, k) for k in kept):
            continue
        kept.append(enum)
    return sorted(kept, key=lambda e: e.start)


MIN_UNCUED_ITEMS = 4
LEAD_CUE_WINDOW = 24  # characters before the first item where a lead-in cue ("including") counts
_KATAKANA_RE = re.compile(r"^[\u30a0-\u30ff・ー\s]+$")
_HONORIFIC_RE = re.compile(r"(?:氏|さん|様)$")  # "ロー氏": a katakana name with its honorific
# a person's name with its English form in parentheses after it, two words or more in lower case after
# their capital: "張三（Jane Roe）", not a body's acronym "(WHO)"
# a body's name, then its English name of one capitalized word or more in parentheses: "甲乙公司（Aland）"
_BODY_WITH_ENGLISH_RE = re.compile(r"[）)]?[（(]\s*[A-Z][a-z][\w&.'\- ]*[)）]\s*$")
_ENGLISH_AFTER_RE = re.compile(
    r"[（(]\s*[^\W\d_a-z][^\W\d_]*[a-z][^\W\d_]*(?:[\s\-.]+[^\W\d_a-z][^\W\d_]*)+\s*[)）]\s*$"
)


def _proper_names(text: str, enum: Enumeration) -> bool:
    """Items that are proper names by their shape: capitalized Latin words, katakana, a name with its
    English in parentheses, a person after a post, or a body named with its English after it
    (``甲乙公司（Aland）``)."""
    items = [text[s:e] for s, e in enum.spans]
    if all(is_east_asian(i) for i in items):
        named = sum(
            bool(
                _KATAKANA_RE.match(_HONORIFIC_RE.sub("", i))
                or _ENGLISH_AFTER_RE.search(i)
                or _BODY_WITH_ENGLISH_RE.search(i)
            )
            or _titled(i)
            for i in items
        )
        return named >= 0.75 * len(items)
    # "defense minister John Doe": a person's name after a post in lower case
    return all(i[:1].isupper() or _titled(i) for i in items)


def _titled(item: str) -> bool:
    """A person named after their post (``財政部長張三``, ``外務局長　張三``), or in katakana before it
    (``ロー外相``, as Japanese writes a post): the item parser reads a name and a title beside it."""
    split = split_item(item, 0, len(item))
    name = item[split.name_start : split.name_end]
    return bool(name) and any(
        a.kind is AttributeKind.TITLE and (a.end <= split.name_start or _KATAKANA_RE.match(name))
        for a in split.attributes
    )


def _only_values(text: str, enum: Enumeration) -> bool:
    """``可能需缴纳5000美元、1万美元或1.5万美元``: amounts in a row, every item after the first a value and
    nothing else; the words before the first value are the sentence's, not a name."""
    rest = enum.spans[1:]
    return bool(rest) and all(
        len(found := find_values(text[s:e])) == 1 and found[0].end - found[0].start == len(text[s:e].strip())
        for s, e in rest
    )


def _accepted(text: str, enum: Enumeration) -> bool:
    """An enumeration the article prints as a list, not topics in a sentence: it states its count, follows
    a list cue and a colon, carries values, or its items are proper names by their shape."""
    if _first_item_in_lead(text, enum) or _only_values(text, enum):
        return False
    if enum.stated is not None or all_appointments(text, enum):
        return True
    lead = text[enum.lead_start : enum.start].rstrip(WHITESPACE)
    if lead.endswith(("：", ":")) and (
        LEAD_IN_RE.search(lead) or COMPLETE_RE.search(lead) or LIST_WORD_RE.search(lead[-LEAD_CUE_WINDOW:])
    ):
        return True  # "…如下：", "full list:", "列入名單："
    if enum.shared and (_proper_names(text, enum) or is_east_asian(text[enum.start : enum.end])):
        return True  # names sharing the value printed after them
    if numbered_in_turn(text, enum):
        return True
    if sum(bool(find_values(text[s:e])) for s, e in enum.spans) >= 0.75 * len(enum.spans):
        return True
    if len(enum.spans) == 2 and _examples_cue(lead) and _proper_names(text, enum):
        return True  # "among them A and B": the examples a selection cue introduces
    if _a_paragraph_of_its_own(text, enum) or _counted_right_before(text, enum) is not None:
        return True
    # "nationals of A, B and C", "among them A, B and C"
    cued = LEAD_IN_RE.search(lead[-LEAD_CUE_WINDOW:]) is not None or PARTITIVE_RE.search(
        lead[-LEAD_CUE_WINDOW:]
    )
    if cued and len(enum.spans) >= MIN_ITEMS and ELLIPSIS_RE.search(text, enum.start, enum.spans[-1][1]):
        return True  # "包括甲國、乙國、丙國……丁國": names left out of a longer list
    if cued and len(enum.spans) >= MIN_UNCUED_ITEMS and _CLOSING_ETC_RE.match(text, enum.spans[-1][1]):
        # "其中包括甲署、乙基金、丙大學、丁公約等。": a cue before, 等 after, the names between (three names
        # so set in a sentence of prose are its examples, not a list)
        return True
    # "將A、B、C列入…清單": the clause puts the names on a list
    listed = LIST_WORD_RE.search(text[enum.end : enum.end + LEAD_CUE_WINDOW].split("。")[0]) is not None
    return len(enum.spans) >= (MIN_ITEMS if cued or listed else MIN_UNCUED_ITEMS) and _proper_names(
        text, enum
    )


_PIECE_BOUND = "、，,。：:；;"


def _first_item_in_lead(text: str, enum: Enumeration) -> bool:
    """Items with values after a piece with a value of its own and a pause (``甲国は49%から19%に、乙国は…``):
    the first item was taken for the lead-in, and the run would be read without it."""
    lead = text[enum.lead_start : enum.start].rstrip(WHITESPACE)
    if not lead.endswith(("、", "，", ",")):
        return False
    before = lead[:-1]
    piece = before[max(before.rfind(c) for c in _PIECE_BOUND) + 1 :]
    return bool(find_values(piece)) and any(find_values(text[s:e]) for s, e in enum.spans)


def _line_above(text: str, first: int, last: int) -> tuple[int, int] | None:
    """The span of the line above an enumeration from ``first`` to ``last`` when the enumeration is a
    line of its own (nothing but its items and a closing stop), else None."""
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:first].strip(WHITESPACE) or text[last:line_end].strip(WHITESPACE + "。.；;"):
        return None
    end = len(text[:line_start].rstrip(WHITESPACE + "\n"))
    start = text.rfind("\n", 0, end) + 1
    while start < end and text[start] in WHITESPACE:
        start += 1
    return (start, end) if end > start else None


def _a_paragraph_of_its_own(text: str, enum: Enumeration) -> bool:
    """The enumeration is a line of its own under a line that introduces it (``以下為名單：``, ``The
    countries are:``) or heads it (``全面禁止（12國）``, see ``_heading_above``): a list printed as a
    paragraph."""
    above = _line_above(text, enum.start, enum.end)
    if above is None:
        return False
    lead = text[above[0] : above[1]]
    introduces = lead.endswith(("：", ":")) and bool(
        LEAD_IN_RE.search(lead) or COMPLETE_RE.search(lead) or LIST_WORD_RE.search(lead)
    )
    return introduces or _heading_above(text, enum) is not None


MAX_HEADING_CHARS = 30
_SENTENCE_END_RE = re.compile(r"[。！？!?，,；;]|\.$")


def _heading_line(text: str, first: int, last: int) -> tuple[int, int] | None:
    """A short line stating at most one count right above an enumeration that is a line of its own."""
    above = _line_above(text, first, last)
    if above is None:
        return None
    line = text[above[0] : above[1]]
    if len(line) > MAX_HEADING_CHARS or _SENTENCE_END_RE.search(line.rstrip("：:")):
        return None
    return above if len(find_counts(line)) <= 1 else None


def _heading_above(text: str, enum: Enumeration) -> tuple[int, int] | None:
    """A short heading line right above an enumeration that is a line of its own, stating at most one
    count (``全面禁止（12國）``, ``Full ban (12 countries)``, ``部分限制``): the group it heads; over two
    names only when it counts two."""
    above = _heading_line(text, enum.start, enum.end)
    if above is None:
        return None
    counts = find_counts(text[above[0] : above[1]])
    n = len(enum.spans)
    return above if n >= MIN_ITEMS or (counts and counts[0].value == n) else None


def _headed(text: str, enum: Enumeration) -> Enumeration:
    """An enumeration under a heading of its own (``_heading_above``) takes the heading as its label and
    its count as its stated count."""
    above = _heading_above(text, enum)
    if enum.label or enum.stated is not None:
        return enum
    if above is None:
        return _counted_in_the_paragraph_above(text, enum)
    line = text[above[0] : above[1]]
    counts = find_counts(line)
    if not counts:
        return replace(enum, label=group_label(line), label_span=above)
    count_span = (above[0] + counts[0].start, above[0] + counts[0].end)
    return replace(
        enum, label=group_label(line), label_span=above, stated=counts[0].value, count_span=count_span
    )


def _paren_numbered(text: str, a: int, b: int) -> list[Enumeration]:
    """A sentence whose items numbers in parentheses part (``…：（一）甲，乙國部長；（二）丙，…``): one
    enumeration of them, whatever pauses the items hold."""
    numbered = paren_numbered_items(text, a, b) if is_east_asian(text[a:b]) else None
    if numbered is None:
        return []
    first = max(text.rfind("（", a, numbered[0][0]), text.rfind("(", a, numbered[0][0]))
    enum = _enumeration(text, a, first, b, True, numbered=numbered)
    return [enum] if enum is not None else []


def _counted_right_before(text: str, enum: Enumeration) -> tuple[int, int, int] | None:
    """(count, start, end) of a sentence right before the enumeration's clause that ends by counting
    what follows (``対象は以下の5人。``, ``次の7人だ。``, ``pipeline.lang.counts.COUNTED_LEAD_END_RE``), in
    its paragraph or the one above; None without one."""
    if text[enum.lead_start : enum.start].strip(WHITESPACE):
        return None
    end = len(text[: enum.lead_start].rstrip(WHITESPACE + "\n"))
    m = COUNTED_LEAD_END_RE.search(text, max(0, end - LEAD_CUE_WINDOW), end)
    counts = find_counts(m.group(0)) if m is not None else []
    if m is None or len(counts) != 1:
        return None
    return counts[0].value, m.start() + counts[0].start, m.start() + counts[0].end


def _counted_in_the_paragraph_above(text: str, enum: Enumeration) -> Enumeration:
    """A line of names of its own (``Aland — Borduria — Carpathia``) under a paragraph that ends a
    sentence and states one count, in its last sentence (``The ministry named three countries.``): the
    count is the line's stated count; not where the paragraph says the names are examples, the main ones
    or some picked by rank."""
    if (right_before := _counted_right_before(text, enum)) is not None:
        return replace(enum, stated=right_before[0], count_span=right_before[1:])
    above = _line_above(text, enum.start, enum.end)
    if above is None:
        return enum
    paragraph = text[above[0] : above[1]]
    if any(cue.search(paragraph) for cue in (SELECTION_RE, MAIN_ONES_RE, RANKED_PART_RE, PARTITIVE_RE)):
        return enum
    counts = lead_in_counts(paragraph)
    if not paragraph.endswith(("。", ".", "：", ":")) or len(counts) != 1 or len(find_counts(paragraph)) != 1:
        return enum
    count_span = (above[0] + counts[0].start, above[0] + counts[0].end)
    return replace(enum, stated=counts[0].value, count_span=count_span)


def find_enumerations(doc: Document) -> list[Enumeration]:
    text = body_text(doc)
    found: list[Enumeration] = []
    grouped: list[tuple[int, int]] = []  # sentences read as names grouped by value, piece by piece
    for m in _SENTENCE_RE.finditer(text):
        if pieces := (
            counted_pieces(text, m.start(), m.end())
            or en_valued_pieces(text, m.start(), m.end())
            or ranked_zh(text, m.start(), m.end())
            or valued_groups_zh(text, m.start(), m.end())
            or _paren_numbered(text, m.start(), m.end())
        ):
            found.extend(pieces)
            grouped.append((m.start(), m.end()))
    clausal: list[tuple[int, int]] = []  # lines read as clauses of a name and its figures
    for line in _LINE_RE.finditer(text):  # "甲國7465萬噸，占71.1%；乙國…"
        if not any(line.start() <= s < line.end() for s, _ in grouped):
            for enum in valued_clauses(text, line.start(), line.end()):
                found.append(enum)
                clausal.append((enum.lead_start, enum.end))
    for a, b in clause_spans(text, 0, len(text)):
        if not any(s <= a < e for s, e in grouped) and not any(a < e and s < b for s, e in clausal):
            found.extend(_clause_enumerations(text, a, b))
    labelled = sum(1 for e in found if e.label and len(e.spans) > 1) >= 2  # groups by label: "A：x、y；B：z"
    # a run after ほかは that a person counted with it before heads is a list however it is cued
    cued = [
        e for e in found if _kept(text, e, found, labelled) or _named_before_the_others_ja(text, e) is not e
    ]
    # runs no cue of their own made a list, numbered by a count above them ("制裁5名議員。…是A、B…")
    rejected = [e for e in found if e not in cued]
    rescued = counted_before(text, rejected, cued)
    # or whose names the run's other articles list (an article read again by ``pipeline.reread``)
    rescued += [e for e in known_runs(text, rejected, doc.known) if e not in rescued]
    rescued += known_pairs(text, [*cued, *rescued], doc.known)
    cued = sorted([*cued, *rescued], key=lambda e: e.start)
    kept = _with_continuations(text, cued, found)
    kept = [_named_before_the_others_ja(text, valued_by_label(text, e)) for e in kept]
    kept = [_named_before_the_others_zh(text, e) for e in kept]
    kept = [r for e in kept if (r := ranked_head(text, e)) is not None]
    return _beside_a_whole_list(
        text, _without_bodies(text, _keep(_continued(text, [_headed(text, e) for e in kept]), text))
    )


def _beside_a_whole_list(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """One enumeration has as many items as a count the article states (``Thirteen countries … They are
    A, …, M.``) and no count makes it and the others one list: an enumeration after it in another
    paragraph, stating no count (``The bloc's full members are N, O and P``), names something else."""
    if len(enums) < 2:
        return enums
    counts = {c.value for c in find_counts(text)}
    if sum(len(e.spans) for e in enums) in counts:
        return enums
    whole = [e for e in enums if len(e.spans) in counts and e.stated in (None, len(e.spans))]
    if len(whole) != 1:
        return enums
    (one,) = whole
    return [
        e
        for e in enums
        if e.start <= one.start or e.stated is not None or "\n" not in text[one.end : e.start]
    ]


def _people(text: str, enum: Enumeration) -> bool:
    """Every item a person by its shape: a post before the name, or the name's English in parentheses."""
    items = [text[s:e] for s, e in enum.spans]
    return all(is_east_asian(i) and (_ENGLISH_AFTER_RE.search(i) or _titled(i)) for i in items)


def _bodies(text: str, enum: Enumeration) -> bool:
    """Every item a body by the organization-type word its name ends with (``…委員會``, ``…基金會``)."""
    return all(outside_parens(text[s:e]).strip().endswith(ALL_SUFFIXES) for s, e in enum.spans)


def _without_bodies(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """``受制裁人士包括張三（Jane Roe）、…。遭制裁的4個實體則是甲委員會、乙基金會…``: the bodies an article
    counts and names apart from the people of its list are another list, not a group of this one."""
    if not any(_people(text, e) for e in enums):
        return enums
    return [e for e in enums if not _bodies(text, e) or _people(text, e)]


MAX_CONTINUATION_GAP = 3  # characters between two sentences of one list: its full stop, a line break


def _with_continuations(
    text: str, kept: list[Enumeration], found: Sequence[Enumeration]
) -> list[Enumeration]:
    """A list going on in the next sentence (``包括A、B、C。`` then ``還有D、E以及F。``): an enumeration that
    opens with a word of continuation right after a kept one, of items of the same shape (titled people
    after titled people, names after names), states no count or label of its own and joins it."""
    out: list[Enumeration] = []
    before: Enumeration | None = None  # the enumeration just before, kept or not
    for e in sorted({id(x): x for x in (*kept, *found)}.values(), key=lambda x: x.start):
        kept_here = any(e is k for k in kept)
        prev = out[-1] if out else None
        if prev is not None and _goes_on(text, prev, e):  # kept on its own or not, it goes on the list
            out[-1] = before = replace(prev, spans=prev.spans + e.spans, end=e.end)
            continue
        if (
            kept_here
            and before is not None
            and not any(before is o for o in out)
            and _goes_on(text, before, e)
        ):
            # "Those named are A and B. Also named were C, D and E.": the pair is the list's start
            e = replace(before, spans=before.spans + e.spans, end=e.end)
        if kept_here:
            out.append(e)
        before = e
    return out


def _goes_on(text: str, prev: Enumeration, e: Enumeration) -> bool:
    """``e`` opens with a word of continuation right after ``prev``, of items of the same shape, and
    states no count or label of its own."""
    return (
        e.stated is None
        and not e.label
        and not prev.shared
        and not e.shared
        and 0 <= e.lead_start - prev.end <= MAX_CONTINUATION_GAP
        and not text[prev.end : e.lead_start].strip(WHITESPACE + "。.\n")
        and CONTINUATION_RE.match(text[e.lead_start : e.start]) is not None
        and _alike(text, prev, e)
    )


def _alike(text: str, one: Enumeration, other: Enumeration) -> bool:
    """The items of both are titled people, or neither's are; a run whose first name has the post
    (``部長甲、乙、丙``: the post goes for all) and a run of appointments (``甲出任A部長，乙出任B部長``) are
    of titled people too."""
    return _of_titled_people(text, one) == _of_titled_people(text, other)


def _of_titled_people(text: str, e: Enumeration) -> bool:
    s, t = e.spans[0]
    return _titled(text[s:t]) or all_appointments(text, e)


def _kept(text: str, e: Enumeration, found: Sequence[Enumeration], labelled: bool) -> bool:
    if len(e.spans) == 1 and e.label:  # one name after a label's colon: a group of one, or no list
        return _among_labelled(text, e, found)
    return _accepted(text, e) or (labelled and bool(e.label))


def _among_labelled(text: str, one: Enumeration, found: Sequence[Enumeration]) -> bool:
    """One name after a label's colon is a group of one when the same sentence holds other labelled
    groups (``…的有：甲國；40%的有：乙國、丙國``); alone (``責任編輯：王某``) it is no list."""
    lo = max(text.rfind("。", 0, one.start), text.rfind("\n", 0, one.start))
    ends = [k for k in (text.find("。", one.end), text.find("\n", one.end)) if k >= 0]
    hi = min(ends, default=len(text))
    if any(e.label and len(e.spans) > 1 and lo < e.start < hi for e in found):
        return True
    if not find_values(one.label):
        return False
    # lines of names under a value each (``25%：甲國、乙國`` / ``30%：丙國``): a line between such lines
    above = text.rfind("\n", 0, max(lo, 0))
    below = text.find("\n", hi + 1)
    near = (above, below if below >= 0 else len(text))
    return any(
        e.label and len(e.spans) > 1 and find_values(e.label) and near[0] < e.start < near[1] for e in found
    )


def _continued(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """A line of names right under another line of names, with no label or count of its own, continues
    it (a list wrapped over lines: ``アランド　ボルドゥリア　…`` then ``カルパチア　ダルマチア　…``)."""
    out: list[Enumeration] = []
    for e in enums:
        prev = out[-1] if out else None
        above = _line_above(text, e.start, e.end)
        if (
            prev is not None
            and above is not None
            and not e.label
            and e.stated is None
            and above[0] <= prev.start
            and prev.end <= above[1] + 1
            and _line_above(text, prev.start, prev.end) is not None
        ):
            shared = (
                (prev.shared or ((0, 0),) * len(prev.spans)) + (e.shared or ((0, 0),) * len(e.spans))
                if prev.shared or e.shared
                else ()
            )
            out[-1] = replace(prev, spans=prev.spans + e.spans, end=e.end, shared=shared)
            continue
        out.append(e)
    return out


def _valued(text: str, enum: Enumeration) -> bool:
    return bool(enum.shared) or sum(bool(find_values(text[s:e])) for s, e in enum.spans) * 2 > len(enum.spans)


def _grouped(text: str, enums: Sequence[Enumeration]) -> bool:
    """Several enumerations of different items are each a group, unless none is labelled and each
    carries values: rows of one table told in sentences (``A and B, at 40 %, followed by C and D, at
    36 %``), whose values, not their words, tell them apart."""
    if len(enums) < 2:
        return False
    return any(e.label for e in enums) or not all(_valued(text, e) for e in enums)


# "包括A、B和C在內的11名官員": the names are among a larger whole the count gives
_WITHIN_RE = re.compile(fold_pattern(r"\s*在內"))


def selection(text: str, enums: Sequence[Enumeration]) -> bool:
    """Whether the article names examples of the list rather than the list: a cue says so (``among
    them``, ``例如``, ``……``, ``等`` without a count, ``在內的`` before a larger count), or its
    items are spread over several sentences that neither label nor count them (lines each headed by the
    value its items share are a grouped list)."""
    for e in enums:
        closing = text[e.spans[-1][1] : e.end + 2]
        said = SELECTION_RE.search(text[e.lead_start : e.start][-SELECTION_CUE_WINDOW:])
        if (
            said
            or ELLIPSIS_RE.search(text[e.start : e.spans[-1][1]])
            or ("等" in closing and e.stated is None)
            or (_WITHIN_RE.match(text, e.spans[-1][1]) and (e.stated is None or e.stated > len(e.spans)))
        ):
            return True
    sentences = {text.rfind("\n", 0, e.start) for e in enums} | {_clause_start(text, e) for e in enums}
    scattered = len(enums) >= 2 and len(sentences) >= 2 and not all(_headed_by_value(text, e) for e in enums)
    return scattered and not any(e.label or e.stated is not None for e in enums)


def _headed_by_value(text: str, e: Enumeration) -> bool:
    """The enumeration is a line of its own under the value its items share (``25%：甲國、乙國``): lines of a
    list grouped by value, not names scattered over the prose."""
    line_start = text.rfind("\n", 0, e.start) + 1
    first = min((a for a, _ in e.shared), default=-1)
    return line_start <= first < e.start and not text[line_start:first].strip(WHITESPACE)


def _clause_start(text: str, e: Enumeration) -> int:
    """Where the words introducing ``e`` start: its clause, or its sentence when a lead-in word introduces
    it (``甲方官員包括A、B；乙方官員包括C、D``: one sentence naming both sides, not names scattered over
    the prose)."""
    if not LEAD_IN_RE.search(text[e.lead_start : e.start][-LEAD_CUE_WINDOW:]):
        return e.lead_start
    return max(text.rfind(stop, 0, e.start) for stop in ("\n", "。", "！", "？", ". "))


def _score(enums: list[Enumeration]) -> float:
    if not enums:
        return 0.0
    n = sum(len(e.spans) for e in enums)
    cued = sum(1 for e in enums if e.stated is not None or e.label or e.selection or e.shared)
    base = n / (n + 5)
    return round(min(0.85, base + 0.1 * min(cued, 2)), 4)


class InlineLayout:
    name = NAME
    description = (
        "items enumerated inside a sentence: 'A、B和C等12國', 'A, B and C', 'A、B…の12カ国', '1.A 2.B 3.C', "
        "'A／B／C'; names in running prose ('among them A and B', 'A and B, at 40 %', 'AとBは25%')"
    )

    def detect(self, doc: Document) -> float:
        return _score(find_enumerations(doc))

    def extract(self, doc: Document) -> Extraction:
        enums = find_enumerations(doc)
        grouped = _grouped(doc.text, enums)
        raw: list[RawItem] = []
        headings: list[Heading] = []
        for k, e in enumerate(enums, start=1):
            group = (e.label or e.context or unlabelled_group(k)) if grouped else ""
            shared = e.shared or ((0, 0),) * len(e.spans)
            raw.extend(
                RawItem(s, t, None, group, shared=v) for (s, t), v in zip(e.spans, shared, strict=True)
            )
            if e.stated is None and not group:
                continue
            ls, le = e.label_span if e.label else e.count_span if e.stated is not None else (e.start, e.start)
            if not e.label and e.stated is not None and e.count_span[1] <= e.start:  # a count in the lead-in
                above = e.count_span[0] < e.lead_start  # in the paragraph above the line of names
                lo = doc.text.rfind("\n", 0, e.count_span[0]) + 1 if above else e.lead_start
                ls = text_start(doc.text, lo, e.count_span[0])
            headings.append(Heading(doc.id, doc.text[ls:le], None, e.stated, ls, le, group))
        mentions, problems = build_mentions(doc, raw, NAME)
        return Extraction(
            NAME, tuple(mentions), tuple(headings), tuple(problems), selection(body_text(doc), enums)
        )


LAYOUTS = (InlineLayout(),)
