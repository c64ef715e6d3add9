"""A name a list seems to lack that only lists of other scripts print, while the list holds one of its own
that no list of those scripts prints: likely one item under two names left unlinked (``checks.coverage``).

Three Chinese lists of ten print 甲大學; an English list of ten lacks it and prints Aland University,
which two more English lists print and no Chinese list does. Nothing says the English list leaves anything
out: the Chinese and English names were not linked (a name translated by its meaning is heard by no
rule). Such omissions, of every list, are one warning (``unlinked_list``), not an accusation each. A list
that shares a script with the lists printing the name, or whose every item some list of their scripts
prints too or no other list prints (one English list among Chinese ones: nothing tells its own names
apart), is judged as before.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from pipeline.checks.apart_lists import left_out_warning
from pipeline.checks.context import _Ctx
from pipeline.checks.registry import MISSING_ENTITY
from pipeline.checks.view import _View
from pipeline.lang.scripts import script_of
from pipeline.models import Discrepancy, Mention, Severity


def _script(m: Mention) -> str:
    return script_of(m.name_zh) if m.name_zh else script_of(m.name_en or m.acronym or "")


# per run of the checks: the scripts each entity is printed in, gathered once (every omission asks again)
_SCRIPTS: WeakKeyDictionary[_Ctx, dict[str, frozenset[str]]] = WeakKeyDictionary()


def _scripts(view: _View, ent: str) -> frozenset[str]:
    """The scripts in which the lists holding ``ent`` print it."""
    memo = _SCRIPTS.setdefault(view.ctx, {})
    if ent not in memo:
        memo[ent] = frozenset(
            _script(m) for ms in view.ctx.entity_lists.get(ent, {}).values() for m in ms
        ) - {""}
    return memo[ent]


def _unmet(view: _View, mine: set[str], scripts: frozenset[str]) -> list[str]:
    """The entities of ``mine`` that other lists print too, none in any of ``scripts`` (a name one list
    alone prints is no name the others print another way, as far as anyone can tell)."""
    return sorted(
        e for e in mine if len(view.ctx.entity_lists.get(e, {})) > 1 and not _scripts(view, e) & scripts
    )


def held_by_scripts(
    view: _View, art: str, mine: set[str], found: list[Discrepancy]
) -> tuple[list[Discrepancy], list[str]]:
    """``found`` (omissions of ``art``'s list) without those of a name only other scripts print, where the
    list holds one no list of those scripts prints, and the entities so left out (``finding`` says them
    all in one warning: one cause, names left unlinked between scripts)."""
    out, held = [], []
    for d in found:
        if d.kind != MISSING_ENTITY or d.severity is not Severity.ERROR or not d.entity:
            out.append(d)
            continue
        theirs = _scripts(view, d.entity)
        unmet = _unmet(view, mine, theirs) if theirs and not theirs & _own_scripts(view, art, mine) else []
        if unmet:
            held.append(d.entity)
        else:
            out.append(d)
    return out, held


def finding(view: _View, held: list[tuple[str, list[str]]]) -> Discrepancy:
    """One warning for every list that seems to lack names only lists in other scripts print: (article,
    what it seems to lack) of each, naming the outlets, what they seem to lack and who prints it."""
    return left_out_warning(
        view,
        held,
        "lists of other scripts",
        lambda holders: (
            f"which only {holders} print, in another script; each of these lists prints names of its own "
            "that no list of that script prints: perhaps the same items under names that were not linked. No "
            "item is judged missing."
        ),
    )


def _own_scripts(view: _View, art: str, mine: set[str]) -> set[str]:
    """The scripts in which ``art``'s list prints its items."""
    return {_script(m) for e in mine for m in view.ctx.entity_lists.get(e, {}).get(art, [])} - {""}
