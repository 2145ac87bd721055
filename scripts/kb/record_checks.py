"""Checks of one record on its own: translations, markup, numbers, ranges, facts.

They need nothing outside the file the record lives in, so the loader runs
them when it reads a file and keeps their result in the parse cache with it;
an unchanged file is not checked again. Checks across files are in checks.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from .hashing import MISSING, OK, STALE, TRACKING_FIELD, UNSTAMPED, english_hash, translation_status
from .inline import TERM_LINK, VALID_NUMBER, numbers, unsafe_markup
from .languages import CODES, DEFAULT
from .problems import Problem

At = tuple[str | int, ...]


class Located(Protocol):
    kind: str

    def problem(self, message: str, *subpath: str | int, severity: str = "error") -> Problem: ...


def record_texts(data: dict[str, Any]) -> Iterator[tuple[str, At, str]]:
    """Every text of a record: (language, field path, text); alt names one by one."""
    for code, block in data.get("texts", {}).items():
        for key, value in block.items():
            if key == TRACKING_FIELD:
                continue
            if isinstance(value, list):
                for index, item in enumerate(value):
                    yield code, ("texts", code, key, index), item
            else:
                yield code, ("texts", code, key), value


def term_link_targets(data: dict[str, Any]) -> list[tuple[At, str]]:
    """(field path, entry id) of every [[term link]] in a record's texts."""
    return [(at, target.strip())
            for _code, at, text in record_texts(data) if "[[" in text
            for target, _words in TERM_LINK.findall(text)]


def check_record(record: Located, data: dict[str, Any]) -> list[Problem]:
    if "texts" not in data:
        return []
    problems = list(_translations(record, data["texts"]))
    problems += _markup_and_numbers(record, data)
    if record.kind == "fact":
        problems += _fact(record, data)
    if record.kind == "scheme":
        problems += _scheme_ranges(record, data["tiers"])
    return problems


def _translations(record: Located, texts: dict[str, Any]) -> Iterator[Problem]:
    """Missing and stale translations: warnings, errors under --strict."""
    expected = english_hash(texts[DEFAULT])
    if TRACKING_FIELD in texts[DEFAULT]:
        yield record.problem("the English text is the original; it has no translated_from",
                             "texts", DEFAULT, TRACKING_FIELD)
    absent = [code for code in CODES if code not in texts]
    if absent:
        yield record.problem(
            f"no text in {', '.join(absent)}; readers of those languages get the "
            "English with a notice", "texts", severity="warning")
    for code in CODES:
        status = translation_status(texts, code, expected)
        if code == DEFAULT or status == MISSING:
            continue
        block = texts[code]
        if status == UNSTAMPED:
            yield record.problem(
                f"'{code}' text does not say which English it translates; run "
                f"kb stamp after checking it", "texts", code, severity="warning")
        elif status == STALE:
            yield record.problem(
                f"'{code}' translation is stale: the English changed since it was "
                f"made ({block[TRACKING_FIELD]} -> {expected})",
                "texts", code, TRACKING_FIELD, severity="warning")
        for key in texts[DEFAULT]:
            if key not in block and key != "alt_names":
                yield record.problem(f"'{code}' text lacks '{key}'", "texts", code)


def _markup_and_numbers(record: Located, data: dict[str, Any]) -> Iterator[Problem]:
    """No raw HTML or unsafe links; numbers well formed and the same as in the English."""
    texts = data["texts"]
    english: dict[str, list[tuple[str, str]]] = {}
    translated: list[tuple[str, At, list[tuple[str, str]]]] = []
    for code, at, text in record_texts(data):
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
            english[str(at[2])] = found
        else:
            translated.append((code, at, found))
    expected = english_hash(texts[DEFAULT])
    for code, at, found in translated:
        original = english.get(str(at[2]), [])
        current = translation_status(texts, code, expected) == OK  # stale texts may differ
        if (found or original) and sorted(found) != sorted(original) and current:
            yield record.problem(
                f"uses the numbers {_show(found)}, but the English uses {_show(original)}; "
                "a translation never changes a figure", *at)


def _show(found: list[tuple[str, str]]) -> str:
    return ", ".join(f"{{{kind}:{literal}}}" for kind, literal in found) or "none"


def _fact(record: Located, fact: dict[str, Any]) -> Iterator[Problem]:
    numeric = fact.get("value") is not None
    if fact["kind"] == "statistic" and not numeric:
        yield record.problem("a statistic needs a value, unit and qualifier", "kind")
    for code, block in fact["texts"].items():
        count = block["text"].count("{value}")
        if numeric and count != 1:
            yield record.problem("the text must contain {value} once, where the number goes",
                                 "texts", code, "text")
        if not numeric and count:
            yield record.problem("{value} used, but the fact has no value", "texts", code, "text")


def _scheme_ranges(record: Located, raw_tiers: list[dict[str, Any]]) -> Iterator[Problem]:
    """Ranges ordered, each min < max, no overlap, no gap unless the source leaves one."""
    tiers = [{"min_inclusive": True, "max_inclusive": False, "max": None, "gap_before": False,
              "typical": None, **tier} for tier in raw_tiers]
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
            yield record.problem("only the last tier may be open-ended (no max)", "tiers", index)
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
