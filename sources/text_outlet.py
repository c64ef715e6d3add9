"""The outlet of a plain-text article named in its own lines: a byline, a source label beside the date, a
wire story's dateline, a name set apart from a date on its line.
"""

from __future__ import annotations

import re

from pipeline.lang.leads import CREDIT_WORDS
from pipeline.lang.scripts import CJK
from sources.base import Document
from sources.layouts._page_furniture import share_buttons
from sources.text_metadata import is_dateline, plain_outlet

_DATE_LIKE_RE = re.compile(
    r"\d{4}\s*[年/\-.]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(
    r"^By\s+[^,|]{2,60}(?:,|\s\|)\s*(?P<outlet>[^,|]{2,40})$"
)  # "By Jane Roe | Aland Post"
# a mainland or Taiwan page's ``来源：甲報網`` beside its date (``資料來源：`` cites data, not the outlet)
_SOURCE_LABEL_RE = re.compile(
    r"(?:^|[\s\u3000|])(?:来源|來源|稿源)\s*[:：]\s*(?P<outlet>[^\s\u3000|：:，,]{2,30})"
)
# a wire story's dateline naming its agency: "ALANDVILLE (Aland Wire) -",
# "ALANDVILLE, June 5 (Aland Wire) --", "ALANDVILLE, June 5, 2025 (Aland Wire) -",
# "（甲通社記者張三甲城5日電）", "甲通社甲城6月4日電"
_WIRE_DATELINE_RES = (
    re.compile(
        r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
        r"\s*\((?P<outlet>[A-Z][\w&.' ]{1,30})\)\s*[-—–]"
    ),
    re.compile(rf"^[（(](?P<outlet>[{CJK}]{{2,6}}?)(?:記者|记者)[^）)]{{0,30}}(?:電|电)[）)]"),
    re.compile(rf"^(?P<outlet>[{CJK}]{{1,4}}社)[{CJK}]{{0,8}}\d{{1,2}}月\d{{1,2}}日(?:電|电)"),
    # the agency's credit beside the date: "2031年5月2日 ｜ 甲通社記者張三／甲城2日專電"
    re.compile(
        rf"(?:^|[｜|\u3000]\s*)(?!本)(?P<outlet>[{CJK}]{{2,6}}?)(?:記者|记者)[^）)｜|，。]{{0,30}}(?:專電|专电|電|电)\s*$"
    ),
    # a Japanese wire story's place and agency: "【カルパティア甲通】"
    re.compile(r"^【[\u30a1-\u30ff・ー]{2,12}(?P<outlet>[\u4e00-\u9fff]{2,3})】"),
    # a Chinese paper's credit: "【甲報訊】", "【甲報專訊】", "【甲日報報道】", "【甲網記者 張三 報道】"
    # (``本報訊``, "this paper's", names none)
    re.compile(
        rf"^【(?!本)(?P<outlet>[{CJK}A-Za-z.]{{2,12}}?)(?:(?:記者|记者)[^】]{{1,12}})?" + CREDIT_WORDS + "】"
    ),
)
# a name, a comma and a date that ends the line: "Aland Daily, June 5, 2025", "Aland Daily, 5 June 2025"
_NAME_COMMA_DATE_RE = re.compile(
    r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}),\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?)\s+\d{4}\s*$"
)
# what sets an outlet apart from a date on its line: wide blanks, a bar, or one blank between a Chinese name
# and a Chinese date ("甲報 2031年5月2日")
_SEGMENT_RE = re.compile(r"\u3000+|\s{2,}|\s\|\s|(?<=[\u3400-\u9fff])[ \u00a0](?=\d{4}\s*年)")
OUTLET_LINES = 6


def outlet_from_text(doc: Document) -> str:
    """A text article's outlet when no adapter knows it: a short name standing on a line of its own (or
    before a date on its line) near the top, next to the date, the outlet of a byline ``By X, Outlet``; else
    the one a source label names (``来源：甲報``)."""
    first, *rest = doc.text.split("\n")[: 1 + 3 * OUTLET_LINES]
    if is_dateline(first.strip()) or first.strip() != doc.title:  # the article opens with no headline
        rest.insert(0, first)
    # a line of share buttons (``Share``, ``Email``) names no outlet
    lines = [ln.strip() for ln in rest if ln.strip() and not share_buttons(ln.strip())][:OUTLET_LINES]
    for k, line in enumerate(lines):
        if (m := _NAME_COMMA_DATE_RE.match(line)) and not m["name"].isupper() and plain_outlet(m["name"]):
            return m["name"]  # "Aland Daily, June 5, 2025" ("WASHINGTON, June 5, 2025" names a place)
        if m := _BYLINE_RE.match(line):
            return m.group("outlet").strip()
        segments = [x.strip() for x in _SEGMENT_RE.split(line) if x.strip()]
        head = segments[0] if segments else ""
        if len(segments) >= 2 and _DATE_LIKE_RE.match(
            head
        ):  # "2031年5月2日　甲報": the outlet after the date
            after = next((x for x in segments[1:] if not re.search(r"\d", x)), "")
            if plain_outlet(after) and after != doc.title:
                return after
        dated = _DATE_LIKE_RE.search(line[len(head) :]) or (
            k + 1 < len(lines) and _DATE_LIKE_RE.search(lines[k + 1])
        )
        if dated and plain_outlet(head) and head != doc.title:
            return head
    labelled = (m.group("outlet") for line in lines if (m := _SOURCE_LABEL_RE.search(line)))
    wired = (m.group("outlet") for line in lines for r in _WIRE_DATELINE_RES if (m := r.search(line)))
    return next(labelled, "") or next(wired, "")
