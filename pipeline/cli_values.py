"""The checks of the command line's argument values: each turns a string into its value or raises
``argparse.ArgumentTypeError`` with the one line argparse prints."""

from __future__ import annotations

import argparse


def formats(value: str) -> tuple[str, ...]:
    from reports import FORMATS

    chosen = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(FORMATS)}"
        )
    return chosen


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return n


def _number_between(value: str, high: int) -> float:
    """``value`` as a number from 0 to ``high``, else the argument's error."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= high:
        raise argparse.ArgumentTypeError(f"must be between 0 and {high}: {value}")
    return x


def cutoff(value: str) -> float:
    return _number_between(value, 1)


def seconds(value: str) -> float:
    return _number_between(value, 86_400)


def positive_seconds(value: str) -> float:
    x = seconds(value)
    if x <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {value}")
    return x


def count(value: str) -> int:
    n = positive_int(value) if value != "0" else 0
    if n > 1024:
        raise argparse.ArgumentTypeError(f"at most 1024: {value}")
    return n


def port(value: str) -> int:
    n = positive_int(value) if value != "0" else 0
    if n > 65535:
        raise argparse.ArgumentTypeError(f"not a port: {value}")
    return n
