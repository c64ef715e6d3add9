"""The lead of a Chinese or Japanese paragraph of a list told a paragraph per item
(``_inline_paragraph_leads``): its name opens it, ended by a pause or colon (``甲國：…``), a word of topic
(``乙國方面，…``), the first word of its predicate (``丙國將面臨…``, ``戊國則被…``) or a particle
(``甲国には…``); where none ends it before its value, whatever the verb (``丁國維持15%``), by its longest
beginning that CLDR knows as a place or that the text prints elsewhere as a word of its own.

Its first sentence prints the name's value: its only one, or the one it has of two (``由30%調降至20%``,
``30％から20％に``; ``25%（原為30%）`` keeps the earlier value too); when that sentence prints none, the
paragraph's later sentences do (``甲國：\n該國官員表示將談判。最終稅率為25%。``). Two values not told apart
leave the item without one; a figure after a word of change (``下跌2%``) is no value of the name, and the
paragraph no lead.
"""

from __future__ import annotations

import re

from pipeline.knowledge.gazetteer_kept import builtin_gazetteer
from pipeline.lang.clause_cues import (
    CHANGE_WORD_RE,
    CLAUSE_FROM_RE,
    CLAUSE_TO_RE,
    EN_FROM_RE,
    EN_TO_RE,
    MEASURE_END_RE,
    SUBJECT_END_ZH_RE,
    TOPIC_BEFORE_NAME_RE,
)
from pipeline.lang.decision_cues import WEEKDAY_RE
from pipeline.lang.leads import CONTINUATION_RE
from pipeline.lang.posts import TIME_WORD_START_RE
from pipeline.lang.rank_cues import RANK_WORD_RE
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE, fold_pattern
from pipeline.lang.value_words import earlier_label
from pipeline.lang.values import Found, find_values
from sources.layouts._inline_bounds_zh import zh_name_end
from sources.layouts._inline_piece_shapes import ZH_VALUE_NAME_RE, trim
from sources.prose_words import LEAD_INS

MAX_EAST_NAME = 10  # characters of the name opening a Chinese or Japanese paragraph
EAST_FRAME = "\0east"  # the frame of Chinese and Japanese leads, whose words around the name vary
# a paragraph's lead: its frame words, the name, the span of its values and where its sentence ends
Lead = tuple[str, tuple[int, int], tuple[int, int], int]

_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_PAUSE_RE = re.compile(r"[，,、：:；;]")
_VALUE_PAUSE_RE = re.compile(r"[,，;；]")
_HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
_BRACKETS_RE = re.compile(r"[（(][^（()）]*[)）]")
_POINTS = "pp"  # the unit of percentage points (個百分點, ポイント): a difference between two rates
_TO_LEVEL_RE = re.compile(fold_pattern(r"(?:至|到)\s*$") + r"|\bto\s*$")  # the level a change reached
_VERBS_INSIDE = tuple(word for word in LEAD_INS if len(word) > 1)  # "乙國商務部回應指出": who said what


def east_lead(text: str, start: int, line_end: int, paragraph_end: int) -> Lead | None:
    """The lead of a Chinese or Japanese paragraph from ``start`` (its first line ending at ``line_end``,
    the paragraph at ``paragraph_end``): its name, the span of its value (``(0, 0)`` when two are not told
    apart) and where the sentence of its value ends; None when it does not open with a name and print a
    value of it in prose: in its first sentence, or, when that has none, in a later one."""
    stop = _SENTENCE_END_RE.search(text, start, line_end)
    end = stop.end() if stop is not None else line_end
    if (opening := _opening(text, start, end)) is None:
        return None
    name, name_end = opening
    found = find_values(text[name_end:end])
    if not found and paragraph_end > end:  # "甲國：\n該國官員表示將談判。最終稅率為25%。"
        found, end = _later_values(text, name_end, paragraph_end)
    if not _words_besides(text[name_end:end], found):
        return None  # "甲國：25%": a line of a name and its value, no paragraph of prose
    value = lead_value(text, name_end, found)
    return None if value is None else (EAST_FRAME, name, value, end)


def opens_with_name(text: str, start: int, line_end: int) -> bool:
    """Whether the Chinese or Japanese paragraph from ``start`` opens with a name, as a lead does."""
    stop = _SENTENCE_END_RE.search(text, start, line_end)
    return _opening(text, start, stop.end() if stop is not None else line_end) is not None


def _opening(text: str, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """The name opening the sentence ``text[start:end]`` and where the words after it start; None when
    it opens with no name."""
    marks = (
        _PAUSE_RE.search(text, start, end),
        _HIRAGANA_RE.search(text, start, end),
        SUBJECT_END_ZH_RE.search(text, start + 1, end),
    )
    name_end = min([zh_name_end(text, start, end), *(m.start() for m in marks if m is not None)])
    topic = TOPIC_BEFORE_NAME_RE.match(text, start, name_end)
    first = find_values(text[start:end])
    if first and start + first[0].start < name_end:  # "丁國維持15%": no mark ends the name before its value
        known = known_name_end(text, topic.end() if topic is not None else start, start + first[0].start)
        if known is None:
            return None
        name_end = known
    name = trim(text, topic.end() if topic is not None else start, name_end)
    return (name, name_end) if east_name(text[name[0] : name[1]]) else None


def _later_values(text: str, at: int, paragraph_end: int) -> tuple[list[Found], int]:
    """The values of the paragraph from ``at`` to ``paragraph_end``, and where the sentence of the last
    one ends."""
    found = find_values(text[at:paragraph_end])
    if not found:
        return [], paragraph_end
    stop = _SENTENCE_END_RE.search(text, at + found[-1].end, paragraph_end)
    return found, stop.end() if stop is not None else paragraph_end


def known_name_end(text: str, start: int, value: int) -> int | None:
    """Where the name opening ``text[start:value]`` ends when no mark ends it before its value
    (``丁國維持15%``): after its longest beginning that CLDR knows as a place, or that the text prints
    elsewhere going on otherwise (``丁國官員``); None when there is none."""
    opening = text[start:value].rstrip(WHITESPACE)
    for k in range(min(len(opening), MAX_EAST_NAME), 1, -1):
        if builtin_gazetteer().codes(opening[:k]) or (k < len(opening) and _printed_apart(text, start, k)):
            return start + k
    return None


def _printed_apart(text: str, start: int, k: int) -> bool:
    """Whether the ``k`` characters from ``start`` stand elsewhere in ``text`` followed by another
    character than here: a word of its own, not the first characters of this one's words."""
    word, after = text[start : start + k], text[start + k]
    at = text.find(word)
    while at >= 0:
        if at != start and text[at + k : at + k + 1] != after:
            return True
        at = text.find(word, at + 1)
    return False


def _words_besides(sentence: str, found: list[Found]) -> bool:
    """Whether ``sentence`` holds words besides its values ``found``."""
    cuts = [0, *(x for f in found for x in (f.start, f.end)), len(sentence)]
    return any(EAST_ASIAN_RE.search(sentence, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2))


def east_name(name: str) -> bool:
    """Whether the words opening a paragraph are a name: short, of letters, no word of time, going on or
    ranking, no verb inside; its other name in brackets aside (``甲國（Aland）``)."""
    name = _BRACKETS_RE.sub("", name).strip(WHITESPACE)
    return (
        ZH_VALUE_NAME_RE.match(name) is not None
        and not any(word in name for word in _VERBS_INSIDE)
        and len(name) <= MAX_EAST_NAME
        and not _HIRAGANA_RE.search(name)
        and not CONTINUATION_RE.match(name)
        and not TIME_WORD_START_RE.match(name)
        and not WEEKDAY_RE.search(name)
        and not MEASURE_END_RE.search(name)
        and not RANK_WORD_RE.search(name)  # "稅率最低的是丁國": a ranking's words, the name after them
    )


def lead_value(text: str, at: int, found: list[Found]) -> tuple[int, int] | None:
    """The span of the value a paragraph gives its name, among the values ``found`` in ``text`` from
    ``at`` (after its name, or a section's under its heading): the only one, the one it has now of two,
    ``(0, 0)`` when two are not told apart; None with none, or after a word of change (a figure that
    changed, not the name's)."""
    if any(f.unit == "%" for f in found):  # "下調5個百分點至20%": points are a change, the rate a level
        found = [f for f in found if f.unit != _POINTS]
    if not found or (
        CHANGE_WORD_RE.search(text, at, at + found[0].start)
        and not _TO_LEVEL_RE.search(text, at, at + found[0].start)
    ):
        return None  # "下跌2%": a change, no level ("下降5個百分點至20%" is one)
    one = found[0]
    found = [f for f in found if f.unit == one.unit]  # "50%，較先前高出10個百分點": a change, no other rate
    if len(found) == 1:
        return at + one.start, at + one.end
    two = found[1]
    if len(found) == 2:
        before, gap = (at, at + one.start), (at + one.end, at + two.start)
        if (CLAUSE_FROM_RE.search(text, *before) and CLAUSE_TO_RE.fullmatch(text, *gap)) or (
            EN_FROM_RE.search(text, *before) and EN_TO_RE.fullmatch(text, *gap)
        ):
            return at + two.start, at + two.end  # "由30%調降至20%", "from 44% to 40%": the value it has now
        between = text[at + one.end : at + two.start]
        pause = max((p.end() for p in _VALUE_PAUSE_RE.finditer(between)), default=0)
        if earlier_label(between[pause:]):
            return at + one.start, at + two.end  # "25%（原為30%）": the value, then the earlier one
    return 0, 0
