"""Discrepancies: what the outlets disagree on, and where an outlet disagrees with itself or with the
official list. ``run_checks`` runs every family; ``registry.CHECKS`` names every kind with its severity
and what it means (the README's table is kept in agreement with it by a test)."""

from pipeline.checks.core import run_checks

__all__ = ["run_checks"]
