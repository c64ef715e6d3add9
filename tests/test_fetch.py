"""From URLs to evidence: fetching from a real server on 127.0.0.1, the WARC archive, offline replay.

Every request of these tests goes through httpx's transport, which a fixture guards: a request for any
host but 127.0.0.1 is refused (as a connection error) and recorded, so nothing leaves the machine.
"""

from __future__ import annotations

import base64
import csv
import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import pytest
from fetch_server import EXAMPLES, Site, serve
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator

from pipeline.cli import main
from pipeline.errors import UserFileError
from pipeline.fetching import fetch_into, page_stem
from pipeline.provenance import ARCHIVE_NAME
from pipeline.run import reconcile
from reports.json_report import load_schema
from sources.archive import Replay, sha256_hex
from sources.fetch import Fetcher
from sources.fetch_judging import charset_conflict
from sources.fetch_records import FetchSettings
from sources.manifest import Entry, parse_manifest
from sources.metadata import PageMetadata, page_metadata, page_text, text_metadata

STORY = "us-travel-ban-2025-06"
FAST = FetchSettings(timeout=0.5, delay=0.0, retries=2, backoff=0.01, max_bytes=200_000)
ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuse, and record, every request httpx would send to a host other than 127.0.0.1."""
    refused: list[str] = []
    real = httpx.HTTPTransport.handle_request

    def guarded(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        if request.url.host != "127.0.0.1":
            refused.append(request.url.host)
            raise httpx.ConnectError("the tests reach 127.0.0.1 only", request=request)
        return real(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", guarded)
    return refused


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as s:
        yield s


def _report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


def _problems(report: dict) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for p in report["problems"]:
        found.setdefault(p["article"], set()).add(p["code"])
    return found


# --------------------------------------------------------------------------- the whole run


# the articles a story's files leave undated, and the date their page is given, read from each one:
UNDATED = {
    STORY: {},  # 06_continental-wire's first line, "June 4, 2025, 9:52 PM EDT", dates its file too
    "us-withdrawal-2026-01": {"002_5fb0c41b056a1ba0": None},  # only a photo caption's date: none
}


@pytest.mark.parametrize("story", sorted(UNDATED))
def test_run_on_urls_reports_what_the_files_report(site: Site, tmp_path: Path, story: str) -> None:
    names = sorted(p.name for p in (EXAMPLES / story).iterdir() if p.suffix in (".html", ".txt"))
    urls = [site.page(story, name) for name in names]
    assert main(["run", *urls, "--out", str(tmp_path / "web"), "--delay", "0", "-q", "--no-progress"]) == 0
    assert main(["run", str(EXAMPLES / story), "--out", str(tmp_path / "files"), "-q", "--no-progress"]) == 0
    web, files = _report(tmp_path / "web"), _report(tmp_path / "files")
    for key in ("entities", "mentions", "discrepancies", "claims", "links", "groups"):
        assert web[key] == files[key], key
    by_id = {a["id"]: a for a in files["articles"]}
    printed_dates = UNDATED[story]
    assert [a["id"] for a in files["articles"] if not a["date"]] == list(printed_dates)
    assert len(web["articles"]) == len(names)
    for article in web["articles"]:
        on_file = by_id[article["id"]]
        assert (article["outlet"], article["title"]) == (on_file["outlet"], on_file["title"])
        assert article["date"] == (on_file["date"] or printed_dates[article["id"]])
        assert article["outlet"] not in ("", "unknown")
        name = article["id"] + (".html" if article["format"] == "html" else ".txt")
        provenance = article["provenance"]
        assert article["path"] == article["url"] == provenance["url"] == site.page(story, name)
        assert provenance["sha256"] == hashlib.sha256((EXAMPLES / story / name).read_bytes()).hexdigest()
        assert ISO_UTC.match(provenance["retrieved_at"])
    assert "provenance" not in files["articles"][0]
    jsonschema.Draft202012Validator(load_schema()).validate(web)
    report_md = (tmp_path / "web" / "report.md").read_text(encoding="utf-8")
    assert "### Sources fetched" in report_md and web["articles"][0]["provenance"]["sha256"] in report_md


def test_offline_replay_is_byte_identical(site: Site, tmp_path: Path, loopback_only: list[str]) -> None:
    urls = [
        site.page(STORY, "01_island-daily.html", "moved"),
        site.page(STORY, "02_harbour-times.txt", "flaky"),
        site.page(STORY, "04_meridian-herald.html", "wrong-charset"),
        site.page(STORY, "06_continental-wire.txt"),
        site.base + "/missing",
        site.base + "/report.pdf",
    ]
    online, offline = tmp_path / "online", tmp_path / "offline"
    assert main(["run", *urls, "--out", str(online), "--delay", "0", "-q", "--no-progress"]) == 0
    served = sum(site.hits.values())
    archive = online / ARCHIVE_NAME
    assert (
        main(["run", "--offline", "--archive", str(archive), "--out", str(offline), "-q", "--no-progress"])
        == 0
    )
    assert sum(site.hits.values()) == served  # nothing was asked of the server
    names = sorted(p.name for p in online.iterdir())
    assert names == sorted(p.name for p in offline.iterdir())
    for name in names:
        assert (online / name).read_bytes() == (offline / name).read_bytes(), name
    assert loopback_only == []
    codes = _problems(_report(offline))
    assert codes["04_meridian-herald"] >= {"fetch_charset"}
    assert (codes[site.base + "/missing"], codes[site.base + "/report.pdf"]) == (
        {"fetch_http_error"},
        {"fetch_not_html"},
    )


def test_offline_replay_of_the_urls_named(site: Site, tmp_path: Path) -> None:
    urls = [site.page(STORY, "01_island-daily.html"), site.page(STORY, "05_asanagi-shimbun.txt")]
    archive = tmp_path / "pages.warc.gz"
    args = ["--delay", "0", "-q", "--no-progress", "--archive", str(archive)]
    assert main(["run", *urls, "--out", str(tmp_path / "a"), *args]) == 0
    assert archive.read_bytes() == (tmp_path / "a" / ARCHIVE_NAME).read_bytes()
    replay = ["run", urls[1], site.base + "/never-fetched", "--offline", "--archive", str(archive)]
    assert main([*replay, "--out", str(tmp_path / "b"), "-q", "--no-progress"]) == 0
    report = _report(tmp_path / "b")
    assert [a["id"] for a in report["articles"]] == ["05_asanagi-shimbun"]
    assert _problems(report)[site.base + "/never-fetched"] == {"archive_missing"}


def test_offline_needs_an_archive(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["run", "--offline", "--out", str(tmp_path / "o")]) == 2
    assert "--offline needs --archive FILE" in capsys.readouterr().err
    not_warc = tmp_path / "not.warc.gz"
    not_warc.write_bytes(b"plain text, no WARC")
    assert main(["run", "--offline", "--archive", str(not_warc), "--out", str(tmp_path / "o")]) == 2
    assert "cannot be read" in capsys.readouterr().err
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(
        gzip.compress(b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 900\r\n\r\nab")[:-9]
    )
    assert main(["run", "--offline", "--archive", str(truncated), "--out", str(tmp_path / "o")]) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


# --------------------------------------------------------------------------- every failure, by name


def _fetched_run(site: Site, tmp_path: Path, urls: list[str]) -> dict[str, set[str]]:
    fetched = fetch_into([Entry(url=u) for u in sorted(urls)], tmp_path / "pages", settings=FAST)
    rec = reconcile([tmp_path / "pages"])
    assert {p.code for p in fetched.problems} <= {p.code for p in rec.problems}
    found: dict[str, set[str]] = {}
    for p in rec.problems:
        found.setdefault(p.article, set()).add(p.code)
    found["articles"] = {a.id for a in rec.articles}
    return found


def test_each_failure_is_reported_by_name_and_the_rest_is_read(site: Site, tmp_path: Path) -> None:
    failing = {
        "/missing": "fetch_http_error",
        "/broken": "fetch_http_error",
        "/slow": "fetch_timeout",
        "/loop/a": "fetch_redirect_loop",
        "/huge": "fetch_too_large",
        "/huge-unannounced": "fetch_too_large",
        "/report.pdf": "fetch_not_html",
    }
    good = [
        site.page(STORY, "01_island-daily.html", "moved"),
        site.page(STORY, "02_harbour-times.txt", "flaky"),
        site.page(STORY, "04_meridian-herald.html", "wrong-charset"),
        site.page(STORY, "06_continental-wire.txt"),
    ]
    found = _fetched_run(
        site, tmp_path, [*good, site.base + "/empty", *(site.base + path for path in failing)]
    )
    for path, code in failing.items():
        assert found[site.base + path] == {code}, path
    assert found[site.base + "/empty"] == {"empty"}  # fetched, then read: named by its URL, not its file
    assert found["articles"] == {
        "01_island-daily",
        "02_harbour-times",
        "04_meridian-herald",
        "06_continental-wire",
    }
    assert "fetch_charset" in found["04_meridian-herald"]
    assert site.hits["/missing"] == 1  # a 404 is not retried
    assert site.hits["/broken"] == 1 + FAST.retries  # a 500 is, as often as allowed
    assert site.hits[f"/flaky/{STORY}/02_harbour-times.txt"] == 2


def test_redirects_and_retries_are_recorded(site: Site, tmp_path: Path) -> None:
    moved = site.page(STORY, "01_island-daily.html", "moved")
    flaky = site.page(STORY, "02_harbour-times.txt", "flaky")
    with Fetcher(settings=FAST) as fetcher:
        redirected, retried = fetcher.fetch(moved), fetcher.fetch(flaky)
    assert redirected.redirects == (moved,)
    assert redirected.page is not None and redirected.page.url == site.page(STORY, "01_island-daily.html")
    assert [e.status for e in retried.exchanges] == [500, 200]
    fetched = fetch_into([Entry(url=moved)], tmp_path / "p", settings=FAST)
    art = reconcile([tmp_path / "p"]).articles[0]
    assert art.provenance is not None
    assert (art.provenance.url, art.provenance.final_url) == (moved, site.page(STORY, "01_island-daily.html"))
    assert art.provenance.redirects == (moved,)
    assert fetched.files == (tmp_path / "p" / "01_island-daily.html",)


def test_a_run_on_urls_that_all_fail_exits_2(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["run", site.base + "/missing", "--out", str(tmp_path / "o"), "--delay", "0", "--no-progress"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "no article could be read" in err and "HTTP 404" in err
    assert not (tmp_path / "o").exists()
    assert main(["fetch", site.base + "/missing", "--into", str(tmp_path / "p"), "--delay", "0", "-q"]) == 2
    assert "HTTP 404" in capsys.readouterr().err


def test_nothing_leaves_the_loopback(loopback_only: list[str]) -> None:
    with Fetcher(settings=FAST) as fetcher:
        result = fetcher.fetch("http://example.org/news.html")
    assert result.problem is not None and result.problem.code == "fetch_connection"
    assert loopback_only[0] == "example.org"


# --------------------------------------------------------------------------- the archive


def _b32(body: bytes) -> str:
    return "sha256:" + base64.b32encode(hashlib.sha256(body).digest()).decode()


def test_the_archive_holds_every_response_with_time_and_digest(site: Site, tmp_path: Path) -> None:
    flaky = site.page(STORY, "07_formosa-tv.txt", "flaky")
    main(["fetch", flaky, site.base + "/missing", "--into", str(tmp_path / "f"), "--delay", "0", "-q"])
    records = []
    with open(tmp_path / "f" / ARCHIVE_NAME, "rb") as fh:
        for r in ArchiveIterator(fh):
            body = r.content_stream().read()
            records.append((r.rec_type, r.rec_headers, r.http_headers, body))
    responses = [(h, http, body) for kind, h, http, body in records if kind == "response"]
    assert [http.get_statuscode() for _, http, _ in responses] == ["500", "200", "404"]
    page = (EXAMPLES / STORY / "07_formosa-tv.txt").read_bytes()
    headers, _, body = responses[1]
    assert body == page and headers.get_header("WARC-Payload-Digest") == _b32(page)
    assert ISO_UTC.match(headers.get_header("WARC-Date"))
    outcomes = {
        h.get_header("WARC-Target-URI"): json.loads(body)
        for kind, h, _, body in records
        if kind == "metadata"
    }
    assert outcomes[flaky]["sha256"] == sha256_hex(page) and outcomes[flaky][
        "retrieved_at"
    ] == headers.get_header("WARC-Date")
    assert outcomes[site.base + "/missing"]["problem"]["code"] == "fetch_http_error"
    assert len([kind for kind, *_ in records if kind == "request"]) == 3


def test_a_page_that_no_longer_matches_its_digest_is_refused(site: Site, tmp_path: Path) -> None:
    url = site.page(STORY, "06_continental-wire.txt")
    fetched = fetch_into([Entry(url=url)], tmp_path / "p", settings=FAST)
    (tmp_path / ARCHIVE_NAME).write_bytes(fetched.archive)
    replay = Replay.load(tmp_path / ARCHIVE_NAME)
    assert replay.fetch(url).page is not None
    outcome = dict(replay.outcomes[url], sha256="0" * 64)
    tampered = Replay(outcomes={url: outcome}, responses=replay.responses)
    problem = tampered.fetch(url).problem
    assert problem is not None and problem.code == "archive_digest"


# --------------------------------------------------------------------------- fetch, manifests, metadata


def test_fetch_command_then_run_on_the_folder_equals_the_replay(site: Site, tmp_path: Path) -> None:
    urls = [site.page(STORY, "03_dongfang-shixun.txt"), site.page(STORY, "04_meridian-herald.html")]
    into = tmp_path / "pages"
    assert main(["fetch", *urls, site.base + "/missing", "--into", str(into), "--delay", "0", "-q"]) == 1
    assert sorted(p.name for p in into.iterdir()) == sorted(
        ["03_dongfang-shixun.txt", "04_meridian-herald.html", "fetched.json", ARCHIVE_NAME]
    )
    sidecar = json.loads((into / "fetched.json").read_text(encoding="utf-8"))
    assert sidecar["pages"]["04_meridian-herald.html"]["page"]["site_name"] == "The Meridian Herald"
    assert main(["run", str(into), "--out", str(tmp_path / "a"), "-q", "--no-progress"]) == 0
    replay = ["run", *urls, site.base + "/missing", "--offline", "--archive", str(into / ARCHIVE_NAME)]
    assert main([*replay, "--out", str(tmp_path / "b"), "-q", "--no-progress"]) == 0
    assert (tmp_path / "a" / "report.json").read_bytes() == (tmp_path / "b" / "report.json").read_bytes()
    assert (tmp_path / "a" / "report.md").read_bytes() == (tmp_path / "b" / "report.md").read_bytes()
    # a second fetch into the same folder replaces the first; a folder of other files is refused
    assert main(["fetch", urls[0], "--into", str(into), "--delay", "0", "-q"]) == 0
    assert sorted(p.name for p in into.iterdir()) == sorted(
        ["03_dongfang-shixun.txt", "fetched.json", ARCHIVE_NAME]
    )
    assert main(["fetch", urls[0], "--into", str(EXAMPLES / STORY), "-q"]) == 2


def test_the_manifest_wins_over_the_page(site: Site, tmp_path: Path) -> None:
    manifest = tmp_path / "story.csv"
    with open(manifest, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["language", "url", "outlet", "date"])
        writer.writerow(["en", site.page(STORY, "04_meridian-herald.html"), "Meridian (print)", "2025-06-06"])
        writer.writerow(["zh-Hant", site.page(STORY, "01_island-daily.html"), "", "June 5"])
        writer.writerow(["en", "ftp://example.org/x.html", "", ""])
    out = tmp_path / "o"
    assert (
        main(["run", "--manifest", str(manifest), "--out", str(out), "--delay", "0", "-q", "--no-progress"])
        == 0
    )
    report = _report(out)
    articles = {a["id"]: a for a in report["articles"]}
    assert (articles["04_meridian-herald"]["outlet"], articles["04_meridian-herald"]["date"]) == (
        "Meridian (print)",
        "2025-06-06",
    )
    assert articles["04_meridian-herald"]["provenance"]["language"] == "en"
    assert (articles["01_island-daily"]["outlet"], articles["01_island-daily"]["date"]) == (
        "島嶼日報",
        "2025-06-05",
    )
    codes = _problems(report)
    assert codes[site.page(STORY, "01_island-daily.html")] == {"manifest_date"}
    assert codes[str(manifest)] == {"manifest_row"}


def test_a_manifest_that_cannot_be_used_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--manifest", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "o")]) == 2
    assert "manifest" in capsys.readouterr().err
    (tmp_path / "m.csv").write_bytes(b"url,outlet\nhttps://a.example/1.html,\xff\xfe\n")
    assert main(["fetch", "--manifest", str(tmp_path / "m.csv"), "--into", str(tmp_path / "p")]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_a_manifest_without_a_url_column_is_refused() -> None:
    with pytest.raises(UserFileError, match="no 'url' column"):
        parse_manifest("outlet,date\nX,2025-01-01\n", where="m.csv")
    entries, problems = parse_manifest("URL , Outlet\nhttps://a.example/1.html,A\n,B\n", where="m.csv")
    assert entries == [Entry(url="https://a.example/1.html", outlet="A")]
    assert [p.code for p in problems] == ["manifest_row"]


def test_a_page_without_its_site_name_gets_it_from_its_metadata(site: Site, tmp_path: Path) -> None:
    fetch_into(
        [Entry(url=site.page(STORY, "04_meridian-herald.html", "bare"))], tmp_path / "p", settings=FAST
    )
    art = reconcile([tmp_path / "p"]).articles[0]
    assert art.outlet == "The Meridian Herald"
    assert art.date == "2025-06-04"


# --------------------------------------------------------------------------- small parts


def test_the_delay_between_two_requests_to_one_host(site: Site) -> None:
    waits: list[float] = []
    with Fetcher(settings=FetchSettings(delay=30.0, retries=0), sleep=waits.append) as fetcher:
        fetcher.fetch(site.page(STORY, "06_continental-wire.txt"))
        assert waits == []
        fetcher.fetch(site.page(STORY, "07_formosa-tv.txt"))
    assert len(waits) == 1 and 29.0 < waits[0] <= 30.0


@pytest.mark.parametrize(
    "url, stem",
    [
        ("https://news.example/2025/06/01_island-daily.html", "01_island-daily"),
        ("https://news.example/a/b/story/", "story"),
        ("https://news.example/", "news.example"),
        ("https://news.example/p?id=7", "p"),
        ("https://news.example/%E6%96%B0%E8%81%9E.htm", "新聞"),
        ("https://news.example/a%20b:c.html", "a_b_c"),
    ],
)
def test_page_stem(url: str, stem: str) -> None:
    assert page_stem(url) == stem


def test_charset_conflicts() -> None:
    text = "旅行禁令".encode()
    assert charset_conflict(text, "utf-8") == ""
    assert charset_conflict(b"plain ascii", "iso-8859-1") == ""
    assert "bytes are UTF-8" in charset_conflict(text, "iso-8859-1")
    assert "are not big5" in charset_conflict(text, "big5")
    assert "unknown charset" in charset_conflict(text, "x-nonsense")


@pytest.mark.parametrize(
    "sidecar",
    [
        "not json",
        '{"version": "1", "pages": ["a"], "problems": {"x": 1}}',
        '{"version": "1", "pages": {"06_continental-wire.txt": {"url": 7, "status": "x", "redirects": "r"}}}',
        '{"version": "2", "pages": {}}',
    ],
)
def test_a_broken_sidecar_costs_only_the_provenance(tmp_path: Path, sidecar: str) -> None:
    page = tmp_path / "06_continental-wire.txt"
    page.write_bytes((EXAMPLES / STORY / page.name).read_bytes())
    (tmp_path / "fetched.json").write_text(sidecar, encoding="utf-8")
    art = reconcile([tmp_path]).articles[0]
    assert (art.id, art.outlet, art.path, art.provenance) == (
        "06_continental-wire",
        "Continental Wire",
        str(page),
        None,
    )


def test_metadata_of_a_big5_page() -> None:
    html = (EXAMPLES / STORY / "01_island-daily.html").read_text(encoding="utf-8")
    body = html.replace('charset="utf-8"', 'charset="big5"').encode("big5", "replace")
    meta = page_metadata(page_text(body))
    assert (meta.site_name, meta.date) == ("島嶼日報", "2025-06-05")
    assert meta.title == "川普簽署新旅行禁令 19國人民入境美國受限"


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_page_stem_is_a_file_name(path: str) -> None:
    stem = page_stem("https://news.example/" + path)
    assert stem and len(stem) <= 80 and "/" not in stem and stem not in (".", "..")


@given(st.text(max_size=300), st.sampled_from(["", "<title>A | B</title>", "<html><head>", "<?xml?>"]))
@settings(max_examples=25, deadline=None)
def test_metadata_of_any_text_never_raises(text: str, prefix: str) -> None:
    page = page_metadata(prefix + text)
    assert page.date == "" or len(page.date) == 10
    assert text_metadata(text).site_name == ""


@pytest.mark.parametrize(
    "path, date",
    [
        ("us-travel-ban-2025-06/06_continental-wire.txt", "2025-06-04"),  # "June 4, 2025, 9:52 PM EDT"
        ("us-withdrawal-2026-01/002_5fb0c41b056a1ba0.txt", ""),  # a photo caption's date only
        ("us-tariff-letters-2025-07/06_eurasia-press.txt", "2025-07-07"),  # "July 7, 2025, 6:14 PM EDT"
    ],
)
def test_a_text_pages_date_is_its_dateline_or_none(path: str, date: str) -> None:
    assert text_metadata((EXAMPLES / path).read_text(encoding="utf-8")).date == date


def test_a_year_alone_is_no_date() -> None:
    assert text_metadata("Annual report\n2025\nSome news") == PageMetadata()


def test_the_ci_gate_on_urls_and_on_their_archive(site: Site, tmp_path: Path) -> None:
    urls = [site.page(STORY, "01_island-daily.html"), site.page(STORY, "02_harbour-times.txt")]
    baseline, archive = tmp_path / "baseline.json", tmp_path / "pages.warc.gz"
    write = ["check", *urls, "--baseline", str(baseline), "--write-baseline", "--archive", str(archive)]
    assert main([*write, "--delay", "0", "-q", "--no-progress"]) == 0
    assert archive.is_file() and baseline.is_file()
    gate = [
        "check",
        "--offline",
        "--archive",
        str(archive),
        "--baseline",
        str(baseline),
        "--fail-on",
        "warning",
    ]
    assert main([*gate, "--fail-on-input-problems", "-q", "--no-progress"]) == 0
