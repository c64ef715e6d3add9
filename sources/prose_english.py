"""English names in prose: a capitalised phrase (words joined by ``of``, ``for``, ``and`` ...) before a point
in the text, trimmed of the sentence words that open it, organization-like when it holds an organization
word (``Fund``, ``Commission``), a person's name by its shape (two to four capitalized words).
"""

from __future__ import annotations

import re

from pipeline.lang.clause_cues import EN_DATE_PATTERN

ENGLISH_ORG_WORDS = frozenset(
    """organization organisation fund commission council forum coalition alliance institute centre center
    agency union programme program convention panel committee office department bank board group network
    partnership compact initiative university college mechanism entity secretariat court tribunal
    conference platform association federation society register registry foundation authority assembly
    corporation bureau mission facility consortium trust league laboratories laboratory academy
    service services agreement""".split()
)
_ENGLISH_CONNECTOR = r"(?:of|for|on|and|in|to|against|through|from|with|at|by|de|&)(?:\s+the)?"
_ENGLISH_WORD = r"(?:[A-Z][A-Za-z'’.&-]*|\d[\d/]*[A-Za-z-]*)"
ENGLISH_NAME = re.compile(rf"{_ENGLISH_WORD}(?:(?:\s+{_ENGLISH_CONNECTOR})?\s+{_ENGLISH_WORD})*")
_ENGLISH_STOP_START = frozenset(
    """The A An In At On And But For With From By As After Before While When This That These Those Its
    Their His Her Our We They It If Since Under Over Into Of To""".split()
)
_PERSON = re.compile(r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+(?:\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+){1,3}$")


def english_org_like(name: str) -> bool:
    """An English phrase naming an organization: it holds an organization word."""
    words = {w.lower().strip(".,'’") for w in re.split(r"[\s-]+", name)}
    return bool(words & ENGLISH_ORG_WORDS)


_DATE_RE = re.compile(EN_DATE_PATTERN, re.IGNORECASE)


def english_name_before(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The English organization-like phrase ending at ``end`` (before a parenthesis)."""
    segment = text[start:end].rstrip()
    matches = list(ENGLISH_NAME.finditer(segment))
    if not matches:
        return None
    last = matches[-1]
    if last.end() != len(segment):
        return None
    name_start, name = english_trim(last.start(), last.group())
    if not name or _DATE_RE.fullmatch(name):
        return None  # "WASHINGTON, July 7 (EPS)": a dateline's date before the agency's initials
    return start + name_start, name


def english_trim(position: int, name: str) -> tuple[int, str]:
    words = name.split(" ")
    while words and (words[0] in _ENGLISH_STOP_START or not words[0][:1].isalnum()):
        position += len(words[0]) + 1
        words = words[1:]
    return position, " ".join(words)


def person_like(value: str) -> bool:
    return bool(_PERSON.match(value.strip())) and not english_org_like(value)
