"""Load the glossary folder into one plain document: the export contract.

Each file is read (yamlfile), checked against its schema (schemas), and
normalised (defaults filled in, entries sorted by id) into the dictionary that
`kb export --format json` prints and the site reads. Every record remembers
where it came from so later checks can name file and line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .languages import CODES
from .parse_cache import ParseCache
from .problems import Problem
from .record_checks import check_record, term_link_targets
from .schemas import schema_errors
from .yamlfile import LazyDocument, Path_, YamlDocument, dotted, read_yaml

FORMAT = "influencer-tiers-kb/1"


@dataclass
class Record:
    """Where one record (entry, FAQ, fact, source, scheme…) sits in the files."""

    kind: str
    id: str
    file: str
    doc: YamlDocument
    base: Path_

    def line(self, *subpath: str | int) -> int | None:
        return self.doc.line_of((*self.base, *subpath))

    def problem(
        self, message: str, *subpath: str | int, severity: str = "error"
    ) -> Problem:
        return Problem(
            self.file,
            self.line(*subpath),
            self.id,
            dotted(tuple(subpath)),
            message,
            severity,  # type: ignore[arg-type]
            self.kind,
        )


@dataclass
class Loaded:
    glossary: dict[str, Any]
    records: dict[tuple[str, str], Record] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # What could not be loaded: references to it are not reported as unknown.
    unreadable: set[str] = field(default_factory=set)
    # [[term links]] of each record: (field path, entry id), checked across files
    term_links: dict[tuple[str, str], list[tuple[Path_, str]]] = field(default_factory=dict)


# What reading one file yields for each record in it: the problems found in the
# record alone, its term links, and its normalised data (all kept in the cache).
Local = dict[tuple[str, str], tuple[list[Problem], list[tuple[Path_, str]], dict[str, Any]]]


def empty_glossary() -> dict[str, Any]:
    return {
        "format": FORMAT,
        "languages": list(CODES),
        "sources": {},
        "schemes": {},
        "disagreements": {},
        "entries": {},
        "faq": {},
        "facts": {},
    }


def load(root: Path, display_root: Path | None = None) -> Loaded:
    """Read every glossary file under `root`; never raises on bad content."""
    root = root.resolve()
    shown = display_root.resolve() if display_root else Path.cwd()
    loaded = Loaded(empty_glossary())
    schema_dir = _schema_dir(root)
    if not root.is_dir():
        loaded.problems.append(Problem(str(root), None, None, None, "no such folder"))
        return loaded
    cache = ParseCache(root, schema_dir)
    seen: set[str] = set()
    record_files = [
        (path, kind)
        for folder, kind in (("entries", "entry"), ("faq", "faq"))
        for path in sorted((root / folder).glob("*.yaml"))
    ]
    fresh = _read_in_parallel(
        [(path, kind, _display(path, shown)) for path, kind in record_files
         if cache.get(path) is None], schema_dir)

    def read(path: Path, kind: str) -> tuple[YamlDocument | None, Local]:
        """Parse and check one file (or reuse the cached result of doing so)."""
        name = _display(path, shown)
        entry = path.stem if kind in ("entry", "faq") else None
        seen.add(str(path))
        if str(path) in fresh:  # read by _read_in_parallel just now
            cached = fresh.pop(str(path))
            cache.put(path, cached)
        else:
            cached = cache.get(path)
        if cached is None or cached[3] != name:
            doc, found, local = _read_and_check(path, kind, schema_dir, entry, name)
            skeleton = None if doc is None else _skeleton(kind, doc.data)
            cache.put(path, (skeleton, found, local, name))
        else:
            skeleton, found, local, _ = cached
            doc = None if skeleton is None else LazyDocument(path, skeleton)
        loaded.problems.extend(Problem(name, *problem) for problem in found)
        if doc is None:
            loaded.unreadable.add(entry or kind)
        return doc, local

    for name, kind, collection in (
        ("sources.yaml", "sources", "sources"),
        ("schemes.yaml", "schemes", "schemes"),
        ("facts.yaml", "facts", "facts"),
    ):
        path = root / name
        if not path.exists():
            loaded.problems.append(
                Problem(_display(path, shown), None, None, None, f"missing file: {name}")
            )
            continue
        doc, local = read(path, kind)
        if doc is not None:
            _collect_list(loaded, doc, _display(path, shown), kind, collection, local)

    for folder, kind, collection in (("entries", "entry", "entries"), ("faq", "faq", "faq")):
        for path in sorted((root / folder).glob("*")):
            name = _display(path, shown)
            if path.suffix == ".yml":
                loaded.problems.append(
                    Problem(name, None, path.stem, None, "name glossary files *.yaml, not *.yml")
                )
                continue
            if path.suffix != ".yaml" or not path.is_file():
                continue
            doc, local = read(path, kind)
            if doc is None:
                continue
            record_id = doc.data["id"]
            if record_id != path.stem:
                loaded.problems.append(
                    Problem(
                        name, doc.line_of(("id",)), record_id, "id",
                        f"id '{record_id}' does not match the file name; "
                        f"expected '{path.stem}' (rename the file or fix the id)",
                    )
                )
                continue
            _add(loaded, collection, kind, Record(kind, record_id, name, doc, ()), doc.data,
                 local)

    for collection in ("entries", "faq", "facts", "sources"):
        loaded.glossary[collection] = dict(sorted(loaded.glossary[collection].items()))
    cache.save(seen)
    return loaded


def _read_one(job: tuple[Path, str, str, Path]) -> tuple[str, Any]:
    path, kind, name, schema_dir = job
    entry = path.stem
    doc, found, local = _read_and_check(path, kind, schema_dir, entry, name)
    skeleton = None if doc is None else _skeleton(kind, doc.data)
    return str(path), (skeleton, found, local, name)


def _read_in_parallel(jobs: list[tuple[Path, str, str]], schema_dir: Path) -> dict[str, Any]:
    """Read many uncached files on every core; a few are quicker read in this process."""
    workers = os.cpu_count() or 1
    if len(jobs) < 400 or workers < 2:
        return {}
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(_read_one, [(*job, schema_dir) for job in jobs],
                           chunksize=max(1, len(jobs) // (workers * 8)))
        return dict(results)


def _read_and_check(
    path: Path, kind: str, schema_dir: Path, entry: str | None, name: str
) -> tuple[YamlDocument | None, list[tuple[int | None, str | None, str | None, str]], Local]:
    """The document (None if unusable), the file's own problems as (line, entry, field,
    message), and what each record in it yields on its own (see Local)."""
    doc, read_problems = read_yaml(path)
    found = [(item.line, entry, item.field, item.message) for item in read_problems]
    if doc is None or read_problems:
        return None, found, {}
    for at, message in schema_errors(doc, schema_dir, kind):
        found.append((doc.line_of(at), _entry_at(doc, at, entry), dotted(at), message))
    if found:
        return None, found, {}
    local: Local = {}
    for record_kind, base in _record_places(kind, doc.data):
        data = doc.data
        for part in base:
            data = data[part]
        record = Record(record_kind, data["id"], name, doc, base)
        local[(record_kind, data["id"])] = (
            check_record(record, data), term_link_targets(data), _normalise(record_kind, data))
    return doc, found, local


def _skeleton(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """Just the ids and their places: what a cached file's document still needs to hold
    (the records themselves come normalised from the cache)."""
    if kind in ("entry", "faq"):
        return {"id": data["id"]}
    return {collection: [{"id": item["id"]} for item in data[collection]]
            for collection in _LIST_KINDS if collection in data}


_LIST_KINDS = {"sources": "source", "schemes": "scheme", "facts": "fact",
               "disagreements": "disagreement"}


def _record_places(kind: str, data: dict[str, Any]) -> list[tuple[str, Path_]]:
    """(record kind, path inside the file) of every record a file holds."""
    if kind in ("entry", "faq"):
        return [(kind, ())]
    return [(_LIST_KINDS[collection], (collection, index))  # sources, schemes, facts files
            for collection in _LIST_KINDS if collection in data
            for index in range(len(data[collection]))]


def _collect_list(
    loaded: Loaded, doc: YamlDocument, name: str, kind: str, collection: str, local: Local
) -> None:
    collections = [collection, "disagreements"] if kind == "schemes" else [collection]
    for each in collections:
        record_kind = _LIST_KINDS[each]
        for index, item in enumerate(doc.data.get(each, [])):
            record = Record(record_kind, item["id"], name, doc, (each, index))
            _add(loaded, each, record_kind, record, item, local)


def _add(
    loaded: Loaded, collection: str, kind: str, record: Record, data: dict[str, Any],
    local: Local,
) -> None:
    existing = loaded.records.get((kind, record.id))
    if existing is not None:
        loaded.problems.append(
            record.problem(
                f"{kind} id '{record.id}' is already used in {existing.file}"
                f" (line {existing.line()}); ids must be unique",
                "id",
            )
        )
        return
    problems, links, normalised = local[(kind, record.id)]
    loaded.records[(kind, record.id)] = record
    loaded.glossary[collection][record.id] = normalised
    loaded.problems.extend(problems)
    loaded.term_links[(kind, record.id)] = links


_LIST_DEFAULTS = {
    "entry": ("former_ids", "broader", "narrower", "related"),
}


def _normalise(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """Fill in defaults so every consumer sees the same, complete shape."""
    result = dict(data)
    for key in _LIST_DEFAULTS.get(kind, ()):
        result.setdefault(key, [])
    if kind == "entry":
        result.setdefault("tier_rank", None)
        result["texts"] = {
            code: {**text, "alt_names": list(text.get("alt_names", []))}
            for code, text in data["texts"].items()
        }
    if kind == "scheme":
        result["tiers"] = [
            {
                "entry": tier["entry"],
                "min": tier["min"],
                "min_inclusive": tier.get("min_inclusive", True),
                "max": tier.get("max"),
                "max_inclusive": tier.get("max_inclusive", False),
                "gap_before": tier.get("gap_before", False),
                "typical": tier.get("typical"),
                "cite": tier["cite"],
            }
            for tier in data["tiers"]
        ]
    if kind == "fact":
        for key in ("value", "unit", "qualifier"):
            result.setdefault(key, None)
    if kind == "source":
        for key in ("publisher", "published", "same_content_as"):
            result.setdefault(key, None)
    return result


def _entry_at(doc: YamlDocument, at: Path_, default: str | None) -> str | None:
    """The id of the record an error sits in (for list files: the list item)."""
    if default is not None:
        return default
    if len(at) >= 2 and isinstance(at[1], int):
        item = doc.data.get(at[0], [])
        if isinstance(item, list) and at[1] < len(item) and isinstance(item[at[1]], dict):
            found = item[at[1]].get("id")
            return found if isinstance(found, str) else None
    return None


def _schema_dir(root: Path) -> Path:
    """Schemas travel with the glossary; a fixture folder may borrow the project's."""
    own = root / "schema"
    return own if own.is_dir() else Path(__file__).resolve().parents[2] / "glossary" / "schema"


def _display(path: Path, shown: Path) -> str:
    """The path as the user should see it: relative to where kb runs, when inside it."""
    text = str(path)
    prefix = str(shown) + os.sep
    return text[len(prefix):] if text.startswith(prefix) else text
