"""The blocks of an unmarked list: runs of item lines after a lead-in (or opening a paragraph without
one), where a run ends (a closing item, a heading, a sentence), name and title lines in pairs, and the
kind of heading above a run. Used by the ``lines`` layout (``lines.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.count_binding import lead_in_counts
from pipeline.lang.count_lines import count_line, total_line
from pipeline.lang.scripts import WHITESPACE
from sources.item_titles import is_title
from sources.items import split_item
from sources.layouts._blank_noted import counted_notes, name_part, noted_line
from sources.layouts._closed_labels import closed_run_labels
from sources.layouts._labelled_lines import labelled_split
from sources.layouts._line_header import header_row
from sources.layouts._line_items import (
    _BRACKET_HEADING_RE,
    _CAPITALS_HEADING_RE,
    _MARKED_RE,
    MAX_HEADING_CHARS,
    MAX_LEAD_CHARS,
    MIN_ITEMS,
    _item_line,
    _lead_in,
    _named_value,
    _stripped,
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


def _among_named_values(lines: Sequence[Line], j: int) -> bool:
    """``甲國：193個目的地`` among ``乙國：190個目的地``, ``丙國：189個目的地``: a name, a colon and a
    count read as a short counted heading too, but ``MIN_ITEMS`` lines in a row are set alike: a run of
    named values, no headings; unless a name is a heading over lines elsewhere (``Full ban: 12
    countries`` over ``Partial ban: 7 countries``, each a group's count, then ``Full ban:`` over its
    names)."""
    if not _named_value(_stripped(lines[j])):
        return False
    lo = hi = j
    while lo > 0 and _named_value(_stripped(lines[lo - 1])):
        lo -= 1
    while hi + 1 < len(lines) and _named_value(_stripped(lines[hi + 1])):
        hi += 1
    if hi - lo + 1 < MIN_ITEMS:
        return False
    names = {_value_name(_stripped(line)) for line in lines[lo : hi + 1]}
    return not any(
        _stripped(line).rstrip("：:").strip() in names
        for line in lines
        if _stripped(line).endswith(("：", ":"))
    )


def _value_name(text: str) -> str:
    split = split_item(text, 0, len(text))
    return text[split.name_start : split.name_end]


def _paragraph_closes(line: Line, first: Line) -> bool:
    """``line`` ends an HTML paragraph that line breaks part, and that paragraph holds the run's first
    item: the run's last line."""
    p = line.paragraph
    return p is not None and p[0] <= first.start and line.start + len(line.text.rstrip()) >= p[1]


_ITEM_END = {"。": "；", ".": ";"}


def _closing_item(items: Sequence[Line], text: str) -> bool:
    """``張三，甲國國防部長。`` after lines that each end with ``；``: the run's last item, closed by the full
    stop that ends the enumeration (``Jane Roe, treasurer.`` after lines ending ``;``)."""
    stop = text[-1:]
    if stop not in _ITEM_END or len(items) < 2 or text.count(stop) > 1 and stop == "。":
        return False
    if not all(_stripped(line).endswith(("；", ";")) or line.text.endswith(_AND) for line in items):
        return False
    return _item_line(text[:-1] + _ITEM_END[stop])


_AND = "; and"


def _without_and(line: Line) -> Line:
    """``John Doe, chief of staff; and``: the line before the last item of a run of lines ending with
    semicolons, without the ``and`` that joins them."""
    text = line.text.rstrip(WHITESPACE)
    if not text.endswith(_AND):
        return line
    return Line(
        line.start, line.start + len(text) - len(" and"), text[: -len(" and")], line.paragraph, line.heading
    )


def _without_stop(line: Line) -> Line:
    """The line without the full stop that closes it (the stop is no part of the item's last field)."""
    text = line.text.rstrip(WHITESPACE)[:-1]
    return Line(line.start, line.start + len(text), text)


_WORDS_AFTER_RE = re.compile(r"[^\W\d_]")


def _unled_items(lines: Sequence[Line], i: int) -> list[Line]:
    """A block of ``MIN_ITEMS`` lines or more from ``lines[i]``, every one a short name, a colon or a
    dash and a value, some with words after it (``Aland: 20%, down from 46%``, ``甲国：20％（従来は46％）``):
    a list by its shape with no lead-in (a table's reader takes the lines of bare values); else ``[]``."""
    if i > 0 and not _opens_after(_stripped(lines[i - 1])):
        return []  # a paragraph's line, not its first
    run: list[Line] = []
    for line in lines[i:]:
        t = _stripped(line)
        if not t or not _named_value(t) or _MARKED_RE.match(t):
            break
        run.append(line)
    worded = any(_words_after_value(_stripped(line)) for line in run)
    return run if len(run) >= MIN_ITEMS and worded else []


def _opens_after(above: str) -> bool:
    """The line ``above`` leaves the next one to open a block: a blank line, or a headline or dateline
    (no sentence or lead-in ends it), as an HTML page's paragraphs come with no blank line between."""
    return not above or (len(above) <= MAX_LEAD_CHARS and not _SENTENCE_END_RE.search(above))


_SENTENCE_END_RE = re.compile(r"[。！？.!?：:]$")


def _words_after_value(text: str) -> bool:
    split = split_item(text, 0, len(text))
    tail = text[split.values[0].end :] if split.values else ""
    return _WORDS_AFTER_RE.search(tail) is not None


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
