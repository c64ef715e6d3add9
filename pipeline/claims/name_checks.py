"""Checks of a person name's candidate in a sentence (``pipeline.claims.names``): its Latin form, what
follows it, the role title before it, its characters, the country before the role."""

from __future__ import annotations

import re

from pipeline.claims.name_cues import DOTS, FOLLOWERS, LATIN_STOP, NON_NAME_START, NOT_NAME, ORG_WORDS, ROLES
from pipeline.claims.sentences import CJK, is_cjk
from pipeline.lang.counts import find_counts
from pipeline.lang.posts import TIME_WORD_START_RE
from pipeline.normalize.scripts import to_simplified


def person_latin(latin: str) -> bool:
    tokens = latin.replace("’", "'").split()
    if not 2 <= len(tokens) <= 4:
        return False
    for tok in tokens:
        low = tok.casefold().strip(".")
        if low in LATIN_STOP or low in ORG_WORDS:
            return False
        if not tok[0].isupper():
            return False
    return True


def follower_ok(rest: str) -> bool:
    if not rest or not is_cjk(rest[0]):
        return True
    return rest.startswith(FOLLOWERS)


def trim_to_role(run: str) -> tuple[str, str]:
    """Split ``run`` after its last role title: (role, name); role "" when there is none."""
    best = -1
    role = ""
    for r in ROLES:
        i = run.rfind(r)
        if i >= 0 and i + len(r) > best:
            best, role = i + len(r), r
    if best < 0:
        return "", run
    return role, run[best:]


def valid_name(name: str) -> bool:
    core = "".join(ch for ch in name if ch not in DOTS)
    return (
        2 <= len(core) <= 8
        and all(is_cjk(ch) for ch in core)
        and name[0] not in NON_NAME_START
        and name[0] not in DOTS
        and name[-1] not in DOTS
        and NOT_NAME.search(name) is None
        and TIME_WORD_START_RE.search(name) is None
        and not any(r in name for r in ROLES)
    )


def counted_before(s: str, dot: int) -> bool:
    """A count's counter stands right before the dot at ``dot`` (``計12社・個人``, ``3カ国・地域``): two
    nouns the count is of, joined by the dot, not a dotted name."""
    return any(c.end == dot and c.counter for c in find_counts(s))


def country_before(s: str, i: int) -> str:
    m = re.search(rf"([{CJK}]{{1,2}}[國国])(?:前|新任|現任|现任|副)?$", s[max(0, i - 5) : i])
    return to_simplified(m.group(1)) if m else ""
