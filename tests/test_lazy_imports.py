"""Libraries a story does not need are not imported: BeautifulSoup only by the first HTML page read.

Each case runs in a fresh interpreter (this process has imported everything already)."""

from __future__ import annotations

from pathlib import Path

from fresh_process import run_fresh

TEXT = "甲國日報\n\n乙國宣布退出下列3個組織：\n1. 丙組織\n2. 丁委員會\n3. 戊基金\n"
PAGE = (
    "<html><head><title>Aland Times</title></head><body><article><h1>Borduria leaves three bodies</h1>"
    "<p>Borduria said it would leave these 3 organizations:</p>"
    "<ul><li>Carpathia Council</li><li>Aland Fund</li><li>Syldavia Committee</li></ul>"
    "</article></body></html>"
)
PROGRAM = """
import sys
from sources.registry import parse_path
result = parse_path(sys.argv[1])
print(len(result.mentions), "bs4" in sys.modules, "soupsieve" in sys.modules)
"""


def _read(path: Path) -> str:
    return run_fresh(PROGRAM, str(path))


def test_a_text_article_is_read_without_beautifulsoup(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert _read(article) == "3 False False"


def test_an_html_page_imports_it(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    assert _read(page) == "3 True True"


RUN = """
import runpy
import sys
sys.argv = ["crosscheck", "run", sys.argv[1], "--out", sys.argv[2], "--quiet"]
try:
    runpy.run_module("pipeline.cli", run_name="__main__")
except SystemExit:
    pass
print("pykakasi" in sys.modules)
"""


def _run_imports_pykakasi(folder: Path, out: Path) -> str:
    return run_fresh(RUN, str(folder), str(out), cache="off").splitlines()[-1]


def test_a_story_without_japanese_never_loads_the_kanji_readings(tmp_path: Path) -> None:
    """Short Chinese names (two to five characters) in both scripts, no Japanese outlet and no English
    name in Hepburn syllables: the misspelt-kanji check has nothing to judge and reads no name in Japanese."""
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(TEXT, encoding="utf-8")
    (story / "b.txt").write_text(
        "甲国晚报\n\n乙国宣布退出下列3个组织：\n1. 丙组织\n2. 丁委员会\n3. 戊基金\n", encoding="utf-8"
    )
    assert _run_imports_pykakasi(story, tmp_path / "out") == "False"


HEAVY = """
import runpy
import sys
sys.argv = ["crosscheck", "run", sys.argv[1], "--out", sys.argv[2], "--quiet"]
try:
    runpy.run_module("pipeline.cli", run_name="__main__")
except SystemExit:
    pass
loaded = [m for m in ("scipy.sparse", "pycountry") if m in sys.modules]
print(" ".join(loaded))
"""


def test_a_small_run_does_not_import_pycountry(tmp_path: Path) -> None:
    """An English name the index does not hold is looked up among the everyday names without importing
    pycountry (its import asks every installed package for its version); the second run, whose cache
    folder holds the gazetteer's index, does not load it (matching still builds its sparse matrices)."""
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(TEXT, encoding="utf-8")
    (story / "b.html").write_text(PAGE, encoding="utf-8")
    cache = str(tmp_path / "cache")
    run_fresh(HEAVY, str(story), str(tmp_path / "first"), cache=cache)
    assert run_fresh(HEAVY, str(story), str(tmp_path / "out"), cache=cache).splitlines()[-1] == "scipy.sparse"
