"""What a table lists, column by column: an index, places, people with their posts or their places,
titles or bodies, a grid of names or rows labelled by name (``_classify``).
Used by ``_tables.read_table``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.group_cues import YES_NO_RE
from pipeline.lang.portfolios import portfolio
from pipeline.lang.posts import FORMER_POST_RE, OFFICE_END_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.models import AttributeKind
from sources.item_titles import is_title
from sources.layouts._table_cell_values import (
    _INDEX_MARK_RE,
    _PLACE_CELL_RE,
    MAX_GROUP_DISTINCT_SHARE,
    MIN_ROWS,
    NAME_DISTINCT,
    VALUE_SHARE,
    _column,
    _is_value,
    _name_shaped,
    _place,
    _script,
    _text,
)
from sources.layouts._table_enumerated import TCell
from sources.layouts._table_header_words import (
    PERSON_HEADER_RE,
    PERSONAL_HEADER_RE,
    PLACE_HEADER_RE,
    TITLE_HEADER_RE,
    attribute_kind,
)
from sources.layouts._table_labels import are_row_labels
from sources.layouts._table_people import people_beside_places
from sources.layouts._table_runs import in_runs


@dataclass(frozen=True, slots=True)
class _Columns:
    name: int
    translation: int | None
    values: tuple[int, ...]
    attributes: tuple[int, ...]
    group: int | None
    index: int | None
    titled: frozenset[int] = frozenset()  # unlabelled columns of posts: each cell a title, known or not


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
    name = people_beside_places(body, names, name)  # "甲国 | ロー首相": the people, each of a country
    # a column headed as people's names ("氏名") beside one headed as their posts ("役職") or their
    # country ("國家"), whatever the words in it: the names are the items
    if (TITLE_HEADER_RE.search(labels[name]) or PLACE_HEADER_RE.search(labels[name])) and (
        headed := next((c for c in names if PERSON_HEADER_RE.search(labels[c])), None)
    ) is not None:
        name = headed
    if group is not None and not group_spans and _where_people_are_from(body, labels, group, name, texts):
        texts, group = sorted((*texts, group)), None
    if group is not None and not group_spans and index is not None and not _grouped(body, group):
        texts, group = sorted((*texts, group)), None  # a ranking's column of sports: what each row is
    translation = next(
        (c for c in names[1:] if _script(_column(body, c)) not in ("", _script(_column(body, name)))), None
    )
    attributes = tuple(c for c in texts if c not in (name, translation))
    titled = frozenset(c for c in attributes if not labels[c] and _posts(_column(body, c)))
    titled |= _former_posts(body, labels, name, attributes)
    return _Columns(name, translation, tuple(values), attributes, group, index, titled)


def _former_posts(
    body: Sequence[Sequence[TCell | None]], labels: Sequence[str], name: int, attributes: Sequence[int]
) -> frozenset[int]:
    """The column of the posts each person held (``原職務``, ``前職``), in a table that prints no post of
    theirs now (no column headed as posts, no post heading the names): the posts the people are known by,
    their titles; beside a post held now, another column (``新職務 | 姓名 | 原職務``)."""
    if is_title(labels[name]) or any(attribute_kind(labels[c]) is AttributeKind.TITLE for c in attributes):
        return frozenset()
    former = [c for c in attributes if FORMER_POST_RE.match(labels[c]) and _posts(_column(body, c))]
    return frozenset(former) if len(former) == 1 else frozenset()


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


def _grouped(body: Sequence[Sequence[TCell | None]], group: int) -> bool:
    """The rows of each word of the repeating column ``group`` stand together (``in_runs``): in a table
    ranked by its index, words that come back after others describe each row, a country (``國家``,
    ``總部``) as any other column, they file none."""
    return in_runs([_text(x) for x in _column(body, group) if x is not None and _text(x)])


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


def _titles_or_bodies(cells: Sequence[TCell | None]) -> bool:
    """Most of a column's cells are titles (``財政部長``, ``Secretary of State``) or names of offices
    (``財政部``, ``國務院``): the column is what a person holds or heads, not the person."""
    # a row's marker before the first cell is no part of the title ("▽外相")
    texts = [_INDEX_MARK_RE.sub("", _text(c)) for c in cells if c is not None and _text(c)]
    held = sum(is_title(t) or OFFICE_END_RE.search(t) is not None for t in texts)
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
