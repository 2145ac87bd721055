"""Short hashes that tie a translation to the English text it was made from."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from .languages import DEFAULT

TRACKING_FIELD = "translated_from"
# alt_names are collected per language, not translated one to one, so they do
# not make a translation stale.
_UNTRACKED = {TRACKING_FIELD, "alt_names"}


def english_hash(english: Mapping[str, Any]) -> str:
    tracked = {key: value for key, value in english.items() if key not in _UNTRACKED}
    canonical = json.dumps(tracked, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


OK, STALE, UNSTAMPED, MISSING = "ok", "stale", "unstamped", "missing"


def translation_status(texts: Mapping[str, Any], code: str, expected: str | None = None) -> str:
    """ok, stale, unstamped or missing: where one language stands against the English.

    `expected` is the English hash when the caller has it already.
    """
    if code == DEFAULT:
        return OK
    block = texts.get(code)
    if block is None:
        return MISSING
    stamp = block.get(TRACKING_FIELD)
    if stamp is None:
        return UNSTAMPED
    return OK if stamp == (expected or english_hash(texts[DEFAULT])) else STALE
