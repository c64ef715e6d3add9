"""An election's results told in English wire prose, each candidate ``of the`` their party with their
share (and votes): ``Jane Roe of the Aland Party took 49% of the vote, ahead of John Doe of the Borduria
Union (41%) and Richard Roe of the Carpathia Front (8%).``, or the winner's sentence (``Jane Roe of the
ruling Aland Party (AP) won … with 49% of the vote, or 5.6 million votes, the commission said.``) and the
others in the next one (``John Doe of the Borduria Union came second with 41%, or 4.7 million votes, and
Richard Roe of the Carpathia Front third with 8%, or 0.9 million votes.``). Used by the inline layout
through ``_inline_grouping``.

Read whole or not at all: the winner's clause (a name, ``of the`` party, a verb of winning or taking
votes from ``lang.vote_cues``, the share), then either the runner-ups after ``ahead of``/``followed by``,
each a name, ``of the`` party and the share in brackets or after ``with``, up to the sentence's end; or
more such clauses after ``while``/``and`` to the sentence's end; or, the winner's sentence ending there
(but for who said so), a next sentence made of such clauses and nothing else. Each
candidate is an item from their name to their party's name (the party is the item's attribute), their
figures the item's values; the party's acronym in brackets is left out."""

from __future__ import annotations

import re

from pipeline.lang.vote_cues import (
    EN_OF_THE_VOTE,
    EN_OR_VOTES,
    EN_PARTY_DESCRIBED,
    EN_RESULT_JOINER_RE,
    EN_RUNNER_UPS_RE,
    EN_SAID_RE,
    EN_VOTE_VERB,
)
from sources.layouts._inline_piece_shapes import EN_NAME_RUN_RE, MAX_EN_WORDS
from sources.layouts._inline_pieces import Enumeration

_WORD = r"[A-Z][\w'’\-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})"
_OF_PARTY = (
    rf"\s+of\s+the\s+{EN_PARTY_DESCRIBED}(?P<party>{_WORD}(?:\s+{_WORD}){{0,4}})(?:\s+\([A-Z]{{2,6}}\))?"
)
_SHARE = r"[0-9]{1,2}(?:\.[0-9]+)?\s*(?:%|per\s*cent\b|percent\b)"
_VOTES = r"[0-9][0-9,]*(?:\.[0-9]+)?(?:\s+(?:million|thousand))?\s+votes\b"
_FIGURES = rf"(?P<fig>{_SHARE}{EN_OF_THE_VOTE}(?:{EN_OR_VOTES}{_VOTES})?)"
# a candidate's clause: name, party, how they fared in a few words, their figures
_CLAUSE_RE = re.compile(
    rf"{_NAME}{_OF_PARTY}\s+{EN_VOTE_VERB}\b(?:\s+[\w'’\-]+){{0,8}}?\s+(?:with\s+)?{_FIGURES}"
)
# a runner-up after the winner: name, party, the share in brackets
_BRACKETED_RE = re.compile(rf"{_NAME}{_OF_PARTY}\s*\(\s*(?P<fig>{_SHARE})\s*\)")
# or with its share after ``with`` (``followed by John Doe of the Borduria Union with 41%``)
_WITH_SHARE_RE = re.compile(rf"{_NAME}{_OF_PARTY},?\s+(?:with|on)\s+{_FIGURES}")
# a sentence: up to a full stop before a blank or the end (not the point of a decimal)
_SENTENCE_RE = re.compile(r"[^.]+(?:\.(?!\s|$)[^.]*)*(?:\.|$)")
MIN_CANDIDATES = 2

_Item = tuple[tuple[int, int], tuple[int, int]]  # the name and party's span, the figures'


def party_results_en(text: str, a: int, b: int) -> list[Enumeration]:
    """The results told so in the sentences from ``text[a:b]`` on (see the module's docstring), else
    ``[]``."""
    if " of the " not in text[a:b] or not re.search(_SHARE, text[a:b]):
        return []  # most paragraphs, left at once
    for sentence in _SENTENCE_RE.finditer(text, a, b):
        s, e = _bounds(text, *sentence.span())
        head = _CLAUSE_RE.search(text, s, e)
        if head is None or not _name(text, head):
            continue
        others = _others(text, head.end(), e, sentence.end())
        if others is None or 1 + len(others[0]) < MIN_CANDIDATES:
            return []  # the winner's clause found, the others not read whole: nothing read
        items = [_item(head), *others[0]]
        return [
            Enumeration(
                tuple(span for span, _ in items),
                s,
                others[1],
                None,
                "",
                (0, 0),
                False,
                shared=tuple(f for _, f in items),
            )
        ]
    return []


def _others(text: str, h: int, e: int, after: int) -> tuple[list[_Item], int] | None:
    """The candidates after the winner's clause (ending at ``h``, its sentence at ``e``) and where they
    end: the runner-ups after ``ahead of``; the sentence done, the clauses of the next one (from ``after``
    on); or the clauses after ``while``/``and``. None unless read whole."""
    unsaid = _unsaid(text, h, e)
    if (runner_ups := EN_RUNNER_UPS_RE.match(text, h, e)) is not None:
        run = _sequence(text, runner_ups.end(), unsaid, (_BRACKETED_RE, _WITH_SHARE_RE))
        return (run, e) if run is not None else None
    if unsaid == h:  # the sentence done: the others in the next one
        nxt = _next_sentence(text, after)
        run = _sequence(text, *nxt, (_CLAUSE_RE,)) if nxt is not None else None
        return (run, nxt[1]) if run is not None and nxt is not None else None
    if (joiner := EN_RESULT_JOINER_RE.match(text, h, e)) is not None:  # ", while B of the Y Party took …"
        run = _sequence(text, joiner.end(), unsaid, (_CLAUSE_RE,))
        return (run, e) if run is not None else None
    return None


def _bounds(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == "."):
        e -= 1
    return s, e


def _unsaid(text: str, s: int, e: int) -> int:
    """Where the sentence ``text[s:e]`` ends before who said so (``…, the commission said``)."""
    said = EN_SAID_RE.search(text, s, e)
    return said.start() if said is not None else e


def _next_sentence(text: str, s: int) -> tuple[int, int] | None:
    """The sentence after ``s``, in the same paragraph or the next one (not across a heading)."""
    m = _SENTENCE_RE.match(text, s + len(text[s:]) - len(text[s:].lstrip()))
    if m is None or "\n\n" in text[m.start() : m.end()]:
        return None
    return _bounds(text, *m.span())


def _sequence(text: str, pos: int, end: int, item_res: tuple[re.Pattern[str], ...]) -> list[_Item] | None:
    """``text[pos:end]`` read whole as candidates of one of ``item_res`` joined by commas and ``and``,
    else None."""
    out: list[_Item] = []
    while True:
        m = next((m for r in item_res if (m := r.match(text, pos, end)) is not None), None)
        if m is None or not _name(text, m):
            return None
        out.append(_item(m))
        if m.end() == end:
            return out
        joiner = EN_RESULT_JOINER_RE.match(text, m.end(), end)
        if joiner is None:
            return None
        pos = joiner.end()


def _item(m: re.Match[str]) -> _Item:
    return (m.start("name"), m.end("party")), m.span("fig")


def _name(text: str, m: re.Match[str]) -> bool:
    s, e = m.span("name")
    return EN_NAME_RUN_RE.fullmatch(text, s, e) is not None and len(text[s:e].split()) <= MAX_EN_WORDS
