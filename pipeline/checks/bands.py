"""Items a list files under a group whose label prints a band of values (``3%至3.5%``, ``Above 3.5%``)
while their own value lies outside it: 甲報 prints ``乙國 2.85%`` under ``3%至3.5%``. The article's own text
then contradicts itself, which is evidence even where no other outlet groups the item.

The band is read from the label (``lang.bands.band_of``) and holds for one value column of the list: the
column whose values lie within their groups' bands for at least ``BAND_SHARE`` of the banded items (a
table's other columns, last year's figures or the change, are no part of it). An item outside it is
misfiled only where its value is not a misprint: no other outlet prints, in the same column, a value for
it that lies within the band (``checks.filing`` then leaves it to ``value_conflict``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.checks.registry import GROUP_CONFLICT
from pipeline.checks.view import _View
from pipeline.checks.wording import _evidence, _words
from pipeline.lang.bands import Band, band_of
from pipeline.models import Discrepancy, Mention, Severity, Value

BAND_SHARE = 0.8  # banded items of a column within their bands, for the bands to be about that column
MIN_BANDED = 3  # banded items in a column, at the least, before its bands say anything


@dataclass(frozen=True, slots=True)
class OutOfBand:
    mention: Mention
    value: Value
    column: int  # the value's index among the item's values
    band: Band
    fits: str  # another group of the same list whose band holds the value, else ""


def _number(m: Mention, k: int, unit: str) -> Value | None:
    v = m.values[k] if k < len(m.values) else None
    return v if v is not None and v.number is not None and not v.approximate and v.unit == unit else None


def _banded_column(banded: Sequence[tuple[Mention, Band]]) -> int | None:
    """The value column the bands are about (see the module's docstring)."""
    width = max((len(m.values) for m, _ in banded), default=0)
    for k in range(width):
        held = [b.holds(v.number) for m, b in banded if (v := _number(m, k, b.unit)) and v.number is not None]
        if len(held) >= MIN_BANDED and sum(held) >= BAND_SHARE * len(held):
            return k
    return None


def out_of_band(listed: Sequence[Mention]) -> dict[str, OutOfBand]:
    """Mention key -> how the item's value contradicts its group's band, for one article's list items."""
    bands = {g: b for g in sorted({m.group for m in listed if m.group}) if (b := band_of(g)) is not None}
    banded = [(m, bands[m.group]) for m in listed if m.group in bands]
    k = _banded_column(banded)
    if k is None:
        return {}
    out: dict[str, OutOfBand] = {}
    for m, band in banded:
        v = _number(m, k, band.unit)
        if v is None or v.number is None or band.holds(v.number):
            continue
        fits = [g for g, b in bands.items() if g != m.group and b.unit == v.unit and b.holds(v.number)]
        out[m.key] = OutOfBand(m, v, k, band, fits[0] if len(fits) == 1 else "")
    return out


def standing(view: _View) -> dict[str, OutOfBand]:
    """``out_of_band`` over every article's list, less the items another outlet backs (``_backed``)."""
    out: dict[str, OutOfBand] = {}
    for art in sorted(view.ctx.listed):
        for key, o in sorted(out_of_band(view.ctx.listed[art]).items()):
            ent = view.ctx.entity_of.get(key)
            if ent is not None and not _backed(view, ent, art, o):
                out[key] = o
    return out


def _backed(view: _View, ent: str, art: str, o: OutOfBand) -> bool:
    """The official list or another outlet files the item under the same group, or another outlet prints
    for it, in the same column, a value within the band: then its value, not its group, is what to question
    (or the band is the others' too)."""
    column = view.columns.column(o.mention, o.column)
    group = view.groups.group(o.mention)
    if group is not None and ent in view.ref_of and view.ref_of[ent].group == group:
        return True  # the official list files it there too
    for a, ms in sorted(view.ctx.entity_lists.get(ent, {}).items()):
        if a == art:
            continue
        if group is not None and view.groups.group(ms[0]) == group:
            return True
        for k, v in enumerate(ms[0].values):
            same = column is None or view.columns.column(ms[0], k) == column
            if same and v.number is not None and v.unit == o.value.unit and o.band.holds(v.number):
                return True
    return False


def band_conflict(view: _View, ent: str, art: str, o: OutOfBand) -> Discrepancy:
    """One error: ``art`` files the item under a band its own value lies outside."""
    m = o.mention
    filed = view.filed(ent)
    others = sorted(a for a, g in filed.items() if a != art and g != filed.get(art))
    where = f"; its list's '{o.fits}' holds that value" if o.fits else ""
    if others:
        label = view.groups.labels.get(filed[others[0]], filed[others[0]])
        where += f"; {_words(others)} file it under '{label}'"
    return Discrepancy(
        kind=GROUP_CONFLICT,
        severity=Severity.ERROR,
        entity=ent,
        sources=(art,),
        subject=view.ctx.name(ent),
        message=f"{art} files {m.label} under '{m.group}', yet prints its value {o.value.raw}, outside "
        f"that band{where}.",
        evidence=_evidence([view.quote(m), *(view.quote(view.mention(a, ent)) for a in others)][:3]),
    )
