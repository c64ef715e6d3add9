"""An English ranking told in clauses, each name with its figure in brackets (``Aland topped the ranking
for the eighth year (7.736), followed by Borduria (7.521) and Carpathia (7.515), with Dalmatia (7.345),
… and Zubrowka (6.979) completing the top 10.``). Used by the inline layout through ``_inline_grouping``.

The sentence is read whole or not at all: its first name, a few lower-case words of how it fared and its
figure; after ``followed by`` a run of names each with its figure (``lang.rank_cues.EN_RANK_FOLLOWED_RE``);
optionally after ``with`` another such run closed by the words that end the ranking (``completing the
top 10``: the list's count). Every name of the sentence printed with a figure in brackets is an item, in
the order the sentence tells them, which is the ranking's order."""

from __future__ import annotations

import re

from pipeline.lang.count_lines import top_count
from pipeline.lang.rank_cues import EN_RANK_CLOSING_RE, EN_RANK_FOLLOWED_RE, EN_RANK_REST_RE
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MAX_EN_WORDS, MIN_ITEMS, strip_article
from sources.layouts._inline_pieces import Enumeration

# a figure: a number, a share or an amount (``7.736``, ``36%``, ``$156 million``)
_AMOUNT = r"[$€£¥]?\s*[0-9][0-9,]*(?:\.[0-9]+)?(?:\s*%|\s*(?:million|billion|trillion|bn|m)\b)?"
_FIGURE = rf"\(\s*(?P<fig>{_AMOUNT})\s*\)"
# the first: a name, how it fared in a few lower-case words, its figure
_HEAD_RE = re.compile(
    rf"(?P<name>[A-Z][^()]*?)\s+(?P<words>(?:[a-z][\w'’\-]*\s+){{0,8}}[a-z][\w'’\-]*)\s*{_FIGURE}"
)
# or the first's figure after ``with`` or ``at``, out of brackets (``Aland topped the top 10 with $275
# million, followed by …``): the words between may count the ranking
_HEAD_WITH_RE = re.compile(
    rf"(?P<name>[A-Z][^()]*?)\s+(?P<words>(?:[a-z0-9][\w'’\-]*\s+){{1,8}})(?:with|at)\s+(?P<fig>{_AMOUNT})"
)
# one of the others: a name and its figure
_ITEM_RE = re.compile(rf"(?P<name>[^(),]+?)\s*{_FIGURE}")
_JOINER_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a sentence: up to a full stop before a blank or the end (not the point of a decimal)
_SENTENCE_RE = re.compile(r"[^.]+(?:\.(?!\s|$)[^.]*)*(?:\.|$)")

_Item = tuple[tuple[int, int], tuple[int, int]]  # the name's span, its figure's


def followed_en(text: str, a: int, b: int) -> list[Enumeration]:
    """The ranking of the first sentence of ``text[a:b]`` told so (see the module's docstring), else
    ``[]``."""
    if EN_RANK_FOLLOWED_RE.search(text, a, b) is None:
        return []  # no "followed by": most paragraphs, left at once
    for sentence in _SENTENCE_RE.finditer(text, a, b):
        s, e = sentence.start(), sentence.end()
        while s < e and text[s].isspace():
            s += 1
        found = _ranking(text, s, e - 1 if text[e - 1] == "." else e)
        if found is not None:
            return [found]
    return []


def _ranking(text: str, s: int, e: int) -> Enumeration | None:
    head = _HEAD_RE.match(text, s, e) or _HEAD_WITH_RE.match(text, s, e)
    followed = EN_RANK_FOLLOWED_RE.match(text, head.end(), e) if head is not None else None
    if head is None or followed is None or not _name(text, *head.span("name")):
        return None
    closing = EN_RANK_CLOSING_RE.search(text, followed.end(), e)
    rest = EN_RANK_REST_RE.search(text, followed.end(), closing.start() if closing else e)
    runs = [(followed.end(), rest.start() if rest else closing.start() if closing else e)]
    if rest is not None:
        if closing is None:
            return None  # "…, with A (1.2) …" left open: no ranking this reader knows the end of
        runs.append((rest.end(), closing.start()))
    items: list[_Item] = [((head.start("name"), head.end("name")), head.span("fig"))]
    for lo, hi in runs:
        run = _run(text, lo, hi)
        if run is None:
            return None
        items += run
    if len(items) < MIN_ITEMS:
        return None
    top = top_count(closing["close"]) if closing is not None else None
    count_span = closing.span("close") if closing is not None and top is not None else (0, 0)
    if closing is None and (top := top_count(head["words"])) is not None:  # "topped the top 10 with …"
        count_span = (head.start("words") + top.start, head.start("words") + top.end)
    return Enumeration(
        tuple((strip_article(text, x, y), y) for (x, y), _ in items),
        s,
        e,
        top.value if top is not None else None,
        "",
        (0, 0),
        False,
        count_span=count_span,
        shared=tuple(fig for _, fig in items),
    )


def _run(text: str, lo: int, hi: int) -> list[_Item] | None:
    """``Borduria (7.521) and Carpathia (7.515)``: every piece one name and its figure, else None."""
    cuts = [lo, *(x for j in _JOINER_RE.finditer(text, lo, hi) for x in j.span()), hi]
    out: list[_Item] = []
    for k in range(0, len(cuts), 2):
        m = _ITEM_RE.fullmatch(text, cuts[k], cuts[k + 1])
        if m is None or not _name(text, *m.span("name")):
            return None
        out.append((m.span("name"), m.span("fig")))
    return out


def _name(text: str, s: int, e: int) -> bool:
    s = strip_article(text, s, e)
    return EN_NAME_RUN_RE.fullmatch(text, s, e) is not None and len(text[s:e].split()) <= MAX_EN_WORDS
