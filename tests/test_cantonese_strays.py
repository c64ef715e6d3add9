"""A name a list in Traditional characters writes by its Cantonese sound (``施拿`` for Jane Sila, ``夏基文``
for Ann Hakiman) is the others' name written another way, never an item in another's place: the stray
check hears it in Cantonese too."""

from __future__ import annotations

from pipeline.knowledge.cantonese_heard import cantonese_similarity
from pipeline.knowledge.sound import similarity


def test_heard_in_cantonese_where_mandarin_hears_nothing() -> None:
    assert similarity("施拿", "Jane Sila") == 0.0  # n heard as l in Cantonese
    assert cantonese_similarity("施拿", "Jane Sila") == 1.0
    assert similarity("夏基文", "Ann Hakiman") < 0.5 and cantonese_similarity("夏基文", "Ann Hakiman") == 1.0


def test_other_names_are_not_heard() -> None:
    assert cantonese_similarity("張三", "Jane Sila") == 0.0
    assert cantonese_similarity("施拿", "Ann Bolmor") == 0.0
    assert cantonese_similarity("夏基文", "Jane Sila") == 0.0


def test_a_long_name_half_heard_is_no_transliteration() -> None:
    # only a likeness the stray check takes for the name (RESEMBLES_SOUND) spares a list in Traditional
    # characters: a long substitute heard half alike in Cantonese stays an error, not a warning
    from pipeline.checks.strays import RESEMBLES_SOUND

    assert cantonese_similarity("伊巴涅斯·卡蘭薩", "Erick Tsang") < RESEMBLES_SOUND
