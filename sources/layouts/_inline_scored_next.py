"""Names closed by the place they reached, their scores in the next sentence (``報告顯示，甲國、乙國、丙國
和丁國位列前四。其中，甲國得分7.736，乙國7.521，丙國7.515，丁國7.345。``). Used by the inline layout
through ``_inline_grouping``.

The first sentence ends with a run of names joined by ``、`` and a last ``和`` / ``及`` / ``與``, closed by
a verb of place (``lang.rank_cues.ZH_RANK_REACHED``) and what it reached (``前四``: the list's count when it
states one). The next sentence, after an opening word (``其中``, ``分別為``), gives every one of those
names, in the same order, its score (``甲國得分7.736``, ``乙國7.521``) and nothing else. Both are read
whole, the names from the first, the scores from the second, or neither: names the second sentence
leaves out, adds or reorders make no list (a partial read is worse than none)."""

from __future__ import annotations

import re

from pipeline.lang.count_lines import top_count
from pipeline.lang.named_figures import score_alone
from pipeline.lang.rank_cues import ZH_EACH_OPENING_RE, ZH_RANK_REACHED, ZH_SCORE_WORD_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._inline_piece_shapes import MIN_ITEMS, ZH_VALUE_NAME_RE, trim
from sources.layouts._inline_pieces import Enumeration

# the run of names after the sentence's last pause, and the verb of place closing it
_NAMED_RE = re.compile(
    r"(?:.*[，,：:])?(?P<names>[^，,：:。]+?)"
    + f"(?P<verb>{fold_pattern(ZH_RANK_REACHED)})(?P<rest>[^，,：:。]*)"
)
_VERB_RE = re.compile(fold_pattern(ZH_RANK_REACHED))
_JOINER_RE = re.compile(r"、|" + fold_pattern(r"以及|和|與|及"))
_PIECE_RE = re.compile(r"[^，,；;、。]+")


def scored_next(text: str, a: int, b: int) -> list[Enumeration]:
    """The sentence ``text[a:b]`` and the next one read together (see the module's docstring), else
    ``[]``."""
    if _VERB_RE.search(text, a, b) is None:
        return []  # no verb of place: most sentences, left at once
    m = _NAMED_RE.fullmatch(text, a, b)
    if m is None:
        return []
    names = _names(text, *m.span("names"))
    if len(names) < MIN_ITEMS or b >= len(text) or text[b] != "。":
        return []
    end = text.find("。", b + 1)
    scores = _scores(text, b + 1, len(text) if end < 0 else end, [text[s:e] for s, e in names])
    if scores is None:
        return []
    top = top_count(text[m.start("verb") : m.end("rest")])
    stated = top.value if top is not None else None
    return [
        Enumeration(
            tuple(names),
            a,
            len(text) if end < 0 else end,
            stated,
            "",
            (0, 0),
            False,
            count_span=(m.start("verb"), m.start("verb") + top.end) if top is not None else (0, 0),
            shared=tuple(scores),
        )
    ]


def _names(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The name spans of a run joined by ``、`` and one last joiner; [] if a piece is no name."""
    cuts = [lo, *(x for j in _JOINER_RE.finditer(text, lo, hi) for x in j.span()), hi]
    spans = [trim(text, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if any(y <= x or not ZH_VALUE_NAME_RE.match(text[x:y]) for x, y in spans):
        return []
    return spans


def _scores(text: str, lo: int, hi: int, names: list[str]) -> list[tuple[int, int]] | None:
    """The span of each name's score in the sentence ``text[lo:hi]``, in the names' order, when it gives
    them all and nothing else; else None."""
    opening = ZH_EACH_OPENING_RE.match(text, lo)
    if opening is None:
        return None
    pieces = [
        p for p in _PIECE_RE.finditer(text, opening.end(), hi) if text[p.start() : p.end()].strip(WHITESPACE)
    ]
    if len(pieces) != len(names):
        return None
    spans = []
    for piece, name in zip(pieces, names, strict=True):
        s, e = trim(text, *piece.span())
        if not text.startswith(name, s):
            return None
        word = ZH_SCORE_WORD_RE.match(text, s + len(name), e)
        score = score_alone(text, word.end() if word else s + len(name), e)
        if score is None:
            return None
        spans.append((score.start, score.end))
    return spans
