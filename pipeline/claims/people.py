"""``extract_people``: person names as each outlet writes them (``names``), grouped into persons
across outlets."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from pipeline.claims.name_cues import ALIAS_MARK
from pipeline.claims.names import NameHit, names_in
from pipeline.claims.sentences import sentences_of
from pipeline.models import Article, PersonName
from pipeline.normalize.chinese import zh_key
from pipeline.normalize.english import en_key
from pipeline.normalize.scripts import to_simplified


def _slug(s: str) -> str:
    folded = unicodedata.normalize("NFKD", s)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _role_key(role: str) -> str:
    return to_simplified(re.sub(r"^(?:前|新任|現任|现任)", "", role))


def extract_people(articles: Sequence[Article]) -> tuple[PersonName, ...]:
    """Person names as each article writes them, grouped into persons across articles.

    Names are found generically (a role title before a name, a Chinese name with a Latin one in
    brackets, a dotted transliteration, 又譯/或譯 aliases). One record per article and written
    form, at its first occurrence. Forms are grouped by the same written form, the same English
    name, an explicit alias, or the same role title in the same country with a similar
    transliteration. ``person`` is a slug of the English name when one is known, else the most
    used written form.
    """
    records: dict[tuple[str, str], NameHit] = {}
    aliases: list[tuple[tuple[str, str], str]] = []
    texts: dict[str, tuple[str, int]] = {}
    for art in sorted(articles, key=lambda a: a.id):
        body_end = len(art.text) if art.body_end < 0 else min(art.body_end, len(art.text))
        texts[art.id] = (art.text, body_end)
        for sent in sentences_of(art.text, body_end):
            for hit in names_in(sent.text):
                key = (art.id, hit.name)
                absolute = NameHit(
                    hit.name,
                    hit.role,
                    hit.english,
                    hit.alias,
                    sent.start + hit.start,
                    sent.start + hit.end,
                    hit.country,
                )
                old = records.get(key)
                if old is None:
                    records[key] = absolute
                else:  # keep the first offset, fill in what a later occurrence adds
                    records[key] = NameHit(
                        old.name,
                        old.role or hit.role,
                        old.english or hit.english,
                        old.alias or hit.alias,
                        old.start,
                        old.end,
                        old.country or hit.country,
                    )
                if hit.alias:
                    aliases.append((key, hit.alias))

    # Known forms of three or more characters written without a role elsewhere.
    forms = sorted({name for _, name in records if len(name) >= 3})
    for art_id, (text, body_end) in sorted(texts.items()):
        for name in forms:
            if (art_id, name) in records:
                continue
            for occurrence in re.finditer(re.escape(name), text[:body_end]):
                i = occurrence.start()
                if re.search(f"{ALIAS_MARK}\\s*$", text[max(0, i - 4) : i]):
                    continue  # named only as another form of someone else's name
                records[(art_id, name)] = NameHit(name, "", "", "", i, i + len(name))
                break

    keys = sorted(records)
    parent = {k: k for k in keys}

    def find(k: tuple[str, str]) -> tuple[str, str]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_form: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_english: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in keys:
        by_form[zh_key(k[1])].append(k)
        if records[k].english:
            by_english[en_key(records[k].english)].append(k)
    for group in [*by_form.values(), *by_english.values()]:
        for other in group[1:]:
            union(group[0], other)
    for key, alias in aliases:
        for other in by_form.get(zh_key(alias), []):
            union(key, other)
    for i, a in enumerate(keys):
        ra = records[a]
        if not ra.role:
            continue
        for b in keys[i + 1 :]:
            rb = records[b]
            if a[0] == b[0] or not rb.role or _role_key(ra.role) != _role_key(rb.role):
                continue
            if ra.country and rb.country and ra.country != rb.country:
                continue
            if ra.english and rb.english and en_key(ra.english) != en_key(rb.english):
                continue
            if fuzz.ratio(zh_key(ra.name), zh_key(rb.name)) >= 60:
                union(a, b)

    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for k in keys:
        groups[find(k)].append(k)
    out: list[PersonName] = []
    for members in groups.values():
        englishes = Counter(records[k].english for k in members if records[k].english)
        if englishes:
            best = max(englishes.values())
            person = _slug(min(e for e, c in englishes.items() if c == best))
        else:
            used = Counter(k[1] for k in members)
            best = max(used.values())
            person = min(n for n, c in used.items() if c == best)
        for k in members:
            r = records[k]
            out.append(
                PersonName(
                    person=person or k[1],
                    name=r.name,
                    role=r.role,
                    english=r.english,
                    article=k[0],
                    start=r.start,
                    end=r.end,
                )
            )
    out.sort(key=lambda p: (p.person, p.name, p.article, p.start))
    return tuple(out)
