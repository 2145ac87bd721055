"""CSV for spreadsheets: one row per entry and language."""

from __future__ import annotations

import csv
import io
from typing import Any

from ..languages import CODES
from .common import entry_url, plain

COLUMNS = ["id", "language", "type", "name", "alt_names", "short", "long", "tags",
           "broader", "narrower", "related", "sources", "url", "translation_of_english"]


def to_csv(glossary: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for entry_id, entry in glossary["entries"].items():
        for code in CODES:
            block = entry["texts"].get(code)
            if block is None:
                continue
            writer.writerow({
                "id": entry_id,
                "language": code,
                "type": entry["type"],
                "name": block["name"],
                "alt_names": " | ".join(block.get("alt_names", [])),
                "short": plain(glossary, block["short"], code),
                "long": plain(glossary, block["long"], code),
                "tags": " ".join(entry["tags"]),
                "broader": " ".join(entry["broader"]),
                "narrower": " ".join(entry["narrower"]),
                "related": " ".join(entry["related"]),
                "sources": " ".join(sorted({c["source"] for c in entry["sources"]})),
                "url": entry_url(entry_id, code),
                "translation_of_english": block.get("translated_from", ""),
            })
    return out.getvalue()
