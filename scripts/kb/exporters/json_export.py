"""The JSON export: the loaded glossary as one document (the contract)."""

from __future__ import annotations

import json
from typing import Any


def to_json(glossary: dict[str, Any]) -> str:
    return json.dumps(glossary, ensure_ascii=False, indent=2) + "\n"


def entry_json(glossary: dict[str, Any], entry_id: str) -> str:
    """One entry alone, small enough for another app's tooltip."""
    document = {"format": glossary["format"], "entry": glossary["entries"][entry_id]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
