"""Reading a table whatever it lists: which column holds the names, which hold values, attributes or
groups, decided by the cells' content, not by a fixed header vocabulary.

HTML tables (``html_grid``) and plain-text tables (``text_table``) both hand over rows of ``TCell``; a
cell that spans several rows is the same object in each (``key``), which is how a group cell spanning
rows is recognised. The steps:

1. header rows: the top rows (at most ``MAX_HEADER_ROWS``) made of ``<th>`` cells or of text over
   columns whose body cells are values, or of generic column words (``國家``, ``Name``, ``稅率``);
2. section rows: a row of one cell among rows of several is a group label (with its count);
3. columns: a column of running numbers is an index; one whose cells are mostly values is a value
   column; a text column whose cells repeat (a spanning cell, or few distinct texts) is a group column;
   of the other text columns the leftmost with distinct, name-shaped cells holds the names, a second
   one in another script the names' translation, and the rest are attributes (kind from the header);
4. one item per body row, with its values labelled by their column's header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import YES_NO_RE
from pipeline.lang.named_figures import bracketed_numbers
from pipeline.lang.numbers import parse_number
from pipeline.lang.portfolios import portfolio
from pipeline.lang.posts import FORMER_POST_RE
from pipeline.lang.row_values import labelled_cell, plain_value
from pipeline.lang.scripts import EAST_ASIAN_RE, FOOTNOTE_MARKS, LATIN_RE, WHITESPACE, fold_pattern
from pipeline.lang.value_words import (
    BESIDE_VALUE_RE,
    EARLIER_RE,
    change_sign,
    earlier_label,
    in_units,
    without_equivalents,
)
from pipeline.lang.values import Found, find_values
from pipeline.models import Attribute, AttributeKind, Heading, Mention, Problem, Severity, Value
from sources.base import Document
from sources.item_titles import is_title
from sources.items import told_in_parens
from sources.layouts._counts import last_sentence, lead_in_count
from sources.layouts._headings import group_label
from sources.layouts._records import parse_span
from sources.layouts._shapes import BULLET_CHARS, EMOJI_MARK, SYMBOL_BLOCKS, TEXT_CACHE
from sources.layouts._table_enumerated import TCell, split_cells
from sources.layouts._table_labels import are_row_labels

MAX_HEADER_ROWS = 3
# a row that totals the table ("合計", "Total"): its count is the table's, it is no item
_TOTAL_ROW_RE = re.compile(
    fold_pattern(r"^(?:合計|總計|共計|總數|小計|計|共)$") + r"|^(?:合計|総計|計)$|^(?:sub)?totals?$",
    re.IGNORECASE,
)
MIN_ROWS = 3
VALUE_SHARE = 0.6  # share of a column's cells that must be values for a value column
NAME_DISTINCT = 0.8  # share of distinct texts in a name column
MAX_NAME_CHARS = 60
MAX_GROUP_DISTINCT_SHARE = 0.5
HEADER_WORDS_RE = re.compile(
    fold_pattern(
        r"^(?:編號|序號|排名|名次|國家|國家或地區|國家/地區|地區|經濟體|國別|名稱|姓名|人名|人物|職稱|職務|職位|頭銜|身分|"
        r"國籍|所屬|單位|機構|組織|公司|企業|稅率|關稅|對等關稅|稅率|金額|比例|限制|限制程度|類別|類型|備註|說明|理由|原因|"
        r"中文|英文|中文名稱|英文名稱)"
    )
    + r"|^(?:No\.?|#|Rank|Country|Countries|Nation|Economy|Economies|Jurisdiction|Territory|Name|Names|"
    r"Person|"
    r"Title|Position|Role|Nationality|Organi[sz]ation|Affiliation|Entity|Company|Rate|Tariff|Amount|Share|"
    r"Restriction|Type|Category|Group|Notes?|Reason|国(?!\w)|国名|氏名|名前|役職|肩書|国籍|所属|税率|関税率|区分)"
    r"(?![a-z])",  # a whole word: "Northshire" is no "No", "Namibia" no "Name"
    re.IGNORECASE,
)
TITLE_HEADER_RE = re.compile(
    fold_pattern(r"職稱|職務|職位|職銜|職級|官職|現職|頭銜|身分|身份") + r"|title|position|role|\bposts?\b"
    r"|役職|肩書",
    re.IGNORECASE,
)
ORG_HEADER_RE = re.compile(
    fold_pattern(r"所屬|單位|機構|組織|公司|企業") + r"|organi[sz]ation|affiliation|company|employer|所属",
    re.IGNORECASE,
)
# a column that describes each person or place, never the group the list files them under: "國籍", "黨籍",
# "Party", the region a country lies in ("地區", "Region"), a column of notes on each row ("備考": a
# roster's "初" or "再" marks the person new or back, it files no one)
PERSONAL_HEADER_RE = re.compile(
    fold_pattern(r"國籍|籍貫|出生|年齡|性別|黨籍|政黨|黨派|派系|派閥|地區|區域|所在地|備註|備注")
    + r"|\b(?:nationality|citizenship|born|age|gender|party|faction|region|continent|notes?|remarks)\b"
    + r"|国籍|出身|年齢|生年|会派|地域|備考",
    re.IGNORECASE,
)

# a column of where each row is (a country), and a column of people's names
# a column of the place each person sits for: their district, constituency or state
SEAT_HEADER_RE = re.compile(
    fold_pattern(r"選區|選舉區|選舉地區") + r"|選挙区|\b(?:district|constituency|riding|state)s?\b",
    re.IGNORECASE,
)
PLACE_HEADER_RE = re.compile(
    fold_pattern(r"^(?:國家|國別|國名|國家或地區|國家/地區)$") + r"|^(?:countries|country|nation|国|国名)$",
    re.IGNORECASE,
)
PERSON_HEADER_RE = re.compile(
    fold_pattern(r"^(?:姓名|人名|人物|候選人|當選人)$") + r"|^(?:氏名|名前|候補者)$|^(?:person|candidate)s?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class TableReading:
    mentions: list[Mention] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    extra_columns: int = 0  # value, attribute and group columns read


@dataclass(frozen=True, slots=True)
class _Columns:
    name: int
    translation: int | None
    values: tuple[int, ...]
    attributes: tuple[int, ...]
    group: int | None
    index: int | None
    titled: frozenset[int] = frozenset()  # unlabelled columns of posts: each cell a title, known or not


def _text(cell: TCell | None) -> str:
    return cell.text.strip(WHITESPACE + "\n") if cell is not None else ""


_DATING_RE = EARLIER_RE  # "（原24%）": formerly 24%
# "20%†", "+$0.38" (a rise: the sign before a currency's symbol)
_VALUE_REST_RE = re.compile(rf"^[\s（()）\[\]/→>\-–—+＋,，;；:：{re.escape(FOOTNOTE_MARKS)}]*$")
_INDEX_MARK_RE = re.compile(
    r"^\s*(?:[①-⑳㉑-㉟]|[0-9０-９]{1,4}[.．、)）]|[(（][0-9０-９]{1,4}[)）]"
    rf"|(?:[{re.escape(BULLET_CHARS)}{SYMBOL_BLOCKS}]|{EMOJI_MARK})(?=\s*\S))\s*"
)


@lru_cache(maxsize=TEXT_CACHE)
def _cell_values(text: str) -> tuple[Found, ...]:
    """The values of a cell that holds values only (``25%``, ``25パーセント（24パーセント）``), else ()
    (kept by the cell's text: a table's numbers and names recur from article to article)."""
    found = find_values(text)
    if not found:
        single = plain_value(text)
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


def _header_count(rows: Sequence[Sequence[TCell | None]], width: int) -> int:
    """How many top rows are column headers."""
    count = 0
    for row in rows[:MAX_HEADER_ROWS]:
        cells = [c for c in row if c is not None]
        body = rows[count + 1 :]
        valued = [
            c for c in range(min(width, len(row))) if _is_value(row[c]) and not _year_over(row[c], body, c)
        ]
        if not cells or valued or (count and _section_row(row) is not None):
            break
        if (
            width > 1
            and _section_row(row) is not None
            and any(_section_row(r) is not None for r in body[: _last_data_row(body)])
        ):
            # "Full ban (12)" over rows, "Partial (7)" further down: the first of the groups' rows (a
            # source line under the table, "資料來源：…", is none: the row on top is then its title)
            break
        over_values = any(
            row[c] is not None
            and sum(_is_value(x) for x in _column(body, c)) >= VALUE_SHARE * max(1, len(body))
            for c in range(min(width, len(row)))
        )
        if all(c.header for c in cells) or over_values or any(HEADER_WORDS_RE.match(_text(c)) for c in cells):
            count += 1
            continue
        break
    return count


YEAR_LABELS = (1900, 2100)  # a bare whole number in this range may be a column's year


def _year_over(cell: TCell | None, body: Sequence[Sequence[TCell | None]], c: int) -> bool:
    """``2024`` at the top of a column of ``3.15%``: a year naming the column, not a value, where the
    column's values carry a unit and the cell's number has none."""
    found = _cell_values(_text(cell))
    number = found[0].number if len(found) == 1 and not found[0].unit else None
    if number is None or not float(number).is_integer() or not YEAR_LABELS[0] <= number <= YEAR_LABELS[1]:
        return False
    units = [f.unit for x in _column(body, c) for f in _cell_values(_text(x))[:1]]
    return len(units) >= VALUE_SHARE * max(1, len(body)) and all(units)


def _labels(rows: Sequence[Sequence[TCell | None]], width: int) -> list[str]:
    labels = [""] * width
    # a row of one cell across the table over the column labels is the table's caption, no label's part
    own = [r for r in rows if width < 2 or _section_row(r) is None] or rows
    for row in own:
        for c in range(min(width, len(row))):
            t = _text(row[c])
            if t and t not in labels[c]:
                labels[c] = f"{labels[c]} {t}".strip()
    return labels


def _block_width(labels: Sequence[str]) -> int:
    """The width of one block of columns when the header repeats across the table (``Name Rate Name
    Rate``): the table prints its items side by side. The table's width when it does not repeat."""
    width = len(labels)
    folded = [label.casefold() for label in labels]
    for p in range(1, width // 2 + 1):
        if (
            width % p == 0
            and any(folded[:p])
            and all(folded[i : i + p] == folded[:p] for i in range(p, width, p))
        ):
            return p
    return width


def _unlabelled_block_width(rows: Sequence[Sequence[TCell | None]], width: int) -> int:
    """The width of one block of a header-less table whose columns go name, value, name, value …: each
    column of names (distinct, name-shaped) or of values, the same kinds repeating block after block."""
    kinds = []
    for c in range(width):
        cells = [x for x in _column(rows, c) if x is not None and _text(x)]
        texts = [_text(x) for x in cells]
        if cells and sum(_is_value(x) for x in cells) >= VALUE_SHARE * len(cells):
            kinds.append("value")
        elif cells and len(set(texts)) >= NAME_DISTINCT * len(texts) and all(map(_name_shaped, texts)):
            kinds.append("name")
        else:
            return width
    for p in range(2, width // 2 + 1):
        first = kinds[:p]
        if width % p == 0 and {"name", "value"} <= set(first):
            if all(kinds[i : i + p] == first for i in range(p, width, p)):
                return p
    return width


def _unfolded(rows: Sequence[Sequence[TCell | None]], block: int, width: int) -> list[list[TCell | None]]:
    """Rows of blocks side by side as one row per block, in reading order; a section row (one cell across)
    stays one row, and an empty block (the last row of an odd count) is dropped."""
    out: list[list[TCell | None]] = []
    for row in rows:
        if _section_row(row) is not None:
            out.append(list(row[:block]))
            continue
        for i in range(0, width, block):
            part = list(row[i : i + block])
            if any(c is not None and _text(c) for c in part):
                out.append(part + [None] * (block - len(part)))
    return out


# a cell that gives a row its place in a ranking: "3位", "第3名", "No. 3", "#3"
_PLACE_CELL_RE = re.compile(r"(?:第|No\.?\s*|#)?\s*([0-9０-９]{1,4})\s*(?:位|名)?")


def _place(text: str) -> float | None:
    m = _PLACE_CELL_RE.fullmatch(text)
    if m is not None and m.group(1) != text:
        return parse_number(m.group(1))
    found = plain_value(text)
    return found.number if found is not None else None


def _is_index(cells: Sequence[TCell | None]) -> bool:
    """A column of running numbers or places (``1``, ``2``, …; ``1位``, ``2位``, …): the rows' order."""
    values = [n for c in cells if c is not None and _text(c) and (n := _place(_text(c))) is not None]
    if len(values) < MIN_ROWS:
        return False
    # the numbering may start again under each group's row: runs of 1, 2, … of two rows at least
    starts = [k for k, n in enumerate(values) if n == 1]
    if not starts or starts[0] != 0:
        return False
    if _worded_places(cells, values):
        return True
    runs = [values[a:b] for a, b in zip(starts, [*starts[1:], len(values)], strict=True)]
    return all(len(r) >= 2 and r == list(range(1, len(r) + 1)) for r in runs)


def _worded_places(cells: Sequence[TCell | None], values: Sequence[float]) -> bool:
    """Every cell a place in words (``第1名``, ``3位``), in the order of the places: the rows' order, even
    where a tie repeats a place or a row is left out (``第8名`` then ``第10名``), never a name."""
    texts = [_text(c) for c in cells if c is not None and _text(c)]
    worded = all((m := _PLACE_CELL_RE.fullmatch(t)) is not None and m.group(1) != t for t in texts)
    return worded and len(values) == len(texts) and list(values) == sorted(values)


# what a bracket after a name says of the person ("山田太郎（甲党、北区）"): its pauses part no names
_ASIDE_RE = re.compile(r"[（(][^（）()]*[)）]")


def _name_shaped(text: str) -> bool:
    bare = _ASIDE_RE.sub("", text)
    return 0 < len(text) <= MAX_NAME_CHARS and "、" not in bare and not re.search(r"[。！？]", text)


def _classify(
    body: Sequence[Sequence[TCell | None]], width: int, labels: Sequence[str], *, captioned: bool = False
) -> _Columns | None:
    values: list[int] = []
    texts: list[int] = []
    group: int | None = None
    group_spans = False
    index: int | None = None
    for c in range(width):
        cells = [x for x in _column(body, c) if x is not None and _text(x)]
        if not cells:
            continue
        if index is None and _is_index(cells):
            index = c
            continue
        if sum(_is_value(x) for x in cells) >= VALUE_SHARE * len(cells):
            values.append(c)
            continue
        if not any(ch.isalpha() for x in cells for ch in _text(x)):
            continue  # flags, icons, symbols: no words to read
        distinct = {_text(x) for x in cells}
        spanning = any(x.rows > 1 for x in cells)
        repeated = spanning or 2 <= len(distinct) <= MAX_GROUP_DISTINCT_SHARE * len(cells)
        # a column of countries files its rows as any other column does (teams by country)
        kind = AttributeKind.OTHER if PLACE_HEADER_RE.search(labels[c]) else attribute_kind(labels[c])
        personal = bool(PERSONAL_HEADER_RE.search(labels[c]))  # "國籍": each person's, never a filing
        # a cell spanning the rows of several items files them together, even under a header naming
        # the body they belong to (所屬, Organization); a column of titles, or of what describes each
        # person (國籍), stays what each holds
        answers = all(YES_NO_RE.fullmatch(t.strip()) for t in distinct)  # "Yes" / "No": each row's own
        files = (spanning and kind is not AttributeKind.TITLE and not personal) or (
            repeated and kind is AttributeKind.OTHER and not personal and not captioned and not answers
        )
        if group is None and len(cells) >= MIN_ROWS and files:
            group, group_spans = c, spanning
            continue
        texts.append(c)
    names = [
        c
        for c in texts
        if (cells := [x for x in _column(body, c) if x is not None and _text(x)])
        and len({_text(x) for x in cells}) >= NAME_DISTINCT * len(cells)
        and sum(_name_shaped(_text(x)) for x in cells) >= VALUE_SHARE * len(cells)
    ]
    if not names:
        return None
    # a column of titles or of bodies (國務院, 財政部 | 張三) is what the names beside it hold or head
    name = next((c for c in names if not _titles_or_bodies(_column(body, c))), names[0])
    name = _untitled(body, names, name)
    # a column headed as people's names ("氏名") beside one headed as their posts ("役職") or their
    # country ("國家"), whatever the words in it: the names are the items
    if (TITLE_HEADER_RE.search(labels[name]) or PLACE_HEADER_RE.search(labels[name])) and (
        headed := next((c for c in names if PERSON_HEADER_RE.search(labels[c])), None)
    ) is not None:
        name = headed
    if group is not None and not group_spans and _where_people_are_from(body, labels, group, name, texts):
        texts, group = sorted((*texts, group)), None
    translation = next(
        (c for c in names[1:] if _script(_column(body, c)) not in ("", _script(_column(body, name)))), None
    )
    attributes = tuple(c for c in texts if c not in (name, translation))
    titled = frozenset(c for c in attributes if not labels[c] and _posts(_column(body, c)))
    return _Columns(name, translation, tuple(values), attributes, group, index, titled)


MIN_POSTS = 2  # known posts in a column that make it a column of posts, at the least
POSTS_SHARE = 0.4  # of its cells, at the least (two of five: "校長, 副校長" over "教務長, 總務長, 研發長")


MAX_FIELD_CHARS = 4  # a Japanese roster's post printed as its field alone ("総務", "経済産業")
_CJK_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")


def _post_count(cells: Sequence[TCell | None]) -> int:
    return sum(_post(_INDEX_MARK_RE.sub("", _text(c))) for c in cells if c is not None and _text(c))


def _post(text: str) -> bool:
    """A post: a title (``外相``, ``財政部長``), or, as a Japanese roster prints it, a minister's field
    alone in a few characters (``総務``, ``外務``: ``lang.portfolios`` knows the field)."""
    t = text.strip(WHITESPACE)
    field = len(t) <= MAX_FIELD_CHARS and _CJK_ONLY_RE.fullmatch(t) is not None and bool(portfolio(t))
    return is_title(t) or field


def _posts(cells: Sequence[TCell | None]) -> bool:
    """``POSTS_SHARE`` of a column's cells or more (``MIN_POSTS`` at the least) are posts (``校長 | 張三``,
    ``外相 | 李四``): the column holds each row's post, one the word lists do not know (``總務長``) as much
    as one they do."""
    filled = [c for c in cells if c is not None and _text(c)]
    return (known := _post_count(filled)) >= MIN_POSTS and known >= POSTS_SHARE * len(filled)


def _untitled(body: Sequence[Sequence[TCell | None]], names: Sequence[int], name: int) -> int:
    """The name column: ``name``, unless it holds posts (two or more) where another column that could
    be the names holds none (``主计长 | 张三``, ``财政部长 | 王五``: the posts are what the names hold)."""
    if _post_count(_column(body, name)) < MIN_POSTS:
        return name
    return next((c for c in names if c != name and _post_count(_column(body, c)) == 0), name)


def _where_people_are_from(
    body: Sequence[Sequence[TCell | None]], labels: Sequence[str], group: int, name: int, texts: Sequence[int]
) -> bool:
    """The repeating column ``group`` is headed as the country (``國家``, ``Country``, ``国``) of the rows'
    names, and they are people: the name column is headed as people's names (``姓名``, ``氏名``), or
    another column holds their titles (``法官``, ``Judge``). Each person's nationality, not a filing: the
    article files people by country with a cell spanning their rows."""
    if not PLACE_HEADER_RE.search(labels[group]):
        return False
    if PERSON_HEADER_RE.search(labels[name]):
        return True
    return any(
        c != name
        and (cells := [_text(x) for x in _column(body, c) if x is not None and _text(x)])
        and sum(is_title(t) for t in cells) >= VALUE_SHARE * len(cells)
        for c in texts
    )


# what ends the name of an office a person heads (a ministry, a department, a bureau), never a place's
_OFFICE_END_RE = re.compile(fold_pattern(r"(?:[部院署局處廳會委辦室]|(?<!公)司)$"))  # 律政司, not a 公司


def _titles_or_bodies(cells: Sequence[TCell | None]) -> bool:
    """Most of a column's cells are titles (``財政部長``, ``Secretary of State``) or names of offices
    (``財政部``, ``國務院``): the column is what a person holds or heads, not the person."""
    # a row's marker before the first cell is no part of the title ("▽外相")
    texts = [_INDEX_MARK_RE.sub("", _text(c)) for c in cells if c is not None and _text(c)]
    held = sum(is_title(t) or _OFFICE_END_RE.search(t) is not None for t in texts)
    return bool(texts) and held >= VALUE_SHARE * len(texts)


MIN_GRID_COLUMNS = 3


def _a_grid_of_names(body: Sequence[Sequence[TCell | None]], labels: Sequence[str], cols: _Columns) -> bool:
    """A table without a header whose every column (three or more: a name beside one description is
    likelier) holds distinct names of one script and nothing else."""
    if any(labels) or cols.values or cols.group is not None or cols.index is not None:
        return False
    if len(cols.attributes) < MIN_GRID_COLUMNS - 1:
        return False
    if cols.translation is not None:
        return False
    script = _script(_column(body, cols.name))
    for c in cols.attributes:
        cells = [x for x in _column(body, c) if x is not None and _text(x)]
        if not cells or _script(list(cells)) != script:
            return False
        if sum(_name_shaped(_text(x)) for x in cells) < VALUE_SHARE * len(cells):
            return False
        if len({_text(x) for x in cells}) < NAME_DISTINCT * len(cells):
            return False
    return True


def _labelled_rows(body: Sequence[Sequence[TCell | None]], labels: Sequence[str], cols: _Columns) -> bool:
    """A table whose first column only letters or numbers its rows (``are_row_labels``) and whose every
    other column (two or more) holds distinct names of one script and nothing else, no titles."""
    if cols.values or cols.group is not None or cols.translation is not None:
        return False
    if len(cols.attributes) < MIN_GRID_COLUMNS - 1 or cols.name > min(cols.attributes):
        return False
    if not are_row_labels([_text(r[cols.name]) for r in body if cols.name < len(r) and r[cols.name]]):
        return False
    scripts = set()
    for c in cols.attributes:
        cells = [x for x in _column(body, c) if x is not None and _text(x)]
        if not cells or sum(_name_shaped(_text(x)) for x in cells) < VALUE_SHARE * len(cells):
            return False
        if len({_text(x) for x in cells}) < NAME_DISTINCT * len(cells) or _titles_or_bodies(cells):
            return False
        scripts.add(_script(list(cells)))
    return len(scripts) == 1


def _grid_mentions(doc: Document, body: Sequence[Sequence[TCell | None]], cols: _Columns) -> list[Mention]:
    """The names of a table with row labels, row by row, each filed under its row's label."""
    one = _Columns(0, None, (), (), None, None)
    mentions: list[Mention] = []
    for row in body:
        label = group_label(_text(row[cols.name])) if cols.name < len(row) and row[cols.name] else ""
        for c in cols.attributes:
            cell = row[c] if c < len(row) else None
            if cell is not None and _text(cell) and (m := _row_mention(doc, [cell], one, [""], label)):
                mentions.append(m)
    return mentions


def _script(cells: list[TCell | None]) -> str:
    joined = " ".join(_text(c) for c in cells if c is not None)
    if EAST_ASIAN_RE.search(joined):
        return "east-asian"
    return "latin" if LATIN_RE.search(joined) else ""


# a cell of a dash alone ("—", "－", "ー"): nothing printed for the row in that column
_DASHES_RE = re.compile(r"[\-‐–—―－ー]+")


def attribute_kind(label: str) -> AttributeKind:
    """The kind of attribute a column header or field label names (title, organization, the place a
    person sits for, other). A column of the posts held before (``原職務``, ``Previous post``) is no title
    of the person's now: another column."""
    if FORMER_POST_RE.match(label):
        return AttributeKind.OTHER
    if TITLE_HEADER_RE.search(label):
        return AttributeKind.TITLE
    if ORG_HEADER_RE.search(label):
        return AttributeKind.ORGANIZATION
    if SEAT_HEADER_RE.search(label) or PLACE_HEADER_RE.search(label):
        return AttributeKind.PLACE
    return AttributeKind.OTHER


def _cell_kind(label: str, text: str) -> AttributeKind:
    """The kind of a cell's attribute: its column header's, else a title where the cell is one (``外相``)."""
    if label:
        return attribute_kind(label)
    return AttributeKind.TITLE if is_title(text) else AttributeKind.OTHER


def _section_row(row: Sequence[TCell | None]) -> TCell | None:
    cells = [c for c in row if c is not None]
    distinct = {id(c) for c in cells}
    return cells[0] if len(distinct) == 1 and _text(cells[0]) else None


CAPTION_LINES = 3
MAX_CAPTION_CHARS = 60


def caption(doc: Document, start: int, floor: int, *, lead_in: bool = False) -> tuple[str, int, int] | None:
    """The nearest short line above the table (its caption or heading); with ``lead_in``, a longer line
    that ends in a colon too (``The rates on goods from four countries are:``); else the last sentence of a
    paragraph above it, when that sentence counts the table under it with a colon."""
    text = doc.text
    pos = start
    for _ in range(CAPTION_LINES):
        line_end = text.rfind("\n", floor, pos)
        if line_end < floor:
            return None
        line_start = text.rfind("\n", floor, line_end) + 1
        line = text[line_start:line_end].strip(WHITESPACE)
        if line:
            if (
                len(line) <= MAX_CAPTION_CHARS
                or (lead_in and line.endswith((":", "：")))
                or lead_in_count(line) is not None
            ):
                off = text.find(line, line_start)
                return line, off, off + len(line)
            if lead_in_count(last := last_sentence(line)) is not None:
                # "… by viewers at home. The top ten in the grand final:": its last sentence leads in
                off = text.find(last, line_start)
                return last, off, off + len(last)
            return None
        pos = line_end
    return None


def read_table(
    doc: Document,
    rows: Sequence[Sequence[TCell | None]],
    *,
    layout: str,
    group: str = "",
    captioned: bool = False,
) -> TableReading:
    """Items of one table: ``rows`` are its rows of cells (``None`` where a row has no cell);
    ``captioned``: the table sits under the heading of its group, and a column of repeated words
    describes its rows rather than files them."""
    reading = TableReading()
    width = max((len(r) for r in rows), default=0)
    if width < 1 or len(rows) < MIN_ROWS:
        return reading
    n_header = _header_count(rows, width)
    rows = split_cells(rows, n_header, doc.text)  # "甲國、乙國" in one cell: a row per name
    width = max(len(r) for r in rows)
    header, body_rows = rows[:n_header], rows[n_header:]
    labels = _labels(header, width)
    block = _block_width(labels) if any(labels) else _unlabelled_block_width(body_rows, width)
    if block < width:  # "經濟體 稅率 經濟體 稅率": items side by side, read row by row, left to right
        body_rows = _unfolded(body_rows, block, width)
        labels, width = labels[:block], block
    data = [r for r in body_rows if width == 1 or _section_row(r) is None]
    # rows of one cell across the table (``Full ban (12)``) file the rows under them: a column of repeated
    # words beside the names then describes each row (its region), as under a group's caption
    sectioned = width > 1 and any(_section_row(r) is not None for r in body_rows[: _last_data_row(body_rows)])
    cols = _classify(data, width, labels, captioned=captioned or sectioned)
    if cols is None or len(data) < MIN_ROWS:
        return reading
    if _a_grid_of_names(data, labels, cols):
        # names laid out in rows of several (no header, no values): every cell an item, row by row
        cells = list(dict.fromkeys(c for row in body_rows for c in row if c is not None and _text(c)))
        body_rows = [[c] for c in cells]
        cols, labels, width = _Columns(0, None, (), (), None, None), [""], 1
    if _labelled_rows(data, labels, cols):
        # "甲組 | A | B | C": every cell beside a row's label is an item filed under it
        reading.mentions = _grid_mentions(doc, data, cols)
        reading.extra_columns = 1
        return reading
    reading.extra_columns = len(cols.values) + len(cols.attributes) + (cols.group is not None)
    current = group
    mentions: list[Mention] = []
    seen: set[int] = set()
    for row in body_rows:
        section = _section_row(row) if width > 1 else None
        if section is not None:
            current = group_label(_text(section))
            counts = find_counts(_text(section))
            reading.headings.append(
                Heading(
                    doc.id,
                    _text(section),
                    None,
                    counts[0].value if counts else None,
                    section.start,
                    section.end,
                    current,
                )
            )
            continue
        name_cell = row[cols.name] if cols.name < len(row) else None
        if name_cell is not None and _TOTAL_ROW_RE.match(_text(name_cell)):
            # "合計 | 5個經濟體": the table's own count, no item
            counts = find_counts(" ".join(_text(c) for c in dict.fromkeys(x for x in row if x is not None)))
            if counts:
                reading.headings.append(
                    Heading(
                        doc.id, _text(name_cell), None, counts[0].value, name_cell.start, name_cell.end, group
                    )
                )
            continue
        mention = _row_mention(doc, row, cols, labels, current)
        if mention is not None:
            mentions.append(mention)
        cell = row[cols.group] if cols.group is not None and cols.group < len(row) else None
        if cell is not None and id(cell) not in seen:
            seen.add(id(cell))
            counts = find_counts(_text(cell))
            if counts:
                label = group_label(_text(cell))
                reading.headings.append(
                    Heading(doc.id, _text(cell), None, counts[0].value, cell.start, cell.end, label)
                )
    last = max((m.start for m in mentions), default=-1)
    # a row of one cell after the last item is a note or a source line, not a group heading
    reading.headings = [h for h in reading.headings if h.stated is not None or h.start < last]
    reading.mentions = mentions
    if not reading.mentions:
        reading.problems.append(
            Problem(doc.id, "empty-table", Severity.INFO, f"{layout}: a table without items")
        )
    return reading


def _last_data_row(rows: Sequence[Sequence[TCell | None]]) -> int:
    """The index of the last row that is no section row (a note under the table is none)."""
    return max((k for k, r in enumerate(rows) if _section_row(r) is None), default=0)


def _glued_label(text: str) -> str:
    """The label glued before a cell's number (``金`` of ``金40``), "" for none."""
    labelled = labelled_cell(text)
    return labelled[0] if labelled is not None else ""


def _row_mention(
    doc: Document, row: Sequence[TCell | None], cols: _Columns, labels: list[str], group: str
) -> Mention | None:
    cell = row[cols.name] if cols.name < len(row) else None
    if cell is None or not _text(cell):
        return None
    mark = _INDEX_MARK_RE.match(cell.text)
    start = cell.start + (mark.end() if mark else 0)
    # beside a column of posts, what the parentheses after a name say is the person's ("山田太郎（62）衆院")
    told = told_in_parens(doc.text, start, cell.end) if cols.titled else None
    parts = parse_span(doc.text, start, told[0] if told is not None else cell.end)
    if parts.empty:
        return None
    if told is not None:
        parts = replace(parts, attributes=(*parts.attributes, *told[1]))
    if cols.translation is not None and cols.translation < len(row) and row[cols.translation] is not None:
        other = _text(row[cols.translation])
        if EAST_ASIAN_RE.search(other) and not parts.name_zh:
            parts = replace(parts, name_zh=other)
        elif not EAST_ASIAN_RE.search(other) and not parts.name_en:
            parts = replace(parts, name_en=other)
    values = list(parts.values)
    for c in cols.values:
        v = row[c] if c < len(row) else None
        if v is None:
            continue
        lead = len(v.text) - len(v.text.lstrip(WHITESPACE + "\n"))
        own = [label for label, _ in _bracketed(_text(v))]  # the parts' own labels: "甲票12"
        in_cell = _cell_values(_text(v))
        for k, found in enumerate(in_cell):
            offset = v.start + lead + found.start
            header = labels[c] or _glued_label(_text(v))
            dated = earlier_label(_text(v)[in_cell[k - 1].end : found.start]) if k else ""
            label = header if k == 0 else (own[k] if k < len(own) else dated or f"{header} ({k + 1})".strip())
            number, unit = found.number, found.unit
            if not unit and number is not None:  # "500" under "Pledge (US$ million)": 500,000,000 USD
                number, unit = in_units(number, header_unit(labels[c]))
            values.append(
                Value(
                    found.raw,
                    number,
                    unit,
                    label,
                    offset,
                    offset + len(found.raw),
                    found.low,
                    found.high,
                    found.approximate,
                )
            )
    attrs = list(parts.attributes)
    for c in cols.attributes:
        a = row[c] if c < len(row) else None
        if a is not None and _text(a) and not _DASHES_RE.fullmatch(_text(a).strip(WHITESPACE)):
            # a row's marker before its first cell is the row's, not the attribute's ("▽外相　張三")
            mark = _INDEX_MARK_RE.match(_text(a)) if c == 0 else None
            cut = mark.end() if mark is not None and mark.end() < len(_text(a)) else 0
            text, at = _text(a)[cut:], a.start + len(a.text) - len(a.text.lstrip(WHITESPACE + "\n")) + cut
            span = (at, at + len(text)) if cut else (a.start, a.end)
            kind = AttributeKind.TITLE if c in cols.titled else _cell_kind(labels[c], text)
            attrs.append(Attribute(kind, text, labels[c], *span))
    if cols.group is not None and cols.group < len(row) and row[cols.group] is not None:
        group = group_label(_text(row[cols.group])) or group
    if len(values) > len(parts.values) or len(attrs) > len(parts.attributes):
        parts = replace(parts, values=tuple(values), attributes=tuple(attrs))
    return parts.mention(doc.id, 0, category=None, start=cell.start, end=cell.end, group=group)
