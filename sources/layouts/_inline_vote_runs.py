"""Candidates' results told clause after clause over paragraphs that follow one another:
``甲黨候選人張三得558.6萬票，得票率40.05%，擊敗…。`` then, in the next paragraph,
``李四得467.1萬票，得票率26.46%；王五得369萬票，得票率33.49%。``. Each clause opens (after a pause, or
the body that put the candidate up: ``甲黨候選人``) with a person's name, a verb of what they got
(``TICKET_VERB_RE``), their votes right after it, and their share after the share's words
(``VOTE_SHARE_WORD_RE``), or the votes alone. A sentence holding all of them is read by the sentence
readers; this reader takes only runs that cross a paragraph's end, the paragraphs right after one another,
at least ``MIN_ITEMS`` clauses, all with the same figures (votes, or votes and a share), each name once, no
other figure between two clauses. Read whole or not at all: a clause of the shape in those paragraphs that
differs from the others leaves the run unread. Used by the inline layout (``_inline_grouping``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.clause_cues import TICKET_BODY_RE, TICKET_VERB_RE, VOTE_SHARE_WORD_RE
from pipeline.lang.scripts import CJK
from pipeline.lang.values import find_values
from sources.layouts._inline_piece_shapes import MIN_ITEMS
from sources.layouts._inline_pieces import Enumeration

MAX_BODY = 16  # characters of the body that put the first candidate up, before the name
VOTES = "votes"  # the unit ``find_values`` gives a count of votes (``558.6萬票``)
SHARE = "%"
_BODY = TICKET_BODY_RE.pattern.removesuffix("$")
# a clause's head: after a pause or a paragraph's start, the body (optional), the name and the verb
_HEAD_RE = re.compile(
    rf"(?:^|(?<=[，,；;。\n]))(?:{_BODY})?(?P<name>[{CJK}]{{2,4}}?)(?:{TICKET_VERB_RE.pattern})"
)
_SHARE_GAP_RE = re.compile(rf"[，,、]\s*(?:{VOTE_SHARE_WORD_RE.pattern})\s*(?:為|为|是)?")


@dataclass(frozen=True, slots=True)
class _Clause:
    name: tuple[int, int]
    figures: tuple[int, int]
    units: tuple[str, ...]


def _clause(text: str, head: re.Match[str]) -> _Clause | None:
    """The clause ``head`` opens, its votes right after the verb (and its share after the share's words)."""
    found = find_values(text[head.end() : head.end() + 40])
    if not found or found[0].start != 0 or found[0].unit != VOTES:
        return None
    end = head.end() + found[0].end
    units = [VOTES]
    gap = _SHARE_GAP_RE.match(text, end)
    share = find_values(text[gap.end() : gap.end() + 12]) if gap else []
    if gap and share and share[0].start == 0 and share[0].unit == SHARE:
        end = gap.end() + share[0].end
        units.append(SHARE)
    return _Clause(head.span("name"), (head.end(), end), tuple(units))


def _paragraph(text: str, at: int) -> int:
    """The index of the paragraph holding ``at`` (paragraphs parted by lines)."""
    return len([line for line in text[:at].split("\n") if line.strip()])


def _run(text: str, clauses: list[_Clause]) -> bool:
    """The clauses one list: across at least two paragraphs, the figures alike, each name once, no other
    figure between two clauses."""
    names = [text[slice(*c.name)] for c in clauses]
    return (
        len(clauses) >= MIN_ITEMS
        and len(set(names)) == len(names)
        and len({c.units for c in clauses}) == 1
        and _paragraph(text, clauses[-1].name[0]) > _paragraph(text, clauses[0].name[0])
        and not any(
            find_values(text[p.figures[1] : c.name[0]]) for p, c in zip(clauses, clauses[1:], strict=False)
        )
    )


def _stretches(text: str) -> list[list[tuple[re.Match[str], _Clause | None]]]:
    """The clause heads of the article, gathered by stretches of paragraphs one after another, each
    holding one at least."""
    out: list[list[tuple[re.Match[str], _Clause | None]]] = []
    last = -2
    for head in _HEAD_RE.finditer(text):
        here = _paragraph(text, head.start("name"))
        if here > last + 1 or not out:
            out.append([])
        out[-1].append((head, _clause(text, head)))
        last = here
    return out


def _enumeration(text: str, run: list[_Clause]) -> Enumeration:
    start = run[0].name[0]
    lead = TICKET_BODY_RE.search(text, max(0, start - MAX_BODY), start)
    return Enumeration(
        tuple(c.name for c in run),
        lead.start() if lead is not None else start,
        run[-1].figures[1],
        None,
        "",
        (0, 0),
        False,
        shared=tuple(c.figures for c in run),
    )


def vote_runs(text: str) -> list[Enumeration]:
    """The candidates of each run of vote clauses of the article (the module's docstring)."""
    out = []
    for stretch in _stretches(text):
        run = [c for _, c in stretch if c is not None]
        if len(run) == len(stretch) and _run(text, run):
            out.append(_enumeration(text, run))
    return out
