"""Inline enumerations: a list printed inside a sentence, the commonest way news prints a short list.

``包括甲國、乙國、丙國……和丁國等12國``, ``全面禁止入境：A、B、C；部分限制：D、E``,
``nationals of Aland, Borduria, Carpathia and Dalmatia``, ``甲国49%、乙国48%``, ``A、B、C…の12カ国``.

The steps, for every clause of the body (a clause ends at ``。；;!?`` or a sentence's full stop):
1. split the clause on its item separator (``、`` in Chinese and Japanese, ``,`` in English) outside
   parentheses; at least ``MIN_ITEMS`` pieces (two with a count after them) make a candidate;
2. cut the first piece after its lead-in (``：``, ``包括``, ``including``, a particle, or, in English, the
   words before the capitalized name) and the last piece before its closing (``等12國``, ``など``,
   ``の12カ国``, ``and N others``), splitting ``X和Y`` / ``X and Y`` into two items;
3. keep the candidate when its items are name-shaped (short, no clause inside) and regular;
4. bind a count written right after it (``等12國``) or in its lead-in to it, and the words before a
   colon (``全面禁止入境：``) as its group label when the article has more than one such enumeration;
5. drop an enumeration whose items another kept one already names (a summary of the list).

How a sentence is cut into pieces is in ``_inline_pieces``, the values names share in ``_inline_values``,
the separators read as ``、`` in ``_inline_separators``, clauses of a name and its figures
(``甲國7465萬噸，占71.1%；乙國…``) in ``_inline_clauses``, names in brackets after their count
(``11の国と地域（A、B…）``) in ``_inline_bracketed``, paragraphs opening in one frame (``Aland faces a
50 percent …``, ``甲國：…``) in ``_inline_paragraph_leads`` and ``_inline_paragraph_east``, English names two
at a time at one value (``Aland and Borduria at 25%, Carpathia at 40%``) in ``_inline_pairs``, two counted
groups of one sentence (``…の3カ国を全面的に禁止し、…の4カ国を一部制限``, ``four countries — A, B, C and D —
and …``) in ``_inline_two_groups``, sentences a date each (``…took effect for A and B on June 9. C follows
from July 1.``) in ``_inline_dated_sentences`` and ``_inline_dated_sentences_en``, the pieces of a run
of people (``甲、乙和丙事務大臣李四``, ``山田太郎氏と佐藤花子氏``) in ``_inline_people``, a group's label in a
series opening the sentence of its names with no colon (``第三級則包括A、B等…``, "The third tier covers …,
such as A, B") in ``_inline_series_sentence``, one more item joined after the count that closes a run
(``A、B、C等3國以及丁地區``) in ``_inline_counted_extra``, Japanese names with the rates charged on
their goods (``AとBからの輸入品(30%)、C(32%)``) in ``_inline_ja_goods``, English clauses each giving a
group one rate (``A and B were handed 25 per cent, 40 per cent went to C and D``) in
``_inline_rate_clauses_en``. One enumeration
is read in ``_inline_enumeration``, the enumerations of a clause found in ``_inline_finding``, accepted in
``_inline_accepting`` (with the lines around them read in ``_inline_context``), gathered over the article
in ``_inline_grouping``; whether the article names examples only is ``_inline_selection``. This module is
the layout: its score, and the items, groups and counts it returns.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.lang.counted_nouns import noun_words_after
from pipeline.lang.counts import find_counts
from pipeline.lang.group_cues import SERIES_LABEL_RE
from pipeline.lang.label_nouns import PLACED_IN_RE
from pipeline.lang.scripts import WHITESPACE
from pipeline.models import Heading, unlabelled_group
from sources.base import Document, Extraction
from sources.layouts._inline_grouping import are_grouped, find_enumerations
from sources.layouts._inline_pieces import Enumeration
from sources.layouts._inline_place_lead import place_lead
from sources.layouts._inline_selection import selection
from sources.layouts._lines import body_text
from sources.layouts._records import RawItem, build_mentions

NAME = "inline"


MAX_LEAD_QUOTE = 80


def text_start(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding ``hi`` starts (after ``lo``): the quote of a count in a lead-in."""
    cut = max(text.rfind(c, lo, hi) for c in "。；;")
    if hi - max(cut, lo) > MAX_LEAD_QUOTE:
        cut = max(text.rfind(c, lo, hi) for c in "，,。；;")
    start = cut + 1 if cut >= lo else lo
    while start < hi and text[start] in WHITESPACE:
        start += 1
    return start


def _closing_quote(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of a closing count without the pause before it (``，共有2國`` -> ``共有2國``)."""
    while lo < hi and (text[lo] in WHITESPACE or text[lo] in "，,、；;"):
        lo += 1
    return lo, hi


def _counted_group(text: str, e: Enumeration) -> str:
    """The noun a count closing the enumeration names (``丁國、戊國等2個乙盟成員則被…`` -> ``乙盟成員``): the
    group's label before the words of its clause."""
    if e.stated is None or e.count_span[0] < e.spans[-1][1]:
        return ""
    counts = find_counts(text[e.count_span[0] : e.count_span[1]])
    if not counts:
        return ""
    c = counts[-1]
    return noun_words_after(text, replace(c, start=c.start + e.count_span[0], end=c.end + e.count_span[0]))


def _score(enums: list[Enumeration]) -> float:
    if not enums:
        return 0.0
    n = sum(len(e.spans) for e in enums)
    cued = sum(1 for e in enums if e.stated is not None or e.label or e.selection or e.shared)
    base = n / (n + 5)
    return round(min(0.85, base + 0.1 * min(cued, 2)), 4)


class InlineLayout:
    name = NAME
    description = (
        "items enumerated inside a sentence: 'A、B和C等12國', 'A, B and C', 'A、B…の12カ国', '1.A 2.B 3.C', "
        "'A／B／C'; names in running prose ('among them A and B', 'A and B, at 40 %', 'AとBは25%')"
    )

    def detect(self, doc: Document) -> float:
        return _score(find_enumerations(doc))

    def extract(self, doc: Document) -> Extraction:
        enums = find_enumerations(doc)
        # one enumeration under a group's label in a series ("第三級：甲國、乙國等…") is that group,
        # beside the lists other layouts read
        grouped = are_grouped(doc.text, enums) or (
            len(enums) == 1 and SERIES_LABEL_RE.fullmatch(enums[0].label.strip()) is not None
        )
        raw: list[RawItem] = []
        headings: list[Heading] = []
        counted = [_counted_group(doc.text, e) for e in enums]
        for k, e in enumerate(enums, start=1):
            # a counted noun two groups share ("等3名官員則…；等2名官員則…") tells neither apart
            own = counted[k - 1] if counted.count(counted[k - 1]) == 1 else ""
            group = (e.label or own or e.context or unlabelled_group(k)) if grouped else ""
            shared = e.shared or ((0, 0),) * len(e.spans)
            raw.extend(
                RawItem(s, t, None, group, shared=v, unit=e.unit)
                for (s, t), v in zip(e.spans, shared, strict=True)
            )
            if e.stated is None and (not group or any(h.group == group for h in headings)):
                continue  # no heading, or one place's second line ("第3名：丙國…" over "第3名：丁國…")
            ls, le = e.label_span if e.label else e.count_span if e.stated is not None else (e.start, e.start)
            if e.label and e.stated is not None and le <= e.count_span[0] and e.count_span[1] <= e.start:
                le = e.count_span[1]  # "North (3): A, B and C": the label quoted with the count it states
            if e.label and e.stated is not None and e.lead_start <= e.count_span[0] and e.count_span[1] <= ls:
                placed = PLACED_IN_RE.match(doc.text, e.count_span[1])
                # "Eleven of the cities are in Aland:": the count opens the label, quoted with it
                ls = e.count_span[0] if placed is not None and placed.end() == ls else ls
            if not e.label and e.stated is not None and e.count_span[1] <= e.start:  # a count in the lead-in
                above = e.count_span[0] < e.lead_start  # in the paragraph above the line of names
                lo = doc.text.rfind("\n", 0, e.count_span[0]) + 1 if above else e.lead_start
                ls = text_start(doc.text, lo, e.count_span[0])
            label = doc.text[ls:le]
            if e.label and e.stated is not None and e.spans[-1][1] <= e.count_span[0] < e.count_span[1]:
                # "3%以上：A、B，共有2國": the count that closes the items is what the heading's claim quotes
                ls, le = _closing_quote(doc.text, *e.count_span)
            headings.append(Heading(doc.id, label, None, e.stated, ls, le, group))
        if grouped and (lead := place_lead(doc.text, enums)) is not None:
            stated, ls, le = lead  # "排名前十的國家如下：" over one place a line: the whole list's count
            headings.insert(0, Heading(doc.id, doc.text[ls:le], None, stated, ls, le, ""))
        mentions, problems = build_mentions(doc, raw, NAME)
        return Extraction(
            NAME, tuple(mentions), tuple(headings), tuple(problems), selection(body_text(doc), enums)
        )


LAYOUTS = (InlineLayout(),)
