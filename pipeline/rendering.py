"""Every asked report format rendered for one reconciliation: the pages beside the data files on a large run.

The renderers are functions of the reconciliation alone, so where one runs does not change what it
writes. On a run worth it (``orchestrate.worth_forking``: enough text, more than one core and process) the
formats of ``BESIDE`` are rendered in a forked child (``orchestrate.Beside``) while this process renders
the others; each side derives the views it needs (``reports.memo``). The files come back in the order of
the asked formats, as rendered one after the other. At 1000 outlets the HTML and Markdown pages take about
as long as the JSON, CSV and ClaimReview files together, and their 50 MB come back through a pipe.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext

from pipeline.collector import held
from pipeline.models import Reconciliation
from pipeline.orchestrate import Beside, worth_forking
from pipeline.timing import Laps

BESIDE = ("html", "md")  # the pages: rendered beside the data files when the run is worth forking for


def split_formats(formats: Sequence[str], *, fork: bool) -> tuple[list[str], list[str]]:
    """(formats rendered here, formats rendered beside): all here unless forking leaves work on both sides."""
    beside = [f for f in formats if f in BESIDE]
    here = [f for f in formats if f not in BESIDE]
    if not (fork and beside and here):
        return list(formats), []
    return here, beside


def _render(rec: Reconciliation, formats: Sequence[str]) -> dict[str, dict[str, str]]:
    from reports import RENDERERS

    return {fmt: RENDERERS[fmt](rec) for fmt in formats}


def render_formats(
    rec: Reconciliation, formats: Sequence[str], *, workers: int = 0, fork: bool | None = None
) -> dict[str, str]:
    """Every format's files, in the order of ``formats``, the cycle collector off from the first to the last
    and what they keep out of its reach after (``collector.held``): the caller writes them and ends.
    ``workers`` as for reading (1: this process alone); ``fork`` decides instead when given."""
    rendered = render_each(rec, formats, workers=workers, fork=fork)
    return {name: text for fmt in formats for name, text in rendered[fmt].items()}


def render_each(
    rec: Reconciliation,
    formats: Sequence[str],
    *,
    workers: int = 0,
    fork: bool | None = None,
    laps: Laps | None = None,
) -> dict[str, dict[str, str]]:
    """``render_formats``, each format's files apart, in the order of ``formats``. ``laps``, when given,
    marks ``render FORMAT`` after each format rendered here, then ``render A+B beside`` for the wait on the
    others (their CPU seconds counted when the child is waited for)."""
    from reports import RENDERERS

    if fork is None:
        fork = worth_forking(sum(len(a.text) for a in rec.articles), workers)
    here, beside = split_formats(formats, fork=fork)
    rendered: dict[str, dict[str, str]] = {}
    with held():
        with Beside(lambda: _render(rec, beside)) if beside else nullcontext() as child:
            for fmt in here:
                rendered[fmt] = RENDERERS[fmt](rec)
                if laps is not None:
                    laps.lap(f"render {fmt}")
            if child is not None:
                rendered.update(child.result())
                if laps is not None:
                    laps.lap(f"render {'+'.join(beside)} beside")
    return {fmt: rendered[fmt] for fmt in formats}
