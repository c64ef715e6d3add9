"""Shared pieces of the text list layouts.

Everything here is about the *shape* of a list: markers, numbering, punctuation, parentheses,
heading words and counts. Organization names always come from the article. Chinese patterns are
written in Traditional characters and folded so that they match Simplified text as well
(``fold_pattern``), which is why an article converted with OpenCC parses the same way.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.lang.counts import PAREN_COUNT_RE, TOTAL_WORD_RE, find_counts, lead_in_counts
from pipeline.lang.cues import LEAD_IN_RE, PART_RE
from pipeline.lang.numbers import CN_NUM, parse_int
from pipeline.lang.scripts import (
    CJK,
    CJK_RE,
    EAST_ASIAN_RE,
    FOOTNOTE_MARKS,
    NAME_DOTS,
    WHITESPACE,
    fold_pattern,
    simplified,
    variants,
    zre,
)
from pipeline.lang.values import change_sign, counted_run, find_values, numbers_before_labels
from pipeline.models import Attribute, AttributeKind, Heading, Kind, Mention, Problem, Severity, Value
from sources.base import Document, Extraction
from sources.items import split_item
from sources.layouts._memo import per_document

__all__ = ["CJK", "CJK_RE", "WHITESPACE", "fold_pattern", "simplified", "variants", "zre", "CN_NUM"]

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


# --------------------------------------------------------------------------- language knowledge

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
_TRAILING_ACRONYM_RE = re.compile(r"^(?P<name>.*?\S)\s*[,，]\s*(?P<acr>[A-Z][A-Za-z0-9&\-/.]{1,14})$")

_NOTE_RE = re.compile(
    fold_pattern(r"(?:[\u4e00-\u9fff]{0,8}(?:註|按)\s*[：:])|編者註|編按")
    + r"|\b(?:editor'?s\s+)?note\s*[:：]",
    re.IGNORECASE,
)
_ALIAS_RE = re.compile(
    fold_pattern(r"^(?:即|又稱|簡稱|亦稱|或稱|通稱|又譯|也稱|俗稱|舊稱|原稱|前稱)\s*")
    + r"|^(?:a\.?k\.?a\.?|also\s+known\s+as|also\s+called|formerly)\s+",
    re.IGNORECASE,
)
_PIECE_SPLIT_RE = re.compile(rf"[，；;]|,(?=\s*[{CJK}「『])|(?<=[{CJK}」』]),")

# "other organizations:" after a group heading names the rest of the list, i.e. another group
_OTHER_RE = re.compile(fold_pattern(r"其他|其餘|其它") + r"|\b(?:other|remaining|rest\s+of)\b", re.IGNORECASE)


def complement_heading(text: str) -> bool:
    """A short heading that introduces "the other" items (``其他組織：``, ``Other organizations:``)."""
    s = text.strip(WHITESPACE)
    return 0 < len(s) <= 60 and s.endswith(("：", ":")) and _OTHER_RE.search(s) is not None


# ---- counts: (共計31個)  （共18個）  共35個  (31)  三十一個  31 organizations
def _number(text: str) -> int | None:
    return parse_int(text)


_COUNT_PATTERNS = (
    zre(rf"[（(]\s*共\s*計?\s*(?P<n>\d{{1,4}}|{CN_NUM})\s*(?:個|家|項|所)?[^）)]{{0,6}}[）)]"),
    zre(rf"共\s*計?\s*(?P<n>\d{{1,4}}|{CN_NUM})\s*(?:個|家|項|所)"),
    zre(rf"共\s*計?\s*(?P<n>\d{{1,4}}|{CN_NUM})"),
    re.compile(r"[（(]\s*(?P<n>\d{1,3})\s*[）)]"),
    zre(r"(?P<n>\d{1,4})\s*個"),
    re.compile(
        r"\b(?P<n>\d{1,4})\s+(?:[A-Za-z\-]+\s+)?(?:organi[sz]ations|entities|bodies|agencies|institutions|groups|"
        r"items|members)\b",
        re.IGNORECASE,
    ),
)


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    start: int  # span of the count expression in the text it was found in
    end: int


MAX_COUNTED_LABEL = 40  # a heading that states a count with any counter word is at most this long
MAX_OPENING_COUNT_LABEL = 80  # or this long when it opens with the count
MAX_COUNT_OPENING = 4  # characters before a count that opens its line ("Twelve countries …", "The 12 …")


@lru_cache(maxsize=TEXT_CACHE)
def find_count(text: str) -> Count | None:
    """The count a heading states, with where it is written."""
    for pat in _COUNT_PATTERNS:
        m = pat.search(text)
        if m:
            value = _number(m.group("n"))
            if value is not None:
                return Count(value, m.start(), m.end())
    counts = find_counts(text) if len(text) <= MAX_OPENING_COUNT_LABEL else []  # （十二國）, 4人, 12カ国
    if counts and len(text) > MAX_COUNTED_LABEL and counts[0].start > MAX_COUNT_OPENING:
        counts = []  # a longer line counts only when it opens with its count ("Twelve countries face …")
    if counts:
        return Count(counts[0].value, counts[0].start, counts[0].end)
    return lead_in_count(text)


MAX_EN_LEAD_IN = 160  # characters of an English line that introduces the list under it with a colon
MAX_ZH_LEAD_IN = 80
_NOTE_IN_PARENS_RE = re.compile(r"\s*[(（][^()（）]*[)）]")


def lead_in_count(text: str) -> Count | None:
    """The one count of a line that introduces the list under it and ends in a colon, a note in
    parentheses aside (``The rates for the 10 largest partners (the tariff each charges in brackets):``);
    a line of several counts, or of sentences, states none. Which counts the line gives its list is the
    language layer's ``lead_in_counts`` (``Of the 69 partners, these five:`` gives none)."""
    s = text.strip(WHITESPACE)
    if not s.endswith(("：", ":")):
        return None
    bare = _NOTE_IN_PARENS_RE.sub(lambda m: " " * len(m.group(0)), s)
    limit = MAX_ZH_LEAD_IN if EAST_ASIAN_RE.search(bare) else MAX_EN_LEAD_IN
    if len(bare.strip()) > limit or re.search(r"[。！？!?]|[a-z]\.\s", bare):
        return None
    counts = lead_in_counts(bare)
    if len(counts) != 1 or len(find_counts(bare)) > 1:
        return None
    offset = len(text) - len(text.lstrip(WHITESPACE))
    return Count(counts[0].value, offset + counts[0].start, offset + counts[0].end)


# ``（共18個）`` ending a label: what ``split_count_label`` reads the count from
_COUNT_PAREN = (
    rf"[（(]\s*(?:共\s*計?\s*)?(?P<n>\d{{1,3}}|{CN_NUM})\s*" r"(?:個|家|項|所)?[^（()）\d]{0,4}[）)]"
)
_COUNT_CELL_RE = zre(rf"^(?P<label>.*?\S)\s*{_COUNT_PAREN}$")
_COUNT_PAREN_RE = zre(_COUNT_PAREN)


def count_labels_at_most(text: str) -> int:
    """How many labels of ``text`` could end with their count (``split_count_label``) at most: the count's
    parentheses hold no other parenthesis, so each such label ends with a match of its own."""
    return sum(1 for _ in _COUNT_PAREN_RE.finditer(text))


def split_count_label(token: str) -> tuple[str, int] | None:
    """``"X（共18個）"`` -> ("X", 18): a table label that ends with its count."""
    m = _COUNT_CELL_RE.match(token.strip())
    if not m:
        return None
    label = m.group("label").strip()
    value = _number(m.group("n"))
    if value is None or not label or any(ch in label for ch in OPEN_PARENS + CLOSE_PARENS):
        return None
    return label, value


# --------------------------------------------------------------------------- parentheses


@dataclass(frozen=True, slots=True)
class Group:
    start: int  # offset of the opening parenthesis
    end: int  # offset after the closing parenthesis (or end of text when unclosed)
    content: str


def paren_groups(text: str) -> list[Group]:
    """Top-level parenthetical groups, fullwidth or ASCII (mixed pairs accepted)."""
    groups: list[Group] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in OPEN_PARENS:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE_PARENS and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append(Group(start, i + 1, text[start + 1 : i]))
    if depth > 0:
        groups.append(Group(start, len(text), text[start + 1 :]))
    return groups


def split_top_level(text: str, seps: str) -> list[tuple[int, int]]:
    """Spans of ``text`` split on any of ``seps`` outside parentheses."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in OPEN_PARENS:
            depth += 1
        elif ch in CLOSE_PARENS and depth > 0:
            depth -= 1
        elif ch in seps and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


# a bare piece this short (in characters) without an organization ending is a fragment of a name
SHORT_FRAGMENT = 4


def _is_fragment(piece: str) -> bool:
    """A piece of a ``、`` split that cannot be a name by itself."""
    t = piece.strip(WHITESPACE)
    if not t or paren_groups(t) or LATIN_RE.search(t):
        return False
    return len(t) <= SHORT_FRAGMENT and not ORG_ENDING_RE.search(t) and bool(CJK_RE.search(t))


def split_cell(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Item spans of ``text[start:end]`` (a table cell or an enumeration): split on ``、`` outside
    parentheses, a fragment that cannot be a name by itself joined to what follows (names may
    contain ``、``: "X、Y與Z論壇")."""
    cell = text[start:end]
    pieces = [(start + a, start + b) for a, b in split_top_level(cell, "、")]
    pieces = [stripped_span(text, a, b) for a, b in pieces]
    pieces = [(a, b) for a, b in pieces if b > a]
    items: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        j = k
        while j + 1 < len(pieces) and _is_fragment(text[pieces[j][0] : pieces[j][1]]):
            j += 1
        head = text[pieces[j][0] : pieces[j][1]]
        if j > k and _is_fragment(head):
            items.extend(pieces[k : j + 1])  # nothing complete to attach to: all separate
        else:
            items.append((pieces[k][0], pieces[j][1]))
        k = j + 1
    return items


def outside_parens(text: str) -> str:
    parts, last = [], 0
    for g in paren_groups(text):
        parts.append(text[last : g.start])
        last = g.end
    parts.append(text[last:])
    return "".join(parts)


# --------------------------------------------------------------------------- one item


@dataclass(frozen=True, slots=True)
class ItemParts:
    """What one list item says about its organization."""

    name_zh: str = ""
    name_en: str = ""
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    parent: str = ""
    values: tuple[Value, ...] = ()
    attributes: tuple[Attribute, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.name_zh or self.name_en or self.acronym)

    def mention(
        self,
        article: str,
        position: int,
        *,
        category: str | None,
        start: int,
        end: int,
        parent: str = "",
        group: str = "",
    ) -> Mention:
        """The list mention these parts make (``parent`` applies when the item names none itself)."""
        return Mention(
            article=article,
            kind=Kind.LIST,
            position=position,
            category=category,
            name_zh=self.name_zh,
            name_en=self.name_en,
            acronym=self.acronym,
            aliases=self.aliases,
            note=self.note,
            start=start,
            end=end,
            parent=self.parent or parent,
            group=group,
            values=self.values,
            attributes=self.attributes,
        )


# a person's name that ends with a generational suffix keeps its full stop ("John Roe Jr.")
_ABBREVIATION_END_RE = re.compile(r"\b(?:Jr|Sr)\.$")


def strip_item(text: str) -> str:
    """An item without surrounding blanks and trailing terminators (；。，、 ...) or footnote marks (†)."""
    t = text.strip(WHITESPACE + "\n")
    while (
        t
        and (t[-1] in ITEM_TERMINATORS or t[-1] in WHITESPACE or t[-1] in FOOTNOTE_MARKS)
        and not (_ABBREVIATION_END_RE.search(t))
    ):
        t = t[:-1]
    while t and (t[0] in "，,；;、：:" or t[0] in WHITESPACE):
        t = t[1:]
    return t


def _join_notes(*notes: str) -> str:
    return "；".join(n for n in notes if n)


def _clean_zh(text: str) -> str:
    t = re.sub(rf"(?<=[{CJK}」』）)])\s+(?=[{CJK}「『（(])", "", text.strip(WHITESPACE))
    return t.strip(WHITESPACE + "，,；;、：:")


def _split_zh_en(outside: str) -> tuple[str, str]:
    """Chinese name and a trailing English name written after it (``中文 English``)."""
    s = outside.strip(WHITESPACE)
    if not s:
        return "", ""
    cjk = [m.end() for m in EAST_ASIAN_RE.finditer(s)]
    if not cjk:
        return "", s if LATIN_RE.search(s) else ""
    last = cjk[-1]
    while last < len(s) and s[last] in QUOTES_CLOSE:
        last += 1
    tail = s[last:]
    if tail and tail[0] in WHITESPACE and LATIN_RE.search(tail):
        return _clean_zh(s[:last]), tail.strip(WHITESPACE)
    return _clean_zh(s), ""


def _strip_quotes(text: str) -> str:
    t = text.strip(WHITESPACE)
    while len(t) >= 2 and t[0] in QUOTES_OPEN and t[-1] in QUOTES_CLOSE:
        t = t[1:-1].strip(WHITESPACE)
    return t


def _is_latin(text: str) -> bool:
    return bool(LATIN_RE.search(text)) and not EAST_ASIAN_RE.search(text)


def _looks_like_zh_name(text: str) -> bool:
    return bool(EAST_ASIAN_RE.search(text)) and len(text) <= 30 and not re.search("[，。；！？,;]", text)


# a parenthetical of one or two ideographs right after a name is part of the name (``剛果（布）``), but not
# after a transliterated person's name, whose parts a dot joins (``約翰·羅伊（甲國）``: where they are from)
MAX_NAME_PAREN = 2


def _name_paren(text: str, g: Group) -> bool:
    content = g.content.strip()
    return (
        0 < len(content) <= MAX_NAME_PAREN
        and all(CJK_RE.match(c) for c in content)
        and g.start > 0
        and CJK_RE.match(text[g.start - 1]) is not None
        and not any(dot in text[: g.start] for dot in NAME_DOTS)
    )


# the small words a name may hold in lower case ("Republic of the Congo", "Aland and Borduria")
_NAME_PARTICLES = frozenset(
    (
        "of the and for on in at de la le les du des del della van von der den "
        "al el bin ibn da do dos das y e et"
    ).split()
)


def _describes(text: str) -> bool:
    """Latin words in parentheses that describe the item rather than name it: a word in lower case that
    no name holds (``overseas territory``, ``a French department``)."""
    return any(w.isalpha() and w.islower() and w not in _NAME_PARTICLES for w in text.split())


def _parse_simple(text: str) -> ItemParts:
    groups = [g for g in paren_groups(text) if not _name_paren(text, g)]
    pieces_out, last = [], 0
    for g in groups:
        pieces_out.append(text[last : g.start])
        last = g.end
    pieces_out.append(text[last:])
    zh, en = _split_zh_en("".join(pieces_out))
    acronym = ""
    aliases: list[str] = []
    notes: list[str] = []
    zh_from_paren = ""
    for g in groups:
        content = g.content.strip(WHITESPACE)
        m = _NOTE_RE.search(content)
        if m:
            notes.append(content[m.end() :].strip(WHITESPACE + "。."))
            content = content[: m.start()]
        for piece in _PIECE_SPLIT_RE.split(content):
            p = piece.strip(WHITESPACE + "，,；;、")
            if not p:
                continue
            am = _ALIAS_RE.match(p)
            if am and len(p) > am.end():
                aliases.append(_strip_quotes(p[am.end() :]))
            elif ACRONYM_RE.fullmatch(p):
                if not acronym:
                    acronym = p
                else:
                    aliases.append(p)
            elif _is_latin(p):
                tm = _TRAILING_ACRONYM_RE.match(p)
                if tm and ACRONYM_RE.fullmatch(tm.group("acr")):
                    p = tm.group("name")
                    if not acronym:
                        acronym = tm.group("acr")
                if not en:
                    en = p
                elif _describes(p):  # "Aland (overseas territory)": what it is, not another name
                    notes.append(p)
                else:
                    aliases.append(p)
            elif not zh and not zh_from_paren and _looks_like_zh_name(p):
                zh_from_paren = p
            else:
                notes.append(p)
    if not zh and zh_from_paren:
        zh = zh_from_paren
    if not en and not zh and ACRONYM_RE.fullmatch(text.strip()):
        acronym, en = text.strip(), ""
    if en and not acronym and ACRONYM_RE.fullmatch(en):
        acronym, en = en, ""
    return ItemParts(zh, en, acronym, tuple(dict.fromkeys(a for a in aliases if a)), _join_notes(*notes))


def _parent_split(text: str) -> tuple[str, str] | None:
    """``X——Y`` / ``X-Y`` where X is a body the item belongs to: (X, Y), else None."""
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in OPEN_PARENS:
            depth += 1
        elif ch in CLOSE_PARENS and depth > 0:
            depth -= 1
        elif ch in DASH_CHARS and depth == 0:
            j = i
            while j < n and text[j] in DASH_CHARS:
                j += 1
            left, right = text[:i].strip(WHITESPACE), text[j:].strip(WHITESPACE)
            if left and right and j - i <= 3 and _parent_like(left, right, spaced=_spaced(text, i, j)):
                return left, right
            i = j
            continue
        i += 1
    return None


def _spaced(text: str, i: int, j: int) -> bool:
    return i > 0 and j < len(text) and text[i - 1] in WHITESPACE and text[j] in WHITESPACE


def _parent_like(left: str, right: str, *, spaced: bool) -> bool:
    left_is_body = bool(
        ACRONYM_RE.fullmatch(left)
        or left[-1] in CLOSE_PARENS
        or (len(CJK_RE.findall(left)) >= 3 and ORG_ENDING_MULTI_RE.search(left))
        or (spaced and EN_ORG_ENDING_RE.search(left))
    )
    if not left_is_body:
        return False
    if CJK_RE.match(right[0]) or right[0] in QUOTES_OPEN:
        return len(CJK_RE.findall(outside_parens(right))) >= 2
    return spaced and right[0].isupper() and len(right.split()) >= 2


_AKA_RE = re.compile(
    r"^(?P<name>[^,()]+?)(?:,\s*|\s+\(|\s+)(?:also known as|also called|a\.k\.a\.|aka|formerly known as"
    r"|formerly)\s+(?P<alias>[^()]+?)\)?$",
    re.IGNORECASE,
)


_FULLWIDTH_LATIN_RE = re.compile(r"[\uff21-\uff3a\uff41-\uff5a][\uff01-\uff5e\u3000 ]*")
_FULLWIDTH_IN_PARENS_RE = re.compile(
    r"（([\uff21-\uff3a\uff41-\uff5a][\uff21-\uff3a\uff41-\uff5a\uff10-\uff19\uff06\uff0f\uff0d\u3000 ]*)）"
)


@lru_cache(maxsize=TEXT_CACHE)
def parse_item(text: str) -> ItemParts:
    """Split one list item into Chinese name, English name, acronym, aliases, note and parent.

    Handles ``中文（English）``, ``中文（ACR）``, ``中文 English (ACR)``, ``中文（English）中文``,
    ``中文（即「alias」，English）``, ``中文（English, ACR，X註：note）`` and parent constructions
    ``X（ACR）-Y`` / ``ACR——Y`` (the item's own name is Y, the parent is X's acronym or name).
    """
    t = strip_item(text)
    if not t:
        return ItemParts()
    if _FULLWIDTH_LATIN_RE.fullmatch(t):  # "ＥＵ", "ＷＨＯ": Latin letters set full width in East Asian type
        t = unicodedata.normalize("NFKC", t)
    # "甲乙党（ＡＢＣ）": an acronym or English name in parentheses, set full width
    t = _FULLWIDTH_IN_PARENS_RE.sub(lambda m: f"（{unicodedata.normalize('NFKC', m.group(1))}）", t)
    if (aka := _AKA_RE.match(t)) is not None:  # "Carpathia, also known as Karpatia"
        named = parse_item(aka.group("name"))
        return replace(named, aliases=(*named.aliases, aka.group("alias").strip()))
    split = _parent_split(t)
    if split is None:
        return _parse_simple(t)
    left, right = split
    parent = _parse_simple(strip_item(left))
    own = _parse_simple(strip_item(right))
    return replace(
        own,
        parent=parent.acronym or parent.name_zh or parent.name_en,
        note=_join_notes(own.note, parent.note),
    )


@lru_cache(maxsize=TEXT_CACHE)
def looks_like_name(text: str) -> bool:
    """A list item that names something, rather than a sentence of prose."""
    s = strip_item(outside_parens(text))
    if not s:
        return False
    if re.search(r"[。！？!?]", s) or len(re.findall("[，,]", s)) > 3:
        return False
    if re.search(r"[a-z]\.\s+[A-Z]", s):
        return False
    return len(CJK_RE.findall(s)) <= 45 and len(s.split()) <= 28


def resolve_parents(items: Sequence[ItemParts]) -> list[ItemParts]:
    """List-level parents: an acronym repeated on several items, or a shared Chinese prefix that is itself
    a complete body (ends with an organization-type word), is the items' parent rather than their name."""
    out = list(items)
    acr_counts = Counter(p.acronym for p in out if p.acronym and not p.parent)
    for i, p in enumerate(out):
        if p.acronym and not p.parent and acr_counts[p.acronym] >= 2:
            out[i] = replace(p, parent=p.acronym, acronym="")
    prefixes = _shared_prefixes([p.name_zh for p in out])
    for i, p in enumerate(out):
        for prefix in prefixes:
            if p.name_zh.startswith(prefix) and len(p.name_zh) - len(prefix) >= 2:
                out[i] = replace(p, name_zh=p.name_zh[len(prefix) :], parent=p.parent or prefix)
                break
    return out


def _shared_prefixes(names: Sequence[str]) -> list[str]:
    """Prefixes ending with an organization-type word that at least two names continue past.

    Names are sorted, so every common prefix of two names is the common prefix of some neighbours."""
    ordered = sorted({n for n in names if len(n) >= 5})
    cands: set[str] = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        k = 0
        while k < min(len(a), len(b)) and a[k] == b[k]:
            k += 1
        for cut in range(k, 2, -1):
            pre = a[:cut]
            if ORG_ENDING_MULTI_RE.search(pre) and len(CJK_RE.findall(pre)) >= 3:
                cands.add(pre)
                break
    every = sorted(names)
    found: list[str] = []
    for pre in cands:
        lo = bisect.bisect_left(every, pre)
        hi = bisect.bisect_left(every, pre + "\U0010ffff")
        rest_ok = sum(1 for n in every[lo:hi] if len(n) - len(pre) >= 2 and CJK_RE.match(n[len(pre)]))
        if rest_ok >= 2:
            found.append(pre)
    return sorted(found, key=lambda p: (-len(p), p))


# --------------------------------------------------------------------------- lines and headings


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # without the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip(WHITESPACE)


def body_text(doc: Document) -> str:
    end = doc.body_end if 0 <= doc.body_end <= len(doc.text) else len(doc.text)
    return doc.text[:end]


# a line the page inserts into the article, between two items of a list: an advertisement's label, one
# related headline after its label ("延伸閱讀：甲國股市收高", "Read more: …"), or a photo's caption
# ("圖為…", "▲甲國總統在國會演說。（圖／乙通訊社）")
_INSERTED_LINE_RE = zre(
    r"^(?:(?:廣告|贊助|advertisement|sponsored)(?:\s*(?:廣告|贊助|advertisement))*"
    r"|(?:延伸閱讀|推薦閱讀|相關新聞|相關報導|看更多|read\s+more|related|see\s+also)\s*[：:]\s*\S.{0,40}"
    r"|圖為.{1,80}|.{0,80}[（(](?:圖|圖片|照片|攝影|資料照)(?:[／/：:][^（）()]{1,20})?[）)])$",
    re.IGNORECASE,
)


# a short line that heads related headlines, in the page's tail or inside the article (``延伸閱讀``)
TAIL_HEADINGS_RE = zre(
    r"^(?:更多.{0,15}(?:報導|新聞|文章|內容)"
    r"|相關(?:新聞|報導|文章|閱讀|推薦)|延伸閱讀|推薦閱讀|熱門(?:新聞|文章)|看更多|編輯精選|猜你喜歡|你可能也想看"
    r"|(?:この記事の)?関連(?:記事|ニュース)|あわせて読みたい|合わせて読みたい|おすすめ記事|主要ニュース)"
    r"[\s:：》>]*$"
)
TAIL_ENGLISH_RE = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|news|coverage|content|posts|reading))?|read\s+more|more\s+from\b.*"
    r"|recommended(?:\s+for\s+you)?|see\s+also|more\s+stories)\s*[:：]?$",
    re.IGNORECASE,
)
MAX_RELATED_HEADING = 24
MAX_INSERTED_LINES = 6  # related headlines a block inside the article lists under its heading


def related_heading(line: str) -> bool:
    """A short line that heads related headlines (``延伸閱讀``, ``Related coverage``)."""
    s = line.strip(" \t\u3000\u00a0※*■●▶►>【】[]▲")
    return 0 < len(s) <= MAX_RELATED_HEADING and bool(TAIL_HEADINGS_RE.match(s) or TAIL_ENGLISH_RE.match(s))


@per_document
def body_lines(doc: Document) -> tuple[Line, ...]:
    """The lines of the body (split once per document: every line layout reads them)."""
    text = body_text(doc)
    lines: list[Line] = []
    pos = 0
    block = 0  # lines left of a block of related headlines inside the body
    for raw in text.split("\n"):
        if related_heading(raw):
            block = MAX_INSERTED_LINES + 1
        block = block - 1 if block > 0 and raw.strip(WHITESPACE) else 0
        if block > 0 or _INSERTED_LINE_RE.match(raw.strip(WHITESPACE)):
            raw = " " * len(raw)  # read as a blank line: the list goes on after it
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return tuple(lines)


def stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed to exclude surrounding blanks."""
    while start < end and (text[start] in WHITESPACE or text[start] == "\n"):
        start += 1
    while end > start and (text[end - 1] in WHITESPACE or text[end - 1] == "\n"):
        end -= 1
    return start, end


_HEADING_MARKER_RE = zre(
    r"^(?:[．.•●・·◆◇■□▪▶►\-－—*※#【〔\[\u2500-\u27bf\u2b00-\u2bff]+\s*"
    r"|第?[一二三四五六七八九十]+\s*[、.．:：]\s*(?:部分\s*[:：]\s*)?"
    r"|[（(][一二三四五六七八九十]+[）)]\s*"
    r"|(?:Part\s+)?[IVX]+[.)]\s+"
    r"|\d{1,2}\s*[.、．]\s*)",
    re.IGNORECASE,
)


def heading_label_span(line: Line) -> tuple[int, int]:
    """Span of a heading line without its leading bullet or ordinal."""
    s, e = stripped_span(line.text, 0, len(line.text))
    m = _HEADING_MARKER_RE.match(line.text[s:e])
    if m and m.end() < e - s:
        s += m.end()
    return line.start + s, line.start + e


_PART_PREFIX_RE = re.compile(PART_RE.pattern + r"\s*[：:、.．]?\s*", re.IGNORECASE)


_TRAILING_LEAD_IN_RE = re.compile(
    r"(?:(?:のは|は)?(?:次の|以下の)(?:とおり)?|"
    + fold_pattern(r"(?:名單|清單)?(?:如下|為|是|包括)")
    + r"|\s+(?:are|include|includes|were))$"
)


def group_label(label: str) -> str:
    """A heading's words that name its group: without its count, ordinal marker, lead-in words and
    closing colon (``Full ban (12 countries):`` -> ``Full ban``,
    ``甲類機構，共31個，包括：`` -> ``甲類機構``)."""
    text = label.strip(WHITESPACE)
    for c in reversed(find_counts(text)):
        text = text[: c.start] + text[c.end :]
    for _ in range(2):  # "．第一部分：" = a bullet, then a part ordinal
        m = _HEADING_MARKER_RE.match(text) or _PART_PREFIX_RE.match(text)
        if m and m.end() < len(text):
            text = text[m.end() :]
    parts = re.split(r"([，,；;]\s*)", text)  # pieces and the separators between them, as printed
    kept: list[str] = []
    for k in range(0, len(parts), 2):
        piece = parts[k].strip(WHITESPACE)
        bare = piece.strip("：:。.（）() ")
        if not bare or TOTAL_WORD_RE.fullmatch(bare) or LEAD_IN_RE.fullmatch(bare):
            continue
        if kept:
            kept.append(parts[k - 1])
        kept.append(piece)
    text = "".join(kept)
    text = _TRAILING_LEAD_IN_RE.sub("", text.strip(WHITESPACE + "：:")) or text  # "…のは次の", "…如下"
    text = re.sub(r"\s+", " ", text).strip(WHITESPACE + "：:，,、;；。.（）()【】〔〕[]《》")
    text = re.sub(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])の$", "", text)  # "全面禁止の(12カ国)": the count's の
    return "" if _FUNCTION_WORD_RE.fullmatch(text) else text  # "The four officials are:" names no group


_FUNCTION_WORD_RE = re.compile(r"(?:the|these|those|they|a|an|all|its|their|this|here)", re.IGNORECASE)


MAX_LABEL_CHARS = 40  # a line ending in a colon up to this long reads as a heading over what follows


MAX_HEADING_TEXT_SHORT = 60  # characters of a heading line that states no count
MAX_HEADING_TEXT = 80  # of one that does ("Twelve countries face a full ban on entry to the United States.")


@lru_cache(maxsize=TEXT_CACHE)
def is_heading_text(text: str) -> bool:
    """A short line that names a part, states a count, introduces "the other" items or ends in a colon
    (not a sentence)."""
    s = text.strip(WHITESPACE)
    if lead_in_count(s) is not None:
        return True  # "The rates for the 10 largest partners on the chart (…):"
    if not s or len(s) > MAX_HEADING_TEXT or (len(s) > MAX_HEADING_TEXT_SHORT and find_count(s) is None):
        return False
    inner = s.rstrip("：:。")
    if re.search("[。！？]", inner) or re.search(r"[a-z]\.\s", inner):
        return False
    if s.endswith(("。", ".")) and re.search("[，,]", s):
        return False  # a sentence, whatever numbers it holds
    return (
        _PART_PREFIX_RE.match(s) is not None
        or find_count(s) is not None
        or complement_heading(s)
        or (s.endswith(("：", ":")) and len(s) <= MAX_LABEL_CHARS)
        or bracketed_heading(s)
    )


# a label in lenticular or square brackets on a line of its own: ``【全面禁止入境】``, ``〔部分限制〕``
_BRACKETED_RE = re.compile(r"^(?:【[^【】]+】|〖[^〖〗]+〗|〔[^〔〕]+〕|［[^［］]+］|\[[^\[\]]+\])[：:]?$")


def bracketed_heading(text: str) -> bool:
    s = text.strip(WHITESPACE)
    return len(s) <= MAX_LABEL_CHARS + 2 and _BRACKETED_RE.match(s) is not None


_ORDINAL_HEADING_RE = re.compile(rf"^(?:{CN_NUM}[、．.]|[（(]{CN_NUM}[)）])\s*\S")


def ordinal_heading(text: str) -> bool:
    """``一、稅率25%的國家`` or ``（二）部分限制`` right over a run of items numbered in another style:
    a heading by its Chinese ordinal (short, no sentence)."""
    s = text.strip(WHITESPACE)
    return (
        len(s) <= MAX_LABEL_CHARS
        and _ORDINAL_HEADING_RE.match(s) is not None
        and not re.search("[。！？，,]", s.rstrip("：:。"))
    )


def only_a_lead_in(text: str) -> bool:
    """A heading line by its colon alone (no part, count or "the other"): ``名單如下：``, ``The full
    list:``. It introduces what follows; it names a group only between other headings."""
    s = text.strip(WHITESPACE)
    return not (_PART_PREFIX_RE.match(s) or find_count(s) is not None or complement_heading(s))


@lru_cache(maxsize=TEXT_CACHE)
def is_heading_item(content: str) -> bool:
    """An item-marked line that is really a heading (``一、非…，共35個，包括：``, ``◇甲國政府（６人）``)."""
    s = content.strip(WHITESPACE)
    if not is_heading_text(s):
        return False
    return bool(
        s.endswith(("：", ":"))
        or re.search(fold_pattern("共") + r"|\(\d+\)|（\d+）", s)
        or PAREN_COUNT_RE.search(s)  # a count in parentheses with its counter word: "（６人）", "(7 people)"
    )


# --------------------------------------------------------------------------- building records


@dataclass(frozen=True, slots=True)
class RawItem:
    """One list item found by a layout, before its text is split into names."""

    start: int
    end: int
    category: str | None
    group: str = ""  # the label of the item's group as printed ("" when the list has none)
    columns: tuple[str, ...] = ()  # labels of the value columns the item's values sit under, in order
    shared: tuple[int, int] = (0, 0)  # a value printed once for several items ("A and B, at 40 %")


# characters before an item that its reading looks at (a title word's one-character look-behind)
ITEM_CONTEXT = 1


def parse_span(text: str, start: int, end: int, columns: Sequence[str] = ()) -> ItemParts:
    """One list item at ``text[start:end]``: values and attributes cut off (``sources.items``), then the
    names read from what is left. ``columns`` labels the values in order where the item's own text
    gives no label (a table's header).

    The reading depends on the item's text and the character before it only, so it is kept by that text
    (items recur from article to article) and its offsets moved to where the item stands."""
    before = text[max(0, start - ITEM_CONTEXT) : start]
    parts = _parse_in_context(before, text[start:end], tuple(columns))
    offset = start - len(before)
    return _shifted(parts, offset) if offset and (parts.values or parts.attributes) else parts


@lru_cache(maxsize=TEXT_CACHE)
def _parse_in_context(before: str, item: str, columns: tuple[str, ...]) -> ItemParts:
    return read_span(before + item, len(before), len(before) + len(item), columns)


def _shifted(parts: ItemParts, offset: int) -> ItemParts:
    return replace(
        parts,
        values=tuple(replace(v, start=v.start + offset, end=v.end + offset) for v in parts.values),
        attributes=tuple(replace(a, start=a.start + offset, end=a.end + offset) for a in parts.attributes),
    )


def read_span(text: str, start: int, end: int, columns: Sequence[str] = ()) -> ItemParts:
    """``parse_span`` without its cache: the reading itself (the reference its cache is tested against)."""
    split = split_item(text, start, end)
    parts = parse_item(text[split.name_start : split.name_end])
    if split.english is not None and not parts.name_en:
        parts = replace(parts, name_en=text[split.english[0] : split.english[1]])
    values = tuple(
        replace(v, column=columns[k]) if not v.column and k < len(columns) else v
        for k, v in enumerate(split.values)
    )
    if not values and not split.attributes and not parts.values and not parts.attributes:
        return parts
    return replace(parts, values=values, attributes=split.attributes)


def _signed(number: float | None, before: str, after: str) -> float | None:
    """A shared figure negative when the verb just before it says it fell (``減持118億美元至…``)."""
    return -number if number is not None and number > 0 and change_sign(before, after) < 0 else number


def _with_shared(text: str, r: RawItem) -> ItemParts:
    """The item read from its span, with the value it shares with the items beside it when it has none
    of its own."""
    parts = parse_span(text, r.start, r.end, r.columns)
    a, b = r.shared
    if parts.values or b <= a:
        return parts
    shared = tuple(
        Value(
            f.raw,
            _signed(f.number, text[a : a + f.start], text[a + f.end : b]),
            f.unit,
            "",
            a + f.start,
            a + f.end,
            f.low,
            f.high,
        )
        for f in find_values(text[a:b])
    )
    if not shared:  # "甲國40金44銀42銅": its own numbers, each before its label; or after ("甲票64票")
        labelled = numbers_before_labels(text, a, b) or counted_run(text, a, b)[0]
        shared = tuple(Value(f.raw, f.number, f.unit, label, f.start, f.end) for label, f in labelled)
    return replace(parts, values=shared)


def build_mentions(doc: Document, raw: Sequence[RawItem], layout: str) -> tuple[list[Mention], list[Problem]]:
    """Mentions (positions 1..n in text order) from item spans; parents resolved over the whole list."""
    ordered = sorted(raw, key=lambda r: (r.start, r.end))
    parts = resolve_parents([_with_shared(doc.text, r) for r in ordered])
    mentions: list[Mention] = []
    problems: list[Problem] = []
    for r, p in zip(ordered, parts, strict=True):
        if p.empty:
            problems.append(
                Problem(
                    doc.id,
                    "empty-item",
                    Severity.WARNING,
                    f"{layout}: list item at {r.start} has no name: {_quote(doc.text, r.start, r.end)}",
                )
            )
            continue
        mentions.append(
            p.mention(
                doc.id,
                len(mentions) + 1,
                category=r.category,
                start=r.start,
                end=r.end,
                group=r.group,
            )
        )
    return mentions, problems


def _quote(text: str, start: int, end: int) -> str:
    return repr(text[start:end][:40])


def confidence(n_items: int) -> float:
    """Detection score from the number of list items a layout recognises (0 below ``MIN_RUN``)."""
    if n_items < MIN_RUN:
        return 0.0
    return round(n_items / (n_items + 5), 4)


# --------------------------------------------------------------------------- line-marked lists


@dataclass(frozen=True, slots=True)
class Marker:
    """One marker style: a regex whose match ends where the item text starts, and how to read its number."""

    style: str
    pattern: re.Pattern[str]
    value: Callable[[str], int | None] | None = None  # None: bullets, no numbering
    # whether ``pattern`` can match a line that opens with this character after its leading blanks
    # (None: any line); lines that open otherwise are not tried
    first: Callable[[str], bool] | None = None


def opens_with(chars: str) -> Callable[[str], bool]:
    """A ``Marker.first``: one of ``chars``."""
    return frozenset(chars).__contains__


@dataclass(frozen=True, slots=True)
class _Hit:
    line: int
    value: int | None
    content_start: int  # absolute offset


@dataclass(frozen=True, slots=True)
class _Plan:
    style: str
    runs: tuple[tuple[_Hit, ...], ...]
    name_like: int


MARKER_LEAD = " \t\u3000"  # the blanks a marker may stand after (every marker's ``^[ \t\u3000]*``)


@per_document
def _openers(doc: Document) -> dict[str, list[int]]:
    """The body lines by the character that opens them after their leading blanks ("" for a blank line)."""
    out: dict[str, list[int]] = {}
    for idx, line in enumerate(body_lines(doc)):
        out.setdefault(line.text.lstrip(MARKER_LEAD)[:1], []).append(idx)
    return out


@per_document
def _opening(doc: Document) -> dict[Callable[[str], bool], list[int]]:
    """The body lines a ``Marker.first`` lets a marker try, by ``first`` (filled as asked: ``_tried``)."""
    return {}


def _tried(doc: Document, first: Callable[[str], bool] | None) -> Sequence[int]:
    """The body lines, in order, that open with a character ``first`` accepts (every line for None);
    markers that accept the same characters share them."""
    if first is None:
        return range(len(body_lines(doc)))
    found = _opening(doc)
    if first not in found:
        found[first] = sorted(idx for ch, idxs in _openers(doc).items() if ch and first(ch) for idx in idxs)
    return found[first]


_GLUED_MARK_RE = re.compile(rf"\w([{re.escape(FOOTNOTE_MARKS)}])(?!\w)")


def _footnote(line: Line, content: int, glued: Callable[[], set[str]]) -> bool:
    """``*Aland and Borduria were moved …``: a footnote mark glued to the first word of a line, the mark
    another line prints glued after a word (``Aland*``, in ``glued()``), opens the footnote, not an item."""
    mark = line.text[:content].strip(WHITESPACE)
    return len(mark) == 1 and mark in FOOTNOTE_MARKS and line.text[content - 1] == mark and mark in glued()


def _hits(lines: Sequence[Line], marker: Marker, tried: Sequence[int]) -> list[_Hit]:
    hits: list[_Hit] = []
    marks: list[set[str]] = []

    def glued() -> set[str]:
        """The footnote marks the lines print glued after a word (read once, when first asked)."""
        if not marks:
            marks.append({m.group(1) for ln in lines for m in _GLUED_MARK_RE.finditer(ln.text)})
        return marks[0]

    for idx in tried:
        line = lines[idx]
        m = marker.pattern.match(line.text)
        if not m or m.end() >= len(line.text.rstrip()):
            continue
        content = line.text[m.end() :]
        if not content.strip(WHITESPACE) or is_heading_item(content) or _footnote(line, m.end(), glued):
            continue
        value: int | None = None
        if marker.value is not None:
            value = marker.value(m.group("n"))
            if value is None:
                continue
        hits.append(_Hit(idx, value, line.start + m.end()))
    return hits


def _gap_ok(lines: Sequence[Line], a: int, b: int) -> bool:
    gap = [ln.stripped for ln in lines[a + 1 : b] if ln.stripped]
    return len(gap) <= 4 and all(len(g) <= 120 for g in gap)


def _runs(lines: Sequence[Line], hits: Sequence[_Hit], numbered: bool) -> list[tuple[_Hit, ...]]:
    runs: list[list[_Hit]] = []
    for h in hits:
        if runs:
            prev = runs[-1][-1]
            follows = (not numbered) or (
                h.value is not None and prev.value is not None and h.value == prev.value + 1
            )
            if follows and _gap_ok(lines, prev.line, h.line):
                runs[-1].append(h)
                continue
        runs.append([h])
    # a group of a longer list may hold two items only (numbering restarts per group): kept beside a full run
    if any(len(r) >= MIN_RUN for r in runs):
        return [
            tuple(r)
            for r in runs
            if len(r) >= MIN_RUN or (len(r) >= MIN_GROUP_RUN and r[0].value in (None, 1))
        ]
    return []


MAX_CONTINUATION_LINES = 3


_PAREN_RE = re.compile(f"[{OPEN_PARENS}{CLOSE_PARENS}]")


def _open_parens(text: str) -> int:
    depth = 0
    for ch in _PAREN_RE.findall(text):  # the other characters change nothing
        if ch in OPEN_PARENS:
            depth += 1
        elif ch in CLOSE_PARENS and depth:
            depth -= 1
    return depth


def _item_end(text: str, lines: Sequence[Line], idx: int, start: int) -> int:
    """Where the item starting at ``start`` on line ``idx`` ends: the end of its line, or, when the
    line leaves a parenthesis open (an annotation wrapped onto the next lines), the end of the line
    that closes it (at most ``MAX_CONTINUATION_LINES`` further, never across a blank line)."""
    end = stripped_span(text, lines[idx].start, lines[idx].end)[1]
    depth = _open_parens(text[start:end])
    k = idx
    while depth > 0 and k + 1 < len(lines) and k + 1 - idx <= MAX_CONTINUATION_LINES:
        nxt = lines[k + 1]
        if not nxt.stripped:
            break
        depth = _open_parens(text[start : nxt.end])
        k += 1
        if depth == 0:
            return stripped_span(text, nxt.start, nxt.end)[1]
    return end


PLAN_CACHE = 16  # documents whose plans are kept (detect, then extract, of each layout)
_PLANS: dict[tuple[str, str, int, str], _Plan | None] = {}


@dataclass(frozen=True, slots=True)
class LineListLayout:
    """A list whose items each take one line, introduced by a marker (number, ordinal or bullet).

    Runs of at least ``MIN_RUN`` items (numbered ones consecutive, restarting at any group) count;
    headings are the short lines before or between runs that name a part or state a count.
    """

    name: str
    description: str
    markers: tuple[Marker, ...]
    numbered: bool = True
    min_name_share: float = 0.6

    def _plan(self, doc: Document) -> _Plan | None:
        """The marker whose runs hold the most name-like items (computed once per document: ``detect``
        and ``extract`` share it)."""
        key = (self.name, doc.id, doc.body_end, doc.text)
        if key not in _PLANS:
            if len(_PLANS) >= PLAN_CACHE:
                _PLANS.pop(next(iter(_PLANS)))
            _PLANS[key] = self._find_plan(doc)
        return _PLANS[key]

    def _find_plan(self, doc: Document) -> _Plan | None:
        best: _Plan | None = None
        seen: dict[tuple[int, ...], list[_Hit]] = {}
        lines = body_lines(doc)
        for marker in self.markers:
            hits = _hits(lines, marker, _tried(doc, marker.first))
            lines_hit = tuple(h.line for h in hits)
            if lines_hit in seen and [h.value for h in seen[lines_hit]] == [h.value for h in hits]:
                continue  # another marker of this layout matched the same lines: same runs
            seen[lines_hit] = hits
            runs = []
            for run in _runs(lines, hits, self.numbered):
                texts = [
                    doc.text[h.content_start : _item_end(doc.text, lines, h.line, h.content_start)]
                    for h in run
                ]
                share = sum(looks_like_name(t) for t in texts) / len(texts)
                if share >= self.min_name_share:
                    runs.append(run)
            n = sum(len(r) for r in runs)
            if n and (best is None or n > sum(len(r) for r in best.runs)):
                best = _Plan(marker.style, tuple(runs), n)
        return best

    def detect(self, doc: Document) -> float:
        plan = self._plan(doc)
        return confidence(plan.name_like) if plan else 0.0

    def _heading_lines(
        self,
        lines: Sequence[Line],
        runs: Sequence[Sequence[_Hit]],
        item_lines: dict[int, _Hit],
        titled: set[int],
    ) -> tuple[list[int], set[int]]:
        """The heading lines before and between the runs (by their words, an ordinal over a run, or lines in
        ``titled``), and the lines right over a run's first item."""
        heading_lines: list[int] = []
        above: set[int] = set()
        prev_end = -1
        for run in runs:
            first = run[0].line
            before = [i for i in range(prev_end + 1, first) if lines[i].stripped]
            above.update(before[-1:])
            heading_lines.extend(
                i
                for i in before[-3:]
                if is_heading_text(lines[i].text)
                or i in titled
                or (i == before[-1] and self.name != "chinese-ordinals" and ordinal_heading(lines[i].text))
            )
            heading_lines.extend(
                i
                for i in range(first, run[-1].line)
                if i not in item_lines and (is_heading_text(lines[i].text) or i in titled)
            )
            prev_end = run[-1].line
        return heading_lines, above

    def extract(self, doc: Document) -> Extraction:
        lines = body_lines(doc)
        plan = self._plan(doc)
        if plan is None:
            return Extraction(self.name)
        item_lines = {h.line: h for run in plan.runs for h in run}
        heading_lines, above = self._heading_lines(lines, plan.runs, item_lines, set())
        if not heading_lines:  # no line is a heading by its words: lines that title each block
            titled = _titled_runs(lines, plan.runs)
            heading_lines, above = self._heading_lines(lines, plan.runs, item_lines, titled)
        title = doc.title.strip(WHITESPACE)
        if len(heading_lines) > 1 and title:  # the article's headline over a list is no heading of it
            heading_lines = [
                i
                for i in heading_lines
                if i in above
                or (t := lines[i].text.strip(WHITESPACE)) != title
                or _HEADING_MARKER_RE.match(t) is not None
            ]
        events = sorted([(i, "h") for i in heading_lines] + [(i, "i") for i in item_lines])
        headings, raw = sections_and_items(doc, lines, events, item_lines)
        mentions, problems = build_mentions(doc, raw, self.name)
        mentions = described(doc, lines, mentions, {h.content_start: h.line for h in item_lines.values()})
        return Extraction(self.name, tuple(mentions), tuple(headings), tuple(problems))


MAX_RUN_TITLE = 60  # characters of a line that titles the run of items right under it


def _titled_runs(lines: Sequence[Line], runs: Sequence[Sequence[_Hit]]) -> set[int]:
    """``Countries under a full ban`` right above one block of items, ``Countries under partial
    restrictions`` above the next: where every block of items on consecutive lines (two or more blocks)
    has a short line of words (no sentence's end, no colon) right above its first item, after a blank
    line, those lines title the blocks, whatever their words."""
    firsts = [h.line for run in runs for k, h in enumerate(run) if k == 0 or run[k - 1].line != h.line - 1]
    if len(firsts) < 2:
        return set()
    titles = set()
    for first in firsts:
        k = first - 1
        text = lines[k].stripped if k >= 0 else ""
        blank_above = k == 0 or not lines[k - 1].stripped
        if (
            not text
            or not blank_above
            or len(text) > MAX_RUN_TITLE
            or re.search(r"[.。!?！？:：,，]$", text)
            or re.search(r"\s\s|[\t\u3000]", text)  # a table's header, not a title
        ):
            return set()
        titles.add(k)
    return titles


MAX_DESCRIPTION_CHARS = 40
_SENTENCE_RE = re.compile(r"[。！？!?]|\.\s*$")


def described(
    doc: Document, lines: Sequence[Line], mentions: Sequence[Mention], line_of: dict[int, int]
) -> list[Mention]:
    """``1. 張三·李四`` over ``甲國籍法官``: when most items of a marked list are followed by one
    short unmarked line of their own before the next item, that line is the item's description (a title
    attribute), not text between items."""

    taken = set(line_of.values())

    def alone(k: int) -> bool:
        """Line ``k`` is a short line of text, and the line after it a blank or the next item."""
        if k >= len(lines) or k in taken or not (text := lines[k].stripped):
            return False
        ends = k + 1 >= len(lines) or not lines[k + 1].stripped or k + 1 in taken
        return ends and len(text) <= MAX_DESCRIPTION_CHARS and not _SENTENCE_RE.search(text)

    def description(m: Mention) -> tuple[int, int] | None:
        k = line_of.get(m.start)
        if k is None or not alone(k + 1):
            return None
        return stripped_span(doc.text, lines[k + 1].start, lines[k + 1].end)

    found = {m.start: description(m) for m in mentions}
    if len(mentions) < MIN_RUN or sum(1 for v in found.values() if v) * 3 < len(mentions) * 2:
        return list(mentions)
    out = []
    for m in mentions:
        span = found[m.start]
        if span is None:
            out.append(m)
            continue
        title = Attribute(AttributeKind.TITLE, doc.text[span[0] : span[1]], "", span[0], span[1])
        out.append(replace(m, attributes=(*m.attributes, title)))
    return out


def top_level_headings(labels: Sequence[tuple[str, int | None]]) -> set[int]:
    """Which of a list's headings (label, stated count), in order, are groups over the others: a part
    (``第一部分``, ``Part II``), or a heading whose count the counts of the headings right after it add
    up to; a heading introducing "the other" items after such a group is one too. Empty when the
    headings are all of one level."""
    parts = {k for k, (label, _) in enumerate(labels) if _PART_PREFIX_RE.match(label.strip(WHITESPACE))}
    if parts and len(parts) < len(labels):
        tops = parts
    else:
        tops = set()
        for k, (_, stated) in enumerate(labels):
            total, n = 0, 0
            for _, sub in labels[k + 1 :]:
                if sub is None or total >= (stated or 0):
                    break
                total, n = total + sub, n + 1
            if stated and n >= 2 and total == stated:
                tops.add(k)
    if tops:
        tops |= {
            k for k, (label, stated) in enumerate(labels) if stated is None and complement_heading(label)
        }
    return tops if len(tops) < len(labels) else set()


def sections_and_items(
    doc: Document, lines: Sequence[Line], events: Sequence[tuple[int, str]], item_lines: dict[int, _Hit]
) -> tuple[list[Heading], list[RawItem]]:
    """Walk headings and items in order. Headings of one level are the list's groups; where there are
    two (``top_level_headings``), the upper ones are groups and the lower ones categories within them. A
    heading that is the only one before the first item, or that stands over every other heading (its
    count their sum), is a total over the list, not a group."""
    headings: list[Heading] = []
    raw: list[RawItem] = []
    category: str | None = None
    group = ""
    # a lead-in line (``名單如下：``) alone, or right before another heading, is no heading
    lead_ins = {
        idx
        for k, (idx, kind) in enumerate(events)
        if kind == "h"
        and only_a_lead_in(lines[idx].text)
        and (sum(1 for _, x in events if x == "h") == 1 or (k + 1 < len(events) and events[k + 1][1] == "h"))
    }
    events = [e for e in events if e[0] not in lead_ins]
    labels = {idx: heading_label_span(lines[idx]) for idx, kind in events if kind == "h"}
    order = [idx for idx, kind in events if kind == "h"]
    texts = [doc.text[slice(*labels[idx])] for idx in order]
    counts = [c.value if (c := find_count(t)) else None for t in texts]
    tops = {order[k] for k in top_level_headings(list(zip(texts, counts, strict=True)))}
    first_item = next((k for k, (_, kind) in enumerate(events) if kind == "i"), len(events))
    before_items = [idx for idx, _ in events[:first_item]]  # the headings before the first item
    totals: set[int] = set()
    if len(order) == 1 and before_items == order:
        totals = set(order)  # "以下為66個組織：" then the items
    elif len(tops) == 1 and order[0] in tops and before_items[:1] == order[:1]:
        totals, tops = set(tops), set()  # one heading over all the others: the list's total
    if tops:  # headings above the first group: about the whole list
        first_top = min(order.index(t) for t in tops)
        totals |= set(order[:first_top])
    two_levels = bool(tops)
    shared = (0, 0)  # the value a group's heading gives its items ("一、稅率25%的國家")
    for idx, kind in events:
        if kind == "i":
            hit = item_lines[idx]
            end = _item_end(doc.text, lines, idx, hit.content_start)
            own = bool(find_values(doc.text[hit.content_start : end]))
            raw.append(RawItem(hit.content_start, end, category, group, shared=(0, 0) if own else shared))
            continue
        s, e = labels[idx]
        label = doc.text[s:e]
        count = find_count(label)
        stated = count.value if count else None
        if idx in totals:
            headings.append(Heading(doc.id, label, None, stated, s, e))
            continue
        if idx in tops or not two_levels:
            category, group = None, group_label(label)
            shared = value_label(doc.text, s, e) or (0, 0)
            headings.append(Heading(doc.id, label, None, stated, s, e, group))
            continue
        category = group_label(label) or None
        headings.append(Heading(doc.id, label, category, stated, s, e, group))
    return headings, raw


# what a label holds around its value when the value is all it says: "稅率為41%的有", "40%的國家",
# "被課徵19%關稅的國家有"
VALUE_LABEL_BEFORE_RE = re.compile(
    fold_pattern(r"^(?:被?(?:課徵|徵收|加徵))?(?:(?:稅率|關稅)\s*(?:為|是)?)?$")
)
VALUE_LABEL_AFTER_RE = re.compile(
    fold_pattern(r"^(?:的?(?:關稅|稅率))?(?:的)?(?:國家|國|經濟體|地區)?(?:有|是|為|包括)?$")
)


def value_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the one value a label says and nothing else about (``稅率25%的國家``), else None."""
    label = text[start:end]
    bare = _HEADING_MARKER_RE.match(label)
    at = bare.end() if bare and bare.end() < len(label) else 0
    found = find_values(label[at:])
    if len(found) != 1:
        return None
    counts = find_counts(label)
    tail = label[at + found[0].end :]
    for c in reversed([c for c in counts if c.start >= at + found[0].end]):
        tail = tail[: c.start - at - found[0].end] + tail[c.end - at - found[0].end :]
    before, after = (
        label[at : at + found[0].start].strip(WHITESPACE),
        tail.strip(WHITESPACE + "：:（）()】〕]"),
    )
    if not (VALUE_LABEL_BEFORE_RE.match(before) and VALUE_LABEL_AFTER_RE.match(after)):
        return None
    return start + at + found[0].start, start + at + found[0].end


def roman_value(text: str) -> int | None:
    """Value of a roman numeral (i, iv, XII ...), None when malformed."""
    vals = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    t = text.lower()
    if not t or any(ch not in vals for ch in t):
        return None
    total = 0
    for a, b in zip(t, t[1:] + " ", strict=True):
        va, vb = vals[a], vals.get(b, 0)
        total += -va if va < vb else va
    return total if 0 < total < 4000 and _to_roman(total) == t else None


def _to_roman(n: int) -> str:
    table = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for v, s in table:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def digit_value(text: str) -> int | None:
    return int(text) if text.isdigit() else None
