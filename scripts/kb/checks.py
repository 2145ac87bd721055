"""Checks that span files: references, former ids, the tier ladder, FAQ order.

The schema says what one file may look like; record_checks says whether each
record makes sense on its own; these say whether the files make sense
together. Each check is a plain function over a `Loaded` glossary that yields
problems, so a test can call one alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .loader import Loaded, Record
from .problems import Problem

Check = Callable[[Loaded], Iterator[Problem]]

_TEXT_COLLECTIONS = {
    "entry": "entries",
    "faq": "faq",
    "fact": "facts",
    "scheme": "schemes",
    "disagreement": "disagreements",
}


def _records(loaded: Loaded, kind: str) -> Iterator[tuple[Record, dict[str, Any]]]:
    collection = loaded.glossary[_TEXT_COLLECTIONS.get(kind, kind + "s")]
    for (record_kind, record_id), record in loaded.records.items():
        if record_kind == kind and record_id in collection:
            yield record, collection[record_id]


def check_references(loaded: Loaded) -> Iterator[Problem]:
    glossary = loaded.glossary
    entries, sources, schemes = glossary["entries"], glossary["sources"], glossary["schemes"]

    unreadable = loaded.unreadable

    def missing(record: Record, wanted: str, known: dict[str, Any], what: str, *at: Any):
        if wanted not in known and wanted not in unreadable and f"{what}s" not in unreadable:
            return record.problem(f"unknown {what} id '{wanted}'", *at)
        return None

    found: list[Problem | None] = []
    for record, entry in _records(loaded, "entry"):
        for key in ("broader", "narrower", "related"):
            for index, target in enumerate(entry[key]):
                found.append(missing(record, target, entries, "entry", key, index))
                if target == record.id:
                    found.append(record.problem("an entry cannot point to itself", key, index))
    for kind, key in (("faq", "entries"), ("fact", "entries")):
        for record, data in _records(loaded, kind):
            for index, target in enumerate(data[key]):
                found.append(missing(record, target, entries, "entry", key, index))
    for kind in ("entry", "faq", "fact"):
        for record, data in _records(loaded, kind):
            for index, cite in enumerate(data["sources"]):
                found.append(_cited_section(record, cite, sources, unreadable, "sources", index))
    for record, scheme in _records(loaded, "scheme"):
        for index, source_id in enumerate(scheme["sources"]):
            found.append(missing(record, source_id, sources, "source", "sources", index))
        for index, tier in enumerate(scheme["tiers"]):
            found.append(missing(record, tier["entry"], entries, "entry", "tiers", index, "entry"))
            found.append(_cited_section(record, tier["cite"], sources, unreadable, "tiers", index,
                                        "cite"))
    for record, item in _records(loaded, "disagreement"):
        found.append(missing(record, item["entry"], entries, "entry", "entry"))
        for index, scheme_id in enumerate(item["schemes"]):
            found.append(missing(record, scheme_id, schemes, "scheme", "schemes", index))
    for record, source in _records(loaded, "source"):
        if source["same_content_as"]:
            found.append(missing(record, source["same_content_as"], sources, "source",
                                 "same_content_as"))
    for (kind, record_id), links in loaded.term_links.items():
        record = loaded.records[(kind, record_id)]
        for at, target in links:
            if target not in entries and target not in unreadable:
                found.append(record.problem(f"term link [[{target}]] names no entry", *at))
    yield from (problem for problem in found if problem)


def _cited_section(
    record: Record, cite: dict[str, str], sources: dict[str, Any], unreadable: set[str],
    *at: str | int,
) -> Problem | None:
    source = sources.get(cite["source"])
    if source is None and unreadable & {"sources", cite["source"]}:
        return None  # sources.yaml failed to load; its own error says why
    if source is None:
        return record.problem(f"unknown source id '{cite['source']}'", *at, "source")
    sections = [section["id"] for section in source["sections"]]
    if cite["section"] not in sections:
        return record.problem(
            f"source '{cite['source']}' has no section '{cite['section']}'; "
            f"its sections are {', '.join(sections)}", *at, "section")
    return None


def check_former_ids(loaded: Loaded) -> Iterator[Problem]:
    """A former id keeps its URL alive, so it may never name anything else."""
    entries = loaded.glossary["entries"]
    owner: dict[str, str] = {}
    for record, entry in _records(loaded, "entry"):
        for index, former in enumerate(entry["former_ids"]):
            if former in entries:
                yield record.problem(
                    f"former id '{former}' is the id of an existing entry; "
                    "an id is never reused", "former_ids", index)
            elif former in owner:
                yield record.problem(
                    f"former id '{former}' is already a former id of '{owner[former]}'",
                    "former_ids", index)
            owner.setdefault(former, record.id)


def check_ladder(loaded: Loaded) -> Iterator[Problem]:
    entries = loaded.glossary["entries"]
    ranks: dict[int, str] = {}
    for record, entry in _records(loaded, "entry"):
        rank = entry["tier_rank"]
        if entry["type"] == "tier" and rank is None:
            yield record.problem("a tier needs tier_rank (its place on the ladder)", "type")
        if entry["type"] == "term" and rank is not None:
            yield record.problem("only tiers have a tier_rank", "tier_rank")
        if rank is not None:
            if rank in ranks:
                yield record.problem(
                    f"tier_rank {rank} is also the rank of '{ranks[rank]}'", "tier_rank")
            ranks.setdefault(rank, record.id)
        for key, inverse in (("broader", "narrower"), ("narrower", "broader")):
            for index, target in enumerate(entry[key]):
                other = entries.get(target)
                if other is not None and record.id not in other[inverse]:
                    yield record.problem(
                        f"'{target}' is listed as {key}, but '{target}' does not list "
                        f"'{record.id}' as {inverse}", key, index)


def check_faq_order(loaded: Loaded) -> Iterator[Problem]:
    seen: dict[int, str] = {}
    for record, item in _records(loaded, "faq"):
        if item["order"] in seen:
            yield record.problem(
                f"order {item['order']} is also used by '{seen[item['order']]}'", "order")
        seen.setdefault(item["order"], record.id)


ALL_CHECKS: tuple[Check, ...] = (
    check_references,
    check_former_ids,
    check_ladder,
    check_faq_order,
)


def run_checks(loaded: Loaded) -> list[Problem]:
    problems: list[Problem] = []
    for check in ALL_CHECKS:
        problems.extend(check(loaded))
    return problems
