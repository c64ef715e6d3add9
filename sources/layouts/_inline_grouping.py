"""The inline enumerations of an article (``find_enumerations``): every line and sentence's clauses read,
the accepted ones kept, lines that go on with the same kind of names joined to them, people's and bodies'
lists told apart, and whether they form groups of one list (``are_grouped``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.count_binding import NEARLY_ALL
from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import SERIES_LABEL_RE
from pipeline.lang.values import find_values
from sources.base import Document
from sources.layouts._inline_accepting import ENGLISH_AFTER_RE, is_titled, keep
from sources.layouts._inline_appositives_en import en_appositives
from sources.layouts._inline_awarded import awarded_groups
from sources.layouts._inline_beat_en import beat_en
from sources.layouts._inline_beat_zh import beat_zh
from sources.layouts._inline_besides import set_apart
from sources.layouts._inline_bracket_places import bracket_places
from sources.layouts._inline_bracketed import counted_brackets
from sources.layouts._inline_clause_count import with_clause_counts
from sources.layouts._inline_clause_groups import clause_groups
from sources.layouts._inline_clause_lines import clause_lines
from sources.layouts._inline_clause_spans import clause_spans
from sources.layouts._inline_comma_people import with_comma_people
from sources.layouts._inline_context import headed
from sources.layouts._inline_continuations import _continued, _with_continuations
from sources.layouts._inline_copula_groups import copula_groups
from sources.layouts._inline_copula_groups_en import en_copula_groups, told_in_part
from sources.layouts._inline_counted import counted_before
from sources.layouts._inline_cues import has_piece_cues
from sources.layouts._inline_dated_sentences import dated_sentences
from sources.layouts._inline_dated_sentences_en import en_dated_sentences
from sources.layouts._inline_finding import clause_enumerations, paren_numbered
from sources.layouts._inline_followed_en import followed_en
from sources.layouts._inline_ja_goods import ja_goods_groups
from sources.layouts._inline_kept import _kept
from sources.layouts._inline_known import known_pairs, known_runs
from sources.layouts._inline_last_clause import last_clauses
from sources.layouts._inline_line_asides import without_line_asides
from sources.layouts._inline_lone_labels import lone_labelled_lines
from sources.layouts._inline_marked_lines import marked_groups
from sources.layouts._inline_named_others import named_before_the_others_ja, named_before_the_others_zh
from sources.layouts._inline_names_for import en_names_for
from sources.layouts._inline_paragraph_leads import paragraph_leads
from sources.layouts._inline_party_results_en import party_results_en
from sources.layouts._inline_paused_lines import paused_groups
from sources.layouts._inline_piece_shapes import is_east_asian
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_place_copulas import place_copulas
from sources.layouts._inline_place_lines import place_line
from sources.layouts._inline_place_pieces import place_pieces
from sources.layouts._inline_placed_en import placed_en
from sources.layouts._inline_places import figures_of_labels, placed_clauses
from sources.layouts._inline_ranked import en_valued_pieces, ranked_head, ranked_zh
from sources.layouts._inline_ranking import ranked_pieces
from sources.layouts._inline_rate_clauses_en import en_rate_clauses
from sources.layouts._inline_respective import respective_values
from sources.layouts._inline_respective_en import en_respective_values
from sources.layouts._inline_rest_en import rest_en
from sources.layouts._inline_scored_next import scored_next
from sources.layouts._inline_shared_values import valued_by_label
from sources.layouts._inline_tickets import tickets
from sources.layouts._inline_unplaced import without_places
from sources.layouts._inline_value_for_en import value_for_lines
from sources.layouts._inline_value_lines import one_run_of_valued_lines
from sources.layouts._inline_value_runs import counted_pieces
from sources.layouts._inline_valued_tail import valued_tail
from sources.layouts._inline_values import valued_groups_zh
from sources.layouts._inline_values_for import en_values_for
from sources.layouts._inline_vote_runs import vote_runs
from sources.layouts._inline_whole import whole_sentences
from sources.layouts._lines import body_text
from sources.layouts._memo import per_document
from sources.layouts._parens import outside_parens
from sources.prose_words import ALL_SUFFIXES

_SENTENCE_RE = re.compile(r"[^。！？!?\n]+")


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
    for e in vote_runs(text):  # "甲黨候選人張三得558萬票…。" then "李四得467萬票…；王五得…" below it
        found.append(e)
        whole.append(e)
        grouped.append((e.lead_start, e.end))
    for e in value_for_lines(text):  # "40% for Aland and Borduria" over "36% for Carpathia and Dalmatia"
        found.append(e)
        whole.append(e)
        grouped.append((e.lead_start, e.end))
    for e in marked_groups(text):  # "【全面禁止】" over "▼甲國▼乙國▼丙國": a group a heading
        found.append(e)
        whole.append(e)
        grouped.append((e.lead_start, e.end))
    for e in awarded_groups(text):  # "甲獎由A、B和C奪得。" then "乙獎由D奪得。": a group a sentence
        found.append(e)
        whole.append(e)
        grouped.append((e.lead_start, e.end))
    paused = paused_groups(text)  # "【部分限制】" over "丁國、戊國": read whole or held from the others
    found.extend(paused.groups)
    whole.extend(paused.groups)
    grouped.extend(paused.held)
    for m in _SENTENCE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in grouped):
            continue  # the paragraphs of one frame hold it
        if pieces := (
            tickets(text, m.start(), m.end())  # "甲黨張三、李四以558萬票…；乙黨王五、趙六獲…": pairs' figures
            or dated_sentences(text, m.start(), m.end())  # "甲國自2025年1月1日起適用。乙國、丙國2國自…"
            or en_dated_sentences(text, m.start(), m.end())  # "… took effect for A on June 9. B follows …"
            or copula_groups(text, m.start(), m.end())
            or en_copula_groups(text, m.start(), m.end())
            or clause_groups(text, m.start(), m.end())  # "…的國家包括A、B；…的國家為C和D"
            or scored_next(text, m.start(), m.end())  # "A、B和C位列前三。其中，A得分7.7，B 7.5，C 7.3。"
            or party_results_en(text, m.start(), m.end())  # "A of the X Party took 49%, ahead of B of …"
            or en_appositives(text, m.start(), m.end())  # "… Jane Roe, the chief executive, and John Doe, …"
            or followed_en(text, m.start(), m.end())  # "A topped it (7.7), followed by B (7.5) and C (7.3)"
            or rest_en(
                text, m.start(), m.end()
            )  # "A topped it, followed by B and C. The rest of the top 5 …"
            or beat_en(text, m.start(), m.end())  # "A beat B and C to the title, followed by D and E"
            or beat_zh(text, m.start(), m.end())  # "A力壓B及C，第四至第五位依次為D及E"
            or placed_en(
                text, m.start(), m.end()
            )  # "B …, finishing second on 357, ahead of C (356). D was …"
            or place_pieces(text, m.start(), m.end())  # "前三名依次為：第一名A（7.7分）、第二名B（7.5分）、…"
            or place_copulas(text, m.start(), m.end())  # "1位がAで9970億ドル、2位がBで3140億ドル、…"
            or ja_goods_groups(text, m.start(), m.end())  # "AとBからの輸入品(30%)、C(32%)…に課される"
            or en_rate_clauses(text, m.start(), m.end())  # "A and B were given 25%, 40% went to C and D"
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
            or en_names_for(text, m.start(), m.end())  # "A accounted for 23.9%, B for 18.9% and C for 7.4%"
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
    clauses = clause_lines(text, grouped)  # "甲國7465萬噸，占71.1%；乙國…", lines of a name and its figures
    found.extend(clauses)
    clausal = [(enum.lead_start, enum.end) for enum in clauses]
    for a, b in clause_spans(text, 0, len(text)):
        if not any(s <= a < e for s, e in grouped) and not any(a < e and s < b for s, e in clausal):
            found.extend(clause_enumerations(text, a, b))
    found = [with_comma_people(text, e) for e in found]  # "甲部長張三，乙局長李四、丙局長王五、…"
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
    kept = _with_continuations(text, without_line_asides(text, cued), found)
    kept = [named_before_the_others_ja(text, valued_by_label(text, e)) for e in kept]
    kept = [set_apart(text, named_before_the_others_zh(text, e)) for e in kept]  # "除張三外，…還有A、B"
    kept = [r for e in kept if (r := ranked_head(text, e)) is not None]
    kept = [valued_tail(text, e) for e in kept]  # "甲國46%、乙國49%，丙國則為24%": the last name apart
    kept = with_clause_counts(text, [headed(text, e) for e in kept])  # "…對五國稅率，甲國20%、…"
    kept = _without_bodies(text, keep(_continued(text, kept), text))
    kept = without_places(text, _beside_a_whole_list(text, kept))  # "第一名甲國（67.5分）": the name 甲國
    kept = last_clauses(text, kept)  # "…；乙國3個：己城、庚城；丙國則有壬城和癸城": the last group too
    kept = whole_sentences(text, figures_of_labels(text, kept))
    return tuple(lone_labelled_lines(text, kept))  # "文學獎：張三" among lines of several names


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
        if e.start <= one.start
        or e.stated is not None
        or "\n" not in text[one.end : e.start]
        or one_run_of_valued_lines(text, one, e)  # "19%：甲國、乙國" over "20%：丙國": groups by value
        or SERIES_LABEL_RE.fullmatch(e.label.strip()) is not None  # "第三級：…", the next group of a series
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


def _valued(text: str, enum: Enumeration) -> bool:
    return bool(enum.shared) or sum(bool(find_values(text[s:e])) for s, e in enum.spans) * 2 > len(enum.spans)


def are_grouped(text: str, enums: Sequence[Enumeration]) -> bool:
    """Several enumerations of different items are each a group, unless none is labelled and each
    carries values: rows of one table told in sentences (``A and B, at 40 %, followed by C and D, at
    36 %``), whose values, not their words, tell them apart."""
    if len(enums) < 2:
        return False
    total = sum(len(e.spans) for e in enums)
    # "A、B和C等國為10%，D、E等2國為19%": a count of one run's own names numbers a group, not the list
    counted = any(e.stated == len(e.spans) != total for e in enums)
    return any(e.label for e in enums) or counted or not all(_valued(text, e) for e in enums)
