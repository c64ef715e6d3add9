"""Lists without markers: one item per line after a lead-in, and profile blocks.

- ``lines``: a lead-in line (ending with ``：``/``:``, or a short heading that states a count such as
  ``全面禁止入境（12國）``) followed by short name-shaped lines, one item each, values allowed
  (``日本：25%``, ``Ruritania 46%``). Several lead-ins make several groups. Lines that go name, title,
  name, title are one item per pair, the title its attribute. Three lines or more of a name and a value
  with words after it (``Aland: 20%, down from 46%``) that open a paragraph need no lead-in.
- ``profiles``: blocks separated by blank lines, each a short name line, a short title line and
  perhaps a sentence, repeated: the name is the item and the title line its attribute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.lang.counts import (
    COUNTED_LEAD_END_RE,
    count_line,
    find_counts,
    last_sentence,
    lead_in_counts,
    total_line,
)
from pipeline.lang.cues import COMPLETE_RE, LEAD_IN_END_RE, LEAD_IN_RE, NOTE_LABEL_RE
from pipeline.lang.demonyms import place_before_person
from pipeline.lang.scripts import EAST_ASIAN_RE, WHITESPACE
from pipeline.lang.values import dashed_numbers
from pipeline.models import Attribute, AttributeKind, Heading, Mention
from sources.base import Document, Extraction
from sources.item_appointments import appointed
from sources.item_english import HONORIFIC_RE
from sources.item_titles import is_title, title_colon_name
from sources.items import split_item
from sources.layouts._closed_labels import closed_run_labels
from sources.layouts._headings import ROSTER_LINE_RE, group_label
from sources.layouts._inline_clause_spans import ABBREVIATION_RE
from sources.layouts._labelled_lines import labelled_split
from sources.layouts._labelled_rows import labelled_row
from sources.layouts._lines import Line, body_lines
from sources.layouts._parens import outside_parens
from sources.layouts._records import RawItem, build_mentions
from sources.layouts._shapes import BULLET_CHARS, EMOJI_MARK, SYMBOL_BLOCKS, TEXT_CACHE
from sources.layouts._table_header_words import HEADER_WORDS_RE, attribute_kind
from sources.layouts._table_labels import series_labels
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
MAX_BLANKS = 1


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


@lru_cache(maxsize=TEXT_CACHE)
def _item_line(text: str) -> bool:
    """Whether the line reads as one item of an unmarked list (a function of its text alone: kept per text,
    since a block's lines are asked again as lead-ins are looked for, and outlets print the same lines)."""
    if _MARKED_RE.match(text) or re.search(r"\t|\u3000|\S {2,}\S|[|｜│]", text):
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
        return name.count("，") + name.count("、") == 0 or _described_name(text)
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


_NAME_VALUE_GAP_RE = re.compile(r"\s*(?:[:：]|[—–－-]|——)\s*")
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


# words joined by hyphens in a lead-in, and one after a comma ("(wins-draws-losses, points in brackets)")
_HYPHENATED_LABELS_RE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)+)(?:\s*,\s*([^\W\d_]+))?")


def _hyphenated_labels(lead: str, items: Sequence[str]) -> tuple[str, ...]:
    """The labels a lead-in gives rows of numbers joined by hyphens (``Aland 40-44-42 (126)`` under
    ``(wins-draws-losses, points)``): its words joined by hyphens, and the word after them for the number
    in parentheses, where they are as many as every row's numbers; () otherwise."""
    sizes = {len(dashed_numbers(item)) for item in items}
    if len(sizes) != 1 or 0 in sizes:
        return ()
    (size,) = sizes
    for m in _HYPHENATED_LABELS_RE.finditer(lead):
        words = m.group(1).split("-")
        labels = [*words, m.group(2)] if m.group(2) and len(words) + 1 == size else words
        if len(labels) == size:
            return tuple(labels)
    return ()


@dataclass(frozen=True, slots=True)
class _Block:
    lead: Line | None  # None for a run of named values that needs none (``_unled_items``)
    items: tuple[Line, ...]
    stated: int | None
    titles: tuple[Line, ...] = ()  # the title line under each item, when every item has one


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
        stated = counts[-1].value if counts else opening
        if stated is None and items and j < len(lines) and (total := total_line(_stripped(lines[j]))):
            stated = total  # "（共計12國）" right under the last item
        # a second group may be short where its heading is set like the first one's ("PARTIAL BAN")
        alike = last_kind is not None and last_kind == kind
        alike = alike or _heading_follows(lines, i, j) or i in series
        # one holder of a post heading the lines may stand alone under it ("主席" over "張三"), one name under
        # the label of its own line right after the run it ends ("Individuals: Jane Roe")
        own = lines[i].start in labelled and ended == i
        least = 1 if alike and kind == "post" or own else 2 if stated is not None or alike else MIN_ITEMS
        if items and len(items) >= least:
            names, titles = _name_title_pairs(items)
            out.append(_Block(lines[i], tuple(names), stated, tuple(titles)))
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
    return Line(line.start, line.start + len(text) - len(" and"), text[: -len(" and")])


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


def _cued(block: _Block) -> bool:
    if block.lead is None:
        return False
    lead = _stripped(block.lead)
    return block.stated is not None or bool(LEAD_IN_RE.search(lead) or COMPLETE_RE.search(lead))


class LinesLayout:
    name = "lines"
    description = (
        "one item per line without a marker, after a lead-in line ending in '：' or a counted heading"
    )

    def detect(self, doc: Document) -> float:
        blocks = _blocks(body_lines(doc))
        n = sum(len(b.items) for b in blocks)
        if n < MIN_ITEMS:
            return 0.0
        bonus = 0.1 if any(_cued(b) for b in blocks) else 0.0
        return round(min(0.9, n / (n + 6) + bonus), 4)

    def extract(self, doc: Document) -> Extraction:
        blocks = _blocks(body_lines(doc))
        grouped = len(blocks) >= 2
        raw: list[RawItem] = []
        headings: list[Heading] = []
        titles: dict[int, list[Line]] = {}
        for b in blocks:
            lead = _stripped(b.lead) if b.lead is not None else ""
            label = group_label(lead) if grouped and lead else ""
            if b.lead is not None and (b.stated is not None or label):
                s = b.lead.start + len(b.lead.text) - len(b.lead.text.lstrip(WHITESPACE))
                e = b.lead.start + len(b.lead.text.rstrip(WHITESPACE))
                headings.append(Heading(doc.id, doc.text[s:e], None, b.stated, s, e, label))
            columns = _hyphenated_labels(lead, [_stripped(line) for line in b.items])
            for k, line in enumerate(b.items):
                ls = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
                le = line.start + len(line.text.rstrip(WHITESPACE))
                raw.append(RawItem(ls, le, None, label, columns=columns))
                if b.titles:
                    titles[ls] = [b.titles[k]]
        mentions, problems = build_mentions(doc, raw, self.name)
        mentions = [_with_title(doc, m, titles.get(m.start, [])) for m in mentions]
        return Extraction(self.name, tuple(mentions), tuple(headings), tuple(problems))


# --------------------------------------------------------------------------- profile blocks

MIN_PROFILES = 3
MAX_PROFILE_LINES = 4
MAX_NAME_CHARS = 30
MAX_TITLE_CHARS = 60


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    cur: list[Line] = []
    for line in lines:
        if _stripped(line):
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


# a field's label before its value on a profile's line: "姓名：", "職務：", "Name:", "国籍："
_FIELD_RE = re.compile(rf"(?:{HEADER_WORDS_RE.pattern})\s*[：:]\s*", re.IGNORECASE)


def _field(text: str) -> tuple[str, int]:
    """A profile line's field label (``職務``) and where its value starts; ("", 0) without one."""
    m = _FIELD_RE.match(text)
    return (
        (text[: m.end()].strip(WHITESPACE + "：:"), m.end())
        if m and m.end() < len(text.rstrip())
        else ("", 0)
    )


def _name_start(line: Line) -> int:
    """Where a profile's name starts: after the line's blanks, its marker (``（一）``, ``1.``, ``●``) and
    its field label (``姓名：``)."""
    s = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
    m = _MARKED_RE.match(line.text.lstrip(WHITESPACE))
    if m:
        s += m.end()
        while s < line.end and line.text[s - line.start] in WHITESPACE:
            s += 1
    return s + _field(line.text[s - line.start :])[1]


# a name (with its post) in lenticular brackets on a line of its own, over the sentence about the person
_BRACKETED_NAME_RE = re.compile(r"【([^【】]{2,30})】")


def _bracketed(par: list[Line]) -> bool:
    """``【ジェーン・ロー外相】`` over ``2019年から外交を率いる。``: the name in brackets, then a sentence."""
    m = _BRACKETED_NAME_RE.fullmatch(_stripped(par[0]))
    return (
        len(par) == 2
        and m is not None
        and _item_line(m.group(1))
        and bool(re.search(r"[。.]$", _stripped(par[1])))
    )


def _profile(par: list[Line]) -> bool:
    if not 2 <= len(par) <= MAX_PROFILE_LINES or _stripped(par[-1]).endswith(("：", ":")):
        return False  # a block that ends introducing what follows is no profile
    if _bracketed(par):
        return True
    name = par[0].text[_name_start(par[0]) - par[0].start :].strip(WHITESPACE)
    title = _stripped(par[1])
    if len(par) > 2 and is_title(name) and not is_title(title):  # noqa: PLR2004
        return False  # "非官守成員" over "李四", "王五": a post heading the names under it, no person
    return (
        len(re.sub(r"[（(][^）)]*[）)]", "", name)) <= MAX_NAME_CHARS
        and _item_line(name)
        and not re.search(r"\d", name)
        and 0 < len(title) <= MAX_TITLE_CHARS
        and not title.endswith(("。", ".", "：", ":"))
    )


def _sentence_blocks(lines: Sequence[Line]) -> list[list[Line]]:
    """Blocks of lines each ending with a sentence (a page's profile cards read without blank lines
    between them: name, title, sentence; name, title, sentence). A lead-in ending in a colon closes its
    block too: the first card starts under it."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    for line in lines:
        if not (text := _stripped(line)):
            continue
        cur.append(line)
        if re.search(r"[。.！!？?：:]$", text):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _nameless(par: list[Line]) -> bool:
    """A profile whose name line is missing: a title line, then its sentence (no item, no end of run)."""
    return len(par) == 2 and is_title(_stripped(par[0])) and bool(re.search(r"[。.]$", _stripped(par[1])))


MAX_POSTED_NAME_LINE = 24  # characters of a line that is a post and a name over a paragraph about them


def _posted_name(par: list[Line], after: list[Line] | None) -> bool:
    """``前外交部長張三`` alone over a paragraph of sentences about the person: a post before a name (the
    item parser reads the post as a title), the paragraph after it prose."""
    if len(par) != 1 or not after or not EAST_ASIAN_RE.search(par[0].text):
        return False
    text = _stripped(par[0])
    if len(text) > MAX_POSTED_NAME_LINE or not _item_line(text):
        return False
    split = split_item(text, 0, len(text))
    return any(
        a.kind is AttributeKind.TITLE and a.end <= split.name_start for a in split.attributes
    ) and bool(re.search("[。！？]$", _stripped(after[-1])))


def _titled_name(par: list[Line]) -> bool:
    """``John Doe, finance minister`` over ``Doe, 52, was deputy governor of the central bank.``: a name
    line carrying its own post, then a sentence about the person (a page's profile cards whose heading
    holds the name and the post)."""
    if len(par) != 2 or not re.search(r"[。.！!？?]$", _stripped(par[1])):  # noqa: PLR2004
        return False
    text = _stripped(par[0])
    if re.search(r"[。！？!?]$", text) or not _item_line(text):
        return False
    split = split_item(text, 0, len(text))
    return split.name_end > split.name_start and any(a.kind is AttributeKind.TITLE for a in split.attributes)


def _profile_runs(pars: Sequence[list[Line]]) -> list[list[list[Line]]]:
    runs: list[list[list[Line]]] = []
    cur: list[list[Line]] = []
    for k, par in enumerate(pars):
        if (
            _profile(par)
            or _titled_name(par)
            or _posted_name(par, pars[k + 1] if k + 1 < len(pars) else None)
        ):
            cur.append(par)
            continue
        if cur and _posted_name(cur[-1], par) and len(par) == 1:
            continue  # the paragraph about the person named above
        if cur and _nameless(par):
            continue
        if len(cur) >= MIN_PROFILES:
            runs.append(cur)
        cur = []
    if len(cur) >= MIN_PROFILES:
        runs.append(cur)
    return runs


def _profiles(lines: Sequence[Line]) -> list[list[list[Line]]]:
    return _profile_runs(_paragraphs(lines)) or _profile_runs(_sentence_blocks(lines))


MIN_POSTS_OVER_NAMES = 2


def _posts_over_names(run: list[list[Line]]) -> bool:
    """A run of two-line profiles whose first lines are posts (most of them known: ``President``,
    ``Treasurer``, with ``Provost`` among them) over names, no second line a post: each profile is a post
    over the person holding it."""
    if any(len(par) != 2 or _bracketed(par) for par in run):  # noqa: PLR2004
        return False
    posts = sum(is_title(_stripped(par[0])) for par in run)
    return (
        posts >= max(MIN_POSTS_OVER_NAMES, len(run) / 2)
        and not any(is_title(_stripped(par[1])) for par in run)
        and all(_item_line(_stripped(par[1])) for par in run)
    )


class ProfilesLayout:
    name = "profiles"
    description = "profile blocks: a name line, a title line and a sentence, repeated"

    def detect(self, doc: Document) -> float:
        n = sum(len(r) for r in _profiles(body_lines(doc)))
        # a name line with a title line under it says more than the marker alone: above the marked lists
        return round(min(0.85, n / (n + 5) + 0.1), 4) if n >= MIN_PROFILES else 0.0

    def extract(self, doc: Document) -> Extraction:
        lines = body_lines(doc)
        runs = _profiles(lines)
        raw: list[RawItem] = []
        titles: dict[int, list[Line]] = {}
        for run in runs:
            posts_over_names = _posts_over_names(run)
            for par in run:
                if posts_over_names:  # "Provost" over "John Doe": the name is the second line
                    par = [par[1], par[0], *par[2:]]
                line = par[0]
                s = _name_start(line)
                e = line.start + len(line.text.rstrip(WHITESPACE))
                if _bracketed(par):  # the name inside its brackets; the sentence under it is no title
                    s, e = s + 1, e - 1
                raw.append(RawItem(s, e, None))
                # a bracketed name's sentence, or the sentence under a name line with its post, is no title
                titles[s] = [] if _bracketed(par) or (not _profile(par) and _titled_name(par)) else par[1:]
        mentions, problems = build_mentions(doc, raw, self.name)
        return Extraction(
            self.name,
            tuple(_with_title(doc, m, titles.get(m.start, [])) for m in mentions),
            tuple(h for run in runs if (h := _counted_lead(doc, lines, run[0][0])) is not None),
            tuple(problems),
        )


def _counted_lead(doc: Document, lines: Sequence[Line], first: Line) -> Heading | None:
    """The lead-in right above a run of profiles, when it states how many they are (``4名新面孔入閣，以下
    是他們的簡介：``): the run's stated count."""
    above = [line for line in lines if line.end <= first.start and _stripped(line)]
    if not above or not _lead_in(text := _stripped(above[-1])) or not (counts := lead_in_counts(text)):
        return None
    lead = above[-1]
    s = lead.start + len(lead.text) - len(lead.text.lstrip(WHITESPACE))
    return Heading(doc.id, text, None, counts[-1].value, s, s + len(text))


def _with_title(doc: Document, m: Mention, lines: Sequence[Line]) -> Mention:
    """The profile's title line (the line under the name), or its labelled fields (``職務：…``,
    ``國籍：…``) each as an attribute of the kind its label names; a sentence under the title that opens
    with where the person is from (``甲國人，…``) gives that place."""
    attrs = []
    for k, line in enumerate(lines):
        s = line.start + len(line.text) - len(line.text.lstrip(WHITESPACE))
        e = line.start + len(line.text.rstrip(WHITESPACE))
        label, at = _field(doc.text[s:e])
        if label:
            attrs.append(Attribute(attribute_kind(label), doc.text[s + at : e], label, s + at, e))
        elif k == 0:
            attrs.append(Attribute(AttributeKind.TITLE, doc.text[s:e], "", s, e))
        elif n := place_before_person(doc.text[s:e]):  # "甲國人，…": where the person is from
            attrs.append(Attribute(AttributeKind.OTHER, doc.text[s : s + n], "", s, s + n))
    return replace(m, attributes=(*m.attributes, *attrs))


LAYOUTS = (LinesLayout(), ProfilesLayout())
