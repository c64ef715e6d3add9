"""Golden reports of the bundled example, compared byte for byte.

Refresh only with ``pytest tests/test_golden_example.py --update-golden`` and review the diff
(``git diff tests/golden/example``) before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.run import reconcile
from reports import RENDERERS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DIR = ROOT / "examples" / "us-withdrawal-2026-01"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden" / "example"
GOLDEN_FILES = ("report.md", "report.json", "mentions.csv", "entities.csv", "discrepancies.csv", "claims.csv")


def _reconcile_relative(paths: list[str]):
    """Reports record input paths as given: run from the repository root with relative paths, so the
    golden files do not depend on where the repository is checked out."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return reconcile(paths)
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    rec = _reconcile_relative([str(EXAMPLE_DIR.relative_to(ROOT))])
    files: dict[str, str] = {}
    for render in RENDERERS.values():
        files.update(render(rec))
    return files


@pytest.mark.parametrize("name", GOLDEN_FILES)
def test_golden(rendered: dict[str, str], name: str, update_golden: bool) -> None:
    path = GOLDEN_DIR / name
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered[name], encoding="utf-8", newline="\n")
    assert path.exists(), f"missing golden file {path}; run pytest with --update-golden and review it"
    assert rendered[name] == path.read_text(encoding="utf-8"), (
        f"{name} differs from its golden file; if the change is intended, rerun with --update-golden "
        "and review the diff"
    )


def test_order_of_inputs_changes_nothing(rendered: dict[str, str]) -> None:
    paths = [str(p.relative_to(ROOT)) for p in sorted(EXAMPLE_DIR.glob("*.txt"), reverse=True)]
    rec = _reconcile_relative(paths)
    assert RENDERERS["json"](rec)["report.json"] == rendered["report.json"]
    assert RENDERERS["md"](rec)["report.md"] == rendered["report.md"]


def test_simplified_copies_give_the_same_clusters(tmp_path: Path) -> None:
    """Converting every article to Simplified Chinese changes no cluster (entity membership)."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    for p in sorted(EXAMPLE_DIR.glob("*.txt")):
        (tmp_path / p.name).write_text(t2s.convert(p.read_text(encoding="utf-8")), encoding="utf-8")

    def partition(rec) -> set[frozenset[str]]:
        listed = {m.key for m in rec.mentions if m.kind.value == "list"}
        return {frozenset(k for k in e.mentions if k in listed) for e in rec.entities} - {frozenset()}

    original = reconcile([str(EXAMPLE_DIR)])
    simplified = reconcile([str(tmp_path)])
    assert partition(simplified) == partition(original)
    assert len(partition(original)) == 66
    assert {d.kind for d in simplified.discrepancies if d.severity.value == "error"} == {
        d.kind for d in original.discrepancies if d.severity.value == "error"
    }
