"""Hand-over between `kb build` and the MkDocs hooks within one process.

`kb build` has validated the glossary before MkDocs starts; the hooks take
that result instead of validating again. `kb serve` rebuilds validate afresh.
"""

from __future__ import annotations

from typing import Any

_preloaded: dict[str, Any] | None = None


def hand_over(glossary: dict[str, Any]) -> None:
    global _preloaded
    _preloaded = glossary


def take() -> dict[str, Any] | None:
    global _preloaded
    glossary, _preloaded = _preloaded, None
    return glossary
