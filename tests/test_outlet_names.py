"""Naming outlets in messages: the fast namer gives what one regular expression over all ids gives."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from reports.outlet_names import name_outlets, outlet_namer


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


def _namer_by_characters(labels: dict[str, str]) -> Callable[[str], str]:
    """The reference: every character looked at in turn (an id replaced where it starts a word of its own)."""
    table = {i: label for i, label in labels.items() if i and label != i}
    lengths = sorted({len(i) for i in table}, reverse=True)
    before = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
    after = before - {"."}

    def name(text: str) -> str:
        out, at, done = [], 0, 0
        while at < len(text):
            hit = None
            if at == 0 or text[at - 1] not in before:
                for n in lengths:
                    end = at + n
                    if (
                        end <= len(text)
                        and text[at:end] in table
                        and (end == len(text) or text[end] not in after)
                    ):
                        hit = text[at:end]
                        break
            if hit is None:
                at += 1
                continue
            out += [text[done:at], table[hit]]
            at = done = at + len(hit)
        return "".join(out) + text[done:]

    return name


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.text("ab1.-_0", min_size=1, max_size=4), st.sampled_from(["Aland", "甲國", "x"]), max_size=5
    ),
    st.lists(st.text("ab1.-_0 ,(甲", max_size=30), min_size=1, max_size=5),
)
def test_outlets_named_as_a_scan_of_every_character_names_them(
    labels: dict[str, str], texts: list[str]
) -> None:
    namer = outlet_namer(labels)
    reference = _namer_by_characters(labels)
    for text in texts:
        assert namer(text) == reference(text)
