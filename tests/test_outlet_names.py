"""Naming outlets in messages: the fast namer gives what one regular expression over all ids gives."""

from __future__ import annotations

import random
import re

from reports.views import name_outlets, outlet_namer


def reference(text: str, labels: dict[str, str]) -> str:
    """The plain definition: every id, longest first, where it stands as a word of its own."""
    ids = sorted((i for i in labels if i and labels[i] != i), key=len, reverse=True)
    if not ids:
        return text
    pattern = re.compile(
        r"(?<![A-Za-z0-9_.-])(?:" + "|".join(re.escape(i) for i in ids) + r")(?![A-Za-z0-9_-])"
    )
    return pattern.sub(lambda m: labels[m.group(0)], text)


def test_fast_namer_agrees_with_the_reference_on_random_texts() -> None:
    rng = random.Random(5)
    alphabet = "ab1_.-~ 島日報,()'"
    for _ in range(300):
        ids = {"".join(rng.choices(alphabet, k=rng.randint(1, 5))) for _ in range(rng.randint(1, 6))}
        labels = {i: (i if rng.random() < 0.2 else f"<{i}>") for i in ids}
        named = outlet_namer(labels)
        for _ in range(10):
            parts = [rng.choice([*ids, *alphabet, " ", "x"]) for _ in range(rng.randint(0, 12))]
            text = "".join(parts)
            assert named(text) == reference(text, labels), (text, labels)


def test_an_id_inside_a_longer_word_is_left_alone() -> None:
    labels = {"001_a": "Alpha Daily", "a": "A Times"}
    assert name_outlets("001_a and a, but not 001_ab or x.a", labels) == (
        "Alpha Daily and A Times, but not 001_ab or x.a"
    )
