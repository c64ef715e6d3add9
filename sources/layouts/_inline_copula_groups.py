"""Groups told in sentences by a copula, each clause a group's label, ``為`` / ``是`` / ``は``, its names:
``其中，甲洲為甲國、乙國、丙國；乙洲為丁國、戊國。``, ``甲洲はアランド、ボルドゥリア。乙洲はカルパチア、…。``,
and the sentence after them that tells the rest (``其餘均為丙洲國家，為己國、庚國、辛國。``,
``残りは丙洲の国々で、…``). Used by the inline layout through ``_inline_grouping``.

Every clause of a sentence (parted by ``；``) has the one shape: a short label (no pause in it), the
copula, names joined by ``、`` / ``和`` / ``と`` to the clause's end; only a sentence's first clause may
open with words before its label, up to its last pause (in Japanese, up to the pause before the label).
A Chinese sentence so, or Japanese sentences of one clause each, one after another, tell the groups of
one list: two clauses at least, each a group labelled by its words, two of them of several names. A
sentence some clause of which has another shape is none of them: groups read in part would accuse the
outlet of leaving out the rest. Prose is full of such clauses (``甲方認為此舉合理；乙方則是…``): the
groups are a list only where a count of members in the lines above (``共計12國``) numbers their names all
together, or nearly (a name left out, or one too many, is the outlet's error to report).

The sentence right after them that opens with the rest (``其餘``, ``其他``, ``另``; ``残り``, ``その他``)
and a copula, then a label, a pause, a copula or ``包括`` and names to its end (in Japanese, the label then
``で、`` and the names), is the last group, labelled by its words (``丙洲國家``, ``丙洲の国々``).
"""

from __future__ import annotations

import re

from pipeline.lang.counter_words import MEMBER_COUNTERS
from pipeline.lang.counts import Count, counts_people, find_counts
from pipeline.lang.scripts import KANA_RE, WHITESPACE, fold_pattern
from sources.layouts._inline_piece_shapes import ZH_VALUE_NAME_RE, is_east_asian, trim
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._parens import split_top_level

MIN_CLAUSES = 2
MIN_CLAUSE_NAMES = 2
LINES_ABOVE = 4  # non-blank lines above the groups where their count may be written (the title among them)
NEAR_SHARE = 0.2  # names the groups may lack or add against their count, as a share of it (one at least)
MAX_LABEL = 8  # characters of a clause's label ("南美洲", "非洲國家")
MAX_SENTENCES = 8  # sentences of one run of groups

_LABEL = rf"[^\s，,：:；;、。（）()]{{1,{MAX_LABEL}}}?"
_COPULA = fold_pattern(r"(?:為|是)")
_NAMES = r"(?P<names>[^，,：:；;。]+?)[\s。]*$"
_CLAUSE_RE = re.compile(rf"(?P<label>{_LABEL})\s*{_COPULA}\s*{_NAMES}")
_JA_CLAUSE_RE = re.compile(rf"(?P<label>[^\s，,：:；;、。（）()は]{{1,{MAX_LABEL}}}?)は\s*{_NAMES}")
_REST_RE = re.compile(
    fold_pattern(
        r"\s*(?:其餘|其他|其它|另外|另|剩下)(?:的)?(?:\s*[0-9０-９一二三四五六七八九十]+\s*[國個名家])?"
    )
    + fold_pattern(r"\s*(?:均|都|皆|則|也)?\s*(?:為|是|屬)\s*")
    + rf"(?P<label>[^\s，,：:；;、。（）()]{{1,{MAX_LABEL}}})\s*[，,]\s*"
    + fold_pattern(r"(?:分別為|分別是|包括|為|是)")
    + r"\s*[：:]?\s*"
    + _NAMES
)
_JA_REST_RE = re.compile(
    rf"\s*(?:残り|その他|ほか)(?:の[0-9０-９]+\s*カ国)?は\s*(?P<label>[^\s，,：:；;、。（）()]{{1,{MAX_LABEL}}}?)"
    r"で[、，,]\s*" + _NAMES
)
_JOINER_RE = re.compile(r"、|" + fold_pattern(r"和|與|及|以及") + "|と")
# what ``copula_groups`` asks of a sentence first: a copula, or a word of the rest
COPULA_CUE_RE = re.compile(fold_pattern(r"為|是|其餘|其他|其它|另外|另|剩下") + "|は")
_PAUSE_RE = re.compile(r"[，,：:]")
_JA_PAUSE_RE = re.compile(r"[，,：:、]")
_SENTENCE_END = "。！？!?"


def copula_groups(text: str, a: int, b: int) -> list[Enumeration]:
    """The groups the sentence ``text[a:b]`` tells (see the module's docstring), as one of a run of such
    sentences whose groups a count above numbers; else ``[]``."""
    if not is_east_asian(text[a:b]) or COPULA_CUE_RE.search(text, a, b) is None:
        return []
    own = _clauses(text, a, b)
    rest = [] if own else _rest(text, a, b)
    if not own and not rest:
        return []
    run: list[Enumeration] = list(own or rest)
    first = at = a
    walk = not own or _chained(text, a, b, own)  # the rest looks back over the groups before it
    for _ in range(MAX_SENTENCES):  # the groups told before it
        before = _sentence_before(text, at)
        if not walk or before is None or not (clauses := _clauses(text, *before)):
            break
        walk = _chained(text, *before, clauses)
        if own and not walk:
            break  # a Chinese sentence tells its groups in its own clauses, no chain of sentences
        run[:0] = clauses
        first = at = before[0]
    at = b
    for _ in range(MAX_SENTENCES if own else 0):  # and after it, the rest's among them
        after = _sentence_after(text, at)
        if after is None:
            break
        if (clauses := _clauses(text, *after)) and _chained(text, *after, clauses):
            run.extend(clauses)
            at = after[1]
            continue
        run.extend(_rest(text, *after))
        break
    several = sum(len(e.spans) >= MIN_CLAUSE_NAMES for e in run if e not in rest)
    if several < MIN_CLAUSES or not counted_above(text, first, sum(len(e.spans) for e in run)):
        return []
    return list(own or rest)


def _chained(text: str, a: int, b: int, clauses: list[Enumeration]) -> bool:
    """A sentence of one Japanese clause goes on in the next (``甲洲は…。乙洲は…。``); a Chinese sentence
    tells its groups in its own clauses (prose chains sentences of a copula: ``問題是…。答案是…。``)."""
    return len(clauses) == 1 and KANA_RE.search(text, a, b) is not None


def _rest(text: str, a: int, b: int) -> list[Enumeration]:
    """The sentence ``text[a:b]`` read as the group of the rest, or ``[]``."""
    rest = _REST_RE.fullmatch(text, a, b) or _JA_REST_RE.fullmatch(text, a, b)
    spans = _names(text, *rest.span("names")) if rest is not None else None
    if rest is None or spans is None:
        return []
    label = rest.span("label")
    return [Enumeration(tuple(spans), a, spans[-1][1], None, text[label[0] : label[1]], label, False)]


def counted_above(text: str, at: int, names: int) -> bool:
    """A count of members in the ``LINES_ABOVE`` non-blank lines above ``at`` (``共計12國``, ``12
    countries``) numbers ``names``, or nearly."""
    lines = [ln for ln in text[:at].split("\n") if ln.strip(WHITESPACE)][-LINES_ABOVE:]
    counts = [c.value for ln in lines for c in find_counts(ln) if c.counter in MEMBER_COUNTERS or _english(c)]
    return any(abs(c - names) <= max(1, round(NEAR_SHARE * c)) for c in counts)


def _english(count: Count) -> bool:
    """An English count of what a list names one by one (``10 countries``, ``five lawmakers``)."""
    return count.counter.isascii() and counts_people(count) is not None


def _clauses(text: str, a: int, b: int) -> list[Enumeration]:
    """Every clause of the sentence ``text[a:b]`` as a group, or ``[]`` when one is of another shape."""
    japanese = KANA_RE.search(text, a, b) is not None
    clause_re, pause_re = (_JA_CLAUSE_RE, _JA_PAUSE_RE) if japanese else (_CLAUSE_RE, _PAUSE_RE)
    pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], "；;")]
    pieces = [(s, e) for s, e in pieces if text[s:e].strip(WHITESPACE + "。")]
    out = []
    for k, (s, e) in enumerate(pieces):
        lo = s
        if k == 0:  # the sentence's lead-in, up to its last pause before the label
            copula = clause_re.search(text, s, e)
            head_end = copula.start("names") if copula is not None else e
            lo = max([s, *(m.end() for m in pause_re.finditer(text, s, head_end))])
        m = clause_re.fullmatch(text, lo, e)
        spans = _names(text, *m.span("names")) if m is not None else None
        if m is None or spans is None:
            return []
        label = m.span("label")
        out.append(Enumeration(tuple(spans), s, spans[-1][1], None, m.group("label"), label, False))
    return out


def _names(text: str, lo: int, hi: int) -> list[tuple[int, int]] | None:
    cuts = [lo, *(x for j in _JOINER_RE.finditer(text, lo, hi) for x in j.span()), hi]
    spans = [trim(text, cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]
    if any(y <= x or not ZH_VALUE_NAME_RE.match(text[x:y]) for x, y in spans):
        return None
    return spans


def _sentence_after(text: str, at: int) -> tuple[int, int] | None:
    """The sentence that starts after the full stop at ``at`` (blank lines between them aside), or None."""
    if at >= len(text) or text[at] not in _SENTENCE_END:
        return None
    start = at + 1
    while start < len(text) and text[start] in WHITESPACE + "\n":
        start += 1
    ends = [k for k in (text.find(c, start) for c in (*_SENTENCE_END, "\n")) if k >= 0]
    return (start, min(ends, default=len(text))) if start < len(text) else None


def _sentence_before(text: str, at: int) -> tuple[int, int] | None:
    """The sentence that ends right before ``at`` (blank lines between them aside), or None."""
    end = len(text[:at].rstrip(WHITESPACE + "\n"))
    if end == 0 or text[end - 1] not in _SENTENCE_END:
        return None
    start = max(text.rfind(c, 0, end - 1) for c in (*_SENTENCE_END, "\n")) + 1
    return start, end - 1
