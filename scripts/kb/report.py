"""The coverage report: entries × languages, stale translations, sources cited."""

from __future__ import annotations

from typing import Any

from .hashing import MISSING, OK, STALE, UNSTAMPED, translation_status
from .languages import CODES


def coverage(glossary: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for collection in ("entries", "faq", "facts"):
        for record_id, record in glossary[collection].items():
            rows.append({
                "kind": collection,
                "id": record_id,
                "languages": {code: translation_status(record["texts"], code) for code in CODES},
                "sources": sorted({cite["source"] for cite in record["sources"]}),
            })
    totals = {code: sum(row["languages"][code] == OK for row in rows) for code in CODES}
    return {"rows": rows, "complete": totals, "total": len(rows)}


def render_coverage(glossary: dict[str, Any]) -> str:
    data = coverage(glossary)
    marks = {OK: "✓", STALE: "stale", UNSTAMPED: "unstamped", MISSING: "—"}
    width = max((len(row["id"]) for row in data["rows"]), default=2) + 2
    header = "kind     " + "id".ljust(width) + "".join(code.ljust(9) for code in CODES) + "sources"
    lines = [header, "-" * len(header)]
    for row in data["rows"]:
        cells = "".join(marks[row["languages"][code]].ljust(9) for code in CODES)
        lines.append(f"{row['kind']:<9}{row['id'].ljust(width)}{cells}{', '.join(row['sources'])}")
    lines.append("-" * len(header))
    totals = "".join(f"{data['complete'][code]}/{data['total']}".ljust(9) for code in CODES)
    lines.append("complete " + "".ljust(width) + totals)
    return "\n".join(lines)
