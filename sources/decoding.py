"""Decoding one file's bytes into text: a byte-order mark, strict UTF-8, the charset an HTML page declares,
a Japanese codec when it gives text written in kana, charset-normalizer among the encodings news pages
use, and a few undecodable bytes replaced where the file is overwhelmingly one encoding; then the text's
hygiene (invisible characters removed, runs of digits too long to be numbers reported). Every failure is a
``Problem``.
"""

from __future__ import annotations

import codecs
import re

from pipeline.lang.scripts import EAST_ASIAN_RE, usual_punctuation
from pipeline.limits import MAX_NUMBER_DIGITS
from pipeline.models import Problem, Severity

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
CONTROL_SHARE = 0.10  # more control bytes than this (in the sample) and the file is binary
SAMPLE_BYTES = 65_536
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
HTML_SNIFF_RE = re.compile(
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


def problem(article: str, code: str, message: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(article=article, code=code, severity=severity, message=message)


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


def text_hygiene(text: str, where: str, article: str) -> tuple[str, list[Problem]]:
    """``text`` without invisible formatting characters, its punctuation's presentation forms read as the
    usual marks (``︰`` as ``：``); problems saying what was removed and which digit runs are too long to
    be read as numbers."""
    problems: list[Problem] = []
    text, removed = _INVISIBLE.subn("", usual_punctuation(text))
    if removed:
        message = (
            f"{where}: {removed:,} invisible formatting character(s) (bidi controls, zero-width) removed"
        )
        problems.append(problem(article, "invisible-characters", message, Severity.WARNING))
    long_runs = sum(1 for _ in _LONG_DIGITS.finditer(text))
    if long_runs:
        message = (
            f"{where}: {long_runs:,} run(s) of more than {MAX_NUMBER_DIGITS} digits: too long to be a "
            "count or a value, not read as numbers"
        )
        problems.append(problem(article, "number-too-long", message, Severity.WARNING))
    return text, problems


def decode_text(data: bytes, where: str, article: str) -> tuple[str | None, str, list[Problem]]:
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
                [problem(where, "binary", f"{where}: the file is binary (control or NUL bytes), not text")],
            )
        problems.append(
            problem(
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
                    return None, "", [problem(where, "undecodable", message)]
                text, encoding, count = replaced
                message = (
                    f"{where}: {count:,} byte sequence(s) not valid {encoding} replaced by U+FFFD; "
                    "the rest is read as it is"
                )
                problems.append(problem(article, "encoding-replaced", message, Severity.WARNING))
            else:
                text, encoding = guessed[0], normalize_encoding(guessed[1])
                problems.append(
                    problem(
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
                problem(
                    article,
                    "encoding",
                    f"{where}: the page declares charset {declared!r} but its bytes are {encoding}",
                    Severity.WARNING,
                )
            )
    return text, encoding, problems
