"""Organization names in running text: candidates for the gazetteer match.

``prose_candidates`` reads an article's body (skipping the list items it is told to skip) and
returns every phrase that names, or may name, an organization:

- a Chinese phrase ending in an organization-type word (組織, 基金, 委員會, 論壇 ...), cut out of
  enumerations (``、`` ``，`` and conjunctions where both sides are complete names) and freed of
  lead-ins (包括, 例如, 的 ...) and tails (等, 在內 ...);
- a name followed by a parenthesis holding an acronym or an English name (``X(ABC)``,
  ``X（English name）``); what else the parenthesis says is kept as a note and, when it says what
  the body is part of (``亦是…轄下單位``, ``part of …``), as ``asserted_group``;
- a quoted name (``《X公約》``, ``「X計畫」``);
- an English capitalised phrase with an organization word (``X Fund``, ``Y Commission``);
- a bare Latin acronym standing alone (``org_like=False``: it may be a tag, a medium or a word).

Each candidate carries the text offsets of its evidence. Only language knowledge lives here
(organization-type words, lead-ins, affiliation cues), never names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import opencc

from pipeline.lang.counts import TOTAL_WORD_RE, find_counts
from pipeline.lang.cues import EN_DATE_PATTERN
from pipeline.lang.scripts import simplified
from pipeline.models import Article, Kind, Mention

__all__ = [
    "ProseCandidate",
    "english_org_like",
    "is_acronym",
    "org_like_zh",
    "prose_candidates",
    "stated_count",
]

# --------------------------------------------------------------------------- language knowledge

_T2S = opencc.OpenCC("t2s")
_S2T = opencc.OpenCC("s2t")


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


def _alternation(words: Iterable[str]) -> str:
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
_QUANTIFIER_START = re.compile(
    r"^(?:\d+\s*[個个家項项]|[數数]十|[幾几]|多[個个家項项]|一[項项個个家]|這|这|那|該|该|其他|其餘|其余|"
    r"許多|许多|所有|一些|各|上述|此|多達|多达|至少|大量|部分|某)"
)
# "Regional X", "international X": adjectives that describe a kind of body.
_ADJECTIVE_START = _variants("區域性 國際性 全球性 地區性 世界性 多邊性".split())
# Determiners that never occur inside a name ("all international organizations").
_DETERMINERS_INSIDE = _variants(
    "所有 某些 其他 其餘 這些 那些 一些 許多 各種 多個 若干 一切 任何 多數 少數".split()
)
_QUANTITY_INSIDE = re.compile(r"(?:(?<!\d)\d+\s*|[數数幾几上多]?[十百千萬万]|[一這这那多])[個个家項项所名位]")
# Words ending in a one-character type word that are ordinary nouns ("deploy", "layout", "benefit").
_NOT_NAMES = frozenset(
    _variants(
        """部署 簽署 公署 布局 佈局 格局 結局 大局 當局 僵局 變局 騙局 賭局 飯局 時局 政局 全局 開局 出局 終局
        好處 壞處 之處 到處 各處 此處 難處 用處 長處 短處 相處 出處 去處 住處 深處 遠處 近處 高處 一處 益處
        市中心""".split()
    )
)
# Descriptive endings: "X-related organizations", "organizations of X".
_DESCRIPTIVE_HEAD_END = _variants("相關 有關 之 的 等 類 性 方面 領域".split())
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
_LEADING_FUNCTION = frozenset(
    "如對对由在是為为於于向從从把將将被即與与和及或則则有還还也亦並并及、等若但而且讓让使連连了過过"
)
# Single characters that separate a verb phrase from the name inside a piece.
_INNER_BOUNDARY = frozenset("對对由在是為为於于向從从把被讓让了")
# Compounds in which those characters are part of a word, not a boundary.
_COMPOUNDS = frozenset(
    _variants(
        """自由 理由 經由 緣由 現在 存在 所在 實在 正在 行為 對策 對付 對抗 對話 對外 在線 在地 和平 和諧
        有限 有機 有線 認為 因為 以為 成為 作為 身為 稱為 於是 為主""".split()
    )
)
_BOUNDARY_COMPOUNDS = frozenset(
    _variants("作為 身為 成為 認為 稱為 因為 以為 由於 對於 關於 至於 基於".split())
)
# Characters that do not occur in the head of a name found in running text.
_STOP_CHARS = frozenset("將将已被把讓让只都就才又曾了們们嗎吗呢說说")
# Conjunctions that may join two names.
_CONJUNCTIONS = ("以及", "及", "和", "與", "与", "或")
_CONJUNCTION_FIRSTS = frozenset(word[0] for word in _CONJUNCTIONS)
# Where an enumeration of names ends.
_END_MARKERS = _variants("等等 在內 這幾家 這幾個 這些 之類 等".split())
_DENG_PREV_WORD = frozenset(_variants("平 同 相 對 高 中 初 優 均 頭 上 次 何 劣 一 二 三 對等".split()))
# Words a sentence may start with when it continues the previous one's enumeration.

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_OPEN_PARENS = "（("
_CLOSE_PARENS = "）)"
_QUOTES = {"《": "》", "「": "」", "『": "』", "“": "”", "〈": "〉", '"': '"'}
_CLOSE_QUOTES = frozenset(_QUOTES.values())
_QUOTE_CHARS = frozenset(_QUOTES) | _CLOSE_QUOTES | frozenset("'‘’")
_SENTENCE_END = frozenset("。！？!?\n")
_CLAUSE_SEPARATORS = frozenset("，,；;：:")
_ITEM_SEPARATORS = frozenset("、")
_SPACE = frozenset(" \t\u3000\u00a0")

ACRONYM_PATTERN = r"[A-Z][A-Z0-9]*(?:[-&/][A-Z0-9]+)*"
_ACRONYM = re.compile(rf"^{ACRONYM_PATTERN}$")
_STANDALONE_ACRONYM = re.compile(rf"(?<![A-Za-z0-9@._/-]){ACRONYM_PATTERN}(?![A-Za-z0-9@_/-]|\.[A-Za-z])")
_CAPS_WORD_BEFORE = re.compile(r"[A-Z]{2,} $")
_CAPS_WORD_AFTER = re.compile(r" [A-Z]{2,}")
ENGLISH_ORG_WORDS = frozenset(
    """organization organisation fund commission council forum coalition alliance institute centre center
    agency union programme program convention panel committee office department bank board group network
    partnership compact initiative university college mechanism entity secretariat court tribunal
    conference platform association federation society register registry foundation authority assembly
    corporation bureau mission facility consortium trust league laboratories laboratory academy
    service services agreement""".split()
)
_ENGLISH_CONNECTOR = r"(?:of|for|on|and|in|to|against|through|from|with|at|by|de|&)(?:\s+the)?"
_ENGLISH_WORD = r"(?:[A-Z][A-Za-z'’.&-]*|\d[\d/]*[A-Za-z-]*)"
_ENGLISH_NAME = re.compile(rf"{_ENGLISH_WORD}(?:(?:\s+{_ENGLISH_CONNECTOR})?\s+{_ENGLISH_WORD})*")
_ENGLISH_STOP_START = frozenset(
    """The A An In At On And But For With From By As After Before While When This That These Those Its
    Their His Her Our We They It If Since Under Over Into Of To""".split()
)
_PERSON = re.compile(r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+(?:\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+){1,3}$")


# What a parenthesis or a copula right after a name asserts about the group it belongs to.
_AFFILIATION = re.compile(
    rf"{_alternation('轄下 下屬 旗下 隸屬 附屬 所屬 屬於 一部分 體系 系統'.split())}"
    r"|\b(?:part of|a member of|member of|under|belongs? to)\b",
    re.IGNORECASE,
)
_COPULA = re.compile(
    rf"^[\s,，]*(?:{_alternation('亦是 也是 同是 是 為 乃 屬於 隸屬於 隸屬 亦屬 也屬'.split())})"
)
_NOTE_MARKER = re.compile(
    rf"(?:{_alternation(['註：', '註:', '注：', '按：', '編按'])})|\bNote:", re.IGNORECASE
)
_ALIAS = re.compile(
    rf"^(?:{_alternation(['即', '又稱', '簡稱', '或稱', '又譯'])})\s*[「『《“\"]?([^」』》”\"]+)[」』》”\"]?$"
)


def stated_count(label: str) -> int | None:
    """The count a heading states (``共N個``, ``（12國）``, ``N organizations``), if any: the one after a
    total word when there is one, else the first (``pipeline.lang.counts`` reads every counter)."""
    counts = find_counts(label)
    for c in counts:
        if TOTAL_WORD_RE.search(label[max(0, c.start - 3) : c.start]):
            return c.value
    return counts[0].value if counts else None


def is_acronym(value: str) -> bool:
    """A Latin acronym: 2-12 characters, capitals (digits, ``-&/`` allowed), at least two capitals."""
    value = value.strip()
    if not 2 <= len(value) <= 12 or not _ACRONYM.match(value):
        return False
    return sum(ch.isupper() for ch in value) >= 2


def english_org_like(name: str) -> bool:
    """An English phrase naming an organization: it holds an organization word."""
    words = {w.lower().strip(".,'’") for w in re.split(r"[\s-]+", name)}
    return bool(words & ENGLISH_ORG_WORDS)


def _suffix_of(name: str, by_last: Mapping[str, tuple[str, ...]]) -> str:
    """The first type word, in the order of its list, that ``name`` ends with (``by_last``: the list's words
    by their last character, ``_by_last_char``)."""
    for suffix in by_last.get(name[-1:], ()):
        if name.endswith(suffix):
            return suffix
    return ""


def _by_last_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in words:
        table.setdefault(word[-1], []).append(word)
    return {last: tuple(found) for last, found in table.items()}


_STRONG_BY_LAST = _by_last_char(STRONG_SUFFIXES)
_WEAK_BY_LAST = _by_last_char(WEAK_SUFFIXES)
_ALL_BY_LAST = _by_last_char(ALL_SUFFIXES)


def _strip_descriptors(head: str) -> str:
    """``head`` without descriptors, counts, type words and connectors at either end."""
    changed = True
    while head and changed:
        changed = False
        head = head.strip(" 、與与和及的之")
        match = re.match(r"^\d+\s*[個个家項项]?", head)
        if match and match.end():
            head, changed = head[match.end() :], True
            continue
        for word in (*DESCRIPTORS, *GENERIC_TYPES, *ALL_SUFFIXES):
            if head.startswith(word):
                head, changed = head[len(word) :], True
                break
            if head.endswith(word):
                head, changed = head[: -len(word)], True
                break
    return head


def names_only_groups(name: str, labels: Iterable[str]) -> bool:
    """Whether a Chinese name in prose is only group labels the run's lists print (``甲類組織``,
    ``非甲類組織``), maybe joined with generic words (``甲類組織或國際組織``): a heading's words, not the
    name of anything."""
    text = simplified(name)
    found = False
    for label in sorted({simplified(x) for x in labels if len(x) >= 2}, key=len, reverse=True):
        if label in text:
            text, found = text.replace(label, " "), True
    if not found:
        return False
    return not any(org_like_zh(piece) for piece in re.split(r"[\s或和與与及、]+", text) if piece)


@cache
def org_like_zh(name: str, *, strong_only: bool = False) -> bool:
    """Whether a Chinese phrase looks like an organization name by itself.

    It ends with an organization-type word, does not start with a quantifier, a determiner or a
    type word, is not a description ("X-related organizations") and names something besides
    generic words ("international organizations").
    """
    name = name.strip()
    if len(name) < 3 or len(name) > NAME_MAX or not _CJK_CHAR.search(name):
        return False
    suffix = _suffix_of(name, _STRONG_BY_LAST if strong_only else _ALL_BY_LAST)
    if not suffix or name.endswith(tuple(_NOT_NAMES)):
        return False
    head = name[: -len(suffix)]
    if not head or _QUANTIFIER_START.match(name):
        return False
    if name.startswith(_ADJECTIVE_START) or any(word in head for word in _DETERMINERS_INSIDE):
        return False
    if any(name.startswith(t) for t in (*GENERIC_TYPES, *ALL_SUFFIXES)):
        return False
    if head.endswith(_DESCRIPTIVE_HEAD_END):
        return False
    specific = _strip_descriptors(head)
    if not specific:
        # "UN University" names one body; "international organizations" names none.
        return suffix not in GENERIC_TYPES and not head.endswith(tuple(GENERIC_TYPES)) and len(head) >= 2
    if _QUANTITY_INSIDE.search(head):
        return False
    if strong_only and (
        any(ch in _STOP_CHARS for ch in head.replace("會", ""))
        or any(_is_boundary_at(head, index, 0) for index in range(1, len(head)))
    ):
        return False
    return len(_CJK_CHAR.findall(specific)) + len(re.findall(r"[A-Za-z0-9]", specific)) >= 1


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class ProseCandidate:
    """A phrase in running text that names, or may name, an organization."""

    mention: Mention
    org_like: bool


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    name_zh: str = ""
    name_en: str = ""
    acronym: str = ""
    note: str = ""
    aliases: tuple[str, ...] = ()
    asserted: str = ""
    org_like: bool = True


@dataclass(frozen=True, slots=True)
class _Paren:
    start: int  # position of the opening parenthesis
    end: int  # position after the closing parenthesis
    acronym: str
    name_en: str
    name_zh: str
    note: str
    aliases: tuple[str, ...]
    asserted: str


# --------------------------------------------------------------------------- scanning helpers


# The splitters below visit only the characters that matter to them (found by a regular
# expression), not every character of a long line.
_PAREN_CHARS = re.compile("[" + re.escape(_OPEN_PARENS + _CLOSE_PARENS) + "]")
_PAREN_OR_SPACE_RUN = re.compile(
    "[" + re.escape(_OPEN_PARENS + _CLOSE_PARENS) + "]|[" + re.escape("".join(sorted(_SPACE))) + "]+"
)


@cache
def _paren_or(separators: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape(_OPEN_PARENS + _CLOSE_PARENS + "".join(sorted(separators))) + "]")


def _depth_split(text: str, start: int, end: int, separators: frozenset[str]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at separators outside parentheses."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    piece_start = start
    for match in _paren_or(separators).finditer(text, start, end):
        ch, index = match.group(), match.start()
        if ch in _OPEN_PARENS:
            depth += 1
        elif ch in _CLOSE_PARENS:
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append((piece_start, index))
            piece_start = index + 1
    pieces.append((piece_start, end))
    return [(a, b) for a, b in pieces if a < b]


def _split_at_cjk_spaces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spaces next to a Chinese character separate phrases (headline parts, table cells)."""
    pieces: list[tuple[int, int]] = []
    depth = 0
    piece_start = start
    for match in _PAREN_OR_SPACE_RUN.finditer(text, start, end):
        token, index, run_end = match.group(), match.start(), match.end()
        if token in _OPEN_PARENS:
            depth += 1
        elif token in _CLOSE_PARENS:
            depth = max(0, depth - 1)
        elif depth == 0:
            before = text[index - 1] if index > start else ""
            after = text[run_end] if run_end < end else ""
            if _CJK_CHAR.match(before or "a") or _CJK_CHAR.match(after or "a"):
                pieces.append((piece_start, index))
                piece_start = run_end
    pieces.append((piece_start, end))
    return [(a, b) for a, b in pieces if a < b]


def _paren_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level parenthetical groups in ``text[start:end]`` as (open, close+1)."""
    groups: list[tuple[int, int]] = []
    depth = 0
    open_at = -1
    for match in _PAREN_CHARS.finditer(text, start, end):
        ch, index = match.group(), match.start()
        if ch in _OPEN_PARENS:
            if depth == 0:
                open_at = index
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                groups.append((open_at, index + 1))
    return groups


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _SPACE or text[start] in "．.·•-—–"):
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


# a marker may run past ``end``, as ``str.startswith`` allows
_LONGEST_END_MARKER = max(len(marker) for marker in _END_MARKERS)
_END_OR_PAREN = re.compile(
    "(?=([" + re.escape(_OPEN_PARENS + _CLOSE_PARENS) + "]|" + "|".join(map(re.escape, _END_MARKERS)) + "))"
)


def _cut_end_marker(text: str, start: int, end: int) -> int:
    """Where the names end: before 等 / 在內 / 這幾家 ... outside parentheses."""
    depth = 0
    for match in _END_OR_PAREN.finditer(text, start, min(len(text), end + _LONGEST_END_MARKER - 1)):
        index = match.start()
        if index >= end:
            break
        token = match.group(1)
        if token in _OPEN_PARENS:
            depth += 1
        elif token in _CLOSE_PARENS:
            depth = max(0, depth - 1)
        elif depth == 0 and index > start:
            if token in ("等", "等等") and text[index - 1] in _DENG_PREV_WORD:
                continue  # 平等, 同等 ...: a word, not the end of an enumeration
            return index
    return end


def _is_boundary_at(text: str, index: int, start: int) -> bool:
    """Whether the single character at ``index`` separates a verb phrase from what follows."""
    ch = text[index]
    if ch not in _INNER_BOUNDARY:
        return False
    before = text[index - 1] if index > start else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before + ch in _COMPOUNDS and before + ch not in _BOUNDARY_COMPOUNDS:
        return False
    return ch + after not in _COMPOUNDS


def _strip_lead(text: str, start: int, end: int, *, need_org: bool = True) -> int:
    """Where the name starts in ``text[start:end]`` once lead-ins are cut away."""
    start, end = _trim(text, start, end)
    # quotes and brackets opening the piece
    while start < end and text[start] in _QUOTE_CHARS:
        start += 1
    segment = text[start:end]
    # multi-character lead-ins: cut after the last one
    cut = 0
    for first in _LEAD_IN_FIRSTS.intersection(segment):  # the furthest end of any: the order does not matter
        for word in _LEAD_INS_BY_FIRST[first]:
            position = segment.rfind(word)
            if position >= 0 and position + len(word) > cut and position + len(word) < len(segment):
                cut = position + len(word)
    start += cut
    # 的: cut after the last one when a name follows
    segment = text[start:end]
    position = segment.rfind("的")
    if 0 <= position < len(segment) - 2:
        start += position + 1
    # single-character boundaries inside the piece (對 由 在 是 ...)
    last_paren = max(text.rfind(paren, start, end) for paren in _OPEN_PARENS)
    for index in range(end - 2, start, -1):
        if not _is_boundary_at(text, index, start):
            continue
        name_follows = not need_org or last_paren > index or _org_like_rest(text, index + 1, end)
        if end - index - 1 >= 3 and name_follows:
            start = index + 1
            break
    # leading function characters (如 對 由 和 ...)
    while start < end - 2 and text[start] in _LEADING_FUNCTION:
        if text[start : start + 2] in _COMPOUNDS:
            break
        start += 1
    while start < end and (text[start] in _QUOTE_CHARS or text[start] in _SPACE):
        start += 1
    return start


def _org_like_rest(text: str, start: int, end: int) -> bool:
    """``org_like_zh`` of ``text[start:end]``, without copying a rest too long to be a name."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - start <= NAME_MAX and org_like_zh(text[start:end])


def _parse_paren(content: str, offset: int, end: int) -> _Paren:
    """What a parenthesis after a name holds: acronym, English name, alias, note, assertion."""
    inner = content
    note = ""
    marker = _NOTE_MARKER.search(inner)
    if marker:
        note = inner[marker.start() :].strip(" ，,；;")
        inner = inner[: marker.start()]
    parts = [p.strip() for p in re.split(r"[，；;、]|,(?=\s*[^\sA-Za-z])|,(?=\s*[A-Z][A-Z0-9-]+\s*$)", inner)]
    acronym = ""
    english: list[str] = []
    zh_alt = ""
    aliases: list[str] = []
    notes: list[str] = []
    for part in parts:
        if not part:
            continue
        if is_acronym(part):
            if not acronym:
                acronym = part
            else:
                aliases.append(part)
            continue
        alias = _ALIAS.match(part)
        if alias:
            aliases.append(alias.group(1).strip())
            continue
        if _CJK_CHAR.search(part):
            if not zh_alt and org_like_zh(part) and _assertion(part) is None:
                zh_alt = part
            else:
                notes.append(part)
            continue
        if re.search(r"[A-Za-z]", part):
            english.append(part)
        else:
            notes.append(part)
    name_en = ", ".join(english)
    if note:
        notes.append(note)
    asserted = _assertion(" ".join(notes))
    return _Paren(offset, end, acronym, name_en, zh_alt, "；".join(notes), tuple(aliases), asserted)


def _assertion(words: str) -> str:
    """The group words next to a name say it belongs to, as printed (``亦是甲體系轄下單位``), or "":
    a phrase of affiliation (``轄下``, ``屬於``, ``part of``). Which canonical group it names, if any, is
    decided later, against the groups the lists print."""
    text = (words or "").strip()
    if not text or len(text) > 40 or not _AFFILIATION.search(text):
        return ""
    return _COPULA.sub("", text).strip(" ,，") or text


_DATE_RE = re.compile(EN_DATE_PATTERN, re.IGNORECASE)


def _english_name_before(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The English organization-like phrase ending at ``end`` (before a parenthesis)."""
    segment = text[start:end].rstrip()
    matches = list(_ENGLISH_NAME.finditer(segment))
    if not matches:
        return None
    last = matches[-1]
    if last.end() != len(segment):
        return None
    name_start, name = _english_trim(last.start(), last.group())
    if not name or _DATE_RE.fullmatch(name):
        return None  # "WASHINGTON, July 7 (EPS)": a dateline's date before the agency's initials
    return start + name_start, name


def _english_trim(position: int, name: str) -> tuple[int, str]:
    words = name.split(" ")
    while words and (words[0] in _ENGLISH_STOP_START or not words[0][:1].isalnum()):
        position += len(words[0]) + 1
        words = words[1:]
    return position, " ".join(words)


def _person_like(value: str) -> bool:
    return bool(_PERSON.match(value.strip())) and not english_org_like(value)


# --------------------------------------------------------------------------- the finder


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[_Found] = []
        # the found spans are disjoint: kept sorted by start (and so by end) for a binary search
        self._starts: list[int] = []
        self._ends: list[int] = []

    # -- helpers ---------------------------------------------------------------
    def _overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end) - 1  # the last span starting before ``end``
        return index >= 0 and self._ends[index] > start

    def _add(self, found: _Found) -> None:
        if found.start < found.end and not self._overlaps(found.start, found.end):
            self.found.append(found)
            index = bisect.bisect_left(self._starts, found.start)
            self._starts.insert(index, found.start)
            self._ends.insert(index, found.end)

    def _is_name(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one complete name (used to split at conjunctions)."""
        text = self.text
        limit = min(end, start + NAME_SPAN)
        cut = _cut_end_marker(text, start, limit)
        if cut == limit < end:
            return False  # longer than any name with its parenthesis
        start, end = _trim(text, start, cut)
        if start >= end:
            return False
        groups = _paren_groups(text, start, end)
        if groups:
            open_at, close_at = groups[0]
            head_start = _strip_lead(text, start, open_at)
            head = text[head_start:open_at].strip()
            paren = _parse_paren(text[open_at + 1 : close_at - 1], open_at, close_at)
            if text[close_at:end].strip():
                return False
            if paren.acronym or (paren.name_en and english_org_like(paren.name_en)):
                return bool(head) or bool(paren.name_en)
            return org_like_zh(head)
        name_start = _strip_lead(text, start, end)
        name = text[name_start:end].strip()
        return org_like_zh(name) or is_acronym(name)

    def _conjunction_split(self, start: int, end: int) -> list[tuple[int, int]]:
        text = self.text
        pieces: list[tuple[int, int]] = []
        current = start
        index = start
        depth = 0
        while index < end:
            ch = text[index]
            if ch in _OPEN_PARENS:
                depth += 1
            elif ch in _CLOSE_PARENS:
                depth = max(0, depth - 1)
            elif depth == 0 and index > current and ch in _CONJUNCTION_FIRSTS:
                word = next((w for w in _CONJUNCTIONS if text.startswith(w, index)), "")
                if word and word != "以及" and text.startswith("以及", index - 1):
                    word = ""
                if word and self._is_name(current, index) and self._is_name(index + len(word), end):
                    pieces.append((current, index))
                    current = index + len(word)
                    index = current
                    continue
            index += 1
        pieces.append((current, end))
        return pieces

    # -- per piece -------------------------------------------------------------
    def piece(self, start: int, end: int, *, enumerative: bool) -> None:
        """Find the names in one piece of a clause (between 、 and conjunctions).

        In an enumeration (several pieces, or a lead-in such as 包括) a piece that looks like a
        name is taken whole, weak organization-type words included; elsewhere only running-text
        rules apply."""
        text = self.text
        end = _cut_end_marker(text, start, end)
        start, end = _trim(text, start, end)
        if start >= end:
            return
        self._quoted(start, end)
        groups = _paren_groups(text, start, end)
        cursor = start
        for open_at, close_at in groups:
            handled = self._paren_name(cursor, open_at, close_at, end)
            if handled is None:
                self._free(cursor, open_at)
                cursor = close_at
            else:
                cursor = max(close_at, handled)
        if cursor < end:
            if groups or not enumerative:
                self._free(cursor, end)
            else:
                self._whole(cursor, end)

    def _paren_name(self, region_start: int, open_at: int, close_at: int, piece_end: int) -> int | None:
        """A name followed by a parenthesis; returns where the name ends, None when it is none."""
        text = self.text
        paren = _parse_paren(text[open_at + 1 : close_at - 1], open_at, close_at)
        if not (paren.acronym or paren.name_en or paren.name_zh):
            return None
        region_end = open_at
        while region_end > region_start and text[region_end - 1] in _SPACE:
            region_end -= 1
        name_start, name_zh, quoted = self._name_before(region_start, region_end)
        name_en = paren.name_en
        if not name_zh:
            english = _english_name_before(text, region_start, region_end)
            if english is not None and not name_en:
                name_start, name_en = english
        end = close_at
        # English in the middle of a Chinese name: "X（English）基金"
        tail = _suffix_at(text, close_at, piece_end)
        if name_zh and tail and not org_like_zh(name_zh) and org_like_zh(name_zh + tail):
            name_zh += tail
            end = close_at + len(tail)
        if not name_zh and not name_en:
            if paren.acronym:
                acronym_at = text.index(paren.acronym, open_at)
                self._add(
                    _Found(acronym_at, acronym_at + len(paren.acronym), acronym=paren.acronym, org_like=False)
                )
                return close_at
            return None
        if not name_zh and paren.name_zh:
            name_zh = paren.name_zh
        org = (
            org_like_zh(name_zh)
            or (bool(name_zh) and bool(paren.acronym))
            or (bool(name_en) and english_org_like(name_en))
            or (not name_zh and bool(name_en) and bool(paren.acronym))
        )
        if not org or (paren.name_en and _person_like(paren.name_en) and not paren.acronym):
            return None
        if name_zh and not quoted and not org_like_zh(name_zh) and not paren.acronym:
            return None
        self._add(
            _Found(
                name_start - (1 if quoted else 0),
                end,
                name_zh=name_zh,
                name_en=name_en,
                acronym=paren.acronym,
                note=paren.note,
                aliases=paren.aliases,
                asserted=paren.asserted or self._copula_assertion(end),
            )
        )
        return end

    def _name_before(self, start: int, end: int) -> tuple[int, str, bool]:
        """The Chinese name ending at ``end``: (start, name, quoted)."""
        text = self.text
        if end <= start:
            return end, "", False
        if text[end - 1] in _CLOSE_QUOTES:
            closer = text[end - 1]
            opener = next((o for o, c in _QUOTES.items() if c == closer), "")
            open_at = text.rfind(opener, start, end - 1) if opener and opener != closer else -1
            if open_at < 0 and opener == closer:
                open_at = text.rfind(opener, start, end - 1)
            if open_at >= 0:
                inner = text[open_at + 1 : end - 1]
                if inner and not re.search(r"[、，,；;。]", inner):
                    return open_at + 1, inner.strip(), True
            return end, "", False
        name_start = _strip_lead(text, start, end, need_org=False)
        # a closing quote inside the region ends what came before
        for index in range(end - 1, name_start - 1, -1):
            if text[index] in _QUOTE_CHARS:
                name_start = index + 1
                break
        name = text[name_start:end].strip()
        if not _CJK_CHAR.search(name):
            return end, "", False
        return name_start, name, False

    def _copula_assertion(self, end: int) -> str:
        text = self.text
        window_end = end
        while window_end < len(text) and window_end - end < 24 and text[window_end] not in "，,。；;、\n":
            window_end += 1
        window = text[end:window_end]
        if not _COPULA.match(window):
            return ""
        return _assertion(window)

    def _quoted(self, start: int, end: int) -> None:
        text = self.text
        groups = _paren_groups(text, start, end)  # disjoint, in text order
        group_starts = [a for a, _ in groups]
        for opener, closer in _QUOTES.items():
            if opener == closer:
                continue
            index = text.find(opener, start, end)
            while index >= 0:
                at = bisect.bisect_right(group_starts, index) - 1
                if at >= 0 and index < groups[at][1]:
                    index = text.find(opener, index + 1, end)
                    continue
                close = text.find(closer, index + 1, end)
                if close < 0:
                    break
                inner = text[index + 1 : close].strip()
                after = close + 1
                followed_by_paren = after < end and text[after] in _OPEN_PARENS
                if (
                    inner
                    and not followed_by_paren
                    and not re.search(r"[、，,；;。]", inner)
                    and org_like_zh(inner)
                ):
                    self._add(
                        _Found(index, close + 1, name_zh=inner, asserted=self._copula_assertion(close + 1))
                    )
                index = text.find(opener, close + 1, end)

    def _whole(self, start: int, end: int) -> None:
        """A piece of an enumeration: the whole piece is one name when it looks like one."""
        text = self.text
        name_start = _strip_lead(text, start, end)
        name = text[name_start:end].strip()
        if org_like_zh(name):
            self._add(_Found(name_start, name_start + len(name), name_zh=name))
        elif is_acronym(name):
            self._add(_Found(name_start, name_start + len(name), acronym=name, org_like=False))
        else:
            self._free(start, end)

    def _free(self, start: int, end: int) -> None:
        """Running text: names ending in a strong organization-type word, English names."""
        text = self.text
        for sub_start, sub_end in _split_on_quotes(text, start, end):
            self._free_zh(sub_start, sub_end)
            self._free_en(sub_start, sub_end)

    def _free_zh(self, start: int, end: int) -> None:
        text = self.text
        ends = _strong_ends(text, start, end)
        quantity = _QUANTITY_INSIDE.search(text, start, end)
        for name_end in reversed(ends[-MAX_TYPE_ENDS:]):
            name_start = _strip_lead(text, max(start, name_end - LEAD_WINDOW), name_end)
            # a generic type phrase in front ("international environmental organization X")
            for index in range(bisect.bisect_right(ends, name_start), bisect.bisect_left(ends, name_end)):
                inner_end = ends[index]
                if name_start < inner_end:
                    head = text[name_start:inner_end]
                    if not org_like_zh(head) and _suffix_of(head, _ALL_BY_LAST):
                        name_start = _strip_lead(text, inner_end, name_end)
            name = text[name_start:name_end]
            described = quantity is not None and quantity.end() <= name_start
            if described and text[name_start - 1 : name_start] == "的":
                continue  # "a ... 的 X": a description of something, not a name
            if org_like_zh(name, strong_only=True) and not self._overlaps(name_start, name_end):
                self._add(
                    _Found(name_start, name_end, name_zh=name, asserted=self._copula_assertion(name_end))
                )
                return
        self._introduced_weak(start, end)

    def _introduced_weak(self, start: int, end: int) -> None:
        """A name with a weak type word ("X中心") that ends the phrase and follows a verb or a
        preposition ("其後是X中心", "退出X署"): common nouns rarely stand there."""
        text = self.text
        start, end = _trim(text, start, end)
        if start >= end or not _suffix_of(text[start:end], _WEAK_BY_LAST):
            return
        name_start = _strip_lead(text, start, end)
        if name_start <= start or name_start >= end:
            return
        before = text[start:name_start]
        introduced = (
            before[-1] in _INNER_BOUNDARY or before[-1] in _LEADING_FUNCTION or before.endswith(LEAD_INS)
        )
        name = text[name_start:end]
        head = name[: -len(_suffix_of(name, _WEAK_BY_LAST))]
        clean = not any(ch in _STOP_CHARS for ch in head) and not any(
            _is_boundary_at(head, index, 0) for index in range(1, len(head))
        )
        if introduced and clean and org_like_zh(name) and not self._overlaps(name_start, end):
            self._add(_Found(name_start, end, name_zh=name, asserted=self._copula_assertion(end)))

    def _free_en(self, start: int, end: int) -> None:
        text = self.text
        segment = text[start:end]
        for match in _ENGLISH_NAME.finditer(segment):
            position, name = _english_trim(match.start(), match.group())
            if len(name.split()) < 2 or not english_org_like(name):
                continue
            absolute = start + position
            self._add(_Found(absolute, absolute + len(name), name_en=name))

    def acronyms(self, start: int, end: int) -> None:
        text = self.text
        for match in _STANDALONE_ACRONYM.finditer(text, start, end):
            value = match.group()
            before = _CAPS_WORD_BEFORE.search(text, max(0, match.start() - 3), match.start())
            if before or _CAPS_WORD_AFTER.match(text, match.end()):
                continue  # a capitalised phrase, not an acronym
            if is_acronym(value) and len(value) <= 10 and not self._overlaps(match.start(), match.end()):
                self._add(_Found(match.start(), match.end(), acronym=value, org_like=False))


def _suffix_at(text: str, start: int, end: int) -> str:
    """An organization-type word right at ``start`` (the rest of a name after an English insert)."""
    for suffix in ALL_SUFFIXES:
        if text.startswith(suffix, start) and start + len(suffix) <= end:
            after = start + len(suffix)
            if after == end or not _CJK_CHAR.match(text[after]):
                return suffix
    return ""


def _suffix_continues(text: str, start: int, end: int, index: int) -> bool:
    """Whether the type word ending at ``index`` (inside ``text[start:end]``) is part of a longer one
    ("基金" in "基金會"): a type word starts before ``index`` and ends after it."""
    for at in range(max(start, index - _LONGEST_SUFFIX + 1), index):
        for word in _ALL_BY_FIRST.get(text[at], ()):
            if at + len(word) > index and text.startswith(word, at, end):
                return True
    return False


def _by_first_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in words:
        table.setdefault(word[0], []).append(word)
    return {first: tuple(found) for first, found in table.items()}


_STRONG_BY_FIRST = _by_first_char(STRONG_SUFFIXES)
_LEAD_INS_BY_FIRST = _by_first_char(LEAD_INS)
_LEAD_IN_FIRSTS = frozenset(_LEAD_INS_BY_FIRST)
_ALL_BY_FIRST = _by_first_char(ALL_SUFFIXES)
_LONGEST_SUFFIX = max(len(word) for word in ALL_SUFFIXES)
_STRONG_FIRST_CHAR = re.compile("[" + re.escape("".join(sorted(_STRONG_BY_FIRST))) + "]")


def _strong_ends(text: str, start: int, end: int) -> list[int]:
    """Sorted offsets in ``text[start:end]`` where a strong organization-type word ends (and no
    longer type word goes on): one pass over the text, whatever its length."""
    found: set[int] = set()
    for match in _STRONG_FIRST_CHAR.finditer(text, start, end):
        at = match.start()
        found.update(at + len(word) for word in _STRONG_BY_FIRST[text[at]] if text.startswith(word, at, end))
    return sorted(e for e in found if e == end or not _suffix_continues(text, start, end, e))


_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(_QUOTE_CHARS))) + "]")
# runs of sentence ends: a list's items, blanked to newlines, end no sentence one character at a time
_SENTENCE_ENDS = re.compile("[" + re.escape("".join(sorted(_SENTENCE_END))) + "]+")


_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script (Han, kana, Latin ...)


def _split_at(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at every match of ``pattern`` (the matched characters dropped)."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for match in pattern.finditer(text, start, end):
        pieces.append((piece_start, match.start()))
        piece_start = match.end()
    pieces.append((piece_start, end))
    return pieces


def _split_on_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _split_at(_QUOTE_CHAR, text, start, end) if a < b]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in _split_at(_SENTENCE_ENDS, text, start, end) if text[a:b].strip()]


def _blanked(body: str, spans: Sequence[tuple[int, int]]) -> str:
    """``body`` with the characters of ``spans`` turned into newlines (sentence ends)."""
    pieces: list[str] = []
    done = 0  # characters of ``body`` already in ``pieces``
    for start, end in sorted(spans):
        start, end = max(start, done), min(end, len(body))
        if start < end:
            pieces.extend((body[done:start], "\n" * (end - start)))
            done = end
    pieces.append(body[done:])
    return "".join(pieces)


def prose_candidates(
    article: Article, *, exclude: Sequence[tuple[int, int]] = ()
) -> tuple[ProseCandidate, ...]:
    """Organization names (and bare acronyms) in the running text of ``article``'s body.

    ``exclude`` lists spans (the article's list items) that are not prose. Offsets refer to
    ``article.text``; the mentions have kind ``prose`` and position 0.
    """
    text = _blanked(article.body, exclude)
    scanner = _Scanner(text)
    for sentence_start, sentence_end in _sentences(text, 0, len(text)):
        if not _LETTER.search(text, sentence_start, sentence_end):
            continue  # what is left of a list item (its marker): no name, no acronym
        for clause_start, clause_end in _depth_split(text, sentence_start, sentence_end, _CLAUSE_SEPARATORS):
            for part_start, part_end in _split_at_cjk_spaces(text, clause_start, clause_end):
                if _LETTER.search(text, part_start, part_end):  # a list marker alone names nothing
                    _scan_clause(scanner, part_start, part_end)
        scanner.acronyms(sentence_start, sentence_end)
    candidates = [
        ProseCandidate(
            mention=Mention(
                article=article.id,
                kind=Kind.PROSE,
                position=0,
                category=None,
                name_zh=found.name_zh,
                name_en=found.name_en,
                acronym=found.acronym,
                aliases=found.aliases,
                note=found.note,
                start=found.start,
                end=found.end,
                asserted_group=found.asserted,
            ),
            org_like=found.org_like,
        )
        for found in scanner.found
    ]
    candidates.sort(key=lambda c: (c.mention.start, c.mention.end))
    return tuple(candidates)


def _scan_clause(scanner: _Scanner, start: int, end: int) -> None:
    text = scanner.text
    items = _depth_split(text, start, end, _ITEM_SEPARATORS)
    pieces: list[tuple[int, int]] = []
    for item_start, item_end in items:
        pieces.extend(scanner._conjunction_split(item_start, item_end))
    lead = text[start:end].lstrip(" 「『《“")
    has_lead_in = any(word in lead[:12] for word in ENUMERATION_LEAD_INS) or lead[:1] in "如及"
    enumerative = len(pieces) >= 2 or has_lead_in
    for piece_start, piece_end in pieces:
        scanner.piece(piece_start, piece_end, enumerative=enumerative)
