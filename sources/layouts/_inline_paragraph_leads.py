"""A paragraph per item, each opening with its name and value in one frame: ``Aland faces a 50 percent
tariff rate starting Aug. 1.`` then ``Borduria faces a 40 percent tariff rate …, down from 44 percent
…`` and so on, each over sentences of its own. Paragraphs are parted by blank lines, or, in a text with
none (a page's paragraphs, one a line), are its lines.

Read only when ``MIN_FRAME_PARAGRAPHS`` paragraphs or more in a row open that way with the same words
between the name and its first value (``faces a``): one paragraph naming a country and a rate is prose,
never a list. Each item is the name; its value the sentence's first, and a later one when the words
before it, after the last pause, say it is earlier (``, down from 44 percent``: ``earlier_label``).
A count in the paragraph above the first that numbers as many names is the list's.

A Chinese or Japanese paragraph has no such frame: its name opens it, ended by a pause or colon
(``甲國：…``), a word of topic (``乙國方面，…``), the first word of its predicate (``丙國將面臨…``,
``戊國則被…``) or a particle (``甲国には…``), and its first sentence prints the name's value: its only
one, or the one it has of two (``由30%調降至20%``, ``30％から20％に``; ``25%（原為30%）`` keeps the earlier
value too). Two values the sentence does not tell apart leave the item without one; a figure after a
word of change (``下跌2%``) is no value of the name, and the paragraph no lead. Such paragraphs in a row
are one run when their names differ and their values share a unit.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.cues import (
    CHANGE_WORD_RE,
    CLAUSE_FROM_RE,
    CLAUSE_TO_RE,
    CONTINUATION_RE,
    EN_FROM_RE,
    EN_TO_RE,
    MEASURE_END_RE,
    RANK_WORD_RE,
    SUBJECT_END_ZH_RE,
    TIME_WORD_START_RE,
    TOPIC_BEFORE_NAME_RE,
    WEEKDAY_RE,
)
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE
from pipeline.lang.values import Found, earlier_label, find_values
from sources.layouts._inline_pieces import (
    EN_NAME_RUN_RE,
    ZH_VALUE_NAME_RE,
    Enumeration,
    clause_spans,
    is_east_asian,
    strip_article,
    trim,
    zh_name_end,
)
from sources.prose_words import LEAD_INS

MIN_FRAME_PARAGRAPHS = 3
MAX_FRAME_WORDS = 4  # lowercase words between a paragraph's name and its value ("will face a")
MAX_NAME_WORDS = 5
MAX_EAST_NAME = 10  # characters of the name opening a Chinese or Japanese paragraph

_PARAGRAPH_RE = re.compile(r"(?:^|\n[ \t]*\n)\s*(?=\S)")
_LINE_RE = re.compile(r"(?:^|\n)\s*(?=\S)")  # a text with no blank line (a page's): a paragraph a line
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_FRAME_RE = re.compile(rf"\s+((?:[a-z][\w'’\-]*\s+){{1,{MAX_FRAME_WORDS}}})")
_PAUSE_RE = re.compile(r"[,，;；]")
# a sentence's subject that names nothing ("It faces a 50 percent …", "He won 40 percent")
_PRONOUNS = frozenset("it he she they we this that these those".split())
_EAST_FRAME = "\0east"  # the frame of Chinese and Japanese leads, whose words around the name vary
_EAST_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_EAST_PAUSE_RE = re.compile(r"[，,、：:；;]")
_HIRAGANA_RE = re.compile(r"[\u3040-\u309f]")
_BRACKETS_RE = re.compile(r"[（(][^（()）]*[)）]")


def paragraph_leads(text: str) -> list[Enumeration]:
    """The runs of paragraphs in one frame in ``text``, each one enumeration of their names."""
    out: list[Enumeration] = []
    run: list[tuple[str, tuple[int, int], tuple[int, int], int]] = []
    blank = _BLANK_LINE_RE.search(text) is not None
    paragraphs = _PARAGRAPH_RE if blank else _LINE_RE
    for m in paragraphs.finditer(text):
        lead = _lead(text, m.end())
        if lead is None or (run and lead[0] != run[0][0]):
            out += _enumeration(text, run, blank)
            run = []
        if lead is not None:
            run.append(lead)
    return out + _enumeration(text, run, blank)


def _lead(text: str, start: int) -> tuple[str, tuple[int, int], tuple[int, int], int] | None:
    """The frame words, the name, the span of its values and where the sentence ends, of the paragraph
    from ``start``; None when its first sentence does not open with a name, a few words and a value."""
    line_end = text.find("\n", start)
    if is_east_asian(text[start : start + 1]):
        return _east_lead(text, start, len(text) if line_end < 0 else line_end)
    spans = clause_spans(text, start, len(text) if line_end < 0 else line_end)
    if not spans or spans[0][0] != start:
        return None
    end = spans[0][1]
    name = EN_NAME_RUN_RE.match(text, strip_article(text, start, end), end)
    if (
        name is None
        or not name.group(0)[:1].isupper()
        or len(name.group(0).split()) > MAX_NAME_WORDS
        or name.group(0).casefold() in _PRONOUNS
    ):
        return None
    frame = _FRAME_RE.match(text, name.end(), end)
    found = find_values(text[frame.end() : end]) if frame is not None else []
    if frame is None or not found or found[0].start != 0:
        return None
    first = frame.end()
    value_end = first + found[0].end
    if len(found) > 1:  # a later value that the words before it date earlier
        between = text[value_end : first + found[1].start]
        pause = max((p.end() for p in _PAUSE_RE.finditer(between)), default=0)
        if pause and earlier_label(between[pause:]):
            value_end = first + found[1].end
    return " ".join(frame.group(1).split()), (name.start(), name.end()), (first, value_end), end


def _east_lead(
    text: str, start: int, line_end: int
) -> tuple[str, tuple[int, int], tuple[int, int], int] | None:
    """The lead of a Chinese or Japanese paragraph from ``start``: its name, the span of its value
    (``(0, 0)`` when two are not told apart) and where its first sentence ends; None when it does not
    open with a name and print a value of it in a sentence of prose."""
    stop = _EAST_SENTENCE_END_RE.search(text, start, line_end)
    end = stop.end() if stop is not None else line_end
    marks = (
        _EAST_PAUSE_RE.search(text, start, end),
        _HIRAGANA_RE.search(text, start, end),
        SUBJECT_END_ZH_RE.search(text, start + 1, end),
    )
    name_end = min([zh_name_end(text, start, end), *(m.start() for m in marks if m is not None)])
    topic = TOPIC_BEFORE_NAME_RE.match(text, start, name_end)
    name = trim(text, topic.end() if topic is not None else start, name_end)
    if not east_name(text[name[0] : name[1]]):
        return None
    found = find_values(text[name_end:end])
    if not _words_besides(text[name_end:end], found):
        return None  # "甲國：25%": a line of a name and its value, no paragraph of prose
    value = lead_value(text, name_end, found)
    return None if value is None else (_EAST_FRAME, name, value, end)


def _words_besides(sentence: str, found: list[Found]) -> bool:
    """Whether ``sentence`` holds words besides its values ``found``."""
    cuts = [0, *(x for f in found for x in (f.start, f.end)), len(sentence)]
    return any(EAST_ASIAN_RE.search(sentence, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2))


def _enumeration(
    text: str, run: list[tuple[str, tuple[int, int], tuple[int, int], int]], blank: bool
) -> list[Enumeration]:
    if len(run) < MIN_FRAME_PARAGRAPHS:
        return []
    if run[0][0] == _EAST_FRAME and not _east_run(text, run):
        return []
    spans = tuple(name for _, name, _, _ in run)
    parting = "\n\n" if blank else "\n"
    stated, count_span = count_above(text, spans[0][0], len(spans), parting)
    if run[0][0] == _EAST_FRAME and stated is None and _rate_beside(text, run, parting):
        return []
    return [
        Enumeration(
            spans,
            spans[0][0],
            run[-1][3],
            stated,
            "",
            (0, 0),
            False,
            count_span,
            shared=tuple(values for _, _, values, _ in run),
        )
    ]


def _rate_beside(
    text: str, run: list[tuple[str, tuple[int, int], tuple[int, int], int]], parting: str
) -> bool:
    """Whether the paragraph right above or below a run of Chinese or Japanese leads prints a value of the
    run's unit in its first sentence: a paragraph of the list that opens another way (``至於丙國…``, ``稅率
    最高的是…``) may be there, and the run, no count saying it is whole, may be a part."""
    units = {f.unit for _, _, (s, e), _ in run if e > s for f in find_values(text[s:e])[:1]}
    first = run[0][1][0]
    above_end = len(text[:first].rstrip())
    above = text[
        text.rfind(parting, 0, above_end) + len(parting) if parting in text[:above_end] else 0 : above_end
    ]
    below_start = text.find(parting, run[-1][3])
    below = text[below_start:].lstrip() if below_start >= 0 else ""
    for paragraph in (above, below):
        line = paragraph.split("\n", 1)[0]
        stop = _EAST_SENTENCE_END_RE.search(line)
        if any(f.unit in units for f in find_values(line[: stop.end()] if stop else line)):
            return True
    return False


def count_above(text: str, first: int, n: int, parting: str) -> tuple[int | None, tuple[int, int]]:
    """The count, in the paragraph right above the first (``parting`` parts paragraphs), of as many names
    as the run has."""
    above_end = len(text[:first].rstrip())
    above_start = text.rfind(parting, 0, above_end) + len(parting) if parting in text[:above_end] else 0
    counts = [c for c in find_counts(text[above_start:above_end]) if c.value == n]
    if len(counts) != 1:
        return None, (0, 0)
    return n, (above_start + counts[0].start, above_start + counts[0].end)


_VERBS_INSIDE = tuple(word for word in LEAD_INS if len(word) > 1)  # "乙國商務部回應指出": who said what


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
    if not found or CHANGE_WORD_RE.search(text, at, at + found[0].start):
        return None
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
        pause = max((p.end() for p in _PAUSE_RE.finditer(between)), default=0)
        if earlier_label(between[pause:]):
            return at + one.start, at + two.end  # "25%（原為30%）": the value, then the earlier one
    return 0, 0


def _east_run(text: str, run: list[tuple[str, tuple[int, int], tuple[int, int], int]]) -> bool:
    """Whether Chinese or Japanese leads in a row are one list: names all different, values of one unit."""
    names = [text[s:e] for _, (s, e), _, _ in run]
    units = {f.unit for _, _, (s, e), _ in run if e > s for f in find_values(text[s:e])[:1]}
    return len(set(names)) == len(names) and len(units) == 1
