"""Reading one cell of a table: its text, the values in it (signed, bracketed, counted; dates and index
marks aside), the unit its header names, whether it is a place or name-shaped, and the shares and
sizes the table readers judge columns by. Used by ``_tables.py`` and its helpers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from pipeline.lang.counts import find_counts
from pipeline.lang.headcounts import scaled_alone
from pipeline.lang.named_figures import bracketed_numbers
from pipeline.lang.numbers import parse_number
from pipeline.lang.row_values import labelled_cell, plain_value
from pipeline.lang.scripts import EAST_ASIAN_RE, FOOTNOTE_MARKS, LATIN_RE, WHITESPACE
from pipeline.lang.value_words import BESIDE_VALUE_RE, EARLIER_RE, change_sign, without_equivalents
from pipeline.lang.values import Found, find_values
from sources.layouts._shapes import BULLET_CHARS, EMOJI_MARK, SYMBOL_BLOCKS, TEXT_CACHE
from sources.layouts._table_enumerated import TCell

MIN_ROWS = 3
VALUE_SHARE = 0.6  # share of a column's cells that must be values for a value column
NAME_DISTINCT = 0.8  # share of distinct texts in a name column
MAX_NAME_CHARS = 60
MAX_GROUP_DISTINCT_SHARE = 0.5


def _text(cell: TCell | None) -> str:
    return cell.text.strip(WHITESPACE + "\n") if cell is not None else ""


_DATING_RE = EARLIER_RE  # "（原24%）": formerly 24%
# "20%†", "+$0.38" (a rise: the sign before a currency's symbol)
_VALUE_REST_RE = re.compile(rf"^[\s（()）\[\]/→>\-–—+＋,，;；:：{re.escape(FOOTNOTE_MARKS)}]*$")
_INDEX_MARK_RE = re.compile(
    r"^\s*(?:[①-⑳㉑-㉟]|[0-9０-９]{1,4}[.．、)）]|[(（][0-9０-９]{1,4}[)）]"
    r"|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"  # "（一）甲國", "一、甲國"
    rf"|(?:[{re.escape(BULLET_CHARS)}{SYMBOL_BLOCKS}]|{EMOJI_MARK})(?=\s*\S))\s*"
)


@lru_cache(maxsize=TEXT_CACHE)
def _cell_values(text: str) -> tuple[Found, ...]:
    """The values of a cell that holds values only (``25%``, ``25パーセント（24パーセント）``), else ()
    (kept by the cell's text: a table's numbers and names recur from article to article)."""
    found = find_values(text)
    if not found:
        single = plain_value(text) or _scaled(text)  # "3.45億": a plain number, its scale applied
        if single is None and (labelled := labelled_cell(text)) is not None:
            single = labelled[1]  # "金40": the number, under the label glued before it
        if single is None and (counted := _counted(text)) is not None:
            single = counted  # "18家": a count with its counter, the number of what the column counts
        if single is None and (parts := _bracketed(text)):
            return tuple(f for _, f in parts)  # "30票（甲票12、乙票18）": a total, then its parts
        return (single,) if single is not None else ()
    text, found = without_equivalents(text, found)  # "300億ドル（約4.5兆円）": one amount
    rest, last = [], 0
    for f in found:
        rest.append(text[last : f.start])
        last = f.end
    rest.append(text[last:])
    # what is left is punctuation, a word that dates a value (``25%（原24%）``: "originally 24%"), or says
    # which way a change went or that a rate is per day (``8779億ドル（132億ドル増）``, ``日量50万バレル``)
    if not _VALUE_REST_RE.match(BESIDE_VALUE_RE.sub("", _DATING_RE.sub("", "".join(rest)))):
        return ()
    return tuple(_signed(text, k, f, found) for k, f in enumerate(found))


def _signed(text: str, k: int, f: Found, found: Sequence[Found]) -> Found:
    """``f`` negative when the words beside it say it fell (``118億ドル減``)."""
    before = text[found[k - 1].end if k else 0 : f.start]
    if f.number is None or f.number <= 0 or change_sign(before, text[f.end :]) > 0:
        return f
    return replace(f, number=-f.number)


def _bracketed(text: str) -> list[tuple[str, Found]]:
    """A cell that is only a total and its labelled parts in parentheses (``30票（甲票12、乙票18）``)."""
    t = text.strip()
    found = bracketed_numbers(t, named=False)
    return found if found and found[0][1].start == 0 else []


def _scaled(text: str) -> Found | None:
    """A cell that is only a figure in a scale word (``3.45億``), as a plain number."""
    found = scaled_alone(text)
    return Found(text[found[1] : found[2]], found[0], "", found[1], found[2]) if found is not None else None


def _counted(text: str) -> Found | None:
    """A cell that is only a number and its counter (``18家``, ``5人``), as a plain number."""
    t = text.strip()
    counts = find_counts(t)
    if len(counts) != 1 or counts[0].start != 0 or counts[0].end != len(t):
        return None
    return Found(t, counts[0].value, "", 0, len(t))


_HEADER_UNIT_RE = re.compile(r"[（(]\s*([^()（）\d]{1,12}?)\s*[)）]\s*$")


def header_unit(label: str) -> str:
    """The unit a header gives its column's plain numbers: ``Change (points)`` -> ``points``."""
    m = _HEADER_UNIT_RE.search(label)
    if not m:
        return ""
    unit = m.group(1).strip()
    return "%" if unit in ("%", "％", "percent", "per cent") else unit


def _is_value(cell: TCell | None) -> bool:
    return cell is not None and bool(_cell_values(_text(cell)))


def _column(rows: Sequence[Sequence[TCell | None]], c: int) -> list[TCell | None]:
    return [row[c] if c < len(row) else None for row in rows]


# a cell that gives a row its place in a ranking: "3位", "第3名", "No. 3", "#3"
_PLACE_CELL_RE = re.compile(r"(?:第|No\.?\s*|#)?\s*([0-9０-９]{1,4})\s*(?:位|名)?")


def _place(text: str) -> float | None:
    m = _PLACE_CELL_RE.fullmatch(text)
    if m is not None and m.group(1) != text:
        return parse_number(m.group(1))
    found = plain_value(text)
    return found.number if found is not None else None


# what a bracket after a name says of the person ("山田太郎（甲党、北区）"): its pauses part no names
_ASIDE_RE = re.compile(r"[（(][^（）()]*[)）]")


def _name_shaped(text: str) -> bool:
    bare = _ASIDE_RE.sub("", text)
    return 0 < len(text) <= MAX_NAME_CHARS and "、" not in bare and not re.search(r"[。！？]", text)


def _script(cells: list[TCell | None]) -> str:
    joined = " ".join(_text(c) for c in cells if c is not None)
    if EAST_ASIAN_RE.search(joined):
        return "east-asian"
    return "latin" if LATIN_RE.search(joined) else ""


# a cell of a dash alone ("—", "－", "ー"): nothing printed for the row in that column
_DASHES_RE = re.compile(r"[\-‐–—―－ー]+")


def _section_row(row: Sequence[TCell | None]) -> TCell | None:
    cells = [c for c in row if c is not None]
    distinct = {id(c) for c in cells}
    return cells[0] if len(distinct) == 1 and _text(cells[0]) else None
