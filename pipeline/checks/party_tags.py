"""Each outlet's party tags, read from where its layout leaves them (step 1 of ``checks.parties``,
``party_tags``): a US-style tag's letter, a party's name read as a tag, a column labelled as a party, a
short bracketed note or an acronym down a list of people with posts, counted only when the list prints
them as a column. Called by ``checks.parties``; ``_fold`` and ``_ACRONYM_RE`` used by ``checks.party_forms``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from pipeline.checks.view import _View
from pipeline.knowledge import code_of
from pipeline.models import AttributeKind, Mention
from pipeline.normalize.chinese import zh_key

# a column's label that says its cells are parties
_PARTY_LABEL_RE = re.compile(r"黨|党|party|parties|affiliation|所属", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
# a US-style tag: the party letter before the state ("R-Aland")
_US_TAG_RE = re.compile(r"^\s*([A-Z])\s*[-–]")
MAX_TAG_CHARS = 24  # a bracketed note longer than this is a description, not a party's tag
MIN_TAGGED_SHARE = 0.5  # of an outlet's listed people that must carry a tag for it to be a column


def _fold(text: str) -> str:
    return zh_key(unicodedata.normalize("NFKC", text)).casefold()


def _candidate(view: _View, m: Mention) -> str:
    """The text in ``m`` that may be its party tag, as printed ("" when none)."""
    titled = any(a.kind is AttributeKind.TITLE for a in m.attributes)
    for a in m.attributes:
        if a.kind is AttributeKind.TAG:  # "R-Aland": the party's letter; "Aland Party" printed as a tag
            return us.group(1) if (us := _US_TAG_RE.match(a.text)) is not None else a.text.strip()
        if a.kind is AttributeKind.OTHER and a.label and _PARTY_LABEL_RE.search(a.label):
            return a.text.strip()
    for a in m.attributes:
        text = a.text.strip()
        if (
            a.kind is AttributeKind.OTHER
            and not a.label
            and 0 < len(text) <= MAX_TAG_CHARS
            and not any(ch.isdigit() for ch in text)
            and not code_of(view.gazetteer, [text])
        ):
            return text
    if m.group and _bracketed(view, m, m.group):  # "張三（甲黨）" down a list, read as its groups
        return m.group
    if titled:  # a person with a post, and an acronym down the list beside each name
        for acr in (m.acronym, m.parent):
            if acr and _ACRONYM_RE.fullmatch(unicodedata.normalize("NFKC", acr)):
                return acr
    return ""


def _bracketed(view: _View, m: Mention, text: str) -> bool:
    """Whether ``text`` is printed in brackets within the item ``m``."""
    span = view.ctx.articles[m.article].text[m.start : m.end]
    return any(f"{o}{text}{c}" in span for o, c in ("（）", "()"))


def party_tags(view: _View) -> dict[str, dict[str, str]]:
    """Article -> entity -> the party tag its list prints beside that person, for the lists that print
    tags as a column (most of their people carry one, and at least two share one or most name a party by
    its word: ``甲黨``, ``Aland Party``)."""
    out: dict[str, dict[str, str]] = {}
    for art in view.ctx.list_articles:
        ents = view.ctx.listed_entities.get(art, [])
        tags = {e: t for e in ents if (t := _candidate(view, view.mention(art, e)))}
        counts = Counter(_fold(t) for t in tags.values())
        # a column of parties: tags some of which are shared, or that most name a party by its word (a
        # list of candidates, each of another party)
        named = sum(1 for t in tags.values() if _PARTY_LABEL_RE.search(t))
        if (
            len(ents) >= 2
            and len(tags) >= MIN_TAGGED_SHARE * len(ents)
            and counts
            and (counts.most_common(1)[0][1] >= 2 or named > MIN_TAGGED_SHARE * len(tags))
        ):
            out[art] = tags
    return out
