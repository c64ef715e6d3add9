"""What makes a number next to a counter no count of a list: a place in a ranking, a hedge or an ordinal
before it, a running total or a bound, an approximation or a share after it, the digits a figure is
rounded to, a count that is part of a name, an acronym spelling it, a page's tally of its readers, a
word naming a class. Read by ``lang.counts.find_counts`` and by the readers that bind counts.
"""

from __future__ import annotations

import re

from pipeline.lang.hedges import HEDGE_AFTER, HEDGE_BEFORE
from pipeline.lang.numbers import DIGITS
from pipeline.lang.scripts import fold_pattern

# a place in a ranking, alone in brackets after a name or after the ranking's word (``甲國（22位）``,
# ``世界ランキング15位``, ``排名第15位``): no count of people, the item's value; but brackets closing a
# line on its colon count the people of the heading they close (``外國元首（9位）：``)
RANK_RE = re.compile(
    rf"(?:(?<=[（(])\s*|(?:ランキング|ランク|排名|排行)\s*)第?\s*(?P<n>{DIGITS})\s*位"
    r"(?=\s*[）)])(?!\s*[）)]\s*[:：]\s*(?:\n|$))"
    rf"|(?:ランキング|ランク|排名|排行)\s*第?\s*(?P<n_en>{DIGITS})\s*位"
)
# kana right after ``位``: the place of a Japanese sentence (``10位に終わった``, ``3位だった``)
_KANA_AFTER_RE = re.compile(r"[\u3041-\u309f]")
# before a number: an approximation (a hedge of ``lang.hedges``; ``近`` even after ``最``), an ordinal, a
# demonstrative, a per-unit: the number is no count of anything
HEDGED_OR_ORDINAL_BEFORE_RE = re.compile(
    rf"(?:{HEDGE_BEFORE})\s*$|"
    + fold_pattern(r"(?:[第數幾近每這那該此上]|上述)\s*$")
    + r"|(?:第|延べ)\s*$"
    + r"|\b(?:these|those|some|no\.|number|the\s+first|the\s+last|per)\s*$",
    re.IGNORECASE,
)
# ... nor a running total or a bound (``多達``, ``增至``, ``at least``, ``up to``): no count of a list
NOT_A_COUNT_BEFORE_RE = re.compile(
    HEDGED_OR_ORDINAL_BEFORE_RE.pattern
    + "|"
    + fold_pattern(r"(?:多達|增至|增加到|增加至|升至|累計|累積|至少|最多)\s*$")
    + r"|累計\s*$"
    + r"|\b(?:at\s+least|up\s+to|as\s+many\s+as|rises\s+to|rose\s+to"
    r"|brings?\s+(?:the\s+\w+\s+)?to|bringing\s+(?:the\s+\w+\s+)?to)\s*$",
    re.IGNORECASE,
)
# right after the count: an approximation (``10多國``, ``十餘個``, a hedge of ``lang.hedges``), a share
# (``之一``), or seats (``720個議席``: a tally of what the items hold, not of the items)
NOT_A_COUNT_AFTER = 3  # characters after a count where those words are read
NOT_A_COUNT_AFTER_RE = re.compile(
    fold_pattern(r"^\s*(?:多|餘|余|以上|之一|左右|上下|議席|席位)") + rf"|^\s*(?:{HEDGE_AFTER})",
    re.IGNORECASE,
)
# right after a count in 位: the digits a figure is rounded to (``按兩位小數``, ``三位數``), no count of items
DIGIT_PLACES_AFTER_RE = re.compile(fold_pattern(r"\s*(?:小數|有效數字|數字|數)"))
# right after a count of countries: a word that makes the count part of a name or a format, no count
# of items (``兩國方案`` the two-state solution, ``七國集團`` a group of seven, ``三國峰會``, ``二国間``), or
# the word 國家 a numeral at a name's end runs into (``林三国家安全…``: 林三, then 国家)
NAMED_BY_COUNT_RE = re.compile(
    fold_pattern(r"方案|集團|峰會|會談|會議|關係|聯盟|協議|論") + r"|家|間(?:の|で|協議|関係)"
)
# right after a count: an acronym in brackets that spells its number (``主要7カ国（G7）``, ``Group of
# Twenty (G20)``): the count is the name of a body, not a count of items
ACRONYM_OF_COUNT_RE = re.compile(r"\s*[(（]\s*[A-Z]{1,4}[-‐]?(?P<n>[0-9]{1,3})\s*[)）]")
# just before a count: the page's own tally of its readers (``留言 36``, ``コメント12件``, ``閱讀 1,024``), a
# number the page prints beside its headline, never a count of a list
PAGE_TALLY_BEFORE_RE = re.compile(
    fold_pattern(r"(?:留言|評論|回應|瀏覽|閱讀|點閱|點擊|人氣|分享|按讚)") + r"(?:數|次數)?\s*[:：]?\s*$"
    r"|(?:コメント|閲覧|シェア|いいね)(?:数)?\s*[:：]?\s*$",
)
# just before a number: a word that makes it a name of one rank or class ("Level 4 countries", "Tier 2
# nations", "Category 3 countries"), as an ordinal does: the number names a class, it counts nothing
NAMING_WORD_BEFORE_RE = re.compile(
    r"\b(?:level|tier|category|phase|stage|grade|class|type|zone|article|section|chapter|round)\s*$",
    re.IGNORECASE,
)


# the ordinal prefix of Chinese and Japanese ("第三類", "第1檔")
ORDINAL_PREFIX = "第"
