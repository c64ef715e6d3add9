"""Deterministic JSON text, fast: the text ``json.dumps(data, sort_keys=True, ensure_ascii=False,
indent=2, allow_nan=False)`` writes, made by orjson.

The standard library indents only in its pure-Python encoder, which took most of the time of
report.json at a thousand articles. orjson (sorted keys, two-space indent) writes the same text
except for floats: it writes ``0.00001`` and ``3e-7`` where Python writes ``1e-05`` and ``3e-07``.
Such a number stands alone on its line, after a key or the indentation and before an optional
comma (inside a string it would be followed by the closing quote), so those tokens are rewritten
with Python's ``repr``. Data orjson does not take (keys that are not text, integers beyond 64
bits, other types) goes to ``json.dumps`` itself, so the result, or the error, is the standard
library's. A non-finite float, which the standard library refuses, is written ``null``: the reports
never hand one over (``json_values.json_float`` makes them None itself).
"""

from __future__ import annotations

import json
import re

import orjson

_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS
# the end of a float token orjson writes differently from Python (in exponent form, or as a decimal
# below 1e-4), before an optional comma and the end of its line; each starts with a literal, which
# the regular expression engine finds quickly in tens of megabytes (of UTF-8, before it is decoded)
_EXPONENT = re.compile(rb"e[+-]\d+(?=,?$)", re.MULTILINE)
_SMALL_DECIMAL = re.compile(rb"0\.0000\d+(?=,?$)", re.MULTILINE)
_NUMBER_CHARS = frozenset(b"0123456789.-")
_SPACE = ord(" ")


def _standard(data: object) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False)


def dumps_indented(data: object, *, newline: bool = False) -> str:
    """``data`` as the standard library's sorted, two-space-indented, non-ASCII-keeping JSON text (and a
    newline after it when asked)."""
    try:
        raw = orjson.dumps(data, option=_OPTIONS | (orjson.OPT_APPEND_NEWLINE if newline else 0))
    except (TypeError, orjson.JSONEncodeError):
        return _standard(data) + ("\n" if newline else "")
    return _python_floats(raw).decode("utf-8")


def _float_tokens(text: bytes) -> list[tuple[int, int]]:
    """Spans of the float tokens to rewrite: a whole value, after a space (key or indentation)."""
    spans: set[tuple[int, int]] = set()
    for pattern in (_EXPONENT, _SMALL_DECIMAL):
        for m in pattern.finditer(text):
            start = m.start()
            while start > 0 and text[start - 1] in _NUMBER_CHARS:
                start -= 1
            if start == 0 or text[start - 1] == _SPACE:  # (at 0: the document is that one number)
                spans.add((start, m.end()))
    return sorted(spans)


def _python_floats(text: bytes) -> bytes:
    """Floats in exponent form and small decimals written as Python's ``repr`` writes them."""
    spans = _float_tokens(text)
    if not spans:
        return text
    pieces: list[bytes] = []
    last = 0
    for start, end in spans:
        pieces += [text[last:start], repr(float(text[start:end])).encode("ascii")]
        last = end
    pieces.append(text[last:])
    return b"".join(pieces)
