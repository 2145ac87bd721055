"""Checks that span files: references, ladders, ranges, translations, markup.

The schema says what one file may look like; these say whether the files
make sense together. Each check is a plain function over a `Loaded` glossary
that yields problems, so a test can call one alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .hashing import TRACKING_FIELD
from .inline import TERM_LINK, VALID_NUMBER, numbers, unsafe_markup
from .languages import CODES, DEFAULT
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


def _texts(loaded: Loaded) -> Iterator[tuple[Record, str, tuple[str | int, ...], str]]:
    """Every text in the glossary: (record, language, field path, text)."""
    for kind in _TEXT_COLLECTIONS:
        for record, data in _records(loaded, kind):
            for code, block in data["texts"].items():
                for key, value in block.items():
                    if key == TRACKING_FIELD:
                        continue
                    if isinstance(value, list):
                        for index, item in enumerate(value):
                            yield record, code, ("texts", code, key, index), item
                    else:
                        yield record, code, ("texts", code, key), value


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
    for record, _code, at, text in _texts(loaded):
        if "[[" not in text:
            continue
        for target, _words in TERM_LINK.findall(text):
            target = target.strip()
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


def check_schemes(loaded: Loaded) -> Iterator[Problem]:
    for record, scheme in _records(loaded, "scheme"):
        tiers = scheme["tiers"]
        seen: set[str] = set()
        for index, tier in enumerate(tiers):
            low, high = tier["min"], tier["max"]
            if tier["entry"] in seen:
                yield record.problem(f"tier '{tier['entry']}' appears twice", "tiers", index)
            seen.add(tier["entry"])
            if high is not None and high <= low:
                yield record.problem(
                    f"max ({high}) must be greater than min ({low})", "tiers", index, "max")
            if high is None and index != len(tiers) - 1:
                yield record.problem(
                    "only the last tier may be open-ended (no max)", "tiers", index)
            typical = tier["typical"]
            if typical and not (
                low <= typical["min"] < typical["max"] and (high is None or typical["max"] <= high)
            ):
                yield record.problem(
                    f"typical range {typical['min']}-{typical['max']} must lie inside the "
                    f"tier's range", "tiers", index, "typical")
            if index == 0:
                continue
            before = tiers[index - 1]
            if before["max"] is None:
                continue
            if low < before["max"] or (
                low == before["max"] and before["max_inclusive"] and tier["min_inclusive"]
            ):
                yield record.problem(
                    f"overlaps the tier before it ('{before['entry']}' ends at {before['max']})",
                    "tiers", index, "min")
            elif (low > before["max"] or not (before["max_inclusive"] or tier["min_inclusive"])) \
                    and not tier["gap_before"]:
                yield record.problem(
                    f"leaves a gap after '{before['entry']}' (ends at {before['max']}); close it, "
                    "or set gap_before: true if the source leaves one", "tiers", index, "min")


def check_languages(loaded: Loaded) -> Iterator[Problem]:
    """Missing and stale translations: warnings, errors under --strict."""
    for kind in _TEXT_COLLECTIONS:
        for record, data in _records(loaded, kind):
            texts = data["texts"]
            expected = loaded.english_hash(kind, record.id, texts)
            if TRACKING_FIELD in texts[DEFAULT]:
                yield record.problem(
                    "the English text is the original; it has no translated_from",
                    "texts", DEFAULT, TRACKING_FIELD)
            absent = [code for code in CODES if code not in texts]
            if absent:
                yield record.problem(
                    f"no text in {', '.join(absent)}; readers of those languages get the "
                    "English with a notice", "texts", severity="warning")
            for code in CODES:
                block = texts.get(code)
                if code == DEFAULT or block is None:
                    continue
                if block.get(TRACKING_FIELD) is None:
                    yield record.problem(
                        f"'{code}' text does not say which English it translates; run "
                        f"kb stamp after checking it", "texts", code, severity="warning")
                elif block[TRACKING_FIELD] != expected:
                    yield record.problem(
                        f"'{code}' translation is stale: the English changed since it was "
                        f"made ({block[TRACKING_FIELD]} -> {expected})",
                        "texts", code, TRACKING_FIELD, severity="warning")
                for key in texts[DEFAULT]:
                    if key not in block and key != "alt_names":
                        yield record.problem(f"'{code}' text lacks '{key}'", "texts", code)


def check_markup_and_numbers(loaded: Loaded) -> Iterator[Problem]:
    """No raw HTML or unsafe links; numbers well formed and the same as in the English."""
    english: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    translated: list[tuple[Record, str, tuple[str | int, ...], list[tuple[str, str]]]] = []
    for record, code, at, text in _texts(loaded):
        if "<" in text or "](" in text or "{" in text:  # cheap test first: most texts pass
            reason = unsafe_markup(text)
            if reason:
                yield record.problem(reason, *at)
        found = numbers(text) if "{" in text else []
        for _kind, literal in found:
            if not VALID_NUMBER.match(literal):
                yield record.problem(
                    f"'{literal}' is not a plain number; write digits only, e.g. {{n:10000}}", *at)
        if isinstance(at[-1], int):
            continue  # alt_names are not translations of one another
        if code == DEFAULT:
            english[(record.kind, record.id, str(at[2]))] = found
        else:
            translated.append((record, code, at, found))
    for record, code, at, found in translated:
        original = english.get((record.kind, record.id, str(at[2])), [])
        if (found or original) and sorted(found) != sorted(original):
            texts = loaded.glossary[_TEXT_COLLECTIONS[record.kind]][record.id]["texts"]
            stale = texts[code].get(TRACKING_FIELD) != loaded.english_hash(
                record.kind, record.id, texts)
            if not stale:
                yield record.problem(
                    f"uses the numbers {_show(found)}, but the English uses {_show(original)}; "
                    "a translation never changes a figure", *at)


def _show(found: list[tuple[str, str]]) -> str:
    return ", ".join(f"{{{kind}:{literal}}}" for kind, literal in found) or "none"


def check_facts(loaded: Loaded) -> Iterator[Problem]:
    for record, fact in _records(loaded, "fact"):
        numeric = fact["value"] is not None
        if fact["kind"] == "statistic" and not numeric:
            yield record.problem("a statistic needs a value, unit and qualifier", "kind")
        for code, block in fact["texts"].items():
            count = block["text"].count("{value}")
            if numeric and count != 1:
                yield record.problem(
                    "the text must contain {value} once, where the number goes",
                    "texts", code, "text")
            if not numeric and count:
                yield record.problem("{value} used, but the fact has no value",
                                     "texts", code, "text")


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
    check_schemes,
    check_languages,
    check_markup_and_numbers,
    check_facts,
    check_faq_order,
)


def run_checks(loaded: Loaded) -> list[Problem]:
    problems: list[Problem] = []
    for check in ALL_CHECKS:
        problems.extend(check(loaded))
    return problems
