"""Pinyin keys kept between runs: the next process reads the same keys without importing pypinyin, a
damaged file is read again by pypinyin and replaced, and nothing is kept when the cache is off.

The processes run in fresh interpreters (this one has imported pypinyin already)."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest
from fresh_process import run_fresh

from pipeline.knowledge import pinyin_kept

PROGRAM = """
import sys
from pipeline.knowledge.phonetic import pinyin_key
print("|".join(pinyin_key(n) for n in sys.argv[1:]), "pypinyin" in sys.modules)
"""
NAMES = ("盧比歐", "卢比奥", "Jane Roe")


def _keys(cache: str) -> str:
    return run_fresh(PROGRAM, *NAMES, cache=cache)


def _kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("pinyin-*.json"))


def test_the_next_process_reads_the_kept_keys_without_pypinyin(tmp_path: Path) -> None:
    assert _keys(str(tmp_path)) == "lu bi ou|lu bi ao|jane roe True"
    (kept,) = _kept_files(tmp_path)
    assert json.loads(kept.read_text(encoding="utf-8"))["keys"]["卢比奥"] == "lu bi ao"
    assert _keys(str(tmp_path)) == "lu bi ou|lu bi ao|jane roe False"


def test_a_damaged_file_is_read_again_by_pypinyin_and_replaced(tmp_path: Path) -> None:
    _keys(str(tmp_path))
    (kept,) = _kept_files(tmp_path)
    kept.write_text('{"keys": ["not', encoding="utf-8")
    assert _keys(str(tmp_path)) == "lu bi ou|lu bi ao|jane roe True"
    assert json.loads(kept.read_text(encoding="utf-8"))["keys"]["盧比歐"] == "lu bi ou"


def test_nothing_is_kept_when_the_cache_is_off(tmp_path: Path) -> None:
    assert _keys("off") == "lu bi ou|lu bi ao|jane roe True"
    assert not list(tmp_path.iterdir())


def test_past_the_limit_only_the_keys_pypinyin_read_last_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSCHECK_CACHE", str(tmp_path))
    path = pinyin_kept._file()
    assert path is not None
    path.write_text(json.dumps({"keys": {"張三": "zhang san", "李四": "li si"}}), encoding="utf-8")
    monkeypatch.setattr(pinyin_kept, "MAX_KEPT", 3)
    monkeypatch.setattr(pinyin_kept, "_new", {"甲國": "jia guo"})
    pinyin_kept._write()
    assert json.loads(path.read_text(encoding="utf-8"))["keys"] == {
        "張三": "zhang san",
        "李四": "li si",
        "甲國": "jia guo",
    }
    monkeypatch.setattr(pinyin_kept, "_new", {"乙國": "yi guo", "丙國": "bing guo"})
    pinyin_kept._write()
    assert json.loads(path.read_text(encoding="utf-8"))["keys"] == {"乙國": "yi guo", "丙國": "bing guo"}


def _names() -> list[str]:
    """Names whose characters read otherwise in some phrases (重, 長, 行, 樂, 單), in both scripts, with
    Latin letters, and two hundred made-up ones of two to five characters drawn from the Han block."""
    rng = random.Random(7)
    drawn = ["".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(2, 5))) for _ in range(200)]
    return ["重慶", "重要", "长沙", "行長", "银行", "樂團", "快乐", "單于", "Jane Roe 張三", "甲·乙", *drawn]


def test_a_kept_key_is_the_key_pypinyin_gives_in_the_process() -> None:
    """A key read from the file (pypinyin not imported) is the one pypinyin reads, name by name."""
    names = _names()
    with tempfile.TemporaryDirectory() as folder:
        cold = run_fresh(PROGRAM, *names, cache=folder)
        warm = run_fresh(PROGRAM, *names, cache=folder)
    read = run_fresh(PROGRAM, *names, cache="off")
    assert read.endswith(" True") and cold.endswith(" True") and warm.endswith(" False")
    keys = read.removesuffix(" True").split("|")
    assert len(keys) == len(names) and all(keys) and keys[4] == "yin hang"
    assert cold.removesuffix(" True") == warm.removesuffix(" False") == read.removesuffix(" True")
