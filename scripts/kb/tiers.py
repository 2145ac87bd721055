"""Which tier a follower count falls in, under each source's scheme.

The command `kb lookup` and the tiers page's lookup (tier-lookup.js) both read
the schemes exactly as exported; tests run both at every boundary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .labels import labels
from .languages import DEFAULT

Status = Literal["in", "below", "above", "gap"]


@dataclass(frozen=True)
class Placement:
    scheme_id: str
    status: Status
    tier: dict[str, Any] | None  # the tier the count falls in, when status == "in"


def contains(tier: dict[str, Any], followers: int) -> bool:
    low, high = tier["min"], tier["max"]
    above_low = followers > low or (followers == low and tier["min_inclusive"])
    below_high = high is None or followers < high or (followers == high and tier["max_inclusive"])
    return above_low and below_high


def place(scheme: dict[str, Any], followers: int) -> Placement:
    tiers = scheme["tiers"]
    for tier in tiers:
        if contains(tier, followers):
            return Placement(scheme["id"], "in", tier)
    first, last = tiers[0], tiers[-1]
    if followers < first["min"] or (followers == first["min"] and not first["min_inclusive"]):
        return Placement(scheme["id"], "below", None)
    if last["max"] is not None and followers >= last["max"]:
        return Placement(scheme["id"], "above", None)
    return Placement(scheme["id"], "gap", None)


def lookup(glossary: dict[str, Any], followers: int) -> list[Placement]:
    return [place(scheme, followers) for scheme in glossary["schemes"].values()]


def text_in(texts: dict[str, Any], code: str) -> dict[str, Any]:
    """A record's text block in `code`, or the English one when it is missing."""
    return texts.get(code) or texts[DEFAULT]


def describe_lookup(glossary: dict[str, Any], followers: int, code: str = DEFAULT) -> str:
    from .inline import render_plain
    from .locale_format import count

    words = labels(code)
    lines = [f"{count(followers, code)} {words['followers']}:"]
    for placement in lookup(glossary, followers):
        scheme = glossary["schemes"][placement.scheme_id]
        name = render_plain(text_in(scheme["texts"], code)["name"], glossary, code)
        if placement.tier is None:
            verdict = words[f"lookup_{placement.status}"]
            cite = ", ".join(scheme["sources"])
        else:
            entry = glossary["entries"][placement.tier["entry"]]
            verdict = (f"{text_in(entry['texts'], code)['name']} "
                       f"({format_range(placement.tier, code)})")
            cite = f"{placement.tier['cite']['source']} § {placement.tier['cite']['section']}"
        lines.append(f"  {name}: {verdict}  [{cite}]")
    return "\n".join(lines)


def format_range(tier: dict[str, Any], code: str) -> str:
    """A tier's range in words: 'fewer than 10,000', '10,000 to 100,000', 'more than 1,500,000'."""
    from .locale_format import count

    words = labels(code)
    low, high = tier["min"], tier["max"]
    if high is None:
        key = "range_from" if tier["min_inclusive"] else "range_above"
        return words[key].format(min=count(low, code))
    if low == 0:
        return words["range_below"].format(max=count(high, code))
    return words["range_between"].format(min=count(low, code), max=count(high, code))
