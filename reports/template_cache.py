"""Jinja's compiled templates kept between runs in the cache folder (``pipeline.cachefolder``).

Compiling report.html's template takes a few hundredths of a second, a tenth of the command on a small
story; jinja2's ``FileSystemBytecodeCache`` keeps the compiled code, keyed by the template's name and
file and checked against a digest of its source. The file names here also carry a digest of what else
the compiled code depends on (jinja2's version and the environment's syntax settings), so that another
version or setting compiles its own. A folder that cannot be made or written, or a damaged file, is no
error: the template is compiled as before.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

import jinja2
from jinja2 import FileSystemBytecodeCache

from pipeline.cachefolder import cache_folder

if TYPE_CHECKING:
    from jinja2.bccache import Bucket

__all__ = ["template_cache"]

FOLDER = "templates"


class _KeptTemplates(FileSystemBytecodeCache):
    """``FileSystemBytecodeCache`` for which a file that cannot be read or written is no error."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged file (pickle's or marshal's error) is compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            return


def _settings_digest(env: jinja2.Environment) -> str:
    """What the compiled code depends on besides the template's source."""
    settings = (
        jinja2.__version__,
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.autoescape if isinstance(env.autoescape, bool) else "callable",
        tuple(sorted(env.extensions)),
    )
    return hashlib.sha256(repr(settings).encode()).hexdigest()[:16]


def template_cache(env: jinja2.Environment) -> FileSystemBytecodeCache | None:
    """A bytecode cache for ``env`` in the cache folder, or None when there is none to use."""
    folder = cache_folder()
    if folder is None:
        return None
    folder = folder / FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _KeptTemplates(str(folder), f"{_settings_digest(env)}-%s.cache")
