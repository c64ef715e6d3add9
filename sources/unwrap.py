"""Wire copy hard-wrapped at a fixed width, its paragraphs joined again: ``…the\\nRepublic of Aland``,
``丙丁共和\\n國``. A list broken over two lines is otherwise read as two lists, or in part.

A text is hard-wrapped when no line is wider than ``MAX_WIDTH`` columns (a CJK character counts two) and
at least ``MIN_BREAKS`` lines inside paragraphs, two of them one under the other, stop at the width of
its paragraphs' lines (a headline on its own may be wider): the next line's first word would not have
fitted (for CJK, within ``CJK_SLACK`` columns, the room line-breaking rules leave). Only
such full lines are joined to the next, and never when either line may be a list's: a line ending in a
colon (a lead-in) or a sentence (a paragraph a line, as pages are copied), a next line opening with a list
marker (``--`` is a dash of the sentence, not one), a line parted in columns by a run of blanks, a line
without a letter (a rule ``=====``). Two CJK characters join with nothing between, else with one blank.
"""

from __future__ import annotations

import re
import unicodedata

from sources.layouts._shapes import BULLET_CHARS, EMOJI_MARK, SYMBOL_BLOCKS

MAX_WIDTH = 80  # columns: wire copy and e-mail wrap at 64-76
MIN_WIDTH = 40  # narrower "full" lines are a list's or a title's, not a wrap
MIN_BREAKS = 3  # full lines inside paragraphs before a text is taken as hard-wrapped
MIN_SHARE = 0.6  # of a text's long lines inside paragraphs (over half its width) that are full
CJK_SLACK = 4  # columns a CJK line may stop short of the width (a mark not allowed to open a line)
LATIN_SLACK = 2  # columns the widest line may stop short of the width it was wrapped at

_MARKER_RE = re.compile(
    r"^[ \t\u3000]*(?:(?!--)["
    + re.escape(BULLET_CHARS)
    + SYMBOL_BLOCKS
    + r"]|"
    + EMOJI_MARK
    + r"|[0-9０-９]{1,3}[.．、)）](?![0-9０-９])|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[①-⑳]"
    r"|[一二三四五六七八九十]{1,3}、|[>|｜#【〈《])"
)
_COLUMNS_RE = re.compile(r"\S(?: {2,}|\t|\u3000)\S")
_LEAD_IN_END = (":", "：")
_SENTENCE_END = ("。", "！", "？", ".", "!", "?")
_FIRST_WORD_RE = re.compile(r"\S+")


def _wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WF"


def width(s: str) -> int:
    """Display columns of ``s``: two for a wide (CJK, full-width) character, one for any other."""
    return sum(2 if _wide(c) else 1 for c in s)


def _next_need(line: str) -> int:
    """Columns the next line's opening needs on the line above (a word and its blank, or a wide
    character)."""
    start = line.lstrip(" \t")
    if start and _wide(start[0]):
        return 2 + CJK_SLACK
    m = _FIRST_WORD_RE.match(start)
    return 1 + width(m.group()) + LATIN_SLACK if m else 0


def _joinable(line: str, below: str) -> bool:
    """Neither ``line`` nor ``below`` is a list's line, a lead-in, a rule or a line in columns."""
    body = line.strip(" \t\u3000")
    return (
        bool(body)
        and bool(below.strip())
        and not body.endswith(_LEAD_IN_END + _SENTENCE_END)
        and not _MARKER_RE.match(below)
        and not _COLUMNS_RE.search(body)
        and not _COLUMNS_RE.search(below.strip(" \t\u3000"))
        and any(c.isalpha() for c in body)
        and any(c.isalpha() for c in below)
    )


def _full_breaks(lines: list[str], widths: list[int], top: int) -> list[int]:
    """Indexes of the lines inside paragraphs that stop at the width ``top``."""
    return [
        i
        for i in range(len(lines) - 1)
        if lines[i + 1].strip() and widths[i] + _next_need(lines[i + 1]) > top
    ]


def _wrapped_breaks(lines: list[str]) -> list[int]:
    widths = [width(line.rstrip()) for line in lines]
    if max(widths, default=0) > MAX_WIDTH:
        return []  # a line wider than any wrap: the text is not hard-wrapped
    inside = [i for i in range(len(lines) - 1) if lines[i + 1].strip()]  # lines a paragraph goes on after
    top = max((widths[i] for i in inside), default=0)  # a headline standing alone may be wider
    if top < MIN_WIDTH:
        return []
    full = [i for i in _full_breaks(lines, widths, top) if widths[i] >= MIN_WIDTH]
    long_ = [i for i in inside if widths[i] > top / 2]
    if len(full) < MIN_BREAKS or len(full) < MIN_SHARE * len(long_) or not _two_in_a_row(full):
        return []
    return [i for i in full if _joinable(lines[i], lines[i + 1])]


def _two_in_a_row(full: list[int]) -> bool:
    """Two full lines one under the other (a paragraph of three lines or more): wire copy has them, a
    list of lines of about the same width seldom."""
    return any(b == a + 1 for a, b in zip(full, full[1:], strict=False))


def unwrap(text: str) -> str:
    """``text`` with its hard-wrapped paragraphs' lines joined (rules in the module's docstring); a text
    that is not hard-wrapped comes back unchanged."""
    lines = text.split("\n")
    breaks = set(_wrapped_breaks(lines))
    if not breaks:
        return text
    out = [lines[0]]
    for i in range(1, len(lines)):
        if i - 1 not in breaks:
            out.append("\n" + lines[i])
            continue
        above, below = out[-1].rstrip(" \t"), lines[i].lstrip(" \t\u3000")
        glue = "" if above and below and _wide(above[-1]) and _wide(below[0]) else " "
        out[-1] = above
        out.append(glue + below)
    return "".join(out)
