"""The examples each ``crosscheck`` command's help ends with."""

EXAMPLES = {
    "run": """examples:
  crosscheck run examples/us-travel-ban-2025-06            # reports in out/us-travel-ban-2025-06
  crosscheck run examples/us-travel-ban-2025-06 --reference examples/us-travel-ban-2025-06/reference.json
  crosscheck run a.html b.txt --out reports/today --format md,html
  crosscheck run articles/ --fail-on error --json          # summary as JSON; exit 1 on an error
  crosscheck run https://example.org/a.html --manifest story.csv --out out/story   # fetched and archived
  crosscheck run --offline --archive out/story/archive.warc.gz --out out/replay   # the archive alone""",
    "fetch": """examples:
  crosscheck fetch https://example.org/news/1.html https://example.org/news/2.html --into pages/
  crosscheck fetch --manifest story.csv --into pages/ --delay 2   # story.csv: url,outlet,date,language
  crosscheck run pages/                                           # reads the pages with their provenance""",
    "sources": """examples:
  crosscheck sources | jq '.layouts[].name'""",
    "diff": """examples:
  crosscheck diff out/old/report.json out/new/report.json
  crosscheck diff old.json new.json --json""",
    "check": """examples:
  crosscheck check articles/ --baseline ci/baseline.json --write-baseline   # accept the current state
  crosscheck check articles/ --baseline ci/baseline.json --junit junit.xml
  crosscheck check articles/ --baseline ci/baseline.json --fail-on-input-problems --out out/ci""",
    "review": """examples:
  crosscheck review out/us-withdrawal-2026-01            # http://127.0.0.1:8765/
  crosscheck review out/today --decisions decisions.csv --port 0""",
    "batch": """examples:
  crosscheck batch examples/us-travel-ban-2025-06 examples/us-withdrawal-2026-01 --out out/batch
  crosscheck batch stories/*/ --out out/nightly --scheduler tcp://127.0.0.1:8786 --fail-on error""",
}
