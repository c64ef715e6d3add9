"""What trafilatura does better or worse than crosscheck's own reader on the example stories' HTML pages.

    .venv/bin/python benchmarks/metadata.py

For every ``.html`` article of ``examples/``: the outlet, date and title the reader finds and those
trafilatura's ``extract_metadata`` finds (also when handed the page's URL, which sends htmldate to the
URL's path first); then the main text: how many of the list items the reader extracts (by name as
printed) are still in trafilatura's ``extract`` output (tables and formatting kept), and whether the
stated count survives. The reader's text keeps offsets into the page's text; trafilatura's has none.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sources.metadata import page_metadata  # noqa: E402
from sources.registry import parse_path  # noqa: E402

EXAMPLES = ROOT / "examples"
# a URL as a test server or a newsroom gives it: the story's folder (year and month) in the path
URL = "http://127.0.0.1:8000/{story}/{name}"


def _row(path: Path) -> list[str]:
    from trafilatura import extract, extract_metadata

    html = path.read_text(encoding="utf-8")
    parsed = parse_path(path)
    art = parsed.article
    assert art is not None
    meta = page_metadata(html)
    with_url = extract_metadata(html, default_url=URL.format(story=path.parent.name, name=path.name))
    text = extract(html, include_tables=True, include_formatting=False, favor_recall=True) or ""
    names = [m.name_zh or m.name_en for m in parsed.mentions if m.kind.value == "list"]
    kept = sum(1 for n in names if n and n in text)
    return [
        f"{path.parent.name}/{path.name}",
        f"{art.outlet} / {meta.site_name or '—'}",
        f"{art.date} / {meta.date or '—'} / {(with_url.date if with_url else '') or '—'}",
        "same" if art.title == meta.title else f"{art.title[:24]} / {meta.title[:24]}",
        f"{kept}/{len(names)}",
        f"{len(art.text):,} / {len(text):,}",
    ]


def main() -> None:
    logging.disable(logging.WARNING)
    header = [
        "page",
        "outlet: reader / trafilatura",
        "date: reader / trafilatura / with URL",
        "title",
        "list items in trafilatura's text",
        "text chars: reader / trafilatura",
    ]
    rows = [_row(p) for p in sorted(EXAMPLES.glob("*/*.html"))]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
