"""The words and characters organization names in prose are read by: organization-type words (strong and
weak endings), descriptors and generic types, lead-ins and end markers (``包括``, ``等``), conjunctions,
compounds and stop characters, quotes, parentheses and separators, each in Traditional and Simplified
forms (OpenCC), with tables by first and last character; and the scanning budgets that keep every scan
linear. Only language knowledge, never names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.lang.conversions_kept import converter

_T2S = converter("t2s")
_S2T = converter("s2t")


# Scanning budgets: they keep every scan linear in the text's length and never change what is
# found in real prose. A name found in running text has at most NAME_MAX characters (longer
# phrases are never organization-like); its lead-in lies within LEAD_WINDOW characters before
# its end; a phrase taken as one complete name (to split at a conjunction) has at most NAME_SPAN
# characters with its parenthesis; a clause is searched for a name at its last MAX_TYPE_ENDS
# organization-type words only.
NAME_MAX = 60
LEAD_WINDOW = 4 * NAME_MAX
NAME_SPAN = 4 * NAME_MAX
MAX_TYPE_ENDS = 64


def _variants(words: Iterable[str]) -> tuple[str, ...]:
    """The words in Traditional and Simplified script, longest first."""
    found: set[str] = set()
    for word in words:
        simplified = _T2S.convert(word)
        found.update({word, simplified, _S2T.convert(simplified)})
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in _variants(words))


# Organization-type words that end a name. Strong ones are trusted anywhere in running text;
# weak ones (also ordinary nouns: plan, centre, mechanism) only inside enumerations, quotes or
# before a parenthesis.
STRONG_SUFFIXES = _variants(
    """組織 基金會 基金 公約 協定 委員會 理事會 論壇 聯盟 聯合會 協會 學會 研究所 研究院 學院 大學
    辦公室 秘書處 祕書處 專門委員會""".split()
)
WEAK_SUFFIXES = _variants(
    """中心 機構 署 處 局 計畫 計劃 平台 平臺 小組 研究組 機制 網絡 網路 倡議 會議 法庭 銀行 事務部
    登記冊 夥伴關係 合作夥伴關係 組織處 總署 工程處 基金組織""".split()
)
ALL_SUFFIXES = tuple(sorted(set(STRONG_SUFFIXES) | set(WEAK_SUFFIXES), key=lambda w: (-len(w), w)))
# Type words that say only "an organization" (a name made of them and descriptors is generic).
GENERIC_TYPES = frozenset(
    _variants("組織 機構 單位 團體 實體 機關 部門 組 國際組織 國際機構 組織和團體 組織與團體".split())
)
# Words that describe rather than name: a head made only of these is no name.
DESCRIPTORS = _variants(
    """國際 全球 世界 區域 地區 區域性 國際性 全球性 多邊 相關 有關 非政府 政府間 民間
    其他 其餘 這些 那些 該 此 各 各國 多個 大量 許多 所有 一些 部分 主要 重要 跨國 環保 援外 一切 現有
    上述 這個 這類 這家 美國 外國 國內 多家 若干 整個 全部 諮詢 委員 專門 官方 多國 其""".split()
)
# A name never starts with a quantifier or a determiner.
QUANTIFIER_START = re.compile(
    r"^(?:\d+\s*[個个家項项]|[數数]十|[幾几]|多[個个家項项]|一[項项個个家]|這|这|那|該|该|其他|其餘|其余|"
    r"許多|许多|所有|一些|各|上述|此|多達|多达|至少|大量|部分|某)"
)
# "Regional X", "international X": adjectives that describe a kind of body.
ADJECTIVE_START = _variants("區域性 國際性 全球性 地區性 世界性 多邊性".split())
# Determiners that never occur inside a name ("all international organizations").
DETERMINERS_INSIDE = _variants(
    "所有 某些 其他 其餘 這些 那些 一些 許多 各種 多個 若干 一切 任何 多數 少數".split()
)
QUANTITY_INSIDE = re.compile(r"(?:(?<!\d)\d+\s*|[數数幾几上多]?[十百千萬万]|[一這这那多])[個个家項项所名位]")
# Words ending in a one-character type word that are ordinary nouns ("deploy", "layout", "benefit").
NOT_NAMES = frozenset(
    _variants(
        """部署 簽署 公署 布局 佈局 格局 結局 大局 當局 僵局 變局 騙局 賭局 飯局 時局 政局 全局 開局 出局 終局
        好處 壞處 之處 到處 各處 此處 難處 用處 長處 短處 相處 出處 去處 住處 深處 遠處 近處 高處 一處 益處
        市中心""".split()
    )
)
# Descriptive endings: "X-related organizations", "organizations of X".
DESCRIPTIVE_HEAD_END = _variants("相關 有關 之 的 等 類 性 方面 領域".split())
# Lead-ins that introduce an enumeration of names.
ENUMERATION_LEAD_INS = _variants(
    """包括但不限於 包括 包含 例如 比如 譬如 諸如 像是 涵蓋 還有 其中包括 分別是 分別為 如下""".split()
)
# Lead-ins cut with everything before them (enumeration markers, verbs and adverbs before a name).
LEAD_INS = _variants(
    [*ENUMERATION_LEAD_INS]
    + """退出 加入 暫停 導致 其中 除了 針對 身為 作為 成為 支持 資助 關閉 宣布 表示 指出 認為 批評 報導
    報道 以及 主管 透過 通過 隸屬於 來自 參與 撤出 離開 停止 恢復 重返 削減 中止 事實上 實際上 基本上
    原則上 表面上 根據 依據 據""".split()
)
# Single characters that start a piece without belonging to the name.
LEADING_FUNCTION = frozenset(
    "如對对由在是為为於于向從从把將将被即與与和及或則则有還还也亦並并及、等若但而且讓让使連连了過过"
)
# Single characters that separate a verb phrase from the name inside a piece.
INNER_BOUNDARY = frozenset("對对由在是為为於于向從从把被讓让了")
# Compounds in which those characters are part of a word, not a boundary.
COMPOUNDS = frozenset(
    _variants(
        """自由 理由 經由 緣由 現在 存在 所在 實在 正在 行為 對策 對付 對抗 對話 對外 在線 在地 和平 和諧
        有限 有機 有線 認為 因為 以為 成為 作為 身為 稱為 於是 為主""".split()
    )
)
BOUNDARY_COMPOUNDS = frozenset(
    _variants("作為 身為 成為 認為 稱為 因為 以為 由於 對於 關於 至於 基於".split())
)
# Characters that do not occur in the head of a name found in running text.
STOP_CHARS = frozenset("將将已被把讓让只都就才又曾了們们嗎吗呢說说")
# Conjunctions that may join two names.
CONJUNCTIONS = ("以及", "及", "和", "與", "与", "或")
CONJUNCTION_FIRSTS = frozenset(word[0] for word in CONJUNCTIONS)
# Where an enumeration of names ends.
END_MARKERS = _variants("等等 在內 這幾家 這幾個 這些 之類 等".split())
DENG_PREV_WORD = frozenset(_variants("平 同 相 對 高 中 初 優 均 頭 上 次 何 劣 一 二 三 對等".split()))
# Words a sentence may start with when it continues the previous one's enumeration.

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{_CJK}]")
OPEN_PARENS = "（("
CLOSE_PARENS = "）)"
QUOTES = {"《": "》", "「": "」", "『": "』", "“": "”", "〈": "〉", '"': '"'}
CLOSE_QUOTES = frozenset(QUOTES.values())
QUOTE_CHARS = frozenset(QUOTES) | CLOSE_QUOTES | frozenset("'‘’")
_SENTENCE_END = frozenset("。！？!?\n")
CLAUSE_SEPARATORS = frozenset("，,；;：:")
ITEM_SEPARATORS = frozenset("、")
SPACE = frozenset(" \t\u3000\u00a0")


def _by_last_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in words:
        table.setdefault(word[-1], []).append(word)
    return {last: tuple(found) for last, found in table.items()}


STRONG_BY_LAST = _by_last_char(STRONG_SUFFIXES)
WEAK_BY_LAST = _by_last_char(WEAK_SUFFIXES)
ALL_BY_LAST = _by_last_char(ALL_SUFFIXES)


def _by_first_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in words:
        table.setdefault(word[0], []).append(word)
    return {first: tuple(found) for first, found in table.items()}


STRONG_BY_FIRST = _by_first_char(STRONG_SUFFIXES)
LEAD_INS_BY_FIRST = _by_first_char(LEAD_INS)
LEAD_IN_FIRSTS = frozenset(LEAD_INS_BY_FIRST)
ALL_BY_FIRST = _by_first_char(ALL_SUFFIXES)
LONGEST_SUFFIX = max(len(word) for word in ALL_SUFFIXES)
STRONG_FIRST_CHAR = re.compile("[" + re.escape("".join(sorted(STRONG_BY_FIRST))) + "]")


QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")
# runs of sentence ends: a list's items, blanked to newlines, end no sentence one character at a time
SENTENCE_ENDS = re.compile("[" + re.escape("".join(sorted(_SENTENCE_END))) + "]+")


LETTER = re.compile(r"[^\W\d_]")  # a letter of any script (Han, kana, Latin ...)
