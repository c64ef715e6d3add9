"""Two counted groups in one sentence, the commonest way news prints a ban in two tiers:
``甲国は、乙国、丙国の2カ国からの入国を全面的に禁止し、丁国、戊国の2カ国からの入国を一部制限する`` and
``Aland will fully bar citizens of two countries — Borduria and Carpathia — and partially restrict
travellers from two others: Dorland and Elbonia`` (the first group set off in dashes or parentheses).
Each group is read with its own count and a label from its clause's words, the count as printed: a
group a name or two short of its count (``乙国、丙国、丁国の4カ国``) is a miscount for the count check to
report, one far from it (``乙国、丙国の12カ国``) no such group. In English a second run that states no
count is a group when a clause of its own verb leads to it (``… — and partially restricts entry from E,
F and G``); after other words (``… — and citizens of E, F and G``) the sentence is left unread, as one
group read as two would accuse correct outlets of a wrong group, and a part read is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.count_binding import miscounted_at_most
from pipeline.lang.group_cues import EN_SECOND_PREDICATE_RE
from sources.layouts._headings import group_label
from sources.layouts._inline_enumeration import read_enumeration
from sources.layouts._inline_pieces import Enumeration

# the verb of the first group's clause, in its joining form, before the second group: "禁止し、"
_JA_JOINING_RE = re.compile(r"(?:し|して|する一方(?:で)?|した上で)、|(?P<object>を)、")
MAX_JA_TAIL = 20  # characters from a group's count to the verb that ends its clause
# the object particle before the verbal noun that says what befalls the group ("入国を全面的に禁止")
_JA_OBJECT = "を"
_JA_LEADING_PARTICLE_RE = re.compile(r"^(?:からの|から|の|に対し(?:て)?|について|は|が|を)+")
# what ends the verbal noun: its verb, or the quoting of it ("一部制限すると発表した")
_JA_VERB_RE = re.compile(r"(?:する|される|した|し$|と(?:発表|述べ|明らか|し|する))")


def ja_two_groups(text: str, a: int, b: int) -> list[Enumeration]:
    """``乙国、丙国の2カ国からの入国を全面的に禁止し、丁国、戊国の2カ国からの入国を一部制限する``: two
    runs of a clause, each closed by its count, the first clause's verb joining them; [] when the
    clause is not so."""
    for m in _JA_JOINING_RE.finditer(text, a, b):
        first = read_enumeration(text, a, a, m.end() - 1, True)  # the run ends before the joining "、"
        if first is None or first.stated is None or not 0 <= m.start() - first.end <= MAX_JA_TAIL:
            continue
        if "、" in text[first.end : m.start()]:
            continue
        second = read_enumeration(text, m.end(), m.end(), b, True)
        if second is None or second.stated is None or second.lead_start != m.end():
            return []
        if not all(miscounted_at_most(len(g.spans), g.stated or 0) for g in (first, second)):
            return []  # "乙国、丙国の12カ国": a count of more than the names, left to the other readers
        if m.group("object"):
            # "全面禁止の対象に甲国…の3カ国を、一部制限の対象に丁国…の2カ国を加える": one verb for both, each
            # group's label before its names (the first's after the lead-in's last pause)
            return [_ja_label_before(text, first), _ja_label_before(text, second)]
        return [
            _ja_labelled(text, first, m.start()),
            _ja_labelled(text, second, b),
        ]
    return []


def _ja_label_before(text: str, enum: Enumeration) -> Enumeration:
    """The group's label from the words before its names, after the lead-in's last pause
    (``16日、入国を全面的に禁止する対象に`` -> ``入国を全面的に禁止する対象に``)."""
    words = text[enum.lead_start : enum.spans[0][0]]
    words = words[words.rfind("、") + 1 :].strip()
    return replace(enum, context=words) if words else enum


def _ja_labelled(text: str, enum: Enumeration, end: int) -> Enumeration:
    """The group's label from the words after its count: the verbal noun of what befalls it
    (``からの入国を全面的に禁止`` -> ``全面的に禁止``); the enumeration's context when there is none."""
    tail = text[enum.end : end].strip()
    if _JA_OBJECT in tail:
        tail = tail[tail.rindex(_JA_OBJECT) + 1 :]
    tail = _JA_LEADING_PARTICLE_RE.sub("", tail)
    words = _JA_VERB_RE.split(tail, maxsplit=1)[0].strip()
    return replace(enum, context=words) if words else enum


# a count's noun, then a dash or an opening parenthesis: "four countries — A, B, C and D —"
_EN_ASIDE_OPEN_RE = re.compile(r"[A-Za-z]\s*(?P<open>—|–|--|\()\s*")
_CLOSERS = {"(": ")"}


def en_counted_aside(text: str, a: int, b: int) -> tuple[Enumeration, int] | None:
    """``… citizens of four countries — A, B, C and D — and …``: the names set off in dashes or
    parentheses right after the count of them, and where the aside closes; None when no aside in the
    clause is a counted list (``Aland — a small state — said …``)."""
    for m in _EN_ASIDE_OPEN_RE.finditer(text, a, b):
        opener = m.group("open")
        close = text.find(_CLOSERS.get(opener, opener), m.end(), b)
        if close < 0:
            continue
        enum = read_enumeration(text, a, m.end(), close, False)
        if enum is None or enum.stated is None or enum.spans[-1][1] > close:
            continue
        between = text[enum.count_span[1] : m.start("open")]
        if enum.count_span[1] > enum.start or between.strip():
            continue  # the count is not the aside's: it stands elsewhere than right before it
        context = group_label(enum.context.strip(" —–-(")) or enum.context
        return replace(enum, context=context), close + len(_CLOSERS.get(opener, opener))
    return None


def en_second_predicate(text: str, after: int, rest: Sequence[Enumeration]) -> bool:
    """``… — and partially restricts entry from E, F and G``: one run after the counted aside, right after a
    clause of its own verb (``EN_SECOND_PREDICATE_RE``): the second group, its count left unsaid."""
    return len(rest) == 1 and EN_SECOND_PREDICATE_RE.fullmatch(text, after, rest[0].start) is not None
