"""The command asks OpenBLAS for one thread (crosscheck does no BLAS work), unless the user set a number."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline import cli


def test_one_thread_is_asked_for_when_nothing_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    cli.one_blas_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"


def test_a_number_the_user_set_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    cli.one_blas_thread()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"


def test_importing_the_command_line_does_not_import_numpy() -> None:
    # the setting must come before numpy loads OpenBLAS: the CLI module imports no numpy itself
    code = "import sys, pipeline.cli; print('numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
