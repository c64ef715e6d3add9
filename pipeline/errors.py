"""Errors for misconfiguration. Bad *input* is data (``Problem``), never one of these."""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base class: everything wrong with the call, listed at once."""

    exit_code = 2

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class UsageError(CrosscheckError):
    """Unusable arguments (unknown format, missing paths, bad option values)."""


class NoInputError(CrosscheckError):
    """Not a single article could be read."""


class DecisionsError(CrosscheckError):
    """A reviewer-decisions file that cannot be used."""


class ReferenceFileError(CrosscheckError):
    """A reference list or gazetteer file that cannot be used."""


class OutputError(CrosscheckError):
    """A destination that cannot be written (read-only or full disk, no permission, not a file)."""


class UserFileError(CrosscheckError):
    """A file the user supplies (baseline, decisions, report to diff) that cannot be used."""
