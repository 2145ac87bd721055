"""Glossary texts turned into Markdown for one page in one language."""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..inline import render
from ..labels import labels
from ..languages import DEFAULT

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape_md(text: str) -> str:
    """Text shown literally inside Markdown (names, titles)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def relative(from_page: str, to_page: str) -> str:
    """Link from one generated .md file to another, as MkDocs resolves it."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return target


def entry_page(entry_id: str) -> str:
    return f"glossary/{entry_id}.md"


@dataclass
class Writer:
    """Renders texts for `page` (a path like glossary/x.md) in language `code`."""

    glossary: dict[str, Any]
    code: str
    page: str

    @cached_property
    def words(self) -> dict[str, str]:
        return labels(self.code)

    def block(self, record: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """The record's texts in this language, and whether they fell back to English."""
        texts = record["texts"]
        if self.code in texts:
            return texts[self.code], False
        return texts[DEFAULT], True

    def link_to(self, page: str, anchor: str | None = None) -> str:
        target = relative(self.page, page)
        return f"{target}#{anchor}" if anchor else target

    def term_link(self, entry_id: str, words: str, title: str | None) -> str:
        hint = f' "{html.escape(title)}"' if title else ""
        return f"[{escape_md(words)}]({self.link_to(entry_page(entry_id))}{hint})"

    def text(self, text: str) -> str:
        """Markdown of a glossary text: numbers per locale, term links resolved."""
        return render(text, self.glossary, self.code, self.term_link)

    def plain(self, text: str) -> str:
        return render(text, self.glossary, self.code)

    def name(self, entry_id: str) -> str:
        return self.block(self.glossary["entries"][entry_id])[0]["name"]

    def fallback_notice(self) -> str:
        return f'<p class="kb-fallback" role="note">{html.escape(self.words["fallback_notice"])}</p>'

    def in_english(self, markdown: str, fallback: bool) -> str:
        """Wrap English stand-in text so browsers and screen readers know its language."""
        if not fallback:
            return markdown
        return f'<div lang="en" markdown>\n\n{markdown}\n\n</div>'
