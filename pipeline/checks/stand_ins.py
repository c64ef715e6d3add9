"""The item a list's own item stands in for, where no plain pair of one extra and one missing item tells
(``checks.coverage``): a list already short of another item lacks two, or a selection claims no
completeness and lacks what it did not pick. The item, on no other list, is printed with the row of
figures the other outlets give to one item this list lacks (``也門 18 16 14 48`` where they print
``乙國 18 16 14 48``), or sits where they print that one item, between the same two neighbours (``甲國、
丙國、丁國`` where they print ``甲國、乙國、丁國``). Either tells which item it replaced; an item matching
several, or none, pairs with nothing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz

from pipeline.checks.strays import RESEMBLES_EN
from pipeline.checks.value_prints import _Num, _values
from pipeline.checks.view import MIN_CORROBORATION, _names, _others, _View
from pipeline.lang.scripts import script_of, zh_short_form
from pipeline.matching.keys import family_names

MAX_SEEN = 64  # other lists holding an item looked at to tell its figures and place (a thousand outlets)
MIN_FIGURES = 2  # figures a row must print, each another item's, before the row is that item's: one alone
# (a rate of 15% among dozens) is shared by many items


def stand_ins(view: _View, art: str, extra: Iterable[str], lacked: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs (item printed, item meant): each of ``extra`` (``art``'s items on no other list) that stands
    in for exactly one of ``lacked`` (items other lists hold that ``art``'s lacks), by its figures or its
    place, and no two printed items for one meant."""
    lacked = [m for m in lacked if len(_others(view, m, art)) >= MIN_CORROBORATION]
    orders = Orders(view)
    found = [(x, meant) for x in extra if (meant := _stand_in(view, art, x, lacked, orders)) is not None]
    meant_twice = {m for m, n in Counter(m for _, m in found).items() if n > 1}
    return [(x, m) for x, m in found if m not in meant_twice]


def lacked_by(view: _View, art: str, held: set[str | None]) -> list[str]:
    """The items at least ``MIN_CORROBORATION`` other lists hold that ``art``'s does not (``held``: the
    entities it holds, and any not to be judged), for a list that claims no completeness."""
    lists = view.ctx.entity_lists
    return sorted(
        e for e in lists if e not in held and len(lists[e]) - (art in lists[e]) >= MIN_CORROBORATION
    )


def _stand_in(view: _View, art: str, x: str, lacked: list[str], orders: Orders) -> str | None:
    lacked = [m for m in lacked if not _alike(view, x, m)]
    for fits in (
        [m for m in lacked if _same_figures(view, art, x, m, MIN_FIGURES)],
        [m for m in lacked if _same_place(view, art, x, m, orders)],
    ):
        if fits:
            return fits[0] if len(fits) == 1 else None
    return None


def _alike(view: _View, x: str, meant: str) -> bool:
    """Whether a name of ``x`` may be one of ``meant``'s, or part of it, written another way: the two
    share no script (``Jane Roe`` beside ``珍·羅伊`` alone: a spelling the matcher could not link, as
    ``checks.unlinked`` says), or one holds the other (``Borduria`` in ``Borduria Motors``), one is the
    other cut short, or their English spellings are close. Such an item is another spelling or a
    related name, not another item in its place."""
    (mine, mine_scripts), (theirs, their_scripts) = _names(view, x), _names(view, meant)
    if not mine_scripts & their_scripts:
        return True
    for a in sorted({*mine, *(f for n in mine for f in family_names(n))}):
        for b in sorted({*theirs, *(f for n in theirs for f in family_names(n))}):
            fa, fb = a.casefold().replace(" ", ""), b.casefold().replace(" ", "")
            if fa in fb or fb in fa or zh_short_form(a, b) or zh_short_form(b, a):
                return True
            if script_of(a) == script_of(b) == "latin" and fuzz.token_set_ratio(a, b) >= RESEMBLES_EN:
                return True
    return False


def _same_figures(view: _View, art: str, x: str, meant: str, least: int) -> bool:
    """``x``'s row prints at least ``least`` figures, each the one most other outlets (at least
    ``MIN_CORROBORATION``, more than print any other) give ``meant`` in that column."""
    mine = _values(view, art, x)
    if len(mine) < least:
        return False
    theirs = [_values(view, a, meant) for a in _others(view, meant, art)[:MAX_SEEN]]
    return all(_usual(v[c][0] for v in theirs if c in v) == value for c, (value, _, _) in mine.items())


def _usual(prints: Iterable[_Num]) -> _Num | None:
    """The value most prints give, when at least ``MIN_CORROBORATION`` do and more than give any other."""
    ranked = Counter(prints).most_common(2)
    if not ranked or ranked[0][1] < MIN_CORROBORATION or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _same_place(view: _View, art: str, x: str, meant: str, orders: Orders) -> bool:
    """``x`` sits between the two items that most lists holding ``meant`` (at least ``MIN_CORROBORATION``)
    print on either side of it, and prints no figure or the figures they give ``meant`` (in a list ordered
    by its figures, the place alone is the figure's)."""
    mine = _neighbours(orders, art, x)
    if _values(view, art, x) and not _same_figures(view, art, x, meant, 1):
        return False  # a list ordered by its figures puts an item of another figure in the same place
    if None in mine:
        return False  # the first or last item: one neighbour is no place (lists of one alphabet start alike)
    others = _others(view, meant, art)[:MAX_SEEN]
    agree = sum(_neighbours(orders, a, meant) == mine for a in others)
    return agree >= MIN_CORROBORATION and agree * 2 > len(others)


class Orders:
    """Article -> the entities of its list in order, and where each is first printed: read once per run,
    kept on the view (``_View.orders``) for every list's stand-ins and holes."""

    def __init__(self, view: _View) -> None:
        self.view = view

    def __getitem__(self, art: str) -> tuple[list[str | None], dict[str | None, int]]:
        found = self.view.orders.get(art)
        if found is None:
            seq = [self.view.ctx.entity_of.get(m.key) for m in self.view.ctx.listed[art]]
            at: dict[str | None, int] = {}
            for k, ent in enumerate(seq):
                at.setdefault(ent, k)
            found = self.view.orders[art] = (seq, at)
        return found


def _neighbours(orders: Orders, art: str, ent: str) -> tuple[str | None, str | None]:
    """The entities printed right before and right after ``ent``'s first item in ``art``'s list."""
    seq, at = orders[art]
    k = at[ent]
    return (seq[k - 1] if k else None), (seq[k + 1] if k + 1 < len(seq) else None)
