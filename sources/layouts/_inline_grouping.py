"""The inline enumerations of an article (``find_enumerations``): every line and sentence's clauses read,
the accepted ones kept, lines that go on with the same kind of names joined to them, people's and bodies'
lists told apart, and whether they form groups of one list (``are_grouped``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.counts import NEARLY_ALL, find_counts
from pipeline.lang.cues import CONTINUATION_RE, EN_DATE_PATTERN, TIED_PLACE_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.lang.values import DATE_RE, find_values
from sources.base import Document
from sources.layouts._appointments import all_appointments
from sources.layouts._inline_accepting import ENGLISH_AFTER_RE, is_accepted, is_titled, keep
from sources.layouts._inline_bracket_places import bracket_places
from sources.layouts._inline_bracketed import counted_brackets
from sources.layouts._inline_clause_count import with_clause_counts
from sources.layouts._inline_clause_groups import clause_groups
from sources.layouts._inline_clause_spans import clause_spans
from sources.layouts._inline_clauses import valued_clauses
from sources.layouts._inline_context import headed, line_above
from sources.layouts._inline_copula_groups import copula_groups
from sources.layouts._inline_copula_groups_en import en_copula_groups, told_in_part
from sources.layouts._inline_counted import counted_before
from sources.layouts._inline_cues import has_piece_cues
from sources.layouts._inline_dated_sentences import dated_sentences
from sources.layouts._inline_dated_sentences_en import en_dated_sentences
from sources.layouts._inline_finding import (
    clause_enumerations,
    named_before_the_others_ja,
    named_before_the_others_zh,
    paren_numbered,
)
from sources.layouts._inline_followed_en import followed_en
from sources.layouts._inline_known import known_pairs, known_runs
from sources.layouts._inline_marked_lines import marked_groups
from sources.layouts._inline_paragraph_leads import paragraph_leads
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_place_lines import place_line
from sources.layouts._inline_place_pieces import place_pieces
from sources.layouts._inline_places import figures_of_labels, placed_clauses
from sources.layouts._inline_ranked import en_valued_pieces, ranked_head, ranked_zh
from sources.layouts._inline_ranking import ranked_pieces
from sources.layouts._inline_respective import respective_values
from sources.layouts._inline_respective_en import en_respective_values
from sources.layouts._inline_scored_next import scored_next
from sources.layouts._inline_shared_values import valued_by_label
from sources.layouts._inline_value_runs import counted_pieces
from sources.layouts._inline_values import valued_groups_zh
from sources.layouts._inline_values_for import en_values_for
from sources.layouts._inline_whole import whole_sentences
from sources.layouts._lines import body_text
from sources.layouts._memo import per_document
from sources.layouts._parens import outside_parens
from sources.layouts._table_labels import are_row_labels
from sources.prose_words import ALL_SUFFIXES

_SENTENCE_RE = re.compile(r"[^。！？!?\n]+")
_LINE_RE = re.compile(r"[^\n]+")


def find_enumerations(doc: Document) -> list[Enumeration]:
    """The article's inline enumerations, kept: read once per document (``detect``, then ``extract``)."""
    return list(_enumerations(doc))


@per_document
def _enumerations(doc: Document) -> tuple[Enumeration, ...]:
    text = body_text(doc)
    found: list[Enumeration] = []
    grouped: list[tuple[int, int]] = []  # sentences read as names grouped by value, piece by piece
    whole: list[Enumeration] = []  # groups of a run of sentences read together, kept together
    for e in paragraph_leads(text):  # "Aland faces a 50 percent …" opening paragraph after paragraph
        found.append(e)
        grouped.append((e.lead_start, e.end))
    for e in marked_groups(text):  # "【全面禁止】" over "▼甲國▼乙國▼丙國": a group a heading
        found.append(e)
        whole.append(e)
        grouped.append((e.lead_start, e.end))
    for m in _SENTENCE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in grouped):
            continue  # the paragraphs of one frame hold it
        if pieces := (
            dated_sentences(text, m.start(), m.end())  # "甲國自2025年1月1日起適用。乙國、丙國2國自…"
            or en_dated_sentences(text, m.start(), m.end())  # "… took effect for A on June 9. B follows …"
            or copula_groups(text, m.start(), m.end())
            or en_copula_groups(text, m.start(), m.end())
            or clause_groups(text, m.start(), m.end())  # "…的國家包括A、B；…的國家為C和D"
            or scored_next(text, m.start(), m.end())  # "A、B和C位列前三。其中，A得分7.7，B 7.5，C 7.3。"
            or followed_en(text, m.start(), m.end())  # "A topped it (7.7), followed by B (7.5) and C (7.3)"
            or place_pieces(text, m.start(), m.end())  # "前三名依次為：第一名A（7.7分）、第二名B（7.5分）、…"
        ):
            found.extend(pieces)
            whole.extend(pieces)
            grouped.append((m.start(), max(m.end(), *(e.end for e in pieces))))
            continue
        if told_in_part(text, m.start(), m.end()):  # "in the West, A and B; in Asia, talks go on; …"
            grouped.append((m.start(), m.end()))
            continue
        if not has_piece_cues(text, m.start(), m.end()):
            continue  # no reader below would read it
        if pieces := (
            counted_pieces(text, m.start(), m.end())
            or en_valued_pieces(text, m.start(), m.end())
            or en_values_for(text, m.start(), m.end())
            or respective_values(text, m.start(), m.end())
            or en_respective_values(text, m.start(), m.end())
            or ranked_zh(text, m.start(), m.end())
            or ranked_pieces(text, m.start(), m.end())
            or placed_clauses(text, m.start(), m.end())
            or bracket_places(text, m.start(), m.end())
            or place_line(text, m.start(), m.end())
            or valued_groups_zh(text, m.start(), m.end())
            or paren_numbered(text, m.start(), m.end())
            or counted_brackets(text, m.start(), m.end())
        ):
            found.extend(pieces)
            grouped.append((m.start(), m.end()))
    clausal: list[tuple[int, int]] = []  # lines read as clauses of a name and its figures
    for line in _LINE_RE.finditer(text):  # "甲國7465萬噸，占71.1%；乙國…"
        if not any(line.start() <= s < line.end() for s, _ in grouped):
            for enum in valued_clauses(text, line.start(), line.end()):
                found.append(enum)
                clausal.append((enum.lead_start, enum.end))
    for a, b in clause_spans(text, 0, len(text)):
        if not any(s <= a < e for s, e in grouped) and not any(a < e and s < b for s, e in clausal):
            found.extend(clause_enumerations(text, a, b))
    labelled = sum(1 for e in found if e.label and len(e.spans) > 1) >= 2  # groups by label: "A：x、y；B：z"
    # a run after ほかは that a person counted with it before heads is a list however it is cued
    cued = [
        e
        for e in found
        if any(e is w for w in whole)
        or _kept(text, e, found, labelled)
        or named_before_the_others_ja(text, e) is not e
    ]
    # runs no cue of their own made a list, numbered by a count above them ("制裁5名議員。…是A、B…")
    rejected = [e for e in found if e not in cued]
    rescued = counted_before(text, rejected, cued)
    # or whose names the run's other articles list (an article read again by ``pipeline.reread``)
    rescued += [e for e in known_runs(text, rejected, doc.known) if e not in rescued]
    rescued += known_pairs(text, [*cued, *rescued], doc.known)
    cued = sorted([*cued, *rescued], key=lambda e: e.start)
    kept = _with_continuations(text, cued, found)
    kept = [named_before_the_others_ja(text, valued_by_label(text, e)) for e in kept]
    kept = [named_before_the_others_zh(text, e) for e in kept]
    kept = [r for e in kept if (r := ranked_head(text, e)) is not None]
    kept = with_clause_counts(text, [headed(text, e) for e in kept])  # "…對五國稅率，甲國20%、…"
    kept = _without_bodies(text, keep(_continued(text, kept), text))
    return tuple(whole_sentences(text, figures_of_labels(text, _beside_a_whole_list(text, kept))))


def _beside_a_whole_list(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """One enumeration has as many items as a count the article states (``Thirteen countries … They are
    A, …, M.``) and no count makes it and the others one list: an enumeration after it in another
    paragraph, stating no count (``The bloc's full members are N, O and P``), names something else."""
    if len(enums) < 2:
        return enums
    counts = {c.value for c in find_counts(text)}
    if sum(len(e.spans) for e in enums) in counts:
        return enums
    whole = [e for e in enums if len(e.spans) in counts and e.stated in (None, len(e.spans))]
    if len(whole) != 1:
        return enums
    (one,) = whole
    if one.stated is not None and _short_of_a_total(sum(len(e.spans) for e in enums), counts):
        return enums  # "10國…9月21日，A、B、C和D 4國…。9月22日，E、F…": its own count is a group's
    return [
        e
        for e in enums
        if e.start <= one.start or e.stated is not None or "\n" not in text[one.end : e.start]
    ]


SHORT_OF_TOTAL = NEARLY_ALL  # enumerations with this share of a stated total, at least, may be its groups


def _short_of_a_total(listed: int, counts: set[int]) -> bool:
    """The enumerations' items fall a little short of a total the article states (an item left out
    of a list printed in groups, which the checks judge against that total)."""
    return any(SHORT_OF_TOTAL * c <= listed < c for c in counts)


def _people(text: str, enum: Enumeration) -> bool:
    """Every item a person by its shape: a post before the name, or the name's English in parentheses."""
    items = [text[s:e] for s, e in enum.spans]
    return all(is_east_asian(i) and (ENGLISH_AFTER_RE.search(i) or is_titled(i)) for i in items)


def _bodies(text: str, enum: Enumeration) -> bool:
    """Every item a body by the organization-type word its name ends with (``…委員會``, ``…基金會``)."""
    return all(outside_parens(text[s:e]).strip().endswith(ALL_SUFFIXES) for s, e in enum.spans)


def _without_bodies(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """``受制裁人士包括張三（Jane Roe）、…。遭制裁的4個實體則是甲委員會、乙基金會…``: the bodies an article
    counts and names apart from the people of its list are another list, not a group of this one."""
    if not any(_people(text, e) for e in enums):
        return enums
    return [e for e in enums if not _bodies(text, e) or _people(text, e)]


MAX_CONTINUATION_GAP = 3  # characters between two sentences of one list: its full stop, a line break


def _with_continuations(
    text: str, kept: list[Enumeration], found: Sequence[Enumeration]
) -> list[Enumeration]:
    """A list going on in the next sentence (``包括A、B、C。`` then ``還有D、E以及F。``): an enumeration that
    opens with a word of continuation right after a kept one, of items of the same shape (titled people
    after titled people, names after names), states no count or label of its own and joins it."""
    out: list[Enumeration] = []
    before: Enumeration | None = None  # the enumeration just before, kept or not
    for e in sorted({id(x): x for x in (*kept, *found)}.values(), key=lambda x: x.start):
        kept_here = any(e is k for k in kept)
        prev = out[-1] if out else None
        if prev is not None and _goes_on(text, prev, e):  # kept on its own or not, it goes on the list
            out[-1] = before = replace(prev, spans=prev.spans + e.spans, end=e.end)
            continue
        if (
            kept_here
            and before is not None
            and not any(before is o for o in out)
            and _goes_on(text, before, e)
        ):
            # "Those named are A and B. Also named were C, D and E.": the pair is the list's start
            e = replace(before, spans=before.spans + e.spans, end=e.end)
        if kept_here:
            out.append(e)
        before = e
    return out


def _goes_on(text: str, prev: Enumeration, e: Enumeration) -> bool:
    """``e`` opens with a word of continuation right after ``prev``, of items of the same shape, and
    states no count or label of its own."""
    return (
        e.stated is None
        and not e.label
        and not prev.shared
        and not e.shared
        and 0 <= e.lead_start - prev.end <= MAX_CONTINUATION_GAP
        and not text[prev.end : e.lead_start].strip(WHITESPACE + "。.\n")
        and CONTINUATION_RE.match(text[e.lead_start : e.start]) is not None
        and _alike(text, prev, e)
    )


def _alike(text: str, one: Enumeration, other: Enumeration) -> bool:
    """The items of both are titled people, or neither's are; a run whose first name has the post
    (``部長甲、乙、丙``: the post goes for all) and a run of appointments (``甲出任A部長，乙出任B部長``) are
    of titled people too."""
    return _of_titled_people(text, one) == _of_titled_people(text, other)


def _of_titled_people(text: str, e: Enumeration) -> bool:
    s, t = e.spans[0]
    return is_titled(text[s:t]) or all_appointments(text, e)


def _kept(text: str, e: Enumeration, found: Sequence[Enumeration], labelled: bool) -> bool:
    if len(e.spans) == 1 and e.label:  # one name after a label's colon: a group of one, or no list
        return _among_labelled(text, e, found)
    return is_accepted(text, e) or (labelled and bool(e.label)) or _among_valued(text, e, found)


def _among_labelled(text: str, one: Enumeration, found: Sequence[Enumeration]) -> bool:
    """One name after a label's colon is a group of one when the same sentence holds other labelled
    groups (``…的有：甲國；40%的有：乙國、丙國``); alone (``責任編輯：王某``) it is no list."""
    lo = max(text.rfind("。", 0, one.start), text.rfind("\n", 0, one.start))
    ends = [k for k in (text.find("。", one.end), text.find("\n", one.end)) if k >= 0]
    hi = min(ends, default=len(text))
    if any(e.label and len(e.spans) > 1 and lo < e.start < hi for e in found):
        return True
    beside = _on_lines_beside(text, one, found)
    near = [e for e in beside if len(e.spans) > 1]
    # lines of a series of labels (``第1位：甲國`` over ``第2位：乙國、丙國``): a group of one among them
    if any(are_row_labels([one.label, e.label]) for e in near):
        return True
    # so is a line of such a series whose lines each give their figure (``第1名：甲國（190國）`` over
    # ``第2名：乙國（189國）``), however many names the line beside holds
    if one.shared and any(e.shared and _places_or_rows(one.label, e.label) for e in beside):
        return True
    # sentences of names under a date each (``丙國自2025年2月1日起適用。丁國、戊國自…``): one among them
    if _date_label(one.label) and any(_date_label(e.label) for e in near):
        return True
    # lines of names under a value each (``25%：甲國、乙國`` / ``30%：丙國``): a line between such lines
    return bool(find_values(one.label)) and any(find_values(e.label) for e in near)


_EN_DATE_RE = re.compile(EN_DATE_PATTERN)


def _date_label(label: str) -> bool:
    """A group's label that is a date: ``2025年2月1日``, ``July 1`` (English prints no year for one near)."""
    return DATE_RE.fullmatch(label) is not None or _EN_DATE_RE.fullmatch(label) is not None


def _places_or_rows(label: str, other: str) -> bool:
    """Two labels of one series: row labels (``No. 1``, ``No. 2``), or two places (``1st``, ``2nd``)."""
    if are_row_labels([label, other]):
        return True
    return label != other and all(TIED_PLACE_RE.fullmatch(x) is not None for x in (label, other))


def _among_valued(text: str, one: Enumeration, found: Sequence[Enumeration]) -> bool:
    """Names under a label that is a value (``19%：甲國、乙國``) beside a line of names under another value
    (``20%：丙國``): lines of a list grouped by its values, the single name's line among them."""
    if not one.label or not find_values(one.label):
        return False
    return any(find_values(e.label) for e in _on_lines_beside(text, one, found))


def _on_lines_beside(text: str, one: Enumeration, found: Sequence[Enumeration]) -> list[Enumeration]:
    """The other labelled enumerations from the line above ``one``'s sentence to the line below it."""
    lo = max(text.rfind("。", 0, one.start), text.rfind("\n", 0, one.start))
    ends = [k for k in (text.find("。", one.end), text.find("\n", one.end)) if k >= 0]
    hi = min(ends, default=len(text))
    above = text.rfind("\n", 0, max(lo, 0))
    below = text.find("\n", hi + 1)
    end = below if below >= 0 else len(text)
    return [e for e in found if e is not one and e.label and above < e.start < end]


def _continued(text: str, enums: list[Enumeration]) -> list[Enumeration]:
    """A line of names right under another line of names, with no label or count of its own, continues
    it (a list wrapped over lines: ``アランド　ボルドゥリア　…`` then ``カルパチア　ダルマチア　…``)."""
    out: list[Enumeration] = []
    for e in enums:
        prev = out[-1] if out else None
        above = line_above(text, e.start, e.end)
        if (
            prev is not None
            and above is not None
            and not e.label
            and e.stated is None
            and above[0] <= prev.start
            and prev.end <= above[1] + 1
            and line_above(text, prev.start, prev.end) is not None
        ):
            shared = (
                (prev.shared or ((0, 0),) * len(prev.spans)) + (e.shared or ((0, 0),) * len(e.spans))
                if prev.shared or e.shared
                else ()
            )
            out[-1] = replace(prev, spans=prev.spans + e.spans, end=e.end, shared=shared)
            continue
        out.append(e)
    return out


def _valued(text: str, enum: Enumeration) -> bool:
    return bool(enum.shared) or sum(bool(find_values(text[s:e])) for s, e in enum.spans) * 2 > len(enum.spans)


def are_grouped(text: str, enums: Sequence[Enumeration]) -> bool:
    """Several enumerations of different items are each a group, unless none is labelled and each
    carries values: rows of one table told in sentences (``A and B, at 40 %, followed by C and D, at
    36 %``), whose values, not their words, tell them apart."""
    if len(enums) < 2:
        return False
    return any(e.label for e in enums) or not all(_valued(text, e) for e in enums)
