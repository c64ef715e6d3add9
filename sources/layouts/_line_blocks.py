"""The blocks of an unmarked list: runs of item lines after a lead-in (or opening a paragraph without
one), name and title lines in pairs, and the kind of heading above a run; where a run ends (a closing
item, a paragraph's last line, a run of named values) is told by ``_line_run_ends``. Used by the
``lines`` layout (``lines.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.count_lines import count_line, total_line
from sources.item_titles import is_title
from sources.layouts._blank_noted import counted_notes, name_part, noted_line
from sources.layouts._closed_labels import closed_run_labels
from sources.layouts._labelled_lines import labelled_split
from sources.layouts._line_header import header_row
from sources.layouts._line_items import (
    _BRACKET_HEADING_RE,
    _CAPITALS_HEADING_RE,
    MAX_HEADING_CHARS,
    MIN_ITEMS,
    _item_line,
    _lead_in,
    _named_value,
    _stripped,
)
from sources.layouts._line_run_ends import (
    _SENTENCE_END_RE,
    _among_named_values,
    _closing_item,
    _paragraph_closes,
    _unled_items,
    _without_and,
    _without_stop,
)
from sources.layouts._lines import Line
from sources.layouts._table_labels import series_labels

MAX_BLANKS = 1


@dataclass(frozen=True, slots=True)
class _Block:
    lead: Line | None  # None for a run of named values that needs none (``_unled_items``)
    items: tuple[Line, ...]
    stated: int | None
    titles: tuple[Line, ...] = ()  # the title line under each item, when every item has one
    columns: tuple[str, ...] = ()  # the labels a header row over the items gives their values


def _name_title_pairs(items: Sequence[Line]) -> tuple[list[Line], list[Line]]:
    """Lines that go name, title, name, title (``張三`` over ``財政部長``, the cards of a page read as
    lines): the names, and the title under each; the run ends at the first line out of step. The lines
    as they are, and no titles, when the second line is no title under a name."""
    names: list[Line] = []
    titles: list[Line] = []
    for k in range(0, len(items) - 1, 2):
        name, title = _stripped(items[k]), _stripped(items[k + 1])
        if is_title(name) or not is_title(title):
            break
        names.append(items[k])
        titles.append(items[k + 1])
    if len(names) < MIN_ITEMS:
        return list(items), []
    return names, titles


def _post_heading(lines: Sequence[Line], i: int) -> bool:
    """``主席``, ``非官守成員`` on a line of its own after a blank line (or first), over lines that are no
    posts (``張三``, ``李四``): a post heading the people who hold it, the group they are filed under. A post
    under a name with no blank line between is the name's (``_name_title_pairs``)."""
    text = _stripped(lines[i])
    under = _stripped(lines[i + 1]) if i + 1 < len(lines) else ""
    if (i > 0 and _stripped(lines[i - 1])) or not under or len(text) > MAX_HEADING_CHARS:
        return False
    return is_title(text) and not is_title(under) and not _lead_in(under) and _item_line(under)


def _opens(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` leads in the lines under it: a lead-in, a post heading them, or a label over their tally."""
    return _lead_in(_stripped(lines[i])) or _post_heading(lines, i) or _over_tally(lines, i)


def _opening_tally(lines: Sequence[Line], i: int) -> int | None:
    """The count of the line right under line ``i`` when it is one count and nothing else (``17
    countries``, ``3カ国``) over an item: the tally that opens the group ``i`` labels."""
    if i + 2 >= len(lines) or not _item_line(_stripped(lines[i + 2])):
        return None
    return count_line(_stripped(lines[i + 1]))


def _over_tally(lines: Sequence[Line], i: int) -> bool:
    """``全面禁止`` after a blank line, over ``3カ国`` and the items: a short label of words over the
    tally that opens its group."""
    text = _stripped(lines[i])
    if (i > 0 and _stripped(lines[i - 1])) or not text or len(text) > MAX_HEADING_CHARS:
        return False
    return (
        not _SENTENCE_END_RE.search(text)
        and count_line(text) is None
        and _opening_tally(lines, i) is not None
    )


def _blocks(body: Sequence[Line]) -> list[_Block]:
    # "Individuals: Jane Roe" after the lines under "Companies:": a lead-in over its names
    lines, labelled = labelled_split(body, _lead_in, _item_line, _named_value)
    # "グループA" over four lines, "グループB" over the next: labels of a series head the lines under them
    series = series_labels([_stripped(line) for line in lines])
    series |= closed_run_labels(lines, _item_line)  # "全面禁止入境" over lines and their tally, no colon
    out: list[_Block] = []
    last_kind: str | None = None  # how the lead-in of the last block read is set (None: it has none)
    ended = -1  # the line the last block read ends before
    i = 0
    while i < len(lines):
        if not _opens(lines, i) and i not in series:
            if unled := _unled_items(lines, i):
                out.append(_Block(None, tuple(unled), None))
                last_kind = None
                i += len(unled)
                continue
            i += 1
            continue
        kind = _kind(lines, i)
        items: list[Line] = []
        noted: dict[int, int] = {}  # the items that carry a note after a run of blanks: their lines
        counts = lead_in_counts(_stripped(lines[i]))
        opening = None if counts else _opening_tally(lines, i)  # "Full ban:" over "17 countries"
        j, blanks = i + 1 + (opening is not None), 0
        spaced: bool | None = (
            None  # whether the items are separated by blank lines (decided by the first gap)
        )
        while j < len(lines):
            t = _stripped(lines[j])
            if not t:
                blanks += 1
                if items and (blanks > MAX_BLANKS or spaced is False):
                    break
                j += 1
                continue
            if len(items) == 1 and spaced is None:
                spaced = blanks > 0
            if items and blanks and kind == "post":
                break  # the names a post heads are the lines right under it
            if items and lines[j].heading and not any(item.heading for item in items):
                break  # a page's heading element ("<h2>Tier 2</h2>") after items set otherwise is no item
            if noted_line(t, _item_line) and j not in series:
                noted[len(items)] = j
                items.append(name_part(lines[j]))
                blanks = 0
                j += 1
                continue
            if j in series or not _item_line(t) or (_opens(lines, j) and not _among_named_values(lines, j)):
                # a lead-in right under a lead-in is the one that leads
                if _closing_item(items, t):
                    items.append(_without_stop(lines[j]))
                    j += 1
                break
            items.append(_without_and(lines[j]))
            blanks = 0
            j += 1
            if _paragraph_closes(lines[j - 1], items[0]):
                break  # "Companies:<br>A<br>B<br>C" in one paragraph: the list ends with it
        # "國家 稅率" over "甲國 25%": a header row, no item; its labels the values'
        columns = header_row([line for line in lines[i + 1 : j] if _stripped(line)])
        if columns is not None:
            items, noted = items[1:], {k - 1: at for k, at in noted.items() if k}
        stated = counts[-1].value if counts else opening
        if stated is None and items and j < len(lines) and (total := total_line(_stripped(lines[j]))):
            stated = total  # "（共計12國）" right under the last item
        if (kept := counted_notes(items, noted, stated)) < len(items):
            j, items = noted[kept], items[:kept]  # the run ends at that line, as a row of cells ends it
        # a second group may be short where its heading is set like the first one's ("PARTIAL BAN")
        alike = last_kind is not None and last_kind == kind
        alike = alike or _heading_follows(lines, i, j) or i in series
        # one holder of a post heading the lines may stand alone under it ("主席" over "張三"), one name under
        # the label of its own line right after the run it ends ("Individuals: Jane Roe")
        own = lines[i].start in labelled and ended == i
        least = 1 if alike and kind == "post" or own else 2 if stated is not None or alike else MIN_ITEMS
        if items and len(items) >= least:
            names, titles = _name_title_pairs(items)
            out.append(_Block(lines[i], tuple(names), stated, tuple(titles), columns or ()))
            last_kind = kind
            i = ended = j
        else:
            i += 1
    return out


def _heading_follows(lines: Sequence[Line], lead: int, end: int) -> bool:
    """``Senate:`` over two names, then ``House:``: a short heading whose lines stop at another short
    heading set the same way is the first of a run of groups, and may be as short as the others."""
    head = _stripped(lines[lead])
    kind = _kind(lines, lead)
    if len(head) > MAX_HEADING_CHARS or not kind:
        return False
    k = next((k for k in range(end, len(lines)) if _stripped(lines[k])), None)
    if k is None or len(_stripped(lines[k])) > MAX_HEADING_CHARS:
        return False
    return _kind(lines, k) == kind and _opens(lines, k)


def _kind(lines: Sequence[Line], k: int) -> str:
    """How lead-in line ``k`` is set (``_heading_kind``), or "post" for a post heading the lines under it."""
    return "post" if _post_heading(lines, k) else _heading_kind(_stripped(lines[k]))


def _heading_kind(text: str) -> str:
    """How a lead-in line is set: in capitals, ending in a colon, or neither."""
    if _CAPITALS_HEADING_RE.fullmatch(text):
        return "capitals"
    if _BRACKET_HEADING_RE.fullmatch(text):
        return "brackets"
    return "colon" if text.endswith(("：", ":")) else ""
