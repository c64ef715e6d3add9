"""A list item linked to an entity whose names it does not resemble (``wrong_item``): a stranger to
the official list's entry, or a stray among what the other outlets print, judged by the names'
spelling and sound; and an item printed in place of another."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from pipeline.checks.registry import WRONG_ITEM
from pipeline.checks.view import (
    MIN_CORROBORATION,
    OFFICIAL,
    _about,
    _names,
    _others,
    _outlets,
    _script,
    _strength,
    _View,
)
from pipeline.knowledge import code_of
from pipeline.knowledge.cantonese_heard import cantonese_similarity
from pipeline.knowledge.kana import similarity as kana_similarity
from pipeline.knowledge.phonetic import pinyin_key
from pipeline.knowledge.phonetic import similarity as sound_similarity
from pipeline.knowledge.sound import han_alike
from pipeline.knowledge.sound import similarity as han_similarity
from pipeline.lang.scripts import script_of, zh_short_form
from pipeline.matching.keys import family_names
from pipeline.models import Discrepancy, Mention, Severity
from pipeline.normalize.chinese import cut_ending, shared_ending, zh_key

RESEMBLES_EN = 80  # rapidfuzz token_set_ratio of an English name and one of the entry's
RESEMBLES_SOUND = 0.7  # pinyin similarity of a Chinese name and one of the entry's (phonetic.PHONETIC_GATE)
RESEMBLES_KANA = 0.6  # sound similarity of a katakana name and the entry's English name (kana_gate)


# characters a Chinese name of a given and a family name (five or more) shares with the others' names to be
# their spelling: one alone is a sound many names use (a short name's one shared character is enough:
# 葉爾登 / 叶必扬)
MIN_SHARED_CHARS = 2
MIN_FULL_NAME_CHARS = 5
TRADITIONAL = "traditional"  # the script of the lists whose names may be Cantonese sounds (view._script)
NEAR_SOUND = 0.5  # a sound this close to another script's name may be that name, unlinked (kana.py: < 0.53)


def _stranger(view: _View, art: str, ent: str) -> bool:
    """The item ``art`` lists as ``ent`` (an entry of the official list) is none of the entry's names, by
    the gazetteer, in its family name alone (``小羅伊``) or by sound or spelling: an item the list was
    left with, linked to the entry it was left without (a nominee no longer in the post printed in it)."""
    entry = view.ref_of.get(ent)
    return entry is not None and _unlike(view, view.mention(art, ent), entry.all_names)


def _kin(view: _View, ent: str, name: str) -> tuple[bool, str]:
    """Whether the Chinese ``name`` a list prints for ``ent`` is no stray whatever the list: it is no
    Chinese name, fewer than ``MIN_CORROBORATION`` other lists print one, or it shares a character with one
    of theirs; and the word ending it shares with theirs, left out of that comparison (``丙丁汽車`` beside
    ``甲乙汽車``: the ending says what they are, not which one), unless the name is a place the gazetteer
    knows or a transliteration of their English name. Judged once per name printed, not once per list."""
    mine = zh_key(name)
    if not mine or script_of(name) != "zh":
        return True, ""
    lists, chars = view.chinese_names(ent)  # this list's own name among them, once in each of its characters
    if lists - 1 < MIN_CORROBORATION:
        return True, ""
    shared = sum(1 for c in set(mine) if chars[c] > 1)
    if not shared:
        return False, ""  # shares no character: cutting an ending cannot make it share one
    if shared < MIN_SHARED_CHARS and len(set(mine)) >= MIN_FULL_NAME_CHARS:
        return False, ""  # one character of a full name (法比奧·帕內塔 / 奇波洛內): a sound many names use
    printed = view.printed_zh(ent)
    chinese = sorted(n for n, k in printed.items() if n and script_of(n) == "zh" and k > (n == name))
    ending = shared_ending(mine, [zh_key(c) for c in chinese])
    if not ending:
        return True, ""
    cut = Counter(c for n in {name, *chinese} for c in set(zh_key(cut_ending(n, ending))))
    cut.update(c for n in chinese if n == name for c in set(zh_key(cut_ending(n, ending))))
    if any(cut[c] > 1 for c in set(zh_key(cut_ending(name, ending)))):
        return True, ""
    # apart once the ending is cut: unless the name is a place or a transliteration of their English name
    english = sorted(
        {n for a in view.listing(ent) for o in [view.mention(a, ent)] for n in (o.name_en, *o.aliases) if n}
    )
    if code_of(view.gazetteer, [name]) or _heard(chinese, [e for e in english if e.isascii()]):
        return True, ""
    return False, ending


def _heard(chinese: Sequence[str], english: Sequence[str]) -> bool:
    """Whether the Chinese names are heard in an English name (a transliteration, whose ending is sound,
    not a word), or no English name tells."""
    return not english or any(han_similarity(c, t) >= NEAR_SOUND for c in chinese for t in english)


def _stray(view: _View, art: str, ent: str) -> Severity | None:
    """Without an official list: the Chinese name ``art`` lists as ``ent`` shares no character with the
    Chinese names at least ``MIN_CORROBORATION`` other lists print for it, and resembles none of their
    names by the gazetteer, sound or spelling (``張三`` linked to the ``羅伊`` / ``ロイ`` the list was left
    without, through a sound across scripts): an item in another's place, not another spelling. An error,
    or a warning when its sound comes within ``NEAR_SOUND`` of one of their names; None when it is not."""
    m = view.mention(art, ent)
    if (ent, m.name_zh) not in view.kin:  # a thousand lists print one name: judged once
        view.kin[ent, m.name_zh] = _kin(view, ent, m.name_zh)
    kin, ending = view.kin[ent, m.name_zh]
    if kin:
        return None
    others = [view.mention(a, ent) for a in _others(view, ent, art)]
    chinese = [o.name_zh for o in others if o.name_zh and script_of(o.name_zh) == "zh"]
    theirs = sorted({n for o in others for n in (o.name_zh, o.name_en, *o.aliases) if n})
    if ending:  # judged on what comes before the ending both print
        m = replace(m, name_zh=cut_ending(m.name_zh, ending), aliases=())
        chinese = [cut_ending(c, ending) for c in chinese]
        theirs = sorted({*chinese, *(n for o in others for n in (o.name_en, *o.aliases) if n)})
    if not _unlike(view, m, theirs):
        return None
    near = max(
        [han_similarity(m.name_zh, t) for t in theirs if t.isascii()]
        + [_near_in_chinese(m.name_zh, t, cut=bool(ending)) for t in chinese],
    )
    if _script(view, art) == TRADITIONAL and any(
        cantonese_similarity(m.name_zh, t) >= RESEMBLES_SOUND for t in theirs if t.isascii()
    ):
        return None  # a list in Traditional characters may write the name by its Cantonese sound (沙拿)
    if near >= RESEMBLES_SOUND:
        return None  # a transliteration of its own (柏根 beside 伯格姆 and Doug Burgum)
    return Severity.WARNING if near >= NEAR_SOUND else Severity.ERROR


def _near_in_chinese(mine: str, theirs: str, *, cut: bool) -> float:
    """How alike two Chinese names sound. Once the ending both print is cut (``cut``), what is left is the
    few characters that name the one (``丙丁`` of ``丙丁汽車``), where a ratio of pinyin letters finds
    half a likeness between any two syllables (their vowels): they sound alike only when they share a
    syllable (``lu bi ou`` / ``lu bi ao``), else not at all."""
    near = max(sound_similarity(mine, theirs), float(han_alike(mine, theirs)))
    if cut and near < RESEMBLES_SOUND and not set(pinyin_key(mine).split()) & set(pinyin_key(theirs).split()):
        return 0.0
    return near


def _unlike(view: _View, m: Mention, theirs: Sequence[str]) -> bool:
    """Whether the names of ``m`` are none of ``theirs``: no place the gazetteer knows, no family name
    alone, no sound or spelling close to one of them."""
    names = [n for n in (m.name_zh, m.name_en, *m.aliases) if n]
    family = [f for n in names for f in family_names(n)]
    if not names or code_of(view.gazetteer, names) or code_of(view.gazetteer, family):
        return False
    english = [t for t in theirs if not re.search(r"[^\x00-\x7f]", t)]
    for n in [*names, *family]:
        if re.search(r"[^\x00-\x7f]", n):
            if any(sound_similarity(n, t) >= RESEMBLES_SOUND or han_alike(n, t) for t in theirs if t != n):
                return False
            if any(kana_similarity(n, t) >= RESEMBLES_KANA for t in english):
                return False
        elif any(fuzz.token_set_ratio(n, t) >= RESEMBLES_EN for t in english):
            return False
        elif _heard_in(n, theirs):
            return False  # its own English name is the others' transliteration (強森 (Simon Johnson))
    return True


def _heard_in(english: str, theirs: Sequence[str]) -> bool:
    """An English name that sounds like one of ``theirs`` written in katakana or Chinese characters."""
    for t in theirs:
        if t.isascii():
            continue
        if script_of(t) == "ja" and kana_similarity(t, english) >= RESEMBLES_KANA:
            return True
        if script_of(t) == "zh" and han_similarity(t, english) >= RESEMBLES_SOUND:
            return True
    return False


_SCRIPTS_APART = (
    " No outlet writing in its script prints the other name, and nothing compares the two: they may be two"
    " regions' names for one person."
)


def _wrong_item(
    view: _View, art: str, printed: str, meant: str, *, apart: bool = False, severity: Severity | None = None
) -> Discrepancy:
    """``printed`` listed by ``art`` in place of ``meant``: an error where enough outlets (or the official
    list) print ``meant``, unless ``severity`` says otherwise; a warning where the two may be names of
    one person in two scripts (``apart``: ``_names_of_two_scripts``)."""
    ctx = view.ctx
    others = _others(view, meant, art)
    basis = OFFICIAL if view.reference is not None else _outlets(others)
    m = view.mention(art, printed)
    message = (
        f"{art} lists {m.label} where {basis} {'has' if view.reference is not None else 'list'} "
        f"{ctx.name(meant)}: one item in place of another."
    )
    quotes = [view.quote(m), *(view.quote(view.mention(a, meant)) for a in others[:2])]
    if apart:
        return _about(view, WRONG_ITEM, Severity.WARNING, art, meant, message + _SCRIPTS_APART, quotes)
    fulls = view.chinese_printed(meant, art)
    if any(zh_short_form(m.name_zh, full) for full in fulls):
        # its characters are a longer name's, in order (``甲聯`` for ``甲乙聯丙``): maybe that name, cut short
        message = message[: -len("one item in place of another.")] + "another item, or that name cut short."
        return _about(view, WRONG_ITEM, Severity.WARNING, art, meant, message, quotes)
    return _about(view, WRONG_ITEM, severity or _strength(view, meant), art, meant, message, quotes)


def _names_of_two_scripts(view: _View, art: str, names: Iterable[str], meant: str) -> bool:
    """Without an official list: the item ``art`` prints has Chinese ``names`` alone, ``meant`` (what it
    should be) is printed in Chinese characters alone too, by Chinese outlets all written in the other
    script (Traditional or Simplified). Names of one foreign person differ between Taiwan, Hong Kong and
    the mainland beyond what sound can bridge (a Chinese name of their own beside a transliteration): a
    fact-checker would need an outlet of its own script, an English or Japanese outlet, or the official
    list before calling the item another person's."""
    if view.reference is not None or {script_of(n) for n in names if n} != {"zh"}:
        return False
    return _other_script_only(view, art, meant)


def _other_script_only(view: _View, art: str, ent: str) -> bool:
    """``ent`` is printed in Chinese characters alone, by Chinese outlets all written in the other script
    than ``art``'s (Traditional or Simplified)."""
    script = _script(view, art)
    if not script or _names(view, ent)[1] != {"zh"}:
        return False
    return all(_script(view, a) not in ("", script) for a in _others(view, ent, art))
