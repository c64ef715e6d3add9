"""Organization names in running text: candidates for the gazetteer match.

``prose_candidates`` reads an article's body (skipping the list items it is told to skip), cuts it into
sentences and clauses, and returns every phrase that names, or may name, an organization:

- a Chinese phrase ending in an organization-type word (組織, 基金, 委員會, 論壇 ...), cut out of
  enumerations (``、`` ``，`` and conjunctions where both sides are complete names) and freed of
  lead-ins (包括, 例如, 的 ...) and tails (等, 在內 ...);
- a name followed by a parenthesis holding an acronym or an English name (``X(ABC)``,
  ``X（English name）``); what else the parenthesis says is kept as a note and, when it says what
  the body is part of (``亦是…轄下單位``, ``part of …``), as ``asserted_group``;
- a quoted name (``《X公約》``, ``「X計畫」``);
- an English capitalised phrase with an organization word (``X Fund``, ``Y Commission``);
- a bare Latin acronym standing alone (``org_like=False``: it may be a tag, a medium or a word).

Each candidate carries the text offsets of its evidence. The words prose is read by are in
``prose_words``, what makes a Chinese phrase organization-like in ``prose_orgs``, English names in
``prose_english``, acronyms in ``prose_acronyms``, a parenthesis after a name in ``prose_affiliations``,
how a clause is cut in ``prose_spans`` and the scan of one clause in ``prose_scanner`` (running text's
names in ``prose_free_text``, the names found kept in ``prose_found``). ``stated_count``
reads the count a heading states.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.count_lines import TOTAL_WORD_RE
from pipeline.lang.counts import find_counts
from pipeline.lang.superlatives import superlative_count
from pipeline.models import Article, Kind, Mention
from sources.prose_scanner import Scanner
from sources.prose_spans import depth_split, sentence_spans, split_at_cjk_spaces
from sources.prose_words import CLAUSE_SEPARATORS, ENUMERATION_LEAD_INS, ITEM_SEPARATORS, LETTER


def stated_count(label: str) -> int | None:
    """The count a heading states (``共N個``, ``（12國）``, ``N organizations``), if any: the one after a
    total word when there is one, else the first (``pipeline.lang.counts`` reads every counter)."""
    counts = find_counts(label)
    for c in counts:
        if TOTAL_WORD_RE.search(label[max(0, c.start - 3) : c.start]):
            return c.value
    if counts:
        return counts[0].value
    top = superlative_count(label)  # "The 10 highest-paid athletes": a heading's count of its ranking
    return top.value if top is not None else None


@dataclass(frozen=True, slots=True)
class ProseCandidate:
    """A phrase in running text that names, or may name, an organization."""

    mention: Mention
    org_like: bool


def _blanked(body: str, spans: Sequence[tuple[int, int]]) -> str:
    """``body`` with the characters of ``spans`` turned into newlines (sentence ends)."""
    pieces: list[str] = []
    done = 0  # characters of ``body`` already in ``pieces``
    for start, end in sorted(spans):
        start, end = max(start, done), min(end, len(body))
        if start < end:
            pieces.extend((body[done:start], "\n" * (end - start)))
            done = end
    pieces.append(body[done:])
    return "".join(pieces)


def prose_candidates(
    article: Article, *, exclude: Sequence[tuple[int, int]] = ()
) -> tuple[ProseCandidate, ...]:
    """Organization names (and bare acronyms) in the running text of ``article``'s body.

    ``exclude`` lists spans (the article's list items) that are not prose. Offsets refer to
    ``article.text``; the mentions have kind ``prose`` and position 0.
    """
    text = _blanked(article.body, exclude)
    scanner = Scanner(text)
    for sentence_start, sentence_end in sentence_spans(text, 0, len(text)):
        if not LETTER.search(text, sentence_start, sentence_end):
            continue  # what is left of a list item (its marker): no name, no acronym
        for clause_start, clause_end in depth_split(text, sentence_start, sentence_end, CLAUSE_SEPARATORS):
            for part_start, part_end in split_at_cjk_spaces(text, clause_start, clause_end):
                if LETTER.search(text, part_start, part_end):  # a list marker alone names nothing
                    _scan_clause(scanner, part_start, part_end)
        scanner.acronyms(sentence_start, sentence_end)
    candidates = [
        ProseCandidate(
            mention=Mention(
                article=article.id,
                kind=Kind.PROSE,
                position=0,
                category=None,
                name_zh=found.name_zh,
                name_en=found.name_en,
                acronym=found.acronym,
                aliases=found.aliases,
                note=found.note,
                start=found.start,
                end=found.end,
                asserted_group=found.asserted,
            ),
            org_like=found.org_like,
        )
        for found in scanner.found
    ]
    candidates.sort(key=lambda c: (c.mention.start, c.mention.end))
    return tuple(candidates)


def _scan_clause(scanner: Scanner, start: int, end: int) -> None:
    text = scanner.text
    items = depth_split(text, start, end, ITEM_SEPARATORS)
    pieces: list[tuple[int, int]] = []
    for item_start, item_end in items:
        pieces.extend(scanner._conjunction_split(item_start, item_end))
    lead = text[start:end].lstrip(" 「『《“")
    has_lead_in = any(word in lead[:12] for word in ENUMERATION_LEAD_INS) or lead[:1] in "如及"
    enumerative = len(pieces) >= 2 or has_lead_in
    for piece_start, piece_end in pieces:
        scanner.piece(piece_start, piece_end, enumerative=enumerative)
