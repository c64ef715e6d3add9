"""What a listed person belongs to (``attribute_conflict``): a club, a body or a side printed beside the
name, one of a few that the story's lists print again and again, against the other outlets.

An outlet gives a person one such value (``Aland FC``) that no other outlet gives them, while at least
``MIN_CORROBORATION`` others agree on one (``Borduria United``) the outlet does not print for them: the
outlet departs from the others, an error. The value it gives must be one another outlet prints for
another person of the story (a column of a few values: a club, not a post worded in the outlet's own
way), and each value is compared as printed, with values of its own script, Traditional and Simplified
Chinese folded: names of one club in two languages or two regions' words are no two values, and no one
is accused for them. Places (nationalities) are ``nationalities._place_conflicts``'; posts and dates,
other checks'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from pipeline.checks.registry import ATTRIBUTE_CONFLICT
from pipeline.checks.view import MIN_CORROBORATION, _outlets, _View
from pipeline.checks.wording import _evidence
from pipeline.lang.name_words import COUNTRY_END_RE
from pipeline.lang.scripts import CJK_RE, script_of
from pipeline.models import Attribute, AttributeKind, Discrepancy, Mention, Severity
from pipeline.normalize.chinese import zh_key

_KINDS = (AttributeKind.OTHER, AttributeKind.TAG, AttributeKind.ORGANIZATION)

_Found = tuple[str, str, str, str, Discrepancy]
_Placed = Callable[[Mention], set[str]]


def _key(text: str) -> str:
    return zh_key(text) if CJK_RE.search(text) else " ".join(text.casefold().split())


def _affiliations(view: _View, ent: str, art: str, placed: _Placed) -> dict[str, Attribute]:
    """Key -> attribute, of the attributes printed beside ``ent`` in ``art`` that may say what the person
    belongs to: of no kind, a tag or a body, no figure (an age), and no country (``placed``, or a name
    closed by the word for a country)."""
    out: dict[str, Attribute] = {}
    m = view.mention(art, ent)
    places = placed(m)
    for a in m.attributes:
        text = a.text.strip()
        if a.kind not in _KINDS or not text or any(c.isdigit() for c in text):
            continue  # an age, a date, a figure: no body
        if a.text not in places and text not in places and COUNTRY_END_RE.fullmatch(text) is None:
            out.setdefault(_key(text), a)
    return out


def affiliation_conflicts(view: _View, placed: _Placed) -> list[_Found]:
    """(entity, value given, value expected, who says so, finding) for each departing value (see the
    module's docstring); ``placed``: the texts of a mention's attributes that name a place (a nationality:
    ``nationalities._place_codes``), no body."""
    printed: dict[str, dict[str, dict[str, Attribute]]] = {}  # entity -> outlet -> key -> attribute
    for ent in sorted(view.ctx.entity_lists):
        printed[ent] = {
            art: got for art in view.listing(ent) if (got := _affiliations(view, ent, art, placed))
        }
    recurring: dict[str, set[tuple[str, str]]] = defaultdict(set)  # key -> (entity, outlet) printing it
    for ent, by_art in printed.items():
        for art, got in by_art.items():
            for key in got:
                recurring[key].add((ent, art))
    out: list[_Found] = []
    for ent, by_art in sorted(printed.items()):
        for art, got in sorted(by_art.items()):
            if (found := _departure(view, ent, art, got, by_art, recurring)) is not None:
                out.append(found)
    return out


def _given_another(
    ent: str,
    art: str,
    given: str,
    others: dict[str, dict[str, Attribute]],
    recurring: dict[str, set[tuple[str, str]]],
) -> list[tuple[str, list[str]]]:
    """Where no value for ``ent`` is backed: the outlets that print, in the script of ``given``, another
    value for ``ent`` and ``given`` for one other person to whom ``art`` gives it too (``耶魯大學`` for 李四
    in every outlet, ``甲大學`` / ``甲大学`` in each region's words for 張三, ``art`` giving 張三 李四's): at
    least ``MIN_CORROBORATION`` of them say the value is that person's. [(the first one's value, those
    outlets)], or []."""
    holders = {e for e, a in recurring[given] if e != ent and a == art}
    for other in sorted(holders):
        arts = [
            a
            for a, keys in sorted(others.items())
            if any(script_of(k) == script_of(given) for k in keys) and (other, a) in recurring[given]
        ]
        if len(arts) >= MIN_CORROBORATION:
            first = next(k for k in others[arts[0]] if script_of(k) == script_of(given))
            return [(first, arts)]
    return []


def _printed(keys: dict[str, Attribute], expected: str) -> str:
    """The value an outlet prints for the person: ``expected``, else its one in ``expected``'s script."""
    key = expected if expected in keys else next(k for k in keys if script_of(k) == script_of(expected))
    return keys[key].text


def _departure(
    view: _View,
    ent: str,
    art: str,
    got: dict[str, Attribute],
    by_art: dict[str, dict[str, Attribute]],
    recurring: dict[str, set[tuple[str, str]]],
) -> _Found | None:
    others = {a: keys for a, keys in by_art.items() if a != art}
    alone = [
        k
        for k in got
        if not any(k in keys for keys in others.values())
        and any(e != ent and a != art for e, a in recurring[k])  # a value the story prints for another
    ]
    agreed = defaultdict(list)
    for a, keys in sorted(others.items()):
        for k in keys:
            if k not in got:
                agreed[k].append(a)
    backed = [(k, arts) for k, arts in agreed.items() if len(arts) >= MIN_CORROBORATION]
    if len(alone) == 1:  # one language's words against the same language's: no translation is a conflict
        backed = [(k, arts) for k, arts in backed if script_of(k) == script_of(alone[0])]
    if len(alone) == 1 and not backed:
        backed = _given_another(ent, art, alone[0], others, recurring)
    if len(alone) != 1 or len(backed) != 1:
        return None
    (given,), ((expected, basis_arts),) = alone, backed
    attribute = got[given]
    m = view.mention(art, ent)
    # each outlet's words for it, where regions word it their own way ("甲大學' / '甲大学")
    shown = "' / '".join(dict.fromkeys(_printed(by_art[a], expected) for a in basis_arts))
    basis = _outlets(basis_arts)
    quote = view.ctx.evidence(art, min(m.start, attribute.start), max(m.end, attribute.end), sentence=False)
    finding = Discrepancy(
        kind=ATTRIBUTE_CONFLICT,
        severity=Severity.ERROR,
        entity=ent,
        sources=(art,),
        subject=f"{view.ctx.name(ent)}: affiliation",
        message=f"{art} gives {m.label} '{attribute.text}'; {basis} give '{shown}'.",
        evidence=_evidence([quote]),
    )
    return ent, attribute.text, shown, basis, finding
