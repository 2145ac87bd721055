"""Write the MkDocs source tree (build/docs/<lang>/…) from the glossary and docs/.

Files are written only when their content changes, so `mkdocs serve` reloads
just what a glossary edit touched, and stale pages of deleted entries go.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..inline import term_links
from ..languages import CODES, DEFAULT
from ..problems import Problem
from .markdown_text import Writer
from .pages import all_pages
from .search_index import search_index_json

SEARCH_FILE = "kb-search.json"


def hand_written_pages(docs: Path) -> list[str]:
    """Pages written by hand, named relative to a language folder (from English)."""
    return sorted(str(p.relative_to(docs / DEFAULT)) for p in (docs / DEFAULT).rglob("*.md"))


def render_hand_written(
    glossary: dict[str, Any], docs: Path, code: str, page: str
) -> tuple[str, list[Problem]]:
    """A hand-written page with term links and numbers filled in; English if untranslated."""
    source = docs / code / page
    fallback = not source.exists()
    if fallback:
        source = docs / DEFAULT / page
    text = source.read_text(encoding="utf-8")
    problems = unknown_term_links(text, str(source), glossary)
    if problems:
        return "", problems
    w = Writer(glossary, code, page)
    body = outside_code(text, w.text)
    if fallback:
        front, rest = _split_front_matter(body)
        body = f"{front}{w.fallback_notice()}\n\n<div lang=\"en\" markdown>\n\n{rest}\n\n</div>\n"
    return body, []


# Code spans and fenced blocks show the syntax itself (the integrators page does).
_CODE = re.compile(r"(^```.*?^```[^\n]*$|`[^`\n]+`)", re.MULTILINE | re.DOTALL)


def outside_code(text: str, render: Callable[[str], str]) -> str:
    """Apply `render` to the Markdown outside code spans and fenced code blocks."""
    parts = _CODE.split(text)
    return "".join(part if index % 2 else render(part) for index, part in enumerate(parts))


def unknown_term_links(text: str, file: str, glossary: dict[str, Any]) -> list[Problem]:
    problems = []
    masked = _CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)  # keeps lines
    for link in term_links(masked):
        if link.entry_id not in glossary["entries"]:
            line = text.count("\n", 0, link.start) + 1
            problems.append(Problem(file, line, None, None,
                                    f"term link [[{link.entry_id}]] names no glossary entry"))
    return problems


def _split_front_matter(text: str) -> tuple[str, str]:
    match = re.match(r"---\n.*?\n---\n", text, re.DOTALL)
    return (match.group(0), text[match.end():]) if match else ("", text)


def generate(glossary: dict[str, Any], docs: Path, out: Path) -> list[Problem]:
    """Write every page of every language into `out`; return problems (nothing is written then)."""
    files: dict[Path, str] = {}
    problems: list[Problem] = []
    for code in CODES:
        for path, markdown in all_pages(glossary, code):
            files[out / code / path] = markdown
        for page in hand_written_pages(docs):
            body, found = render_hand_written(glossary, docs, code, page)
            problems += found
            files[out / code / page] = body
        files[out / code / SEARCH_FILE] = search_index_json(glossary, code)
    if problems:
        return problems
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
    for existing in out.rglob("*"):
        if existing.is_file() and existing not in files:
            existing.unlink()
    return []
