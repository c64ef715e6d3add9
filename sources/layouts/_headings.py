"""Headings and group labels: whether a line reads as a heading over the items below it, and the label a
group keeps once markers, part words (``第一部分``, ``Part 1``) and trailing lead-ins are cut off.

A heading is short, states a count, is bracketed (``【甲類】``), numbered with a Chinese ordinal
(``一、``) or ends in a colon; a heading that says ``其他`` / ``other`` names the rest of a list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.lang.closing_lead_ins import closing_lead_in
from pipeline.lang.count_lines import TOTAL_WORD_RE
from pipeline.lang.counts import PAREN_COUNT_RE, Count, find_counts
from pipeline.lang.label_nouns import PLACED_IN_RE, noun_ends_after_count
from pipeline.lang.leads import LEAD_IN_RE, PART_RE
from pipeline.lang.numbers import CN_NUM
from pipeline.lang.scripts import WHITESPACE, fold_pattern, zre
from sources.layouts._counts import find_count, lead_in_count
from sources.layouts._lines import Line
from sources.layouts._parens import stripped_span
from sources.layouts._shapes import EMOJI_MARK, TEXT_CACHE

# "other organizations:" after a group heading names the rest of the list, i.e. another group
_OTHER_RE = re.compile(fold_pattern(r"其他|其餘|其它") + r"|\b(?:other|remaining|rest\s+of)\b", re.IGNORECASE)


def complement_heading(text: str) -> bool:
    """A short heading that introduces "the other" items (``其他組織：``, ``Other organizations:``)."""
    s = text.strip(WHITESPACE)
    return 0 < len(s) <= 60 and s.endswith(("：", ":")) and _OTHER_RE.search(s) is not None


HEADING_MARKER_RE = zre(
    r"^(?:[．.•●・·◆◇■□▪▶►\-－—*※#【〔\[\u2500-\u27bf\u2b00-\u2bff]+\s*"
    r"|(?:" + EMOJI_MARK + r")+\s*"  # "📌 全面禁止入境的國家：": a pin or a flag, no word of the label
    r"|第?[一二三四五六七八九十]+\s*[、.．:：]\s*(?:部分\s*[:：]\s*)?"
    r"|[（(][一二三四五六七八九十]+[）)]\s*"
    r"|(?:Part\s+)?[IVX]+[.)]\s+"
    r"|\d{1,2}\s*[.、．]\s*)",
    re.IGNORECASE,
)


def heading_label_span(line: Line) -> tuple[int, int]:
    """Span of a heading line without its leading bullet or ordinal."""
    s, e = stripped_span(line.text, 0, len(line.text))
    m = HEADING_MARKER_RE.match(line.text[s:e])
    if m and m.end() < e - s:
        marker = m.group(0).rstrip()
        closing = _CLOSING.get(marker[-1:], "")
        # "【甲類】": a bracket the line closes is the label's, not a bullet before it
        s += m.end() - (len(m.group(0)) - len(marker) + 1 if closing and closing in line.text[s:e] else 0)
    s += closing_lead_in(line.text[s:e])  # "… university. The top 10:": the sentence that leads in
    return line.start + s, line.start + e


_CLOSING = {"【": "】", "〔": "〕", "[": "]"}  # the brackets the heading marker may open


_PART_PREFIX_RE = re.compile(PART_RE.pattern + r"\s*[：:、.．]?\s*", re.IGNORECASE)


_TRAILING_LEAD_IN_RE = re.compile(
    r"(?:(?:のは|は)?(?:次の|以下の)(?:とおり|通り)?|(?<=[\u30a1-\u30fa\u30fc\u4e00-\u9fff])は|"
    + fold_pattern(
        r"(?:名單|清單)?(?:如下|為|是|包括)|(?<=\S)的(?:國家|國)?有|(?:則|亦|也)(?:有|為|是|係|包括)"
    )  # "超過3%的有": 超過3%
    + r"|\s+(?:are|include|includes|were))$"
)


# the words that say the list follows, inside a clause of the heading's ("全面禁止以下12國公民入境")
_FOLLOWING_RE = re.compile(fold_pattern(r"以下|下列|如下") + r"|以下の|次の|the following", re.IGNORECASE)
_ADVERB_AFTER_COUNT_RE = re.compile(fold_pattern(r"(?:則|亦|也|均)(?=\s*(?:為|是|係|包括))"))
_WORD_NOUN_RE = re.compile(r"[A-Za-z][a-z]+")
_DETERMINER_RE = re.compile(r"(?i:\b(?:the|these|those|its|their|other|remaining))\s+$")
_OPEN_THEN_SEP_RE = re.compile(r"([（(])\s*[,，、;；]\s*")


_TRAILING_TOTAL_RE = re.compile(rf"(?<=[\u4e00-\u9fff])(?:有|為|为)?(?:{TOTAL_WORD_RE.pattern})(?:有)?$")


_LABEL_EDGES = "：:，,、;；。.（）()【】〔〕[]《》〈〉＜＞"  # marks around a label, never part of it


def group_label(label: str) -> str:
    """A heading's words that name its group: without its count, ordinal marker, lead-in words and
    closing colon (``Full ban (12 countries):`` -> ``Full ban``,
    ``甲類機構，共31個，包括：`` -> ``甲類機構``)."""
    text = label.strip(WHITESPACE)
    # a lead-in of several sentences ("…下周生效。以下12國…："): its last sentence introduces the list
    text = re.split(r"[。！？]", text.rstrip("。！？" + WHITESPACE))[-1].strip(WHITESPACE)
    for c in reversed(find_counts(text)):  # "甲洲7國則為": the adverb after the count goes with it
        after = _ADVERB_AFTER_COUNT_RE.match(text, c.end)
        # an English count after its determiner keeps its noun, the head of the phrase ("The four
        # individuals designated are:" names the individuals, as "The three entities …" the entities)
        noun = (
            c.counter
            if _WORD_NOUN_RE.fullmatch(c.counter) and _DETERMINER_RE.search(text, 0, c.start)
            else ""
        )
        end = after.end() if after else _counted_noun_end(text, c)
        text = text[: c.start] + noun + text[end:]
        if not c.start and (placed := PLACED_IN_RE.match(text)) is not None:  # "Eleven of the cities are in"
            text = text[placed.end() :]
    text = _OPEN_THEN_SEP_RE.sub(r"\1", text)  # "Opposition (9 parties, 70 seats)": "(70 seats)" is left
    for _ in range(2):  # "．第一部分：" = a bullet, then a part ordinal
        m = HEADING_MARKER_RE.match(text) or _PART_PREFIX_RE.match(text)
        rest = text[m.end() :].strip(WHITESPACE + "：:、.．，,") if m else ""
        if m and rest and not _TRAILING_LEAD_IN_RE.fullmatch(rest):  # "第一批：", "第3組包括" are the label
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
    cued = [p for p in kept[::2] if _FOLLOWING_RE.search(p) and not _FOLLOWING_RE.fullmatch(p)]
    # "甲社…電 甲國總統4日簽署公告，全面禁止以下12國公民入境": the clause that introduces what follows
    text = cued[0] if len(kept) > 1 and len(cued) == 1 else "".join(kept)
    text = _TRAILING_LEAD_IN_RE.sub("", text.strip(WHITESPACE + "：:。")) or text  # "…のは次の", "…如下"
    text = _balanced(re.sub(r"\s+", " ", text).strip(WHITESPACE + _LABEL_EDGES))
    # "全面禁止の(12カ国)", "全面禁止入境的(12國)": the count's の or 的
    text = re.sub(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])[の的]$", "", text)
    # "部分限制入境的国家共(15个)": the count's total word, left at the end once the count is out
    text = _TRAILING_TOTAL_RE.sub("", text) or text
    return "" if _FUNCTION_WORD_RE.fullmatch(text) else text  # "The four officials are:" names no group


def _counted_noun_end(text: str, c: Count) -> int:
    """Where count ``c`` ends, with the noun it counts when only lead-in words follow it (``甲國11個城市
    包括``: the group is 甲國, see ``pipeline.lang.label_nouns``)."""
    for end in noun_ends_after_count(text, c):
        tail = text[end:].strip(WHITESPACE + "：:")
        if not tail or _TRAILING_LEAD_IN_RE.fullmatch(tail):
            return end
    return c.end


def _balanced(label: str) -> str:
    """A label whose closing parenthesis the stripping took (``9月22日（甲會議``) gets it back."""
    for o, c in ("（）", "()"):
        if label.count(o) == label.count(c) + 1 and label.rfind(o) > label.rfind(c):
            label += c
    return label


# a lone capital A is a group's letter ("Group | A" in a table), not the article
_FUNCTION_WORD_RE = re.compile(r"(?:the|these|those|they|(?-i:a)|an|all|its|their|this|here)", re.IGNORECASE)


MAX_LABEL_CHARS = 40  # a line ending in a colon up to this long reads as a heading over what follows


MAX_HEADING_TEXT_SHORT = 60  # characters of a heading line that states no count
MAX_HEADING_TEXT = 80  # of one that does ("Twelve countries face a full ban on entry to the United States.")


# a roster's line: posts, an equals sign, a name, an age in parentheses ("総務＝山田太郎（59）"); the figure
# is the person's age, no count of a group
ROSTER_LINE_RE = re.compile(r"^[^＝\s]{1,24}＝[^＝\s（(]{2,12}[（(][0-9０-９]{1,3}[)）]")


@lru_cache(maxsize=TEXT_CACHE)
def is_heading_text(text: str) -> bool:
    """A short line that names a part, states a count, introduces "the other" items or ends in a colon
    (not a sentence)."""
    s = text.strip(WHITESPACE)
    if ROSTER_LINE_RE.match(s):
        return False
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


# a label in lenticular, square or angle brackets on a line of its own: ``【全面禁止入境】``,
# ``〔部分限制〕``, ``〈部分限制〉``
_BRACKETED_RE = re.compile(
    r"^(?:【[^【】]+】|〖[^〖〗]+〗|〔[^〔〕]+〕|［[^［］]+］|\[[^\[\]]+\]|〈[^〈〉]+〉|＜[^＜＞]+＞)[：:]?$"
)


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


_DASH_BEFORE_RE = re.compile(r"\s[–—－-]\s*$")


def tally_after_dash(text: str) -> bool:
    """``Level 2 – “exercise caution” – 17 countries``: a line that ends with a count after a dash says how
    many items a group holds; it is the group's line, not an item."""
    s = text.strip(WHITESPACE).rstrip("。.")
    if len(s) > MAX_HEADING_TEXT or not (counts := find_counts(s)):
        return False
    last = counts[-1]
    return last.end == len(s) and bool(last.counter) and _DASH_BEFORE_RE.search(s, 0, last.start) is not None


@lru_cache(maxsize=TEXT_CACHE)
def is_heading_item(content: str) -> bool:
    """An item-marked line that is really a heading (``一、非…，共35個，包括：``, ``◇甲國政府（６人）``,
    ``Level 2 – “exercise caution” – 17 countries``)."""
    s = content.strip(WHITESPACE)
    if tally_after_dash(s):
        return True
    if not is_heading_text(s):
        return False
    return bool(
        s.endswith(("：", ":"))
        or re.search(fold_pattern("共") + r"|\(\d+\)|（\d+）", s)
        or PAREN_COUNT_RE.search(s)  # a count in parentheses with its counter word: "（６人）", "(7 people)"
    )


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
