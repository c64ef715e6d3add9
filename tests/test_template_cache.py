"""Compiled templates kept between runs: the same page from the kept code as from the source, a
damaged file compiled again, another syntax setting kept apart, nothing kept when the cache is off or
its folder cannot be made."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from pipeline.cachefolder import CACHE_ENV
from reports.template_cache import FOLDER, template_cache

SOURCE = "{% for name in names %}\n  <li>{{ name }}</li>\n{% endfor %}\n"
NAMES = ["甲國", "Aland & Borduria"]


def _page(*, trim: bool = True) -> str:
    env = Environment(loader=DictLoader({"page.j2": SOURCE}), autoescape=True, trim_blocks=trim)
    env.bytecode_cache = template_cache(env)
    return env.get_template("page.j2").render(names=NAMES)


def _kept(folder: Path) -> list[Path]:
    return sorted((folder / FOLDER).glob("*.cache"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    return tmp_path


def test_the_kept_code_renders_what_the_source_renders(cache: Path) -> None:
    expected = "  <li>甲國</li>\n  <li>Aland &amp; Borduria</li>\n"
    assert _page() == expected  # compiled, then kept
    assert len(_kept(cache)) == 1
    assert _page() == expected  # read back


def test_a_damaged_file_is_compiled_again(cache: Path) -> None:
    first = _page()
    (kept,) = _kept(cache)
    kept.write_bytes(kept.read_bytes()[:40])
    assert _page() == first
    assert kept.stat().st_size > 40  # written again, whole


def test_another_setting_keeps_its_own_code(cache: Path) -> None:
    trimmed, untrimmed = _page(trim=True), _page(trim=False)
    assert trimmed != untrimmed
    assert untrimmed.startswith("\n  <li>甲國</li>")
    assert len(_kept(cache)) == 2


@pytest.mark.parametrize("setting", ["off", ""])
def test_nothing_is_kept_when_the_cache_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    monkeypatch.setenv(CACHE_ENV, setting)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _page() == "  <li>甲國</li>\n  <li>Aland &amp; Borduria</li>\n"
    assert not any(tmp_path.iterdir())


def test_a_folder_that_cannot_be_made_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert _page() == "  <li>甲國</li>\n  <li>Aland &amp; Borduria</li>\n"
