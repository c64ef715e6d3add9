"""Groups told in English sentences by a copula, each clause (parted by ``;``) a group's place and its
names: ``Among them, in the East they are Aland, Borduria and Carpathia; in the West, Dalmatia and
Elbonia; the rest are in the North: Freedonia and Grenadia.``, or one such clause a sentence, one sentence
after another, the rest often a sentence of its own (``The rest are northern countries: …``). The English
form of ``_inline_copula_groups``, with its conditions: every clause of such a sentence has one of the
shapes below (else it is none of them: groups read in part would accuse the outlet of leaving out the
rest), two clauses at least, two of them of several names, and a count of members in the lines above
that numbers their names all together, or nearly.

A clause's shapes: ``in <Place> (they|the countries) are <names>``, ``in <Place>, <names>`` (the copula
left out), ``those in <Place> are <names>``, ``<Adjective> countries are <names>``; only a sentence's
first clause may open with words before it, up to a comma (``Among them, …``). The rest:
``the rest are <label>: <names>`` (``the others``, ``the remaining ones``), a sentence's last clause or
the sentence right after the groups; its label is what follows the copula (``northern countries``,
``in the North`` kept as ``North``).
"""

from __future__ import annotations

import re

from pipeline.lang.scripts import WHITESPACE
from sources.layouts._inline_clause_spans import ABBREVIATION_RE
from sources.layouts._inline_copula_groups import counted_above
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MAX_EN_WORDS, is_east_asian, trim
from sources.layouts._inline_pieces import Enumeration, item_spans, joined_pairs
from sources.layouts._parens import split_top_level

MIN_CLAUSES = 2
MIN_CLAUSE_NAMES = 2
MAX_SENTENCES = 8  # sentences of one run of groups
MAX_LABEL = 40  # characters of the rest's label ("northern countries", "in the North")

_IN = r"(?i:in|from|across)"
_PLACE = r"(?:(?i:the)\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w'’\-]*){0,3}"
_NOUN = r"(?:countries|nations|states|economies|territories|jurisdictions|members|ones|places)"
_SUBJECT = rf"(?i:(?:the\s+)?{_NOUN}|they|these|those)"
_COPULA = r"(?i:are|is|were|include|comprise)"
_NAMES = r"(?P<names>[^;:]+?)[\s.!?]*$"
_CLAUSE_RES = (
    # "in the East they are A, B and C", "in Asia, D and E", "those in the West are F and G"
    re.compile(
        rf"(?:(?i:those|the\s+{_NOUN}|{_NOUN})\s+)?{_IN}\s+(?P<label>{_PLACE})"
        rf"(?:\s*,\s*(?:{_SUBJECT}\s+)?(?:{_COPULA}\s+)?|\s+(?:{_SUBJECT}\s+)?{_COPULA}\s*:?\s+|\s*:\s*)"
        + _NAMES
    ),
    # "Eastern countries are A, B and C", "the Western ones are D and E"
    re.compile(
        rf"(?:(?i:the)\s+)?(?P<label>(?!(?i:the|these|those|other|remaining|all)\b)[A-Z][\w'’\-]*"
        rf"(?:\s+[A-Z][\w'’\-]*)?\s+(?i:{_NOUN}))\s+{_COPULA}\s*:?\s+" + _NAMES
    ),
)
_REST_RE = re.compile(
    rf"(?i:(?:the\s+)?(?:rest|others|remaining\s+(?:{_NOUN}|\w+))|the\s+other\s+(?:{_NOUN}|\w+))"
    rf"\s+{_COPULA}\s+(?:(?i:all)\s+)?(?P<label>[^:;,]{{1,{MAX_LABEL}}}?)\s*[:,]\s*"
    rf"(?:(?i:namely|they\s+are)\s+)?" + _NAMES
)
_IN_LABEL_RE = re.compile(rf"{_IN}\s+")
_THE_RE = re.compile(r"(?i:the)\s+")
_PAUSE_RE = re.compile(r",\s+")
_STOP_RE = re.compile(r"[.!?](?=[\s\"”’]|$)")


def en_copula_groups(text: str, a: int, b: int) -> list[Enumeration]:
    """The groups the sentences of ``text[a:b]`` tell (see the module's docstring), each sentence one of
    a run of such sentences whose groups a count above numbers; else ``[]``."""
    if is_east_asian(text[a:b]) or (_IN_LABEL_RE.search(text, a, b) is None and " are " not in text[a:b]):
        return []
    sentences = _sentences_around(text, a, b)
    if not any(_shape(text, s, e) for s, e in sentences if a <= s < b):
        return []  # no sentence of its own tells groups: those around are not read
    shapes = [_shape(text, s, e) for s, e in sentences]
    out: list[Enumeration] = []
    k = 0
    while k < len(sentences):
        if not shapes[k]:
            k += 1
            continue
        first = last = k  # a run: sentences of groups, the rest's sentence (or clause) last
        while (
            last + 1 < len(sentences)
            and last - first + 1 < MAX_SENTENCES
            and shapes[last + 1]
            and not _ends_with_rest(shapes[last])
        ):
            last += 1
        run = [g for j in range(first, last + 1) for g in shapes[j]]
        if any(a <= sentences[j][0] < b for j in range(first, last + 1)) and _a_list(
            text, sentences[first][0], run
        ):
            out.extend(g for g in run if a <= g.lead_start < b)
        k = last + 1
    return out


def _a_list(text: str, at: int, run: list[Enumeration]) -> bool:
    several = sum(len(g.spans) >= MIN_CLAUSE_NAMES for g in run)
    return (
        len(run) >= MIN_CLAUSES
        and several >= MIN_CLAUSES
        and counted_above(text, at, sum(len(g.spans) for g in run))
    )


def _ends_with_rest(groups: list[Enumeration]) -> bool:
    return bool(groups) and groups[-1].context == "rest"


def _shape(text: str, a: int, b: int) -> list[Enumeration]:
    """Every clause of the sentence ``text[a:b]`` as a group (the rest's last), or ``[]`` when one is of
    another shape."""
    groups = _clauses(text, a, b)
    if not groups or any(g is None or g.context == "rest" for g in groups[:-1]) or groups[-1] is None:
        return []
    return [g for g in groups if g is not None]


def told_in_part(text: str, a: int, b: int) -> bool:
    """A sentence of ``text[a:b]`` tells groups by a copula in two of its clauses at least, yet is no
    counted run of them (``en_copula_groups`` read nothing): read in part, its groups would accuse
    the outlet of leaving out the others, so it is read not at all."""
    if is_east_asian(text[a:b]) or text.find(";", a, b) < 0:
        return False
    for s, e in _sentences_around(text, a, b):
        groups = _clauses(text, s, e) if a <= s < b else []
        if len(groups) >= MIN_CLAUSES and sum(g is not None for g in groups) >= MIN_CLAUSES:
            return True
    return False


def _clauses(text: str, a: int, b: int) -> list[Enumeration | None]:
    """Each clause of the sentence ``text[a:b]`` (parted by ``;``) as a group, None where it is not one."""
    pieces = [(a + s, a + e) for s, e in split_top_level(text[a:b], ";")]
    pieces = [trim(text, s, e) for s, e in pieces if text[s:e].strip(WHITESPACE + ".")]
    out: list[Enumeration | None] = []
    for k, (s, e) in enumerate(pieces):
        starts = [s, *(m.end() for m in _PAUSE_RE.finditer(text, s, e))] if k == 0 else [s]
        out.append(next((g for lo in starts if (g := _group(text, lo, e, s)) is not None), None))
    return out


def _group(text: str, lo: int, hi: int, lead: int) -> Enumeration | None:
    """The clause ``text[lo:hi]`` read as a group or as the rest (``lead``: where its lead-in starts)."""
    rest = _REST_RE.fullmatch(text, lo, hi)
    m = rest or next((x for r in _CLAUSE_RES if (x := r.fullmatch(text, lo, hi)) is not None), None)
    spans = en_run_names(text, *m.span("names")) if m is not None else None
    if m is None or spans is None:
        return None
    s, e = m.span("label")
    if rest is not None and (cut := _IN_LABEL_RE.match(text, s, e)) is not None:
        s = cut.end()  # "the rest are in the North": the place
    if (the := _THE_RE.match(text, s, e)) is not None and the.end() < e:
        s = the.end()  # "the North": its name
    context = "rest" if rest is not None else ""
    return Enumeration(tuple(spans), lead, spans[-1][1], None, text[s:e], (s, e), False, context=context)


def en_run_names(text: str, lo: int, hi: int, *, pairs: bool = True) -> list[tuple[int, int]] | None:
    """The English names of ``text[lo:hi]`` parted by commas and ``and`` (``pairs``: a name CLDR knows
    whole with ``and`` in it, ``joined_pairs``, stays one), or None when a piece is no short capitalised
    name."""
    lo, hi = trim(text, lo, hi)
    spans = item_spans(text, lo, hi, False) or [(lo, hi)]
    spans = [trim(text, *x) for x in (joined_pairs(text, spans) if pairs else spans)]
    for x, y in spans:
        name = text[x:y]
        if (
            EN_NAME_RUN_RE.fullmatch(name) is None
            or not name[:1].isupper()
            or len(name.split()) > MAX_EN_WORDS
        ):
            return None
    return spans


def _sentences_around(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentences of the lines from ``MAX_SENTENCES`` lines above ``text[a:b]`` to as many below it,
    in order (a line's end ends a sentence too)."""
    lo, hi = a, b
    for _ in range(MAX_SENTENCES):
        lo = text.rfind("\n", 0, max(lo - 1, 0)) + 1 if lo > 0 else 0
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt < 0 else nxt
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[lo:hi]):
        start = lo + line.start()
        for stop in _STOP_RE.finditer(text, start, lo + line.end()):
            if ABBREVIATION_RE.search(text, max(start, stop.start() - 8), stop.start()):
                continue
            out.append((start, stop.end()))
            start = stop.end()
        if text[start : lo + line.end()].strip(WHITESPACE):
            out.append((start, lo + line.end()))
    return [trim(text, s, e) for s, e in out if text[s:e].strip(WHITESPACE)]
