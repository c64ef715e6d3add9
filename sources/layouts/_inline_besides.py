"""The people a Chinese list sets apart before the others it names (``除…外``), as items of the list:

- one named in the clause itself, the closing count numbering them with the others: ``除特首張三外，另外被
  制裁的還有A、B…和J等11人`` (ten names after it: 張三 is the eleventh);
- those the sentence before named, the clause referring back to them by their number: ``…當中包括行政長官
  張三及警務處處長李四。除上述兩人外，名單還包括A、B…`` (張三 and 李四 open the list).

Either only when the count says so (the closing count one more than the names after it; the sentence
before naming as many as the clause says, each a person after a post as the others are). Used by the
inline layout (``_inline_grouping.find_enumerations``)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.leads import ZH_BESIDES_CLOSE, ZH_PIECE_JOINER_RE
from pipeline.lang.numbers import parse_number
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._inline_accepting import is_titled
from sources.layouts._inline_piece_shapes import trim
from sources.layouts._inline_pieces import Enumeration, split_final
from sources.layouts._parens import split_top_level

# "除張三外", "除了特首張三之外", "除特首張三，另外…": the one set apart, named in the clause
_BESIDES_NAMED_RE = re.compile(
    fold_pattern(r"除(?:了)?(?P<name>[^，,。、\s]{2,12}?)") + f"(?:{ZH_BESIDES_CLOSE})" + r"[，,]?"
)
# "除上述兩人外", "除以上3名官員之外": those named before, by their number
_BESIDES_ABOVE_RE = re.compile(
    fold_pattern(
        r"除(?:了)?(?:上述|以上|前述|上面|這|这)(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十兩两]{1,3})"
        r"(?:名|位|個|个)?(?:人|官員|人士)?(?:之)?外"
    )
)
_PAUSE = "，,"
# the word after which a sentence names people (``當中包括``, ``分別為``), and what closes them (``等人``)
_CUE_RE = re.compile(fold_pattern(r"(?:包括|包含|分別為|分別是|計有|為|是)\s*[：:]?"))
_CLOSING_RE = re.compile(fold_pattern(r"等(?:人|[0-9０-９一二三四五六七八九十兩]{1,3}(?:名|位|個)?人?)?\s*$"))


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1


def set_apart(text: str, enum: Enumeration) -> Enumeration:
    """``enum`` with the people its clause sets apart before it (see the module's docstring)."""
    sentence = _sentence_start(text, enum.start)
    lead = text[sentence : enum.start]
    if "除" not in lead:
        return enum
    named = _BESIDES_NAMED_RE.search(text, sentence, enum.start)
    above = _BESIDES_ABOVE_RE.search(text, sentence, enum.start)
    if above is not None:
        return _with_those_above(text, enum, sentence, parse_number(above.group("n")))
    if named is None or enum.stated != len(enum.spans) + 1:
        return enum
    s, e = named.span("name")
    if not is_titled(text[s:e]) and any(is_titled(text[a:b]) for a, b in enum.spans):
        return enum  # the others are people after their posts: so is the one set apart
    return replace(enum, spans=((s, e), *enum.spans), lead_start=min(enum.lead_start, s))


def _with_those_above(text: str, enum: Enumeration, sentence: int, n: float | None) -> Enumeration:
    end = len(text[:sentence].rstrip(WHITESPACE + "\n。！？"))  # the sentence before, over blank lines
    start = _sentence_start(text, end)
    if not n or end <= start:
        return enum
    spans = _named_before(text, start, end)
    if len(spans) != n or not all(is_titled(text[a:b]) for a, b in (*spans, *enum.spans)):
        return enum
    return replace(enum, spans=(*spans, *enum.spans), lead_start=spans[0][0])


def _named_before(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The people the sentence ``text[start:end]`` names after its last cue (``當中包括A，及B等人``): its
    pieces parted by pauses and joiners, the closing ``等人`` left out; else after its last pause."""
    cues = list(_CUE_RE.finditer(text, start, end))
    lo = cues[-1].end() if cues else max(text.rfind(p, start, end) for p in _PAUSE) + 1 or start
    if (closing := _CLOSING_RE.search(text, lo, end)) is not None:
        end = closing.start()
    out: list[tuple[int, int]] = []
    for a, b in split_top_level(text[lo:end], "，,、"):
        a, b = trim(text, lo + a, lo + b)
        if (joiner := ZH_PIECE_JOINER_RE.match(text, a, b)) is not None:
            a = joiner.end()
        out.extend(trim(text, x, y) for x, y in split_final(text, a, b) if y > x)
    return out
