"""Bulleted and ordinal lists, in Chinese or English articles.

Four layouts share one engine (one item per line, headings between runs):

- ``bullets``: ●, •, ・, ·, ▪, ◆, ■, －, —, –, -, *;
- ``roman-numerals``: ``(i)``, ``i.``, ``i)``, ``IV.``;
- ``chinese-ordinals``: ``一、``, ``(一)`` / ``（一）``;
- ``numbered-list``: ``1.``, ``1)``, ``(1)``, ``1．``, ``1）``.

Each item is split like any other list item: ``中文（English）``, ``English (ACR)``, ``中文 English`` ...
"""

from __future__ import annotations

import re

from pipeline.lang.numbers import CN_NUM, CN_NUM_CHARS, chinese_numeral
from sources.layouts._any_numbering import MARKERS as ANY_NUMBERING
from sources.layouts._line_lists import LineListLayout
from sources.layouts._marked_runs import Marker, opens_with
from sources.layouts._shapes import BULLET_CHARS, EMOJI_MARK, SYMBOL_BLOCKS
from sources.layouts._values import digit_value, roman_value

_LEAD = r"^[ \t\u3000]*"
_GAP = r"[ \t\u3000]*"
_ROMAN = r"(?P<n>[ivxlcdm]{1,7}|[IVXLCDM]{1,7})"
_OPEN_PAREN = opens_with("(（")
_SYMBOL = re.compile("[" + SYMBOL_BLOCKS + "]|" + EMOJI_MARK)
_ROMAN_LETTER = opens_with("ivxlcdmIVXLCDM")


def circled_value(text: str) -> int | None:
    """①..⑳ -> 1..20, ㉑..㉟ -> 21..35."""
    if "①" <= text <= "⑳":
        return ord(text) - ord("①") + 1
    if "㉑" <= text <= "㉟":
        return ord(text) - ord("㉑") + 21
    return None


LAYOUTS = (
    LineListLayout(
        name="bullets",
        description="one item per line after a bullet (● • ・ ▪ ■ － — - *)",
        markers=(
            *(
                Marker(
                    f"bullet {ch}",
                    re.compile(_LEAD + re.escape(ch) + r"(?![\-—–－*])" + _GAP + r"(?=\S)"),
                    first=opens_with(ch),
                )
                for ch in BULLET_CHARS
            ),
            # one list whose bullets alternate between characters (－ / —, ● / •) is one list
            Marker(
                "bullet mixed",
                re.compile(_LEAD + "[" + re.escape(BULLET_CHARS) + "]" + r"(?![\-—–－*])" + _GAP + r"(?=\S)"),
                first=opens_with(BULLET_CHARS),
            ),
            # any other symbol an outlet uses as a bullet (◎ ★ ➢ ✔ ※ ▲ …): by its Unicode block, not a table;
            # a pictograph too, a flag before each country's line or one emoji ("🚩Aland", "📌Aland")
            Marker(
                "bullet symbol",
                re.compile(_LEAD + "(?:[" + SYMBOL_BLOCKS + "]|" + EMOJI_MARK + ")" + r"[ \t\u3000]*(?=\S)"),
                first=lambda ch: _SYMBOL.match(ch) is not None,
            ),
        ),
        numbered=False,
    ),
    LineListLayout(
        name="roman-numerals",
        description="items numbered with roman numerals: (i), i., i), IV.",
        markers=(
            Marker(
                "roman (i)",
                re.compile(_LEAD + r"[(（]" + _ROMAN + r"[)）]" + _GAP + r"(?=\S)"),
                roman_value,
                first=_OPEN_PAREN,
            ),
            Marker(
                "roman i.",
                re.compile(_LEAD + _ROMAN + r"[.．]" + r"[ \t\u3000]+(?=\S)"),
                roman_value,
                first=_ROMAN_LETTER,
            ),
            Marker(
                "roman i)",
                re.compile(_LEAD + _ROMAN + r"[)）]" + _GAP + r"(?=\S)"),
                roman_value,
                first=_ROMAN_LETTER,
            ),
        ),
    ),
    LineListLayout(
        name="chinese-ordinals",
        description="items numbered with Chinese ordinals: 一、, （一） or 第一，",
        markers=(
            Marker(
                "ordinal 一、",
                re.compile(_LEAD + rf"(?P<n>{CN_NUM})[、．]" + _GAP + r"(?=\S)"),
                chinese_numeral,
                first=opens_with(CN_NUM_CHARS),
            ),
            Marker(
                "ordinal （一）",
                re.compile(_LEAD + rf"[(（](?P<n>{CN_NUM})[)）]" + _GAP + r"(?=\S)"),
                chinese_numeral,
                first=_OPEN_PAREN,
            ),
            Marker(  # "第一，…；第二，…" as official statements enumerate
                "ordinal 第一，",
                re.compile(_LEAD + rf"第(?P<n>{CN_NUM}|\d{{1,3}})[，,、：:]" + _GAP + r"(?=\S)"),
                lambda n: chinese_numeral(n) if not n.isdecimal() else int(n),
                first=lambda ch: ch == "第",
            ),
        ),
    ),
    LineListLayout(
        name="numbered-list",
        description="items numbered 1. 1) 1/ (1) 1． 1） ① (Chinese, Japanese or English)",
        markers=(
            Marker(
                "number 1.",
                re.compile(_LEAD + r"(?P<n>\d{1,4})[.．](?!\d)" + _GAP + r"(?=\S)"),
                digit_value,
                first=str.isdecimal,  # what \d matches
            ),
            Marker(
                "number 1)",
                re.compile(_LEAD + r"(?P<n>\d{1,4})[)）]" + _GAP + r"(?=\S)"),
                digit_value,
                first=str.isdecimal,
            ),
            Marker(
                "number 1/",
                re.compile(_LEAD + r"(?P<n>\d{1,4})/(?!\d)" + _GAP + r"(?=\S)"),
                digit_value,
                first=str.isdecimal,
            ),
            Marker(
                "number (1)",
                re.compile(_LEAD + r"[(（](?P<n>\d{1,4})[)）]" + _GAP + r"(?=\S)"),
                digit_value,
                first=_OPEN_PAREN,
            ),
            Marker(
                "circled ①",
                re.compile(_LEAD + r"(?P<n>[①-⑳㉑-㉟])" + _GAP + r"(?=\S)"),
                circled_value,
                first=lambda ch: circled_value(ch) is not None,
            ),
            *ANY_NUMBERING,  # any other shape: ⑴ Ⅳ. ［1］ No.1 第1位 Ａ． （甲）, read by what Unicode says
        ),
    ),
)
