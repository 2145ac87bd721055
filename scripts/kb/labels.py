"""Interface strings per language (docs/labels.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from .languages import DEFAULT

LABELS_FILE = Path(__file__).resolve().parents[2] / "docs" / "labels.yaml"


@cache
def all_labels(path: Path = LABELS_FILE) -> dict[str, dict[str, str]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def labels(code: str) -> dict[str, str]:
    """The strings of one language; a key it lacks falls back to English."""
    table = all_labels()
    return {**table[DEFAULT], **table.get(code, {})}
