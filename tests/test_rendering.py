"""Report formats rendered beside each other (``pipeline.rendering``): the same files, in the same order,
whether the pages were rendered in a forked child or in this process, and a child that fails costs nothing."""

from __future__ import annotations

import os

import pytest
from report_fixtures import make_reconciliation

from pipeline import orchestrate, rendering
from pipeline.rendering import render_each, render_formats, split_formats
from reports import FORMATS, RENDERERS

REC = make_reconciliation()


@pytest.fixture
def fork_with_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even when threads other tests left behind (idle servers) run beside the test's."""
    monkeypatch.setattr(orchestrate, "can_fork", lambda: True)


def _one_after_another(formats: tuple[str, ...]) -> dict[str, str]:
    files: dict[str, str] = {}
    for fmt in formats:
        files.update(RENDERERS[fmt](REC))
    return files


def test_the_pages_go_beside_only_when_both_sides_have_work() -> None:
    assert split_formats(FORMATS, fork=True) == (["json", "csv", "claimreview"], ["md", "html"])
    assert split_formats(FORMATS, fork=False) == (list(FORMATS), [])
    assert split_formats(("html", "md"), fork=True) == (["html", "md"], [])  # nothing left to overlap
    assert split_formats(("json",), fork=True) == (["json"], [])


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
@pytest.mark.parametrize("formats", [FORMATS, ("md", "json", "html"), ("claimreview", "html", "csv", "md")])
def test_rendered_beside_or_here_the_files_and_their_order_are_the_same(formats: tuple[str, ...]) -> None:
    expected = _one_after_another(formats)
    beside = render_formats(REC, formats, fork=True)
    here = render_formats(REC, formats, fork=False)
    assert list(beside.items()) == list(expected.items())  # names in the asked order, contents equal
    assert list(here.items()) == list(expected.items())
    assert "report.html" in beside and "report.md" in beside


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_the_pages_come_from_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    monkeypatch.setattr(
        rendering, "_render", lambda rec, formats: {f: {f: str(os.getpid())} for f in formats}
    )
    each = render_each(REC, ("json", "html", "md"), fork=True)
    assert list(each) == ["json", "html", "md"]
    assert each["html"]["html"] != str(parent) and each["md"]["md"] == each["html"]["html"]
    assert "report.json" in each["json"]  # rendered here


@pytest.mark.usefixtures("fork_with_threads")
@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_child_that_fails_leaves_the_pages_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    real = rendering._render

    def only_here(rec: object, formats: list[str]) -> dict[str, dict[str, str]]:
        if os.getpid() != parent:
            raise RuntimeError("child fails")
        return real(REC, formats)

    monkeypatch.setattr(rendering, "_render", only_here)
    assert render_formats(REC, FORMATS, fork=True) == _one_after_another(FORMATS)
