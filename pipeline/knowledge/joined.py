"""Names that hold a joiner, read whole again.

The list reader splits the last piece of an enumeration at its joiner (``甲國、乙國及丙國`` gives three
items): it knows structure, not names. A name may hold that joiner itself (a country such as
``Aland及Borduria`` or ``Aland and Borduria``, one state of two islands): when the words between two
neighbouring items are only a joiner and the gazetteer knows the two with the joiner as one name, while it
does not know each of them alone as a name, the two are one item; so with a Japanese middle dot
between them (``・`` parts the items of a list as it parts the words of one name). Where the reader left
the joiner that parts two items inside the first (``Carpathia and Aland`` then ``Borduria``, printed
without a comma before the last), the first is the name before that joiner when the gazetteer knows it,
and the second the name after it with the next item.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.knowledge.gazetteer import Gazetteer
from pipeline.lang.leads import FINAL_JOINER_RE
from pipeline.lang.scripts import EAST_ASIAN_RE
from pipeline.models import Kind, Mention, ParseResult

# the Japanese middle dot, which parts both the items of a list (``甲国・乙国``) and the words of one name
_NAKAGURO = ("・", "･")


def _whole(text: str, a: Mention, b: Mention, gazetteer: Gazetteer) -> str | None:
    """The one name ``a`` and ``b`` make with the joiner between them, None when they are two items."""
    if a.article != b.article or a.group != b.group or a.attributes or b.start <= a.end:
        return None
    if a.values and a.values != b.values:  # a value of its own ends the first name; one they share does not
        return None
    if FINAL_JOINER_RE.fullmatch(text, a.end, b.start) is None and text[a.end : b.start] not in _NAKAGURO:
        return None
    whole = text[a.start : b.end]
    code = gazetteer.code(whole)
    if code is None:
        return None
    # two places each known on its own are two items, unless both halves name the whole's place
    # (``Trinidad`` and ``Tobago``, everyday short forms of ``Trinidad and Tobago``)
    ca, cb = gazetteer.code(a.label), gazetteer.code(b.label)
    if ca and cb and not ca == cb == code:
        return None
    return whole


def _named(m: Mention, name: str, start: int, end: int) -> Mention:
    """``m`` renamed ``name``, printed from ``start`` to ``end``, with no other name of its own."""
    east_asian = EAST_ASIAN_RE.search(name) is not None
    return replace(
        m,
        name_zh=name if east_asian else m.name_zh,
        name_en=m.name_en if east_asian else name,
        aliases=(),
        start=start,
        end=end,
    )


def _regrouped(text: str, a: Mention, b: Mention, gazetteer: Gazetteer) -> tuple[Mention, Mention] | None:
    """``Carpathia and Aland`` then ``Borduria``: the name before the joiner inside ``a``, and the one the
    rest of ``a`` makes with ``b``, when the gazetteer knows both and ``a`` is no name it knows."""
    joiners = list(FINAL_JOINER_RE.finditer(text, a.start, a.end))
    if not joiners or a.values or a.attributes or gazetteer.code(text[a.start : a.end]) is not None:
        return None
    j = joiners[-1]
    head, tail = text[a.start : j.start()], text[j.end() : a.end]
    whole = _whole(text, _named(a, tail, j.end(), a.end), b, gazetteer)
    if whole is None or not head or gazetteer.code(head) is None:
        return None
    return _named(a, head, a.start, j.start()), _joined(_named(a, tail, j.end(), a.end), b, whole)


def _joined(a: Mention, b: Mention, whole: str) -> Mention:
    east_asian = EAST_ASIAN_RE.search(whole) is not None
    return replace(
        a,
        name_zh=whole if east_asian else a.name_zh,
        name_en=a.name_en or b.name_en if east_asian else whole,
        acronym=a.acronym or b.acronym,
        note=a.note or b.note,
        end=b.end,
        values=b.values,
        attributes=b.attributes,
    )


def rejoin_known_names(result: ParseResult, gazetteer: Gazetteer | None) -> ParseResult:
    """``result`` with each two neighbouring list items that make one name the gazetteer knows read as one
    item (the items after it renumbered); unchanged without a gazetteer or such a pair."""
    if gazetteer is None or result.article is None:
        return result
    text = result.article.text
    items = [m for m in result.mentions if m.kind is Kind.LIST]
    out: list[Mention] = []
    changed = False
    for m in items:
        whole = _whole(text, out[-1], m, gazetteer) if out else None
        pair = _regrouped(text, out[-1], m, gazetteer) if out and whole is None else None
        if whole is not None:
            out[-1] = _joined(out[-1], m, whole)
        elif pair is not None:
            out[-1:] = pair
        else:
            out.append(m)
        changed = changed or whole is not None or pair is not None
    if not changed:
        return result
    first = min(m.position for m in items)
    renumbered = [replace(m, position=first + k) for k, m in enumerate(out)]
    others = [m for m in result.mentions if m.kind is not Kind.LIST]
    return replace(result, mentions=(*renumbered, *others))
