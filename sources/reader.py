"""Reading one input file: bytes -> decoded text -> ``Document`` (metadata, body end).

The file is read once and never modified. Everything that can go wrong with its content is a
``Problem``, never an exception: unreadable path, empty, over the size limit, binary, undecodable.
Decoding tries a byte-order mark, then strict UTF-8, then the charset an HTML page declares, then
a Japanese codec when it gives text written in kana, then charset-normalizer restricted to the
encodings Chinese, Japanese and Western news pages actually use; a guessed
encoding and a declared charset that disagrees with the bytes are warnings. Newlines are normalized
to ``\\n`` and every offset refers to that text.

HTML goes to ``sources.html.html_to_document``; for plain text the date, title, outlet and body end
are taken from the text itself.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import statistics
from dataclasses import replace
from pathlib import Path

from pipeline.lang.scripts import EAST_ASIAN_RE, usual_punctuation
from pipeline.limits import MAX_NUMBER_DIGITS
from pipeline.models import Problem, Severity
from sources.base import Document
from sources.outlets import find_body_end, identify

DEFAULT_MAX_BYTES = 5_000_000
GUESS_CANDIDATES = ("big5", "cp950", "big5hkscs", "gb18030", "gbk", "cp932", "euc_jp", "utf_16", "cp1252")
# charset-normalizer drops a codec as soon as one chunk of the text looks messy beyond its threshold
# (0.2 by default); full-width digits, list marks and bullets in short CJK articles do that to the
# right codec, so the bar is raised and the least messy decoding still wins.
GUESS_THRESHOLD = 0.8
# Japanese text decoded in its own codec is a tenth or more kana (hiragana, full-width katakana);
# Chinese text decoded in a Japanese codec, and Japanese text decoded in a Chinese one, hardly any.
JAPANESE_CODECS = ("cp932", "euc_jp")  # cp932: Shift_JIS as Windows writes it
JAPANESE_KANA_SHARE = 0.1
_FULL_KANA_RE = re.compile("[\u3041-\u30ff]")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
CONTROL_SHARE = 0.10  # more control bytes than this (in the sample) and the file is binary
SAMPLE_BYTES = 65_536
TITLE_MIN, TITLE_MAX = 8, 64
TITLE_MIN_CJK = 6  # a Chinese or Japanese headline can be this short (甲國新內閣出爐)
TITLE_MAX_LATIN = 120  # an English headline runs to more characters
MAX_OUTLET_CHARS = 30  # an outlet's name is at most this long
NAV_WORD_MAX = 8  # characters of a navigation menu's entry (首頁, 國際新聞, 兩岸), at most
HEADLINE_CLAUSES = 4  # clauses of a headline set apart by spaces, at most
HEAD_LINES = 40  # metadata (date lines, URL) is looked for in this many lines at the top
# A file that is overwhelmingly one encoding is read with its few undecodable bytes replaced (U+FFFD,
# reported): before guessing, UTF-8 whose valid non-ASCII characters outnumber the bad sequences
# UTF8_MAJORITY to one; when nothing else decodes, UTF-8 or the declared charset with at most
# REPLACE_SHARE of the characters replaced.
UTF8_MAJORITY = 20
REPLACE_SHARE = 0.01
# Invisible characters that only steer display: bidi controls and overrides, zero-width spaces and
# joiners, soft hyphen, word joiner, invisible operators, a byte-order mark inside the text. They
# make look-alike names (a right-to-left override reverses what is shown), so they are removed.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_LONG_DIGITS = re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1},}}")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])
_META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_HTML_SNIFF_RE = re.compile(
    r"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I | re.S
)
_WEB_CHARSET_RE = re.compile(
    r"^(?:utf-(?:8|16|32)(?:-le|-be)?|big5(?:hkscs)?|cp9[3-5]\d|gb2312|gbk|gb18030|euc-(?:jp|kr|cn)|shift-jis"
    r"|iso2022-\w+|cp125\d|iso8859-\d+|koi8-[ru]|mac-roman|ascii)$"
)
_FAMILIES = (
    frozenset({"big5", "cp950", "big5hkscs"}),
    frozenset({"gb2312", "gbk", "gb18030", "cp936"}),
    frozenset({"utf-8"}),
    frozenset({"cp1252", "iso8859-1", "ascii"}),
    frozenset({"utf-16", "utf-16-le", "utf-16-be"}),
)


def normalize_encoding(name: str) -> str:
    """Codec name in lower case with dashes: ``utf-8``, ``big5``, ``gb18030``, ``utf-16`` ..."""
    try:
        norm = codecs.lookup(name).name
    except LookupError:
        norm = name.lower()
    norm = norm.replace("_", "-")
    return "utf-8" if norm == "utf-8-sig" else norm


def _family(name: str) -> frozenset[str]:
    return next((f for f in _FAMILIES if name in f), frozenset({name}))


def _problem(article: str, code: str, message: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(article=article, code=code, severity=severity, message=message)


# --------------------------------------------------------------------------- decoding


def _looks_binary(data: bytes) -> bool:
    sample = data[:SAMPLE_BYTES]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return b"\x00" in sample or controls / len(sample) > CONTROL_SHARE


def _utf16_without_bom(data: bytes) -> str | None:
    """Text when ``data`` is UTF-16 without a byte-order mark (NULs on one side of ASCII characters)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= len(zeros) * 0.3 and other.count(0) <= len(other) * 0.02:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f") <= len(text) * 0.01:
                return text
    return None


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares, when it is one a web page can use (not ``unicode_escape`` ...)."""
    m = _META_CHARSET_RE.search(data[:4096])
    if not m:
        return None
    declared = m.group(1).decode("ascii", "replace")
    return declared if _WEB_CHARSET_RE.match(normalize_encoding(declared)) else None


def _as_japanese(data: bytes) -> tuple[str, str] | None:
    """(text, codec) when ``data`` decodes strictly in a Japanese codec into text written in kana."""
    for codec in JAPANESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        kana = len(_FULL_KANA_RE.findall(text))
        if kana and kana >= JAPANESE_KANA_SHARE * len(EAST_ASIAN_RE.findall(text)):
            return text, codec
    return None


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    japanese = _as_japanese(data)
    if japanese is not None:
        return japanese
    best = from_bytes(data, cp_isolation=list(GUESS_CANDIDATES), threshold=GUESS_THRESHOLD).best()
    if best is None:
        return None
    return str(best), best.encoding


def _with_replacement(data: bytes, codec: str) -> tuple[str, str, int] | None:
    """(text, encoding, replacements) of ``data`` decoded with replacement characters."""
    try:
        text = data.decode(codec, "replace")
    except LookupError:
        return None
    encoding = normalize_encoding(codec)
    genuine = data.count("\ufffd".encode()) if encoding == "utf-8" else 0  # U+FFFD written in the file
    return text, encoding, max(text.count("\ufffd") - genuine, 0)


def _mostly_utf8(data: bytes) -> tuple[str, str, int] | None:
    """UTF-8 with a few bad bytes: its valid non-ASCII characters outnumber them ``UTF8_MAJORITY`` to one."""
    decoded = _with_replacement(data, "utf-8")
    if decoded is None or not decoded[2]:
        return None
    valid = sum(1 for ch in decoded[0] if ord(ch) > 127) - decoded[2]
    return decoded if valid >= UTF8_MAJORITY * decoded[2] else None


def _least_replaced(data: bytes, declared: str | None) -> tuple[str, str, int] | None:
    """UTF-8 or the declared charset, with replacements, when at most ``REPLACE_SHARE`` are replaced."""
    tries = [d for d in (_with_replacement(data, c) for c in ("utf-8", declared) if c) if d is not None]
    best = min(tries, key=lambda d: d[2], default=None)
    if best is None or best[2] > REPLACE_SHARE * max(1, len(best[0])):
        return None
    return best


def _hygiene(text: str, where: str, article: str) -> tuple[str, list[Problem]]:
    """``text`` without invisible formatting characters, its punctuation's presentation forms read as the
    usual marks (``︰`` as ``：``); problems saying what was removed and which digit runs are too long to
    be read as numbers."""
    problems: list[Problem] = []
    text, removed = _INVISIBLE.subn("", usual_punctuation(text))
    if removed:
        message = (
            f"{where}: {removed:,} invisible formatting character(s) (bidi controls, zero-width) removed"
        )
        problems.append(_problem(article, "invisible-characters", message, Severity.WARNING))
    long_runs = sum(1 for _ in _LONG_DIGITS.finditer(text))
    if long_runs:
        message = (
            f"{where}: {long_runs:,} run(s) of more than {MAX_NUMBER_DIGITS} digits: too long to be a "
            "count or a value, not read as numbers"
        )
        problems.append(_problem(article, "number-too-long", message, Severity.WARNING))
    return text, problems


def _decode(data: bytes, where: str, article: str) -> tuple[str | None, str, list[Problem]]:
    """(text, encoding, problems); text is None when the bytes are not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), normalize_encoding(codec), []
            except UnicodeDecodeError:
                break
    declared = _declared_charset(data)
    problems: list[Problem] = []
    if _looks_binary(data):
        text16 = _utf16_without_bom(data)
        if text16 is None:
            return (
                None,
                "",
                [_problem(where, "binary", f"{where}: the file is binary (control or NUL bytes), not text")],
            )
        problems.append(
            _problem(
                article,
                "encoding",
                f"{where}: no byte-order mark; read as UTF-16 by its NUL bytes",
                Severity.WARNING,
            )
        )
        return text16, "utf-16", problems
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = "", ""
        if declared:
            try:
                text, encoding = data.decode(declared), normalize_encoding(declared)
            except (LookupError, ValueError, TypeError):  # unknown, unusable ("undefined") or wrong bytes
                text, encoding = "", ""
        if not encoding:
            replaced = _mostly_utf8(data)
            guessed = None if replaced else _guess(data)
            if guessed is None:
                replaced = replaced or _least_replaced(data, declared)
                if replaced is None:
                    message = f"{where}: not UTF-8 and no known encoding decodes it"
                    return None, "", [_problem(where, "undecodable", message)]
                text, encoding, count = replaced
                message = (
                    f"{where}: {count:,} byte sequence(s) not valid {encoding} replaced by U+FFFD; "
                    "the rest is read as it is"
                )
                problems.append(_problem(article, "encoding-replaced", message, Severity.WARNING))
            else:
                text, encoding = guessed[0], normalize_encoding(guessed[1])
                problems.append(
                    _problem(
                        article,
                        "encoding",
                        f"{where}: not UTF-8; encoding guessed as {encoding}",
                        Severity.WARNING,
                    )
                )
    if declared:
        norm = normalize_encoding(declared)
        ascii_only = data.isascii()
        if not (ascii_only and norm not in _FAMILIES[4]) and _family(norm) != _family(encoding):
            problems.append(
                _problem(
                    article,
                    "encoding",
                    f"{where}: the page declares charset {declared!r} but its bytes are {encoding}",
                    Severity.WARNING,
                )
            )
    return text, encoding, problems


# --------------------------------------------------------------------------- text metadata

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
    # a year of the Republic of China's calendar, as papers may print it ("民國114年6月5日": 2025)
    re.compile(r"民[國国]\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]" + _CJK_DATE_TAIL),
)
ROC_FORM = 2  # the index in ``_DATE_FORMS`` of the form whose year counts from 1912
ROC_YEAR_ONE = 1911  # added to a year of the Republic of China
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
        and not _BYLINE_RE.search(p.strip())  # "中央社記者張三／甲城16日專電" beside the date
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
                year, month, day = m.groups()[:3]
                iso = _valid_date(str(int(year) + ROC_YEAR_ONE) if k == ROC_FORM else year, month, day)
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


def _with_name_fallbacks(doc: Document, stem: str) -> Document:
    """Date and title from the file name when the article itself gives none."""
    date = doc.date or date_from_name(stem)
    title = doc.title or stem
    if date == doc.date and title == doc.title:
        return doc
    return replace(doc, date=date, title=title)


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
    return not s or bool(_CAPTION_RE.search(s)) or bool(_BYLINE_RE.search(s)) or _is_nav(s) or is_dateline(s)


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
    navigation line (falls back to the first sentence of the first body line)."""
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


# --------------------------------------------------------------------------- the file


def _is_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:2048]
    return bool(_HTML_SNIFF_RE.match(head)) or ("<html" in head.lower() and "<body" in text[:20000].lower())


def read_document(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Document | None, tuple[Problem, ...]]:
    """Read one article file into a ``Document`` (or None) and the problems met on the way."""
    p = Path(path)
    where = str(path)
    article = p.stem or where
    try:
        size = p.stat().st_size
        if size > max_bytes:
            return None, (_too_large(where, size, max_bytes),)
        data = p.read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return None, (_problem(where, "unreadable", f"{where}: cannot read the file: {reason}"),)
    if len(data) > max_bytes:
        return None, (_too_large(where, len(data), max_bytes),)
    if not data.strip():
        return None, (_problem(where, "empty", f"{where}: the file is empty"),)
    text, encoding, problems = _decode(data, where, article)
    if text is None:
        return None, tuple(problems)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text, hygiene_problems = _hygiene(text, where, article)
    problems.extend(hygiene_problems)
    if not text.strip():
        return None, (*problems, _problem(where, "empty", f"{where}: the file holds only blanks"))
    if _is_html(p, text):
        html_doc, html_problems = _read_html(text, p, where, article, encoding, problems)
        return (None if html_doc is None else _with_name_fallbacks(html_doc, p.stem)), html_problems
    url = find_url(text)
    outlet = identify(text, url)
    body_end = find_body_end(text, outlet)
    doc = Document(
        id=article,
        path=where,
        text=text,
        encoding=encoding,
        format="text",
        outlet=outlet.name,
        title=find_title(text[:body_end]),
        date=find_date(text[:body_end]),
        url=url,
        body_end=body_end,
    )
    return _with_name_fallbacks(doc, p.stem), tuple(problems)


def _too_large(where: str, size: int, limit: int) -> Problem:
    return _problem(
        where, "too-large", f"{where}: {size:,} bytes is over the limit of {limit:,} bytes (max_bytes)"
    )


def _read_html(
    text: str, p: Path, where: str, article: str, encoding: str, problems: list[Problem]
) -> tuple[Document | None, tuple[Problem, ...]]:
    try:
        from sources.html import html_to_document
    except ImportError as exc:
        return None, (
            *problems,
            _problem(where, "html-unavailable", f"{where}: HTML input cannot be read: {exc}"),
        )
    try:
        doc, html_problems = html_to_document(text, doc_id=article, path=where, encoding=encoding)
    except Exception as exc:  # noqa: BLE001 - bad input must never raise
        return None, (
            *problems,
            _problem(where, "html", f"{where}: the HTML page could not be read: {exc!r}"),
        )
    return doc, (*problems, *html_problems)
