"""The place (nationality) printed beside a listed person, by the gazetteer (``_place_codes``, used by
``checks.affiliations`` too), against the official list or the other outlets (``_place_conflicts``).
Called by ``checks.attributes``.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.checks.registry import ATTRIBUTE_CONFLICT
from pipeline.checks.view import MIN_CORROBORATION, OFFICIAL, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.knowledge import code_of
from pipeline.models import AttributeKind, Discrepancy, Mention, Severity

_NATIONALITY_SUFFIX_RE = re.compile(r"(?:國籍|国籍|籍|人|出身|出身者|国民|national)$", re.IGNORECASE)


def _place_codes(view: _View, m: Mention) -> list[tuple[str, str]]:
    """(code, text) of the attributes that name a place (a nationality), by the gazetteer; the name of the
    body a person belongs to names no nationality (``Aland Institute of Borduria Studies``), but a body
    that is a place as a whole is the person's country (``Jane Roe, Vice-President, Aland``), and so is a
    note that is (``山田太郎（甲国）``)."""
    out = []
    for a in m.attributes:
        text = a.text.strip()
        if a.kind is AttributeKind.ORGANIZATION:
            if code := code_of(view.gazetteer, [text]):
                out.append((code, text))
            continue
        words = [w for w in re.split(r"[\s,，、;；]+", text) if w]
        candidates = [text, *words]
        candidates += [_NATIONALITY_SUFFIX_RE.sub("", t).strip() for t in candidates]
        code = next((c for t in candidates if t and (c := code_of(view.gazetteer, [t]))), "")
        if code:
            out.append((code, text))
    if not out and m.note and (code := code_of(view.gazetteer, [m.note.strip()])):
        out.append((code, m.note.strip()))
    return out


def _place_conflicts(view: _View) -> list[tuple[str, str, str, str, Discrepancy]]:
    """(entity, code given, code expected, who says so, finding) for each place that departs."""
    ctx = view.ctx
    out: list[tuple[str, str, str, str, Discrepancy]] = []
    for ent in sorted(ctx.entity_lists):
        places = {a: p[0] for a in view.listing(ent) if (p := _place_codes(view, view.mention(a, ent)))}
        if not places:
            continue
        truth = ""
        entry = view.ref_of.get(ent)
        if entry is not None:
            truth = next((c for _, t in entry.attributes if (c := code_of(view.gazetteer, [t]))), "")
        votes = Counter(code for code, _ in places.values())
        usual, support = votes.most_common(1)[0]
        expected = truth or (
            usual if support >= MIN_CORROBORATION and list(votes.values()).count(support) == 1 else ""
        )
        if not expected:
            continue
        for art, (code, text) in sorted(places.items()):
            if code == expected or (not truth and votes[code] > 1):
                continue
            m = view.mention(art, ent)
            basis = OFFICIAL if truth else _outlets(a for a, p in sorted(places.items()) if p[0] == expected)
            out.append(
                (
                    ent,
                    code,
                    expected,
                    basis,
                    Discrepancy(
                        kind=ATTRIBUTE_CONFLICT,
                        severity=Severity.ERROR,
                        entity=ent,
                        sources=(art,),
                        subject=f"{ctx.name(ent)}: place",
                        message=f"{art} gives {m.label} '{text}'; {basis} give{'s' if truth else ''} "
                        f"{expected}.",
                        evidence=_evidence([view.quote(m)]),
                    ),
                )
            )
    return out
