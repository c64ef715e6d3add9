"""OpenCC conversions kept between runs: the next process gives the same answers without making OpenCC's
converter, a string it lacks makes it, long strings are not kept, a damaged file is converted again and
replaced, and nothing is kept when the cache is off.

The processes run in fresh interpreters (this one has made its converters already)."""

from __future__ import annotations

import json
from pathlib import Path

from fresh_process import run_fresh

from pipeline.lang.conversions_kept import MAX_KEPT_CHARS

PROGRAM = """
import sys
from pipeline.lang.conversions_kept import converter
to_traditional = converter("s2t")
answers = [to_traditional.convert(word) for word in sys.argv[1:]]
print("|".join(answers), to_traditional._real is not None)
"""
WORDS = ("银行", "委员会", "甲国发展基金会")


def _convert(cache: str, *words: str) -> str:
    return run_fresh(PROGRAM, *words, cache=cache)


def _kept(folder: Path) -> dict[str, dict[str, str]]:
    (path,) = folder.glob("opencc-*.json")
    tables: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["conversions"]
    return tables


def test_the_next_process_converts_the_kept_strings_without_opencc(tmp_path: Path) -> None:
    assert _convert(str(tmp_path), *WORDS) == "銀行|委員會|甲國發展基金會 True"
    assert _kept(tmp_path)["s2t"]["委员会"] == "委員會"
    assert _convert(str(tmp_path), *WORDS) == "銀行|委員會|甲國發展基金會 False"
    assert _convert(str(tmp_path), "银行", "乙国") == "銀行|乙國 True"  # a string it lacks
    assert _kept(tmp_path)["s2t"]["乙国"] == "乙國"


def test_long_strings_are_converted_but_not_kept(tmp_path: Path) -> None:
    long = "丙国" * MAX_KEPT_CHARS
    assert _convert(str(tmp_path), long, "银行") == f"{'丙國' * MAX_KEPT_CHARS}|銀行 True"
    assert set(_kept(tmp_path)["s2t"]) == {"银行"}


def test_a_damaged_file_is_converted_again_and_replaced(tmp_path: Path) -> None:
    _convert(str(tmp_path), *WORDS)
    (path,) = tmp_path.glob("opencc-*.json")
    path.write_text('{"conversions": ["not', encoding="utf-8")
    assert _convert(str(tmp_path), *WORDS) == "銀行|委員會|甲國發展基金會 True"
    assert _kept(tmp_path)["s2t"]["银行"] == "銀行"


def test_nothing_is_kept_when_the_cache_is_off(tmp_path: Path) -> None:
    assert _convert("off", *WORDS) == "銀行|委員會|甲國發展基金會 True"
    assert not list(tmp_path.iterdir())
