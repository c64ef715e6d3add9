"""The layout registry: every module in ``sources.layouts`` contributes its ``LAYOUTS``.

Modules are discovered with ``pkgutil`` (sorted by module name; names starting with ``_`` are helpers),
so a new layout is a new module and nothing here changes. ``parse_document`` asks every layout how sure
it is (``detect``) and extracts with the most confident one above ``MIN_CONFIDENCE`` (ties broken by
name). A layout that raises costs only itself: the exception becomes an error ``Problem`` naming it and
the next candidate is tried. An article with no list is still an ``Article`` (layout ``""``). The lists
several layouts read are merged (``sources.list_merging``), their groups completed
(``sources.list_groups``), the notes beside their items read as asides (``sources.item_asides``) and
the places a ranking's ``<ol>`` states without printing them given to its items (``sources.ordered_places``).
"""

from __future__ import annotations

import bisect
import importlib
import os
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import replace

import sources.layouts as layouts_pkg
from pipeline.lang.leads import lead_says_selection
from pipeline.models import Article, Heading, Mention, ParseResult, Problem, Severity
from sources.base import Document, Extraction, Layout
from sources.bracketed_aliases import aliases_in_brackets
from sources.bracketed_parties import parties_in_brackets
from sources.bracketed_readings import readings_as_aliases
from sources.group_names_listed import without_group_names
from sources.inverted_names import inverted_names
from sources.item_asides import people_asides, shared_asides
from sources.item_blank_notes import notes_after_blanks
from sources.item_parted_notes import parted_notes
from sources.layouts._line_lists import LineListLayout
from sources.layouts._named_first import with_named_first
from sources.list_groups import categories_as_groups, dates_as_groups, grouped_headings, headline_counts
from sources.list_merging import another_list, as_numbered_item, beside_taken, merged_lists
from sources.name_tags import bracketed_tags, latin_names_noted
from sources.ordered_places import ordered_places
from sources.outlets import GENERIC
from sources.people_affiliations import posts_with_bodies, with_affiliations, without_family
from sources.people_brackets import bracketed_people_asides
from sources.people_dotted import names_dot_posts
from sources.people_parties import parties_and_places
from sources.people_posts import posts_down_the_list
from sources.ranked_beyond import beyond_the_count
from sources.reader import DEFAULT_MAX_BYTES, read_document
from sources.text_outlet import outlet_from_text
from sources.ticket_partners import ticket_partners
from sources.tied_places import places_unbound

MIN_CONFIDENCE = 0.3


def _discover() -> tuple[dict[str, Layout], dict[str, str], dict[str, str]]:
    found: dict[str, Layout] = {}
    modules: dict[str, str] = {}
    errors: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(layouts_pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        modname = f"{layouts_pkg.__name__}.{info.name}"
        try:
            module = importlib.import_module(modname)
        except Exception as exc:  # noqa: BLE001 - one broken module must not cost the others
            errors[modname] = f"{exc.__class__.__name__}: {exc}"
            continue
        for layout in getattr(module, "LAYOUTS", ()):
            name = getattr(layout, "name", "")
            if not name or name in found:
                errors[f"{modname}:{name or '?'}"] = "layout without a name, or a name already registered"
                continue
            found[name] = layout
            modules[name] = modname
    return dict(sorted(found.items())), modules, errors


LAYOUTS, _MODULES, LOAD_ERRORS = _discover()


def describe() -> list[dict[str, str]]:
    """One row per registered layout (name, description, module), sorted by name."""
    return [
        {"name": name, "description": str(getattr(layout, "description", "")), "module": _MODULES[name]}
        for name, layout in LAYOUTS.items()
    ]


def _problem(doc: Document, code: str, message: str, severity: Severity) -> Problem:
    return Problem(article=doc.id, code=code, severity=severity, message=message)


def _checked(doc: Document, ext: Extraction, name: str) -> tuple[list[Mention], list[Problem]]:
    """List mentions inside the body, in text order, numbered 1..n (whatever the layout returned)."""
    problems: list[Problem] = []
    body_end = doc.body_end if 0 <= doc.body_end <= len(doc.text) else len(doc.text)
    kept: list[Mention] = []
    for m in ext.mentions:
        if not (0 <= m.start <= m.end <= body_end):
            problems.append(
                _problem(
                    doc,
                    "out-of-body",
                    f"{name}: item at {m.start}-{m.end} is outside the article body; dropped",
                    Severity.WARNING,
                )
            )
            continue
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    mentions = [as_numbered_item(m, doc.id, i) for i, m in enumerate(kept, start=1)]
    return mentions, problems


def _family(name: str) -> str:
    """Layouts that read the same kind of block (an HTML element, a sentence, lines of text): once one
    of them has read the article's list, the others of its kind would read the same blocks again."""
    if name.startswith("html"):
        return "html"
    return "inline" if name == "inline" else "lines"


def _other_marker(name: str, lists: list[tuple[str, list[Mention], tuple[Heading, ...]]]) -> bool:
    """``name`` and every layout read so far read lines by their markers, each its own (``1.``, ``-``): a
    group numbered and the next bulleted are two lists, each read by one of them (``another_list`` judges)."""
    return all(isinstance(LAYOUTS[n], LineListLayout) for n in (name, *(n for n, _, _ in lists)))


def _detect(doc: Document, name: str, problems: list[Problem]) -> float | None:
    """How sure layout ``name`` is of ``doc`` (at most 1), None below ``MIN_CONFIDENCE`` or when it fails."""
    try:
        score = float(LAYOUTS[name].detect(doc))
    except Exception as exc:  # noqa: BLE001
        problems.append(
            _problem(doc, "layout-error", f"layout {name} failed to detect: {exc!r}", Severity.ERROR)
        )
        return None
    return min(score, 1.0) if score >= MIN_CONFIDENCE else None


def _by_confidence(doc: Document, problems: list[Problem], *, closed: Callable[[str], bool]) -> Iterator[str]:
    """The layouts sure enough of ``doc``, the most confident first (ties by name).

    A layout with a ``ceiling`` (the highest score its ``detect`` gives) is asked only once it could come
    next, and not at all when its family is ``closed`` by then: ``parse_document`` would pass it over
    wherever it stood. (Its detection failing is then not reported either.)"""
    pending: list[tuple[float, str]] = []
    deferred: list[tuple[float, str]] = []
    for name, layout in LAYOUTS.items():
        if (ceiling := getattr(layout, "ceiling", None)) is not None:
            deferred.append((-float(ceiling), name))
        elif (score := _detect(doc, name, problems)) is not None:
            pending.append((-score, name))
    pending.sort()
    deferred.sort()
    while pending or deferred:
        if deferred and (not pending or deferred[0] < pending[0]):
            _, name = deferred.pop(0)
            if not closed(_family(name)) and (score := _detect(doc, name, problems)) is not None:
                bisect.insort(pending, (-score, name))
            continue
        yield pending.pop(0)[1]


def parse_document(doc: Document) -> ParseResult:
    """The article of ``doc`` with its list, extracted by the best-fitting layout."""
    problems: list[Problem] = [
        _problem(doc, "layout-import", f"layout module {mod} could not be loaded: {err}", Severity.WARNING)
        for mod, err in sorted(LOAD_ERRORS.items())
    ]
    lists: list[tuple[str, list[Mention], tuple[Heading, ...]]] = []
    selection = False
    tried: set[str] = set()
    for name in _by_confidence(doc, problems, closed=lambda family: bool(lists) and family in tried):
        family = _family(name)
        if lists and family in tried and not _other_marker(name, lists):
            continue  # a layout of a family already read finds its own further lists itself
        try:
            ext = LAYOUTS[name].extract(doc)
        except Exception as exc:  # noqa: BLE001
            problems.append(
                _problem(doc, "layout-error", f"layout {name} failed to extract: {exc!r}", Severity.ERROR)
            )
            continue
        found, checked_problems = _checked(doc, ext, name)
        if _family(name) != "inline":  # the inline layout reads a person before the others itself
            found = with_named_first(doc, found, name)
        if found:
            tried.add(family)
        found, ext_headings = beside_taken(family, found, ext.headings, lists)
        if not found or (lists and not another_list(doc.text, found, ext_headings, lists)):
            continue
        found = without_family(
            doc.text, with_affiliations(doc.text, posts_with_bodies(latin_names_noted(bracketed_tags(found))))
        )
        found = parties_and_places(doc.text, posts_down_the_list(doc.text, names_dot_posts(doc.text, found)))
        found = inverted_names(
            ticket_partners(
                doc.text, readings_as_aliases(aliases_in_brackets(parties_in_brackets(doc.text, found)))
            )
        )
        grouped = dates_as_groups(
            categories_as_groups(
                shared_asides(
                    doc,
                    parted_notes(
                        doc.text,
                        notes_after_blanks(
                            doc.text,
                            latin_names_noted(people_asides(doc, bracketed_people_asides(doc, found))),
                        ),
                    ),
                )
            )
        )
        lists.append((name, grouped, grouped_headings(grouped, ext_headings)))
        selection = selection or ext.selection
        problems.extend(checked_problems)
        problems.extend(ext.problems)
    chosen = "+".join(name for name, _, _ in lists)
    mentions, headings = merged_lists(doc, lists)
    mentions, headings = without_group_names(doc.id, mentions, headings)
    selection = selection or any(lead_says_selection(doc.text, found[0].start) for _, found, _ in lists)
    headings = places_unbound(headline_counts(doc, headings, mentions), mentions)
    mentions, beyond = beyond_the_count(doc.id, mentions, headings)
    mentions = ordered_places(doc, mentions)
    problems.extend(beyond)
    if not chosen:
        problems.append(_problem(doc, "no-list", "no list found (no layout recognised one)", Severity.INFO))
    article = Article(
        id=doc.id,
        outlet=doc.outlet
        if doc.outlet != GENERIC.name or doc.format == "html"
        else outlet_from_text(doc) or doc.outlet,
        url=doc.url,
        date=doc.date,
        title=doc.title,
        text=doc.text,
        path=doc.path,
        encoding=doc.encoding,
        format=doc.format,
        layout=chosen,
        body_end=doc.body_end,
        selection=selection,
    )
    return ParseResult(article=article, mentions=tuple(mentions), headings=headings, problems=tuple(problems))


def parse_path(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, known: frozenset[str] = frozenset()
) -> ParseResult:
    """Read and parse one file; a file that cannot be read gives ``article=None`` and its problems.
    ``known``: the names (``name_fold``) the run's other articles list (``Document.known``)."""
    doc, read_problems = read_document(path, max_bytes=max_bytes)
    if doc is None:
        return ParseResult(article=None, problems=read_problems)
    if known:
        doc = replace(doc, known=known)
    res = parse_document(doc)
    return replace(res, problems=(*read_problems, *res.problems))
