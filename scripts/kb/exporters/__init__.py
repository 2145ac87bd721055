"""Machine-readable exports of the glossary: one module per format."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import csv_export, json_export, skos, tbx

FORMATS: dict[str, Callable[[dict[str, Any]], str]] = {
    "json": json_export.to_json,
    "tbx": tbx.to_tbx,
    "skos": skos.to_jsonld,
    "turtle": skos.to_turtle,
    "csv": csv_export.to_csv,
}


def export(glossary: dict[str, Any], fmt: str) -> str:
    return FORMATS[fmt](glossary)
