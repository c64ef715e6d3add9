"""The fast JSON writer against the standard library: the same text for any JSON data."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reports.jsontext import dumps_indented

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=40,
)


def standard(data: object) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False)


@settings(max_examples=400, deadline=None)
@given(documents)
def test_same_text_as_the_standard_library(data: object) -> None:
    assert dumps_indented(data) == standard(data)


def test_small_and_large_floats_as_python_writes_them() -> None:
    data = {"a": [1e-05, -3e-07, 0.0001, 2.5e-05, 1e16, 1.5e300, 0.1], "b": {"s": "1e-05 and 0.00001,"}}
    text = dumps_indented(data)
    assert "1e-05," in text and "-3e-07," in text and "2.5e-05," in text
    assert '"1e-05 and 0.00001,"' in text
    assert text == standard(data)


def test_what_orjson_refuses_is_written_by_the_standard_library() -> None:
    data = {"big": 2**70, "surrogate": "\ud800"}
    assert dumps_indented(data) == standard(data)
    with pytest.raises(TypeError):
        dumps_indented({1: "key that is not text", "b": 2})
