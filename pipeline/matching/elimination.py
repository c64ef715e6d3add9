"""Links by elimination and the evidence that refuses them: the last item of a complete list left with
the last entity that other articles hold (``_among_held``), unless the two sides' English names share
nothing, their names sound or read apart, name places the gazetteer tells apart, or two names of one
kind (``_unless_contradicted``). Used by ``assign._cluster``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from pipeline.knowledge.kana import is_katakana_name, kanji_readings, read_apart
from pipeline.knowledge.romanized import NATIVE_MAX_CHARS
from pipeline.knowledge.sound import HAN_GATE, family_sound, similarity
from pipeline.matching.bags import Bag
from pipeline.matching.board import _Group
from pipeline.matching.candidates import _FORBIDDEN, _scores
from pipeline.matching.heads import foreign_heads
from pipeline.matching.state import _Run

MIN_HOLDERS = 2  # other articles holding an entity for it to count in an elimination beside strays


def _among_held(
    run: _Run,
    article: str,
    rows: Sequence[int],
    groups: Sequence[_Group],
    assignment: list[int | None],
    owner: Callable[[int], int | None],
) -> tuple[list[int | None], set[int]]:
    """The elimination over the entities that at least ``MIN_HOLDERS`` other articles hold, when those are
    as many as the complete list's items: an item another outlet printed in place of one (Borduria for
    Aland) founds an entity that the elimination of every other list must not count, or a list whose one
    unlinked spelling is the last held entity's stays unlinked because of someone else's stray."""
    left_rows = [r for r, t in enumerate(assignment) if t is None]
    if len(left_rows) != 1:
        return assignment, set()
    held = [c for c, g in enumerate(groups) if _held_elsewhere(run, g.members, article)]
    taken = set(assignment)
    left = [c for c in held if c not in taken]
    if len(held) != len(rows) or len(left) != 1:
        return assignment, set()
    row, col = left_rows[0], left[0]
    group = groups[col]
    score, _sig = _scores(
        run, [rows[row]], [group._bag or group.bag()], lambda j: 0 if owner(j) == col else None
    )
    if float(score[0, 0]) <= _FORBIDDEN / 2 or _english_apart(run, rows[row], group):
        return assignment, set()
    return [col if r == row else t for r, t in enumerate(assignment)], {row}


def _held_elsewhere(run: _Run, members: Iterable[int], article: str) -> bool:
    """At least ``MIN_HOLDERS`` articles other than ``article`` have a member here; stops at the
    ``MIN_HOLDERS``-th (an entity of a long story has a member in most of its articles)."""
    others: set[str] = set()
    for i in members:
        a = run.mentions[i].article
        if a != article:
            others.add(a)
            if len(others) >= MIN_HOLDERS:
                return True
    return False


def _english_apart(run: _Run, i: int, group: _Group) -> bool:
    """Mention i and the entity both print English names, and they share nothing: an elimination beside
    other lists' strays takes no such pair, whatever Chinese characters the two share."""
    return bool(run.space.signals([run.bags[i]], [group._bag or group.bag()])[1][0, 0] == 0.0)


def _unless_contradicted(
    run: _Run,
    rows: Sequence[int],
    groups: Sequence[_Group],
    assignment: list[int | None],
    eliminated: set[int],
) -> tuple[list[int | None], set[int]]:
    """The links by elimination but those whose two sides both print English names that share nothing
    (no word, spelling or sound), or a transliteration and a Latin or katakana name that sound apart, with
    no other signal for them, or names of places the gazetteer tells apart: those rows found entities of
    their own."""
    refused = set()
    for r in eliminated:
        target = assignment[r]
        if target is None:
            continue
        group = groups[target]
        row, bag = run.bags[rows[r]], group._bag or group.bag()
        if _places_apart(run, rows[r], group.members):
            refused.add(r)  # a place the gazetteer tells from every place the entity's names may be
            continue
        zh, en, acronym = run.space.signals([row], [bag])
        if zh[0, 0] > 0.0 or acronym[0, 0] > 0.0:
            continue
        if en[0, 0] == 0.0 or (en[0, 0] < 0.0 and _heard_apart(run, rows[r], group.members)):
            refused.add(r)
        elif en[0, 0] < 0.0 and _other_of_a_kind(run, row, bag):
            refused.add(r)
    if not refused:
        return assignment, eliminated
    return [None if r in refused else t for r, t in enumerate(assignment)], eliminated - refused


def _places_apart(run: _Run, i: int, members: Iterable[int]) -> bool:
    """Mention i and every member name places the gazetteer knows, and none the same: whatever the names
    may each stand for (``甲乙州`` two places, ``丙丁州`` one), they share no place."""
    if not run.places:
        return False
    mine = run.places[i]
    theirs = [run.places[k] for k in members]
    return bool(mine) and bool(theirs) and all(t and not (t & mine) for t in theirs)


def _other_of_a_kind(run: _Run, mine: Bag, theirs: Bag) -> bool:
    """Every Chinese name of the row and of the entity are two names of one kind, not one name
    (``heads.foreign_heads``: ``己酉光電有限公司`` / ``丁未光電有限公司``), and no English says
    otherwise."""
    keys = run.space.zh.keys
    # a katakana name (``エアロ…``) is no Chinese name of a kind: it is heard, not read, and says nothing here
    pairs = [
        (keys[a], keys[b])
        for a in mine.zh
        for b in theirs.zh
        if not is_katakana_name(keys[a]) and not is_katakana_name(keys[b])
    ]
    return bool(pairs) and all(foreign_heads(a, b) for a, b in pairs)


def _heard_apart(run: _Run, i: int, members: Iterable[int]) -> bool:
    """Whether mention i and the members, in the scripts they print that differ, name family names that
    begin with other sounds (``family_sound``: a transliteration keeps a name's first sound), every one:
    a Chinese transliteration in place of a Latin or katakana name that is no way of writing it."""
    mine = _family_sounds(run, i)
    theirs = {x for j in members for x in _family_sounds(run, j)}
    pairs = [(a, b) for sa, a in mine for sb, b in theirs if sa != sb]
    if pairs:
        return all(a != b for a, b in pairs)
    members = list(members)
    return _read_apart(run, [i], members) or _read_apart(run, members, [i])


def _read_apart(run: _Run, kanji_side: Sequence[int], english_side: Sequence[int]) -> bool:
    """Whether the longer kanji names of one side (more characters than a Chinese name read family name
    first) that have a Japanese reading, read in Japanese and in Mandarin, sound like none of the other
    side's English names: a Japanese person printed in another's place (``kanji_readings``;
    ``read_apart``). A name written partly in kana (``山田はなこ``) has no such reading and says nothing."""
    english = [e for j in english_side for e in run.names[j].en]
    kanji = [
        z for j in kanji_side for z in run.names[j].zh if len(z) > NATIVE_MAX_CHARS and kanji_readings(z)
    ]
    gate = run.space.w.kana_gate
    return bool(kanji) and all(
        read_apart(z, english, gate) and all(similarity(z, e) < HAN_GATE for e in english) for z in kanji
    )


def _family_sounds(run: _Run, i: int) -> set[tuple[str, str]]:
    """(script, first sound of the family name) of each name mention i prints (``family_sound``)."""
    n = run.names[i]
    out = set()
    for name in (*n.zh, *n.en):
        sound = family_sound(name)
        if sound:
            script = "kana" if is_katakana_name(name) else "han" if name in n.zh else "latin"
            out.add((script, sound))
    return out
