"""Load and check a glossary folder: the one entry point every command uses."""

from __future__ import annotations

from pathlib import Path

from .checks import run_checks
from .loader import Loaded, load


def validate(root: Path) -> Loaded:
    """Load `root` and add every cross-file problem; problems come sorted by file and line."""
    loaded = load(root)
    loaded.problems.extend(run_checks(loaded))
    loaded.problems.sort(key=lambda p: (p.file, p.line or 0, p.message))
    return loaded
