"""The small syntax allowed inside glossary texts.

`[[entry-id]]` / `[[entry-id|words]]` link an entry; `{n:10000}` and `{pct:33}`
are numbers formatted per locale at build time; `{value}` is a fact's value.
The validator and the renderers share these patterns so they can never
disagree about what a text contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

TERM_LINK = re.compile(r"\[\[([^\]|]+?)(?:\|([^\]]+))?\]\]")
NUMBER = re.compile(r"\{(n|pct):([^}]*)\}")
VALID_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?$")
# Raw HTML: a tag, a comment or a processing instruction. `<` before a digit or
# a space ("< 10") is ordinary text and is escaped by Markdown.
RAW_HTML = re.compile(r"<\s*[A-Za-z!?/]")
LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)")
# Braces belong to the inline syntax; anything else in braces could be read by
# Markdown's attr_list as attributes ({: onclick=…}) and is not allowed.
STRAY_BRACE = re.compile(r"\{(?!(?:n|pct):[^}]*\}|value\})")
SAFE_URL = re.compile(r"(https?://|mailto:|#|/|\.\.?/)", re.IGNORECASE)


@dataclass(frozen=True)
class TermLink:
    entry_id: str
    label: str | None
    start: int
    end: int


def term_links(text: str) -> Iterator[TermLink]:
    for match in TERM_LINK.finditer(text):
        label = match.group(2).strip() if match.group(2) else None
        yield TermLink(match.group(1).strip(), label, match.start(), match.end())


def numbers(text: str) -> list[tuple[str, str]]:
    """Every `{n:…}` / `{pct:…}` as (kind, literal), in order."""
    return NUMBER.findall(text)


def number_value(literal: str) -> int | float:
    return float(literal) if "." in literal else int(literal)


def unsafe_markup(text: str) -> str | None:
    """Why a text may not be published as it is, or None when it is fine."""
    if RAW_HTML.search(text):
        return (
            "raw HTML is not allowed in texts (it would be published as markup); "
            "write Markdown, or put a space after '<'"
        )
    if STRAY_BRACE.search(text):
        return ("braces are only for {n:…}, {pct:…} and {value}; Markdown attribute lists "
                "({: …}, {#…}, {.…}) are not allowed in texts")
    for target in LINK_TARGET.findall(text):
        if target and not SAFE_URL.match(target):
            return f"link target {target!r} is not allowed; use http(s), mailto or a [[term-id]]"
    return None


LinkMaker = Callable[[str, str, str | None], str]


def render(
    text: str, glossary: dict[str, Any], code: str, link: LinkMaker | None = None
) -> str:
    """Fill in numbers for `code`; turn term links into `link(entry_id, words, title)`.

    Without `link`, a term link becomes its words alone (plain text).
    """
    from .locale_format import count, percent

    def number(match: re.Match[str]) -> str:
        value = number_value(match.group(2))
        return percent(value, code) if match.group(1) == "pct" else count(value, code)

    def term(match: re.Match[str]) -> str:
        entry_id = match.group(1).strip()
        entry = glossary["entries"][entry_id]
        texts = entry["texts"].get(code) or entry["texts"]["en"]
        words = match.group(2).strip() if match.group(2) else texts["name"]
        if link is None:
            return words
        title = render(texts["short"], glossary, code)
        return link(entry_id, words, title)

    return TERM_LINK.sub(term, NUMBER.sub(number, text))


def render_plain(text: str, glossary: dict[str, Any], code: str) -> str:
    return render(text, glossary, code)
