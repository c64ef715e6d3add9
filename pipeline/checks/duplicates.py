"""One list naming the same item twice under two spellings (``duplicate_item``): two items of one
list linked to one entity, or whose names are one person's or place's by sound (pinyin) or by
spelling (Latin names)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import fuzz

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import DUPLICATE_ITEM
from pipeline.checks.view import MIN_CORROBORATION, _View
from pipeline.checks.wording import _evidence
from pipeline.knowledge.phonetic import similarity as sound_similarity
from pipeline.models import Discrepancy, Mention, Severity

DUPLICATE_SOUND = 0.8  # pinyin similarity of two items of one list that name one person or place
DUPLICATE_RATIO = 88  # rapidfuzz ratio of two Latin names of one list that are one name


_DOTS_RE = re.compile(r"[·・‧•．.\-‐]")
MIN_SHARED_ENDING = 2  # characters two names end alike with before only the rest is compared by sound
MAX_SOUND_CHARS = 5  # a Chinese name this short (or written with a transliteration dot) is read by sound
MAX_PERSON_WORDS = 5


def _sounds_like_a_person(zh: str) -> bool:
    """A transliterated name (a short one, or one written with a middle dot), not a body's name, whose
    generic words would make two different bodies sound alike."""
    core = _DOTS_RE.sub("", zh)
    return bool(core) and (len(core) <= MAX_SOUND_CHARS or (len(core) <= 2 * MAX_SOUND_CHARS and core != zh))


def _own_parts(a: str, b: str) -> tuple[str, str]:
    """Two names without the ending they share when it is two characters or more and leaves each name
    something of its own (a body's generic word, a family name): what tells them apart is compared, so
    that two short names of bodies of one kind, or two people of one family name, do not sound alike
    for what they have in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return (a[:-n], b[:-n]) if n >= MIN_SHARED_ENDING and n < min(len(a), len(b)) else (a, b)


def _latin_person(en: str) -> bool:
    words = en.split()
    return 2 <= len(words) <= MAX_PERSON_WORDS and all(w[:1].isupper() for w in words)


def _same_name(a: Mention, b: Mention, codes: Mapping[str, str], ctx: _Ctx) -> bool:
    ca, cb = codes.get(ctx.entity_of.get(a.key, "")), codes.get(ctx.entity_of.get(b.key, ""))
    if ca and cb:
        return ca == cb
    zh_ok = _sounds_like_a_person(a.name_zh) and _sounds_like_a_person(b.name_zh)
    if zh_ok and sound_similarity(*_own_parts(a.name_zh, b.name_zh)) >= DUPLICATE_SOUND:
        return True
    if not (_latin_person(a.name_en) and _latin_person(b.name_en)):
        return False
    return bool(
        a.name_en and b.name_en and fuzz.ratio(a.name_en.casefold(), b.name_en.casefold()) >= DUPLICATE_RATIO
    )


def _duplicates(view: _View, codes: Mapping[str, str]) -> tuple[list[Discrepancy], set[str]]:
    """One list naming one entity twice (under two spellings): the second item found in no other list."""
    ctx = view.ctx
    out: list[Discrepancy] = []
    absorbed: set[str] = set()
    for art in ctx.list_articles:
        items = ctx.listed[art]
        for i, b in enumerate(items):
            eb = ctx.entity_of.get(b.key)
            if eb is None or len(ctx.entity_lists[eb]) > 1:
                continue  # only an item no other outlet lists can be the repeated one
            for a in items[:i]:
                ea = ctx.entity_of.get(a.key)
                if ea is None or ea == eb or not _same_name(a, b, codes, ctx):
                    continue
                absorbed.add(b.key)
                out.append(
                    Discrepancy(
                        kind=DUPLICATE_ITEM,
                        severity=Severity.ERROR
                        if len(ctx.entity_lists[ea]) > MIN_CORROBORATION
                        else Severity.WARNING,
                        entity=ea,
                        sources=(art,),
                        subject=ctx.name(ea),
                        message=(
                            f"{art} lists {ctx.name(ea)} twice: as item {a.position} ({a.label}) and as item "
                            f"{b.position} ({b.label})."
                        ),
                        evidence=_evidence([view.quote(a), view.quote(b)]),
                    )
                )
                break
    return out, absorbed
