"""schema.org JSON-LD for pages: DefinedTerm on entry pages, FAQPage on the FAQ."""

from __future__ import annotations

import json
import re
from typing import Any

from ..exporters.common import entry_url, page_url
from ..inline import render_plain
from ..labels import labels
from ..tiers import text_in

_MARKDOWN_MARKS = re.compile(r"\*\*|__|`|^\s*[-*]\s+|^#+\s*", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def plain_text(glossary: dict[str, Any], text: str, code: str) -> str:
    """Markdown reduced to the words a search engine should read."""
    text = render_plain(text, glossary, code)
    text = _LINK.sub(r"\1", text)
    return " ".join(_MARKDOWN_MARKS.sub("", text).split())


def script_tag(data: dict[str, Any]) -> str:
    body = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return f'<script type="application/ld+json">{body}</script>'


def defined_term(glossary: dict[str, Any], entry_id: str, code: str) -> dict[str, Any]:
    entry = glossary["entries"][entry_id]
    block = text_in(entry["texts"], code)
    in_language = code if code in entry["texts"] else "en"
    return {
        "@context": "https://schema.org",
        "@type": "DefinedTerm",
        "@id": entry_url(entry_id, code),
        "url": entry_url(entry_id, code),
        "termCode": entry_id,
        "name": block["name"],
        "alternateName": block["alt_names"],
        "description": plain_text(glossary, block["short"], code),
        "inLanguage": in_language,
        "inDefinedTermSet": {
            "@type": "DefinedTermSet",
            "@id": page_url("glossary/", code),
            "name": labels(code)["site_name"],
            "inLanguage": code,
        },
    }


def faq_page(glossary: dict[str, Any], code: str) -> dict[str, Any]:
    questions = []
    for faq_id, item in sorted(glossary["faq"].items(), key=lambda kv: kv[1]["order"]):
        block = text_in(item["texts"], code)
        questions.append({
            "@type": "Question",
            "@id": page_url(f"faq/#{faq_id}", code),
            "name": plain_text(glossary, block["question"], code),
            "acceptedAnswer": {"@type": "Answer",
                               "text": plain_text(glossary, block["answer"], code)},
        })
    return {"@context": "https://schema.org", "@type": "FAQPage", "inLanguage": code,
            "url": page_url("faq/", code), "mainEntity": questions}
