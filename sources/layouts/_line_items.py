"""What one line of an unmarked list is: an item line (a short name, a name and a value, a described
name, not a sentence) or a lead-in (a line ending with a colon, a short heading stating a count).
Used by the ``lines`` and ``profiles`` layouts (``lines.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.count_binding import last_sentence
from pipeline.lang.counts import COUNTED_LEAD_END_RE, find_counts
from pipeline.lang.group_cues import NOTE_LABEL_RE
from pipeline.lang.leads import LEAD_IN_END_RE
from pipeline.lang.row_values import dashed_numbers
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE
from pipeline.models import AttributeKind
from sources.item_appointments import appointed
from sources.item_english import HONORIFIC_RE
from sources.item_titles import is_title, title_colon_name
from sources.items import split_item
from sources.layouts._any_numbering import opens_numbered
from sources.layouts._headings import ROSTER_LINE_RE
from sources.layouts._inline_clause_spans import ABBREVIATION_RE
from sources.layouts._labelled_rows import labelled_row
from sources.layouts._lines import Line
from sources.layouts._parens import outside_parens
from sources.layouts._shapes import BULLET_CHARS, EMOJI_MARK, SYMBOL_BLOCKS, TEXT_CACHE
from sources.layouts._ties import tied_names

MIN_ITEMS = 3
MAX_ITEM_CHARS = 40  # East Asian characters of an item line (outside its brackets)
# more in brackets: a body's English name, a person's posts (``張三（甲公司總裁、乙公司董事）``)
MAX_BRACKETED_CHARS = 60
MAX_ITEM_WORDS = 9
MAX_POSTED_ITEM_WORDS = 20  # a name, a comma and a post named at length after it
MAX_LEAD_CHARS = 80
MAX_EN_LEAD_CHARS = 160  # English says in 160 characters what Chinese says in 80
MAX_HEADING_CHARS = 30


def _stripped(line: Line) -> str:
    return line.text.strip(WHITESPACE)


# a line that opens with a list marker belongs to a marked list, not to an unmarked one
_MARKED_RE = re.compile(
    r"^(?:["
    + re.escape(BULLET_CHARS)
    + SYMBOL_BLOCKS
    + r"]|"
    + EMOJI_MARK
    + r"|[0-9０-９]{1,3}(?:[.．、)）]|/(?![0-9０-９]))"
    r"|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[①-⑳]|第[一二三四五六七八九十]{1,3}[，,、：:])"
)


_NAME_DASH_RE = re.compile(r"——|\s[—–－-]\s")
# the words before a line's first colon or spaced dash
_NOTE_RE = re.compile(r"([^:：\n]{1,24}?)\s*(?:[:：]|——|\s[—–－-]\s)")


_CELLS_RE = re.compile(r"\t|\u3000|\S {2,}(?![a-z])\S|[|｜│]")  # cells parted by blanks or bars


@lru_cache(maxsize=TEXT_CACHE)
def _item_line(text: str) -> bool:
    """Whether the line reads as one item of an unmarked list (a function of its text alone: kept per text,
    since a block's lines are asked again as lead-ins are looked for, and outlets print the same lines)."""
    if _MARKED_RE.match(text) or opens_numbered(text) or _CELLS_RE.search(text):
        return False  # a marked list's line, or a table row (cells parted by runs of blanks or by bars)
    if (note := _NOTE_RE.match(text)) is not None and NOTE_LABEL_RE.fullmatch(note.group(1)):
        return False  # "Source: Acme Index", "Note – figures are from January": a note on the list
    if _named_value(text) or _value_then_name(text) or labelled_row(text):
        return True
    if not text or re.search(r"[。！？!?]$|[。！？]", text) or text.endswith(("：", ":")):
        return False
    if EAST_ASIAN_RE.search(text):
        # "張三·李四 — 法官，甲國籍": the name before a dash, what it is after it
        # "張三（Zhang San，外交部長）": what the parentheses hold is the person's, not a run of names
        name = outside_parens(_NAME_DASH_RE.split(text, maxsplit=1)[0])
        # "甲、乙及丙事務大臣：張三": the post before the colon is no run of names
        name_start, post = title_colon_name(text, 0, len(text))
        if post:
            name = outside_parens(text[name_start:])
        if len(outside_parens(text)) > MAX_ITEM_CHARS or len(text) > MAX_ITEM_CHARS + MAX_BRACKETED_CHARS:
            return False
        if "＝" in text:  # "副総理、財務＝山田太郎（73）留任": the item parser reads the posts and the marks
            split = split_item(text, 0, len(text))
            name = text[split.name_start : split.name_end] if split.attributes else name
        # "甲國、乙國 各44%": names tied on one figure, read apart with the run
        return name.count("，") + name.count("、") == 0 or _described_name(text) or _tied(text)
    if appointed(text, 0, len(text)) is not None:
        return True  # "Jane Roe becomes Foreign Secretary.": one person and a post, a sentence or not
    # "Sen. Jane Roe (R-Mo.)", "Dr. John Doe": the abbreviated title's dot ends no sentence
    text = HONORIFIC_RE.sub("", text)
    title, colon, name = text.partition(":")
    # "Secretary of Health and Human Services: Jane Roe": the name's words count, not the title's
    words = name.split() if colon and is_title(title) else text.split()
    sentence = (
        text.endswith(".") and len(words) >= 4 and not re.search(r"\b(?:Inc|Co|Ltd|Corp|Jr|Sr)\.$", text)
    )
    person, comma, after = text.partition(",")
    if not colon and comma and len(words) <= MAX_POSTED_ITEM_WORDS and is_title(after):
        # "Jane Roe, Director of the Aland and Borduria Affairs Office": the post's words are no name's
        words = person.split()
    return len(words) <= MAX_ITEM_WORDS and text[:1].isupper() and not sentence and not _sentence_stop(text)


def _sentence_stop(text: str) -> bool:
    """A full stop inside ``text`` that ends a sentence (``Acme in St. Aland``'s does not)."""
    return any(not ABBREVIATION_RE.search(text[: m.start() + 1]) for m in re.finditer(r"[a-z]\.\s", text))


_NAME_VALUE_GAP_RE = re.compile(r"\s*(?:[:：]|[—–－-]|——)\s*(?:各\s*)?")  # "甲國、乙國：各44%": each's
MAX_NAMED_VALUE_WORDS = 4
_NAME_THEN_FIGURE_RE = re.compile(r"(?:[:：]|[—–－-]|——)\s*\D{0,4}[0-9０-９]")


def _named_value(text: str) -> bool:
    """``Aland - 25%, down from 30%.``, ``甲國：25%，原為30%。``: a short name, a colon or a dash, then a
    value: an item with its values even when the line ends as a sentence does."""
    if not _NAME_THEN_FIGURE_RE.search(text):
        return False  # no separator before a digit: no need to read the item
    split = split_item(text, 0, len(text))
    name = text[split.name_start : split.name_end]
    if split.name_start or not name or not split.values or len(name.split()) > MAX_NAMED_VALUE_WORDS:
        return False
    if EAST_ASIAN_RE.search(name) and (len(name) > MAX_NAME_CHARS or re.search("[，,、]", name)):
        if re.search("[，,]", name) or tied_names(text, 0, len(text), joined=True) < 2:
            return False  # "甲國、乙國：191個目的地": names tied on one figure, read apart with the run
    return bool(_NAME_VALUE_GAP_RE.fullmatch(text[split.name_end : split.values[0].start]))


_VALUE_FIRST_RE = re.compile(r"^[+\-]?[0-9０-９][^:：]{0,12}?(?:[:：]|\s[—–－-]\s|——)\s*\S")


def _value_then_name(text: str) -> bool:
    """``46%: Aland``, ``46%：甲國``: a value, a colon or a dash, then a short name (and nothing else)."""
    if not _VALUE_FIRST_RE.match(text):
        return False
    split = split_item(text, 0, len(text))
    name = text[split.name_start : split.name_end]
    if not split.values or split.values[0].start != 0 or split.name_start < split.values[-1].end or not name:
        return False
    if EAST_ASIAN_RE.search(name):
        return len(name) <= MAX_NAME_CHARS and not re.search("[，,、。]", name)
    return (
        len(name.split()) <= MAX_NAMED_VALUE_WORDS and name[:1].isupper() and not re.search(r"[.!?]$", name)
    )


def _tied(text: str) -> bool:
    return "、" in text and tied_names(text, 0, len(text), joined=True) >= 2  # noqa: PLR2004


def _described_name(text: str) -> bool:
    """``張三，58歲，外交部長``: a name, then short pieces after commas that say what the person is, a
    post among them (the item parser reads them as its attributes)."""
    split = split_item(text, 0, len(text))
    name = text[split.name_start : split.name_end]
    return (
        bool(name)
        and not re.search("[，,、]", name)
        and any(a.kind is AttributeKind.TITLE and a.start >= split.name_end for a in split.attributes)
    )


@lru_cache(maxsize=TEXT_CACHE)
def _lead_in(text: str) -> bool:
    if text.endswith(("：", ":")) or COUNTED_LEAD_END_RE.search(text) or LEAD_IN_END_RE.search(text):
        text = last_sentence(text)  # the paragraph's news before the sentence that leads in is no part of it
    if not text or len(text) > (MAX_LEAD_CHARS if EAST_ASIAN_RE.search(text) else MAX_EN_LEAD_CHARS):
        return False
    if (
        text.endswith(("：", ":"))
        or COUNTED_LEAD_END_RE.search(text)
        or _CAPITALS_HEADING_RE.fullmatch(text)
        or _BRACKET_HEADING_RE.fullmatch(text)
        or LEAD_IN_END_RE.search(text)
    ):
        return True
    # a count in a short heading, not the last of a row of results ("Aland 40-44-42 (126)")
    # a bare number in parentheses with words after it is said of the line's item ("山田太郎（65）首相": an
    # age), not counted by a heading, which ends with its count ("FULL BAN (12)")
    counts = [c for c in find_counts(text) if c.counter or not text[c.end :].strip(WHITESPACE)]
    return (
        not ROSTER_LINE_RE.match(text)  # "総務＝山田太郎（59）": a roster's line, the figure an age
        and len(text) <= MAX_HEADING_CHARS
        and bool(counts)
        and not re.search("[。，,]", text)
        and not dashed_numbers(text)
    )


# an English heading set in capitals over its lines: "FULL BAN", "PARTIAL RESTRICTIONS (7)"
_CAPITALS_HEADING_RE = re.compile(r"[A-Z][A-Z'’&\-]+(?:\s+[A-Z'’&\-]+){0,5}(?:\s*\(\d+\))?")


# a heading set in lenticular brackets over its lines: "【亞洲】", "【全面禁止】"
_BRACKET_HEADING_RE = re.compile(r"【[^【】]{1,20}】")
MAX_NAME_CHARS = 30
