"""The README's command-line synopsis and ``--help`` agree: every option of every command is in both."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from pipeline.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z-]*)")


def synopsis() -> dict[str, set[str]]:
    """Command -> the options its synopsis names (``crosscheck CMD ...`` and the indented lines after)."""
    text = README.read_text(encoding="utf-8")
    block = text.split("## The command line", 1)[1].split("```", 2)[1]
    out: dict[str, set[str]] = {}
    command = ""
    for line in block.splitlines():
        words = line.split()
        if not words:
            continue
        if words[0] == "crosscheck":
            command = "" if words[1].startswith("-") else words[1]
            words = words[1:] if not command else words[2:]
            out.setdefault(command, set())
        out[command] |= set(OPTION.findall(" ".join(words)))
    return out


def parser_options() -> dict[str, set[str]]:
    parser = build_parser()
    found = {"": {s for a in parser._actions for s in a.option_strings if s not in ("-h", "--help")}}
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, p in sub.choices.items():
        found[name] = {s for a in p._actions for s in a.option_strings if s not in ("-h", "--help")}
    return found


def test_readme_synopsis_names_every_command() -> None:
    assert set(synopsis()) == set(parser_options())


@pytest.mark.parametrize("command", sorted(parser_options()))
def test_readme_synopsis_and_help_agree(command: str) -> None:
    assert synopsis()[command] == parser_options()[command]


def test_readme_documents_every_output_file() -> None:
    from pipeline.models import Reconciliation
    from pipeline.run import reconcile  # noqa: F401 - the renderers below need the model only
    from reports import RENDERERS

    empty = Reconciliation((), (), (), (), (), (), (), ())
    text = README.read_text(encoding="utf-8").split("## Output", 1)[1]
    for render in RENDERERS.values():
        for name in render(empty):
            assert f"`{name}`" in text, name


def test_readme_table_of_findings_is_the_registry() -> None:
    """Every kind of finding the checks produce is in the README's table, with its severities and words."""
    from pipeline.checks.registry import CHECKS

    text = README.read_text(encoding="utf-8")
    table = text.split("### Discrepancies", 1)[1].split("\n\n", 2)[1]
    rows = [line.split(" | ") for line in table.splitlines()[2:]]
    found = [(r[0].strip("| `"), r[1], r[2].rstrip(" |")) for r in rows]
    assert found == [(c.kind, " / ".join(s.value for s in c.severities), c.summary) for c in CHECKS]


def test_every_kind_the_checks_emit_is_registered() -> None:
    """The kinds named in the check modules are the registry's (a new check without a row fails here)."""
    from pipeline.checks.registry import BY_KIND

    root = README.parent / "pipeline" / "checks"
    source = "".join(
        p.read_text(encoding="utf-8") for p in sorted(root.glob("*.py")) if p.name != "registry.py"
    )
    emitted = set(re.findall(r'^[A-Z_]+ = "([a-z_]+)"$', source, re.MULTILINE)) - {"total"}
    assert emitted <= set(BY_KIND), emitted - set(BY_KIND)
