"""Cue words around a list, per language: what introduces it, what closes it, whether it claims to be
complete or only a selection. Written in Traditional Chinese (folded to match Simplified), Japanese and
English; never a name of anything.
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import fold_pattern

# words that introduce an enumeration or a list ("including", "包括", "如下：", "次の")
LEAD_IN_RE = re.compile(
    fold_pattern(
        r"包括|包含|涵蓋|涉及|分別為|分別是|分別係|依序為|名單如下|如下|名單為|清單如下|以下|下列|計有|包括了|為："
    )
    + r"|次の|以下の|は次のとおり|\b(?:including|includes|include|included|namely|the following|as follows"
    r"|are|were|list(?:ed)?|nationals of|citizens of)\b",
    re.IGNORECASE,
)
# a list that claims to be the whole list
COMPLETE_RE = re.compile(
    fold_pattern(
        r"完整名單|完整清單|全部名單|全名單|(?<!部分)(?<!主要)(?<!部份)名單如下|清單如下|全文如下|完整列表|全部列出|一覽"
    )
    + r"|全リスト|一覧|\b(?:full|complete|entire|whole)\s+list\b",
    re.IGNORECASE,
)
# a list that only gives examples
SELECTION_RE = re.compile(
    fold_pattern(r"例如|比如|譬如|其中包括|其中有|諸如|像是|如：")
    + r"|など|\b(?:such as|among them|among others|for example|e\.g\.|including)\b",
    re.IGNORECASE,
)
# the word before the last item of an inline enumeration ("A、B和C", "A, B and C")
FINAL_JOINER_RE = re.compile(
    fold_pattern(r"\s*(?:以及|及其|和|及|與|跟|暨|或)\s*") + r"|\s*(?:および|及び|と|や)\s*"
    r"|,?\s+(?:and|&|or)\s+",
    re.IGNORECASE,
)
# what may close an inline enumeration: 等 / 等12國 / など / and N others
CLOSING_RE = re.compile(
    fold_pattern(r"^\s*(?:等|等等)")
    + r"|^\s*(?:など|の)"
    + r"|^\s*,?\s*(?:and|plus)\s+\S+\s+others?\b|^\s*,?\s*etc\b",
    re.IGNORECASE,
)
# an ordinal heading of a part ("第一部分", "Part 2")
PART_RE = re.compile(
    fold_pattern(r"第[一二三四五六七八九十\d]+(?:部分|類|組|批|章|節)") + r"|\bPart\s+\w+", re.IGNORECASE
)
# titles/roles a person is given in a list (generic role words, not names)
TITLE_WORDS = tuple(
    fold_pattern(w)
    for w in (
        "副總統 總統 副主席 主席 總理 首相 副部長 部長 次長 國務卿 大使 議員 參議員 眾議員 州長 市長 "
        "法官 首席法官 檢察官 副檢察官 檢察長 總檢察長 院長 庭長 局長 署長 處長 司長 廳長 主任 執行長 "
        "首席執行官 行政總裁 總裁 董事長 董事 總經理 經理 創辦人 創始人 負責人 發言人 秘書長 會長 理事長 "
        "社長 校長 教授 研究員 將軍 司令 上將 中將 少將 指揮官 顧問 特使 "
        "代表 委員 官員 記者 律師 前總統 前部長"
    ).split()
)
EN_TITLE_RE = re.compile(
    r"(?:(?:a|an|the)\s+)?"
    r"\b(?:(?:deputy|vice|assistant|chief|senior|former|acting|executive|general|special|prime)\s+)*"
    r"(?:president|chairman|chairwoman|chair|director|minister|secretary|ambassador|senator|representative|"
    r"governor|mayor|judge|justice|prosecutor|attorney|commissioner|chief executive|ceo|founder|head|"
    r"spokesperson|spokesman|professor|researcher|general|commander|adviser|advisor|envoy|official|"
    r"member|editor|journalist|lawyer|chancellor|premier|manager|officer|partner|leader)\b",
    re.IGNORECASE,
)
JA_TITLE_RE = re.compile(
    r"(?:副|前|元|主任)?(?:大統領|首相|大臣|長官|大使|議員|知事|市長|判事|裁判官|検察官|検事長|検事|所長|局長|代表"
    r"|会長|社長|理事長|議長|委員長|委員|教授|顧問|特使|報道官)"
)
