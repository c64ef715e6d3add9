"""An item one list alone has, which most other articles tell of outside their lists (``甲國`` in a sentence
of its own after the others' lists, ``Aland separately said …``): what the outlets chose to put in their
lists differs, and the one list is no odd one out (``coverage._extra`` says so as information only).

A name is looked for in an article's body by its key (``knowledge.gazetteer.name_key``): the entity's own
printed names, and, where the gazetteer gives it a code, every name of that code and no other (CLDR's and
ISO's, in each language the gazetteer holds). A Chinese or Japanese key is found anywhere in the folded
body; a Latin one only as whole words (``Aland`` is not in ``Alandia``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from pipeline.checks.view import _View
from pipeline.knowledge.gazetteer import Gazetteer, name_key
from pipeline.lang.scripts import LATIN_RE

MIN_TELLING = 2  # other articles that tell of the item, at the least (and more than half of them)
MIN_KEY = 2  # characters of a key looked for (one character names nothing)
MAX_NAME_WORDS = 4  # words of a Latin name looked for (``United Arab Emirates``)
# other articles read to judge "most of them": all of them up to so many, else so many spread evenly over
# them in their order (a thousand outlets' items found in one list each are not each sought in every
# other body: the run stays linear in the outlets, and its result the same from run to run)
MAX_OTHERS_READ = 64
_WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _keys_by_code(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Code -> the keys that name it and no other code."""
    out: dict[str, set[str]] = defaultdict(set)
    for key, codes in gazetteer.index.items():
        if len(codes) == 1 and len(key) >= MIN_KEY:
            out[next(iter(codes))].add(key)
    return {code: frozenset(keys) for code, keys in out.items()}


def _body_keys(view: _View, art: str) -> tuple[str, frozenset[str]]:
    """An article's body folded whole (for Chinese and Japanese keys), and the keys of its runs of up to
    ``MAX_NAME_WORDS`` Latin words (for Latin ones): made once per article and run (``_View.bodies``)."""
    if art not in view.bodies:
        body = view.ctx.articles[art].body
        words = [name_key(w) for w in _WORD_RE.findall(body)]
        words = [w for w in words if w]
        runs = {"".join(words[k : k + n]) for k in range(len(words)) for n in range(1, MAX_NAME_WORDS + 1)}
        view.bodies[art] = (name_key(body), frozenset(runs))
    return view.bodies[art]


def _tells_of(view: _View, art: str, keys: frozenset[str]) -> bool:
    folded, runs = _body_keys(view, art)
    return any(key in runs if LATIN_RE.search(key) else key in folded for key in keys)


def told_elsewhere(view: _View, art: str, ent: str) -> bool:
    """Whether most other articles with a list (``MIN_TELLING`` at least; of many, most of
    ``MAX_OTHERS_READ`` spread over them) name the entity ``ent`` somewhere in their bodies."""
    ctx = view.ctx
    others = [a for a in ctx.list_articles if a != art and a in ctx.articles]
    if len(others) > MAX_OTHERS_READ:
        others = [others[k * len(others) // MAX_OTHERS_READ] for k in range(MAX_OTHERS_READ)]
    if not others:
        return False
    printed = {n for ms in ctx.entity_lists.get(ent, {}).values() for m in ms for n in (m.name_zh, m.name_en)}
    keys = {k for n in printed if n and len(k := name_key(n)) >= MIN_KEY}
    if view.gazetteer is not None and (code := view.codes.get(ent)):
        keys |= _keys_by_code(view.gazetteer).get(code, frozenset())
    if not keys:
        return False
    frozen = frozenset(keys)
    need = max(MIN_TELLING, len(others) // 2 + 1)  # more than half of the others, two at the least
    telling = 0
    for i, a in enumerate(others):
        telling += _tells_of(view, a, frozen)
        if telling >= need:
            return True
        if telling + len(others) - i - 1 < need:
            return False  # the others left could not make it most of them
    return False
