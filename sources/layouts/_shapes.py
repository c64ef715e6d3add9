"""Characters, thresholds and word endings every text list layout shares.

Everything here is about the *shape* of a list: parentheses, dashes, quotes, bullets, item terminators,
the least number of items a list or a group has, and the generic endings of organization names (not
names) that tell a complete name from a fragment. Chinese patterns are written in Traditional characters
and folded so that they match Simplified text as well (``zre``), which is why an article converted with
OpenCC parses the same way.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import zre

LATIN_RE = re.compile(r"[A-Za-z]")
OPEN_PARENS = "（("
CLOSE_PARENS = "）)"
DASH_CHARS = "-‐‑‒–—―－"
ITEM_TERMINATORS = "；;。，,、.．"
QUOTES_OPEN = "「『“\"'《"
QUOTES_CLOSE = "」』”\"'》"

TEXT_CACHE = 16_384  # item and line texts whose reading is kept: names recur from article to article
MIN_RUN = 3  # a list has at least this many items
MIN_GROUP_RUN = 2  # a group of a list (numbered from 1 again) may have this many
BULLET_CHARS = "●•・·▪◆■◦○□►▸‣⁃－—–-*"
# Unicode blocks of symbols (general punctuation bullets, arrows, math operators, box drawing, geometric
# shapes, miscellaneous symbols, dingbats, miscellaneous symbols and arrows, reference mark)
SYMBOL_BLOCKS = "\u2022-\u2027\u203b\u2190-\u21ff\u2200-\u22ff\u2500-\u27bf\u2b00-\u2bff"
# a pictograph an outlet uses as a bullet: a flag (two regional indicators) or one emoji ("📌", "🔹")
EMOJI_MARK = "(?:[\U0001f1e6-\U0001f1ff]{2}|[\U0001f300-\U0001faff]\ufe0f?)"


# generic endings of organization names (not names): used to tell a complete name from a fragment
_ORG_ENDINGS_MULTI = tuple(
    "組織 委員會 理事會 基金會 聯合會 聯盟 論壇 中心 研究所 研究院 研究組 小組 學院 大學 "
    "機構 機制 秘書處 辦公室 總署 大會 會議 銀行 法庭 法院 公約 協定 協議 計畫 "
    "計劃 倡議 網絡 網路 平台 平臺 基金 夥伴關係 登記冊 協會 學會 總部 署".split()
)
_ORG_ENDINGS_SINGLE = tuple("會 署 部 處 局 院 所 盟 團 社 室 庫 台 組".split())
ORG_ENDING_RE = zre("(?:" + "|".join(_ORG_ENDINGS_MULTI + _ORG_ENDINGS_SINGLE) + r")$")
ORG_ENDING_MULTI_RE = zre("(?:" + "|".join(_ORG_ENDINGS_MULTI) + r")$")
EN_ORG_ENDING_RE = re.compile(
    r"\b(?:Council|Commission|Committee|Organi[sz]ation|Fund|Programme|Program|Agency|Assembly|Union|Forum|Bank"
    r"|Office|Secretariat|Conference|Institute|Alliance|Board|Court|Tribunal|Group|Panel|Network|Centre|Center"
    r"|System|Association|Federation)\b"
)

# an acronym: at least two capitals, no run of lower-case letters (ABCD, AB-CD, ABC30, AbC; not AB-Water)
ACRONYM_RE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})(?!.*[a-z]{2})[A-Z][A-Za-z0-9&\-/.]{1,14}")
