"""A person's date of birth (``attribute_conflict``): the date an outlet prints beside a listed person
(a sanctions record's ``DOB 02 Mar 1961``, a ``出生日期`` column, ``born 1961``, ``1961年3月2日出生``),
against the dates the other outlets print. Dates are compared on the parts both print: ``born 1961``
agrees with ``02 Mar 1961``."""

from __future__ import annotations

from pipeline.checks.registry import ATTRIBUTE_CONFLICT
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.lang.births import BirthDate, birth_of, same_birth
from pipeline.models import Attribute, Discrepancy, Mention, Severity


def _birth(m: Mention) -> tuple[BirthDate, Attribute] | None:
    """The first birth date among a mention's attributes, with the attribute that prints it."""
    return next(((b, a) for a in m.attributes if (b := birth_of(a.label, a.text)) is not None), None)


def _printed(b: BirthDate) -> str:
    return "-".join(f"{x:02d}" for x in b if x is not None)


def birth_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, date given, date expected, who says so, finding) for each date of birth an outlet prints
    that at least ``MIN_CORROBORATION`` other outlets contradict, agreeing among themselves, with none
    siding with it."""
    out: list[tuple[str, str, str, str, Discrepancy]] = []
    for ent in sorted(view.ctx.entity_lists):
        births = {a: b for a in view.listing(ent) if (b := _birth(view.mention(a, ent))) is not None}
        for art, (given, attribute) in sorted(births.items()):
            others = {a: b for a, (b, _) in births.items() if a != art}
            if any(same_birth(given, b) for b in others.values()) or len(others) < MIN_CORROBORATION:
                continue
            dates = list(others.values())
            if not all(same_birth(x, y) for x in dates for y in dates):
                continue  # the others disagree among themselves too: no one date to hold to
            expected = max(dates, key=lambda b: sum(x is not None for x in b))
            m, basis = view.mention(art, ent), _outlets(sorted(others))
            quote = view.ctx.evidence(
                art, min(m.start, attribute.start), max(m.end, attribute.end), sentence=False
            )
            finding = Discrepancy(
                kind=ATTRIBUTE_CONFLICT,
                severity=Severity.ERROR,
                entity=ent,
                sources=(art,),
                subject=f"{view.ctx.name(ent)}: date of birth",
                message=(
                    f"{art} gives {m.label} the date of birth '{attribute.text}'; {basis} give "
                    f"{_printed(expected)}."
                ),
                evidence=_evidence([quote]),
            )
            out.append((ent, _printed(given), _printed(expected), basis, finding))
    return out
