"""What outlets say about the list as a whole (``story_conflict``: the instrument, the date signed,
the signer) and how they write one person's name (``person_variant``), from the facts and person
names the claims stage read."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from pipeline.checks.context import _Ctx
from pipeline.checks.registry import PERSON_VARIANT, STORY_CONFLICT
from pipeline.checks.wording import _evidence, _odd_ones_out, _words
from pipeline.claims import FIELD_INSTRUMENT, FIELD_SIGNER, instrument_word
from pipeline.models import Discrepancy, Evidence, Fact, PersonName, Severity
from pipeline.normalize.chinese import zh_key


def _identity(f: Fact, english_of: Mapping[tuple[str, str], str]) -> str:
    """Who a signer is, where the article tells: the English name it gives, or the name itself when
    written in Latin letters; "" for a transliteration alone (Taiwan, Hong Kong and the mainland write
    one person's name with different characters, which only a name of record links)."""
    latin = not re.search(r"[^\x00-\x7f]", f.value)
    name = english_of.get((f.article, f.value)) or (f.value if latin else "")
    return " ".join(name.casefold().split()[-1:])  # the family name: "Donald Trump" and "Trump" agree


def _story_conflicts(ctx: _Ctx, facts: Sequence[Fact], people: Sequence[PersonName]) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    person_of = {(p.article, p.name): p.person for p in people}
    english_of = {(p.article, p.name): p.english for p in people if p.english}
    person_any: dict[str, str] = {}
    for p in sorted(people, key=lambda p: (p.name, p.person)):
        person_any.setdefault(zh_key(p.name), p.person)
    by_field: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_field[f.field].append(f)
    for field_name, fs in sorted(by_field.items()):
        dated = all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.value) for f in fs)

        def norm(f: Fact, dated: bool = dated, field_name: str = field_name) -> str:
            if field_name == FIELD_SIGNER:
                key = zh_key(f.value)
                return person_of.get((f.article, f.value)) or person_any.get(key) or key
            if re.fullmatch(r"(?:\d{4}|-)-\d{2}-\d{2}", f.value) and not dated:
                return f.value[-5:]  # compare month and day when an outlet gives no year
            return f.value

        groups: dict[str, list[Fact]] = defaultdict(list)
        for f in sorted(fs, key=lambda f: (f.article, f.start)):
            groups[norm(f)].append(f)
        if len(groups) < 2:
            continue
        if field_name == FIELD_SIGNER and len({_identity(f, english_of) for f in fs} - {""}) < 2:
            continue  # "川普" and "特朗普": regional transliterations, unless names of record tell them apart

        def shown_value(f: Fact, field_name: str = field_name) -> str:
            return instrument_word(f.quote, f.value) if field_name == FIELD_INSTRUMENT else f.value

        parts = []
        for value in sorted(groups):
            shown = ", ".join(
                f"{a} ({', '.join(sorted({shown_value(f) for f in groups[value] if f.article == a}))})"
                for a in sorted({f.article for f in groups[value]})
            )
            parts.append(f"{value}: {shown}")
        what = {FIELD_INSTRUMENT: "the instrument"}.get(field_name, f"the {field_name} value")
        if field_name == FIELD_SIGNER:
            what = "who signed"
        elif field_name in ("signed", "announced"):
            what = f"the date it was {field_name}"
        out.append(
            Discrepancy(
                kind=STORY_CONFLICT,
                severity=Severity.WARNING,
                entity=None,
                sources=_odd_ones_out({f.article for f in g} for g in groups.values()),
                subject=field_name,
                message=f"Outlets disagree on {what}: {' | '.join(parts)}.",
                evidence=_evidence(
                    ctx.evidence(f.article, f.start, f.end, sentence=False)
                    or Evidence(article=f.article, quote=f.quote, start=f.start, end=f.end)
                    for value in sorted(groups)
                    for f in groups[value]
                ),
            )
        )
    return out


def _person_variants(ctx: _Ctx, people: Sequence[PersonName]) -> list[Discrepancy]:
    out: list[Discrepancy] = []
    by_person: dict[str, list[PersonName]] = defaultdict(list)
    for p in people:
        by_person[p.person].append(p)
    for person, ps in sorted(by_person.items()):
        forms: dict[str, list[PersonName]] = defaultdict(list)
        for p in sorted(ps, key=lambda p: (p.article, p.start)):
            forms[zh_key(p.name) or p.name].append(p)
        if len(forms) < 2:
            continue
        english = next((p.english for p in sorted(ps, key=lambda p: p.article) if p.english), "")
        who = english or person
        parts = sorted(
            (f"{fs[0].name} ({_words(sorted({p.article for p in fs}))})" for fs in forms.values()),
        )
        out.append(
            Discrepancy(
                kind=PERSON_VARIANT,
                severity=Severity.INFO,
                entity=None,
                sources=tuple(sorted({p.article for p in ps})),
                subject=person,
                message=f"{who} is written {len(forms)} ways: {'; '.join(parts)}.",
                evidence=_evidence(
                    ctx.evidence(fs[0].article, fs[0].start, fs[0].end) for _, fs in sorted(forms.items())
                ),
            )
        )
    return out
