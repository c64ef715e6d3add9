"""A plain-text article's metadata, taken from the text itself: its date (a dateline in Chinese, Japanese or
English, a Republic of China year, a date in the file's name), its url, its headline, and whether a line
is a dateline or a navigation menu's.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from typing import Any

from pipeline.lang.scripts import EAST_ASIAN_RE
from sources.mail_headers import is_header_line, subject

TITLE_MIN, TITLE_MAX = 8, 64
TITLE_MIN_CJK = 6  # a Chinese or Japanese headline can be this short (甲國新內閣出爐)
TITLE_MAX_LATIN = 120  # an English headline runs to more characters
MAX_OUTLET_CHARS = 30  # an outlet's name is at most this long
NAV_WORD_MAX = 8  # characters of a navigation menu's entry (首頁, 國際新聞, 兩岸), at most
HEADLINE_CLAUSES = 4  # clauses of a headline set apart by spaces, at most
HEAD_LINES = 40  # metadata (date lines, URL) is looked for in this many lines at the top
_DATE_MARKER_RE = re.compile(
    r"^[ \t\u3000]*date[ \t\u3000]+(\d{4})-(\d{1,2})-(\d{1,2})(?=[\s]|$)", re.IGNORECASE
)
# what a Chinese or Japanese dateline prints after the day: its weekday and time
# ("2025年4月16日 週三 晚上8:12", "2025年4月16日（水）22時30分", "2025年4月16日 星期三 下午 3:05")
_CJK_DATE_TAIL = (
    r"(?:\s*[（(]?(?:週|周|星期|禮拜|礼拜)[一二三四五六日天][）)]?|\s*[（(][月火水木金土日][）)])?"
    r"(?:\s*(?:上午|下午|晚上|早上|凌晨|中午|傍晚|午前|午後)?\s*\d{1,2}(?:[:：]\d{2}(?::\d{2})?|時\d{1,2}分))?"
)
_DATE_FORMS = (
    re.compile(
        r"(?<!\d)(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?!\d)(?:\s*T?\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?"
    ),
    re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]" + _CJK_DATE_TAIL),
    # a year of the Republic of China's calendar, as papers may print it ("民國114年6月5日", "114年6月5日":
    # 2025; three digits, a year no Western calendar prints so)
    re.compile(
        r"(?:民[國国]\s*(\d{2,3})|(?<![\d民國国])(1\d\d))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"
        + _CJK_DATE_TAIL
    ),
    # a year of a Japanese era ("令和7年6月5日", "令和元年": its first year)
    re.compile(r"(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日" + _CJK_DATE_TAIL),
)
ROC_FORM = 2  # the index in ``_DATE_FORMS`` of the form whose year counts from 1912
ROC_YEAR_ONE = 1911  # added to a year of the Republic of China
ERA_FORM = 3  # the index of the form whose year counts from an era's first
ERA_YEAR_ONE = {"令和": 2018, "平成": 1988}  # added to a year of each era (its first year is 元年, one)
_EN_MONTHS = "january february march april may june july august september october november december".split()
# "June 4, 2025", "Jun. 4, 2025, 9:52 PM EDT", "4 June 2025": an English dateline (month, day, year)
_EN_DATE_FORM = re.compile(
    r"\b(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"|(?P<day2>\d{1,2})\s+(?P<mon2>[A-Z][a-z]{2,8})\.?,?\s+(?P<year2>\d{4}))"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
)
# words a dateline may open with: "Published June 5, 2025", "Updated: 5 June 2025", "發布時間：2025-06-05"
_DATELINE_PREFIX_RE = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?|發布時間|发布时间|發佈時間|更新時間|更新时间"
    r"|更新日時|配信日時|公開日)\s*[:：]?\s*",
    re.IGNORECASE,
)
DATELINE_REST = 12  # a line is a dateline when at most this many characters remain besides the date
# a short name set apart from a date on its line by a wide gap ("June 5, 2025  Aland Daily"): the outlet
_APART_RE = re.compile(r"\s{2,}|\u3000|\s[|｜·]\s")
MAX_APART_NAME = 30
# a name in capitalized words before a date, after a comma ("Aland Daily, June 5, 2025", "WASHINGTON,
# June 5, 2025"): a dateline; a clause before it ("Rates take effect on Friday, June 5, 2025") is not
_NAME_COMMA_RE = re.compile(r"^\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4},\s*$")


def _rest(s: str, m: re.Match[str]) -> int:
    """How many characters of line ``s`` are neither its date ``m`` nor a short name set apart from it."""
    if _NAME_COMMA_RE.match(s[: m.start()]) and not s[m.end() :].strip():
        return 0
    pieces = [p for p in _APART_RE.split(s[: m.start()] + "\x00" + s[m.end() :]) if p.strip()]
    kept = [
        p
        for p in pieces
        if "\x00" in p
        or (len(p) > MAX_APART_NAME or re.search(r"[\d。，.,!?！？]", p))
        and not _BYLINE_RE.search(p.strip())  # "甲通社記者張三／甲城16日專電" beside the date
    ]
    return sum(len(p.replace("\x00", "")) for p in kept)


def _english_date(s: str) -> tuple[re.Match[str], str] | None:
    """An English date in ``s`` (the match and its ISO form), if any."""
    for m in _EN_DATE_FORM.finditer(s):
        mon = (m.group("mon") or m.group("mon2") or "").casefold()
        month = next((k for k, name in enumerate(_EN_MONTHS, start=1) if name.startswith(mon)), 0)
        if len(mon) < 3 or not month:
            continue
        iso = _valid_date(m.group("year") or m.group("year2"), str(month), m.group("day") or m.group("day2"))
        if iso:
            return m, iso
    return None


_URL_LINE_RE = re.compile(r"^[ \t\u3000]*(?:url[ \t\u3000]+)?(https?://\S+)[ \t\u3000]*$", re.IGNORECASE)
_CAPTION_RE = re.compile(
    r"^[▲▼△▽■◆]|[（(]\s*(?:圖|图|攝|摄|照片|翻攝|翻摄|擷取|撷取|截圖|截图|資料照|资料照|檔案照|档案照)"
    r"|(?:攝|摄)\s*[:：／/]|[（(](?:Getty|Reuters|AP|AFP|Photo|photo|EPA|Bloomberg)[^）)]*[）)]\s*$"
)
_BYLINE_RE = re.compile(
    r"^(?:記者|记者|文[／/]|撰文|編譯|编译|◎|【.{0,12}】$)|[／/].{0,12}(?:報導|报导|報道|报道|專電|专电)$"
    r"|^[\u4e00-\u9fff]{1,6}(?:記者|记者)[^，。,]{0,20}[／/]"
    r"|^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:,|\s+and\s|$)"
)
_SENTENCE_END_RE = re.compile(r"[。！？!?]")
_SITE_SUFFIX_RE = re.compile(r"\s*[|｜]\s*[^|｜]{1,20}$")
_NAV_SEPARATORS_RE = re.compile(r"\s[|｜›»>•·/]\s")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _valid_date(y: str, m: str, d: str) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _date_marker(lines: list[str]) -> tuple[int, int, str] | None:
    """(line index, end offset in the line, ISO date) of a ``date YYYY-MM-DD`` marker near the top."""
    for idx, line in enumerate(lines[:5]):
        m = _DATE_MARKER_RE.match(line)
        if m:
            iso = _valid_date(*m.groups())
            if iso:
                return idx, m.end(), iso
    return None


def _western(form: int, groups: tuple[str | Any, ...]) -> tuple[str, str, str]:
    """Year, month and day of a match of ``_DATE_FORMS[form]``, the year in the Western calendar."""
    if form == ROC_FORM:
        roc, bare, month, day = groups[:4]
        return str(int(roc or bare) + ROC_YEAR_ONE), month, day
    if form == ERA_FORM:
        era, year, month, day = groups[:4]
        return str((1 if year == "元" else int(year)) + ERA_YEAR_ONE[era]), month, day
    year, month, day = groups[:3]
    return year, month, day


def find_date(text: str) -> str | None:
    """The article's date: a ``date YYYY-MM-DD`` marker, else a dateline (``2026/01/14 13:30``,
    ``2026年1月14日``, ``June 4, 2025, 9:52 PM EDT``) standing on its own line near the top."""
    lines = text.split("\n")
    marker = _date_marker(lines)
    if marker:
        return marker[2]
    for line in lines[:HEAD_LINES]:
        s = _DATELINE_PREFIX_RE.sub("", line.strip())
        if not s or _CAPTION_RE.search(s):
            continue
        for k, pat in enumerate(_DATE_FORMS):
            m = pat.search(s)
            if m and _rest(s, m) <= DATELINE_REST:
                year, month, day = _western(k, m.groups())
                iso = _valid_date(year, month, day)
                if iso:
                    return iso
        en = _english_date(s)
        if en is not None and _rest(s, en[0]) <= DATELINE_REST:
            return en[1]
    return None


_NAME_DATE_RE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")


def date_from_name(name: str) -> str | None:
    """A date written in a file name (``2026-01-08_outlet``, ``outlet_20260108``), if any."""
    for m in _NAME_DATE_RE.finditer(name):
        iso = _valid_date(*m.groups())
        if iso:
            return iso
    return None


def find_url(text: str) -> str | None:
    for line in text.split("\n")[:HEAD_LINES]:
        m = _URL_LINE_RE.match(line)
        if m:
            return m.group(1)
    return None


def _is_nav(s: str) -> bool:
    """A navigation line: separators between menu entries, or (Chinese) many short blank-separated words."""
    if len(_NAV_SEPARATORS_RE.findall(s)) >= 2:
        return True
    tokens = s.split()
    cjk = len(_CJK_RE.findall(s))
    if cjk * 2 < len(s.replace(" ", "")):
        return False  # Latin text: short words are normal, not a menu
    # a headline's few clauses set apart by spaces, one of them longer than any menu's entry, are no menu
    # ("甲國大選　甲黨勝出　乙黨得票創下新高"); a menu's many entries may end on a long one (a page's name)
    clauses = len(tokens) <= HEADLINE_CLAUSES and max(len(t) for t in tokens) > NAV_WORD_MAX
    return len(tokens) >= 3 and statistics.median(len(t) for t in tokens) <= 5 and not clauses  # noqa: PLR2004


def is_dateline(s: str) -> bool:
    """A line that is a date, with at most a short name set apart from it (the outlet, a city)."""
    s = _DATELINE_PREFIX_RE.sub("", s)
    if (en := _english_date(s)) is not None and _rest(s, en[0]) <= DATELINE_REST:
        return True
    return any((m := p.search(s)) and _rest(s, m) <= DATELINE_REST for p in _DATE_FORMS)


def _skippable(s: str) -> bool:
    return (
        not s
        or is_header_line(s)
        or bool(_CAPTION_RE.search(s))
        or bool(_BYLINE_RE.search(s))
        or _is_nav(s)
        or is_dateline(s)
    )


def _first_sentence(s: str) -> str:
    out = ""
    for m in _SENTENCE_END_RE.finditer(s):
        out = s[: m.end()]
        if len(out) >= TITLE_MIN:
            break
    if len(out) < TITLE_MIN:
        out = s
    return out if len(out) <= TITLE_MAX else out[:TITLE_MAX].rstrip() + "…"


# a line that is an item of a list (a bullet, a number): no headline, whatever its length
_LIST_ITEM_RE = re.compile(r"^(?:[●•・·▪◆■◦○□►▸‣⁃－—–*-]\s*|\d{1,3}[.、)．]\s*|[(（]\d{1,3}[)）]\s*)\S")


def _headline(s: str) -> str:
    """``s`` as a headline (a site suffix cut), or "" when it cannot be one."""
    if _LIST_ITEM_RE.match(s) or _skippable(s):  # the cheaper test first: the same lines pass
        return ""
    t = _SITE_SUFFIX_RE.sub("", s) if len(_SITE_SUFFIX_RE.sub("", s)) >= TITLE_MIN else s
    low, high = (TITLE_MIN_CJK, TITLE_MAX) if EAST_ASIAN_RE.search(t) else (TITLE_MIN, TITLE_MAX_LATIN)
    return t if low <= len(t) <= high and t[-1] not in "。．.;；：:，,、" else ""


def plain_outlet(text: str) -> bool:
    """Short words with no digit or sentence punctuation, and no byline: an outlet's name may be this."""
    plain = not re.search(r"[\d，。、：:！？!?,;；「」“”\"()（）]", text)
    byline = text.lower().startswith(("by ", "記者", "记者", "文／", "文/"))
    return plain and not byline and 0 < len(text) <= MAX_OUTLET_CHARS


def _outlet_above_date(candidates: list[str], at: int, line: str, after: tuple[int, str]) -> bool:
    """A paper's name standing above the date, the headline below it (``Aland Morning Post`` / ``June 5,
    2025`` / ``Borduria bars travellers``): plain short words, a date next, and a longer headline-like line
    right after the date."""
    following = [i for i in range(at + 1, len(candidates)) if candidates[i]]
    if len(following) < 2 or not is_dateline(candidates[following[0]]) or after[0] != following[1]:
        return False
    return plain_outlet(line) and len(after[1]) > len(line)


def find_title(text: str) -> str:
    """The first headline-like line: short, not a sentence of the body, not a caption, byline, date or
    navigation line (falls back to the first sentence of the first body line); an e-mail's subject when the
    text opens with an e-mail's headers."""
    if mail_subject := subject(text):
        return mail_subject
    lines = text.split("\n")
    marker = _date_marker(lines)
    candidates: list[str] = []
    for idx, line in enumerate(lines):
        s = line[marker[1] :] if marker and idx == marker[0] else line
        candidates.append(s.strip(" \t\u3000\u00a0"))
    # read line by line up to the headline (one line ahead, which ``_outlet_above_date`` compares with)
    heads = ((i, t) for i, s in enumerate(candidates) if (t := _headline(s)))
    head = next(heads, None)
    while head is not None:
        after = next(heads, None)
        if after is None or not _outlet_above_date(candidates, head[0], head[1], after):
            return head[1]
        head = after
    for s in candidates:
        if not _skippable(s) and len(s) >= TITLE_MIN:
            return _first_sentence(s)
    return ""
