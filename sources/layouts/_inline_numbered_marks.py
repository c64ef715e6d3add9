"""Items numbered or marked inside a sentence, read as ``、``-separated ones: numbers before items
(``1.甲國 2.乙國``), parenthesised ordinals, numbers in turn and circled or other inline marks (``①A②B``).
Used by ``_inline_separators.with_separators_read``.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.lang.numbers import parse_number
from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_piece_shapes import MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration

_INLINE_NUMBER_RE = re.compile(r"(?:(?<=[：:\s；;，,])|^)([0-9０-９]{1,2})[.．、)）](?=[^\s\d])")


def _inline_numbers(clause: str) -> str | None:
    """The clause with the numbers of an enumeration numbered inside it (``1.甲國 2.乙國 3.丙國``, counting
    from one) read as separators, the same length: the first as the colon that ends the lead-in, the
    others as ``、``; None when there is no such numbering."""
    found = list(_INLINE_NUMBER_RE.finditer(clause))
    values = [int(unicodedata.normalize("NFKC", m.group(1))) for m in found]
    labelled = bool(found) and clause[: found[0].start()].rstrip().endswith(("：", ":"))
    if len(found) < (2 if labelled else MIN_ITEMS) or values != list(range(1, len(found) + 1)):
        return None  # two numbered names make a group only after its label ("乙類：1.甲 2.乙")
    if clause.count("、") != sum(clause[m.end() - 1] == "、" for m in found):
        return None  # "、" parts items of its own: the numbers are not the separators
    out = list(clause)
    for k, m in enumerate(found):
        out[m.start() : m.end()] = ["：" if k == 0 else "、"] + [" "] * (m.end() - m.start() - 1)
        if (
            k and clause[m.start() - 1] in "；;，,"
        ):  # "1、甲國；2、乙國": the pause before a number is no text
            out[m.start() - 1] = " "
    return "".join(out)


# a number in parentheses before each item of a sentence: "（一）張三，甲國部長；（二）李四，…"
_PAREN_ORDINAL_RE = re.compile(r"[（(]([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]")
_ITEM_END_CHARS = "；;，,。.、" + WHITESPACE


def paren_numbered_items(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The items of ``text[a:b]`` that numbers in parentheses part, counting from one (``…：（一）張三，
    甲國部長；（二）李四，乙國議員``), each from after its number to the next number or the clause's end,
    without the pause that ends it; None for fewer than ``MIN_ITEMS`` or numbers out of turn."""
    found = list(_PAREN_ORDINAL_RE.finditer(text, a, b))
    values = [parse_number(m.group(1)) for m in found]
    if len(found) < MIN_ITEMS or values != list(range(1, len(found) + 1)):
        return None
    if not text[a : found[0].start()].rstrip(WHITESPACE).endswith(("：", ":")):
        return None  # the numbers follow the lead-in's colon, else they number something else
    ends = [m.start() for m in found[1:]] + [b]
    spans = [(m.end(), len(text[:e].rstrip(_ITEM_END_CHARS))) for m, e in zip(found, ends, strict=True)]
    return spans if all(e > s for s, e in spans) else None


# an English sentence's items each after its number in parentheses ("The top five were (1) Aland, (2)
# Borduria … and (5) the Carpathian Republic"): no colon before them, a capital opening each name
_EN_PAREN_NUMBER_RE = re.compile(r"(?<![\w)])\((\d{1,2})\)\s+(?:the\s+)?(?=[A-Z])")
_EN_ITEM_END_RE = re.compile(r"(?:\s*[,;]?\s+(?:and|or)|\s*[,;.])?\s*$")


def en_paren_numbered_items(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The items of an English ``text[a:b]`` that numbers in parentheses part, counting from one, each
    from its name (after a leading ``the``) to the next number, without the pause or joiner before it;
    None for fewer than ``MIN_ITEMS`` or numbers out of turn."""
    found = list(_EN_PAREN_NUMBER_RE.finditer(text, a, b))
    if len(found) < MIN_ITEMS or [int(m.group(1)) for m in found] != list(range(1, len(found) + 1)):
        return None
    ends = [m.start() for m in found[1:]] + [b]
    spans = []
    for m, e in zip(found, ends, strict=True):
        end = _EN_ITEM_END_RE.search(text, m.end(), e)
        spans.append((m.end(), end.start() if end is not None else e))
    return spans if all(e > s for s, e in spans) else None


_NUMBER_BEFORE_RE = re.compile(r"([0-9０-９]{1,2})[.．、)）]\s*$")


def numbered_in_turn(text: str, enum: Enumeration) -> bool:
    """Every item is preceded by its number, counting from one (``1.甲國 2.乙國 3.丙國``)."""
    for k, (s, _) in enumerate(enum.spans, start=1):
        m = _NUMBER_BEFORE_RE.search(text, max(0, s - 5), s)
        if m is None or int(unicodedata.normalize("NFKC", m.group(1))) != k:
            return False
    return len(enum.spans) >= MIN_ITEMS


# a mark before each item inside a sentence (``対象は▽アランド▽ボルドゥリア▽カルパチアの３か国``), as
# Japanese broadcasters print it; after a joiner (``▽Aと▽B``) it is only a mark
INLINE_MARK_RE = re.compile(r"([▽▼◇◆△▲□■])")
_JOINER_BEFORE_RE = re.compile(r"(?:と|や|及び|および|和|及|與|与)\s*$")


def _marked(clause: str) -> str | None:
    """The clause with a mark repeated before each item read as separators, the same length: the first as
    the colon that ends the lead-in (a ``、`` before it as a comma), the others as ``、`` (or the joiner
    before one, ``▽Aと▽B``, and the mark as a blank)."""
    marks = list(INLINE_MARK_RE.finditer(clause))  # the first may open the clause: no lead-in then
    if len(marks) < 2 or len({m.group(1) for m in marks}) != 1:
        return None
    # "▽A、▽B、▽C": a pause before every mark but the first, and none elsewhere between them, is the
    # items' own separator; the marks are then only marks
    paused = [clause[: m.start()].rstrip().endswith("、") for m in marks[1:]]
    joined = [_JOINER_BEFORE_RE.search(clause, 0, m.start()) is not None for m in marks[1:]]
    commas = clause.count("、", marks[0].start(), marks[-1].start())
    if commas and (commas != sum(paused) or not all(p or j for p, j in zip(paused, joined, strict=True))):
        return None
    # the lead-in's own pauses ("また、▽A") part it from the items, as commas do
    out = ["，" if ch == "、" else ch for ch in clause[: marks[0].start()]] + list(clause[marks[0].start() :])
    for k, m in enumerate(marks):
        joiner = _JOINER_BEFORE_RE.search(clause, 0, m.start()) if k else None
        if joiner is not None:  # "▽Aと▽B": the joiner parts the two, as "、" would
            out[joiner.start() : joiner.end()] = ["、"] + [" "] * (joiner.end() - joiner.start() - 1)
        out[m.start()] = (
            (" " if m.start() == 0 else "：") if k == 0 else " " if joiner is not None or commas else "、"
        )
    return "".join(out)
