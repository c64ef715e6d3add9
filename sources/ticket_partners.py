"""A ticket's party and running mate, said in the sentence that gives its figures.

``甲黨提名的張三、李四以558萬6019票、得票率40.05%當選，乙黨王五、趙六獲…``, ``甲党候选人张三、李四得票
558.6万票…``: the inline layout reads each ticket's first name as the item, with the figures the pair won
(``sources.layouts._inline_tickets``). The body that put the ticket up, right before that name
(``TICKET_BODY_RE``: ``甲黨``, without ``提名的`` or ``候选人``), and the second name of the pair, right
after it and before the verb of the figures (``TICKET_VERB_RE``), are the candidate's attributes, in the
order printed, as a table's party and running-mate columns are. Read for every ticket of the list or for
none: where one of the items read as tickets lacks its body or its partner, nothing is added.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.clause_cues import TICKET_BODY_RE, TICKET_VERB_RE
from pipeline.lang.scripts import CJK
from pipeline.lang.values import find_values
from pipeline.models import Attribute, AttributeKind, Mention

MIN_TICKETS = 2  # tickets of one list, at the least
MAX_LEAD = 16  # characters between the sentence's last pause and a ticket's first name, at the most
_PARTNER_RE = re.compile(rf"、(?P<partner>[{CJK}]{{2,4}}?)(?:{TICKET_VERB_RE.pattern})")
_PAUSE_RE = re.compile(r"[，,；;。：:、\s]")
FIGURES_WITHIN = 12  # characters after the verb within which the pair's figures start


def _partner(text: str, m: Mention) -> tuple[int, int] | None:
    """The span of the second name of ``m``'s pair, the pair's figures right after its verb."""
    p = _PARTNER_RE.match(text, m.end)
    if p is None or not find_values(text[p.end() : p.end() + FIGURES_WITHIN]):
        return None
    return p.span("partner")


def _body(text: str, m: Mention) -> tuple[int, int] | None:
    """The span of the body's name right before ``m``'s, after the clause's last pause."""
    lead = text[max(0, m.start - MAX_LEAD) : m.start]
    pause = max((p.end() for p in _PAUSE_RE.finditer(lead)), default=0)
    b = TICKET_BODY_RE.search(lead, pause)
    if b is None or b.start() != pause:
        return None
    at = m.start - len(lead)
    return at + b.start("body"), at + b.end("body")


def ticket_partners(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each ticket's body and running mate as attributes (the module's docstring)."""
    pairs = {i: _partner(text, m) for i, m in enumerate(mentions) if m.name_zh and not m.attributes}
    tickets = {i: span for i, span in pairs.items() if span is not None}
    bodies = {i: _body(text, mentions[i]) for i in tickets}
    if len(tickets) < MIN_TICKETS or any(span is None for span in bodies.values()):
        return mentions
    out = list(mentions)
    for i, partner in tickets.items():
        body = bodies[i]
        assert body is not None
        said = tuple(Attribute(AttributeKind.OTHER, text[s:e], "", s, e) for s, e in (body, partner))
        out[i] = replace(mentions[i], attributes=said)
    return out
