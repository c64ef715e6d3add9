"""A name a list seems to lack that only lists of other scripts print, while the list holds one of its own
that no list of those scripts prints: likely one item under two names left unlinked (``checks.coverage``).

Three Chinese lists of ten print 甲大學; an English list of ten lacks it and prints Aland University,
which two more English lists print and no Chinese list does. Nothing says the English list leaves anything
out: the Chinese and English names were not linked (a name translated by its meaning is heard by no
rule). The omission (``missing_entity``) is worth a look, a warning, not an accusation. A list that shares
a script with the lists printing the name, or whose every item some list of their scripts prints too or
no other list prints (one English list among Chinese ones: nothing tells its own names apart), is judged
as before.
"""

from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

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


def held_by_scripts(view: _View, art: str, mine: set[str], found: list[Discrepancy]) -> list[Discrepancy]:
    """``found`` (omissions of ``art``'s list), those of a name only other scripts print, where the list
    holds one no list of those scripts prints, lowered to a warning that says which."""
    out = []
    for d in found:
        if d.kind != MISSING_ENTITY or d.severity is not Severity.ERROR or not d.entity:
            out.append(d)
            continue
        theirs = _scripts(view, d.entity)
        unmet = _unmet(view, mine, theirs) if theirs and not theirs & _own_scripts(view, art, mine) else []
        if not unmet:
            out.append(d)
            continue
        said = (
            f" Only lists in another script print it, and no such list prints {view.ctx.name(unmet[0])}"
            f"{f' or {len(unmet) - 1} more' if len(unmet) > 1 else ''} of this list: perhaps names left "
            "unlinked."
        )
        out.append(replace(d, severity=Severity.WARNING, message=d.message + said))
    return out


def _own_scripts(view: _View, art: str, mine: set[str]) -> set[str]:
    """The scripts in which ``art``'s list prints its items."""
    return {_script(m) for e in mine for m in view.ctx.entity_lists.get(e, {}).get(art, [])} - {""}
