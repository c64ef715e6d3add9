"""Whether an inline enumeration is a list: enough name-shaped items, a cue before it, a count right
before it, a paragraph of its own, or a closing ``等`` / ``など``; not when its items are values only or
people's proper names (katakana with an honorific, a name with its English form after it).

Also the names an enumeration holds (``_names``), by which one that another kept one already names is
dropped (``keep``).
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.lang.counts import find_counts
from pipeline.lang.decision_cues import LIST_WORD_RE
from pipeline.lang.group_cues import SERIES_LABEL_RE
from pipeline.lang.leads import (
    COMPLETE_RE,
    JA_HONORIFIC,
    JA_PEOPLE_CLOSING_RE,
    LEAD_IN_RE,
    PARTITIVE_RE,
)
from pipeline.lang.name_words import STATE_FORM_END_RE, ZH_FORM_WORDS, opened_by_main_part
from pipeline.lang.rank_cues import EN_RANK_FOLLOWED_RE
from pipeline.lang.scripts import WHITESPACE, simplified
from pipeline.lang.values import find_values
from pipeline.models import AttributeKind
from sources.items import split_item
from sources.layouts._appointments import all_appointments
from sources.layouts._inline_bare_figures import kind_closing
from sources.layouts._inline_context import a_paragraph_of_its_own, counted_right_before
from sources.layouts._inline_numbered_marks import numbered_in_turn
from sources.layouts._inline_piece_shapes import MIN_ITEMS, is_east_asian
from sources.layouts._inline_pieces import ELLIPSIS_RE, Enumeration
from sources.layouts._inline_selection import LEAD_CUE_WINDOW, examples_cue, examples_of_a_hedged_whole
from sources.layouts._inline_series_above import series_label_above
from sources.layouts._inline_series_sentence import series_sentence_label
from sources.layouts._inline_territories import territories, territories_said_of_subject
from sources.layouts._inline_topic_tallies import topic_tallies
from sources.layouts._inline_value_lines import valued_runs
from sources.layouts._ja_people import honored_kanji_person, post_after_kanji_name
from sources.layouts._parens import outside_parens

# 等 or など closing a run before the sentence's end or pause (no count after it)
_CLOSING_ETC_RE = re.compile(r"\s*(?:等等|等|など)\s*[。，,；;！!]")


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


def keep(found: list[Enumeration], text: str) -> list[Enumeration]:
    """Drop an enumeration whose items a longer kept one already names (a summary of the same list). A
    line of a run of lines told by value (``40% for A and B`` over ``36% for C``) is judged with its run,
    by all the run's names: a later sentence naming A and B again drops none of its lines, and is dropped
    itself when the run names all of its names."""
    run = valued_runs(text, found)
    names = {i: _names(text, e) for i, e in enumerate(found)}
    run_names = {i: set().union(*(names[j] for j in names if run[j] == run[i])) for i in names}
    kept: list[int] = []
    # the longest first, a run by all its names: a sentence naming again some of a run's names is dropped
    order = sorted(
        range(len(found)), key=lambda i: (-len(run_names[i]), -len(found[i].spans), found[i].start)
    )
    for i in order:
        if any(run_names[i] <= run_names[k] for k in kept if run[k] != run[i]):
            continue
        kept.append(i)
    return sorted((found[i] for i in kept), key=lambda e: e.start)


MIN_UNCUED_ITEMS = 4


_KATAKANA_RE = re.compile(r"^[\u30a0-\u30ff・ー\s]+$")
_HONORIFIC_RE = re.compile(rf"{JA_HONORIFIC}$")  # "ロー氏": a katakana name with its honorific
# what a person is, の, then their katakana name and honorific: "元議員のジェーン・ロー氏"
_DESCRIBED_KANA_PERSON_RE = re.compile(rf"の[\u30a1-\u30fa\u30fc・]{{2,}}{JA_HONORIFIC}$")
# a person's name with its English form in parentheses after it, two words or more in lower case after
# their capital: "張三（Jane Roe）", not a body's acronym "(WHO)"
# a body's name, then its English name of one capitalized word or more in parentheses: "甲乙公司（Aland）"
_BODY_WITH_ENGLISH_RE = re.compile(r"[）)]?[（(]\s*[A-Z][a-z][\w&.'\- ]*[)）]\s*$")
ENGLISH_AFTER_RE = re.compile(
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
                _katakana_name(i)
                or _DESCRIBED_KANA_PERSON_RE.search(i)
                or honored_kanji_person(i)  # "山田太郎氏"
                or ENGLISH_AFTER_RE.search(i)
                or _BODY_WITH_ENGLISH_RE.search(i)
                or simplified(i).endswith(
                    ZH_FORM_WORDS
                )  # "甲市的乙貿易有限公司": a company by its legal form
            )
            or is_titled(i)
            for i in items
        )
        return named >= 0.75 * len(items)
    # "defense minister John Doe": a person's name after a post in lower case; "the euro's falls to 29%
    # from 31%": a possessor with its figures, in a run of clauses of one shape (``_inline_clauses``)
    return all(
        i[:1].isupper() or is_titled(i) or opened_by_main_part(i) or (enum.shared and _possessor(text, e))
        for i, (_, e) in zip(items, enum.spans, strict=True)
    )


def _possessor(text: str, end: int) -> bool:
    return text[end : end + 2] in ("'s", "’s")


def _katakana_name(item: str) -> bool:
    """A name in katakana, its honorific, a note in parentheses (``ミャンマー（旧ビルマ）``) or the word of a
    state's form after it (``アランド共和国``) aside."""
    core = _HONORIFIC_RE.sub("", outside_parens(item).strip(WHITESPACE))
    state = STATE_FORM_END_RE.search(core)
    return _KATAKANA_RE.match(core[: state.start()] if state is not None else core) is not None


def is_titled(item: str) -> bool:
    """A person named after their post (``財政部長張三``, ``外務局長　張三``), or in katakana before it
    (``ロー外相``, as Japanese writes a post): the item parser reads a name and a title beside it."""
    split = split_item(item, 0, len(item))
    name = item[split.name_start : split.name_end]
    return bool(name) and any(
        a.kind is AttributeKind.TITLE
        and (a.end <= split.name_start or _KATAKANA_RE.match(name) or post_after_kanji_name(a.text, name))
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


# a numbered line's number, a name in Chinese characters or kana, a blank, then the first piece
# ("3.甲國 外交、公務護照"): the enumeration is the numbered item's note, the item is the line
_NUMBERED_NAME_THEN_BLANK_RE = re.compile(
    r"[ \t\u3000]*[0-9０-９]{1,3}[.．)）][ \t\u3000]*"
    r"[\u3400-\u9fff\u30a1-\u30fa\u30fc・·]{2,16}[ \t\u3000]+\S"
)


def _note_of_a_numbered_line(text: str, enum: Enumeration) -> bool:
    first_start, first_end = enum.spans[0]
    line_start = text.rfind("\n", 0, first_start) + 1
    return _NUMBERED_NAME_THEN_BLANK_RE.match(text, line_start, first_end) is not None


# the run's lead ends in ``, followed by``: the first name of the ranking is before it
_FOLLOWED_LEAD_RE = re.compile(EN_RANK_FOLLOWED_RE.pattern + r"$", re.IGNORECASE)


def is_accepted(text: str, enum: Enumeration) -> bool:
    """An enumeration the article prints as a list, not topics in a sentence: it states its count, follows
    a list cue and a colon, carries values, or its items are proper names by their shape."""
    if _first_item_in_lead(text, enum) or _only_values(text, enum) or _note_of_a_numbered_line(text, enum):
        return False
    if topic_tallies(text, enum):
        return False  # "初入閣は13人、女性閣僚は2人となった": tallies, no names
    if (
        _FOLLOWED_LEAD_RE.search(text, max(0, enum.start - LEAD_CUE_WINDOW), enum.start) is not None
        and not enum.shared
        and not any(find_values(text[s:e]) for s, e in enum.spans)
    ):
        # "Aland ranked first, followed by B, C and D": the first is in the lead, the run a part alone (a
        # run with its figures, "…, followed by C and D, at 36%", is read with the others')
        return False
    if enum.stated is not None or enum.paired or all_appointments(text, enum):
        return True
    lead = text[enum.lead_start : enum.start].rstrip(WHITESPACE)
    if lead.endswith(("：", ":")) and (
        LEAD_IN_RE.search(lead) or COMPLETE_RE.search(lead) or LIST_WORD_RE.search(lead[-LEAD_CUE_WINDOW:])
    ):
        return True  # "…如下：", "full list:", "列入名單："
    if lead.endswith(("：", ":")) and _series_label(text, enum.start, lead):
        return True  # "第三級：甲國、乙國、丙國等…": a group's label alone over its names
    if len(enum.spans) >= MIN_ITEMS and series_sentence_label(text, enum.lead_start, enum.start)[0]:
        return True  # "第三級則包括甲國、乙國、丙國等…": the label opens the sentence of its names
    if series_label_above(text, enum) is not None:
        return True  # "第3グループ" over "甲国、乙国、丙国など…": the label a heading over its names
    if enum.shared and (
        _proper_names(text, enum)
        or is_east_asian(text[enum.start : enum.end])
        or kind_closing(text, enum.spans)  # "…, the CP 8 and independents 2"
    ):
        return True  # names sharing the value printed after them
    if numbered_in_turn(text, enum):
        return True
    if sum(bool(find_values(text[s:e])) for s, e in enum.spans) >= 0.75 * len(enum.spans):
        return True
    if len(enum.spans) == 2 and examples_cue(lead) and _proper_names(text, enum):
        return True  # "among them A and B": the examples a selection cue introduces
    if a_paragraph_of_its_own(text, enum) or counted_right_before(text, enum) is not None:
        return True
    if len(enum.spans) >= MIN_ITEMS and examples_of_a_hedged_whole(lead, len(enum.spans)):
        return True  # "對逾50國加徵關稅，包括A、B、C": examples of a whole the lead-in counts (as "對50國")
    if len(enum.spans) >= MIN_ITEMS and _closing_count_of_whole(text, enum) and _proper_names(text, enum):
        return True  # "ジェーン・ロー氏、…、ボルド氏ら16人を": proper names, the examples of a whole counted
    # "nationals of A, B and C", "among them A, B and C"
    cued = LEAD_IN_RE.search(lead[-LEAD_CUE_WINDOW:]) is not None or PARTITIVE_RE.search(
        lead[-LEAD_CUE_WINDOW:]
    )
    if cued and len(enum.spans) >= MIN_ITEMS and ELLIPSIS_RE.search(text, enum.start, enum.spans[-1][1]):
        return True  # "包括甲國、乙國、丙國……丁國": names left out of a longer list
    if cued and len(enum.spans) >= MIN_ITEMS and territories(text, enum):
        return True  # "對象包括甲國、乙國和丙國": CLDR's territories, as capitals make names in English
    if len(enum.spans) >= MIN_ITEMS and territories_said_of_subject(text, enum, lead):
        return True  # "部分限制入境的國家則有甲國、乙國和丙國。": the names are the whole predicate
    if cued and len(enum.spans) >= MIN_UNCUED_ITEMS and _CLOSING_ETC_RE.match(text, enum.spans[-1][1]):
        # "其中包括甲署、乙基金、丙大學、丁公約等。": a cue before, 等 after, the names between (three names
        # so set in a sentence of prose are its examples, not a list)
        return True
    if len(enum.spans) >= MIN_ITEMS and JA_PEOPLE_CLOSING_RE.match(text, enum.spans[-1][1]):
        # "鈴木一郎総務相、佐藤花子法相、田中次郎外相らを起用": people named with their posts, ら after them
        return all(is_titled(text[s:e]) for s, e in enum.spans)
    # "將A、B、C列入…清單": the clause puts the names on a list
    listed = LIST_WORD_RE.search(text[enum.end : enum.end + LEAD_CUE_WINDOW].split("。")[0]) is not None
    return len(enum.spans) >= (MIN_ITEMS if cued or listed else MIN_UNCUED_ITEMS) and _proper_names(
        text, enum
    )


# 等, など or ら closing names, then the count of the whole they are examples of ("…等16人", "…ら16人")
_ETC_THEN_COUNT_RE = re.compile(r"\s*(?:等|など|ら)\s*")
CLOSING_COUNT_REACH = 2  # characters between 等/ら and its count ("等共16人")


def _closing_count_of_whole(text: str, enum: Enumeration) -> bool:
    m = _ETC_THEN_COUNT_RE.match(text, enum.spans[-1][1])
    if m is None:
        return False
    counts = find_counts(text[m.end() : m.end() + 12])
    return bool(counts) and counts[0].start <= CLOSING_COUNT_REACH


_PIECE_BOUND = "、，,。：:；;"


def _series_label(text: str, start: int, lead: str) -> bool:
    """The words from the line's start to the colon before the names are a group's label in a series and
    nothing else (``第三級：``, ``Tier 3:``)."""
    line = text[text.rfind("\n", 0, start) + 1 : start].strip(WHITESPACE)
    return lead.endswith(line) and SERIES_LABEL_RE.fullmatch(line.rstrip("：:").strip(WHITESPACE)) is not None


def _first_item_in_lead(text: str, enum: Enumeration) -> bool:
    """Items with values after a piece with a value of its own and a pause (``甲国は49%から19%に、乙国は…``):
    the first item was taken for the lead-in, and the run would be read without it."""
    lead = text[enum.lead_start : enum.start].rstrip(WHITESPACE)
    if not lead.endswith(("、", "，", ",")):
        return False
    before = lead[:-1]
    piece = before[max(before.rfind(c) for c in _PIECE_BOUND) + 1 :]
    return bool(find_values(piece)) and any(find_values(text[s:e]) for s, e in enum.spans)
