"""Writing report folders: crosscheck replaces only a folder it wrote, atomically, one run at a time.

A report folder carries a marker file (``MARKER``) that crosscheck writes and checks: a folder without
it is never replaced (nor read as input, see ``pipeline.inputs.collect_inputs``). A run holds an
exclusive lock (``fcntl.flock`` on a hidden file beside the folder) from its check to its swap, so two
runs into one folder cannot interleave. The new folder is written complete and fsynced in a hidden
staging folder beside the old one, then the two change places in one step (Linux
``renameat2(RENAME_EXCHANGE)``; elsewhere two renames, the old folder kept until the new one is in
place). Staging folders a killed run left behind are removed by the next run. Every failure to write
(read-only or full disk, no permission) is a ``OutputError`` naming the destination (exit 2).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from pipeline.errors import OutputError, UsageError

MARKER = ".crosscheck-report"
MARKER_TEXT = "This folder is written by crosscheck and replaced as a whole by its next run.\n"
STAGING_INFIX = ".crosscheck-"
_RENAME_EXCHANGE = 2
# characters encoded and written at a time: a report of tens of megabytes is not encoded into one
# buffer as large (its pages, touched once, cost more than the encoding; 20% of the writing at 1000 outlets)
_CHUNK = 1 << 18
_AT_FDCWD = -100


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _safe_name(name: str) -> str:
    """A report file name must stay inside the output folder: a plain name, no separators."""
    if not name or name in {".", "..", MARKER} or "/" in name or "\\" in name or "\x00" in name:
        raise UsageError(f"refusing to write report file with unsafe name {name!r}")
    return name


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def is_report_folder(folder: str | os.PathLike[str]) -> bool:
    """Whether ``folder`` holds crosscheck's marker (a report folder: never an input, replaceable)."""
    marker = Path(folder) / MARKER
    return marker.is_file() and not marker.is_symlink()


def _resolved(path: Path, what: str) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop is a RuntimeError in Python 3.11
        raise UsageError(f"{what} {path}: cannot be resolved: {exc}") from None


def check_replaceable(
    out_dir: str | os.PathLike[str], *, inputs: Sequence[str | os.PathLike[str]] = ()
) -> None:
    """Refuse an output folder whose replacement could lose something crosscheck did not write.

    It must be new, empty, or a folder holding crosscheck's marker; not ``-``, a file or a symbolic
    link; and it must hold none of the inputs.
    """
    target = Path(out_dir)
    if str(out_dir) in {"-", ""}:
        raise UsageError("--out must name a folder: the reports are several files, not standard output")
    if target.is_symlink():
        raise UsageError(f"--out {target} is a symbolic link: name the folder itself")
    problems: list[str] = []
    resolved = _resolved(target, "--out")
    for raw in inputs:
        with contextlib.suppress(UsageError):  # an unresolvable input is reported by the run
            src = _resolved(Path(raw), "input")
            if src == resolved or resolved in src.parents:
                problems.append(
                    f"--out {target} holds the input {raw}: choose a folder of its own for the reports"
                )
    if target.is_dir():
        try:
            empty = next(os.scandir(target), None) is None
        except OSError as exc:
            raise OutputError(f"--out {target}: cannot list the folder: {_reason(exc)}") from None
        if not empty and not is_report_folder(target):
            problems.append(
                f"--out {target} exists and was not written by crosscheck (no {MARKER} file in it); "
                "it would be replaced as a whole: choose a new or empty folder"
            )
    elif target.exists():
        problems.append(f"--out {target} exists and is not a folder")
    if problems:
        raise UsageError(problems)


@contextlib.contextmanager
def report_lock(out_dir: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the exclusive lock of ``out_dir`` (a hidden file beside it) for the duration of a run."""
    target = Path(out_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target.parent / f".{target.name}.crosscheck.lock", os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise OutputError(f"--out {target}: cannot write beside the folder: {_reason(exc)}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise UsageError(f"--out {target}: another crosscheck run is writing this folder") from None
            raise OutputError(f"--out {target}: cannot lock the folder: {_reason(exc)}") from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _staging_folders(target: Path) -> list[Path]:
    prefix = f".{target.name}{STAGING_INFIX}"
    try:
        return sorted(p for p in target.parent.iterdir() if p.name.startswith(prefix) and p.is_dir())
    except OSError:
        return []


def remove_stale_staging(target: Path) -> list[Path]:
    """Remove hidden staging folders of ``target`` that an interrupted run left (call under the lock)."""
    removed = []
    for folder in _staging_folders(target):
        if folder.is_symlink() or not (is_report_folder(folder) or next(folder.iterdir(), None) is None):
            continue  # not ours: leave it
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _libc_renameat2() -> object | None:
    # looked up among the process's own symbols, where the C library is (``ctypes.util.find_library``
    # would add 12 ms of imports to every run)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        func = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


_RENAMEAT2 = _libc_renameat2()


def exchange(a: Path, b: Path) -> bool:
    """Swap ``a`` and ``b`` in one step; False when the system or file system cannot."""
    if _RENAMEAT2 is None:
        return False
    result = _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)  # type: ignore[operator]
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap_in(staging: Path, target: Path) -> None:
    """Put ``staging`` in the place of ``target``; the old folder ends up at ``staging``'s path."""
    if not target.exists():
        os.rename(staging, target)
        return
    if exchange(staging, target):
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}{STAGING_INFIX}", suffix=".old", dir=target.parent))
    old.rmdir()
    os.replace(target, old)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(old, target)  # put the previous report back
        raise
    os.replace(old, staging)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_text(path: Path, text: str | bytes) -> None:
    if isinstance(text, bytes):  # a binary file (the evidence archive) is written as it is
        with open(path, "wb") as bfh:
            bfh.write(text)
            bfh.flush()
            os.fsync(bfh.fileno())
        return
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for at in range(0, len(text), _CHUNK):
            fh.write(text[at : at + _CHUNK])
        fh.flush()
        os.fsync(fh.fileno())


def write_folder(out_dir: str | os.PathLike[str], files: Mapping[str, str | bytes]) -> list[Path]:
    """Write ``files`` ({name: text or bytes}) as the complete new content of ``out_dir`` (under the lock).

    Everything is first written into a hidden staging folder beside it and fsynced; then the new
    folder takes the place of the old one in one step. An interrupted run leaves the old folder or
    the new one, never a half-written report and never no folder at all.
    """
    target = Path(out_dir)
    names = sorted(_safe_name(n) for n in files)
    check_replaceable(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(target)
        staging = Path(
            tempfile.mkdtemp(prefix=f".{target.name}{STAGING_INFIX}", suffix=".tmp", dir=target.parent)
        )
    except OSError as exc:
        raise OutputError(f"--out {target}: cannot write the report folder: {_reason(exc)}") from None
    try:
        staging.chmod(0o777 & ~_umask())
        _write_text(staging / MARKER, MARKER_TEXT)
        for name in names:
            _write_text(staging / name, files[name])
        _swap_in(staging, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        raise OutputError(f"--out {target}: cannot write the report folder: {_reason(exc)}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [target / n for n in names]


def check_writable(path: str | os.PathLike[str], *, what: str) -> None:
    """Refuse, before a run, a destination file that could not be written (``OutputError``)."""
    target = Path(path)
    if target.is_dir() or (target.exists() and not target.is_file()):
        raise OutputError(f"{what} {target}: exists and is not a regular file")
    folder = next((p for p in (target.parent, *target.parent.parents) if p.exists()), Path("."))
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{what} {target}: cannot write: the folder {folder} is not writable")


def write_file(path: str | os.PathLike[str], text: str, *, what: str = "file") -> Path:
    """Write one file atomically (temporary file in the same folder, then rename); a failure is an
    ``OutputError`` naming the file."""
    target = Path(path)
    if target.is_dir() or (target.exists() and not target.is_file()):
        raise OutputError(f"{what} {target}: exists and is not a regular file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{what} {target}: cannot write: {_reason(exc)}") from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"{what} {target}: cannot write: {_reason(exc)}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target
