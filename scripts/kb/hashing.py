"""Short hashes that tie a translation to the English text it was made from."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

TRACKING_FIELD = "translated_from"
# alt_names are collected per language, not translated one to one, so they do
# not make a translation stale.
_UNTRACKED = {TRACKING_FIELD, "alt_names"}


def english_hash(english: Mapping[str, Any]) -> str:
    tracked = {key: value for key, value in english.items() if key not in _UNTRACKED}
    canonical = json.dumps(tracked, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]
