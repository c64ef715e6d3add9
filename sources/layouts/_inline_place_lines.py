"""A ranking told one place a line, each line a sentence: its place, the names at that place, then what
they reach (``第1名是甲國和乙國，可免簽進入158個國家。`` over ``第2名是丙國、丁國和戊國，…157個國家。``;
``1位はアランドとボルドゥリアで、158カ国に…``; ``No. 1 is Aland and Borduria, with … 158 countries.``).
Used by the inline layout through ``_inline_grouping``.

A line is read so when it opens with its place (``第1名``, ``1位``, ``No. 1``) and a copula (``是``,
``為``, ``は``, ``is``) or a colon; names joined by ``、`` / ``和`` / ``と`` / ``,`` / ``and`` follow up to
the pause that ends them (``，``; ``で、``; in English the first piece that is no name), and the words
after it hold one count, or are one score (``第1名：甲國，7.74分``), the figure every name of the line
takes. The place is the line's group (as a
ranking's clauses are grouped by their place, ``_inline_places``). Only a line next to another line so
is read: one such sentence is prose, a series of them is the list. A line of another shape (a
territory's own place, ``甲國排名第18，…``; the last place, ``排名最後的是…``) is no line of the series.

A line may instead close its names with the figure in brackets (``第3名：丙國、丁國、戊國（188國）``,
``3位：カルパチア、ダルマチア（188カ国）``, ``3rd: Carpathia and Dalmatia (188)``, ``No. 3: … (188
destinations)``): the brackets hold the figure alone, a count or a number (``figure_span``), or in
English a number and one word.
"""

from __future__ import annotations

import re

from pipeline.lang.counts import find_counts
from pipeline.lang.named_figures import score_alone
from pipeline.lang.rank_cues import EN_PLACE, JA_PLACE, TIED_PLACE_RE, ZH_PLACE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._inline_bracket_places import figure_span
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MAX_EN_WORDS, ZH_VALUE_NAME_RE, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

# the place and its copula, then where the names end and the rest begins, per script
_ZH_RE = re.compile(
    rf"[ \t\u3000]*(?P<place>{ZH_PLACE})\s*"
    + fold_pattern(r"(?:是|為|：|:)")
    + r"\s*(?P<names>[^，,。；;：:\n]+)[，,](?P<rest>[^。；;\n]+)[。]?[ \t\u3000]*$"
)
_JA_RE = re.compile(
    rf"[ \t\u3000]*(?P<place>{JA_PLACE})\s*(?:は|：|:)\s*(?P<names>[^，,。；;：:\n]+?)で[、，,]"
    r"(?P<rest>[^。；;\n]+)[。]?[ \t\u3000]*$"
)
_EN_RE = re.compile(
    rf"[ \t]*(?P<place>{EN_PLACE})\s*"
    r"(?:is|are|was|were|:)\s+(?P<names>[^;:.\n]+?),\s+(?P<rest>[a-z][^;\n]*?)[.]?[ \t]*$",
)
# the same lines closing their names with the figure in brackets: "第1名：甲國（190國）"
_BRACKETS = r"\s*[（(](?P<figure>[^（()）\n]+)[）)]\s*[。.]?[ \t\u3000]*$"
_ZH_BRACKETED_RE = re.compile(
    rf"[ \t\u3000]*(?P<place>{ZH_PLACE})\s*"
    + fold_pattern(r"(?:是|為|：|:)")
    + r"\s*(?P<names>[^（(，,。；;：:\n]+?)"
    + _BRACKETS
)
_JA_BRACKETED_RE = re.compile(
    rf"[ \t\u3000]*(?P<place>{JA_PLACE})\s*(?:は|：|:)\s*(?P<names>[^（(，,。；;：:\n]+?)" + _BRACKETS
)
_EN_BRACKETED_RE = re.compile(
    rf"[ \t]*(?P<place>{EN_PLACE})\s*"
    r"(?:is|are|was|were|:)\s+(?P<names>[^;:.()\n]+?)" + _BRACKETS
)
_EN_NUMBER_AND_WORD_RE = re.compile(r"(?P<n>[0-9][0-9,]*)\s+[a-z]+")
_ZH_JOINER_RE = re.compile(r"、|" + fold_pattern(r"和|與|及|以及"))
_JA_JOINER_RE = re.compile(r"、|と")
_EN_JOINER_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_DIGITS_RE = re.compile(r"[0-9０-９][0-9０-９,]*")


def place_line(text: str, a: int, b: int) -> list[Enumeration]:
    """The line ``text[a:b]`` read as one place of such a series (see the module's docstring), when the
    line above or below it is one too; else ``[]``."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = _end(text, b)
    if text[line_start:a].strip(WHITESPACE) or text[b:line_end].strip(WHITESPACE + "。.!?！？"):
        return []  # the sentence is not the whole line
    read = _read(text, line_start, line_end)
    if read is None:
        return []
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else -1
    below = line_end + 1 if line_end < len(text) else -1
    beside = [
        (s, e)
        for s, e in ((above, line_start - 1), (below, _end(text, below)))
        if s >= 0 and e > s and _read(text, s, e) is not None
    ]
    return [read] if beside else []


def _end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


_LINES = (
    (_ZH_RE, _ZH_JOINER_RE, False),
    (_JA_RE, _JA_JOINER_RE, False),
    (_EN_RE, _EN_JOINER_RE, True),
    (_ZH_BRACKETED_RE, _ZH_JOINER_RE, False),
    (_JA_BRACKETED_RE, _JA_JOINER_RE, False),
    (_EN_BRACKETED_RE, _EN_JOINER_RE, True),
)


def _read(text: str, s: int, e: int) -> Enumeration | None:
    """The line read by the first shape that reads it whole (``第3名：丙國（188國，同列第3）`` is no line
    of names, a pause, then a count: its brackets hold the figure)."""
    return next(
        (
            read
            for r, j, en in _LINES
            if (m := r.fullmatch(text, s, e)) and (read := _read_as(text, m, j, en))
        ),
        None,
    )


def _read_as(text: str, m: re.Match[str], joiner: re.Pattern[str], english: bool) -> Enumeration | None:
    s = m.start()
    lo, hi = m.span("names")
    cuts = [lo, *(x for j in joiner.finditer(text, lo, hi) for x in j.span()), hi]
    spans = [trim(text, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if any(y <= x or not _name(text[x:y], english=english) for x, y in spans):
        return None
    figure = _figure(text, m, english=english)
    if figure is None:
        return None
    place = m.span("place")
    return Enumeration(
        tuple(spans),
        s,
        m.end("rest") if "rest" in m.groupdict() else m.end("figure") + 1,
        None,
        text[place[0] : place[1]],
        place,
        False,
        shared=(figure,) * len(spans),
    )


def _figure(text: str, m: re.Match[str], *, english: bool) -> tuple[int, int] | None:
    """The span of the line's figure: the number of the one count after its names, or of the brackets
    closing them."""
    if "figure" in m.groupdict():
        lo, hi = _without_place(text, *m.span("figure"))
        if (span := figure_span(text, lo, hi)) is not None:
            return span
        word = _EN_NUMBER_AND_WORD_RE.fullmatch(text, *trim(text, lo, hi)) if english else None
        return None if word is None else word.span("n")
    rest = m.start("rest")
    if (score := score_alone(text, rest, m.end("rest"))) is not None:
        return score.start, score.end  # "第1名：甲國，7.74分": the line's score
    counts = find_counts(m.group("rest"))
    if len(counts) != 1 or (digits := _DIGITS_RE.match(text, rest + counts[0].start)) is None:
        return None
    return digits.span()


def _without_place(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The brackets' figure without the place a pause parts from it (``188國，同列第3``, ``188, joint
    third``): the line's own place says it; else the brackets whole."""
    parts = split_top_level(text[lo:hi], "，,、")
    if len(parts) == 2 and TIED_PLACE_RE.fullmatch(text, *trim(text, lo + parts[1][0], lo + parts[1][1])):  # noqa: PLR2004
        return lo + parts[0][0], lo + parts[0][1]
    return lo, hi


def _name(piece: str, *, english: bool) -> bool:
    if not english:
        return ZH_VALUE_NAME_RE.match(piece) is not None
    return (
        piece[:1].isupper()
        and EN_NAME_RUN_RE.fullmatch(piece) is not None
        and len(piece.split()) <= MAX_EN_WORDS
    )
