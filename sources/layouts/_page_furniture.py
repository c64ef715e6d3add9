"""Lines a page or a PDF leaves in a text copied out of it, between the lines of a list: the share
buttons' words (``分享``, ``Share``, ``シェア``), a page number (``- 2 -``, ``第3頁``) and the running head
beside it (the publication's line repeated on every page), a caption closed by its credit in brackets
(``甲國總統簽署命令。（乙通訊社）``, ``…＝4日（乙社＝丙通信）``), a photographer's credit
(``（丙社記者 張三 攝）``). The words are in ``pipeline.lang.page_cues``.

``furniture`` marks them; ``body_lines`` (``_lines.py``) reads such a line (and any other line the page
inserts: an advertisement's label, a block of related headlines) as a blank, or, in a text, leaves out
those ``left_out`` names, so a run of a list's lines goes on as the page printed it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.lang.page_cues import PAGE_IN_LINE_RE, PAGE_NUMBER_RE, SHARE_WORD_RE
from pipeline.lang.scripts import WHITESPACE, zre

MAX_SHARE_WORDS = 6  # words a line of share buttons holds
MAX_PAGE_LINE = 40  # a page number's line, or the running head beside it, is no longer than this
MAX_RUN_LINE = 60  # a line of a run an inserted line is left out of is no longer than this

# a caption: a sentence, then its credit alone in brackets (``甲國總統簽署命令。（乙通訊社）``), or its date
# and place after ``＝`` and a credit holding ``＝`` (``簽署命令的甲國總統＝4日（乙社＝丙通信）``)
_CAPTION_RE = zre(
    r"^(?:.{2,80}[。．.!！][（(][^（）()\d０-９]{1,20}[）)]"
    r"|.{2,80}[＝=].{0,30}[（(][^（）()\d０-９]{1,15}[＝=][^（）()\d０-９]{1,15}[）)]"
    # a photographer's credit, whatever the name holds (``（丙社記者 張三 攝）``)
    r"|[（(][^（）()]{1,24}(?:攝|攝影|拍攝)[）)])$"
)


def share_buttons(s: str) -> bool:
    """``s`` holds nothing but the words of a page's share buttons (``シェア　ポスト　ブックマーク``)."""
    words = [w for w in re.split(r"[\s|｜/・·]+", s) if w]
    return 0 < len(words) <= MAX_SHARE_WORDS and all(SHARE_WORD_RE.fullmatch(w) for w in words)


def _page_number(s: str) -> bool:
    return 0 < len(s) <= MAX_PAGE_LINE and PAGE_NUMBER_RE.fullmatch(s) is not None


def furniture(raws: Sequence[str]) -> list[bool]:
    """Whether each line of ``raws`` is one a copied page leaves between an article's lines."""
    lines = [r.strip(WHITESPACE) for r in raws]
    seen = Counter(s for s in lines if s)
    marks = [bool(s) and (share_buttons(s) or _CAPTION_RE.match(s) is not None) for s in lines]
    for k, s in enumerate(lines):
        if not (s and (_page_number(s) or (len(s) <= MAX_PAGE_LINE and PAGE_IN_LINE_RE.search(s)))):
            continue
        marks[k] = True
        # the running head beside the number: the same line on every page, or the number inside it
        for j in (k - 1, k + 1):
            if 0 <= j < len(lines) and lines[j] and len(lines[j]) <= MAX_PAGE_LINE and seen[lines[j]] > 1:
                marks[j] = True
    return marks


def inside_run(raws: Sequence[str], marks: Sequence[bool], k: int) -> bool:
    """Line ``k`` stands between two short lines that are no blanks (the furniture around it aside): a
    run of a list's lines goes on through it."""

    def neighbour(step: int) -> str:
        j = k + step
        while 0 <= j < len(raws) and marks[j]:
            j += step
        return raws[j].strip(WHITESPACE) if 0 <= j < len(raws) else ""

    before, after = neighbour(-1), neighbour(1)
    return bool(before and after) and max(len(before), len(after)) <= MAX_RUN_LINE


def left_out(raws: Sequence[str], inserted: Sequence[bool]) -> list[bool]:
    """The lines of a text to leave out: an inserted line inside a run of lines (``inside_run``), and a
    paragraph of inserted lines alone between blank lines (``関連記事`` over two headlines between two
    groups of a list) with the blank line after it, so the groups stand one blank line apart."""
    out = [bool(inserted[k]) and inside_run(raws, inserted, k) for k in range(len(raws))]
    k = 0
    while k < len(raws):
        if not inserted[k] or (k > 0 and raws[k - 1].strip(WHITESPACE)):
            k += 1
            continue
        end = k
        while end < len(raws) and inserted[end] and raws[end].strip(WHITESPACE):
            end += 1
        if k > 0 and end < len(raws) and not raws[end].strip(WHITESPACE) and end > k:
            for j in range(k, end + 1):
                out[j] = True
        k = max(end, k + 1)
    return out
