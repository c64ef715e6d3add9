"""A person's party tag (``attribute_conflict``): the party printed beside a listed person, against the
other outlets.

1. Each outlet's tags are read from where its layout leaves them (``party_tags``): a US-style tag's
   party letter (``(R-Aland)`` -> ``R``), a party's name read as a tag (``Jane Roe — Aland Party,
   Northshire``: the place after it is no party), a column labelled as a party, a short bracketed note or an
   acronym that recurs down a list of people with posts. A tag counts only when the outlet's list
   prints it as a column: most of its people carry one and some share it.
2. One party's forms are joined only by what the outlets print (``_forms``): the same text in either
   Chinese script, case and width aside; a form printed beside an acronym (``甲黨（AP）``, in a list's
   tag or anywhere in an article) or beside the one letter a list's tags print for the party (``甲黨（A）``
   over ``(A-Northshire)`` tags); a word the article counts as many times as its list's tags print the
   letter the word begins with (``two Alanders and one Bordurian`` over two ``A`` tags and one ``B``).
   No table of parties: two forms nothing joins are not compared.
3. A tag is clearly another party when the outlet prints the others' form for other people of its
   list, or the others print its form for other people: it knows both and tells them apart.
   ``MIN_CORROBORATION`` outlets agreeing against one make an error; otherwise a warning naming both
   camps. A tag one outlet alone prints is no finding.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from pipeline.checks.registry import ATTRIBUTE_CONFLICT
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.knowledge import code_of
from pipeline.lang.numbers import english_number, parse_int
from pipeline.models import AttributeKind, Discrepancy, Mention, Severity
from pipeline.normalize.chinese import zh_key

# a column's label that says its cells are parties
_PARTY_LABEL_RE = re.compile(r"黨|党|party|parties|affiliation|所属", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_LETTER_RE = re.compile(r"[A-Z]")  # a party's letter, as a US-style tag prints it ("甲黨（A）")
_ACRONYM_END_RE = re.compile(r"[A-Z][A-Z0-9]{1,7}$")  # an acronym closing the text before a bracket
# a US-style tag: the party letter before the state ("R-Aland")
_US_TAG_RE = re.compile(r"^\s*([A-Z])\s*[-–]")
# a form printed beside its acronym: "甲黨（AP）", "Aland Party (AP)", "AP（甲黨）"
_PAIR_RE = re.compile(r"([^\n（）()、，,。；;：:]{1,24}?)\s?[（(]\s*([^（）()]{1,24}?)\s*[)）]")
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


class _Forms:
    """One party's forms joined by what the outlets print (a union-find over folded forms)."""

    def __init__(self) -> None:
        self.up: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.up.get(x, x) != x:
            self.up[x] = self.up.get(self.up[x], self.up[x])
            x = self.up[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.up[max(ra, rb)] = min(ra, rb)


def _tag_forms(tag: str) -> list[str]:
    """The folded forms a tag holds: its text, or both sides of ``甲黨（AP）``."""
    m = _PAIR_RE.fullmatch(tag.strip())
    forms = [m.group(1), m.group(2)] if m is not None else [tag]
    return [f for f in map(_fold, forms) if f]


def _pairs(text: str, known: set[str]) -> list[tuple[str, str]]:
    """(form, acronym), folded, printed side by side in ``text`` where either is a tag some list prints:
    the bracket's acronym (or a tag's one letter) and the known form the text before it ends with, or the
    other way round."""
    out = []
    for m in _PAIR_RE.finditer(text):
        before, inside = _fold(m.group(1)), unicodedata.normalize("NFKC", m.group(2))
        if _ACRONYM_RE.fullmatch(inside) or (_LETTER_RE.fullmatch(inside) and _fold(inside) in known):
            acr, ending = _fold(inside), max((k for k in known if before.endswith(k)), key=len, default="")
        elif (latin := _ACRONYM_END_RE.search(unicodedata.normalize("NFKC", m.group(1)))) is not None:
            acr, ending = _fold(latin.group(0)), _fold(inside)
        else:
            continue
        if ending and ending != acr and (ending in known or acr in known):
            out.append((ending, acr))
    return out


def _forms(view: _View, tags: dict[str, dict[str, str]]) -> _Forms:
    """The forms joined by the outlets' own pairs: in their tags, then anywhere in their articles."""
    forms = _Forms()
    known = {f for by_ent in tags.values() for t in by_ent.values() for f in _tag_forms(t)}
    for by_ent in tags.values():
        for t in by_ent.values():
            first, *rest = _tag_forms(t)
            for f in rest:
                forms.join(first, f)
    for art in sorted(tags):
        for form, acr in _pairs(view.ctx.articles[art].body, known):
            forms.join(form, acr)
        for letter, word in _counted_letters(view.ctx.articles[art].body, tags[art]):
            forms.join(letter, word)
    return forms


# a count and the capitalized word it counts ("three Aland Partyists" -> 3, "Alanders")
_COUNTED_WORD_RE = re.compile(r"\b(?P<n>[0-9]{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<word>[A-Z][a-z]{2,})\b")


def _counted_letters(text: str, by_ent: dict[str, str]) -> list[tuple[str, str]]:
    """(letter, word), folded, where ``text`` counts as many of a capitalized word (its plural's ``s``
    aside) as the list prints the tag's one letter that word begins with (``three Alanders`` over three
    ``(A-Northshire)`` tags): the article says what its letters stand for."""
    letters = Counter(t for t in by_ent.values() if _LETTER_RE.fullmatch(t))
    out = []
    for m in _COUNTED_WORD_RE.finditer(text):
        n = parse_int(m["n"]) if m["n"][0].isdigit() else english_number(m["n"])
        word = m["word"]
        if n and letters.get(word[0]) == n:
            out.append((_fold(word[0]), _fold(word.removesuffix("s"))))
    return sorted(set(out))


def party_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, party given, party expected, who says so, finding) for each outlet whose tag for a
    person is clearly another party than the one at least ``MIN_CORROBORATION`` others print; camps
    closer than that are one warning naming them all (its parties "", never paired into a swap)."""
    tags = party_tags(view)
    if len(tags) < 2:  # noqa: PLR2004
        return []
    forms = _forms(view, tags)
    parties = {
        art: {e: forms.find(_tag_forms(t)[0]) for e, t in by_ent.items()} for art, by_ent in tags.items()
    }
    vocab = {art: set(by_ent.values()) for art, by_ent in parties.items()}
    printed: dict[str, str] = {}  # a party -> the form the first outlet printing it prints, for messages
    for art, by_ent in sorted(tags.items()):
        for e, t in sorted(by_ent.items()):
            printed.setdefault(parties[art][e], t)
    out = []
    for ent in sorted(view.ctx.entity_lists):
        camps: dict[str, list[str]] = defaultdict(list)
        for art, by_ent in sorted(parties.items()):
            if ent in by_ent:
                camps[by_ent[ent]].append(art)
        if len(camps) >= 2:  # noqa: PLR2004
            out += [
                (e, printed.get(given, given), printed.get(usual, usual), basis, d)
                for e, given, usual, basis, d in _judged(view, ent, camps, vocab, tags)
            ]
    return out


def _known_apart(a: list[str], b: list[str], parties: tuple[str, str], vocab: dict[str, set[str]]) -> bool:
    """Whether two camps' parties are clearly two: an outlet of one prints the other's for someone else."""
    return any(parties[1] in vocab[x] for x in a) or any(parties[0] in vocab[x] for x in b)


def _judged(
    view: _View,
    ent: str,
    camps: dict[str, list[str]],
    vocab: dict[str, set[str]],
    tags: dict[str, dict[str, str]],
) -> list[tuple[str, str, str, str, Discrepancy]]:
    """The finding about one person whose outlets print parties told apart: the camps that another camp
    knows apart from theirs, judged together (camps in forms nothing joins stay out)."""
    rivals = [
        p for p in camps if any(q != p and _known_apart(camps[p], camps[q], (p, q), vocab) for q in camps)
    ]
    if len(rivals) < 2:  # noqa: PLR2004
        return []
    ranked = sorted(rivals, key=lambda p: (-len(camps[p]), camps[p]))
    usual, backers = ranked[0], camps[ranked[0]]
    if len(ranked) == 2 and len(camps[ranked[1]]) == 1 and len(backers) >= MIN_CORROBORATION:  # noqa: PLR2004
        (art,) = camps[ranked[1]]
        return [(ent, ranked[1], usual, _outlets(backers), _finding(view, ent, art, backers, tags))]
    return [(ent, "", "", "", _split(view, ent, [camps[p] for p in ranked], tags))]


def _finding(
    view: _View, ent: str, art: str, backers: list[str], tags: dict[str, dict[str, str]]
) -> Discrepancy:
    return conflict_finding(view, ent, art, backers, tags, "party", f"a party {art} and they tell apart")


def _split(view: _View, ent: str, camps: list[list[str]], tags: dict[str, dict[str, str]]) -> Discrepancy:
    return camps_finding(view, ent, camps, tags, "party", f"the party of {view.ctx.name(ent)}")


def conflict_finding(
    view: _View,
    ent: str,
    art: str,
    backers: list[str],
    printed: dict[str, dict[str, str]],
    what: str,
    other: str,
    subject: str = "",
) -> Discrepancy:
    """One outlet's attribute (``what``: party, place) against the one at least two others agree on: an
    error naming that outlet, quoting it and two of the others; ``other`` says what theirs is to it."""
    m = view.mention(art, ent)
    return Discrepancy(
        kind=ATTRIBUTE_CONFLICT,
        severity=Severity.ERROR,
        entity=ent,
        sources=(art,),
        subject=f"{view.ctx.name(ent)}: {subject or what}",
        message=(
            f"{art} gives {m.label} the {what} '{printed[art][ent]}'; {_outlets(backers)} give "
            f"'{printed[backers[0]][ent]}', {other}."
        ),
        evidence=_evidence([view.quote(m), *(view.quote(view.mention(b, ent)) for b in backers[:2])]),
    )


def camps_finding(
    view: _View,
    ent: str,
    camps: list[list[str]],
    printed: dict[str, dict[str, str]],
    subject: str,
    topic: str,
) -> Discrepancy:
    """Outlets in camps no majority settles, each giving its own attribute: one warning naming them all."""
    said = "; ".join(
        f"{_outlets(arts)} give{'s' if len(arts) == 1 else ''} '{printed[arts[0]][ent]}'" for arts in camps
    )
    both = sorted(a for arts in camps for a in arts)
    return Discrepancy(
        kind=ATTRIBUTE_CONFLICT,
        severity=Severity.WARNING,
        entity=ent,
        sources=tuple(both),
        subject=f"{view.ctx.name(ent)}: {subject}",
        message=f"Outlets disagree on {topic}: {said}.",
        evidence=_evidence(view.quote(view.mention(a, ent)) for a in both[:4]),
    )
