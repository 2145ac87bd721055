"""Reuse the reading and schema check of files that have not changed since the last run.

Parsing YAML and checking it against the schema is most of the work of
`kb validate` on a large glossary; the checks across files are cheap by
comparison. Results are kept per file, keyed by size and modification time,
and thrown away whenever the schemas or the code that produced them change.
Set KB_CACHE_DIR to move the cache, or KB_NO_CACHE=1 to skip it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

# Everything whose output the cache keeps: a change to any of them empties it.
_CODE = [Path(__file__).with_name(name) for name in (
    "yamlfile.py", "schemas.py", "loader.py", "record_checks.py", "hashing.py", "inline.py",
    "languages.py", "problems.py")]


def _cache_dir() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kb"
    return Path(os.environ.get("KB_CACHE_DIR", default))


def _fingerprint(schema_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in [*_CODE, *sorted(schema_dir.glob("*.json"))]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ParseCache:
    def __init__(self, root: Path, schema_dir: Path) -> None:
        self.enabled = not os.environ.get("KB_NO_CACHE")
        self.file = _cache_dir() / (hashlib.sha1(str(root).encode()).hexdigest() + ".pickle")
        self.fingerprint = _fingerprint(schema_dir) if self.enabled else ""
        self.entries: dict[str, tuple[tuple[int, int], Any]] = {}
        self.changed = False
        if self.enabled and self.file.exists():
            try:
                with self.file.open("rb") as stream:
                    fingerprint, entries = pickle.load(stream)
                if fingerprint == self.fingerprint:
                    self.entries = entries
            except Exception:  # a damaged cache is only a slower run
                self.entries = {}

    @staticmethod
    def _key(path: Path) -> tuple[int, int]:
        stat = path.stat()
        return stat.st_size, stat.st_mtime_ns

    def get(self, path: Path) -> Any | None:
        if not self.enabled:
            return None
        found = self.entries.get(str(path))
        return found[1] if found and found[0] == self._key(path) else None

    def put(self, path: Path, value: Any) -> None:
        if self.enabled:
            self.entries[str(path)] = (self._key(path), value)
            self.changed = True

    def save(self, keep: set[str]) -> None:
        """Write the cache, forgetting files that no longer exist."""
        stale = set(self.entries) - keep
        if not self.enabled or not (self.changed or stale):
            return
        for name in stale:
            del self.entries[name]
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.file.parent, delete=False) as stream:
                pickle.dump((self.fingerprint, self.entries), stream, pickle.HIGHEST_PROTOCOL)
            os.replace(stream.name, self.file)
        except OSError:  # a read-only home is fine: the next run is just slower
            pass
