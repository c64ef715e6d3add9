"""Person names in a sentence: after a role title, a Chinese name with a Latin one in brackets, a
dotted transliteration, 又譯/或譯 aliases. Role titles, verbs of speech and generic nouns are language
knowledge (``pipeline.claims.name_cues``): no person is named here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.claims.name_checks import (
    counted_before,
    country_before,
    follower_ok,
    person_latin,
    trim_to_role,
    valid_name,
)
from pipeline.claims.name_cues import (
    ALIAS_MARK,
    BARE_ROLE_ALT,
    DENG_COUNT_RE,
    DOTS,
    FOLLOWERS,
    WEAK_FOLLOWERS,
)
from pipeline.claims.sentences import CJK, is_cjk

_PAREN_RE = re.compile(
    rf"(?P<name>[{CJK}{DOTS}]{{2,12}})[（(]\s*"
    rf"(?:(?P<latin>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’\-]{{1,40}}?)\s*(?:[，,、;；]\s*)?)?"
    rf"(?:{ALIAS_MARK}\s*(?P<alias>[{CJK}{DOTS}]{{2,8}})\s*)?[）)]"
)
_ROLE_NAME_RE = re.compile(rf"(?P<role>{BARE_ROLE_ALT})(?P<run>[{CJK}]{{2,8}})")
_DOTTED_RE = re.compile(rf"(?P<left>[{CJK}]{{1,16}})[{DOTS}](?P<right>[{CJK}]{{1,8}})")


@dataclass(frozen=True, slots=True)
class NameHit:
    name: str
    role: str
    english: str
    alias: str
    start: int  # offsets relative to the scanned string
    end: int
    country: str = ""


@lru_cache(maxsize=65_536)  # list lines and stock sentences recur from article to article
def names_in(s: str) -> tuple[NameHit, ...]:
    """Person names in a string: with a role title, a Latin name in brackets, or a dotted form."""
    hits: dict[int, NameHit] = {}

    # 1. NAME（Latin Name，又譯ALIAS）: the name after a role title, or a short name after a stop.
    for m in _PAREN_RE.finditer(s):
        latin = (m.group("latin") or "").strip()
        alias = m.group("alias") or ""
        if latin and not person_latin(latin):
            continue
        if not latin and not alias:
            continue
        run = m.group("name")
        role, name = trim_to_role(run)
        run_start = m.start("name")
        if not role:
            # No role: accept a dotted name, or a short name that starts a clause.
            if any(d in name for d in DOTS):
                name = re.split(f"[^{CJK}{DOTS}]", name)[-1]
                left = name.split(next(d for d in DOTS if d in name))[0]
                if len(left) > 5:
                    continue
            elif len(run) > 4 or (run_start > 0 and is_cjk(s[run_start - 1])):
                continue
        start = m.end("name") - len(name)
        if not valid_name(name):
            continue
        hits[start] = NameHit(
            name, role, latin, alias, start, start + len(name), country_before(s, start - len(role))
        )

    # 2. Dotted transliterations: 名·姓 (the left part trimmed at a role title).
    for m in _DOTTED_RE.finditer(s):
        role, left = trim_to_role(m.group("left"))
        if not role and len(left) > 4:
            continue
        right = m.group("right")
        rest_after = s[m.end("right") :]
        right_name = ""
        for k in range(1, min(4, len(right)) + 1):
            if follower_ok(right[k:] + rest_after):
                right_name = right[:k]
                break
        if not right_name or not left:
            continue
        dot = s[m.start("right") - 1]
        name = f"{left}{dot}{right_name}"
        start = m.start("right") - 1 - len(left)
        if start in hits or not valid_name(name) or counted_before(s, m.start("right") - 1):
            continue
        hits[start] = NameHit(
            name, role, "", "", start, start + len(name), country_before(s, start - len(role))
        )

    # 3. ROLE + name: the shortest name followed by a verb or adverb (2-4 characters), or by a
    #    stop (2-3 characters); never a joining word, never a word that is itself a verb.
    for m in _ROLE_NAME_RE.finditer(s):
        run = m.group("run")
        start = m.start("run")
        if start in hits or any(h.start <= start < h.end for h in hits.values()):
            continue
        rest_after = s[m.end("run") :]
        for k in range(2, min(4, len(run)) + 1):
            cand = run[:k]
            rest = run[k:] + rest_after
            closed = DENG_COUNT_RE.match(rest) is not None  # "總理張三等26人": 等 and a count close it
            if cand.startswith(FOLLOWERS) or (rest.startswith(WEAK_FOLLOWERS) and not closed):
                continue
            at_stop = not rest or not is_cjk(rest[0])
            if at_stop and (k > 3 or cand.endswith("等")):
                continue  # 等 before a count is no name's end
            if closed and valid_name(cand):
                hits[start] = NameHit(
                    cand, m.group("role"), "", "", start, start + k, country_before(s, m.start("role"))
                )
                break
            if follower_ok(rest) and valid_name(cand):
                hits[start] = NameHit(
                    cand, m.group("role"), "", "", start, start + k, country_before(s, m.start("role"))
                )
                break
    return tuple(hits[k] for k in sorted(hits))
