"""Character classes compiled once: the same compiled patterns as Python's own compiler makes."""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]

import pytest

from pipeline import charsets

PATTERNS = [
    (r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", 0),
    (r"[\u4e00-\u9fff]{2,4}(?:氏|さん)?", 0),
    (r"(?:[總总]統|[國国]家)[\u4e00-\u9fff]", 0),
    (r"[^\u4e00-\u9fff\s]+", 0),
    (r"[a-zé'’-]+ (?:of|the) [A-Z]\w+", re.IGNORECASE),
    (r"[\w'’-]+(?:\s+[\w'’-]+)*", re.IGNORECASE),
    (r"[ΣσςK]\d+[\u3040-\u30ff]", re.IGNORECASE),
    (r"[0-9０-９]+\s*[%％]", 0),
    (r"\b[A-Z][a-z]+\b", re.ASCII),
    (r"[\U00020000-\U0002a6df\u4e00-\u9fff]", 0),
]


def _codes() -> list[list[int]]:
    codes = []
    for pattern, flags in PATTERNS:
        tree = _parser.parse(pattern, flags)
        codes.append(_compiler._code(tree, tree.state.flags))
    return codes


@pytest.fixture
def own_compiler():
    """Python's own character-class compiler, put back after the test."""
    original = _compiler._optimize_charset
    yield original
    _compiler._optimize_charset = original


def test_shared_classes_compile_to_the_same_code(own_compiler) -> None:
    _compiler._optimize_charset = getattr(own_compiler, "__wrapped__", own_compiler)
    plain = _codes()
    assert charsets.share_charsets()
    assert getattr(_compiler._optimize_charset, "_shared", False)
    first, again = _codes(), _codes()  # the second pass reads every class from the cache
    assert first == plain
    assert again == plain


def test_sharing_is_installed_once(own_compiler) -> None:
    assert charsets.share_charsets()
    installed = _compiler._optimize_charset
    assert charsets.share_charsets()
    assert _compiler._optimize_charset is installed


def test_patterns_still_match_after_sharing(own_compiler) -> None:
    charsets.share_charsets()
    han = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+(?=國)")
    assert han.search("Aland、甲乙國東部").group() == "甲乙"
    folded = re.compile(r"[a-zé]+ville", re.IGNORECASE)
    assert folded.fullmatch("BORDURVILLE")
    assert not re.compile(r"[^\u4e00-\u9fff]").search("甲國")
