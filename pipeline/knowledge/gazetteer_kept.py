"""The built-in gazetteer (``pipeline.knowledge.gazetteer``, its names from
``pipeline.knowledge.gazetteer_names``), built once, and the index of the first-level subdivisions' names.

Building it reads Babel's locale data and pycountry's catalogues (a tenth of a second), so the built index
is kept between runs in a cache folder (``CACHE_ENV``, else ``$XDG_CACHE_HOME/crosscheck`` or
``~/.cache/crosscheck``), in a JSON file named after what it was built from: the code that builds and
folds it (the gazetteer, its names and this module, the folding, the ISO catalogues' reader:
``_code_files``), the Unicode and OpenCC
versions, and the size and time of each data file read. Anything else (a missing, unreadable or damaged
file, a folder that cannot be written) builds it as before.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from pipeline.cachefolder import CACHE_ENV, kept_file, package_dir, read_kept, write_kept
from pipeline.knowledge import gazetteer, gazetteer_names
from pipeline.knowledge.gazetteer import Gazetteer, name_key
from pipeline.knowledge.gazetteer_names import CLDR_LOCALES, ISO_CATALOGUES, SOURCES, build_builtin
from pipeline.knowledge.variants import variant_codes, variants_available
from pipeline.lang import name_words, scripts

__all__ = ["CACHE_ENV", "builtin_gazetteer", "subdivision_codes"]


@lru_cache(maxsize=1)
def builtin_gazetteer() -> Gazetteer:
    """Countries and territories from CLDR (Babel) and ISO 3166-1 (pycountry); built once, its index kept
    in the cache folder between runs (see the module docstring)."""
    cached = _cache_file()
    index = _read_index(cached) if cached is not None else None
    if index is None:
        index = dict(build_builtin().index)
        if cached is not None:
            _write_index(cached, index)
    if variants_available():
        return Gazetteer(index, (*SOURCES, "country_converter", "ISO 3166-2"), _everyday_or_subdivision)
    return Gazetteer(index, (*SOURCES, "ISO 3166-2"), subdivision_codes)


@lru_cache(maxsize=1)
def _subdivision_index() -> dict[str, frozenset[str]]:
    """Name key -> subdivision codes; built once, kept in the cache folder beside the gazetteer's index."""
    cached = kept_file("subdivisions", _subdivision_fingerprint)
    found = _read_index(cached) if cached is not None else None
    if found is not None:
        return found
    from pipeline.knowledge.subdivisions import subdivision_names

    index: dict[str, set[str]] = defaultdict(set)
    for code, name in subdivision_names():
        if key := name_key(name):
            index[key].add(code)
    built = {k: frozenset(v) for k, v in index.items()}
    if cached is not None:
        _write_index(cached, built)
    return built


def _subdivision_fingerprint() -> str:
    """The gazetteer's fingerprint, the subdivisions' module and pycountry's ISO 3166-2 files."""
    from pipeline.knowledge import subdivisions

    digest = hashlib.sha256(_fingerprint().encode())
    digest.update(Path(subdivisions.__file__).read_bytes())
    pycountry = package_dir("pycountry")
    if pycountry is not None:
        files = [pycountry / "databases" / "iso3166-2.json"]
        files += [pycountry / "locales" / lang / "LC_MESSAGES" / "iso3166-2.mo" for lang in ISO_CATALOGUES]
        _stamp(digest, files)
    return digest.hexdigest()[:24]


def subdivision_codes(name: str) -> frozenset[str]:
    """The codes of the first-level subdivisions (ISO 3166-2) ``name`` names (``subdivisions``)."""
    return _subdivision_index().get(name_key(name), frozenset())


def _everyday_or_subdivision(name: str) -> frozenset[str]:
    """A name the index does not hold: a country's everyday English name, else a subdivision's."""
    return variant_codes(name) or subdivision_codes(name)


_CLDR_PARENTS = ("root", "zh", "global")  # locale data Babel merges under the locales read


def _data_files() -> list[Path]:
    """The data files the built-in gazetteer is read from (Babel's locale data, pycountry's countries and
    their translations)."""
    babel, pycountry = package_dir("babel"), package_dir("pycountry")
    files: list[Path] = []
    if babel is not None:
        files += [babel / "locale-data" / f"{loc}.dat" for loc in (*_CLDR_PARENTS[:2], *CLDR_LOCALES)]
        files.append(babel / "global.dat")
    if pycountry is not None:
        files.append(pycountry / "databases" / "iso3166-1.json")
        files += [pycountry / "locales" / lang / "LC_MESSAGES" / "iso3166-1.mo" for lang in ISO_CATALOGUES]
    return files


def _code_files() -> list[Path]:
    """The project's code that builds and folds the built-in gazetteer's index (this module, the gazetteer
    and its names, the folding, the cue words, the ISO catalogues' reader): another version of any of them
    builds another index (``tests/test_kept_fingerprints.py`` traces what a build runs)."""
    from pipeline.knowledge import subdivisions
    from pipeline.normalize import acronyms, chinese, english, fixpoint
    from pipeline.normalize import scripts as normalize_scripts

    return [
        Path(module)
        for module in (
            __file__,
            gazetteer.__file__,
            gazetteer_names.__file__,
            chinese.__file__,
            english.__file__,
            acronyms.__file__,
            fixpoint.__file__,
            normalize_scripts.__file__,
            scripts.__file__,
            name_words.__file__,
            subdivisions.__file__,
        )
    ]


def _fingerprint() -> str:
    """What the built-in gazetteer is built from: the code that builds and folds it (``_code_files``), the
    Unicode and OpenCC versions, and each data file's size and time (a reinstalled library gives another)."""
    import opencc

    digest = hashlib.sha256()
    for path in _code_files():
        digest.update(path.read_bytes())
    digest.update(f"{unicodedata.unidata_version} {getattr(opencc, '__version__', '')}".encode())
    _stamp(digest, _data_files())
    return digest.hexdigest()[:24]


def _stamp(digest: hashlib._Hash, paths: Iterable[Path]) -> None:
    """Each data file's path, size and time of change (or that it is missing) into a cache's digest."""
    for path in paths:
        try:
            found = path.stat()
        except OSError:
            digest.update(f"{path} missing".encode())
            continue
        digest.update(f"{path} {found.st_size} {found.st_mtime_ns}".encode())


def _cache_file() -> Path | None:
    return kept_file("gazetteer", _fingerprint)


def _read_index(path: Path) -> dict[str, frozenset[str]] | None:
    """The cached index, or None when there is none or it is not one (then it is built again)."""
    index = read_kept(path, "index")
    if not index:
        return None
    out: dict[str, frozenset[str]] = {}
    for key, codes in index.items():
        if not isinstance(codes, list) or not codes or not all(isinstance(c, str) for c in codes):
            return None
        out[key] = frozenset(codes)
    return out


def _write_index(path: Path, index: Mapping[str, frozenset[str]]) -> None:
    """Keep the index for the next run (``write_kept``)."""
    write_kept(path, json.dumps({"index": {k: sorted(v) for k, v in index.items()}}, ensure_ascii=False))
