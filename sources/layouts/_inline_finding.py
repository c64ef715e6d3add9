"""The inline enumerations of one clause: its runs of pieces (``A、B和C``), a run whose first name stands
before the verb the run shares (``Borduria faces 25 %, Carpathia 30 %``), a last item after a comma and a
joiner (``，以及D``), a name alone with its value (``while Carpathia would pay 30 %``), further runs after
the first, the person named before ``and three other officials: A, B and C`` (in Chinese and Japanese
too), and items numbered in parentheses (``（一）甲；（二）乙``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.count_lines import total_line
from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import EN_CLAUSE_JOINER_RE
from pipeline.lang.leads import FINAL_JOINER_RE
from pipeline.lang.rank_cues import EN_PLACED_FIGURE_RE
from pipeline.lang.scripts import WHITESPACE, fold_pattern
from sources.layouts._appointments import appointments, en_appointments
from sources.layouts._inline_enumeration import read_enumeration
from sources.layouts._inline_example_groups import ja_example_groups
from sources.layouts._inline_labels import BRACKET_START_RE, spaced_label_end, spaced_note_line
from sources.layouts._inline_named_others import named_before_the_others
from sources.layouts._inline_numbered_marks import en_paren_numbered_items, paren_numbered_items
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_separators import shifted, with_latin_separators_read, with_separators_read
from sources.layouts._inline_shared_values import gapped_first, shared_values
from sources.layouts._inline_spaced_items import spaced_block
from sources.layouts._inline_two_groups import en_counted_aside, en_second_predicate, ja_two_groups
from sources.layouts._inline_value_runs import label_runs_zh
from sources.layouts._inline_values import valued_names_zh
from sources.layouts._parens import outside_parens, split_top_level


def clause_enumerations(text: str, a: int, b: int) -> list[Enumeration]:
    clause = text[a:b]
    east_asian = is_east_asian(clause)
    separated = (
        # a line in a block of lines parted by wide spaces matters only to a clause holding a wide space
        with_separators_read(clause, in_block="\u3000" in clause and spaced_block(text, a))
        if east_asian
        else with_latin_separators_read(clause)
    )
    if separated is not None:  # read on the clause alone, then placed back in the text
        return [shifted(e, a) for e in clause_enumerations(separated, 0, len(separated))]
    if (two := _two_groups(text, a, b, east_asian)) is not None:
        return two  # "…の3カ国を全面的に禁止し、…の4カ国を一部制限", "four countries — A, B, C and D — and …"
    if east_asian and (runs := label_runs_zh(text, a, b)):
        return runs
    if east_asian and (appointing := appointments(text, a, b)) is not None:
        return [appointing]  # "甲出任外交部長，乙出任財政部長，…": people and their posts
    if not east_asian and (appointing := en_appointments(text, a, b)) is not None:
        return [appointing]  # "named A as treasurer, B as comptroller and C as …"
    if east_asian and (valued := valued_names_zh(text, a, b)):
        return valued
    bracketed = BRACKET_START_RE.match(clause) is not None  # "【甲類】A": a label as a colon's words would be
    if east_asian and ("、" in clause or "：" in clause or bracketed or _lists_two(clause)):
        out = []
        for s, e in _joined_pieces(clause, split_top_level(clause, "，,")):
            piece = clause[s:e]
            labels = "：" in piece or BRACKET_START_RE.match(clause, s) is not None
            one = "、" not in piece and labels and not FINAL_JOINER_RE.search(piece)
            if (
                "、" in piece
                or one
                or (("：" in piece or _lists_two(piece)) and FINAL_JOINER_RE.search(piece))
            ):
                # "一、全面禁止入境的國家（12個）：A、B…": the items start after the colon of their lead-in
                colon = clause.rfind("：", s, max(clause.rfind("、", s, e), s) if not one else e)
                if colon < 0 and (bracket := BRACKET_START_RE.match(clause, s)) is not None:
                    colon = bracket.end() - 1  # "【甲類】A、B": the bracket closes the label as a colon would
                elif colon < 0 and spaced_note_line(text, a + s):
                    continue  # "- 甲國　外交、公務護照" over "- 乙國　外交、公務護照": items with their notes
                elif colon < 0 and (spaced := spaced_label_end(text, a + s)) > 0:
                    colon = spaced - a - 1  # "▽甲組　A、B": so does a wide space after a short label
                enum = read_enumeration(
                    text, a, a + (colon + 1 if colon >= 0 else s), a + e, True, labelled_one=one
                )
                if enum is not None:
                    out.append(enum)
        return out
    if not east_asian and ("," in clause or ";" in clause or FINAL_JOINER_RE.search(clause)):
        colon = clause.rfind(":", 0, max(clause.rfind(","), clause.find(";")))
        start = a + colon + 1 if colon >= 0 else a  # "…four other judges: A, B and C"
        enum = read_enumeration(text, a, start, b, False)
        if enum is not None:
            enum = named_before_the_others(text, a + colon if colon >= 0 else -1, enum)
        found = [enum] if enum is not None else []
        found += _further_runs(text, a, enum.end if enum is not None else start, b)
        found = _gapped(text, a, enum, found)
        if any(e.shared for e in found):  # "…, while C was told it would pay 30 %"
            found += _lone_valued(text, max(e.end for e in found), b)
        if found and _valued_names_outside(text, a, b, found):
            return []  # "A topped it (7.7), followed by B (7.5), with C (7.3) and D (7.1) …": a part of it
        return found
    return []


# a capitalised name with its figure in brackets right after it: "Denmark (7.521)", "Aland (41%)"
# (a decimal or a share: a group's label counting its names, "Asia (8):", is none)
_EN_VALUED_NAME_RE = re.compile(
    r"\b[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*\s*\(\s*[0-9]+(?:[.][0-9]+\s*%?|\s*%)\s*\)(?!\s*:)"
)


def _valued_names_outside(text: str, a: int, b: int, found: list[Enumeration]) -> bool:
    """A name with its figure in brackets, or its place and figure in words (``was fourth with 321``), in
    the clause ``text[a:b]`` outside the runs read of it: the runs are a part of a list the clause tells
    in other shapes too, and read alone they would accuse the outlet of leaving the rest out."""
    spans = [span for e in found for span in e.spans]
    valued = [*_EN_VALUED_NAME_RE.finditer(text, a, b), *EN_PLACED_FIGURE_RE.finditer(text, a, b)]
    return any(not any(s <= m.start() < e for s, e in spans) for m in valued)


def _two_groups(text: str, a: int, b: int, east_asian: bool) -> list[Enumeration] | None:
    """Two counted groups of one sentence (``_inline_two_groups``): in English the counted aside, then
    the clause after it read as any clause is, when every run there states its count too or one run
    follows a clause of its own verb (``en_second_predicate``); the aside alone when no run follows it."""
    if east_asian:
        return ja_two_groups(text, a, b) or ja_example_groups(text, a, b) or None
    if (aside := en_counted_aside(text, a, b)) is None:
        return None
    first, after = aside
    rest = clause_enumerations(text, after, b)
    if not rest:
        return [first]  # "… four countries — A, B, C and D — from Monday": the aside is the list, whole
    if any(e.stated is None for e in rest):
        if not en_second_predicate(text, after, rest):
            return []  # "… — and citizens of E, F and G": one group or two, the sentence is left unread
        # "… — and partially restricts entry from E, F and G": its label the clause's words, not its "and"
        context = EN_CLAUSE_JOINER_RE.sub("", rest[0].context, count=1)
        rest = [replace(rest[0], paired=True, context=context)]
    return [first, *rest]


# a lead-in word before two names joined by a word ("分別是A和B"): a pair the lead-in's count may bind
_LISTS_TWO_RE = re.compile(fold_pattern(r"分別是|分別為|分別係"))
# the verb right after a count that introduces what follows ("甲洲2國為A及B", "兩家公司是A和B")
_COUNT_THEN_VERB_RE = re.compile(fold_pattern(r"\s*(?:則|亦|也)?(?:為|是|係|包括)"))


def _lists_two(piece: str) -> bool:
    """Whether a lead-in word or a count and its verb introduce two names joined by a word (``分別是A和B``,
    ``甲洲2國為A及B``): a pair that the count may bind."""
    return _LISTS_TWO_RE.search(piece) is not None or any(
        _COUNT_THEN_VERB_RE.match(piece, c.end) for c in find_counts(piece)
    )


_JOINER_START_RE = re.compile(fold_pattern(r"\s*(?:以及|及|還有)"))
MAX_JOINED_PIECE = 24  # characters of the one item a piece after "，以及" may hold


def _gapped(text: str, a: int, enum: Enumeration | None, found: list[Enumeration]) -> list[Enumeration]:
    """``…on Wednesday, Borduria faces 25 %, Carpathia 30 % and Dalmatia 20 %``: the run after the
    clause's first enumeration takes its first name from the piece before it, which says the verb once;
    that name leaves the first enumeration (kept only while it still holds two names)."""
    k = 0 if enum is None else 1
    if len(found) <= k or (gapped := gapped_first(text, a, found[k])) is None:
        return found
    if enum is None:
        return [gapped, *found[1:]]
    cut = gapped.spans[0][0]
    keep = [i for i, (s, e) in enumerate(enum.spans) if e <= cut]
    if len(keep) < 2:
        return [gapped, *found[2:]]
    shared = tuple(enum.shared[i] for i in keep) if enum.shared else ()
    return [replace(enum, spans=tuple(enum.spans[i] for i in keep), shared=shared), gapped, *found[2:]]


def _one_or_two_items(piece: str) -> bool:
    """Whether the piece after ``，以及`` is short enough for one item, or for two joined by a word
    (``以及丙部長張三和丁部長李四``), each part counted without its English name in parentheses."""
    lone = outside_parens(piece)
    joiner = _JOINER_START_RE.match(lone)
    parts = FINAL_JOINER_RE.split(lone[joiner.end() if joiner else 0 :], maxsplit=1)
    return len(lone) <= MAX_JOINED_PIECE or all(0 < len(part) <= MAX_JOINED_PIECE for part in parts)


def _joined_pieces(clause: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of a clause between commas, a piece that is a joiner and one item (``，以及D``) joined to
    the enumeration before it (``A、B、C，以及D``): the last item after a comma; so is a piece that only
    totals it (``，共有3國``)."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        piece = clause[s:e]
        one_item = _one_or_two_items(piece) and "、" not in piece and not find_counts(piece)
        after_run = bool(out) and "、" in clause[out[-1][0] : out[-1][1]]
        if after_run and one_item and _JOINER_START_RE.match(clause, s):
            out[-1] = (out[-1][0], e)
        elif after_run and total_line(piece.strip(WHITESPACE)) is not None:
            out[-1] = (out[-1][0], e)  # "A、B、C，共有3國": the total after the comma closes the run
        else:
            out.append((s, e))
    return out


_LONE_NAME_RE = re.compile(
    r",?\s*\b(?:while|whereas|but|and)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*){0,3})\b"
)
LONE_GAP_WORDS = 6  # lowercase words between a name alone and its value ("was told it would pay")
# the words that give a name its value, right before it: "would pay 30 %", "faces 25 %", "at 40 %"
_CHARGED_RE = re.compile(r"\b(?:face[sd]?|pay|pays|paid|get|gets|receive[sd]?|at|of)\s+$")


def _lone_valued(text: str, lo: int, hi: int) -> list[Enumeration]:
    """After runs of names with values in an English sentence, a name alone in its clause with the one
    value it is given (``…, while Carpathia was told it would pay 30 %``): an item of the same list."""
    out = []
    for m in _LONE_NAME_RE.finditer(text, lo, hi):
        span = (m.start("name"), m.end("name"))
        shared = shared_values(text, [span], hi, gap_words=LONE_GAP_WORDS)
        if shared and _CHARGED_RE.search(text, span[1], shared[0][0]):
            out.append(
                Enumeration(
                    (span,), m.start(), shared[0][1], None, "", (0, 0), False, span[1:] * 2, "", shared
                )
            )
    return out


def _further_runs(text: str, clause_start: int, lo: int, hi: int) -> list[Enumeration]:
    """Runs of names after the first in an English sentence, each starting after a comma: ``…including
    A, B and C, while travelers from seven other nations, among them D and E, face …``."""
    out: list[Enumeration] = []
    tries = 0
    k = text.find(",", lo, hi)
    while k >= 0 and tries < MAX_FURTHER_TRIES:
        piece_end = text.find(",", k + 1, hi)
        if not _CAPITAL_RE.search(text, k + 1, piece_end if piece_end >= 0 else hi):
            k = piece_end  # no capitalized word, no name to start a run
            continue
        tries += 1
        enum = read_enumeration(text, k + 1, k + 1, hi, False, max(clause_start, lo))
        if enum is not None and enum.start > k:
            out.append(enum)
            k = text.find(",", enum.end, hi)
        else:
            k = piece_end
    return out


MAX_FURTHER_TRIES = (
    12  # pieces of one sentence where a further run is looked for (a long sentence stays linear)
)
_CAPITAL_RE = re.compile(r"\b[A-Z]")


def paren_numbered(text: str, a: int, b: int) -> list[Enumeration]:
    """A sentence whose items numbers in parentheses part (``…：（一）甲，乙國部長；（二）丙，…``): one
    enumeration of them, whatever pauses the items hold."""
    east_asian = is_east_asian(text[a:b])
    numbered = paren_numbered_items(text, a, b) if east_asian else en_paren_numbered_items(text, a, b)
    if numbered is None:
        return []
    first = max(text.rfind("（", a, numbered[0][0]), text.rfind("(", a, numbered[0][0]))
    enum = read_enumeration(text, a, first, b, True, numbered=numbered)
    return [enum] if enum is not None else []
