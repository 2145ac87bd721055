"""Machine-readable exports of the glossary: one module per format."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def export(glossary: dict[str, Any], fmt: str) -> str:
    return _formats()[fmt](glossary)


def _formats() -> dict[str, Callable[[dict[str, Any]], str]]:
    from . import json_export

    formats: dict[str, Callable[[dict[str, Any]], str]] = {"json": json_export.to_json}
    try:
        from . import csv_export, skos, tbx

        formats.update(
            {"csv": csv_export.to_csv, "tbx": tbx.to_tbx, "skos": skos.to_jsonld,
             "turtle": skos.to_turtle}
        )
    except ImportError:  # pragma: no cover - formats arrive one by one
        pass
    return formats
