"""Compiled patterns kept between runs: the next process builds the same patterns from the kept code
without parsing them, a damaged table is compiled again and replaced, nothing is kept when the cache is
off.

The processes run in fresh interpreters (installing the table changes this process's ``re``)."""

from __future__ import annotations

from pathlib import Path

from fresh_process import run_fresh

# patterns of several shapes (named groups, flags, look-behind, CJK classes, bytes), each with a text to
# search; the program prints what each finds and how many came from the table
PROGRAM = r"""
import re, sys
import pipeline.patterns_kept as kept
if sys.argv[1] == "kept":
    assert kept.keep_patterns()
cases = [
    (r"(?P<name>[\u4e00-\u9fff]{2,4})(?:國|国)", 0, "甲國與乙国"),
    (r"(?<=\s)aland\b", re.IGNORECASE, "to ALAND and back"),
    (r"^(\d+)[.．、]\s*(.+)$", re.MULTILINE, "1. Borduria\n2、Carpathia"),
    (rb"[\x00-\x1f]+", 0, b"a\x01\x02b"),
]
out = []
for text, flags, sample in cases:
    pattern = re.compile(text, flags)
    found = [m.groupdict() or m.groups() or m.group(0) for m in pattern.finditer(sample)]
    out.append(repr((found, pattern.flags, pattern.groups, dict(pattern.groupindex))))
print("|".join(out))
if kept._TABLE is not None:
    print(len(kept._TABLE.kept) > 0, kept._TABLE.new)
    kept.save_patterns()
"""


def _run(how: str, cache: str) -> list[str]:
    return run_fresh(PROGRAM, how, cache=cache).splitlines()


def _found(cache: str) -> tuple[str, str]:
    found, table = _run("kept", cache)
    return found, table


def _reference() -> str:
    (found,) = _run("plain", "off")
    return found


def test_the_next_process_builds_the_same_patterns_from_the_table(tmp_path: Path) -> None:
    reference = _reference()
    assert "甲" in reference and "ALAND" in reference
    found, table = _found(str(tmp_path))
    assert found == reference
    assert table.startswith("False")  # nothing kept yet: every pattern compiled and added
    (kept,) = tmp_path.glob("patterns-*.marshal")
    found, table = _found(str(tmp_path))
    assert found == reference
    assert table == "True 0"  # every pattern from the table, none compiled


def test_a_damaged_table_is_compiled_again_and_replaced(tmp_path: Path) -> None:
    reference = _reference()
    _found(str(tmp_path))
    (kept,) = tmp_path.glob("patterns-*.marshal")
    kept.write_bytes(b"\x00not a table")
    found, table = _found(str(tmp_path))
    assert found == reference
    assert table.startswith("False")
    found, table = _found(str(tmp_path))
    assert (found, table) == (reference, "True 0")


def test_nothing_is_kept_when_the_cache_is_off(tmp_path: Path) -> None:
    found, _ = _found("off")
    assert found == _reference()
    assert not list(tmp_path.iterdir())
