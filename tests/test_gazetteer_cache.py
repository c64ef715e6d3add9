"""The built-in gazetteer's index kept between runs: the same gazetteer from the cache file as built, a
damaged or foreign file built again, and no file at all when the cache is off."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.knowledge import gazetteer_kept as gz
from pipeline.knowledge.gazetteer_names import build_builtin


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(gz.CACHE_ENV, str(tmp_path))
    gz.builtin_gazetteer.cache_clear()
    yield tmp_path
    gz.builtin_gazetteer.cache_clear()


def _index_file(folder: Path) -> Path:
    (found,) = folder.glob("gazetteer-*.json")
    return found


def test_a_cached_index_gives_the_gazetteer_built_from_the_libraries(cache: Path) -> None:
    built = build_builtin()
    first = gz.builtin_gazetteer()  # built, then written
    gz.builtin_gazetteer.cache_clear()
    second = gz.builtin_gazetteer()  # read back
    assert list(first.index.items()) == list(built.index.items())
    assert list(second.index.items()) == list(built.index.items())
    assert built.sources == ("CLDR", "ISO 3166-1")
    assert first.sources == second.sources == ("CLDR", "ISO 3166-1", "country_converter", "ISO 3166-2")
    assert second.code("Republic of Korea") == built.code("Republic of Korea") == "KR"
    assert _index_file(cache).name == f"gazetteer-{gz._fingerprint()}.json"


@pytest.mark.parametrize(
    "text",
    ["", "not json", "[]", '{"index": {}}', '{"index": {"aland": "AX"}}', '{"index": {"aland": [1]}}'],
)
def test_a_damaged_cache_file_is_built_again(cache: Path, text: str) -> None:
    gz.builtin_gazetteer()
    path = _index_file(cache)
    path.write_text(text, encoding="utf-8")
    gz.builtin_gazetteer.cache_clear()
    assert list(gz.builtin_gazetteer().index.items()) == list(build_builtin().index.items())


def test_another_library_or_code_reads_another_file(cache: Path) -> None:
    gz.builtin_gazetteer()
    path = _index_file(cache)
    # a file of other data under another name is never read: the name is the fingerprint of the sources
    (cache / "gazetteer-0000.json").write_text(json.dumps({"index": {"borduria": ["BD"]}}), encoding="utf-8")
    gz.builtin_gazetteer.cache_clear()
    assert gz.builtin_gazetteer().code("Borduria") is None
    assert path.name != "gazetteer-0000.json"


@pytest.mark.parametrize("setting", ["", "off"])
def test_no_file_is_written_with_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    monkeypatch.setenv(gz.CACHE_ENV, setting)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gz.builtin_gazetteer.cache_clear()
    try:
        assert len(gz.builtin_gazetteer()) == len(build_builtin())
    finally:
        gz.builtin_gazetteer.cache_clear()
    assert not list(tmp_path.rglob("*.json"))


def test_an_unwritable_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(gz.CACHE_ENV, str(blocker / "cache"))  # a folder inside a file cannot be made
    gz.builtin_gazetteer.cache_clear()
    try:
        assert len(gz.builtin_gazetteer()) == len(build_builtin())
    finally:
        gz.builtin_gazetteer.cache_clear()
