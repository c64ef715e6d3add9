"""What a table's header and caption say: the words of a header row, the header of a title, body, seat,
place or person column and the attribute kind it gives, and the caption above a table. Used by the
table readers (``_tables.py``, the text and HTML table layouts) and the registry.
"""

from __future__ import annotations

import re

from pipeline.lang.count_binding import last_sentence
from pipeline.lang.demonyms import english_place, place_at_start
from pipeline.lang.leads import TABLE_BELOW_RE
from pipeline.lang.posts import FORMER_POST_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from pipeline.models import AttributeKind
from sources.base import Document
from sources.item_titles import is_title
from sources.layouts._counts import lead_in_count

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
# a column of where each row is based (a company's headquarters): the place it is from, as a country's
HOME_HEADER_RE = re.compile(
    fold_pattern(r"^(?:總部|總部所在地|所在地)$") + r"|^(?:本社|本社所在地|headquarters|hq|based in)$",
    re.IGNORECASE,
)
PERSON_HEADER_RE = re.compile(
    fold_pattern(r"^(?:姓名|人名|人物|候選人|當選人|領袖|領導人|首腦|元首|球員|選手|官員|議員|得主|獲獎者)$")
    + r"|^(?:氏名|名前|候補者|首脳|選手|議員|受賞者)$"
    + r"|^(?:person|candidate|name|leader|player|official|winner|laureate|nominee|athlete)s?$",
    re.IGNORECASE,
)


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
    if SEAT_HEADER_RE.search(label) or PLACE_HEADER_RE.search(label) or HOME_HEADER_RE.search(label):
        return AttributeKind.PLACE
    return AttributeKind.OTHER


def _cell_kind(label: str, text: str) -> AttributeKind:
    """The kind of a cell's attribute: its column header's, else a title where the cell is one (``外相``),
    a place where it is a country's whole name (``甲國``, ``Borduria``)."""
    if label:
        return attribute_kind(label)
    if is_title(text):
        return AttributeKind.TITLE
    t = text.strip()
    return (
        AttributeKind.PLACE
        if t and (place_at_start(t) == len(t) or english_place(t, demonym=False))
        else AttributeKind.OTHER
    )


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
            if (
                TABLE_BELOW_RE.search(last)
                and lead_in_count(last.rstrip(WHITESPACE + "。.") + ":") is not None
            ):
                # "… The table shows the April and the new rate for 12 economies.": it leads the table in
                off = text.find(last, line_start)
                return last, off, off + len(last)
            return None
        pos = line_end
    return None
